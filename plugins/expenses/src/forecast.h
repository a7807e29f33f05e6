#pragma once
// The forecast of what a tour will cost (Police Act, Art. 79 and 93): each
// entitlement a line per calendar month, from the rate tables and the
// settings, rounded as expenses.h states.
//
//   - travel: the journey out on the first day and back on the last;
//   - home leave: a trip (two journeys) every homeLeaveMonths months of the
//     tour, on the day that many months after the first, while the tour lasts;
//   - separated living: every day of the tour;
//   - moving: a move out on the first day and back on the last, when the
//     officer relocates (a tour's term);
//   - daily allowance: every day, at the host country's rate of that day,
//     unless the mission's organisation pays its own allowance;
//   - danger bonus (Art. 93): on a high-risk tour (the tour's own level, else
//     the mission's), a month's bonus for each calendar month, in proportion
//     to its days on the tour.

#include "expenses.h"
#include "rates.h"

#include <contingent/sdk/context.h>

#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace contingent::expenses {

/// What the forecast knows of one tour.
struct TourInput {
    sdk::DeploymentId id;
    sdk::OfficerId officer;
    sdk::MissionId mission;
    std::string missionCode;
    sdk::Period period{sdk::Date(), sdk::Date()};
    sdk::DeploymentStatus status = sdk::DeploymentStatus::Planned;
    std::string country;
    bool highRisk = false;
    bool organisationPays = false;
    bool relocates = false;
};

/// One line of a forecast: a category's amount for some days of one month
/// (a journey or a move: its one day).
struct ForecastLine {
    Category category = Category::Travel;
    sdk::Period days{sdk::Date(), sdk::Date()};
    sdk::Money amount;
    /// Days, journeys or moves the amount is for.
    int units = 0;
    /// The rate used (owned by the RateTable), none when the table has none.
    const Rate* rate = nullptr;
    /// In words: "journey out", "no daily_allowance rate for Kosovo", ...
    std::string note;
    /// What the line is, for a window that says it in the user's language.
    enum class Event { None, Out, Back, HomeLeaveTrip, OrganisationPays };
    Event event = Event::None;
    /// The home-leave trip's number (1, 2, ...).
    int trip = 0;
};

/// The forecast of one tour.
struct TourForecast {
    TourInput tour;
    std::vector<ForecastLine> lines;
    sdk::Money total;
    /// Lines whose rate is missing (counted as nothing) or not confirmed.
    int missingRates = 0;
    int unconfirmedRates = 0;
};

/// Makes forecasts from one rate table and one set of settings.
class Forecaster {
public:
    Forecaster(const RateTable& rates, ExpenseSettings settings)
        : m_rates(rates)
        , m_settings(settings)
    {
    }
    TourForecast forecast(const TourInput& tour) const;
    /// A rate's amount in euros (a dollar rate converted with the setting).
    sdk::Money inEuros(const Rate& rate) const;

private:
    void perDay(TourForecast& out, const RateTable::Country& country, Category category,
                RateKind kind) const;
    void once(TourForecast& out, const RateTable::Country& country, Category category,
              RateKind kind, sdk::Date day, int units, std::string note, ForecastLine::Event event,
              int trip = 0) const;
    void dangerBonus(TourForecast& out, const RateTable::Country& country) const;
    const RateTable& m_rates;
    ExpenseSettings m_settings;
};

/// "2026-03".
std::string monthKey(sdk::Date day);

/// Which tours to read.
struct TourQuery {
    std::vector<sdk::DeploymentId> ids; ///< these tours (any status)
    std::optional<sdk::MissionId> mission;
    /// Tours that are not cancelled and overlap these days.
    std::optional<sdk::Period> overlapping;
    /// Only this officer's tours (an officer's own view).
    std::optional<sdk::OfficerId> officer;
};
std::vector<TourInput> readTours(sdk::Database& db, const TourQuery& query);
/// The same tours one at a time, in the same order, none of them kept: a year's forecast on a
/// big store reads tens of thousands (issue #16: the memory a sum takes does not grow with them).
void forEachTour(sdk::Database& db, const TourQuery& query,
                 const std::function<void(const TourInput&)>& each);

/// Sums of forecasts, optionally only the lines within `clip` (a year).
struct ForecastTotals {
    std::map<Category, sdk::Money> byCategory;
    std::map<std::string, sdk::Money> byMonth;
    sdk::Money total;
    int missingRates = 0;
    int unconfirmedRates = 0;
};
void addTo(ForecastTotals& totals, const TourForecast& forecast,
           const std::optional<sdk::Period>& clip = std::nullopt);

/// A tour's terms and a mission's (who pays the daily allowance, whether the
/// officer relocates). Writes are audited, for planners and admins.
struct TourTerms {
    bool relocates = false;
    /// Who pays the daily allowance when it is not the mission's rule.
    std::optional<bool> organisationPays;
};
TourTerms tourTerms(sdk::Database& db, sdk::DeploymentId tour);
void setTourTerms(sdk::Context& context, sdk::DeploymentId tour, const TourTerms& terms);
bool missionOrganisationPays(sdk::Database& db, sdk::MissionId mission);
void setMissionOrganisationPays(sdk::Context& context, sdk::MissionId mission, bool pays);

} // namespace contingent::expenses
