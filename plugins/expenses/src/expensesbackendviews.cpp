// The expenses pages' rate tables, settings, report, chart and files (the
// tours and claims are in expensesbackend.cpp).

#include "expensesbackend.h"

#include "expensefiles.h"
#include "expensesbackendtext.h"
#include "rates.h"
#include "reports.h"

#include <contingent/sdk/repositories.h>
#include <contingent/sdk/tables.h>
#include <contingent/sdk/transaction.h>

#include <set>

namespace contingent::expenses {

using namespace text;

namespace {

/// A kind of rate in the user's language.
QString kindText(RateKind kind)
{
    switch (kind) {
    case RateKind::DailyAllowance:
        return ExpensesBackend::tr("daily allowance abroad");
    case RateKind::Travel:
        return ExpensesBackend::tr("one journey");
    case RateKind::SeparatedLiving:
        return ExpensesBackend::tr("separated living a day");
    case RateKind::Moving:
        return ExpensesBackend::tr("one move");
    case RateKind::BaseSalary:
        return ExpensesBackend::tr("base monthly salary");
    case RateKind::DangerFixed:
        return ExpensesBackend::tr("fixed monthly danger bonus");
    }
    return {};
}

} // namespace

QVariantList ExpensesBackend::rates(const QString& filter)
{
    QVariantList out;
    const QString f = filter.trimmed();
    for (const Rate& r : RateBook(m_context).all()) {
        const QString kind = q(toString(r.kind));
        const QString country =
            r.country == kOtherCountries ? tr("every other country") : q(r.country);
        if (!f.isEmpty() && !kind.contains(f, Qt::CaseInsensitive)
            && !kindText(r.kind).contains(f, Qt::CaseInsensitive)
            && !country.contains(f, Qt::CaseInsensitive))
            continue;
        out.append(QVariantMap{{"id", qint64(r.id)},
                               {"kind", kind},
                               {"kindName", kindText(r.kind)},
                               {"country", country},
                               {"validFrom", q(r.validFrom.toIso())},
                               {"validUntil", r.validUntil ? q(r.validUntil->toIso()) : QString()},
                               {"amount", q(r.amount.toPlainString())},
                               {"currency", q(r.currency)},
                               {"confirmed", r.confirmed},
                               {"source", q(r.source)}});
    }
    return out;
}

QVariantMap ExpensesBackend::addRate(const QVariantMap& form)
{
    static const QStringList fields{"kind",   "country",  "validFrom", "validUntil",
                                    "amount", "currency", "source"};
    try {
        Rate r;
        try {
            r.kind = rateKindFromString(form.value("kind").toString().toStdString());
        } catch (const sdk::InputError& e) {
            return failure("kind", q(e.what()));
        }
        r.country = form.value("country").toString().trimmed().toStdString();
        const auto from =
            sdk::Date::tryFromIso(form.value("validFrom").toString().trimmed().toStdString());
        if (!from)
            return failure("validFrom", tr("Enter the date as YYYY-MM-DD."));
        r.validFrom = *from;
        const QString until = form.value("validUntil").toString().trimmed();
        if (!until.isEmpty()) {
            r.validUntil = sdk::Date::tryFromIso(until.toStdString());
            if (!r.validUntil)
                return failure("validUntil",
                               tr("Enter the date as YYYY-MM-DD, or leave it empty."));
        }
        try {
            r.amount = sdk::Money::parse(form.value("amount").toString().toStdString());
        } catch (const sdk::InputError&) {
            return failure("amount", tr("Enter the amount, e.g. 40.00."));
        }
        r.currency = form.value("currency").toString().isEmpty()
                         ? std::string("EUR")
                         : form.value("currency").toString().toStdString();
        r.confirmed = form.value("confirmed", true).toBool();
        r.source = form.value("source").toString().trimmed().toStdString();
        sdk::WriteScope scope(m_context.store());
        const std::int64_t id = RateBook(m_context).add(r);
        scope.commit();
        return {{"ok", true}, {"id", qint64(id)}};
    } catch (const sdk::InputError& e) {
        return refusal(e.what(), {{"kind", "kind"},
                                  {"country", "country"},
                                  {"amount", "amount"},
                                  {"currency", "currency"},
                                  {"valid_from", "validFrom"},
                                  {"valid_until", "validUntil"}});
    } catch (const sdk::Error& e) {
        return failure({}, q(e.what()));
    }
}

QVariantMap ExpensesBackend::removeRate(qint64 id)
{
    try {
        sdk::WriteScope scope(m_context.store());
        RateBook(m_context).remove(id);
        scope.commit();
        return {{"ok", true}};
    } catch (const sdk::Error& e) {
        return failure({}, q(e.what()));
    }
}

QVariantMap ExpensesBackend::settings()
{
    try {
        const ExpenseSettings s = readSettings(m_context);
        return {{"homeLeaveMonths", s.homeLeaveMonths},
                {"dangerBonus", s.dangerMode == DangerBonusMode::Fixed ? "fixed" : "percent"},
                {"dangerPercent", s.dangerPercent},
                {"usdRate", q(usdRateText(s.eurPerUsd))}};
    } catch (const std::exception& e) {
        return {{"message", q(e.what())}};
    }
}

QVariantMap ExpensesBackend::setSetting(const QString& key, const QString& value)
{
    try {
        sdk::WriteScope scope(m_context.store());
        writeSetting(m_context, key.toStdString(), value.toStdString());
        scope.commit();
        return {{"ok", true}};
    } catch (const sdk::Error& e) {
        return failure(key, q(e.what()));
    }
}

QVariantMap ExpensesBackend::report(int year)
{
    try {
        const YearReport r = yearReport(m_context, year);
        const auto rows = [](const std::vector<ReportRow>& list, bool categories) {
            QVariantList out;
            for (const ReportRow& row : list) {
                QString name = q(row.key);
                if (categories)
                    name = q(categoryTitle(categoryFromString(row.key)));
                out.append(QVariantMap{{"key", q(row.key)},
                                       {"name", name},
                                       {"forecast", money(row.forecast)},
                                       {"actual", money(row.actual)},
                                       {"paid", money(row.paid)},
                                       {"waiting", money(row.waiting)},
                                       {"difference", money(row.actual - row.forecast)},
                                       {"forecastValue", double(row.forecast.cents()) / 100.0},
                                       {"actualValue", double(row.actual.cents()) / 100.0}});
            }
            return out;
        };
        return {{"ok", true},
                {"missions", rows(r.missions, false)},
                {"categories", rows(r.categories, true)},
                {"months", rows(r.months, false)},
                {"total", rows({r.total}, false).front()},
                {"tours", r.tours},
                {"claims", r.claims},
                {"missingRates", r.missingRates}};
    } catch (const sdk::Error& e) {
        return failure({}, q(e.what()));
    }
}

QVariantMap ExpensesBackend::chart()
{
    if (isOfficer())
        return {};
    QVariantList bars;
    std::set<int> years;
    std::set<std::string> missions;
    for (const YearMissionActual& a : actualByYearAndMission(m_context.store())) {
        years.insert(a.year);
        missions.insert(a.mission);
        bars.append(QVariantMap{{"year", a.year},
                                {"mission", q(a.mission)},
                                {"value", double(a.actual.cents()) / 100.0},
                                {"text", money(a.actual)}});
    }
    QVariantList y, m;
    for (int year : years)
        y.append(year);
    for (const std::string& code : missions)
        m.append(q(code));
    return {{"years", y}, {"missions", m}, {"bars", bars}};
}

QVariantMap ExpensesBackend::exportFile(const QString& what, const QUrl& file,
                                        const QString& format, int year)
{
    const QString path = localPath(file);
    try {
        const sdk::FileFormat f =
            sdk::fileFormatFromName((format.isEmpty() ? path : format).toStdString());
        const std::string dateFormat = sdk::spreadsheetDateFormat(QLocale());
        QByteArray bytes;
        if (what == QLatin1String("rates"))
            bytes = exportRates(m_context, f, dateFormat);
        else if (what == QLatin1String("claims"))
            bytes = exportClaims(m_context, f, dateFormat);
        else
            bytes = exportReport(m_context, year, f, dateFormat);
        sdk::saveWholeFile(path, bytes);
        sdk::recordExport(m_context.audit(),
                          what == QLatin1String("rates") ? "the expense rates"
                          : what == QLatin1String("claims")
                              ? "the expense claims"
                              : "the expenses of " + std::to_string(year),
                          format.toStdString(), path.toStdString());
        return {{"ok", true}, {"path", path}};
    } catch (const sdk::Error& e) {
        return failure({}, q(e.what()));
    }
}

QVariantMap ExpensesBackend::importFile(const QString& what, const QUrl& file)
{
    const QString path = localPath(file);
    try {
        const QByteArray bytes = sdk::readWholeFile(path);
        const sdk::FileFormat f = sdk::fileFormatFromName(path.toStdString());
        const sdk::ImportReport report = what == QLatin1String("rates")
                                             ? importRates(m_context, bytes, f)
                                             : importClaims(m_context, bytes, f);
        if (!report.ok())
            return {{"ok", false},
                    {"message", tr("Nothing was imported from %1:").arg(path)},
                    {"text", q(sdk::describe(report))}};
        return {{"ok", true}, {"added", report.added}, {"path", path}};
    } catch (const sdk::Error& e) {
        return failure({}, q(e.what()));
    }
}

} // namespace contingent::expenses
