#pragma once
// A deterministic, fictional mission history for demos and benchmarks: tours
// across the catalogue's real missions from 1997 to today (a few planned ones
// after it), each within its mission's dates and never two at once for one
// officer. Uses the officers already in the store (the rosters plugin's demo
// officers when it is loaded) and adds fictional ones (DEMO-M000001...) only
// when there are too few for the tours asked for.

#include <contingent/sdk/context.h>

namespace contingent::missions {

/// Adds `tours` tours (fewer only when the store has no mission). Written
/// directly, with one audit entry ("demo", "missions.tours").
void generateDemoTours(sdk::Context& context, std::uint64_t seed, int tours);

} // namespace contingent::missions
