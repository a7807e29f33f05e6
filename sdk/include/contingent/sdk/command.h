#pragma once
/// @file command.h
/// Subcommands a plugin adds to the `contingent` command line
/// (`contingent <name> [args...]`).

#include "contingent/sdk/dates.h"
#include "contingent/sdk/error.h"
#include "contingent/sdk/page.h"

#include <memory>
#include <functional>
#include <initializer_list>
#include <optional>
#include <ostream>
#include <span>
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

/// A command used wrongly (an unknown option, a missing value): its message is
/// shown with the command's usage, and the command exits 2.
class CONTINGENT_SDK_EXPORT UsageError : public InputError {
public:
    using InputError::InputError;
    ~UsageError() override;
};

/// `text` as an id (a whole number above zero); throws UsageError
/// "<what>: "x" is not an id (a whole number)".
CONTINGENT_SDK_EXPORT std::int64_t parseId(std::string_view what, std::string_view text);
/// `text` as a date (YYYY-MM-DD); throws UsageError "<what>: "x" is not a date (YYYY-MM-DD)".
CONTINGENT_SDK_EXPORT Date parseDate(std::string_view what, std::string_view text);

/// One verb of a command (`contingent <command> <verb> ...`) and what runs it.
struct CommandVerb {
    const char* name;
    int (*run)(CommandInvocation& call);
};

/// Runs the verb named by call.args[0] from `verbs`. An unknown or missing
/// verb prints `usage` (exit 2); a UsageError prints "<command> <verb>:
/// <message>" and `usage` (exit 2); any other Error prints "<command> <verb>:
/// <message>" (exit 1). Every plugin command with verbs dispatches through it.
CONTINGENT_SDK_EXPORT int runVerb(CommandInvocation& call, std::string_view command,
                                  std::string_view usage, std::span<const CommandVerb> verbs);

/// The options of a subcommand: `contingent <command> <verb> [options]`.
class CONTINGENT_SDK_EXPORT CommandOptions {
public:
    /// Reads args[from..]: the `flags` (no value), the `valued` options (one
    /// value each), and at most `positional` plain arguments. Throws
    /// UsageError for an option given twice, one without its value, or
    /// anything else.
    CommandOptions(const std::vector<std::string>& args, std::initializer_list<const char*> flags,
                   std::initializer_list<const char*> valued, std::size_t positional = 0,
                   std::size_t from = 1);
    /// The same, and the `repeatable` options may be given any number of
    /// times (`--officer A --officer B`); values() gives them all.
    CommandOptions(const std::vector<std::string>& args, std::initializer_list<const char*> flags,
                   std::initializer_list<const char*> valued,
                   std::initializer_list<const char*> repeatable, std::size_t positional = 0,
                   std::size_t from = 1);
    ~CommandOptions();
    CommandOptions(const CommandOptions& other);
    CommandOptions& operator=(const CommandOptions& other);

    /// Whether the flag or option was given.
    bool has(const std::string& name) const;
    /// The option's value, or nothing.
    std::optional<std::string> value(const std::string& name) const;
    /// The plain arguments, in order.
    const std::vector<std::string>& plain() const;
    /// Every value given to a repeatable option, in order, each also split at
    /// its commas (`--officer A,B` is A and B); none when it was not given.
    std::vector<std::string> values(const std::string& name) const;
    /// The option's value; throws UsageError "<name> is required" without it.
    std::string required(const std::string& name) const;
    /// The option's value as an id (a whole number above zero), nothing when
    /// it was not given; throws UsageError naming the option and the text.
    std::optional<std::int64_t> id(const std::string& name) const;
    /// The option's value as a date (YYYY-MM-DD), nothing when it was not
    /// given; throws UsageError naming the option and the text.
    std::optional<Date> date(const std::string& name) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace contingent::sdk
