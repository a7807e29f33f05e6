#pragma once
/// @file command.h
/// Subcommands a plugin adds to the `contingent` command line
/// (`contingent <name> [args...]`).

#include "contingent/sdk/page.h"

#include <memory>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace contingent::sdk {

class Context;

/// What a running command gets: its arguments (after its name), the plugin's
/// context, and where to write. Errors go to `err` in one line.
struct CommandInvocation {
    std::vector<std::string> args;
    Context& context;
    std::ostream& out;
    std::ostream& err;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// A subcommand. run() returns the exit code: 0 ok, 1 something to report
/// (findings, rejected rows), 2 usage error. Exceptions are caught by the host
/// and reported as errors (exit 1).
struct Command {
    std::string name;    ///< e.g. "rosters"; must not clash with the shell's own
    std::string summary; ///< one line for `contingent --help`
    std::string usage;   ///< shown for `contingent <name> --help` and on usage errors
    std::function<int(CommandInvocation&)> run;
    Audience roles; ///< who may run it; others are told it is not for their role
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

} // namespace contingent::sdk
