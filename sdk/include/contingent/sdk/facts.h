#pragma once
/// @file facts.h
/// Deployment facts: named sections about one tour ("Costs", "Insurance
/// cover") that any plugin may contribute and any other may read through
/// Context::facts(), so that a plugin shows what the loaded plugins know
/// without reading their tables; a plugin that is absent is a missing section.

#include "contingent/sdk/export.h"
#include "contingent/sdk/ids.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace contingent::sdk {

/// One line of a section: a label and its text ("Daily allowance", "EUR 95.00").
struct FactLine {
    std::string label;
    std::string value;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// A section a plugin contributes (Context::addFactSection). read() is called
/// for one deployment at a time and returns its lines (none: nothing to say).
struct FactSection {
    std::string id;    ///< unique within the plugin, e.g. "costs"
    std::string title; ///< the heading, in the user's language
    int order = 100;   ///< smaller first
    std::function<std::vector<FactLine>(DeploymentId deploymentId)> read;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// What one section says about one deployment. `error` is set, and `lines`
/// empty, when its read() threw: a broken section never hides the others.
struct FactSheet {
    std::string plugin;
    std::string section;
    std::string title;
    std::vector<FactLine> lines;
    std::string error;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// Every section the started plugins contributed. The host owns one.
class CONTINGENT_SDK_EXPORT FactRegistry {
public:
    FactRegistry();
    ~FactRegistry();
    FactRegistry(const FactRegistry&) = delete;
    FactRegistry& operator=(const FactRegistry&) = delete;

    /// Throws InputError for an empty id, a duplicate (plugin, id) or no read().
    void add(const std::string& plugin, FactSection section);
    /// Forgets every section of `plugin`.
    void removePlugin(const std::string& plugin);
    /// The sections about `deploymentId`, by order, then plugin and id.
    std::vector<FactSheet> sheets(DeploymentId deploymentId) const;
    std::size_t size() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace contingent::sdk
