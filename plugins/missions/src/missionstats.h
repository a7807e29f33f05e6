#pragma once
// Statistics of the mission history, from 1997 (the first deployment) to
// today's year. A tour counts when it is service (approved, active or
// completed: see sdk::isService() in domain.h) and has begun (first day on or
// before today); its days are counted up to today. "Officers per
// year" counts each officer once per year (and once per organisation in the
// by-organisation table, so an officer who served the EU and the UN in one
// year is in both columns).

#include <contingent/sdk/tables.h>
#include <contingent/sdk/context.h>

#include <QByteArray>
#include <QJsonObject>

#include <string>
#include <vector>

namespace contingent::missions {

/// The first year of the statistics: Slovenia's first deployment (MAPE, 1997).
inline constexpr int kFirstStatisticsYear = 1997;

struct StatRow {
    std::string label; ///< the year or the mission code
    std::vector<std::int64_t> values;
};

/// One statistic as a table: a label column and numeric columns.
struct StatTable {
    std::string id;          ///< "by_organisation", "by_mission", "by_gender", "days_abroad"
    std::string title;       ///< e.g. "Officers deployed per year, by organisation"
    std::string labelColumn; ///< "year" or "mission"
    std::vector<std::string> columns;
    std::vector<StatRow> rows;
};

/// The SQL of the by-organisation statistic, with `?1` today (ISO) and `?2` the
/// first year: what the benchmark runs in the sqlite3 shell to compare.
extern const char* const kByOrganisationSql;
/// The whole by-organisation statement (the tour-years CTE + kByOrganisationSql),
/// exactly as officersByOrganisation() runs it.
std::string byOrganisationSql();

/// Officers deployed per year (1997..today), one column per organisation.
StatTable officersByOrganisation(sdk::Database& db, sdk::Date today);
/// Per mission (in start order): officers, tours and days abroad.
StatTable byMission(sdk::Database& db, sdk::Date today);
/// Women, men and officers of another gender deployed per year.
StatTable byGender(sdk::Database& db, sdk::Date today);
/// Days abroad per year (all officers together).
StatTable daysAbroad(sdk::Database& db, sdk::Date today);
/// The four, in that order.
std::vector<StatTable> allStatistics(sdk::Database& db, sdk::Date today);

/// The statistics by id and title, in the order above (no query runs).
std::vector<std::pair<std::string, std::string>> statisticKinds();
/// One statistic by id; throws sdk::InputError for an unknown id.
StatTable statistic(sdk::Database& db, sdk::Date today, std::string_view id);

/// The table as a table file (CSV, CSV for Excel, .xlsx with the counts as
/// numbers, or JSON): the label column, then the columns.
QByteArray toFile(const StatTable& table, sdk::FileFormat format);
/// {"id", "title", "label", "columns": [...], "rows": [{"label": ..., "<column>": n, ...}]}
QJsonObject toJson(const StatTable& table);

} // namespace contingent::missions
