#include "approvalsbackend.h"

#include "approvaldocument.h"
#include "proposalfile.h"
#include "proposals.h"

#include <contingent/sdk/background.h>
#include <contingent/sdk/repositories.h>
#include <contingent/sdk/changes.h>
#include <contingent/sdk/tables.h>
#include <contingent/sdk/transaction.h>

#include <QRegularExpression>

#include <map>

namespace contingent::approvals {

namespace {

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString localPath(const QUrl& file)
{
    return file.isLocalFile() ? file.toLocalFile() : file.toString();
}

QString stateName(ProposalState s)
{
    switch (s) {
    case ProposalState::Draft:
        return ApprovalsBackend::tr("Drafts");
    case ProposalState::Submitted:
        return ApprovalsBackend::tr("With the Minister");
    case ProposalState::Recommended:
        return ApprovalsBackend::tr("With the Government");
    case ProposalState::Decided:
        return ApprovalsBackend::tr("Decided");
    case ProposalState::Notified:
        return ApprovalsBackend::tr("Officers notified");
    case ProposalState::Withdrawn:
        return ApprovalsBackend::tr("Withdrawn");
    }
    return {};
}

QString severityName(sdk::Severity s)
{
    return s == sdk::Severity::Blocking  ? QStringLiteral("blocking")
           : s == sdk::Severity::Warning ? QStringLiteral("warning")
                                         : QStringLiteral("info");
}

/// The form's name for the field an InputError "field: ..." names (split by
/// sdk::problemFromRefusal), or nothing.
QString fieldOf(const std::string& message)
{
    static const std::map<std::string, QString> known{
        {"date", "date"},       {"reference", "reference"}, {"number", "number"},
        {"outcome", "outcome"}, {"deployment", "tours"},    {"amends", "amends"}};
    const auto it = known.find(sdk::problemFromRefusal(0, message).column);
    return it == known.end() ? QString() : it->second;
}

} // namespace

ApprovalsBackend::ApprovalsBackend(sdk::Context& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    // Findings and facts read what every plugin writes: re-read on any change.
    connect(&context.changes(), &sdk::ChangeNotifier::changed, this, [this] { bump(); });
}

void ApprovalsBackend::bump()
{
    ++m_revision;
    emit changed();
}

bool ApprovalsBackend::canEdit() const
{
    return sdk::canEdit(m_context.user().role);
}

bool ApprovalsBackend::isAdmin() const
{
    return m_context.user().role == sdk::Role::Admin;
}

bool ApprovalsBackend::isOfficer() const
{
    return m_context.user().role == sdk::Role::Officer;
}

QString ApprovalsBackend::today() const
{
    return q(m_context.today().toIso());
}

QVariantMap ApprovalsBackend::failure(const QString& field, const QString& message) const
{
    QString text = message;
    if (!field.isEmpty() && text.contains(": "))
        text = text.mid(text.indexOf(QLatin1String(": ")) + 2);
    return {{"ok", false}, {"errors", QVariantMap{{field, text}}}, {"message", message}};
}

int ApprovalsBackend::waitingMinister()
{
    return int(m_context.store()
                   .queryValue<std::int64_t>(
                       "SELECT count(*) FROM approvals_proposal WHERE state = 'submitted'")
                   .value_or(0));
}

int ApprovalsBackend::waitingGovernment()
{
    return int(m_context.store()
                   .queryValue<std::int64_t>(
                       "SELECT count(*) FROM approvals_proposal WHERE state = 'recommended'")
                   .value_or(0));
}

int ApprovalsBackend::deadlineDays()
{
    try {
        return approvals::deadlineDays(m_context);
    } catch (const sdk::Error&) {
        return 30; // a stored value that is not a number: the default, not an exception in QML
    }
}

int ApprovalsBackend::soonUndecided()
{
    // The undecided tours by first day (migration 2): a range of that index alone.
    return int(m_context.store()
                   .queryValue<std::int64_t>(kUndecidedCountSql, m_context.today(),
                                             m_context.today().addDays(deadlineDays()))
                   .value_or(0));
}

QVariantList ApprovalsBackend::soonTours()
{
    QVariantList out;
    sdk::Statement st(m_context.store(), kUndecidedToursSql);
    st.bindAll(m_context.today(), m_context.today().addDays(deadlineDays()));
    while (st.step())
        out.append(QVariantMap{{"id", qint64(st.int64(0))},
                               {"officer", q(st.text(1))},
                               {"mission", q(st.text(2))},
                               {"firstDay", q(st.text(3))},
                               {"status", q(st.text(4))},
                               {"proposal", st.isNull(5) ? 0 : qint64(st.int64(5))}});
    return out;
}

QVariantList ApprovalsBackend::proposals(const QString& filter)
{
    return readProposals(m_context.store(), filter, ownTours());
}

std::optional<sdk::OfficerId> ApprovalsBackend::ownTours() const
{
    if (!isOfficer())
        return std::nullopt;
    return m_context.user().officerId.value_or(sdk::OfficerId(0));
}

void ApprovalsBackend::listProposals(const QString& filter)
{
    // A big store: the list sums the tours of 300 proposals, a tenth of a second and a full
    // page cache; a worker reads it with its own connection (issue #16).
    sdk::Database& store = m_context.store();
    m_list.request(
        this, store, [&] { return sdk::holdsAtLeast(store, "deployment", m_backgroundFrom); },
        [filter, officer = ownTours()](sdk::Database& db) {
            return readProposals(db, filter, officer);
        },
        [this] { emit proposalListChanged(); });
}

QVariantList ApprovalsBackend::readProposals(sdk::Database& db, const QString& filter,
                                             std::optional<sdk::OfficerId> officer)
{
    // What the list shows, summed by the store for at most 300 proposals (the
    // open ones first): the page does not read every tour of every proposal.
    const QString f = filter.trimmed();
    // The chosen proposals' tours are summed in one grouped pass (not three subqueries a
    // proposal: on a big store 300 proposals hold some 60 000 tours).
    std::string sql = "WITH chosen AS (SELECT p.id FROM approvals_proposal p WHERE 1 ";
    if (!f.isEmpty())
        sql += "AND (p.title LIKE ?1 OR p.request_reference LIKE ?1 OR CAST(p.id AS TEXT) = ?2 "
               "OR EXISTS (SELECT 1 FROM approvals_tour t JOIN deployment d ON d.id = "
               "t.deployment_id JOIN officer o ON o.id = d.officer_id JOIN mission m ON m.id = "
               "d.mission_id WHERE t.proposal_id = p.id AND (m.code LIKE ?1 OR o.service_number "
               "LIKE ?1 OR o.given_name || ' ' || o.family_name LIKE ?1))) ";
    if (officer)
        sql += "AND EXISTS (SELECT 1 FROM approvals_tour t JOIN deployment d ON d.id = "
               "t.deployment_id WHERE t.proposal_id = p.id AND d.officer_id = ?3) ";
    // The 300 are chosen first; only they are summed.
    const std::string order = "ORDER BY CASE p.state WHEN 'draft' THEN 0 WHEN 'submitted' THEN 1 "
                              "WHEN 'recommended' THEN 2 WHEN 'decided' THEN 3 WHEN 'notified' "
                              "THEN 4 ELSE 5 END, p.id DESC";
    sql += order
           + " LIMIT 300), "
             "sums AS (SELECT t.proposal_id AS id, count(*) AS tours, "
             "min(d.first_day) AS first_day, group_concat(DISTINCT m.code) AS codes "
             "FROM approvals_tour t JOIN deployment d ON d.id = t.deployment_id "
             "JOIN mission m ON m.id = d.mission_id "
             "WHERE t.proposal_id IN (SELECT id FROM chosen) GROUP BY t.proposal_id) "
             "SELECT p.id, p.title, p.state, p.decided_on, p.decision_number, p.outcome, "
             "coalesce(s.tours, 0), s.first_day, s.codes "
             "FROM chosen JOIN approvals_proposal p ON p.id = chosen.id "
             "LEFT JOIN sums s ON s.id = p.id "
           + order;
    sdk::Statement st(db, sql);
    if (!f.isEmpty()) {
        st.bind(1, "%" + f.toStdString() + "%");
        st.bind(2, f.toStdString());
    }
    if (officer)
        st.bind(3, *officer);
    struct Row {
        QVariantMap map;
        int state;
        QString first;
    };
    std::vector<Row> rows;
    while (st.step()) {
        const ProposalState state = proposalStateFromString(st.textView(2));
        const QString first = st.isNull(7) ? QString() : q(st.text(7));
        rows.push_back(
            {QVariantMap{
                 {"id", qint64(st.int64(0))},
                 {"title", st.text(1).empty() ? tr("Proposal %1").arg(st.int64(0)) : q(st.text(1))},
                 {"state", q(toString(state))},
                 {"stateName", stateName(state)},
                 {"tours", st.integer(6)},
                 {"firstDay", first},
                 {"missions", st.isNull(8)
                                  ? QString()
                                  : q(st.text(8)).replace(QLatin1Char(','), QStringLiteral(", "))},
                 {"decision", st.isNull(3)
                                  ? QString()
                                  : q(st.text(4) + ", " + st.text(3) + ", " + st.text(5))}},
             static_cast<int>(state), first});
    }
    // The open ones soonest first (a deadline comes first); the rest newest first.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.state != b.state)
            return a.state < b.state;
        return a.state <= static_cast<int>(ProposalState::Recommended) && a.first < b.first;
    });
    QVariantList out;
    for (Row& r : rows)
        out.append(std::move(r.map));
    return out;
}

QVariantMap ApprovalsBackend::proposal(qint64 id)
{
    ProposalBook book(m_context);
    const auto found = book.find(id);
    if (!found)
        return {{"ok", false}, {"message", tr("There is no proposal %1.").arg(id)}};
    const Proposal& p = *found;
    QVariantList tours;
    int blocking = 0;
    for (const ProposalTour& t : p.tours) {
        QVariantList findings;
        if (!isOfficer())
            for (const sdk::Finding& f :
                 m_context.checks().runFor(m_context.store(), m_context.today(), t.id).findings) {
                blocking += f.severity == sdk::Severity::Blocking;
                findings.append(QVariantMap{{"severity", severityName(f.severity)},
                                            {"rule", q(f.ruleId)},
                                            {"basis", q(f.legalBasis)},
                                            {"message", q(f.message)}});
            }
        QVariantList facts;
        for (const sdk::FactSheet& sheet : m_context.facts(t.id)) {
            QVariantList lines;
            for (const sdk::FactLine& line : sheet.lines)
                lines.append(QVariantMap{{"label", q(line.label)}, {"value", q(line.value)}});
            if (!sheet.error.empty())
                lines.append(
                    QVariantMap{{"label", tr("not available")}, {"value", q(sheet.error)}});
            facts.append(QVariantMap{{"title", q(sheet.title)}, {"lines", lines}});
        }
        tours.append(
            QVariantMap{{"id", qint64(t.id.value())},
                        {"officer", q(t.officer + " (" + t.serviceNumber + ")")},
                        {"mission", q(t.missionCode)},
                        {"period", q(t.period.first().toIso() + " – " + t.period.last().toIso())},
                        {"status", q(sdk::toString(t.status))},
                        {"approved", t.approved ? QVariant(*t.approved) : QVariant()},
                        {"findings", findings},
                        {"facts", facts}});
    }
    QVariantList history;
    for (const HistoryStep& h : book.history(id))
        history.append(QVariantMap{{"at", q(h.at)},
                                   {"actor", q(h.actor)},
                                   {"action", q(h.action)},
                                   {"details", q(h.details)}});
    QStringList next;
    if (canEdit()) {
        switch (p.state) {
        case ProposalState::Draft:
            next << "submit"
                 << "withdraw";
            break;
        case ProposalState::Submitted:
            next << "recommend"
                 << "withdraw";
            break;
        case ProposalState::Recommended:
            next << "decide"
                 << "withdraw";
            break;
        case ProposalState::Decided:
            next << "notify";
            break;
        default:
            break;
        }
    }
    const auto d = [](const std::optional<sdk::Date>& day) {
        return day ? q(day->toIso()) : QString();
    };
    return {{"ok", true},
            {"id", qint64(p.id)},
            {"title", q(p.title)},
            {"state", q(toString(p.state))},
            {"stateName", stateName(p.state)},
            {"organisation", q(p.request.organisation)},
            {"reference", q(p.request.reference)},
            {"requestDate", d(p.request.date)},
            {"submittedOn", d(p.submittedOn)},
            {"recommendedOn", d(p.recommendedOn)},
            {"recommendationReference", q(p.recommendationReference)},
            {"decidedOn", d(p.decidedOn)},
            {"decisionNumber", q(p.decisionNumber)},
            {"outcome", p.outcome ? q(toString(*p.outcome)) : QString()},
            {"notifiedOn", d(p.notifiedOn)},
            {"amends", p.amends ? qint64(*p.amends) : 0},
            {"tours", tours},
            {"blocking", blocking},
            {"history", history},
            {"next", next},
            {"editable", canEdit() && p.state == ProposalState::Draft}};
}

std::vector<sdk::DeploymentId> ApprovalsBackend::parseTours(const QString& text)
{
    std::vector<sdk::DeploymentId> out;
    for (const QString& item : text.split(QRegularExpression("[,;\\s]+"), Qt::SkipEmptyParts)) {
        bool number = false;
        const qint64 id = item.toLongLong(&number);
        if (number && id > 0) {
            out.push_back(sdk::DeploymentId(id));
            continue;
        }
        throw sdk::InputError("deployment: " + sdk::quoted(item.toStdString())
                              + " is not a tour id (a whole number)");
    }
    return out;
}

QVariantMap ApprovalsBackend::propose(const QVariantMap& form)
{
    try {
        const std::vector<sdk::DeploymentId> tours = parseTours(form.value("tours").toString());
        Request request{form.value("organisation").toString().toStdString(),
                        form.value("reference").toString().toStdString(), std::nullopt};
        const QString date = form.value("requestDate").toString().trimmed();
        if (!date.isEmpty()) {
            request.date = sdk::Date::tryFromIso(date.toStdString());
            if (!request.date)
                return failure("requestDate", tr("Enter the date as YYYY-MM-DD."));
        }
        const qint64 amends = form.value("amends").toLongLong();
        sdk::WriteScope scope(m_context.store());
        const std::int64_t id = ProposalBook(m_context).propose(
            tours, form.value("title").toString().toStdString(), request,
            amends > 0 ? std::optional<std::int64_t>(amends) : std::nullopt);
        scope.commit();
        return {{"ok", true}, {"id", qint64(id)}};
    } catch (const sdk::Error& e) {
        return failure(fieldOf(e.what()), q(e.what()));
    }
}

QVariantMap ApprovalsBackend::addTours(qint64 id, const QString& text)
{
    try {
        sdk::WriteScope scope(m_context.store());
        ProposalBook book(m_context);
        for (sdk::DeploymentId t : parseTours(text))
            book.addTour(id, t);
        scope.commit();
        return {{"ok", true}};
    } catch (const sdk::Error& e) {
        return failure(fieldOf(e.what()), q(e.what()));
    }
}

QVariantMap ApprovalsBackend::removeTour(qint64 id, qint64 tour)
{
    try {
        sdk::WriteScope scope(m_context.store());
        ProposalBook(m_context).removeTour(id, sdk::DeploymentId(tour));
        scope.commit();
        return {{"ok", true}};
    } catch (const sdk::Error& e) {
        return failure({}, q(e.what()));
    }
}

QVariantMap ApprovalsBackend::step(qint64 id, const QString& action, const QVariantMap& form)
{
    try {
        const auto day = [&]() {
            const auto d =
                sdk::Date::tryFromIso(form.value("date").toString().trimmed().toStdString());
            if (!d)
                throw sdk::InputError("date: enter the date as YYYY-MM-DD");
            return *d;
        };
        sdk::WriteScope scope(m_context.store());
        ProposalBook book(m_context);
        if (action == QLatin1String("submit"))
            book.submit(id, day());
        else if (action == QLatin1String("recommend"))
            book.recommend(id, day(), form.value("reference").toString().toStdString());
        else if (action == QLatin1String("decide"))
            book.decide(id, day(), form.value("number").toString().toStdString(),
                        outcomeFromString(form.value("outcome").toString().toStdString()),
                        parseTours(form.value("approved").toString()));
        else if (action == QLatin1String("notify"))
            book.notify(id, day());
        else if (action == QLatin1String("withdraw"))
            book.withdraw(id);
        else
            throw sdk::InputError("unknown step " + action.toStdString());
        scope.commit();
        return {{"ok", true}};
    } catch (const sdk::Error& e) {
        return failure(fieldOf(e.what()), q(e.what()));
    }
}

QVariantMap ApprovalsBackend::savePdf(qint64 id, const QString& kind, const QUrl& file)
{
    try {
        const QString path = localPath(file);
        writeDocumentPdf(m_context, id, documentKindFromString(kind.toStdString()), path);
        sdk::recordExport(m_context.audit(), "the proposal's " + kind.toStdString(), "pdf",
                          path.toStdString(), "approvals.proposal", id);
        return {{"ok", true}, {"path", path}};
    } catch (const sdk::Error& e) {
        return failure({}, q(e.what()));
    }
}

QVariantMap ApprovalsBackend::exportFile(const QUrl& file)
{
    try {
        const QString path = localPath(file);
        sdk::saveWholeFile(path, exportProposals(m_context));
        sdk::recordExport(m_context.audit(), "the proposals", "json", path.toStdString());
        return {{"ok", true}, {"path", path}};
    } catch (const sdk::Error& e) {
        return failure({}, q(e.what()));
    }
}

QVariantMap ApprovalsBackend::importFile(const QUrl& file)
{
    try {
        const QString path = localPath(file);
        const sdk::ImportReport report = importProposals(m_context, sdk::readWholeFile(path));
        if (!report.ok())
            return {{"ok", false},
                    {"message", tr("Nothing was imported from %1:").arg(path)},
                    {"text", q(sdk::describe(report))}};
        return {{"ok", true}, {"added", report.added}};
    } catch (const sdk::Error& e) {
        return failure({}, q(e.what()));
    }
}

QVariantMap ApprovalsBackend::setDeadlineDays(int days)
{
    try {
        sdk::WriteScope scope(m_context.store());
        approvals::setDeadlineDays(m_context, days);
        scope.commit();
        bump();
        return {{"ok", true}};
    } catch (const sdk::Error& e) {
        return failure("deadlineDays", q(e.what()));
    }
}

QVariantList ApprovalsBackend::myDecisions()
{
    QVariantList out;
    if (!m_context.user().officerId)
        return out;
    sdk::Statement st(m_context.store(),
                      "SELECT d.id, m.code, d.first_day, d.last_day, d.status FROM deployment d "
                      "JOIN mission m ON m.id = d.mission_id WHERE d.officer_id = ? "
                      "ORDER BY d.first_day DESC");
    st.bind(1, *m_context.user().officerId);
    while (st.step()) {
        const sdk::DeploymentId tour = st.get<sdk::DeploymentId>(0);
        QStringList decision;
        for (const sdk::FactLine& line : decisionFacts(m_context, tour))
            decision << q(line.label + ": " + line.value);
        out.append(QVariantMap{{"id", qint64(tour.value())},
                               {"mission", q(st.text(1))},
                               {"period", q(st.text(2) + " – " + st.text(3))},
                               {"status", q(st.text(4))},
                               {"decision", decision.join("\n")}});
    }
    return out;
}

} // namespace contingent::approvals
