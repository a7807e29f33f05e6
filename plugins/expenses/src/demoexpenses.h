#pragma once
// Demo expenses: who pays the allowance of the demo's EU missions, tours whose
// officer relocates, and claims of recent tours in every state.

#include <contingent/sdk/context.h>

#include <cstdint>

namespace contingent::expenses {

void generateDemoExpenses(sdk::Context& context, std::uint64_t seed);

} // namespace contingent::expenses
