#pragma once
/// @file statusgate.h
/// The gate on a tour's status. A tour moves planned -> proposed (the
/// Minister's proposal) -> approved (the Government's decision, Police Act
/// Art. 19) -> active -> completed, one step at a time, and may be cancelled
/// from any status. Every change goes through Context::changeStatus(), which
/// refuses a move that is not allowed, one that another plugin owns (an
/// approvals plugin owns proposed -> approved), and any move forward while
/// the tour has a blocking finding. A new tour is planned, or, as history
/// imported, completed or cancelled (DeploymentRepository::add).

#include "contingent/sdk/domain.h"
#include "contingent/sdk/export.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace contingent::sdk {

/// One step of a tour's status.
struct StatusTransition {
    DeploymentStatus from = DeploymentStatus::Planned;
    DeploymentStatus to = DeploymentStatus::Proposed;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// Whether `from` -> `to` is one allowed step: the next status on the way to
/// completed, or cancelled from any other.
CONTINGENT_SDK_EXPORT bool isAllowedTransition(DeploymentStatus from, DeploymentStatus to);

/// The steps from `from` to `to` (planned -> approved is two steps); empty
/// when `to` cannot be reached (backwards, or out of cancelled).
CONTINGENT_SDK_EXPORT std::vector<StatusTransition> transitionPath(DeploymentStatus from,
                                                                   DeploymentStatus to);

/// Which plugin owns which step. The host keeps one for every plugin.
class CONTINGENT_SDK_EXPORT StatusGate {
public:
    StatusGate();
    ~StatusGate();
    StatusGate(const StatusGate&) = delete;
    StatusGate& operator=(const StatusGate&) = delete;

    /// Throws InputError for a step that is not an allowed move forward
    /// (cancelling belongs to everyone) or one another plugin owns already.
    void own(const std::string& plugin, StatusTransition step);
    /// The plugin that owns `step`, if one does.
    std::optional<std::string> ownerOf(StatusTransition step) const;
    void removePlugin(const std::string& plugin);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace contingent::sdk
