#pragma once
// Demo policies: fictional group policies for the high-risk missions, a year
// each, with gaps on purpose, and a few named top-ups.

#include <contingent/sdk/context.h>

#include <cstdint>

namespace contingent::insurance {

void generateDemoPolicies(sdk::Context& context, std::uint64_t seed);

} // namespace contingent::insurance
