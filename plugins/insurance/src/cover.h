#pragma once
// Which days need cover, and which have it (Police Act, Art. 89): a tour needs
// cover on every day when it is high-risk (its mission's risk level is high,
// or the tour itself is marked high) and planned, proposed, approved or
// active. A day is covered when at least one policy covers the officer that
// day: one naming the officer, or a group policy of the tour's mission.
// Several policies together may cover a tour.
//
// The cover of every tour is one sweep: each officer's and each mission's
// policies are sorted once (n log n), each knowing the policy that reaches
// furthest up to it, and a tour looks its days up by binary search; never a
// policy-by-tour loop. A covered stretch names the policy covering its days.

#include "policies.h"

#include <contingent/sdk/checks.h>
#include <contingent/sdk/facts.h>

#include <optional>
#include <unordered_map>
#include <vector>

namespace contingent::insurance {

/// A stretch of a tour's days covered, and the policy that reaches furthest in it.
struct CoveredStretch {
    sdk::Period days{sdk::Date(), sdk::Date()};
    std::int64_t policy = 0;
};

/// What the cover of one tour is.
struct TourCover {
    sdk::DeploymentId tour;
    sdk::OfficerId officer;
    sdk::MissionId mission;
    sdk::Period period{sdk::Date(), sdk::Date()};
    sdk::DeploymentStatus status = sdk::DeploymentStatus::Planned;
    /// High-risk and still to serve or serving: every day needs cover.
    bool needsCover = false;
    bool highRisk = false;
    std::vector<CoveredStretch> covered;
    std::optional<sdk::Date> firstUncovered;
    /// The policy whose last day is the day before firstUncovered (it lapses there).
    std::optional<std::int64_t> lapsing;
    int uncoveredDays = 0;
    bool fullyCovered() const { return !firstUncovered; }
};

/// What a tour's cover is read from: its id, officer, mission, days, status
/// and risk level, and its mission's risk level (`deployment d`, `mission m`).
extern const char* const kCoverColumns;

/// Which days each officer and each mission is covered, from a set of policies.
class CoverIndex {
public:
    /// Reads every policy of the store (its days and whom it covers).
    explicit CoverIndex(sdk::Database& db);
    /// What covers the officer of `tour` in its mission over `tour.period`;
    /// fills covered, firstUncovered, lapsing and uncoveredDays.
    void fill(TourCover& tour) const;
    /// The cover of `tour`, whose mission's risk level is `missionRisk`.
    TourCover cover(const sdk::Deployment& tour, sdk::RiskLevel missionRisk) const;
    /// The cover of the tour in the current row of `st`, which selects
    /// kCoverColumns first (from `deployment d JOIN mission m`).
    TourCover coverOfRow(const sdk::Statement& st) const;

private:
    struct Stretch {
        int first = 0; ///< days since 1970-01-01
        int last = 0;
        std::int64_t policy = 0;
        /// Of this policy and those starting before it, the furthest last day and its policy.
        int reach = 0;
        std::int64_t reachPolicy = 0;
    };
    using Stretches = std::vector<Stretch>;
    static void prepare(Stretches& stretches);
    std::unordered_map<std::int64_t, Stretches> m_byOfficer;
    std::unordered_map<std::int64_t, Stretches> m_byMission;
};

/// The tours of the store that are high-risk (or every tour not cancelled or
/// completed, with `all`), with their cover; only `tour` when given.
std::vector<TourCover> tourCover(sdk::Database& db, std::optional<sdk::DeploymentId> tour = {},
                                 bool all = false);
/// The high-risk tours still to serve whose first day is in `starting`.
std::vector<TourCover> tourCoverStarting(sdk::Database& db, const sdk::Period& starting);

/// The rule as a check ("insurance.uncovered_high_risk", blocking, Art. 89).
std::vector<sdk::CheckDefinition> insuranceChecks();

/// The cover of one tour as deployment facts ("covered by policy X to D",
/// "uncovered from D"), in the user's language.
std::vector<sdk::FactLine> coverFacts(sdk::Context& context, sdk::DeploymentId tour);

} // namespace contingent::insurance
