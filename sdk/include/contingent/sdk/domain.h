#pragma once
/// @file domain.h
/// The core domain every plugin shares: officers, missions, deployments (tours),
/// the application's users and the audit log. The tables are owned by the SDK
/// (migration owner "core"); plugins add their own tables that reference them.
/// The typed repositories are in repositories.h.

#include "contingent/sdk/dates.h"
#include "contingent/sdk/export.h"
#include "contingent/sdk/ids.h"

#include <memory>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace contingent::sdk {

/// Who may do what. Admin: everything; planner: plan and edit; officer: own
/// record only; viewer: read-only.
enum class Role { Admin, Planner, Officer, Viewer };

/// A deployment's place in its life: planned -> proposed (Minister) ->
/// approved (Government, Police Act Art. 19) -> active -> completed, or cancelled.
enum class DeploymentStatus { Planned, Proposed, Approved, Active, Completed, Cancelled };

/// Whether a tour in `status` is service abroad: decided by the Government
/// (Police Act, Art. 19) and not cancelled, i.e. approved, active or completed.
/// A planned or proposed tour is not service, even when its days have passed.
constexpr bool isService(DeploymentStatus status)
{
    return status == DeploymentStatus::Approved || status == DeploymentStatus::Active
           || status == DeploymentStatus::Completed;
}

/// How dangerous an assignment is. High-risk assignments need accident and
/// life insurance (Police Act, Art. 89) and earn the danger allowance
/// (Art. 93). A mission has one; a tour may override it (Art. 89 speaks of
/// assignments, not missions).
enum class RiskLevel { Low, Medium, High };

CONTINGENT_SDK_EXPORT std::string_view toString(Role role);
/// Throws InputError naming the text and the allowed values.
CONTINGENT_SDK_EXPORT Role roleFromString(std::string_view text);
CONTINGENT_SDK_EXPORT std::string_view toString(DeploymentStatus status);
/// Throws InputError naming the text and the allowed values.
CONTINGENT_SDK_EXPORT DeploymentStatus deploymentStatusFromString(std::string_view text);
/// "low", "medium", "high".
CONTINGENT_SDK_EXPORT std::string_view toString(RiskLevel level);
/// Throws InputError naming the text and the allowed values.
CONTINGENT_SDK_EXPORT RiskLevel riskLevelFromString(std::string_view text);

/// Why `birth` is not a plausible birth date on `today`: it is after today, or
/// more than 100 years before it ("... is more than 100 years ago"). Nothing
/// when it is plausible. Every form and import of an officer asks this.
CONTINGENT_SDK_EXPORT std::optional<std::string> birthDateProblem(Date birth, Date today);

/// Why a tour over `days` with `status` is not plausible on `today`: it ends
/// more than 10 years ahead, or it is completed although its last day has not
/// passed. Nothing when it is plausible. Every form and import of a tour, and
/// the status gate, ask this.
CONTINGENT_SDK_EXPORT std::optional<std::string>
tourPlausibilityProblem(const Period& days, DeploymentStatus status, Date today);

/// A police officer on the roster. Gender is "F", "M" or "X".
struct Officer {
    OfficerId id;
    std::string serviceNumber;
    std::string givenName;
    std::string familyName;
    std::string gender = "X";
    std::optional<Date> birthDate;
    std::string rank;
    std::string unit;
    std::string email;
    bool active = true;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// An international mission. organisation is one of WEU, EU, UN, OSCE,
/// multinational, bilateral, other. No end date: still running.
struct Mission {
    MissionId id;
    std::string code;
    std::string name;
    std::string organisation;
    std::string hostCountry;
    Date startDate;
    std::optional<Date> endDate;
    RiskLevel riskLevel = RiskLevel::Medium;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// One officer in one mission for one inclusive period (a tour).
struct Deployment {
    DeploymentId id;
    OfficerId officerId;
    MissionId missionId;
    std::string position;
    Period period{Date(), Date()};
    DeploymentStatus status = DeploymentStatus::Planned;
    /// This tour's own risk level; none: the mission's (see
    /// DeploymentRepository::riskLevel()).
    std::optional<RiskLevel> riskLevel;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// A person who may use the application, optionally linked to their officer record.
struct AppUser {
    UserId id;
    std::string login;
    std::string displayName;
    Role role = Role::Viewer;
    std::optional<OfficerId> officerId;
    /// A disabled user is known but may not use the store (as if not registered).
    bool active = true;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// One audited write: when (UTC, ISO-8601), who, through which plugin, what.
struct AuditEntry {
    std::int64_t id = 0;
    std::string at;
    std::string actor;
    std::string plugin;
    std::string action;
    std::string entity;
    std::optional<std::int64_t> entityId;
    std::string detailsJson;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

} // namespace contingent::sdk
