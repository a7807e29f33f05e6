#pragma once
// `contingent transfers ...`: transfer orders on the command line.

#include <contingent/sdk/command.h>

namespace contingent::transfers {

extern const char* const kTransfersUsage;

/// Runs `contingent transfers <verb> ...`; returns the exit code.
int runTransfersCommand(sdk::CommandInvocation& call);

} // namespace contingent::transfers
