#pragma once
/// @file dates.h
/// Civil dates and inclusive periods, as the law counts them.
///
/// Decisions made once, here, for every plugin:
/// - A Date is a proleptic Gregorian calendar day (no time, no zone).
/// - Text is strict ISO-8601 `YYYY-MM-DD`: exactly four, two and two digits,
///   a real day of that month ("2023-02-30", "2023-2-3" and "" are rejected).
/// - addMonths() is calendar-month arithmetic that clamps to the end of the
///   month: 2023-08-31 + 6 months = 2024-02-29; 2022-08-31 + 6 = 2023-02-28.
/// - A Period runs from its first to its last day, both inclusive; it lasts
///   lastDay - firstDay + 1 days.
/// - A period "lasts at most N months" when its last day comes before
///   firstDay.addMonths(N): 2024-01-15..2024-07-14 is six months, ..07-15 is not
///   (see Period::spansAtMostMonths and Period::ofMonths).

#include "contingent/sdk/export.h"
#include "contingent/sdk/error.h"

#include <date/date.h>

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace contingent::sdk {

/// Thrown for text that is not a valid ISO-8601 date or for an impossible period.
class CONTINGENT_SDK_EXPORT DateError : public Error {
public:
    using Error::Error;
};

/// A calendar day. Always valid: every way to make one checks the day exists.
class CONTINGENT_SDK_EXPORT Date {
public:
    /// The Unix epoch, 1970-01-01; only so Date can live in containers.
    Date() = default;
    /// From a year_month_day; throws DateError unless ymd.ok().
    explicit Date(date::year_month_day ymd);
    /// From numbers; throws DateError for a day that does not exist.
    static Date fromYmd(int year, unsigned month, unsigned day);
    /// Strict `YYYY-MM-DD`; throws DateError naming the text on anything else.
    static Date fromIso(std::string_view text);
    /// Like fromIso, but returns nothing instead of throwing.
    static std::optional<Date> tryFromIso(std::string_view text) noexcept;
    /// From a day count since 1970-01-01 (may be negative).
    static Date fromDays(date::sys_days days) { return Date(date::year_month_day(days)); }

    /// `YYYY-MM-DD`, the form the store keeps.
    std::string toIso() const;
    date::year_month_day ymd() const { return m_ymd; }
    date::sys_days sysDays() const { return date::sys_days(m_ymd); }
    int year() const { return int(m_ymd.year()); }
    unsigned month() const { return unsigned(m_ymd.month()); }
    unsigned day() const { return unsigned(m_ymd.day()); }

    /// The same day n calendar months later (n may be negative), clamped to the
    /// last day of the target month when that month is shorter.
    Date addMonths(int n) const;
    /// n days later (n may be negative).
    Date addDays(int n) const;
    /// Days from this date to `other` (negative when other is earlier).
    int daysUntil(Date other) const;

    friend bool operator==(Date, Date) = default;
    friend auto operator<=>(Date a, Date b) { return a.sysDays() <=> b.sysDays(); }

private:
    date::year_month_day m_ymd{date::year{1970}, date::January, date::day{1}};
};

/// An inclusive span of days: both the first and the last day belong to it.
class CONTINGENT_SDK_EXPORT Period {
public:
    /// Throws DateError when last comes before first.
    Period(Date first, Date last);
    /// Parses both ends (strict ISO) and checks their order.
    static Period fromIso(std::string_view first, std::string_view last);
    /// The longest period starting on `first` that lasts at most n months.
    static Period ofMonths(Date first, int months);

    Date first() const { return m_first; }
    Date last() const { return m_last; }
    /// Inclusive length: a one-day period has length 1.
    int lengthInDays() const;
    bool contains(Date d) const { return m_first <= d && d <= m_last; }
    bool contains(const Period& p) const { return m_first <= p.m_first && p.m_last <= m_last; }
    bool overlaps(const Period& p) const { return m_first <= p.m_last && p.m_first <= m_last; }
    /// The days both periods share, or nothing.
    std::optional<Period> intersection(const Period& p) const;
    /// True when the period ends before first().addMonths(n) (see the file comment).
    bool spansAtMostMonths(int months) const;
    /// `YYYY-MM-DD..YYYY-MM-DD`.
    std::string toString() const;

    friend bool operator==(const Period&, const Period&) = default;

private:
    Date m_first;
    Date m_last;
};

/// "1 day", "0 days", "23 days": a count of days in a finding's English text (the check
/// findings are English, as the store's audit is). Header-only, added in 1.0.x.
inline std::string dayCount(long long days)
{
    return std::to_string(days) + (days == 1 || days == -1 ? " day" : " days");
}

} // namespace contingent::sdk
