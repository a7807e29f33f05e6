#pragma once
// The expenses plugin's vocabulary: what a tour costs, by category, each with
// its legal basis (Police Act, Art. 79 and 93), and the settings the forecast
// reads (with the planning defaults documented in the README).
//
// The rounding rule, stated once: every per-day amount is rounded to the cent
// for one day (a rate in dollars is converted per day), then multiplied by
// the days; a monthly amount (the danger bonus) is rounded once per calendar
// month for the days of that month on the tour (a whole month is the whole
// amount). Sums of rounded amounts are never rounded again. Money is always
// sdk::Money (integer cents), never floating point.

#include <contingent/sdk/changes.h>
#include <contingent/sdk/context.h>
#include <contingent/sdk/money.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace contingent::expenses {

/// What an entitlement or a claim is for.
enum class Category {
    Travel,          ///< a journey out, back, or of a home-leave trip (Art. 79)
    HomeLeave,       ///< the two journeys of a home-leave trip (Art. 79)
    SeparatedLiving, ///< per day abroad (Art. 79)
    Moving,          ///< one move, when the officer relocates (Art. 79)
    DailyAllowance,  ///< the host country's daily allowance (Art. 79; the Government's regulation)
    DangerBonus,     ///< monthly, on high-risk tours (Art. 93)
    Other,           ///< a claim for anything else (no forecast)
};

inline constexpr std::array kCategories{
    Category::Travel, Category::HomeLeave,      Category::SeparatedLiving,
    Category::Moving, Category::DailyAllowance, Category::DangerBonus,
    Category::Other};

/// "travel", "home_leave", "separated_living", "moving", "daily_allowance",
/// "danger_bonus", "other".
std::string_view toString(Category category);
/// Throws InputError "unknown category "x" (travel, home_leave, ...)".
Category categoryFromString(std::string_view text);
/// "daily allowance", in the user's language.
std::string categoryTitle(Category category);
/// "Police Act, Art. 79", or "Art. 93" for the danger bonus.
std::string_view legalBasis(Category category);
/// Whether the category is earned per day of the tour, so a claim for it must
/// fall within the tour: separated living, the daily allowance, the danger bonus.
bool isPerDay(Category category);

/// How the danger bonus (Art. 93) is reckoned.
enum class DangerBonusMode { Percent, Fixed };

/// The settings the forecast reads (plugin settings, with these defaults).
struct ExpenseSettings {
    /// One home-leave trip is due every this many months of a tour (0: none).
    int homeLeaveMonths = 3;
    /// Percent: dangerPercent of the base monthly salary; fixed: the rate
    /// table's danger_fixed amount per month.
    DangerBonusMode dangerMode = DangerBonusMode::Percent;
    int dangerPercent = 10;
    /// Euros per US dollar in ten-thousandths (8600: 1 USD = 0.8600 EUR), for
    /// the rates the regulation gives in dollars.
    std::int64_t eurPerUsd = 8600;
};

/// The settings of the store, defaults where none is stored; throws InputError
/// for a stored value that is not valid.
ExpenseSettings readSettings(sdk::Context& context);
/// Checks and stores one setting ("home_leave_months", "danger_bonus",
/// "danger_bonus_percent", "usd_rate"), audited; admins only. Throws
/// InputError naming the key and the value.
void writeSetting(sdk::Context& context, const std::string& key, const std::string& value);
/// "0.8600".
std::string usdRateText(std::int64_t eurPerUsd);

/// Announces a change of "expenses.<entity>" once the write commits (and not
/// if it is rolled back), so pages of every plugin re-read.
void announce(sdk::Context& context, const char* entity, std::int64_t id, sdk::ChangeKind kind);

/// Throws InputError naming `what` unless the user may edit (planners, admins).
void requireEditor(sdk::Context& context, std::string_view what);

} // namespace contingent::expenses
