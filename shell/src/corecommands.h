#pragma once
// The built-in subcommands and the dispatch of plugin commands.

#include "session.h"

#include <ostream>
#include <string>
#include <vector>

namespace contingent::shell {

/// Runs `name` (a built-in or a plugin's command, or "" for the overview).
/// Throws UsageError for a usage mistake, sdk::Error for a failure.
int runCommand(Session& session, const std::string& name, const std::vector<std::string>& args,
               std::ostream& out, std::ostream& err);

/// Writes `contingent plugins` output; returns 1 when any plugin was refused.
int listPlugins(PluginHost& host, bool json, std::ostream& out);
/// Runs every loaded plugin's demo generator in start order, in one transaction.
void generateDemo(Session& session, const sdk::DemoRequest& request);

} // namespace contingent::shell
