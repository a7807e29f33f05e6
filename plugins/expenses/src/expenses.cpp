#include "expenses.h"

#include <contingent/sdk/page.h>
#include <contingent/sdk/tablefile.h>

#include <QCoreApplication>
#include <QJsonObject>

#include <charconv>

namespace contingent::expenses {

namespace {

constexpr std::string_view kNames[] = {"travel", "home_leave",      "separated_living",
                                       "moving", "daily_allowance", "danger_bonus",
                                       "other"};

int wholeNumber(const std::string& key, const std::string& text, int low, int high)
{
    int n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size() || n < low || n > high)
        throw sdk::InputError(key + ": " + sdk::quoted(text) + " is not a whole number from "
                              + std::to_string(low) + " to " + std::to_string(high));
    return n;
}

/// "0.86" or "1,0825" as ten-thousandths; above zero, at most 4 decimals.
std::int64_t usdRate(const std::string& key, const std::string& text)
{
    std::string t = sdk::trimmed(text);
    for (char& c : t)
        if (c == ',')
            c = '.';
    const auto point = t.find('.');
    const std::string whole = t.substr(0, point);
    const std::string fraction = point == std::string::npos ? "" : t.substr(point + 1);
    const auto digits = [](const std::string& s) {
        return s.find_first_not_of("0123456789") == std::string::npos;
    };
    if (whole.empty() || whole.size() > 3 || !digits(whole) || !digits(fraction)
        || fraction.size() > 4)
        throw sdk::InputError(key + ": " + sdk::quoted(text)
                              + " is not euros per US dollar with at most four decimals (0.8600)");
    std::int64_t value = std::stoll(whole) * 10000;
    if (!fraction.empty())
        value += std::stoll(fraction + std::string(4 - fraction.size(), '0'));
    if (value <= 0)
        throw sdk::InputError(key + ": the rate must be above zero");
    return value;
}

std::string translated(const char* text)
{
    return QCoreApplication::translate("contingent::expenses", text).toStdString();
}

} // namespace

std::string categoryTitle(Category c)
{
    switch (c) {
    case Category::Travel:
        return translated(QT_TRANSLATE_NOOP("contingent::expenses", "travel"));
    case Category::HomeLeave:
        return translated(QT_TRANSLATE_NOOP("contingent::expenses", "home leave"));
    case Category::SeparatedLiving:
        return translated(QT_TRANSLATE_NOOP("contingent::expenses", "separated living"));
    case Category::Moving:
        return translated(QT_TRANSLATE_NOOP("contingent::expenses", "moving"));
    case Category::DailyAllowance:
        return translated(QT_TRANSLATE_NOOP("contingent::expenses", "daily allowance"));
    case Category::DangerBonus:
        return translated(QT_TRANSLATE_NOOP("contingent::expenses", "danger bonus"));
    case Category::Other:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("contingent::expenses", "other"));
}

std::string_view toString(Category category)
{
    return kNames[static_cast<int>(category)];
}

Category categoryFromString(std::string_view text)
{
    for (Category c : kCategories)
        if (toString(c) == text)
            return c;
    std::string all;
    for (std::string_view name : kNames)
        all += (all.empty() ? "" : ", ") + std::string(name);
    throw sdk::InputError("unknown category " + sdk::quoted(text) + " (" + all + ")");
}

std::string_view legalBasis(Category category)
{
    return category == Category::DangerBonus ? "Police Act, Art. 93"
           : category == Category::Other     ? ""
                                             : "Police Act, Art. 79";
}

bool isPerDay(Category category)
{
    return category == Category::SeparatedLiving || category == Category::DailyAllowance
           || category == Category::DangerBonus;
}

ExpenseSettings readSettings(sdk::Context& context)
{
    sdk::PluginSettings s = context.settings();
    ExpenseSettings out;
    if (const auto v = s.value("home_leave_months"))
        out.homeLeaveMonths = wholeNumber("home_leave_months", *v, 0, 24);
    if (const auto v = s.value("danger_bonus"))
        out.dangerMode = *v == "fixed" ? DangerBonusMode::Fixed : DangerBonusMode::Percent;
    if (const auto v = s.value("danger_bonus_percent"))
        out.dangerPercent = wholeNumber("danger_bonus_percent", *v, 0, 100);
    if (const auto v = s.value("usd_rate"))
        out.eurPerUsd = usdRate("usd_rate", *v);
    return out;
}

std::string usdRateText(std::int64_t eurPerUsd)
{
    std::string fraction = std::to_string(eurPerUsd % 10000);
    return std::to_string(eurPerUsd / 10000) + "." + std::string(4 - fraction.size(), '0')
           + fraction;
}

void writeSetting(sdk::Context& context, const std::string& key, const std::string& value)
{
    if (context.user().role != sdk::Role::Admin)
        throw sdk::InputError("only an admin may change the expenses settings");
    std::string stored = sdk::trimmed(value);
    if (key == "home_leave_months")
        stored = std::to_string(wholeNumber(key, stored, 0, 24));
    else if (key == "danger_bonus_percent")
        stored = std::to_string(wholeNumber(key, stored, 0, 100));
    else if (key == "usd_rate")
        stored = usdRateText(usdRate(key, stored));
    else if (key == "danger_bonus") {
        if (stored != "percent" && stored != "fixed")
            throw sdk::InputError("danger_bonus: " + sdk::quoted(value)
                                  + " is not percent or fixed");
    } else
        throw sdk::InputError("unknown setting " + sdk::quoted(key)
                              + " (home_leave_months, danger_bonus, danger_bonus_percent, "
                                "usd_rate)");
    context.settings().setValue(key, stored);
    announce(context, "setting", 0, sdk::ChangeKind::Updated);
    context.audit().record("set", "expenses.setting", std::nullopt,
                           QJsonObject{{"key", QString::fromStdString(key)},
                                       {"value", QString::fromStdString(stored)}});
}

void announce(sdk::Context& context, const char* entity, std::int64_t id, sdk::ChangeKind kind)
{
    context.changes().announceAfterCommit(
        context.store(), QStringLiteral("expenses.") + QLatin1String(entity), id, kind);
}

void requireEditor(sdk::Context& context, std::string_view what)
{
    if (!sdk::canEdit(context.user().role))
        throw sdk::InputError("a " + std::string(sdk::toString(context.user().role)) + " may not "
                              + std::string(what));
}

} // namespace contingent::expenses
