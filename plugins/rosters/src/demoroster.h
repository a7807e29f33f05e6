#pragma once
// A deterministic, clearly fictional roster for demos and benchmarks.

#include <contingent/sdk/context.h>
#include <contingent/sdk/demo.h>

#include <cstdint>

namespace contingent::rosters {

using sdk::DemoRandom;

/// Adds `count` fictional officers (service numbers DEMO-00001...) with languages.
void generateDemoOfficers(sdk::Context& context, std::uint64_t seed, int count);

} // namespace contingent::rosters
