#include "contingent/sdk/dates.h"

#include <algorithm>
#include <cstdio>

namespace contingent::sdk {

namespace {

std::string quoted(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int digits(std::string_view s)
{
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

} // namespace

Date::Date(date::year_month_day ymd)
    : m_ymd(ymd)
{
    if (!ymd.ok())
        throw DateError("not a calendar day: " + date::format("%F", ymd));
}

Date Date::fromYmd(int year, unsigned month, unsigned day)
{
    const date::year_month_day ymd{date::year{year}, date::month{month}, date::day{day}};
    if (!ymd.ok())
        throw DateError("not a calendar day: " + std::to_string(year) + "-" + std::to_string(month)
                        + "-" + std::to_string(day));
    return Date(ymd);
}

std::optional<Date> Date::tryFromIso(std::string_view text) noexcept
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!isDigit(text[i]))
            return std::nullopt;
    const date::year_month_day ymd{date::year{digits(text.substr(0, 4))},
                                   date::month{unsigned(digits(text.substr(5, 2)))},
                                   date::day{unsigned(digits(text.substr(8, 2)))}};
    if (!ymd.ok())
        return std::nullopt;
    return Date(ymd);
}

Date Date::fromIso(std::string_view text)
{
    if (text.empty())
        throw DateError("empty date: expected YYYY-MM-DD");
    if (auto d = tryFromIso(text))
        return *d;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-')
        throw DateError("no such day: " + quoted(text));
    throw DateError("not an ISO date (YYYY-MM-DD): " + quoted(text));
}

std::string Date::toIso() const
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year(), month(), day());
    return buf;
}

Date Date::addMonths(int n) const
{
    const date::year_month ym = date::year_month(m_ymd.year(), m_ymd.month()) + date::months{n};
    const date::day lastDay =
        date::year_month_day_last(ym.year(), date::month_day_last(ym.month())).day();
    return Date(date::year_month_day(ym.year(), ym.month(), std::min(m_ymd.day(), lastDay)));
}

Date Date::addDays(int n) const
{
    return fromDays(sysDays() + date::days{n});
}

int Date::daysUntil(Date other) const
{
    return int((other.sysDays() - sysDays()).count());
}

Period::Period(Date first, Date last)
    : m_first(first)
    , m_last(last)
{
    if (last < first)
        throw DateError("period ends before it starts: " + first.toIso() + ".." + last.toIso());
}

Period Period::fromIso(std::string_view first, std::string_view last)
{
    return Period(Date::fromIso(first), Date::fromIso(last));
}

Period Period::ofMonths(Date first, int months)
{
    if (months < 1)
        throw DateError("a period of months needs at least one month, got "
                        + std::to_string(months));
    return Period(first, first.addMonths(months).addDays(-1));
}

int Period::lengthInDays() const
{
    return m_first.daysUntil(m_last) + 1;
}

std::optional<Period> Period::intersection(const Period& p) const
{
    if (!overlaps(p))
        return std::nullopt;
    return Period(std::max(m_first, p.m_first), std::min(m_last, p.m_last));
}

bool Period::spansAtMostMonths(int months) const
{
    return m_last < m_first.addMonths(months);
}

std::string Period::toString() const
{
    return m_first.toIso() + ".." + m_last.toIso();
}

} // namespace contingent::sdk
