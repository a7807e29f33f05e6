#pragma once
// `contingent insurance ...`: policies, a tour's cover, the exposure, and the
// Art. 90 and 91 calculators.

#include <contingent/sdk/command.h>

namespace contingent::insurance {

extern const char* const kInsuranceUsage;
int runInsuranceCommand(sdk::CommandInvocation& call);

} // namespace contingent::insurance
