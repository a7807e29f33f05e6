#pragma once
// `contingent approvals ...`: proposals from the planner's draft to the
// Government's decision (Police Act, Art. 19).

#include <contingent/sdk/command.h>

namespace contingent::approvals {

extern const char* const kApprovalsUsage;
int runApprovalsCommand(sdk::CommandInvocation& call);

} // namespace contingent::approvals
