#pragma once
// The "Costs" deployment fact: what a tour will cost and what was claimed,
// for any plugin to show (the approvals plugin's proposal).

#include <contingent/sdk/context.h>
#include <contingent/sdk/facts.h>

#include <vector>

namespace contingent::expenses {

std::vector<sdk::FactLine> costFacts(sdk::Context& context, sdk::DeploymentId tour);

} // namespace contingent::expenses
