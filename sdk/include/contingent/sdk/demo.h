#pragma once
/// @file demo.h
/// Demo-data generators. `contingent demo --seed S [--<size> N ...]` runs every
/// plugin's generator in dependency order with one seed: the same seed and
/// sizes give the same store. Demo data is clearly fictional.

#include <memory>
#include <cstdint>
#include <map>
#include <string>

namespace contingent::sdk {

/// A size a generator understands, offered on the command line as `--<name> N`.
struct DemoSize {
    std::string name;        ///< e.g. "officers"
    std::string description; ///< one line for the help
    int defaultValue = 0;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
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
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// SplitMix64: the same numbers from the same seed on every platform, so a
/// seed gives the same demo store everywhere (std::uniform_*_distribution does not).
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, n) (n > 0).
    std::uint64_t below(std::uint64_t n) { return next() % n; }
    /// Uniform in [low, high].
    int between(int low, int high) { return low + int(below(std::uint64_t(high - low + 1))); }

private:
    std::uint64_t m_state;
};

} // namespace contingent::sdk
