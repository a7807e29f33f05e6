#include "missionchecks.h"

namespace contingent::missions {

namespace {

/// Runs `sql` (columns: deployment id, then what `make` reads) over the scope, each finding
/// to `sink` as it is found.
void findings(const sdk::CheckScope& scope, const sdk::FindingSink& sink, const std::string& sql,
              const auto& make)
{
    sdk::Statement st(scope.db, sql + (scope.deploymentId ? " AND d.id = ?" : ""));
    if (scope.deploymentId)
        st.bind(1, *scope.deploymentId);
    while (st.step())
        if (auto finding = make(st))
            sink(std::move(*finding));
}

} // namespace

std::vector<sdk::CheckDefinition> missionChecks(sdk::Context& context)
{
    sdk::CheckDefinition outside = sdk::streamedCheck(
        "missions.outside_mission_dates", "Tour within the mission's dates",
        "Police Act, Art. 19 (deployment at an international organisation's request, i.e. "
        "within its mission)",
        [](const sdk::CheckScope& scope, const sdk::FindingSink& sink) {
            findings(scope, sink,
                     "SELECT d.id, d.first_day, d.last_day, m.code, m.start_date, m.end_date "
                     "FROM deployment d JOIN mission m ON m.id = d.mission_id "
                     "WHERE d.status <> 'cancelled' AND (d.first_day < m.start_date "
                     "OR (m.end_date IS NOT NULL AND d.last_day > m.end_date))",
                     [](sdk::Statement& st) -> std::optional<sdk::Finding> {
                         const std::string end = st.isNull(5) ? "ongoing" : st.text(5);
                         return sdk::Finding{sdk::Severity::Blocking,
                                             "missions.outside_mission_dates",
                                             "Police Act, Art. 19",
                                             "the tour " + st.text(1) + ".." + st.text(2)
                                                 + " falls outside mission " + st.text(3) + " ("
                                                 + st.text(4) + ".." + end + ")",
                                             st.get<sdk::DeploymentId>(0),
                                             {}};
                     });
        });

    sdk::CheckDefinition longStay = sdk::streamedCheck(
        "missions.long_stay_abroad", "Stay abroad longer than three months", "Police Act, Art. 124",
        [&context](const sdk::CheckScope& scope, const sdk::FindingSink& sink) {
            const int months =
                context.settings().intValue(kStayRecordMonthsKey, kStayRecordMonthsDefault);
            findings(scope, sink,
                     "SELECT d.id, d.first_day, d.last_day, m.code FROM deployment d "
                     "JOIN mission m ON m.id = d.mission_id WHERE d.status <> 'cancelled'",
                     [months](sdk::Statement& st) -> std::optional<sdk::Finding> {
                         const sdk::Period period(st.date(1), st.date(2));
                         if (period.spansAtMostMonths(months))
                             return std::nullopt;
                         return sdk::Finding{
                             sdk::Severity::Info,
                             "missions.long_stay_abroad",
                             "Police Act, Art. 124",
                             "a stay abroad of " + std::to_string(period.lengthInDays())
                                 + " days in " + st.text(3) + " (" + period.toString()
                                 + ") is longer than " + std::to_string(months)
                                 + " months: record it in the officer's records",
                             st.get<sdk::DeploymentId>(0),
                             {}};
                     });
        });

    sdk::CheckDefinition highRisk = sdk::streamedCheck(
        "missions.high_risk_mission", "High-risk mission", "Police Act, Art. 89 and 93",
        [](const sdk::CheckScope& scope, const sdk::FindingSink& sink) {
            findings(
                scope, sink,
                // The tour's own risk level, else the mission's (both core facts).
                "SELECT d.id, m.code FROM deployment d JOIN mission m ON m.id = d.mission_id "
                "WHERE d.status <> 'cancelled' AND coalesce(d.risk_level, m.risk_level) = 'high'",
                [](sdk::Statement& st) -> std::optional<sdk::Finding> {
                    return sdk::Finding{sdk::Severity::Info,
                                        "missions.high_risk_mission",
                                        "Police Act, Art. 89 and 93",
                                        st.text(1)
                                            + " is a high-risk mission: the officer must be "
                                              "insured for the whole tour and is entitled to "
                                              "the danger bonus",
                                        st.get<sdk::DeploymentId>(0),
                                        {}};
                });
        });
    return {outside, longStay, highRisk};
}

} // namespace contingent::missions
