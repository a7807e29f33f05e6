#pragma once
// The rosters plugin's rules over every deployment that is not cancelled:
// the competency test (Police Act Art. 71), the passport, unavailability and
// the deployable flag. Each is blocking: approvals cannot move on while one stands.

#include <contingent/sdk/checks.h>
#include <contingent/sdk/context.h>

#include <vector>

namespace contingent::rosters {

/// Setting key: years a competency test stays valid (default 3, Art. 71).
inline constexpr const char* kCompetencyYearsSetting = "competency_test_years";

/// The setting's years (default 3); throws sdk::InputError when it is not a
/// whole number of at least 1.
int competencyYears(sdk::Context& context);
/// The same, or 3 when the setting is unusable (pages keep working; the
/// check reports the bad setting).
int competencyYearsOrDefault(sdk::Context& context);

/// The four rules; `context` (the plugin's) must outlive them.
std::vector<sdk::CheckDefinition> rosterChecks(sdk::Context& context);

/// Police Act Art. 71: a test is valid `years` (3); the last valid day is the
/// day before the anniversary (a test on 29 Feb 2024 is valid to 27 Feb 2027:
/// 29 Feb + 36 months clamps to 28 Feb, minus one day).
sdk::Date competencyValidUntil(sdk::Date test, int years);

} // namespace contingent::rosters
