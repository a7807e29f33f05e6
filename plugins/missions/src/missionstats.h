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

/// The four statistics, computed together in one pass over the counted tours:
///   - by_organisation: officers deployed per year (1997..today), one column per organisation;
///   - by_mission: per mission (in start order): officers, tours and days abroad;
///   - by_gender: women, men and officers of another gender deployed per year;
///   - days_abroad: days abroad per year (all officers together).
std::vector<StatTable> allStatistics(sdk::Database& db, sdk::Date today);
/// One statistic as plain SQL (`?1` today, `?2` the first year), each computed on its own by
/// SQLite: the reference the tests compare allStatistics() with, and what the benchmark runs in
/// the sqlite3 shell. Rows are (year, column, value), or for by_mission (mission, officers,
/// tours, days). Throws sdk::InputError for an unknown id.
std::string referenceSql(std::string_view id);
/// The statement that reads the counted tours, the one pass of allStatistics() (`?1` today).
extern const char* const kCountedToursSql;

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
