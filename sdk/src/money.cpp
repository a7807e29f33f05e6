#include "contingent/sdk/money.h"

#include "contingent/sdk/error.h"

#include <cstdlib>
#include <limits>
#include <string>

namespace contingent::sdk {

namespace {

/// 128-bit intermediates: a product of two amounts never overflows on the way.
__extension__ typedef __int128 Wide;

[[noreturn]] void overflow(const char* what)
{
    throw InputError(std::string("amount too large: ") + what + " overflows");
}

/// a / b rounded half away from zero (b != 0), without overflow for |a| < 2^62.
std::int64_t divideRounded(Wide a, Wide b)
{
    if (b < 0) {
        a = -a;
        b = -b;
    }
    const Wide quotient = a / b;
    const Wide remainder = a % b;
    Wide result = quotient;
    if (2 * (remainder < 0 ? -remainder : remainder) >= b)
        result += a < 0 ? -1 : 1;
    if (result > std::numeric_limits<std::int64_t>::max()
        || result < std::numeric_limits<std::int64_t>::min())
        overflow("a scaled amount");
    return std::int64_t(result);
}

bool isSpace(char32_t c)
{
    return c == U' ' || c == U'\u00a0' || c == U'\u202f' || c == U'\'' || c == U'\t';
}

} // namespace

Money Money::parse(std::string_view text, const QLocale& locale)
{
    const QString original = QString::fromUtf8(text.data(), qsizetype(text.size())).trimmed();
    const auto refuse = [&](const char* why) {
        throw InputError("\"" + original.toStdString() + "\" is not an amount of money (" + why
                         + ")");
    };
    QString s = original;
    s.remove(QStringLiteral("EUR"), Qt::CaseInsensitive);
    s.remove(QChar(0x20AC)); // €
    bool negative = false;
    QString digits; // digits and at most one '.' for the decimal separator
    // Which of ',' and '.' separates the decimals: the last one present, when
    // one or two digits follow it; else the locale's decimal point.
    const qsizetype lastComma = s.lastIndexOf(','), lastPoint = s.lastIndexOf('.');
    const qsizetype last = std::max(lastComma, lastPoint);
    QChar decimal = locale.decimalPoint().isEmpty() ? QChar('.') : locale.decimalPoint().at(0);
    if (last >= 0) {
        qsizetype after = 0;
        for (qsizetype i = last + 1; i < s.size() && s.at(i).isDigit(); ++i)
            ++after;
        const bool bothPresent = lastComma >= 0 && lastPoint >= 0;
        if (bothPresent || after != 3)
            decimal = s.at(last);
        else if (decimal != ',' && decimal != '.')
            decimal = '.';
        // "1.234" in an English locale is 1.234 euros rounded; in Slovene 1234 euros.
    }
    bool seenDigit = false, seenDecimal = false;
    for (const QChar c : s) {
        if (c.isDigit()) {
            digits += c;
            seenDigit = true;
        } else if (c == decimal && !seenDecimal) {
            digits += '.';
            seenDecimal = true;
        } else if ((c == '-' || c == QChar(0x2212)) && !seenDigit && !negative) {
            negative = true;
        } else if (c == '+' && !seenDigit) {
        } else if ((c == ',' || c == '.' || isSpace(c.unicode())) && seenDigit && !seenDecimal) {
            // a thousands separator
        } else if (isSpace(c.unicode())) {
        } else {
            refuse("unexpected characters");
        }
    }
    if (!seenDigit)
        refuse("no digits");
    const qsizetype point = digits.indexOf('.');
    const QString whole = point < 0 ? digits : digits.left(point);
    QString fraction = point < 0 ? QString() : digits.mid(point + 1);
    if (whole.size() > 15)
        refuse("too large");
    Wide cents = Wide(whole.isEmpty() ? 0 : whole.toLongLong()) * 100;
    // Cents from the first two decimals, the rest rounds half away from zero.
    const QString firstTwo = (fraction + QStringLiteral("00")).left(2);
    cents += firstTwo.toInt();
    if (fraction.size() > 2 && fraction.at(2).digitValue() >= 5)
        cents += 1;
    return Money(std::int64_t(negative ? -cents : cents));
}

QString Money::format(const QLocale& locale) const
{
    const std::int64_t magnitude = m_cents < 0 ? -m_cents : m_cents;
    QString amount = locale.toString(qlonglong(magnitude / 100)) + locale.decimalPoint()
                     + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QChar('0'));
    if (m_cents < 0)
        amount.prepend(locale.negativeSign());
    if (locale.language() == QLocale::English)
        return QChar(0x20AC) + amount;
    return amount + QChar(0x00A0) + QChar(0x20AC);
}

std::string Money::toPlainString() const
{
    const std::int64_t magnitude = m_cents < 0 ? -m_cents : m_cents;
    std::string cents = std::to_string(magnitude % 100);
    if (cents.size() < 2)
        cents.insert(0, "0");
    return (m_cents < 0 ? "-" : "") + std::to_string(magnitude / 100) + "." + cents;
}

Money Money::scaled(std::int64_t numerator, std::int64_t denominator) const
{
    if (denominator == 0)
        throw InputError("a share with a zero denominator");
    return Money(divideRounded(Wide(m_cents) * numerator, denominator));
}

Money Money::operator+(Money other) const
{
    std::int64_t sum = 0;
    if (__builtin_add_overflow(m_cents, other.m_cents, &sum))
        overflow("a sum");
    return Money(sum);
}

Money Money::operator-(Money other) const
{
    std::int64_t difference = 0;
    if (__builtin_sub_overflow(m_cents, other.m_cents, &difference))
        overflow("a difference");
    return Money(difference);
}

Money Money::operator*(std::int64_t times) const
{
    std::int64_t product = 0;
    if (__builtin_mul_overflow(m_cents, times, &product))
        overflow("a product");
    return Money(product);
}

} // namespace contingent::sdk
