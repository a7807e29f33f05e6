#pragma once
// The order plugins start in: every plugin after the plugins it needs,
// ties broken by id so the order never depends on the file system.

#include "manifest.h"

#include <map>
#include <string>
#include <vector>

namespace contingent::shell {

struct PluginNode {
    std::string id;
    std::string version;
    std::vector<PluginNeed> needs;
    std::vector<std::string> after; ///< soft order: only when present, never refuses
};

struct PluginOrder {
    std::vector<std::string> order;             ///< ids to start, dependencies first
    std::map<std::string, std::string> refused; ///< id -> reason, for nodes not in order
};

/// Orders `nodes`. A node also starts after the live nodes it lists in `after`,
/// unless that would make a cycle (then those soft edges are dropped, smallest id first).
/// `alreadyRefused` (id -> reason) are plugins refused earlier; a node that needs one of them, a
/// missing plugin, a too-old version, or takes part in a cycle is refused with a reason that says
/// which.
PluginOrder orderPlugins(const std::vector<PluginNode>& nodes,
                         const std::map<std::string, std::string>& alreadyRefused);

} // namespace contingent::shell
