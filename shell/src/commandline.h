#pragma once
// The `contingent` command line: global options, the built-in subcommands
// (plugins, check, demo, help) and the plugins' own, dispatched by name.
// Exit codes: 0 ok, 1 findings or refusals to report (or an error), 2 usage error.

#include "session.h"

#include <QStringList>

#include <charconv>
#include <ostream>
#include <string>
#include <vector>

namespace contingent::shell {

/// A mistake in how the command was called (exit code 2).
class UsageError : public sdk::Error {
public:
    using Error::Error;
};

/// The whole number `text` given to `option`; throws UsageError for anything else.
template <typename T> T parseNumber(const std::string& option, const std::string& text)
{
    T v{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size())
        throw UsageError(option + ": \"" + text + "\" is not a whole number");
    return v;
}

struct CommandLine {
    SessionOptions session;
    std::string command; ///< empty: no subcommand
    std::vector<std::string> args;
    bool help = false;
    bool version = false;
    bool demo = false;     ///< --demo: the demo store in the user's data folder
    bool selfTest = false; ///< --self-test
    QString screenshotDir; ///< --screenshot DIR
    QString lang;          ///< --lang sl|en; empty: the system locale
    QString page;          ///< --page KEY: the page to open first
    /// No subcommand and no --help/--version: the window (or an offscreen run).
    bool opensWindow() const { return command.empty() && !help && !version; }
};

/// --demo: points the session at demo.db in the user's data folder.
/// Throws UsageError when combined with --database.
void useDemoStore(CommandLine& line);
/// Fills the demo store on its first use (seed 1); a no-op once it has data.
void fillDemoStore(Session& session);

/// Parses arguments (without the program name); throws UsageError.
CommandLine parseCommandLine(const QStringList& arguments);

/// Runs a parsed command line; errors go to `err` in one line.
int runCommandLine(const CommandLine& line, std::ostream& out, std::ostream& err);

/// Parses and runs; the whole of `contingent` without a window.
int runCommandLine(const QStringList& arguments, std::ostream& out, std::ostream& err);

std::string usageText();

} // namespace contingent::shell
