#pragma once
/// @file demo.h
/// Demo-data generators. `contingent demo --seed S [--<size> N ...]` runs every
/// plugin's generator in dependency order with one seed: the same seed and
/// sizes give the same store. Demo data is clearly fictional.

#include <cstdint>
#include <map>
#include <string>

namespace contingent::sdk {

/// A size a generator understands, offered on the command line as `--<name> N`.
struct DemoSize {
    std::string name;        ///< e.g. "officers"
    std::string description; ///< one line for the help
    int defaultValue = 0;
};

/// What `contingent demo` asks of a generator.
struct DemoRequest {
    std::uint64_t seed = 1;
    std::map<std::string, int> sizes;
    /// The size asked for, or `fallback` when it was not given.
    int size(const std::string& name, int fallback) const
    {
        auto it = sizes.find(name);
        return it == sizes.end() ? fallback : it->second;
    }
};

} // namespace contingent::sdk
