#pragma once
// The candidate finder: who can go to a mission for a whole period, ranked,
// and why everyone else cannot.
//
// Ranking: requirements met (languages at or above a level, skills), then
// previous tours (experience), then fewest days abroad in the recent years,
// then name. Left out, with every reason: not active, not deployable,
// unavailable (leave, medical, training), competency test lapsing before the
// tour ends (Police Act Art. 71), passport expiring before it ends, already
// deployed in another tour that overlaps.

#include "rosterlanguages.h"

#include <contingent/sdk/dates.h>
#include <contingent/sdk/store.h>

#include <optional>
#include <string>
#include <vector>

namespace contingent::rosters {

struct CandidateQuery {
    sdk::Period period{sdk::Date(), sdk::Date()};
    std::optional<sdk::MissionId> missionId; ///< tours in it count double as experience
    std::vector<LanguageSkill> languages;    ///< language with its minimum level
    std::vector<std::string> skills;
    int recentYears = 3;     ///< window for "days abroad recently", before the period
    int competencyYears = 3; ///< Police Act Art. 71
    std::size_t limit = 200; ///< candidates returned (all are counted)
};

struct Candidate {
    sdk::OfficerId officerId;
    std::string serviceNumber;
    std::string name; ///< "Family, Given"
    std::string rank;
    std::string unit;
    int requirementsMet = 0;
    int requirementsTotal = 0;
    std::vector<std::string> missing; ///< "fr B2", "forensics"
    int previousTours = 0;
    int toursInMission = 0;
    int daysAbroadRecently = 0;
};

struct Exclusion {
    sdk::OfficerId officerId;
    std::string serviceNumber;
    std::string name;
    std::vector<std::string> reasons; ///< "on leave 2025-03-01..2025-03-14", ...
};

struct CandidateResult {
    std::vector<Candidate> candidates; ///< best first, at most query.limit
    std::size_t candidateCount = 0;    ///< all who are available
    std::vector<Exclusion> excluded;   ///< by name
};

/// Throws sdk::InputError for a bad level or an unknown mission.
CandidateResult findCandidates(sdk::Database& db, const CandidateQuery& query);

/// CEFR levels as numbers, A1 = 1 .. C2 = 6; 0 for anything else.
int cefrRank(std::string_view level);

} // namespace contingent::rosters
