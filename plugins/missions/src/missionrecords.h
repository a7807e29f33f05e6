#pragma once
// The missions plugin's records: a mission with the plugin's facts about it
// (its local time zone, risk level and source note), and a tour (a core
// deployment) with the chain of command abroad and the position the officer
// returns to (Police Act, Art. 80). Both are kept in the core tables plus the
// plugin's own `missions_mission` and `missions_tour`; every write goes through
// the SDK's audited repositories and lands together with the plugin's row, or
// not at all.

#include <contingent/sdk/context.h>
#include <contingent/sdk/tablefile.h>

#include <chrono>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace contingent::missions {

/// The plugin's schema changes (tables prefixed `missions_`).
std::vector<sdk::Migration> migrations();

/// Risk levels, least first, as written in files and forms (sdk::RiskLevel's
/// names). High-risk missions need insurance (Police Act, Art. 89) and earn
/// the danger bonus (Art. 93).
inline constexpr std::string_view kRiskLevels[] = {"low", "medium", "high"};

/// The risk level `text` names; throws InputError "risk_level: ..." otherwise.
sdk::RiskLevel riskLevelField(std::string_view text);
/// The organisations a mission may belong to (the core table's list).
inline constexpr std::string_view kOrganisations[] = {"WEU",           "EU",        "UN",   "OSCE",
                                                      "multinational", "bilateral", "other"};

/// A mission (with its risk level, a core fact since SDK 1.0) and the
/// plugin's facts about it.
struct MissionInfo {
    sdk::Mission mission;
    std::string timeZone = "UTC"; ///< IANA name, e.g. "Europe/Belgrade"
    std::string source;           ///< where the facts come from; what is uncertain
    /// When Slovenian police are known to have joined (DOMAIN.md's "SI");
    /// nothing: from the mission's start, or not known. The demo places no
    /// tour before it.
    std::optional<sdk::Date> slovenianFrom;
};

/// Whether `name` is a time zone of the IANA database (through date::locate_zone).
bool isTimeZone(std::string_view name);

/// The calendar day it is in `timeZone` at the moment `utc`; the UTC day for an
/// unknown zone.
sdk::Date localDate(std::string_view timeZone, std::chrono::system_clock::time_point utc);

/// Throws InputError naming the field for an unknown organisation, time zone or
/// risk level, an empty code or name, or an end before the start.
void validate(const MissionInfo& info);

/// Missions with their facts: the catalogue as planners keep it.
class MissionBook {
public:
    explicit MissionBook(sdk::Context& context)
        : m_context(context)
    {
    }
    /// Every mission, ordered by start date and code.
    std::vector<MissionInfo> all();
    std::optional<MissionInfo> find(sdk::MissionId missionId);
    std::optional<MissionInfo> findByCode(std::string_view code);
    /// Adds the mission and its facts; returns the new id. Throws InputError.
    sdk::MissionId add(const MissionInfo& info);
    /// Updates both; throws InputError when the new dates would leave a tour outside them.
    void update(const MissionInfo& info);

private:
    sdk::Context& m_context;
};

/// One tour: a core deployment plus Art. 80's host supervisor and return position.
struct Tour {
    sdk::Deployment deployment;
    std::string hostSupervisor; ///< whom the officer answers to abroad (Art. 80)
    std::string returnPosition; ///< the post the officer returns to (Art. 80)
};

/// A tour with the names a person reads.
struct TourView {
    Tour tour;
    std::string serviceNumber;
    std::string officerName; ///< "Family, Given"
    std::string gender;
    std::string missionCode;
    std::string missionName;
    std::string organisation;
    std::string hostCountry;
};

/// What makes a tour impossible to write, each as one sentence: the dates
/// outside the mission's, another tour of the same officer on the same days.
/// Empty when it may be written. `ignoreId` is the tour being edited.
std::vector<std::string> tourProblems(sdk::Database& db, const Tour& tour, sdk::Date today);

/// The "Tour" fact section about a deployment: the mission, the position and
/// the Art. 80 facts; nothing when there is no such tour.
std::vector<sdk::FactLine> tourFacts(sdk::Context& context, sdk::DeploymentId deploymentId);

/// Tours: read with names, written with their checks.
class TourBook {
public:
    explicit TourBook(sdk::Context& context)
        : m_context(context)
    {
    }
    /// Adds the tour after tourProblems(); throws InputError with every problem.
    /// A status beyond planned (other than history: completed, cancelled) is
    /// reached through the status gate (Context::changeStatus), which may refuse.
    sdk::DeploymentId add(const Tour& tour);
    /// Updates the tour after tourProblems(), its status through the gate;
    /// throws InputError.
    void update(const Tour& tour);
    /// Removes the tour and its Art. 80 facts.
    void remove(sdk::DeploymentId deploymentId);
    std::optional<TourView> find(sdk::DeploymentId deploymentId);
    std::vector<TourView> forOfficer(sdk::OfficerId officerId);
    std::vector<TourView> forMission(sdk::MissionId missionId);

private:
    void writeFacts(const Tour& tour);
    sdk::Context& m_context;
};

} // namespace contingent::missions
