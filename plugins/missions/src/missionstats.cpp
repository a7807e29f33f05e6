#include "missionstats.h"

#include "missionrecords.h"

#include <contingent/sdk/tablefile.h>

#include <QJsonArray>
#include <QtGlobal>

#include <date/date.h>

#include <algorithm>
#include <map>
#include <unordered_map>

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

/// A set of officers by id, as bits: inserting says whether the officer is new to the set.
class OfficerSet {
public:
    /// Room for `officers` bits, taken at the first insert: most sets (an organisation in a
    /// year it had no mission) stay empty and cost nothing.
    explicit OfficerSet(std::size_t officers = 0)
        : m_words((officers + 63) / 64)
    {
    }
    bool insert(std::int64_t id)
    {
        const auto i = std::size_t(id);
        if (m_bits.empty())
            m_bits.assign(m_words, 0);
        if (i / 64 >= m_bits.size())
            m_bits.resize(i / 64 + 1, 0);
        const std::uint64_t bit = std::uint64_t(1) << (i % 64);
        const bool added = !(m_bits[i / 64] & bit);
        m_bits[i / 64] |= bit;
        return added;
    }

private:
    std::size_t m_words;
    std::vector<std::uint64_t> m_bits;
};

/// The days since 1970 of a YYYY-MM-DD day as the store holds it.
int dayNumber(std::string_view iso)
{
    const auto digits = [&](std::size_t from, std::size_t n) {
        int v = 0;
        for (std::size_t i = from; i < from + n && i < iso.size(); ++i)
            v = v * 10 + (iso[i] - '0');
        return v;
    };
    const date::year_month_day ymd{date::year{digits(0, 4)}, date::month(unsigned(digits(5, 2))),
                                   date::day(unsigned(digits(8, 2)))};
    return int(date::sys_days(ymd).time_since_epoch().count());
}

int yearOf(int dayNumber)
{
    return int(date::year_month_day(date::sys_days(date::days(dayNumber))).year());
}

int firstDayOfYear(int year)
{
    return int(date::sys_days(date::year{year} / date::January / 1).time_since_epoch().count());
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

std::string referenceSql(std::string_view id)
{
    if (id == "by_organisation")
        return byOrganisationSql();
    if (id == "by_gender")
        return sql(R"SQL(
SELECT t.year, CASE o.gender WHEN 'F' THEN 'women' WHEN 'M' THEN 'men' ELSE 'other' END,
       count(DISTINCT t.officer_id)
FROM tour_year t JOIN officer o ON o.id = t.officer_id
GROUP BY 1, 2 ORDER BY 1, 2
)SQL");
    if (id == "days_abroad")
        return sql(R"SQL(
SELECT year, 'days', sum(julianday(min(last_day, year || '-12-31'))
                         - julianday(max(first_day, year || '-01-01')) + 1)
FROM tour_year GROUP BY year ORDER BY year
)SQL");
    if (id == "by_mission")
        return R"SQL(
SELECT m.code, count(DISTINCT d.officer_id), count(d.id),
       coalesce(sum(julianday(min(d.last_day, ?1)) - julianday(d.first_day) + 1), 0)
FROM mission m JOIN deployment d ON d.mission_id = m.id
     AND d.status IN ('approved', 'active', 'completed') AND d.first_day <= ?1
GROUP BY m.id ORDER BY m.start_date, m.code
)SQL";
    throw sdk::InputError("there is no statistic " + sdk::quoted(id));
}

// Nearly every tour has begun, so the pass reads the table in order (NOT INDEXED): SQLite
// would otherwise walk the index by first day and fetch each row from it, 7x slower.
const char* const kCountedToursSql =
    "SELECT officer_id, mission_id, first_day, min(last_day, ?1) FROM deployment NOT INDEXED "
    "WHERE status IN ('approved', 'active', 'completed') AND first_day <= ?1";

std::vector<StatTable> allStatistics(sdk::Database& db, sdk::Date today)
{
    // One pass over the counted tours. Each officer counts once per year (and per
    // organisation, per gender, per mission): a bit per officer in each of those sets, so
    // nothing is sorted and memory grows with the officers, a bit each, not with the tours.
    const int firstYear = kFirstStatisticsYear;
    const int years = std::max(0, today.year() - firstYear + 1);
    const auto officers = std::size_t(
        db.queryValue<std::int64_t>("SELECT coalesce(max(id), 0) + 1 FROM officer").value_or(1));
    std::vector<std::uint8_t> gender(officers, 2); // 0 women, 1 men, 2 another
    {
        sdk::Statement st(db, "SELECT id, gender FROM officer WHERE gender IN ('F', 'M')");
        while (st.step())
            gender[std::size_t(st.int64(0))] = st.textView(1) == "F" ? 0 : 1;
    }
    struct MissionTotals {
        std::string code;
        int organisation = -1; // in kOrganisations; -1: none of them
        OfficerSet officers;
        std::int64_t officerCount = 0, tours = 0, days = 0;
    };
    std::vector<MissionTotals> missions;
    std::unordered_map<std::int64_t, std::size_t> missionIndex;
    {
        sdk::Statement st(db, "SELECT id, code, organisation FROM mission "
                              "ORDER BY start_date, code");
        while (st.step()) {
            const auto org =
                std::find(std::begin(kOrganisations), std::end(kOrganisations), st.textView(2));
            missionIndex[st.int64(0)] = missions.size();
            missions.push_back(
                {st.text(1),
                 org == std::end(kOrganisations) ? -1 : int(org - std::begin(kOrganisations)),
                 OfficerSet(officers), 0, 0, 0});
        }
    }
    const std::size_t organisations = std::size(kOrganisations);
    std::vector<OfficerSet> byOrganisation(std::size_t(years) * organisations,
                                           OfficerSet(officers));
    std::vector<std::int64_t> organisationCounts(byOrganisation.size(), 0);
    std::vector<OfficerSet> byGender(std::size_t(years) * 3, OfficerSet(officers));
    std::vector<std::int64_t> genderCounts(byGender.size(), 0);
    std::vector<std::int64_t> daysPerYear(std::size_t(years), 0);

    sdk::Statement st(db, kCountedToursSql);
    st.bindAll(today);
    while (st.step()) {
        const std::int64_t officer = st.int64(0);
        const auto mission = missionIndex.find(st.int64(1));
        const int first = dayNumber(st.textView(2));
        const int last = dayNumber(st.textView(3));
        const std::uint8_t g =
            std::size_t(officer) < gender.size() ? gender[std::size_t(officer)] : 2;
        int org = -1;
        if (mission != missionIndex.end()) {
            MissionTotals& m = missions[mission->second];
            m.officerCount += m.officers.insert(officer);
            ++m.tours;
            m.days += last - first + 1;
            org = m.organisation;
        }
        for (int y = std::max(yearOf(first), firstYear), lastYear = yearOf(last); y <= lastYear;
             ++y) {
            const auto row = std::size_t(y - firstYear);
            daysPerYear[row] +=
                std::min(last, firstDayOfYear(y + 1) - 1) - std::max(first, firstDayOfYear(y)) + 1;
            if (org >= 0) {
                const std::size_t cell = row * organisations + std::size_t(org);
                organisationCounts[cell] += byOrganisation[cell].insert(officer);
            }
            genderCounts[row * 3 + g] += byGender[row * 3 + g].insert(officer);
        }
    }

    const std::vector<std::string> yearRows = yearLabels(today);
    const auto perYear = [&](std::string id, std::vector<std::string> columns,
                             const std::vector<std::int64_t>& counts) {
        StatTable table{id, titleOf(id), "year", std::move(columns), {}};
        const std::size_t width = table.columns.size();
        for (std::size_t row = 0; row < yearRows.size(); ++row)
            table.rows.push_back({yearRows[row],
                                  {counts.begin() + std::ptrdiff_t(row * width),
                                   counts.begin() + std::ptrdiff_t((row + 1) * width)}});
        return table;
    };
    StatTable byMissionTable{
        "by_mission", titleOf("by_mission"), "mission", {"officers", "tours", "days"}, {}};
    for (const MissionTotals& m : missions)
        if (m.tours > 0)
            byMissionTable.rows.push_back({m.code, {m.officerCount, m.tours, m.days}});
    return {perYear("by_organisation", {std::begin(kOrganisations), std::end(kOrganisations)},
                    organisationCounts),
            byMissionTable, perYear("by_gender", {"women", "men", "other"}, genderCounts),
            perYear("days_abroad", {"days"}, daysPerYear)};
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
    const auto kinds = statisticKinds();
    const auto kind =
        std::find_if(kinds.begin(), kinds.end(), [&](const auto& k) { return k.first == id; });
    if (kind == kinds.end())
        throw sdk::InputError("there is no statistic " + sdk::quoted(id));
    // The four come from one pass, as cheap as any one of them alone.
    return allStatistics(db, today)[std::size_t(kind - kinds.begin())];
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
