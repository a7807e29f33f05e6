#pragma once
// `contingent rosters ...`: list, import and export the roster.

#include <contingent/sdk/command.h>

namespace contingent::rosters {

/// The usage text of `contingent rosters`, shown for --help and on usage errors.
extern const char* const kRostersUsage;

/// Runs `rosters list|import|export ...`; returns 0 ok, 1 an error or a rejected file
/// (every problem on call.err), 2 a usage error (the usage on call.err).
int runRostersCommand(sdk::CommandInvocation& call);

} // namespace contingent::rosters
