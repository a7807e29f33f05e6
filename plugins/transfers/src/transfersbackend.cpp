#include "transfersbackend.h"

#include "transferdocument.h"
#include "transferfile.h"
#include "transferorders.h"

#include <contingent/sdk/repositories.h>
#include <contingent/sdk/changes.h>
#include <contingent/sdk/tables.h>
#include <contingent/sdk/transaction.h>

#include <QFile>
#include <QLocale>
#include <QSaveFile>

namespace contingent::transfers {

namespace {

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::optional<sdk::Date> dateOf(const QVariant& v)
{
    return sdk::Date::tryFromIso(v.toString().trimmed().toStdString());
}

} // namespace

TransfersBackend::TransfersBackend(sdk::Context& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&context.changes(), &sdk::ChangeNotifier::changed, this, [this](const QString& entity) {
        if (entity == QLatin1String("deployment") || entity.startsWith("transfers."))
            bump();
    });
}

void TransfersBackend::bump()
{
    ++m_revision;
    emit changed();
    emit countsChanged();
}

bool TransfersBackend::canEdit() const
{
    return sdk::canEdit(m_context.user().role);
}

bool TransfersBackend::isAdmin() const
{
    return m_context.user().role == sdk::Role::Admin;
}

bool TransfersBackend::isOfficer() const
{
    return m_context.user().role == sdk::Role::Officer;
}

QString TransfersBackend::today() const
{
    return q(m_context.today().toIso());
}

QVariantMap TransfersBackend::failure(const QString& field, const QString& message) const
{
    return {{"ok", false}, {"errors", QVariantMap{{field, message}}}, {"message", message}};
}

QVariantMap TransfersBackend::orderMap(const TransferOrder& o, const std::vector<RuleSet>& sets)
{
    const RuleSet rules = ruleSetOn(sets, o.period.first());
    const sdk::Date deadline = handOverDeadline(o.period.first(), rules.noticeDays);
    return {{"id", qint64(o.id)},
            {"tour", qint64(o.deployment.value())},
            {"number", q(o.number)},
            {"firstDay", q(o.period.first().toIso())},
            {"lastDay", q(o.period.last().toIso())},
            {"days", o.period.lengthInDays()},
            {"handedOn", o.handedOn ? q(o.handedOn->toIso()) : QString()},
            {"deadline", q(deadline.toIso())},
            {"late", o.handedOn && *o.handedOn > deadline},
            {"tooLong", !o.period.spansAtMostMonths(rules.maxMonths)},
            {"signedBy", q(o.signedBy)}};
}

QVariantList TransfersBackend::tours(const QString& filter)
{
    if (isOfficer())
        return {};
    return readTours(m_context.store(), filter);
}

void TransfersBackend::listTours(const QString& filter)
{
    if (isOfficer())
        return;
    // A big store: the tours still ahead or running, soonest first, looked up among all of
    // them with each one's orders; a worker reads them with its own connection, not through
    // the window's page cache (issue #16).
    sdk::Database& store = m_context.store();
    m_tourList.request(
        this, store, [&] { return sdk::holdsAtLeast(store, "deployment", m_toursFrom); },
        [filter](sdk::Database& db) { return readTours(db, filter); },
        [this] { emit tourListChanged(); });
}

QVariantList TransfersBackend::readTours(sdk::Database& db, const QString& filter)
{
    const std::string like = "%" + filter.trimmed().toStdString() + "%";
    sdk::Statement st(
        db, "SELECT d.id, o.family_name || ', ' || o.given_name, o.service_number, m.code, "
            "d.first_day, d.last_day, d.status, "
            "(SELECT count(*) FROM transfers_order t WHERE t.deployment_id = d.id), "
            "julianday(d.last_day) - julianday(d.first_day) + 1 - coalesce((SELECT "
            "sum(julianday(t.last_day) - julianday(t.first_day) + 1) FROM transfers_order t "
            "WHERE t.deployment_id = d.id), 0) "
            "FROM deployment d JOIN officer o ON o.id = d.officer_id "
            "JOIN mission m ON m.id = d.mission_id "
            "WHERE d.status NOT IN ('completed', 'cancelled') AND (?1 = '%%' OR o.family_name "
            "LIKE ?1 OR o.given_name LIKE ?1 OR o.service_number LIKE ?1 OR m.code LIKE ?1 "
            "OR CAST(d.id AS TEXT) = ?2) ORDER BY d.first_day, d.id LIMIT 300");
    st.bindAll(like, filter.trimmed().toStdString());
    QVariantList out;
    while (st.step())
        out.append(QVariantMap{{"id", qint64(st.int64(0))},
                               {"officer", q(st.textView(1))},
                               {"serviceNumber", q(st.textView(2))},
                               {"mission", q(st.textView(3))},
                               {"firstDay", q(st.textView(4))},
                               {"lastDay", q(st.textView(5))},
                               {"status", q(st.textView(6))},
                               {"orders", st.integer(7)},
                               {"uncovered", std::max(0, int(st.real(8)))}});
    return out;
}

QVariantList TransfersBackend::orders(qint64 tour)
{
    QVariantList out;
    const sdk::DeploymentId id(tour);
    // An officer sees the orders of their own tours only: one look at the tour.
    if (isOfficer()) {
        const auto found = m_context.deployments().find(id);
        if (!found || !m_context.user().officerId
            || found->officerId != *m_context.user().officerId)
            return out;
    }
    const auto sets = transfers::ruleSets(m_context.store());
    for (const TransferOrder& o : OrderBook(m_context).forTour(id))
        out.append(orderMap(o, sets));
    return out;
}

std::pair<int, int> TransfersBackend::dueCounts()
{
    if (isOfficer())
        return {0, 0};
    const sdk::Date today = m_context.today();
    const auto count = [today](sdk::Database& db) {
        const auto sets = transfers::ruleSets(db);
        int furthestNotice = 0;
        for (const RuleSet& s : sets)
            furthestNotice = std::max(furthestNotice, s.noticeDays);
        std::pair<int, int> due{0, 0};
        sdk::Statement st(db,
                          "SELECT t.first_day FROM transfers_order t JOIN deployment d "
                          "ON d.id = t.deployment_id WHERE t.handed_on IS NULL "
                          "AND t.first_day <= ? AND d.status NOT IN ('completed', 'cancelled')");
        st.bind(1, today.addDays(2 * furthestNotice));
        while (st.step()) {
            const sdk::Date first = st.date(0);
            const int notice = ruleSetOn(sets, first).noticeDays;
            const sdk::Date deadline = handOverDeadline(first, notice);
            if (deadline < today)
                ++due.second;
            else if (deadline <= today.addDays(notice))
                ++due.first;
        }
        return due;
    };
    // Many orders: the count looks up each waiting order's tour, which would fill the window's
    // page cache for one card; a worker reads it with its own (issue #16).
    sdk::Database& store = m_context.store();
    return m_dueCounts.value(
        this, store, m_revision,
        [&] { return sdk::holdsAtLeast(store, "transfers_order", m_backgroundFrom); }, count,
        [this] { emit countsChanged(); });
}

bool TransfersBackend::countsLoading()
{
    dueCounts();
    return m_dueCounts.loading();
}

QVariantList TransfersBackend::due()
{
    if (isOfficer())
        return {};
    const auto sets = transfers::ruleSets(m_context.store());
    const sdk::Date today = m_context.today();
    QVariantList overdue, soon;
    // Orders not handed over of tours still ahead or running; the deadline is
    // checked here, with the rule set of each order's first day.
    sdk::Statement st(m_context.store(),
                      "SELECT t.id, o.family_name || ', ' || o.given_name, m.code "
                      "FROM transfers_order t JOIN deployment d ON d.id = t.deployment_id "
                      "JOIN officer o ON o.id = d.officer_id JOIN mission m ON m.id = d.mission_id "
                      "WHERE t.handed_on IS NULL AND t.first_day <= ? "
                      "AND d.status NOT IN ('completed', 'cancelled') ORDER BY t.first_day, t.id");
    int furthestNotice = 0;
    for (const RuleSet& s : sets)
        furthestNotice = std::max(furthestNotice, s.noticeDays);
    st.bind(1, today.addDays(2 * furthestNotice));
    OrderBook book(m_context);
    while (st.step()) {
        const auto order = book.find(st.int64(0));
        QVariantMap m = orderMap(*order, sets);
        const sdk::Date deadline = *sdk::Date::tryFromIso(m["deadline"].toString().toStdString());
        const int notice = ruleSetOn(sets, order->period.first()).noticeDays;
        if (deadline > today.addDays(notice))
            continue;
        m["officer"] = q(st.textView(1));
        m["mission"] = q(st.textView(2));
        m["overdue"] = deadline < today;
        m["daysLeft"] = today.daysUntil(deadline);
        (deadline < today ? overdue : soon).append(m);
    }
    return overdue + soon;
}

int TransfersBackend::dueCount()
{
    return dueCounts().first;
}

int TransfersBackend::overdueCount()
{
    return dueCounts().second;
}

QVariantList TransfersBackend::myOrders()
{
    QVariantList out;
    const auto& user = m_context.user();
    if (!user.officerId)
        return out;
    const auto sets = transfers::ruleSets(m_context.store());
    for (const TransferOrder& o : OrderBook(m_context).forOfficer(*user.officerId)) {
        QVariantMap m = orderMap(o, sets);
        const sdk::Deployment d = m_context.deployments().get(o.deployment);
        m["mission"] = q(m_context.missions().get(d.missionId).code);
        out.append(m);
    }
    return out;
}

QVariantMap TransfersBackend::addOrder(const QVariantMap& form)
{
    QVariantMap errors;
    const auto first = dateOf(form["firstDay"]);
    const auto last = dateOf(form["lastDay"]);
    if (!first)
        errors["firstDay"] = tr("Enter the first day as YYYY-MM-DD.");
    if (!last)
        errors["lastDay"] = tr("Enter the last day as YYYY-MM-DD.");
    if (first && last && *last < *first)
        errors["lastDay"] = tr("The last day comes before the first day.");
    std::optional<sdk::Date> handed;
    if (!form["handedOn"].toString().trimmed().isEmpty()) {
        handed = dateOf(form["handedOn"]);
        if (!handed)
            errors["handedOn"] = tr("Enter the hand-over day as YYYY-MM-DD, or leave it empty.");
    }
    if (!errors.isEmpty())
        return {{"ok", false}, {"errors", errors}};
    TransferOrder o;
    const std::int64_t existing = form["id"].toLongLong();
    if (existing > 0) {
        const auto stored = OrderBook(m_context).find(existing);
        if (!stored)
            return failure(QString(), tr("There is no such order."));
        o = *stored;
    } else {
        o.signedBy = m_context.settings().value("signed_by", o.signedBy);
    }
    o.deployment = sdk::DeploymentId(form["tour"].toLongLong());
    o.number = form["number"].toString().trimmed().toStdString();
    o.period = sdk::Period(*first, *last);
    o.handedOn = handed;
    try {
        sdk::Transaction tx(m_context.store());
        std::int64_t id = existing;
        if (existing > 0)
            OrderBook(m_context).update(o);
        else
            id = OrderBook(m_context).add(o);
        tx.commit();
        bump();
        return {{"ok", true}, {"id", qint64(id)}};
    } catch (const sdk::Error& e) {
        const std::string what = e.what();
        const QString field = what.starts_with("handed_on")   ? "handedOn"
                              : what.starts_with("first_day") ? "lastDay"
                                                              : QString();
        // Shown under its field, the message needs no "first_day/last_day: " of its own.
        const auto colon = what.find(": ");
        return failure(
            field,
            q(field.isEmpty() || colon == std::string::npos ? what : what.substr(colon + 2)));
    }
}

QVariantMap TransfersBackend::handOver(qint64 order, const QString& date)
{
    const auto day = sdk::Date::tryFromIso(date.trimmed().toStdString());
    if (!day)
        return failure("date", tr("Enter the day as YYYY-MM-DD."));
    try {
        sdk::Transaction tx(m_context.store());
        OrderBook(m_context).handOver(order, *day);
        tx.commit();
        bump();
        return {{"ok", true}};
    } catch (const sdk::Error& e) {
        return failure("date", q(e.what()));
    }
}

QVariantList TransfersBackend::proposal(qint64 tour)
{
    QVariantList out;
    try {
        const auto sets = transfers::ruleSets(m_context.store());
        for (const TransferOrder& o : proposeSplit(m_context, sdk::DeploymentId(tour)))
            out.append(orderMap(o, sets));
    } catch (const sdk::Error&) {
    }
    return out;
}

QVariantMap TransfersBackend::applySplit(qint64 tour)
{
    try {
        sdk::Transaction tx(m_context.store());
        int added = 0;
        const std::string signer =
            m_context.settings().value("signed_by", TransferOrder().signedBy);
        for (TransferOrder o : proposeSplit(m_context, sdk::DeploymentId(tour))) {
            o.signedBy = signer;
            OrderBook(m_context).add(o);
            ++added;
        }
        tx.commit();
        bump();
        return {{"ok", true}, {"added", added}};
    } catch (const sdk::Error& e) {
        return failure(QString(), q(e.what()));
    }
}

QVariantMap TransfersBackend::savePdf(qint64 order, const QUrl& file)
{
    const QString path = file.toString(QUrl::PreferLocalFile);
    try {
        const auto o = OrderBook(m_context).find(order);
        const auto& user = m_context.user();
        if (!o
            || (isOfficer()
                && (!user.officerId
                    || m_context.deployments().get(o->deployment).officerId != *user.officerId)))
            return failure(QString(), tr("There is no such order."));
        writeOrderPdf(m_context, order, path);
        sdk::recordExport(m_context.audit(), "the transfer order", "pdf", path.toStdString(),
                          "transfers.order", order);
        return {{"ok", true}, {"path", path}};
    } catch (const sdk::Error& e) {
        return failure(QString(), q(e.what()));
    }
}

QVariantList TransfersBackend::ruleSets()
{
    QVariantList out;
    for (const RuleSet& s : transfers::ruleSets(m_context.store()))
        out.append(QVariantMap{{"validFrom", q(s.validFrom.toIso())},
                               {"maxMonths", s.maxMonths},
                               {"noticeDays", s.noticeDays}});
    return out;
}

QVariantMap TransfersBackend::saveRuleSet(const QVariantMap& form)
{
    const auto from = dateOf(form["validFrom"]);
    if (!from)
        return failure("validFrom", tr("Enter the first day the limits apply as YYYY-MM-DD."));
    bool monthsOk = false, noticeOk = false;
    const int months = form["maxMonths"].toString().toInt(&monthsOk);
    const int notice = form["noticeDays"].toString().toInt(&noticeOk);
    if (!monthsOk)
        return failure("maxMonths", tr("Enter the months as a whole number."));
    if (!noticeOk)
        return failure("noticeDays", tr("Enter the days as a whole number."));
    try {
        sdk::Transaction tx(m_context.store());
        transfers::saveRuleSet(m_context, {*from, months, notice});
        tx.commit();
        bump();
        return {{"ok", true}};
    } catch (const sdk::Error& e) {
        const std::string what = e.what();
        return failure(what.starts_with("max_months")    ? "maxMonths"
                       : what.starts_with("notice_days") ? "noticeDays"
                                                         : QString(),
                       q(what));
    }
}

QVariantMap TransfersBackend::importFile(const QUrl& file)
{
    const QString path = file.toString(QUrl::PreferLocalFile);
    try {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return failure(QString(), tr("Cannot read %1: %2").arg(path, in.errorString()));
        const sdk::ImportReport report =
            importOrders(m_context, in.readAll(), sdk::fileFormatFromName(path.toStdString()));
        if (!report.ok())
            return {{"ok", false},
                    {"message", tr("Nothing was written: the file has %n problem(s).", "",
                                   int(report.problems.size()))},
                    {"text", q(sdk::describe(report))}};
        bump();
        return {{"ok", true}, {"added", report.added}, {"updated", report.updated}};
    } catch (const sdk::Error& e) {
        return failure(QString(), q(e.what()));
    }
}

QVariantMap TransfersBackend::exportFile(const QUrl& file, const QString& format)
{
    const QString path = file.toString(QUrl::PreferLocalFile);
    try {
        const QByteArray bytes = exportOrders(
            m_context, sdk::fileFormatFromName((format.isEmpty() ? path : format).toStdString()),
            sdk::spreadsheetDateFormat(QLocale()));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return failure(QString(), tr("Cannot write %1: %2").arg(path, out.errorString()));
        sdk::recordExport(m_context.audit(), "the transfer orders", format.toStdString(),
                          path.toStdString());
        return {{"ok", true}, {"path", path}};
    } catch (const sdk::Error& e) {
        return failure(QString(), q(e.what()));
    }
}

} // namespace contingent::transfers
