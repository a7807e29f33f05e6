#pragma once
/// @file checks.h
/// Rules that look at deployments and report findings. Plugins contribute
/// CheckDefinitions; the host runs every one of them. Approvals refuse to move
/// a deployment forward while it has a blocking finding.

#include "contingent/sdk/dates.h"
#include "contingent/sdk/export.h"
#include "contingent/sdk/store.h"

#include <memory>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace contingent::sdk {

enum class Severity { Blocking, Warning, Info };
CONTINGENT_SDK_EXPORT std::string_view toString(Severity severity);

/// What a check reports about one deployment. legalBasis cites the law
/// ("Police Act, Art. 77(3)") or says it is a planning rule.
struct Finding {
    Severity severity = Severity::Info;
    std::string ruleId;
    std::string legalBasis;
    std::string message;
    DeploymentId deploymentId;
    std::string plugin; ///< filled in by the registry
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// What a check looks at: the whole store, or one deployment.
struct CheckScope {
    Database& db;
    Date today;
    std::optional<DeploymentId> deploymentId; ///< nothing: every deployment
    bool includes(DeploymentId id) const { return !deploymentId || *deploymentId == id; }
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// A rule. run() returns findings only for deployments the scope includes.
struct CheckDefinition {
    std::string ruleId; ///< "<plugin>.<rule>", e.g. "core.overlapping_deployments"
    std::string title;
    std::string legalBasis;
    std::function<std::vector<Finding>(const CheckScope&)> run;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// Where a streamed check puts each finding as it finds it.
using FindingSink = std::function<void(Finding&&)>;

/// A check that hands each finding to a sink as it finds it instead of returning them all, so
/// a rule with a finding on most tours (a record to keep, say) needs no memory that grows with
/// them when the host streams findings (CheckRegistry::forEachFinding, `contingent check`). Its
/// run() collects them, as any check's does. Checks must not keep the sink. (Added in 1.0.x.)
CONTINGENT_SDK_EXPORT CheckDefinition
streamedCheck(std::string ruleId, std::string title, std::string legalBasis,
              std::function<void(const CheckScope&, const FindingSink&)> stream);

/// Findings, plus the checks that failed to run (a broken check never hides the others).
struct CONTINGENT_SDK_EXPORT CheckReport {
    std::vector<Finding> findings;
    std::vector<std::string> errors;
    bool hasBlocking() const;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// Every registered check, in registration order.
class CONTINGENT_SDK_EXPORT CheckRegistry {
public:
    CheckRegistry();
    ~CheckRegistry();
    CheckRegistry(const CheckRegistry&) = delete;
    CheckRegistry& operator=(const CheckRegistry&) = delete;
    /// Throws InputError for an empty or duplicate rule id or a check without run().
    void add(std::string plugin, CheckDefinition check);
    /// Runs every check over the whole store; findings sorted by deployment, then severity.
    CheckReport runAll(Database& db, Date today) const;
    /// Runs every check for one deployment.
    CheckReport runFor(Database& db, Date today, DeploymentId deploymentId) const;
    /// Runs every check over the whole store and hands each finding (plugin, rule id and legal
    /// basis filled in) to `found` as its check returns them, check by check in registration
    /// order, unsorted: only one check's findings are held at a time, so a caller that streams
    /// or counts them needs no memory that grows with their number. Returns the checks that
    /// failed to run. (Added in 1.0.x: an addition, the ABI stays compatible.)
    std::vector<std::string> forEachFinding(Database& db, Date today,
                                            const std::function<void(Finding&)>& found) const;
    std::size_t size() const;
    std::vector<CheckDefinition> definitions() const;
    /// Called around each check with its plugin and rule id: the host's crash
    /// guard, so a check that takes the process down is named on the next start.
    void setGuard(std::function<void(const std::string& plugin, const std::string& ruleId)> before,
                  std::function<void()> after);

private:
    CheckReport run(const CheckScope& scope) const;
    std::vector<std::string> each(const CheckScope& scope,
                                  const std::function<void(Finding&)>& found) const;
    struct Private;
    std::unique_ptr<Private> d;
};

/// The SDK's own rule: an officer cannot be in two deployments whose periods
/// overlap (cancelled ones aside). Blocking. Sort-and-sweep, O(n log n).
CONTINGENT_SDK_EXPORT CheckDefinition overlappingDeploymentsCheck();

} // namespace contingent::sdk
