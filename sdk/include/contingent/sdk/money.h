#pragma once
/// @file money.h
/// Money: euros in whole cents, never floating point. Expenses, allowances and
/// insurance amounts are Money; rates and shares are whole numbers (a share is
/// numerator / denominator) applied with scaled(), which rounds half away
/// from zero (0.5 cent becomes 1 cent, -0.5 cent becomes -1 cent).

#include "contingent/sdk/export.h"

#include <QLocale>
#include <QString>

#include <compare>
#include <cstdint>
#include <string_view>

namespace contingent::sdk {

/// An amount in euro cents. Its layout is one 64-bit integer and stays so.
class Money {
public:
    constexpr Money() = default;
    /// `cents` euro cents (EUR 1.50 is fromCents(150)).
    static constexpr Money fromCents(std::int64_t cents) { return Money(cents); }
    constexpr std::int64_t cents() const { return m_cents; }

    /// Parses an amount as people write it: "1234.56", "1 234,56", "1.234,56 €",
    /// "€1,234.56", "EUR 12", "-3,5". Of "," and ".", the one that comes last
    /// with one or two digits after it is the decimal separator (else the
    /// locale's); the other groups thousands. More than two decimals round half
    /// away from zero. Throws InputError naming the text.
    CONTINGENT_SDK_EXPORT static Money parse(std::string_view text,
                                             const QLocale& locale = QLocale());
    /// "1.234,56 €" in Slovene, "€1,234.56" in English: the locale's
    /// separators, always two decimals.
    CONTINGENT_SDK_EXPORT QString format(const QLocale& locale = QLocale()) const;
    /// "1234.56": no grouping, a point, for files and the store's text.
    CONTINGENT_SDK_EXPORT std::string toPlainString() const;

    /// This amount times numerator / denominator, rounded half away from zero
    /// (70 % of an allowance: scaled(70, 100)). Throws InputError for a zero
    /// denominator or an overflow.
    CONTINGENT_SDK_EXPORT Money scaled(std::int64_t numerator, std::int64_t denominator) const;

    /// Sums and differences; throw InputError on overflow.
    CONTINGENT_SDK_EXPORT Money operator+(Money other) const;
    CONTINGENT_SDK_EXPORT Money operator-(Money other) const;
    /// Times a whole number (days, persons); throws InputError on overflow.
    CONTINGENT_SDK_EXPORT Money operator*(std::int64_t times) const;
    Money& operator+=(Money other) { return *this = *this + other; }
    Money& operator-=(Money other) { return *this = *this - other; }
    constexpr Money operator-() const { return Money(-m_cents); }
    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(std::int64_t cents)
        : m_cents(cents)
    {
    }
    std::int64_t m_cents = 0;
};

} // namespace contingent::sdk
