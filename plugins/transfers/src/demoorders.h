#pragma once
// Demo transfer orders for the demo tours.

#include <contingent/sdk/context.h>

namespace contingent::transfers {

/// Orders for the store's tours that are not cancelled, split within the
/// limit and mostly handed over in time; about one tour in twelve has a
/// late hand-over, one in twenty a missing order and one in twenty-five a
/// single order that is too long, so the checks have something to show.
/// The same seed gives the same orders.
void generateDemoOrders(sdk::Context& context, std::uint64_t seed);

} // namespace contingent::transfers
