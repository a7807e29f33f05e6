#include "claims.h"

#include <contingent/sdk/page.h>
#include <contingent/sdk/tablefile.h>
#include <contingent/sdk/transaction.h>

#include <QDateTime>
#include <QJsonObject>

namespace contingent::expenses {

namespace {

constexpr std::string_view kStates[] = {"submitted", "approved", "rejected", "paid"};

constexpr const char* kClaimColumns =
    "SELECT c.id, c.deployment_id, c.category, c.day, c.amount_cents, c.description, c.state, "
    "c.reason, c.submitted_by, c.submitted_at, c.decided_by, c.decided_at, c.paid_on, "
    "(SELECT name FROM expenses_receipt r WHERE r.claim_id = c.id), o.service_number, "
    "o.given_name || ' ' || o.family_name, m.code "
    "FROM expenses_claim c JOIN deployment d ON d.id = c.deployment_id "
    "JOIN officer o ON o.id = d.officer_id JOIN mission m ON m.id = d.mission_id ";

Claim readClaim(const sdk::Statement& st)
{
    Claim c;
    c.id = st.int64(0);
    c.tour = st.get<sdk::DeploymentId>(1);
    c.category = categoryFromString(st.textView(2));
    c.day = st.date(3);
    c.amount = sdk::Money::fromCents(st.int64(4));
    c.description = st.text(5);
    c.state = claimStateFromString(st.textView(6));
    c.reason = st.text(7);
    c.submittedBy = st.text(8);
    c.submittedAt = st.text(9);
    c.decidedBy = st.optionalText(10);
    c.decidedAt = st.optionalText(11);
    c.paidOn = st.optionalDate(12);
    c.receipt = st.optionalText(13);
    c.serviceNumber = st.text(14);
    c.officerName = st.text(15);
    c.missionCode = st.text(16);
    return c;
}

std::string now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

} // namespace

std::string_view toString(ClaimState state)
{
    return kStates[static_cast<int>(state)];
}

ClaimState claimStateFromString(std::string_view text)
{
    for (int i = 0; i < int(std::size(kStates)); ++i)
        if (kStates[i] == text)
            return static_cast<ClaimState>(i);
    throw sdk::InputError("unknown claim state " + sdk::quoted(text)
                          + " (submitted, approved, rejected, paid)");
}

Claim ClaimBook::visible(std::int64_t claimId)
{
    auto claim = find(claimId);
    if (!claim)
        throw sdk::InputError("there is no claim with id " + std::to_string(claimId));
    return *claim;
}

std::optional<Claim> ClaimBook::find(std::int64_t claimId)
{
    const sdk::CurrentUser& user = m_context.user();
    if (user.role == sdk::Role::Officer)
        return m_context.store().queryOne<Claim>(
            std::string(kClaimColumns) + "WHERE c.id = ? AND d.officer_id = ?", readClaim, claimId,
            user.officerId.value_or(sdk::OfficerId(0)));
    return m_context.store().queryOne<Claim>(std::string(kClaimColumns) + "WHERE c.id = ?",
                                             readClaim, claimId);
}

std::vector<Claim> ClaimBook::list(const ClaimFilter& filter)
{
    std::vector<Claim> claims;
    forEach(filter, [&claims](const Claim& c) { claims.push_back(c); });
    return claims;
}

void ClaimBook::forEach(const ClaimFilter& filter, const std::function<void(const Claim&)>& each)
{
    const sdk::CurrentUser& user = m_context.user();
    std::string sql = std::string(kClaimColumns) + "WHERE 1 ";
    if (user.role == sdk::Role::Officer)
        sql += "AND d.officer_id = ? ";
    if (filter.tour)
        sql += "AND c.deployment_id = ? ";
    if (filter.state)
        sql += "AND c.state = ? ";
    sql += "ORDER BY c.day DESC, c.id DESC LIMIT ?";
    sdk::Statement st(m_context.store(), sql);
    int i = 0;
    if (user.role == sdk::Role::Officer)
        st.bind(++i, user.officerId.value_or(sdk::OfficerId(0)));
    if (filter.tour)
        st.bind(++i, *filter.tour);
    if (filter.state)
        st.bind(++i, std::string(toString(*filter.state)));
    st.bind(++i, filter.limit);
    while (st.step())
        each(readClaim(st));
}

std::int64_t ClaimBook::waitingCount()
{
    return waitingCount(m_context.store(), m_context.user());
}

std::int64_t ClaimBook::waitingCount(sdk::Database& db, const sdk::CurrentUser& user)
{
    if (user.role == sdk::Role::Officer)
        return db
            .queryValue<std::int64_t>(
                "SELECT count(*) FROM expenses_claim c JOIN deployment d ON d.id = "
                "c.deployment_id WHERE c.state = 'submitted' AND d.officer_id = ?",
                user.officerId.value_or(sdk::OfficerId(0)))
            .value_or(0);
    return db
        .queryValue<std::int64_t>("SELECT count(*) FROM expenses_claim WHERE state = 'submitted'")
        .value_or(0);
}

std::int64_t ClaimBook::add(const Claim& claim, const std::optional<sdk::Attachment>& receipt)
{
    const sdk::CurrentUser& user = m_context.user();
    if (user.role == sdk::Role::Viewer)
        throw sdk::InputError("a viewer may not submit claims");
    const auto tour = m_context.deployments().find(claim.tour);
    if (!tour
        || (user.role == sdk::Role::Officer
            && (!user.officerId || tour->officerId != *user.officerId)))
        throw sdk::InputError("deployment: there is no tour with id "
                              + std::to_string(claim.tour.value())
                              + (user.role == sdk::Role::Officer ? " of yours" : ""));
    if (claim.amount <= sdk::Money())
        throw sdk::InputError("amount: " + claim.amount.toPlainString()
                              + (claim.amount < sdk::Money() ? " is negative" : " is nothing")
                              + "; a claim is for more than 0.00");
    if (claim.day > m_context.today())
        throw sdk::InputError("date: " + claim.day.toIso()
                              + " is after today; a claim is for a cost already paid");
    if (isPerDay(claim.category) && !tour->period.contains(claim.day))
        throw sdk::InputError("date: " + claim.day.toIso() + " is outside the tour ("
                              + tour->period.toString() + "); "
                              + std::string(toString(claim.category)) + " is earned per day of it");
    std::optional<sdk::Attachment> checked;
    if (receipt)
        checked = sdk::makeAttachment("receipt", receipt->name, receipt->bytes, kReceiptTypes);

    sdk::Savepoint sp(m_context.store());
    m_context.store().execute(
        "INSERT INTO expenses_claim (deployment_id, category, day, amount_cents, description, "
        "submitted_by, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        claim.tour, std::string(toString(claim.category)), claim.day, claim.amount.cents(),
        sdk::trimmed(claim.description), user.login, now());
    const std::int64_t id = m_context.store().lastInsertId();
    announce(m_context, "claim", id, sdk::ChangeKind::Created);
    m_context.audit().record(
        "submit", "expenses.claim", id,
        QJsonObject{{"deployment", qint64(claim.tour.value())},
                    {"category", QString::fromUtf8(toString(claim.category).data())},
                    {"date", QString::fromStdString(claim.day.toIso())},
                    {"amount", QString::fromStdString(claim.amount.toPlainString())}});
    if (checked)
        attach(id, *checked);
    sp.release();
    return id;
}

void ClaimBook::decide(std::int64_t claimId, bool approve, const std::string& reason)
{
    requireEditor(m_context, "decide claims");
    const Claim claim = visible(claimId);
    if (claim.state != ClaimState::Submitted)
        throw sdk::InputError("claim " + std::to_string(claimId) + " was already "
                              + std::string(toString(claim.state))
                              + (claim.decidedBy ? " by " + *claim.decidedBy : std::string())
                              + (claim.decidedAt ? " at " + *claim.decidedAt : std::string())
                              + "; a claim is decided once");
    const std::string why = sdk::trimmed(reason);
    if (!approve && why.empty())
        throw sdk::InputError("reason: a rejection says why");
    sdk::Savepoint sp(m_context.store());
    m_context.store().execute("UPDATE expenses_claim SET state = ?, reason = ?, decided_by = ?, "
                              "decided_at = ? WHERE id = ? AND state = 'submitted'",
                              std::string(approve ? "approved" : "rejected"), why,
                              m_context.user().login, now(), claimId);
    announce(m_context, "claim", claimId, sdk::ChangeKind::Updated);
    m_context.audit().record(approve ? "approve" : "reject", "expenses.claim", claimId,
                             QJsonObject{{"reason", QString::fromStdString(why)}});
    sp.release();
}

void ClaimBook::pay(std::int64_t claimId, sdk::Date day)
{
    requireEditor(m_context, "mark claims paid");
    const Claim claim = visible(claimId);
    if (claim.state != ClaimState::Approved)
        throw sdk::InputError("claim " + std::to_string(claimId) + " is "
                              + std::string(toString(claim.state))
                              + "; only an approved claim is paid");
    if (day > m_context.today())
        throw sdk::InputError("date: " + day.toIso() + " is after today");
    sdk::Savepoint sp(m_context.store());
    m_context.store().execute("UPDATE expenses_claim SET state = 'paid', paid_on = ? WHERE id = ?",
                              day, claimId);
    announce(m_context, "claim", claimId, sdk::ChangeKind::Updated);
    m_context.audit().record("pay", "expenses.claim", claimId,
                             QJsonObject{{"paid_on", QString::fromStdString(day.toIso())}});
    sp.release();
}

void ClaimBook::withdraw(std::int64_t claimId)
{
    const Claim claim = visible(claimId);
    const sdk::CurrentUser& user = m_context.user();
    if (!sdk::canEdit(user.role) && claim.submittedBy != user.login)
        throw sdk::InputError("only whoever submitted claim " + std::to_string(claimId)
                              + " may withdraw it");
    if (claim.state != ClaimState::Submitted)
        throw sdk::InputError("claim " + std::to_string(claimId) + " is already "
                              + std::string(toString(claim.state)) + "; it cannot be withdrawn");
    sdk::Savepoint sp(m_context.store());
    m_context.store().execute("DELETE FROM expenses_claim WHERE id = ?", claimId);
    announce(m_context, "claim", claimId, sdk::ChangeKind::Removed);
    m_context.audit().record(
        "withdraw", "expenses.claim", claimId,
        QJsonObject{{"amount", QString::fromStdString(claim.amount.toPlainString())}});
    sp.release();
}

void ClaimBook::attach(std::int64_t claimId, const sdk::Attachment& receipt)
{
    const Claim claim = visible(claimId);
    const sdk::CurrentUser& user = m_context.user();
    if (user.role == sdk::Role::Viewer)
        throw sdk::InputError("a viewer may not attach receipts");
    if (claim.state != ClaimState::Submitted)
        throw sdk::InputError("claim " + std::to_string(claimId) + " is already "
                              + std::string(toString(claim.state)) + "; its receipt cannot change");
    const sdk::Attachment checked =
        sdk::makeAttachment("receipt", receipt.name, receipt.bytes, kReceiptTypes);
    sdk::Savepoint sp(m_context.store());
    sdk::Statement st(m_context.store(),
                      "INSERT INTO expenses_receipt (claim_id, name, media_type, content) "
                      "VALUES (?, ?, ?, ?) ON CONFLICT (claim_id) DO UPDATE SET "
                      "name = excluded.name, media_type = excluded.media_type, "
                      "content = excluded.content");
    st.bindAll(claimId, checked.name, std::string(sdk::toString(checked.type)), checked.bytes);
    st.run();
    announce(m_context, "claim", claimId, sdk::ChangeKind::Updated);
    m_context.audit().record("attach", "expenses.claim", claimId,
                             QJsonObject{{"receipt", QString::fromStdString(checked.name)},
                                         {"bytes", qint64(checked.bytes.size())}});
    sp.release();
}

std::optional<sdk::Attachment> ClaimBook::receipt(std::int64_t claimId)
{
    visible(claimId);
    sdk::Statement st(m_context.store(),
                      "SELECT name, media_type, content FROM expenses_receipt WHERE claim_id = ?");
    st.bind(1, claimId);
    if (!st.step())
        return std::nullopt;
    return sdk::Attachment{st.text(0), sdk::mediaTypeFromString(st.text(1)), st.blob(2)};
}

} // namespace contingent::expenses
