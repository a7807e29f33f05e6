#include "reports.h"

#include <array>

namespace contingent::expenses {

namespace {

void add(ReportRow& row, ClaimState state, sdk::Money amount)
{
    if (state == ClaimState::Approved || state == ClaimState::Paid)
        row.actual += amount;
    if (state == ClaimState::Paid)
        row.paid += amount;
    if (state == ClaimState::Submitted)
        row.waiting += amount;
}

std::vector<ReportRow> rowsOf(std::map<std::string, ReportRow>& map)
{
    std::vector<ReportRow> rows;
    rows.reserve(map.size());
    for (auto& [key, row] : map) {
        row.key = key;
        rows.push_back(row);
    }
    return rows;
}

} // namespace

void requireReader(sdk::Context& context, std::string_view what)
{
    if (context.user().role == sdk::Role::Officer)
        throw sdk::InputError(std::string(what)
                              + " is for the international cooperation staff; "
                                "`contingent expenses claims list` shows your own claims");
}

YearReport yearReport(sdk::Context& context, int year,
                      const std::function<void(const ReportRow& tour)>& eachTour)
{
    requireReader(context, "the expenses report");
    if (year < 1900 || year > 9999)
        throw sdk::InputError("year: " + std::to_string(year) + " is not a year");
    const sdk::Period days(sdk::Date::fromYmd(year, 1, 1), sdk::Date::fromYmd(year, 12, 31));
    sdk::Database& db = context.store();
    YearReport report;
    report.year = year;
    std::map<std::string, ReportRow> missions, categories, months;
    std::map<std::int64_t, ReportRow> tours;
    std::map<std::int64_t, std::string> missionOfTour;

    // The forecast of every tour in the year, for its days in the year.
    const RateTable rates = RateBook(context).table();
    const Forecaster forecaster(rates, readSettings(context));
    // Summed in arrays, line by line: the report adds up every line of every
    // tour of the year, and maps per tour would cost more than the forecast.
    std::array<sdk::Money, kCategories.size()> byCategory{};
    std::array<sdk::Money, 12> byMonth{};
    std::array<bool, kCategories.size()> categorySeen{};
    std::array<bool, 12> monthSeen{};
    ReportRow* mission = nullptr;
    std::string missionCode;
    forEachTour(db, {{}, {}, days, {}}, [&](const TourInput& tour) {
        const TourForecast f = forecaster.forecast(tour);
        sdk::Money total;
        for (const ForecastLine& line : f.lines) {
            if (!days.contains(line.days.first()))
                continue;
            const auto c = static_cast<std::size_t>(line.category);
            const auto m = std::size_t(line.days.first().month() - 1);
            byCategory[c] += line.amount;
            categorySeen[c] = true;
            byMonth[m] += line.amount;
            monthSeen[m] = true;
            total += line.amount;
        }
        report.missingRates += f.missingRates;
        report.unconfirmedRates += f.unconfirmedRates;
        if (!mission || missionCode != tour.missionCode) {
            missionCode = tour.missionCode;
            mission = &missions[missionCode];
        }
        mission->forecast += total;
        report.total.forecast += total;
        if (eachTour) {
            tours[tour.id.value()].forecast = total;
            missionOfTour[tour.id.value()] = tour.missionCode;
        }
        ++report.tours;
    });
    for (std::size_t c = 0; c < byCategory.size(); ++c)
        if (categorySeen[c])
            categories[std::string(toString(kCategories[c]))].forecast += byCategory[c];
    for (std::size_t m = 0; m < byMonth.size(); ++m)
        if (monthSeen[m])
            months[monthKey(sdk::Date::fromYmd(year, unsigned(m + 1), 1))].forecast += byMonth[m];

    // The claims of the year, summed by the store in one pass.
    sdk::Statement st(db, "SELECT c.deployment_id, m.code, c.category, substr(c.day, 1, 7), "
                          "c.state, sum(c.amount_cents), count(*) FROM expenses_claim c "
                          "JOIN deployment d ON d.id = c.deployment_id "
                          "JOIN mission m ON m.id = d.mission_id "
                          "WHERE c.day BETWEEN ? AND ? "
                          "GROUP BY c.deployment_id, c.category, substr(c.day, 1, 7), c.state");
    st.bindAll(days.first(), days.last());
    while (st.step()) {
        const ClaimState state = claimStateFromString(st.textView(4));
        const sdk::Money amount = sdk::Money::fromCents(st.int64(5));
        add(missions[st.text(1)], state, amount);
        add(categories[st.text(2)], state, amount);
        add(months[st.text(3)], state, amount);
        add(report.total, state, amount);
        if (eachTour) {
            add(tours[st.int64(0)], state, amount);
            missionOfTour.try_emplace(st.int64(0), st.text(1));
        }
        report.claims += int(st.int64(6));
    }
    report.missions = rowsOf(missions);
    report.categories = rowsOf(categories);
    report.months = rowsOf(months);
    report.total.key = std::to_string(year);
    if (eachTour)
        for (auto& [id, row] : tours) {
            row.key = std::to_string(id);
            row.mission = missionOfTour[id];
            eachTour(row);
        }
    return report;
}

std::vector<YearMissionActual> actualByYearAndMission(sdk::Database& db)
{
    std::vector<YearMissionActual> out;
    sdk::Statement st(db, "SELECT CAST(substr(c.day, 1, 4) AS INTEGER), m.code, "
                          "sum(c.amount_cents) FROM expenses_claim c "
                          "JOIN deployment d ON d.id = c.deployment_id "
                          "JOIN mission m ON m.id = d.mission_id "
                          "WHERE c.state IN ('approved', 'paid') "
                          "GROUP BY 1, 2 ORDER BY 1, 2");
    while (st.step())
        out.push_back({st.integer(0), st.text(1), sdk::Money::fromCents(st.int64(2))});
    return out;
}

} // namespace contingent::expenses
