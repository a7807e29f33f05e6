#include "rosterchecks.h"

#include "rosterrecords.h"

namespace contingent::rosters {

namespace {

constexpr const char* kArt71 = "Police Act, Art. 71";
constexpr const char* kPassportBasis = "Mission entry requirement: a passport valid for the "
                                       "whole tour";
constexpr const char* kAvailabilityBasis = "Roster: the officer must be available for the "
                                           "whole tour";
constexpr const char* kDeployableBasis = "Roster: the officer is marked not deployable";
constexpr const char* kAdultBasis = "Planning rule: an officer serves abroad as an adult "
                                    "(at least 18 on the tour's first day)";

/// Deployments in scope with their officer's documents (NULLs when no record).
constexpr const char* kDeploymentsSql =
    "SELECT d.id, d.first_day, d.last_day, o.service_number, p.competency_test, "
    "p.passport_expiry, p.passport_number, coalesce(p.deployable, 1), "
    "coalesce(p.not_deployable_reason, '') "
    "FROM deployment d JOIN officer o ON o.id = d.officer_id "
    "LEFT JOIN rosters_profile p ON p.officer_id = d.officer_id "
    "WHERE d.status NOT IN ('cancelled', 'completed') AND (?1 IS NULL OR d.id = ?1)";

std::optional<sdk::Date> optionalDate(const sdk::Statement& st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return sdk::Date::fromIso(st.text(column));
}

sdk::Finding blocking(const char* rule, const char* basis, sdk::DeploymentId deployment,
                      std::string message)
{
    return {sdk::Severity::Blocking, rule, basis, std::move(message), deployment, {}};
}

std::vector<sdk::Finding> documentFindings(const sdk::CheckScope& scope, int years)
{
    std::vector<sdk::Finding> out;
    sdk::Statement st(scope.db, kDeploymentsSql);
    st.bind(1, scope.deploymentId);
    while (st.step()) {
        const auto id = st.get<sdk::DeploymentId>(0);
        const sdk::Date last = sdk::Date::fromIso(st.text(2));
        const std::string officer = st.text(3);
        if (const auto test = optionalDate(st, 4)) {
            const sdk::Date until = competencyValidUntil(*test, years);
            if (until < last)
                out.push_back(blocking("rosters.competency_test", kArt71, id,
                                       officer + ": competency test of " + test->toIso()
                                           + " lapses " + until.addDays(1).toIso()
                                           + ", before the tour ends " + last.toIso()));
        } else {
            out.push_back(blocking("rosters.competency_test", kArt71, id,
                                   officer + ": no competency test on record"));
        }
        if (const auto expiry = optionalDate(st, 5)) {
            if (*expiry < last)
                out.push_back(blocking("rosters.passport", kPassportBasis, id,
                                       officer + ": passport expires " + expiry->toIso()
                                           + ", before the tour ends " + last.toIso()));
        } else {
            out.push_back(blocking("rosters.passport", kPassportBasis, id,
                                   officer + ": no passport on record"));
        }
        if (st.integer(7) == 0)
            out.push_back(blocking("rosters.not_deployable", kDeployableBasis, id,
                                   officer + " is not deployable: " + st.text(8)));
    }
    return out;
}

std::vector<sdk::Finding> unavailabilityFindings(const sdk::CheckScope& scope)
{
    std::vector<sdk::Finding> out;
    sdk::Statement st(scope.db,
                      "SELECT d.id, o.service_number, u.kind, u.first_day, u.last_day, u.note "
                      "FROM deployment d JOIN officer o ON o.id = d.officer_id "
                      "JOIN rosters_unavailability u ON u.officer_id = d.officer_id "
                      "AND u.first_day <= d.last_day AND u.last_day >= d.first_day "
                      "WHERE d.status NOT IN ('cancelled', 'completed') "
                      "AND (?1 IS NULL OR d.id = ?1) ORDER BY d.id, u.first_day");
    st.bind(1, scope.deploymentId);
    while (st.step()) {
        std::string message = st.text(1) + ": " + (st.text(2) == "leave" ? "on leave" : st.text(2))
                              + " " + st.text(3) + ".." + st.text(4) + " during the tour";
        if (!st.text(5).empty())
            message += " (" + st.text(5) + ")";
        out.push_back(blocking("rosters.unavailable", kAvailabilityBasis,
                               st.get<sdk::DeploymentId>(0), message));
    }
    return out;
}

/// Tours (not cancelled) whose officer is younger than 18 on the first day:
/// a birth date or a tour typed wrong, or a plan that cannot stand.
std::vector<sdk::Finding> underageFindings(const sdk::CheckScope& scope)
{
    std::vector<sdk::Finding> out;
    sdk::Statement st(scope.db, "SELECT d.id, o.service_number, o.birth_date, d.first_day "
                                "FROM deployment d JOIN officer o ON o.id = d.officer_id "
                                "WHERE d.status <> 'cancelled' AND o.birth_date IS NOT NULL "
                                "AND o.birth_date > date(d.first_day, '-18 years') "
                                "AND (?1 IS NULL OR d.id = ?1) ORDER BY d.id");
    st.bind(1, scope.deploymentId);
    while (st.step())
        out.push_back(blocking("rosters.underage", kAdultBasis, st.get<sdk::DeploymentId>(0),
                               st.text(1) + " (born " + st.text(2) + ") is not yet 18 on "
                                   + st.text(3) + ", the tour's first day"));
    return out;
}

} // namespace

sdk::Date competencyValidUntil(sdk::Date test, int years)
{
    return test.addMonths(12 * years).addDays(-1);
}

int competencyYears(sdk::Context& context)
{
    const int years = context.settings().intValue(kCompetencyYearsSetting, 3);
    if (years < 1)
        throw sdk::InputError(std::string("setting ") + kCompetencyYearsSetting
                              + " must be at least 1");
    return years;
}

int competencyYearsOrDefault(sdk::Context& context)
{
    try {
        return competencyYears(context);
    } catch (const sdk::Error&) {
        return 3;
    }
}

std::vector<sdk::CheckDefinition> rosterChecks(sdk::Context& context)
{
    auto documents = [&context](const sdk::CheckScope& scope) {
        return documentFindings(scope, competencyYears(context));
    };
    return {
        {"rosters.documents", "Competency test, passport and deployable flag", kArt71, documents},
        {"rosters.unavailable", "Unavailability during the tour", kAvailabilityBasis,
         unavailabilityFindings},
        {"rosters.underage", "The officer is under 18 on the tour's first day", kAdultBasis,
         underageFindings},
    };
}

} // namespace contingent::rosters
