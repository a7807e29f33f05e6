#include "proposals.h"

#include <contingent/sdk/page.h>
#include <contingent/sdk/tablefile.h>
#include <contingent/sdk/transaction.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>

namespace contingent::approvals {

namespace {

const sdk::Migration kV1{1, "approvals: proposals, their tours and steps", R"SQL(
CREATE TABLE approvals_proposal (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    request_organisation TEXT NOT NULL DEFAULT '',
    request_reference TEXT NOT NULL DEFAULT '',
    request_date TEXT CHECK (request_date IS NULL OR request_date IS date(request_date, '+0 days')),
    state TEXT NOT NULL DEFAULT 'draft'
        CHECK (state IN ('draft', 'submitted', 'recommended', 'decided', 'notified', 'withdrawn')),
    submitted_on TEXT,
    recommended_on TEXT,
    recommendation_reference TEXT NOT NULL DEFAULT '',
    decided_on TEXT,
    decision_number TEXT NOT NULL DEFAULT '',
    outcome TEXT CHECK (outcome IS NULL OR outcome IN ('approved', 'rejected', 'partly')),
    notified_on TEXT,
    amends INTEGER REFERENCES approvals_proposal(id),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK (state NOT IN ('decided', 'notified') OR decision_number <> '')
);
CREATE INDEX approvals_proposal_by_state ON approvals_proposal(state);
CREATE TABLE approvals_tour (
    proposal_id INTEGER NOT NULL REFERENCES approvals_proposal(id) ON DELETE CASCADE,
    deployment_id INTEGER NOT NULL REFERENCES deployment(id) ON DELETE CASCADE,
    approved INTEGER,
    PRIMARY KEY (proposal_id, deployment_id)
) WITHOUT ROWID;
CREATE INDEX approvals_tour_by_deployment ON approvals_tour(deployment_id);
)SQL"};

// The tours waiting for a government decision, by first day: Home's card and the page's list of
// those starting soon read a range of this (the queries repeat its condition word for word, so
// SQLite uses it) instead of looking up every tour of the month in the table (issue #16: on
// 500 000 tours, 16 ms and 10 MB of page cache for the card's count).
const sdk::Migration kV2{2, "tours waiting for a decision, by first day", R"SQL(
CREATE INDEX approvals_undecided_tour ON deployment (first_day)
    WHERE status IN ('planned', 'proposed');
)SQL"};

constexpr std::string_view kStates[] = {"draft",   "submitted", "recommended",
                                        "decided", "notified",  "withdrawn"};
constexpr std::string_view kOutcomes[] = {"approved", "rejected", "partly"};

constexpr const char* kProposalColumns =
    "SELECT p.id, p.title, p.request_organisation, p.request_reference, p.request_date, p.state, "
    "p.submitted_on, p.recommended_on, p.recommendation_reference, p.decided_on, "
    "p.decision_number, p.outcome, p.notified_on, p.amends, p.created_by "
    "FROM approvals_proposal p ";

Proposal readProposal(const sdk::Statement& st)
{
    Proposal p;
    p.id = st.int64(0);
    p.title = st.text(1);
    p.request.organisation = st.text(2);
    p.request.reference = st.text(3);
    p.request.date = st.optionalDate(4);
    p.state = proposalStateFromString(st.textView(5));
    p.submittedOn = st.optionalDate(6);
    p.recommendedOn = st.optionalDate(7);
    p.recommendationReference = st.text(8);
    p.decidedOn = st.optionalDate(9);
    p.decisionNumber = st.text(10);
    if (const auto o = st.optionalText(11))
        p.outcome = outcomeFromString(*o);
    p.notifiedOn = st.optionalDate(12);
    p.amends = st.optionalInt64(13);
    p.createdBy = st.text(14);
    return p;
}

std::string now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

/// Fills the tours of `proposals` (of the one officer only, for an officer).
void readTours(sdk::Database& db, std::vector<Proposal*> proposals,
               std::optional<sdk::OfficerId> officer)
{
    if (proposals.empty())
        return;
    std::map<std::int64_t, Proposal*> byId;
    std::string ids;
    for (Proposal* p : proposals) {
        byId[p->id] = p;
        ids += (ids.empty() ? "" : ",") + std::to_string(p->id);
    }
    // The ids are our own integers, never user text.
    sdk::Statement st(db, "SELECT t.proposal_id, t.deployment_id, t.approved, o.given_name || ' ' "
                          "|| o.family_name, o.service_number, m.code, d.first_day, d.last_day, "
                          "d.status FROM approvals_tour t JOIN deployment d ON d.id = "
                          "t.deployment_id JOIN officer o ON o.id = d.officer_id JOIN mission m "
                          "ON m.id = d.mission_id WHERE t.proposal_id IN ("
                              + ids + ")" + (officer ? " AND d.officer_id = ?" : "")
                              + " ORDER BY t.proposal_id, d.first_day, t.deployment_id");
    if (officer)
        st.bind(1, *officer);
    while (st.step()) {
        ProposalTour t;
        t.id = st.get<sdk::DeploymentId>(1);
        if (const auto a = st.optionalInt64(2))
            t.approved = *a != 0;
        t.officer = st.text(3);
        t.serviceNumber = st.text(4);
        t.missionCode = st.text(5);
        t.period = sdk::Period(st.date(6), st.date(7));
        t.status = sdk::deploymentStatusFromString(st.text(8));
        byId.at(st.int64(0))->tours.push_back(std::move(t));
    }
}

std::string describeDetails(const std::string& json)
{
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    std::string out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        QString value;
        if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue& v : it.value().toArray())
                items << (v.isDouble() ? QString::number(v.toInteger()) : v.toString());
            value = items.join(", ");
        } else if (it.value().isDouble())
            value = QString::number(it.value().toInteger());
        else
            value = it.value().toVariant().toString();
        if (value.isEmpty())
            continue;
        out += (out.empty() ? "" : "; ") + it.key().toStdString() + " " + value.toStdString();
    }
    return out;
}

} // namespace

std::vector<sdk::Migration> migrations()
{
    return {kV1, kV2};
}

std::string_view toString(ProposalState state)
{
    return kStates[static_cast<int>(state)];
}

ProposalState proposalStateFromString(std::string_view text)
{
    for (int i = 0; i < int(std::size(kStates)); ++i)
        if (kStates[i] == text)
            return static_cast<ProposalState>(i);
    throw sdk::InputError("unknown state " + sdk::quoted(text)
                          + " (draft, submitted, recommended, decided, notified, withdrawn)");
}

std::string_view toString(Outcome outcome)
{
    return kOutcomes[static_cast<int>(outcome)];
}

Outcome outcomeFromString(std::string_view text)
{
    for (int i = 0; i < int(std::size(kOutcomes)); ++i)
        if (kOutcomes[i] == text)
            return static_cast<Outcome>(i);
    throw sdk::InputError("outcome: " + sdk::quoted(text) + " is not approved, rejected or partly");
}

std::optional<sdk::Date> Proposal::firstDay() const
{
    std::optional<sdk::Date> first;
    for (const ProposalTour& t : tours)
        if (!first || t.period.first() < *first)
            first = t.period.first();
    return first;
}

std::string proposalName(const Proposal& p)
{
    return "proposal " + std::to_string(p.id) + (p.title.empty() ? "" : " (" + p.title + ")");
}

void ProposalBook::record(const char* action, std::int64_t proposal, QJsonObject details)
{
    m_context.audit().record(action, "approvals.proposal", proposal, details);
    m_context.changes().announceAfterCommit(m_context.store(), QStringLiteral("approvals.proposal"),
                                            proposal, sdk::ChangeKind::Updated);
}

std::optional<Proposal> ProposalBook::find(std::int64_t id)
{
    const sdk::CurrentUser& user = m_context.user();
    std::optional<Proposal> p;
    if (user.role == sdk::Role::Officer)
        p = m_context.store().queryOne<Proposal>(
            std::string(kProposalColumns)
                + "WHERE p.id = ? AND EXISTS (SELECT 1 FROM approvals_tour t JOIN deployment d "
                  "ON d.id = t.deployment_id WHERE t.proposal_id = p.id AND d.officer_id = ?)",
            readProposal, id, user.officerId.value_or(sdk::OfficerId(0)));
    else
        p = m_context.store().queryOne<Proposal>(std::string(kProposalColumns) + "WHERE p.id = ?",
                                                 readProposal, id);
    if (p)
        readTours(m_context.store(), {&*p},
                  user.role == sdk::Role::Officer
                      ? std::optional<sdk::OfficerId>(user.officerId.value_or(sdk::OfficerId(0)))
                      : std::nullopt);
    return p;
}

Proposal ProposalBook::get(std::int64_t id)
{
    auto p = find(id);
    if (!p)
        throw sdk::InputError("there is no proposal with id " + std::to_string(id));
    return *p;
}

std::vector<Proposal> ProposalBook::list(std::optional<ProposalState> state)
{
    return page(state, std::nullopt, -1);
}

void ProposalBook::forEach(const std::function<void(const Proposal&)>& each)
{
    std::optional<std::int64_t> below;
    for (;;) {
        const std::vector<Proposal> some = page(std::nullopt, below, 100);
        for (const Proposal& p : some)
            each(p);
        if (some.size() < 100)
            return;
        below = some.back().id;
    }
}

std::vector<Proposal> ProposalBook::page(std::optional<ProposalState> state,
                                         std::optional<std::int64_t> below, int limit)
{
    const sdk::CurrentUser& user = m_context.user();
    const bool officer = user.role == sdk::Role::Officer;
    std::string sql = std::string(kProposalColumns) + "WHERE 1 ";
    if (state)
        sql += "AND p.state = ? ";
    if (officer)
        sql += "AND EXISTS (SELECT 1 FROM approvals_tour t JOIN deployment d ON d.id = "
               "t.deployment_id WHERE t.proposal_id = p.id AND d.officer_id = ?) ";
    if (below)
        sql += "AND p.id < ? ";
    sql += "ORDER BY p.id DESC LIMIT ?";
    sdk::Statement st(m_context.store(), sql);
    int i = 0;
    if (state)
        st.bind(++i, std::string(toString(*state)));
    if (officer)
        st.bind(++i, user.officerId.value_or(sdk::OfficerId(0)));
    if (below)
        st.bind(++i, *below);
    st.bind(++i, limit);
    std::vector<Proposal> out;
    while (st.step())
        out.push_back(readProposal(st));
    std::vector<Proposal*> all;
    for (Proposal& p : out)
        all.push_back(&p);
    readTours(m_context.store(), all,
              officer ? std::optional<sdk::OfficerId>(user.officerId.value_or(sdk::OfficerId(0)))
                      : std::nullopt);
    return out;
}

std::optional<std::int64_t> ProposalBook::openProposalOf(sdk::DeploymentId tour)
{
    return m_context.store().queryValue<std::int64_t>(
        "SELECT p.id FROM approvals_tour t JOIN approvals_proposal p ON p.id = t.proposal_id "
        "WHERE t.deployment_id = ? AND p.state IN ('draft', 'submitted', 'recommended') "
        "ORDER BY p.id DESC LIMIT 1",
        tour);
}

std::vector<HistoryStep> ProposalBook::history(std::int64_t proposal)
{
    get(proposal); // the wall: an unknown or another's proposal has no history to show
    // An officer sees the steps, not their details: those name other officers' tours.
    const bool officer = m_context.user().role == sdk::Role::Officer;
    std::vector<HistoryStep> out;
    for (const sdk::AuditEntry& e :
         m_context.audit().entries("approvals.proposal", proposal, 100000))
        out.push_back(
            {e.at, e.actor, e.action, officer ? std::string() : describeDetails(e.detailsJson)});
    std::reverse(out.begin(), out.end());
    return out;
}

Proposal ProposalBook::editable(std::int64_t id, const char* step, ProposalState expected)
{
    requireEditor(m_context);
    const Proposal p = get(id);
    if (p.state == ProposalState::Withdrawn)
        throw sdk::InputError(proposalName(p) + " is withdrawn: no step follows a withdrawal");
    if (p.state != expected)
        throw sdk::InputError(std::string(step) + ": " + proposalName(p) + " is "
                              + std::string(toString(p.state)) + "; only a "
                              + std::string(toString(expected)) + " proposal can be " + step
                              + " (draft -> submitted -> recommended -> decided -> notified)");
    return p;
}

void ProposalBook::checkDay(const Proposal& p, sdk::Date day, std::optional<sdk::Date> previous,
                            const char* previousName)
{
    if (day > m_context.today())
        throw sdk::InputError("date: " + day.toIso() + " is after today");
    if (previous && day < *previous)
        throw sdk::InputError("date: " + day.toIso() + " is before the " + previousName + " ("
                              + previous->toIso() + ") of " + proposalName(p)
                              + "; a step cannot predate the one before it");
}

std::int64_t ProposalBook::propose(const std::vector<sdk::DeploymentId>& tours,
                                   const std::string& title, const Request& request,
                                   std::optional<std::int64_t> amends)
{
    requireEditor(m_context);
    if (tours.empty())
        throw sdk::InputError("deployment: a proposal names at least one tour");
    if (amends) {
        const Proposal earlier = get(*amends);
        if (earlier.state != ProposalState::Decided && earlier.state != ProposalState::Notified)
            throw sdk::InputError("amends: " + proposalName(earlier) + " is "
                                  + std::string(toString(earlier.state))
                                  + "; only a decision can be amended");
    }
    sdk::Savepoint sp(m_context.store());
    m_context.store().execute(
        "INSERT INTO approvals_proposal (title, request_organisation, request_reference, "
        "request_date, amends, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        sdk::trimmed(title), sdk::trimmed(request.organisation), sdk::trimmed(request.reference),
        request.date, amends, m_context.user().login, now());
    const std::int64_t id = m_context.store().lastInsertId();
    QJsonArray ids;
    for (sdk::DeploymentId t : tours) {
        ids.append(qint64(t.value()));
        addTourUnrecorded(id, t, amends.has_value());
    }
    record("propose", id,
           {{"title", q(sdk::trimmed(title))},
            {"request", q(sdk::trimmed(request.organisation + " " + request.reference))},
            {"tours", ids},
            {"amends", amends ? QJsonValue(qint64(*amends)) : QJsonValue()}});
    sp.release();
    return id;
}

void ProposalBook::addTourUnrecorded(std::int64_t proposal, sdk::DeploymentId tour, bool amendment)
{
    const auto found = m_context.deployments().find(tour);
    if (!found)
        throw sdk::InputError("deployment: there is no tour with id "
                              + std::to_string(tour.value()));
    if (const auto other = openProposalOf(tour); other && *other != proposal)
        throw sdk::InputError("deployment: tour " + std::to_string(tour.value())
                              + " is already in open proposal " + std::to_string(*other));
    using S = sdk::DeploymentStatus;
    // Proposed too: a tour proposed by hand (the step is nobody's) joins the
    // proposal that takes it on.
    const bool allowed =
        found->status == S::Planned || found->status == S::Proposed
        || (amendment && (found->status == S::Approved || found->status == S::Active));
    if (!allowed)
        throw sdk::InputError("deployment: tour " + std::to_string(tour.value()) + " is "
                              + std::string(sdk::toString(found->status))
                              + "; a proposal names planned or proposed tours"
                              + (amendment ? " (an amendment also approved or active ones)" : ""));
    m_context.store().execute(
        "INSERT OR IGNORE INTO approvals_tour (proposal_id, deployment_id) VALUES (?, ?)", proposal,
        tour);
}

void ProposalBook::addTour(std::int64_t proposal, sdk::DeploymentId tour)
{
    const Proposal p = editable(proposal, "changed", ProposalState::Draft);
    sdk::Savepoint sp(m_context.store());
    addTourUnrecorded(proposal, tour, p.amends.has_value());
    record("add", proposal, {{"tour", qint64(tour.value())}});
    sp.release();
}

void ProposalBook::removeTour(std::int64_t proposal, sdk::DeploymentId tour)
{
    const Proposal p = editable(proposal, "changed", ProposalState::Draft);
    const bool in = std::any_of(p.tours.begin(), p.tours.end(),
                                [&](const ProposalTour& t) { return t.id == tour; });
    if (!in)
        throw sdk::InputError("deployment: tour " + std::to_string(tour.value()) + " is not in "
                              + proposalName(p));
    if (p.tours.size() == 1)
        throw sdk::InputError(
            "deployment: a proposal names at least one tour; withdraw it instead");
    sdk::Savepoint sp(m_context.store());
    m_context.store().execute(
        "DELETE FROM approvals_tour WHERE proposal_id = ? AND deployment_id = ?", proposal, tour);
    record("remove", proposal, {{"tour", qint64(tour.value())}});
    sp.release();
}

void ProposalBook::describe(std::int64_t proposal, const std::string& title, const Request& request)
{
    editable(proposal, "changed", ProposalState::Draft);
    sdk::Savepoint sp(m_context.store());
    m_context.store().execute(
        "UPDATE approvals_proposal SET title = ?, request_organisation = ?, request_reference = ?, "
        "request_date = ? WHERE id = ?",
        sdk::trimmed(title), sdk::trimmed(request.organisation), sdk::trimmed(request.reference),
        request.date, proposal);
    record("describe", proposal,
           {{"title", q(sdk::trimmed(title))},
            {"request", q(sdk::trimmed(request.organisation + " " + request.reference))}});
    sp.release();
}

void ProposalBook::submit(std::int64_t proposal, sdk::Date day)
{
    const Proposal p = editable(proposal, "submitted", ProposalState::Draft);
    checkDay(p, day, p.request.date, "international request");
    sdk::Savepoint sp(m_context.store());
    // Every tour's blocking findings, all named at once (the gate runs each
    // plugin's checks when the tour becomes proposed; an amendment's approved
    // tours are checked here).
    std::string blocking;
    for (const ProposalTour& t : p.tours) {
        if (t.status == sdk::DeploymentStatus::Cancelled
            || t.status == sdk::DeploymentStatus::Completed) {
            blocking += std::string(blocking.empty() ? "" : "\n  ") + "tour "
                        + std::to_string(t.id.value()) + " is "
                        + std::string(sdk::toString(t.status)) + ": remove it from the proposal";
            continue;
        }
        try {
            if (t.status == sdk::DeploymentStatus::Planned) {
                m_context.changeStatus(t.id, sdk::DeploymentStatus::Proposed);
                continue;
            }
            for (const sdk::Finding& f :
                 m_context.checks().runFor(m_context.store(), m_context.today(), t.id).findings)
                if (f.severity == sdk::Severity::Blocking)
                    throw sdk::InputError("tour " + std::to_string(t.id.value()) + ": " + f.ruleId
                                          + " (" + f.legalBasis + "): " + f.message);
        } catch (const sdk::InputError& e) {
            blocking += std::string(blocking.empty() ? "" : "\n  ") + e.what();
        }
    }
    if (!blocking.empty())
        throw sdk::InputError(proposalName(p)
                              + " cannot be submitted while its tours have blocking findings:\n  "
                              + blocking); // the savepoint rolls the tours back
    m_context.store().execute(
        "UPDATE approvals_proposal SET state = 'submitted', submitted_on = ? WHERE id = ?", day,
        proposal);
    record("submit", proposal, {{"date", q(day.toIso())}});
    sp.release();
}

void ProposalBook::recommend(std::int64_t proposal, sdk::Date day, const std::string& reference)
{
    const Proposal p = editable(proposal, "recommended", ProposalState::Submitted);
    checkDay(p, day, p.submittedOn, "submission");
    if (sdk::trimmed(reference).empty())
        throw sdk::InputError("reference: the Minister's recommendation has a reference");
    sdk::Savepoint sp(m_context.store());
    m_context.store().execute("UPDATE approvals_proposal SET state = 'recommended', "
                              "recommended_on = ?, recommendation_reference = ? WHERE id = ?",
                              day, sdk::trimmed(reference), proposal);
    record("recommend", proposal,
           {{"date", q(day.toIso())}, {"reference", q(sdk::trimmed(reference))}});
    sp.release();
}

void ProposalBook::decide(std::int64_t proposal, sdk::Date day, const std::string& number,
                          Outcome outcome, const std::vector<sdk::DeploymentId>& approvedTours)
{
    const Proposal p = editable(proposal, "decided", ProposalState::Recommended);
    checkDay(p, day, p.recommendedOn, "recommendation");
    if (sdk::trimmed(number).empty())
        throw sdk::InputError("number: a Government decision has a number");
    const auto inProposal = [&](sdk::DeploymentId id) {
        return std::any_of(p.tours.begin(), p.tours.end(),
                           [&](const ProposalTour& t) { return t.id == id; });
    };
    for (sdk::DeploymentId id : approvedTours)
        if (!inProposal(id))
            throw sdk::InputError("deployment: tour " + std::to_string(id.value()) + " is not in "
                                  + proposalName(p));
    if (outcome == Outcome::Partly && approvedTours.empty())
        throw sdk::InputError("deployment: a partial approval names the tours it approves");
    if (outcome != Outcome::Partly && !approvedTours.empty())
        throw sdk::InputError("deployment: only a partial approval names tours; an approval "
                              "approves every tour, a rejection none");
    using S = sdk::DeploymentStatus;
    for (const ProposalTour& t : p.tours)
        if (t.status == S::Cancelled || t.status == S::Completed)
            throw sdk::InputError("deployment: tour " + std::to_string(t.id.value()) + " is "
                                  + std::string(sdk::toString(t.status)) + "; remove it from "
                                  + proposalName(p) + " by a new proposal, or decide without it");
    sdk::Savepoint sp(m_context.store());
    // Decided first: the decision-deadline rule asks for a decision, so it
    // must not stand in the way of recording one (a late decision on a
    // rotation that has started is still the Government's decision).
    m_context.store().execute(
        "UPDATE approvals_proposal SET state = 'decided', decided_on = ?, decision_number = ?, "
        "outcome = ? WHERE id = ?",
        day, sdk::trimmed(number), std::string(toString(outcome)), proposal);
    QJsonArray approvedIds;
    for (const ProposalTour& t : p.tours) {
        const bool approved = outcome == Outcome::Approved
                              || (outcome == Outcome::Partly
                                  && std::find(approvedTours.begin(), approvedTours.end(), t.id)
                                         != approvedTours.end());
        if (approved) {
            approvedIds.append(qint64(t.id.value()));
            // Planned too: a proposal imported as history may hold planned tours.
            if (t.status == S::Proposed || t.status == S::Planned)
                m_context.changeStatus(t.id, S::Approved);
        } else if (t.status == S::Proposed) {
            m_context.sendBack(t.id, S::Planned);
        }
        m_context.store().execute(
            "UPDATE approvals_tour SET approved = ? WHERE proposal_id = ? AND deployment_id = ?",
            approved, proposal, t.id);
    }
    record("decide", proposal,
           {{"date", q(day.toIso())},
            {"number", q(sdk::trimmed(number))},
            {"outcome", q(std::string(toString(outcome)))},
            {"approved", approvedIds}});
    sp.release();
}

void ProposalBook::notify(std::int64_t proposal, sdk::Date day)
{
    const Proposal p = editable(proposal, "notified", ProposalState::Decided);
    checkDay(p, day, p.decidedOn, "decision");
    sdk::Savepoint sp(m_context.store());
    m_context.store().execute(
        "UPDATE approvals_proposal SET state = 'notified', notified_on = ? WHERE id = ?", day,
        proposal);
    record("notify", proposal, {{"date", q(day.toIso())}});
    sp.release();
}

void ProposalBook::withdraw(std::int64_t proposal)
{
    requireEditor(m_context);
    const Proposal p = get(proposal);
    if (!isOpen(p.state))
        throw sdk::InputError("withdrawn: " + proposalName(p) + " is "
                              + std::string(toString(p.state))
                              + "; only a proposal the Government has not decided is withdrawn");
    sdk::Savepoint sp(m_context.store());
    for (const ProposalTour& t : p.tours)
        if (t.status == sdk::DeploymentStatus::Proposed)
            m_context.sendBack(t.id, sdk::DeploymentStatus::Planned);
    m_context.store().execute("UPDATE approvals_proposal SET state = 'withdrawn' WHERE id = ?",
                              proposal);
    record("withdraw", proposal, {{"was", q(std::string(toString(p.state)))}});
    sp.release();
}

void requireEditor(sdk::Context& context)
{
    if (!sdk::canEdit(context.user().role))
        throw sdk::InputError("a " + std::string(sdk::toString(context.user().role))
                              + " may not change proposals");
}

int deadlineDays(sdk::Context& context)
{
    return context.settings().intValue("deadline_days", 30);
}

void setDeadlineDays(sdk::Context& context, int days)
{
    if (context.user().role != sdk::Role::Admin)
        throw sdk::InputError("only an admin may change the approvals settings");
    if (days < 0 || days > 365)
        throw sdk::InputError("deadline_days: " + std::to_string(days)
                              + " is not a number of days from 0 to 365");
    context.settings().setValue("deadline_days", std::to_string(days));
    context.audit().record("set", "approvals.setting", std::nullopt,
                           QJsonObject{{"deadline_days", days}});
}

sdk::CheckDefinition decisionDeadlineCheck()
{
    return {"approvals.decision_deadline", "A Government decision before the tour starts",
            "Police Act, Art. 19", [](const sdk::CheckScope& scope) {
                const int days =
                    sdk::PluginSettings(scope.db, "approvals").intValue("deadline_days", 30);
                std::string sql =
                    "SELECT t.deployment_id, d.first_day, p.id, p.title, p.state "
                    "FROM approvals_tour t JOIN approvals_proposal p ON p.id = t.proposal_id "
                    "JOIN deployment d ON d.id = t.deployment_id "
                    "WHERE p.state IN ('draft', 'submitted', 'recommended') "
                    "AND d.status IN ('planned', 'proposed') AND d.first_day <= ? ";
                if (scope.deploymentId)
                    sql += "AND t.deployment_id = ? ";
                sdk::Statement st(scope.db, sql);
                st.bind(1, scope.today.addDays(days));
                if (scope.deploymentId)
                    st.bind(2, *scope.deploymentId);
                std::vector<sdk::Finding> out;
                while (st.step()) {
                    const sdk::Date first = st.date(1);
                    const std::string which = "proposal " + std::to_string(st.int64(2))
                                              + (st.text(3).empty() ? "" : " (" + st.text(3) + ")")
                                              + ", " + st.text(4) + ",";
                    const int left = scope.today.daysUntil(first);
                    sdk::Finding f;
                    f.ruleId = "approvals.decision_deadline";
                    f.legalBasis = "Police Act, Art. 19";
                    f.deploymentId = st.get<sdk::DeploymentId>(0);
                    if (first <= scope.today) {
                        f.severity = sdk::Severity::Blocking;
                        f.message = "the tour started on " + first.toIso() + " and " + which
                                    + " has no Government decision";
                    } else {
                        f.severity = sdk::Severity::Warning;
                        f.message = "the tour starts on " + first.toIso() + ", in "
                                    + sdk::dayCount(left) + ", and " + which
                                    + " has no Government decision yet";
                    }
                    out.push_back(std::move(f));
                }
                return out;
            }};
}

std::vector<sdk::FactLine> decisionFacts(sdk::Context& context, sdk::DeploymentId tour)
{
    const auto said = [](const char* text) {
        return QCoreApplication::translate("contingent::approvals", text).toStdString();
    };
    sdk::Statement st(context.store(),
                      "SELECT p.id, p.state, p.decided_on, p.decision_number, t.approved, "
                      "p.submitted_on, p.recommended_on FROM approvals_tour t "
                      "JOIN approvals_proposal p ON p.id = t.proposal_id "
                      "WHERE t.deployment_id = ? AND p.state <> 'withdrawn' ORDER BY p.id DESC");
    st.bind(1, tour);
    std::vector<sdk::FactLine> lines;
    while (st.step()) {
        const std::string id = std::to_string(st.int64(0));
        const ProposalState state = proposalStateFromString(st.textView(1));
        if (state == ProposalState::Decided || state == ProposalState::Notified) {
            const bool approved = st.int64(4) != 0;
            lines.push_back(
                {said(QT_TRANSLATE_NOOP("contingent::approvals", "Government decision")),
                 st.text(3) + ", " + st.text(2) + ": "
                     + (approved ? said(QT_TRANSLATE_NOOP("contingent::approvals", "approved"))
                                 : said(QT_TRANSLATE_NOOP("contingent::approvals", "not approved")))
                     + " (" + said(QT_TRANSLATE_NOOP("contingent::approvals", "proposal")) + " "
                     + id + ")"});
        } else {
            lines.push_back(
                {said(QT_TRANSLATE_NOOP("contingent::approvals", "Proposal")) + " " + id,
                 state == ProposalState::Draft
                     ? said(QT_TRANSLATE_NOOP("contingent::approvals", "draft, not submitted yet"))
                 : state == ProposalState::Submitted
                     ? said(QT_TRANSLATE_NOOP("contingent::approvals", "with the Minister since"))
                           + " " + st.text(5)
                     : said(QT_TRANSLATE_NOOP("contingent::approvals",
                                              "recommended by the Minister on"))
                           + " " + st.text(6) + "; "
                           + said(QT_TRANSLATE_NOOP("contingent::approvals",
                                                    "waiting for the Government"))});
        }
    }
    if (lines.empty())
        lines.push_back(
            {said(QT_TRANSLATE_NOOP("contingent::approvals", "Government decision")),
             said(QT_TRANSLATE_NOOP("contingent::approvals", "none: the tour is in no proposal"))});
    return lines;
}

} // namespace contingent::approvals
