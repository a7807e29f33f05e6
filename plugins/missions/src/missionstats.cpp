#include "missionstats.h"

#include "missionrecords.h"

#include <contingent/sdk/tablefile.h>

#include <QJsonArray>
#include <QtGlobal>

#include <map>

namespace contingent::missions {

namespace {

// Every (tour, year) pair a counted tour touches, with its days in that year
// up to today: a recursive walk over the few years each tour spans, so the
// work grows with the tours, not with tours times years.
const char* const kTourYears = R"SQL(
WITH RECURSIVE counted AS (
    SELECT d.officer_id, d.mission_id, d.first_day,
           min(d.last_day, ?1) AS last_day,
           CAST(substr(d.first_day, 1, 4) AS INTEGER) AS first_year,
           CAST(substr(min(d.last_day, ?1), 1, 4) AS INTEGER) AS last_year
    FROM deployment d
    WHERE d.status IN ('approved', 'active', 'completed') AND d.first_day <= ?1
),
tour_year (officer_id, mission_id, first_day, last_day, year, last_year) AS (
    SELECT officer_id, mission_id, first_day, last_day, max(first_year, ?2), last_year
    FROM counted WHERE last_year >= ?2
    UNION ALL
    SELECT officer_id, mission_id, first_day, last_day, year + 1, last_year
    FROM tour_year WHERE year < last_year
)
)SQL";

std::string sql(std::string_view tail)
{
    return std::string(kTourYears).append(tail);
}

std::vector<std::string> yearLabels(sdk::Date today)
{
    std::vector<std::string> years;
    for (int y = kFirstStatisticsYear; y <= today.year(); ++y)
        years.push_back(std::to_string(y));
    return years;
}

/// Runs `query` (columns: year, column name, value) into a year-by-column table.
StatTable perYear(sdk::Database& db, sdk::Date today, std::string id, std::string title,
                  std::vector<std::string> columns, const std::string& query)
{
    StatTable table{std::move(id), std::move(title), "year", std::move(columns), {}};
    for (const std::string& y : yearLabels(today))
        table.rows.push_back({y, std::vector<std::int64_t>(table.columns.size(), 0)});
    sdk::Statement st(db, query);
    st.bindAll(today, kFirstStatisticsYear);
    while (st.step()) {
        const int row = st.integer(0) - kFirstStatisticsYear;
        const auto column = std::find(table.columns.begin(), table.columns.end(), st.text(1));
        if (row >= 0 && row < int(table.rows.size()) && column != table.columns.end())
            table.rows[std::size_t(row)].values[std::size_t(column - table.columns.begin())] =
                st.int64(2);
    }
    return table;
}

std::string titleOf(std::string_view id)
{
    for (const auto& [kind, title] : statisticKinds())
        if (kind == id)
            return title;
    return std::string(id);
}

} // namespace

const char* const kByOrganisationSql = R"SQL(
SELECT t.year, m.organisation, count(DISTINCT t.officer_id)
FROM tour_year t JOIN mission m ON m.id = t.mission_id
GROUP BY t.year, m.organisation ORDER BY t.year, m.organisation
)SQL";

std::string byOrganisationSql()
{
    return sql(kByOrganisationSql);
}

StatTable officersByOrganisation(sdk::Database& db, sdk::Date today)
{
    return perYear(db, today, "by_organisation", titleOf("by_organisation"),
                   {std::begin(kOrganisations), std::end(kOrganisations)}, byOrganisationSql());
}

StatTable byGender(sdk::Database& db, sdk::Date today)
{
    return perYear(db, today, "by_gender", titleOf("by_gender"), {"women", "men", "other"},
                   sql(R"SQL(
SELECT t.year, CASE o.gender WHEN 'F' THEN 'women' WHEN 'M' THEN 'men' ELSE 'other' END,
       count(DISTINCT t.officer_id)
FROM tour_year t JOIN officer o ON o.id = t.officer_id
GROUP BY 1, 2
)SQL"));
}

StatTable daysAbroad(sdk::Database& db, sdk::Date today)
{
    return perYear(db, today, "days_abroad", titleOf("days_abroad"), {"days"}, sql(R"SQL(
SELECT year, 'days', sum(julianday(min(last_day, year || '-12-31'))
                         - julianday(max(first_day, year || '-01-01')) + 1)
FROM tour_year GROUP BY year
)SQL"));
}

StatTable byMission(sdk::Database& db, sdk::Date today)
{
    StatTable table{
        "by_mission", titleOf("by_mission"), "mission", {"officers", "tours", "days"}, {}};
    sdk::Statement st(db, R"SQL(
SELECT m.code, count(DISTINCT d.officer_id), count(d.id),
       coalesce(sum(julianday(min(d.last_day, ?1)) - julianday(d.first_day) + 1), 0)
FROM mission m JOIN deployment d ON d.mission_id = m.id
     AND d.status IN ('approved', 'active', 'completed') AND d.first_day <= ?1
GROUP BY m.id ORDER BY m.start_date, m.code
)SQL");
    st.bindAll(today);
    while (st.step())
        table.rows.push_back({st.text(0), {st.int64(1), st.int64(2), st.int64(3)}});
    return table;
}

std::vector<StatTable> allStatistics(sdk::Database& db, sdk::Date today)
{
    return {officersByOrganisation(db, today), byMission(db, today), byGender(db, today),
            daysAbroad(db, today)};
}

std::vector<std::pair<std::string, std::string>> statisticKinds()
{
    // The titles are English here (CSV, JSON); the page shows them translated.
    return {{"by_organisation", QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend",
                                                  "Officers deployed per year, by organisation")},
            {"by_mission", QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend",
                                             "Officers, tours and days abroad per mission")},
            {"by_gender", QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend",
                                            "Women and men deployed per year")},
            {"days_abroad",
             QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "Days abroad per year")}};
}

StatTable statistic(sdk::Database& db, sdk::Date today, std::string_view id)
{
    if (id == "by_organisation")
        return officersByOrganisation(db, today);
    if (id == "by_mission")
        return byMission(db, today);
    if (id == "by_gender")
        return byGender(db, today);
    if (id == "days_abroad")
        return daysAbroad(db, today);
    throw sdk::InputError("there is no statistic " + sdk::quoted(id));
}

QByteArray toFile(const StatTable& table, sdk::FileFormat format)
{
    std::vector<sdk::TableColumn> columns{{table.labelColumn, sdk::CellType::Text}};
    for (const std::string& c : table.columns)
        columns.push_back({c, sdk::CellType::Integer});
    std::vector<std::vector<std::string>> rows;
    for (const StatRow& row : table.rows) {
        auto& line = rows.emplace_back(std::vector<std::string>{row.label});
        for (std::int64_t v : row.values)
            line.push_back(std::to_string(v));
    }
    return sdk::writeTable(format, table.title, columns, rows);
}

QJsonObject toJson(const StatTable& table)
{
    QJsonArray columns;
    for (const std::string& c : table.columns)
        columns.append(QString::fromStdString(c));
    QJsonArray rows;
    for (const StatRow& row : table.rows) {
        QJsonObject o{{QStringLiteral("label"), QString::fromStdString(row.label)}};
        for (std::size_t i = 0; i < row.values.size(); ++i)
            o.insert(QString::fromStdString(table.columns[i]), qint64(row.values[i]));
        rows.append(o);
    }
    return {{QStringLiteral("id"), QString::fromStdString(table.id)},
            {QStringLiteral("title"), QString::fromStdString(table.title)},
            {QStringLiteral("label"), QString::fromStdString(table.labelColumn)},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("rows"), rows}};
}

} // namespace contingent::missions
