#include "expensesbackend.h"

#include "expensesbackendtext.h"

#include "claims.h"
#include "expensefiles.h"
#include "forecast.h"
#include "rates.h"
#include "reports.h"

#include <contingent/sdk/repositories.h>
#include <contingent/sdk/background.h>
#include <contingent/sdk/changes.h>
#include <contingent/sdk/tables.h>
#include <contingent/sdk/transaction.h>

#include <QCoreApplication>
#include <QTimer>

#include <map>
#include <memory>
#include <set>

namespace contingent::expenses {

using namespace text;

namespace {

/// The forecast of every tour of `year`, for its days in the year, read on its
/// own connection (the Home card computes it off the window's thread).
sdk::Money yearForecast(sdk::Database& db, const RateTable& rates, ExpenseSettings settings,
                        int year)
{
    const sdk::Period days(sdk::Date::fromYmd(year, 1, 1), sdk::Date::fromYmd(year, 12, 31));
    const Forecaster forecaster(rates, settings);
    ForecastTotals totals;
    forEachTour(db, {{}, {}, days, {}},
                [&](const TourInput& tour) { addTo(totals, forecaster.forecast(tour), days); });
    return totals.total;
}

/// An amount in its currency, as the user's language writes it ("1.234,56 €", "40,00 USD").
QString amountText(sdk::Money amount, const std::string& currency)
{
    if (currency == "EUR")
        return amount.format();
    return QLocale().toString(double(amount.cents()) / 100.0, 'f', 2) + " " + q(currency);
}

/// A legal basis in the user's language.
QString basisText(Category category)
{
    switch (category) {
    case Category::DangerBonus:
        return ExpensesBackend::tr("Police Act, Art. 93");
    case Category::Other:
        return {};
    default:
        return ExpensesBackend::tr("Police Act, Art. 79");
    }
}

/// What a forecast line is, in the user's language.
QString noteText(const ForecastLine& line)
{
    using E = ForecastLine::Event;
    if (!line.rate && line.units > 0)
        return ExpensesBackend::tr("no rate for these days: counts as nothing");
    switch (line.event) {
    case E::Out:
        return line.category == Category::Moving ? ExpensesBackend::tr("move out")
                                                 : ExpensesBackend::tr("journey out");
    case E::Back:
        return line.category == Category::Moving ? ExpensesBackend::tr("move back")
                                                 : ExpensesBackend::tr("journey back");
    case E::HomeLeaveTrip:
        return ExpensesBackend::tr("home-leave trip %1, there and back").arg(line.trip);
    case E::OrganisationPays:
        return ExpensesBackend::tr("paid by the mission's organisation");
    case E::None:
        break;
    }
    return {};
}

/// A tour's status in the user's language.
QString statusText(const std::string& status)
{
    static const char* const kNames[] = {
        QT_TRANSLATE_NOOP("contingent::expenses::ExpensesBackend", "planned"),
        QT_TRANSLATE_NOOP("contingent::expenses::ExpensesBackend", "proposed"),
        QT_TRANSLATE_NOOP("contingent::expenses::ExpensesBackend", "approved"),
        QT_TRANSLATE_NOOP("contingent::expenses::ExpensesBackend", "active"),
        QT_TRANSLATE_NOOP("contingent::expenses::ExpensesBackend", "completed"),
        QT_TRANSLATE_NOOP("contingent::expenses::ExpensesBackend", "cancelled")};
    for (const char* name : kNames)
        if (status == name)
            return QCoreApplication::translate("contingent::expenses::ExpensesBackend", name);
    return q(status);
}

/// How a line's amount comes about: "31 days × 7.00 EUR", "1 journey ×
/// 300.00 EUR", "20 of 29 days of 180.00 EUR a month" (a * marks a rate
/// that is not confirmed).
QString quantity(const ForecastLine& line, const ExpenseSettings& settings)
{
    if (!line.rate)
        return line.units > 0 ? ExpensesBackend::tr("no rate") : QString();
    const QString rate =
        amountText(line.rate->amount, line.rate->currency) + (line.rate->confirmed ? "" : " *");
    switch (line.category) {
    case Category::Travel:
        return ExpensesBackend::tr("%n journey(s) × %1", "", line.units).arg(rate);
    case Category::HomeLeave:
        return ExpensesBackend::tr("%n journey(s) × %1", "", line.units).arg(rate);
    case Category::Moving:
        return ExpensesBackend::tr("%n move(s) × %1", "", line.units).arg(rate);
    case Category::DangerBonus: {
        const int inMonth =
            sdk::Date::fromYmd(line.days.first().year(), line.days.first().month(), 1)
                .addMonths(1)
                .addDays(-1)
                .day();
        const QString monthly =
            line.rate->kind == RateKind::BaseSalary
                ? ExpensesBackend::tr("%1 % of %2").arg(settings.dangerPercent).arg(rate)
                : rate;
        return ExpensesBackend::tr("%1/%2 days × %3").arg(line.units).arg(inMonth).arg(monthly);
    }
    default:
        return ExpensesBackend::tr("%n day(s) × %1", "", line.units).arg(rate);
    }
}

/// The Home card's figures of a year, in cents: the forecast of every tour
/// for its days in the year, and the approved and paid claims dated in it
/// (-1: not available).
struct YearFigures {
    std::int64_t forecast = -1;
    std::int64_t spent = -1;
};

YearFigures yearFigures(sdk::Database& db, const RateTable& rates, ExpenseSettings settings,
                        int year)
{
    YearFigures f;
    f.forecast = yearForecast(db, rates, settings, year).cents();
    f.spent = db.queryValue<std::int64_t>(
                    "SELECT coalesce(sum(amount_cents), 0) FROM expenses_claim "
                    "WHERE day BETWEEN ? AND ? AND state IN ('approved', 'paid')",
                    sdk::Date::fromYmd(year, 1, 1), sdk::Date::fromYmd(year, 12, 31))
                  .value_or(0);
    return f;
}

} // namespace

ExpensesBackend::ExpensesBackend(sdk::Context& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&context.changes(), &sdk::ChangeNotifier::changed, this, [this](const QString& entity) {
        if (entity == QLatin1String("deployment") || entity == QLatin1String("mission")
            || entity.startsWith("expenses."))
            bump();
    });
}

void ExpensesBackend::bump()
{
    ++m_revision;
    emit changed();
    emit countsChanged();
    if (m_forecastRevision >= 0)
        emit cardChanged(); // the card re-reads, which works the year out again
}

bool ExpensesBackend::canEdit() const
{
    return sdk::canEdit(m_context.user().role);
}

bool ExpensesBackend::isAdmin() const
{
    return m_context.user().role == sdk::Role::Admin;
}

bool ExpensesBackend::isOfficer() const
{
    return m_context.user().role == sdk::Role::Officer;
}

QString ExpensesBackend::today() const
{
    return q(m_context.today().toIso());
}

int ExpensesBackend::year() const
{
    return m_context.today().year();
}

QVariantMap ExpensesBackend::failure(const QString& field, const QString& message) const
{
    return {{"ok", false}, {"errors", QVariantMap{{field, message}}}, {"message", message}};
}

int ExpensesBackend::waitingCount()
{
    // Read once per change, not once per binding that shows it; many claims are counted on a
    // worker with its own connection, not through the window's page cache (issue #16).
    sdk::Database& store = m_context.store();
    const sdk::CurrentUser user = m_context.user();
    return m_waiting.value(
        this, store, m_revision,
        [&] { return sdk::holdsAtLeast(store, "expenses_claim", m_backgroundFrom); },
        [user](sdk::Database& db) { return int(ClaimBook::waitingCount(db, user)); },
        [this] { emit countsChanged(); });
}

bool ExpensesBackend::countsLoading()
{
    waitingCount();
    return m_waiting.loading();
}

QString ExpensesBackend::spentThisYear()
{
    if (m_forecastRevision != m_revision)
        startYearForecast();
    return m_spentCents < 0 ? QString("…") : money(sdk::Money::fromCents(m_spentCents));
}

QString ExpensesBackend::forecastThisYear()
{
    if (m_forecastRevision != m_revision)
        startYearForecast();
    return m_forecastThisYear;
}

double ExpensesBackend::spentShare()
{
    if (m_forecastCents <= 0 || m_spentCents < 0)
        return 0;
    return double(m_spentCents) / double(m_forecastCents);
}

void ExpensesBackend::startYearForecast()
{
    try {
        m_forecastRevision = m_revision;
        auto rates = std::make_shared<const RateTable>(RateBook(m_context).all());
        const ExpenseSettings settings = readSettings(m_context);
        const int y = year();
        const int revision = m_revision;
        // An in-memory store answers at once, inside the getter that asked: no signal then.
        const auto reading = std::make_shared<bool>(true);
        // Both read every tour and claim of the year: off the window's thread, on its own
        // read-only connection, so Home's first frame does not wait.
        sdk::readInBackground<YearFigures>(
            this, m_context.store(),
            [rates, settings, y](sdk::Database& db) {
                return yearFigures(db, *rates, settings, y);
            },
            [this, revision, reading](YearFigures f, const std::string& error) {
                if (revision != m_revision)
                    return;
                if (!error.empty())
                    f = {-1, -1};
                m_forecastCents = f.forecast;
                m_spentCents = f.spent;
                m_forecastThisYear =
                    f.forecast < 0 ? tr("not available") : money(sdk::Money::fromCents(f.forecast));
                if (!*reading)
                    emit cardChanged();
            });
        *reading = false;
    } catch (const std::exception& e) {
        m_forecastThisYear = tr("not available: %1").arg(q(e.what()));
    }
}

QVariantList ExpensesBackend::tours(const QString& filter)
{
    std::string sql = "SELECT d.id, o.service_number, o.given_name || ' ' || o.family_name, "
                      "m.code, d.first_day, d.last_day, d.status FROM deployment d "
                      "JOIN officer o ON o.id = d.officer_id JOIN mission m ON m.id = d.mission_id "
                      "WHERE 1 ";
    const std::string like = "%" + filter.trimmed().toStdString() + "%";
    if (isOfficer())
        sql += "AND d.officer_id = ? ";
    if (!filter.trimmed().isEmpty())
        sql += "AND (o.service_number LIKE ?1 OR o.given_name || ' ' || o.family_name LIKE ?1 "
               "OR m.code LIKE ?1) ";
    sql += "ORDER BY d.first_day DESC, d.id DESC LIMIT 200";
    // ?1 is the filter; an officer's id takes the next number.
    if (isOfficer() && !filter.trimmed().isEmpty())
        sql.replace(sql.find("d.officer_id = ?"), 16, "d.officer_id = ?2");
    sdk::Statement st(m_context.store(), sql);
    if (!filter.trimmed().isEmpty())
        st.bind(1, like);
    if (isOfficer())
        st.bind(filter.trimmed().isEmpty() ? 1 : 2,
                m_context.user().officerId.value_or(sdk::OfficerId(0)));
    QVariantList out;
    while (st.step())
        out.append(
            QVariantMap{{"id", qint64(st.int64(0))},
                        {"label", q(st.text(2)) + " (" + q(st.text(1)) + ") · " + q(st.text(3))},
                        {"detail", q(st.text(4)) + " – " + q(st.text(5))},
                        {"status", statusText(st.text(6))}});
    return out;
}

QVariantMap ExpensesBackend::tour(qint64 id)
{
    try {
        TourQuery query;
        query.ids = {sdk::DeploymentId(id)};
        if (isOfficer())
            query.officer = m_context.user().officerId.value_or(sdk::OfficerId(0));
        const std::vector<TourInput> found = readTours(m_context.store(), query);
        if (found.empty())
            return {{"ok", false}, {"message", tr("There is no tour with id %1.").arg(id)}};
        const TourInput& t = found.front();
        const RateTable rates = RateBook(m_context).table();
        const ExpenseSettings settings = readSettings(m_context);
        const TourForecast f = Forecaster(rates, settings).forecast(t);
        QVariantList lines;
        std::map<Category, sdk::Money> byCategory;
        for (const ForecastLine& line : f.lines) {
            byCategory[line.category] += line.amount;
            lines.append(QVariantMap{
                {"month", q(monthKey(line.days.first()))},
                {"category", q(categoryTitle(line.category))},
                {"units", line.units},
                {"rate", quantity(line, settings)},
                {"amount", money(line.amount)},
                {"note", noteText(line)},
                {"missing", line.rate == nullptr && line.amount == sdk::Money() && line.units > 0},
                {"basis", basisText(line.category)}});
        }
        QVariantList categories;
        for (const auto& [category, amount] : byCategory)
            categories.append(QVariantMap{{"name", q(categoryTitle(category))},
                                          {"amount", money(amount)},
                                          {"basis", basisText(category)}});
        const TourTerms terms = tourTerms(m_context.store(), t.id);
        return {{"ok", true},
                {"id", qint64(t.id.value())},
                {"title", tr("Tour %1 · %2 · %3 – %4")
                              .arg(t.id.value())
                              .arg(q(t.missionCode), q(t.period.first().toIso()),
                                   q(t.period.last().toIso()))},
                {"country", q(t.country)},
                {"status", statusText(std::string(sdk::toString(t.status)))},
                {"highRisk", t.highRisk},
                {"firstDay", q(t.period.first().toIso())},
                {"lastDay", q(t.period.last().toIso())},
                {"lines", lines},
                {"categories", categories},
                {"total", money(f.total)},
                {"relocates", terms.relocates},
                {"organisationPays", terms.organisationPays
                                         ? QString(*terms.organisationPays ? "yes" : "no")
                                         : QString("mission")},
                {"missionPays", missionOrganisationPays(m_context.store(), t.mission)},
                {"missingRates", f.missingRates},
                {"unconfirmedRates", f.unconfirmedRates}};
    } catch (const std::exception& e) {
        return {{"ok", false}, {"message", q(e.what())}};
    }
}

QVariantMap ExpensesBackend::setTerms(qint64 id, bool relocates, const QString& organisationPays)
{
    try {
        TourTerms t;
        t.relocates = relocates;
        if (organisationPays == QLatin1String("yes") || organisationPays == QLatin1String("no"))
            t.organisationPays = organisationPays == QLatin1String("yes");
        sdk::WriteScope scope(m_context.store());
        setTourTerms(m_context, sdk::DeploymentId(id), t);
        scope.commit();
        return {{"ok", true}};
    } catch (const sdk::Error& e) {
        return failure({}, q(e.what()));
    }
}

QVariantList ExpensesBackend::categories()
{
    QVariantList out;
    for (Category c : kCategories)
        out.append(QVariantMap{
            {"key", q(toString(c))}, {"name", q(categoryTitle(c))}, {"perDay", isPerDay(c)}});
    return out;
}

QVariantList ExpensesBackend::claims(qint64 tourId, const QString& state)
{
    try {
        ClaimFilter filter;
        filter.limit = 500;
        if (tourId > 0)
            filter.tour = sdk::DeploymentId(tourId);
        if (!state.isEmpty())
            filter.state = claimStateFromString(state.toStdString());
        const sdk::CurrentUser& user = m_context.user();
        QVariantList out;
        for (const Claim& c : ClaimBook(m_context).list(filter))
            out.append(QVariantMap{
                {"id", qint64(c.id)},
                {"deployment", qint64(c.tour.value())},
                {"who", q(c.officerName) + " (" + q(c.serviceNumber) + ") · " + q(c.missionCode)},
                {"category", q(categoryTitle(c.category))},
                {"date", q(c.day.toIso())},
                {"amount", money(c.amount)},
                {"description", q(c.description)},
                {"state", q(toString(c.state))},
                {"reason", q(c.reason)},
                {"receipt", c.receipt ? q(*c.receipt) : QString()},
                {"paidOn", c.paidOn ? q(c.paidOn->toIso()) : QString()},
                {"mine", c.submittedBy == user.login}});
        return out;
    } catch (const std::exception& e) {
        return {};
    }
}

QVariantMap ExpensesBackend::submitClaim(const QVariantMap& form)
{
    static const std::map<std::string, QString> fields{
        {"deployment", "deployment"}, {"category", "category"},       {"date", "date"},
        {"amount", "amount"},         {"description", "description"}, {"receipt", "receipt"}};
    try {
        Claim c;
        const qint64 tour = form.value("deployment").toLongLong();
        if (tour <= 0)
            return failure("deployment", tr("Choose the tour."));
        c.tour = sdk::DeploymentId(tour);
        try {
            c.category = categoryFromString(form.value("category").toString().toStdString());
        } catch (const sdk::InputError& e) {
            return failure("category", q(e.what()));
        }
        const auto day =
            sdk::Date::tryFromIso(form.value("date").toString().trimmed().toStdString());
        if (!day)
            return failure("date", tr("Enter the date as YYYY-MM-DD."));
        c.day = *day;
        try {
            c.amount = sdk::Money::parse(form.value("amount").toString().toStdString());
        } catch (const sdk::InputError&) {
            return failure("amount", tr("Enter the amount in euros, e.g. 120.50."));
        }
        c.description = form.value("description").toString().toStdString();
        std::optional<sdk::Attachment> receipt;
        const QUrl file = form.value("receipt").toUrl();
        if (!file.isEmpty()) {
            try {
                receipt = sdk::readAttachment("receipt", localPath(file), kReceiptTypes);
            } catch (const sdk::InputError& e) {
                return failure("receipt", q(e.what()));
            }
        }
        sdk::WriteScope scope(m_context.store());
        const std::int64_t id = ClaimBook(m_context).add(c, receipt);
        scope.commit();
        return {{"ok", true}, {"id", qint64(id)}};
    } catch (const sdk::InputError& e) {
        return refusal(e.what(), fields);
    } catch (const sdk::Error& e) {
        return failure({}, q(e.what()));
    }
}

QVariantMap ExpensesBackend::decideClaim(qint64 id, bool approve, const QString& reason)
{
    try {
        sdk::WriteScope scope(m_context.store());
        ClaimBook(m_context).decide(id, approve, reason.toStdString());
        scope.commit();
        return {{"ok", true}};
    } catch (const sdk::Error& e) {
        return failure(QString(e.what()).startsWith("reason:") ? "reason" : "", q(e.what()));
    }
}

QVariantMap ExpensesBackend::payClaim(qint64 id)
{
    try {
        sdk::WriteScope scope(m_context.store());
        ClaimBook(m_context).pay(id, m_context.today());
        scope.commit();
        return {{"ok", true}};
    } catch (const sdk::Error& e) {
        return failure({}, q(e.what()));
    }
}

QVariantMap ExpensesBackend::withdrawClaim(qint64 id)
{
    try {
        sdk::WriteScope scope(m_context.store());
        ClaimBook(m_context).withdraw(id);
        scope.commit();
        return {{"ok", true}};
    } catch (const sdk::Error& e) {
        return failure({}, q(e.what()));
    }
}

QVariantMap ExpensesBackend::saveReceipt(qint64 id, const QUrl& file)
{
    try {
        const auto receipt = ClaimBook(m_context).receipt(id);
        if (!receipt)
            return failure({}, tr("Claim %1 has no receipt.").arg(id));
        const QString path = localPath(file);
        sdk::saveWholeFile(path, receipt->bytes);
        sdk::recordExport(m_context.audit(), "the claim's receipt", "", path.toStdString(),
                          "expenses.claim", id);
        return {{"ok", true}, {"path", path}};
    } catch (const sdk::Error& e) {
        return failure({}, q(e.what()));
    }
}

} // namespace contingent::expenses
