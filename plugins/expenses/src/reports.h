#pragma once
// Reports: what a year cost against what was forecast, per mission, per
// category, per month and per tour. The actual is every approved or paid
// claim dated in the year (one SQL pass over the claims); the forecast is
// every tour that is not cancelled, for its days in the year.

#include "claims.h"
#include "forecast.h"

#include <contingent/sdk/context.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace contingent::expenses {

/// One row of a report: forecast, actual (approved and paid), of which paid,
/// and what still waits for a decision.
struct ReportRow {
    std::string key;     ///< a mission code, a category, a month (YYYY-MM), a tour id
    std::string mission; ///< a tour's mission code (tour rows)
    sdk::Money forecast;
    sdk::Money actual;
    sdk::Money paid;
    sdk::Money waiting;
};

struct YearReport {
    int year = 0;
    std::vector<ReportRow> missions;
    std::vector<ReportRow> categories;
    std::vector<ReportRow> months;
    ReportRow total;
    int tours = 0;
    int claims = 0;
    int missingRates = 0;
    int unconfirmedRates = 0;
};

/// The report of `year`. `eachTour`, when given, is called for every tour
/// with a forecast or a claim in the year, in tour order (a caller streams them).
YearReport yearReport(sdk::Context& context, int year,
                      const std::function<void(const ReportRow& tour)>& eachTour = {});

/// The actual per year and mission, for the chart: {year, mission code, actual}.
struct YearMissionActual {
    int year = 0;
    std::string mission;
    sdk::Money actual;
};
std::vector<YearMissionActual> actualByYearAndMission(sdk::Database& db);

/// Throws InputError unless the user may read reports (not an officer).
void requireReader(sdk::Context& context, std::string_view what);

} // namespace contingent::expenses
