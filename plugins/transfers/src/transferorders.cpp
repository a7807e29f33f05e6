#include "transferorders.h"

#include <contingent/sdk/checks.h>
#include <contingent/sdk/repositories.h>
#include <contingent/sdk/transaction.h>

#include <QJsonObject>

#include <algorithm>

namespace contingent::transfers {

namespace {

constexpr const char* kArt77Limit = "Police Act, Art. 77(1)-(2)";
constexpr const char* kArt77Notice = "Police Act, Art. 77(3)";

const sdk::Migration kV1{1, "transfer orders and rule sets", R"SQL(
CREATE TABLE transfers_order (
    id INTEGER PRIMARY KEY,
    deployment_id INTEGER NOT NULL REFERENCES deployment(id) ON DELETE CASCADE,
    number TEXT NOT NULL DEFAULT '',
    first_day TEXT NOT NULL,
    last_day TEXT NOT NULL,
    handed_on TEXT,
    signed_by TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    CHECK (first_day <= last_day)
);
CREATE INDEX transfers_order_by_tour ON transfers_order(deployment_id, first_day);
CREATE TABLE transfers_rule_set (
    valid_from TEXT PRIMARY KEY,
    max_months INTEGER NOT NULL CHECK (max_months > 0),
    notice_days INTEGER NOT NULL CHECK (notice_days >= 0)
);
)SQL"};

// The orders still to hand over, by first day: what the Due list and the Home
// card read, without scanning every order of a big store.
const sdk::Migration kV2{2, "orders waiting for their hand-over", R"SQL(
CREATE INDEX transfers_order_waiting ON transfers_order(first_day) WHERE handed_on IS NULL;
)SQL"};

// The tours still to serve, by first day: the Tours tab lists the first 300 of
// them, walking this index, instead of walking every tour since 1997 past the
// completed ones (on 500 000 tours, most of the table).
const sdk::Migration kV3{3, "tours not yet completed, by first day", R"SQL(
CREATE INDEX transfers_open_tour ON deployment (first_day)
    WHERE status NOT IN ('completed', 'cancelled');
)SQL"};

void require(bool ok, const std::string& message)
{
    if (!ok)
        throw sdk::InputError(message);
}

TransferOrder readOrder(const sdk::Statement& st)
{
    TransferOrder o;
    o.id = st.int64(0);
    o.deployment = st.get<sdk::DeploymentId>(1);
    o.number = st.text(2);
    o.period = sdk::Period(st.date(3), st.date(4));
    o.handedOn = st.optionalDate(5);
    o.signedBy = st.text(6);
    o.legalBasis = st.text(7);
    return o;
}

constexpr const char* kOrderColumns =
    "SELECT id, deployment_id, number, first_day, last_day, handed_on, signed_by, legal_basis "
    "FROM transfers_order ";

sdk::Finding finding(sdk::Severity severity, const char* rule, const char* basis,
                     std::string message, sdk::DeploymentId tour)
{
    return {severity, rule, basis, std::move(message), tour, {}};
}

std::string orderName(const TransferOrder& o)
{
    return "transfer order " + (o.number.empty() ? "#" + std::to_string(o.id) : o.number) + " ("
           + o.period.toString() + ")";
}

/// Every order of the tours in scope that still count (not cancelled or completed,
/// unless `all`), with their tour's period and status, grouped by tour.
struct TourOrders {
    sdk::DeploymentId tour;
    sdk::Period period{sdk::Date(), sdk::Date()};
    sdk::DeploymentStatus status = sdk::DeploymentStatus::Planned;
    std::vector<TransferOrder> orders;
};

/// Hands each tour in scope with its orders to `each`, tour by tour in id order: two cursors
/// merged, linear, holding one tour's orders at a time.
void forEachTour(const sdk::CheckScope& scope, const std::function<void(const TourOrders&)>& each)
{
    std::string sql = "SELECT id, first_day, last_day, status FROM deployment "
                      "WHERE status NOT IN ('cancelled') ";
    if (scope.deploymentId)
        sql += "AND id = ? ";
    sql += "ORDER BY id";
    sdk::Statement st(scope.db, sql);
    std::string orders = std::string(kOrderColumns);
    if (scope.deploymentId)
        orders += "WHERE deployment_id = ? ";
    orders += "ORDER BY deployment_id, first_day";
    sdk::Statement os(scope.db, orders);
    if (scope.deploymentId) {
        st.bind(1, *scope.deploymentId);
        os.bind(1, *scope.deploymentId);
    }
    std::optional<TransferOrder> next;
    if (os.step())
        next = readOrder(os);
    TourOrders tour;
    while (st.step()) {
        tour.tour = st.get<sdk::DeploymentId>(0);
        tour.period = sdk::Period(st.date(1), st.date(2));
        tour.status = sdk::deploymentStatusFromString(st.text(3));
        tour.orders.clear();
        for (; next && next->deployment <= tour.tour;
             next = os.step() ? std::optional(readOrder(os)) : std::nullopt)
            if (next->deployment == tour.tour)
                tour.orders.push_back(std::move(*next));
        each(tour);
    }
}

bool stillPlanned(sdk::DeploymentStatus s)
{
    return s != sdk::DeploymentStatus::Completed && s != sdk::DeploymentStatus::Cancelled;
}

/// A completed tour's orders are history: what went wrong is recorded (info),
/// and blocks nothing; a tour still ahead or running gets `severity`.
sdk::Severity historyOr(sdk::DeploymentStatus status, sdk::Severity severity)
{
    return stillPlanned(status) ? severity : sdk::Severity::Info;
}

} // namespace

std::vector<sdk::Migration> migrations()
{
    return {kV1, kV2, kV3};
}

RuleSet actRuleSet()
{
    return {sdk::Date::fromIso("1998-07-18"), 6, 7};
}

std::vector<RuleSet> ruleSets(sdk::Database& db)
{
    std::vector<RuleSet> sets = db.queryAll<RuleSet>(
        "SELECT valid_from, max_months, notice_days FROM transfers_rule_set ORDER BY valid_from",
        [](const sdk::Statement& st) {
            return RuleSet{st.date(0), st.integer(1), st.integer(2)};
        });
    // The Act's own limits hold from its first day until a stored set says
    // otherwise: a new set never reaches back before its own valid-from day.
    if (sets.empty() || actRuleSet().validFrom < sets.front().validFrom)
        sets.insert(sets.begin(), actRuleSet());
    return sets;
}

void saveRuleSet(sdk::Context& context, const RuleSet& set)
{
    require(context.user().role == sdk::Role::Admin,
            "rule sets: only an administrator changes the limits of Art. 77");
    require(set.maxMonths >= 1 && set.maxMonths <= 24,
            "max_months: " + std::to_string(set.maxMonths) + " is not between 1 and 24");
    require(set.noticeDays >= 0 && set.noticeDays <= 90,
            "notice_days: " + std::to_string(set.noticeDays) + " is not between 0 and 90");
    sdk::Savepoint sp(context.store());
    context.store().execute(
        "INSERT INTO transfers_rule_set (valid_from, max_months, notice_days) VALUES (?, ?, ?) "
        "ON CONFLICT (valid_from) DO UPDATE SET max_months = excluded.max_months, "
        "notice_days = excluded.notice_days",
        set.validFrom, set.maxMonths, set.noticeDays);
    context.audit().record(
        "save", "transfers.rule_set", std::nullopt,
        QJsonObject{{"valid_from", QString::fromStdString(set.validFrom.toIso())},
                    {"max_months", set.maxMonths},
                    {"notice_days", set.noticeDays}});
    sp.release();
}

RuleSet ruleSetOn(const std::vector<RuleSet>& sets, sdk::Date day)
{
    RuleSet in = sets.empty() ? actRuleSet() : sets.front();
    for (const RuleSet& s : sets)
        if (s.validFrom <= day)
            in = s;
    return in;
}

sdk::Date handOverDeadline(sdk::Date firstDay, int noticeDays)
{
    // Art. 77(3) "at least seven days before": duty on the 15th, order by the 8th.
    return firstDay.addDays(-noticeDays);
}

void OrderBook::check(const TransferOrder& order)
{
    require(sdk::canEdit(m_context.user().role),
            "a " + std::string(sdk::toString(m_context.user().role))
                + " may not change transfer orders");
    const auto tour = m_context.deployments().find(order.deployment);
    require(tour.has_value(),
            "tour: there is no tour with id " + std::to_string(order.deployment.value()));
    require(tour->period.contains(order.period),
            "first_day/last_day: the order " + order.period.toString() + " is not inside its tour "
                + tour->period.toString());
    for (const TransferOrder& other : forTour(order.deployment))
        if (other.id != order.id)
            require(!other.period.overlaps(order.period), "first_day/last_day: the order "
                                                              + order.period.toString()
                                                              + " overlaps " + orderName(other));
    require(!order.handedOn || *order.handedOn <= m_context.today(),
            "handed_on: " + (order.handedOn ? order.handedOn->toIso() : "")
                + " is after today; record a hand-over once it happened");
}

std::int64_t OrderBook::add(const TransferOrder& order)
{
    check(order);
    sdk::Savepoint sp(m_context.store());
    m_context.store().execute(
        "INSERT INTO transfers_order (deployment_id, number, first_day, last_day, handed_on, "
        "signed_by, legal_basis) VALUES (?, ?, ?, ?, ?, ?, ?)",
        order.deployment, order.number, order.period.first(), order.period.last(), order.handedOn,
        order.signedBy, order.legalBasis);
    const std::int64_t id = m_context.store().lastInsertId();
    m_context.audit().record(
        "create", "transfers.order", id,
        QJsonObject{{"deployment", qint64(order.deployment.value())},
                    {"first_day", QString::fromStdString(order.period.first().toIso())},
                    {"last_day", QString::fromStdString(order.period.last().toIso())}});
    sp.release();
    return id;
}

void OrderBook::handOver(std::int64_t orderId, sdk::Date day)
{
    require(sdk::canEdit(m_context.user().role),
            "a " + std::string(sdk::toString(m_context.user().role))
                + " may not record a hand-over");
    const auto order = find(orderId);
    require(order.has_value(), "there is no transfer order with id " + std::to_string(orderId));
    require(day <= m_context.today(), "--date: " + day.toIso() + " is after today");
    sdk::Savepoint sp(m_context.store());
    m_context.store().execute("UPDATE transfers_order SET handed_on = ? WHERE id = ?", day,
                              orderId);
    m_context.audit().record("hand-over", "transfers.order", orderId,
                             QJsonObject{{"handed_on", QString::fromStdString(day.toIso())}});
    sp.release();
}

void OrderBook::update(const TransferOrder& order)
{
    const auto stored = find(order.id);
    require(stored.has_value(), "there is no transfer order with id " + std::to_string(order.id));
    require(stored->deployment == order.deployment,
            "deployment: an order stays with its tour (" + std::to_string(order.id) + ")");
    check(order);
    sdk::Savepoint sp(m_context.store());
    m_context.store().execute(
        "UPDATE transfers_order SET number = ?, first_day = ?, last_day = ?, handed_on = ?, "
        "signed_by = ?, legal_basis = ? WHERE id = ?",
        order.number, order.period.first(), order.period.last(), order.handedOn, order.signedBy,
        order.legalBasis, order.id);
    m_context.audit().record(
        "update", "transfers.order", order.id,
        QJsonObject{{"first_day", QString::fromStdString(order.period.first().toIso())},
                    {"last_day", QString::fromStdString(order.period.last().toIso())},
                    {"handed_on", order.handedOn ? QString::fromStdString(order.handedOn->toIso())
                                                 : QString()}});
    sp.release();
}

std::vector<TransferOrder> OrderBook::forOfficer(sdk::OfficerId officer)
{
    return m_context.store().queryAll<TransferOrder>(
        std::string(kOrderColumns)
            + "WHERE deployment_id IN (SELECT id FROM deployment WHERE officer_id = ?) "
              "ORDER BY first_day",
        readOrder, officer);
}

std::optional<TransferOrder> OrderBook::find(std::int64_t orderId)
{
    return m_context.store().queryOne<TransferOrder>(std::string(kOrderColumns) + "WHERE id = ?",
                                                     readOrder, orderId);
}

std::vector<TransferOrder> OrderBook::forTour(sdk::DeploymentId tour)
{
    return m_context.store().queryAll<TransferOrder>(
        std::string(kOrderColumns) + "WHERE deployment_id = ? ORDER BY first_day", readOrder, tour);
}

std::vector<TransferOrder> OrderBook::all()
{
    return m_context.store().queryAll<TransferOrder>(
        std::string(kOrderColumns) + "ORDER BY deployment_id, first_day", readOrder);
}

void OrderBook::forEach(std::optional<sdk::OfficerId> officer,
                        const std::function<void(const TransferOrder&)>& each)
{
    sdk::Statement st(m_context.store(),
                      std::string(kOrderColumns)
                          + (officer ? "WHERE deployment_id IN (SELECT id FROM deployment WHERE "
                                       "officer_id = ?) ORDER BY first_day"
                                     : "ORDER BY deployment_id, first_day"));
    if (officer)
        st.bind(1, *officer);
    while (st.step())
        each(readOrder(st));
}

std::vector<TransferOrder> proposeSplit(sdk::Context& context, sdk::DeploymentId tour)
{
    const sdk::Deployment d = context.deployments().get(tour);
    const std::vector<RuleSet> sets = ruleSets(context.store());
    std::vector<TransferOrder> existing = OrderBook(context).forTour(tour);
    std::vector<TransferOrder> proposal;
    sdk::Date day = d.period.first();
    std::size_t next = 0;
    while (day <= d.period.last()) {
        while (next < existing.size() && existing[next].period.last() < day)
            ++next;
        if (next < existing.size() && existing[next].period.contains(day)) {
            day = existing[next].period.last().addDays(1);
            continue;
        }
        // Up to the limit in force on its first day, the tour's end or the next order.
        sdk::Date last = sdk::Period::ofMonths(day, ruleSetOn(sets, day).maxMonths).last();
        last = std::min(last, d.period.last());
        if (next < existing.size())
            last = std::min(last, existing[next].period.first().addDays(-1));
        TransferOrder o;
        o.deployment = tour;
        o.period = sdk::Period(day, last);
        proposal.push_back(o);
        day = last.addDays(1);
    }
    return proposal;
}

std::vector<sdk::CheckDefinition> transferChecks()
{
    std::vector<sdk::CheckDefinition> checks;
    checks.push_back(sdk::streamedCheck(
        "transfers.order_too_long", "A transfer order lasts longer than the limit", kArt77Limit,
        [](const sdk::CheckScope& scope, const sdk::FindingSink& sink) {
            const auto sets = ruleSets(scope.db);
            forEachTour(scope, [&](const TourOrders& t) {
                for (const TransferOrder& o : t.orders) {
                    const int months = ruleSetOn(sets, o.period.first()).maxMonths;
                    if (!o.period.spansAtMostMonths(months))
                        sink(finding(
                            historyOr(t.status, sdk::Severity::Blocking),
                            "transfers.order_too_long", kArt77Limit,
                            orderName(o) + " lasts longer than " + std::to_string(months)
                                + " months; it may run until "
                                + sdk::Period::ofMonths(o.period.first(), months).last().toIso()
                                + " and a further order cover the rest",
                            t.tour));
                }
            });
        }));
    checks.push_back(sdk::streamedCheck(
        "transfers.uncovered_days", "Days of a tour that no transfer order covers", kArt77Limit,
        [](const sdk::CheckScope& scope, const sdk::FindingSink& sink) {
            forEachTour(scope, [&](const TourOrders& t) {
                if (!stillPlanned(t.status))
                    return;
                sdk::Date day = t.period.first();
                int uncovered = 0;
                std::optional<sdk::Date> firstUncovered;
                for (const TransferOrder& o : t.orders) {
                    if (o.period.first() > day) {
                        firstUncovered = firstUncovered.value_or(day);
                        uncovered +=
                            day.daysUntil(std::min(o.period.first(), t.period.last().addDays(1)));
                    }
                    day = std::max(day, o.period.last().addDays(1));
                }
                if (day <= t.period.last()) {
                    firstUncovered = firstUncovered.value_or(day);
                    uncovered += day.daysUntil(t.period.last()) + 1;
                }
                if (firstUncovered)
                    sink(finding(sdk::Severity::Blocking, "transfers.uncovered_days", kArt77Limit,
                                 sdk::dayCount(uncovered) + " of tour " + t.period.toString()
                                     + (uncovered == 1 ? " has" : " have")
                                     + " no transfer order, the first " + firstUncovered->toIso(),
                                 t.tour));
            });
        }));
    checks.push_back(sdk::streamedCheck(
        "transfers.late_hand_over", "A transfer order was handed over too late", kArt77Notice,
        [](const sdk::CheckScope& scope, const sdk::FindingSink& sink) {
            const auto sets = ruleSets(scope.db);
            forEachTour(scope, [&](const TourOrders& t) {
                for (const TransferOrder& o : t.orders) {
                    const int notice = ruleSetOn(sets, o.period.first()).noticeDays;
                    const sdk::Date deadline = handOverDeadline(o.period.first(), notice);
                    if (o.handedOn && *o.handedOn > deadline)
                        sink(finding(historyOr(t.status, sdk::Severity::Blocking),
                                     "transfers.late_hand_over", kArt77Notice,
                                     orderName(o) + " was handed over on " + o.handedOn->toIso()
                                         + ", fewer than " + std::to_string(notice)
                                         + " days before duty; the deadline was "
                                         + deadline.toIso(),
                                     t.tour));
                }
            });
        }));
    checks.push_back(sdk::streamedCheck(
        "transfers.hand_over_due", "A transfer order is still to be handed over", kArt77Notice,
        [](const sdk::CheckScope& scope, const sdk::FindingSink& sink) {
            const auto sets = ruleSets(scope.db);
            forEachTour(scope, [&](const TourOrders& t) {
                if (!stillPlanned(t.status))
                    return;
                for (const TransferOrder& o : t.orders) {
                    if (o.handedOn)
                        continue;
                    const int notice = ruleSetOn(sets, o.period.first()).noticeDays;
                    const sdk::Date deadline = handOverDeadline(o.period.first(), notice);
                    if (deadline < scope.today)
                        sink(finding(sdk::Severity::Blocking, "transfers.hand_over_due",
                                     kArt77Notice,
                                     orderName(o) + " is not handed over and its deadline "
                                         + deadline.toIso() + " has passed",
                                     t.tour));
                    else if (deadline <= scope.today.addDays(notice))
                        sink(finding(
                            sdk::Severity::Warning, "transfers.hand_over_due", kArt77Notice,
                            orderName(o) + " must be handed over by " + deadline.toIso() + " ("
                                + sdk::dayCount(scope.today.daysUntil(deadline)) + " left)",
                            t.tour));
                }
            });
        }));
    return checks;
}

} // namespace contingent::transfers
