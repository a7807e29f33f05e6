#pragma once
// `contingent missions ...`: the catalogue, tours in and out, statistics and
// the statement of service abroad.

#include <contingent/sdk/command.h>

namespace contingent::missions {

extern const char* const kMissionsUsage;

int runMissionsCommand(sdk::CommandInvocation& call);

} // namespace contingent::missions
