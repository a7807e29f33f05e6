#include "pluginorder.h"

#include <QVersionNumber>

#include <algorithm>
#include <functional>
#include <set>

namespace contingent::shell {

namespace {

/// "1.10" is newer than "1.9"; "1.0" is "1" (missing parts count as 0).
QVersionNumber version(const std::string& text)
{
    return QVersionNumber::fromString(QString::fromStdString(text)).normalized();
}

} // namespace

namespace {

/// Tarjan's strongly connected components over the "needs" edges.
std::vector<std::vector<std::string>> cycles(const std::map<std::string, const PluginNode*>& live)
{
    std::map<std::string, int> index, low;
    std::set<std::string> onStack;
    std::vector<std::string> stack;
    std::vector<std::vector<std::string>> result;
    int counter = 0;

    std::function<void(const std::string&)> visit = [&](const std::string& v) {
        index[v] = low[v] = counter++;
        stack.push_back(v);
        onStack.insert(v);
        for (const PluginNeed& n : live.at(v)->needs) {
            if (!live.count(n.id))
                continue;
            if (!index.count(n.id)) {
                visit(n.id);
                low[v] = std::min(low[v], low[n.id]);
            } else if (onStack.count(n.id)) {
                low[v] = std::min(low[v], index[n.id]);
            }
        }
        if (low[v] == index[v]) {
            std::vector<std::string> component;
            std::string w;
            do {
                w = stack.back();
                stack.pop_back();
                onStack.erase(w);
                component.push_back(w);
            } while (w != v);
            const auto& needs = live.at(v)->needs;
            const bool selfLoop = std::any_of(needs.begin(), needs.end(),
                                              [&](const PluginNeed& n) { return n.id == v; });
            if (component.size() > 1 || selfLoop) {
                std::sort(component.begin(), component.end());
                result.push_back(component);
            }
        }
    };
    for (const auto& [id, node] : live)
        if (!index.count(id))
            visit(id);
    return result;
}

} // namespace

PluginOrder orderPlugins(const std::vector<PluginNode>& nodes,
                         const std::map<std::string, std::string>& alreadyRefused)
{
    PluginOrder result;
    std::map<std::string, const PluginNode*> live;
    for (const PluginNode& n : nodes)
        live.emplace(n.id, &n);
    std::map<std::string, std::string> refused = alreadyRefused;

    // Needs that can never be met: missing, or an older version than asked for.
    for (auto it = live.begin(); it != live.end();) {
        std::string reason;
        for (const PluginNeed& need : it->second->needs) {
            if (refused.count(need.id) || live.count(need.id)) {
                auto found = live.find(need.id);
                if (found != live.end()
                    && version(found->second->version) < version(need.minVersion)) {
                    reason = "needs " + need.id + " >= " + need.minVersion + ", but version "
                             + found->second->version + " is installed";
                    break;
                }
                continue;
            }
            reason = "needs " + need.id + ", which is not installed";
            break;
        }
        if (!reason.empty()) {
            refused[it->first] = reason;
            result.refused[it->first] = reason;
            it = live.erase(it);
        } else {
            ++it;
        }
    }

    for (const auto& component : cycles(live)) {
        std::string path;
        for (const std::string& id : component)
            path += id + " -> ";
        path += component.front();
        for (const std::string& id : component) {
            const std::string reason = "takes part in a dependency cycle: " + path;
            refused[id] = reason;
            result.refused[id] = reason;
            live.erase(id);
        }
    }

    // Refusal spreads to dependants until nothing changes.
    for (bool changed = true; changed;) {
        changed = false;
        for (auto it = live.begin(); it != live.end();) {
            auto bad = std::find_if(it->second->needs.begin(), it->second->needs.end(),
                                    [&](const PluginNeed& n) { return refused.count(n.id) > 0; });
            if (bad != it->second->needs.end()) {
                const std::string reason =
                    "needs " + bad->id + ", which was refused: " + refused.at(bad->id);
                refused[it->first] = reason;
                result.refused[it->first] = reason;
                it = live.erase(it);
                changed = true;
            } else {
                ++it;
            }
        }
    }

    // Kahn's algorithm; the ready set is ordered by id.
    std::map<std::string, int> waiting;
    std::map<std::string, std::vector<std::string>> dependants;
    for (const auto& [id, node] : live) {
        std::set<std::string> distinct;
        for (const PluginNeed& n : node->needs)
            distinct.insert(n.id);
        for (const std::string& a : node->after)
            if (live.count(a) && a != id)
                distinct.insert(a);
        waiting[id] = int(distinct.size());
        for (const std::string& n : distinct)
            dependants[n].push_back(id);
    }
    std::set<std::string> ready;
    for (const auto& [id, count] : waiting)
        if (count == 0)
            ready.insert(id);
    std::set<std::string> placed;
    while (placed.size() < live.size()) {
        if (ready.empty()) {
            // Only soft `after` edges can be left in a cycle (needs cycles were
            // refused): start the smallest id whose needs have all started.
            for (const auto& [id, node] : live) {
                if (placed.count(id))
                    continue;
                if (std::all_of(node->needs.begin(), node->needs.end(),
                                [&](const PluginNeed& n) { return placed.count(n.id) > 0; })) {
                    ready.insert(id);
                    break;
                }
            }
        }
        const std::string id = *ready.begin();
        ready.erase(ready.begin());
        if (!placed.insert(id).second)
            continue;
        result.order.push_back(id);
        for (const std::string& d : dependants[id])
            if (--waiting[d] == 0 && !placed.count(d))
                ready.insert(d);
    }
    return result;
}

} // namespace contingent::shell
