#pragma once
// A deterministic, clearly fictional roster for demos and benchmarks.

#include <contingent/sdk/context.h>

#include <cstdint>

namespace contingent::rosters {

/// SplitMix64: the same numbers from the same seed on every platform.
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next();
    /// Uniform in [0, n).
    std::uint64_t below(std::uint64_t n) { return next() % n; }

private:
    std::uint64_t m_state;
};

/// Adds `count` fictional officers (service numbers DEMO-00001...) with languages.
void generateDemoOfficers(sdk::Context& context, std::uint64_t seed, int count);

} // namespace contingent::rosters
