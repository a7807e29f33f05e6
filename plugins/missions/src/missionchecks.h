#pragma once
// The missions plugin's checks on every deployment:
//   missions.outside_mission_dates  blocking  the tour starts before its mission or ends after it
//   missions.long_stay_abroad       info      longer than three months abroad: goes into the
//                                             officer's records (Police Act, Art. 124)
//   missions.high_risk_mission      info      the mission is high-risk: insurance (Art. 89) and
//                                             the danger bonus (Art. 93) apply
// Cancelled tours are not checked. The three months are a rule parameter
// (setting `stay_record_months`, default 3), counted as dates.h counts months:
// a tour "longer than three months" does not end before first day + 3 months.

#include <contingent/sdk/context.h>

namespace contingent::missions {

/// The setting that holds Art. 124's months, and the law's value.
inline constexpr std::string_view kStayRecordMonthsKey = "stay_record_months";
inline constexpr int kStayRecordMonthsDefault = 3;

std::vector<sdk::CheckDefinition> missionChecks(sdk::Context& context);

} // namespace contingent::missions
