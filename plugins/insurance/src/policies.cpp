#include "policies.h"

#include <contingent/sdk/repositories.h>
#include <contingent/sdk/tablefile.h>
#include <contingent/sdk/transaction.h>

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <map>

namespace contingent::insurance {

namespace {

const sdk::Migration kV1{1, "insurance policies, whom they cover, their documents", R"SQL(
CREATE TABLE insurance_policy (
    id INTEGER PRIMARY KEY,
    insurer TEXT NOT NULL CHECK (insurer <> ''),
    number TEXT NOT NULL CHECK (number <> ''),
    first_day TEXT NOT NULL,
    last_day TEXT NOT NULL,
    death_cents INTEGER NOT NULL CHECK (death_cents >= 0),
    disability_cents INTEGER NOT NULL CHECK (disability_cents >= 0),
    CHECK (first_day <= last_day),
    UNIQUE (insurer, number)
);
CREATE TABLE insurance_policy_officer (
    policy_id INTEGER NOT NULL REFERENCES insurance_policy(id) ON DELETE CASCADE,
    officer_id INTEGER NOT NULL REFERENCES officer(id) ON DELETE CASCADE,
    PRIMARY KEY (policy_id, officer_id)
) WITHOUT ROWID;
CREATE INDEX insurance_policy_officer_by_officer ON insurance_policy_officer(officer_id);
CREATE TABLE insurance_policy_mission (
    policy_id INTEGER NOT NULL REFERENCES insurance_policy(id) ON DELETE CASCADE,
    mission_id INTEGER NOT NULL REFERENCES mission(id) ON DELETE CASCADE,
    PRIMARY KEY (policy_id, mission_id)
) WITHOUT ROWID;
CREATE INDEX insurance_policy_mission_by_mission ON insurance_policy_mission(mission_id);
CREATE TABLE insurance_document (
    policy_id INTEGER PRIMARY KEY REFERENCES insurance_policy(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    content BLOB NOT NULL
);
)SQL"};

void require(bool ok, const std::string& message)
{
    if (!ok)
        throw sdk::InputError(message);
}

constexpr const char* kPolicyColumns =
    "SELECT p.id, p.insurer, p.number, p.first_day, p.last_day, p.death_cents, "
    "p.disability_cents, (SELECT name FROM insurance_document d WHERE d.policy_id = p.id) "
    "FROM insurance_policy p ";

Policy readPolicy(const sdk::Statement& st)
{
    Policy p;
    p.id = st.int64(0);
    p.insurer = st.text(1);
    p.number = st.text(2);
    p.period = sdk::Period(st.date(3), st.date(4));
    p.death = sdk::Money::fromCents(st.int64(5));
    p.disability = sdk::Money::fromCents(st.int64(6));
    p.document = st.optionalText(7);
    return p;
}

/// Fills whom `policies` cover, with their names: of the one policy `only`,
/// or of every policy of the store.
void readCovered(sdk::Database& db, std::optional<std::int64_t> only,
                 const std::vector<Policy*>& policies)
{
    std::map<std::int64_t, Policy*> byId;
    for (Policy* p : policies)
        byId[p->id] = p;
    const std::string where = only ? "WHERE c.policy_id = ? " : "";
    sdk::Statement officers(db, "SELECT c.policy_id, c.officer_id, o.service_number FROM "
                                "insurance_policy_officer c JOIN officer o ON o.id = c.officer_id "
                                    + where + "ORDER BY c.policy_id, c.officer_id");
    sdk::Statement missions(db, "SELECT c.policy_id, c.mission_id, m.code FROM "
                                "insurance_policy_mission c JOIN mission m ON m.id = c.mission_id "
                                    + where + "ORDER BY c.policy_id, c.mission_id");
    if (only) {
        officers.bind(1, *only);
        missions.bind(1, *only);
    }
    while (officers.step()) {
        Policy* p = byId.at(officers.int64(0));
        p->officers.push_back(officers.get<sdk::OfficerId>(1));
        p->serviceNumbers.push_back(officers.text(2));
    }
    while (missions.step()) {
        Policy* p = byId.at(missions.int64(0));
        p->missions.push_back(missions.get<sdk::MissionId>(1));
        p->missionCodes.push_back(missions.text(2));
    }
}

QJsonObject auditDetails(const Policy& p)
{
    QJsonArray officers, missions;
    for (sdk::OfficerId o : p.officers)
        officers.append(qint64(o.value()));
    for (sdk::MissionId m : p.missions)
        missions.append(qint64(m.value()));
    return {{"insurer", QString::fromStdString(p.insurer)},
            {"number", QString::fromStdString(p.number)},
            {"first_day", QString::fromStdString(p.period.first().toIso())},
            {"last_day", QString::fromStdString(p.period.last().toIso())},
            {"death", QString::fromStdString(p.death.toPlainString())},
            {"disability", QString::fromStdString(p.disability.toPlainString())},
            {"officers", officers},
            {"missions", missions}};
}

} // namespace

std::vector<sdk::Migration> migrations()
{
    return {kV1};
}

std::string policyName(const Policy& policy)
{
    return "policy " + policy.number + " (" + policy.insurer + ")";
}

void PolicyBook::check(const Policy& p)
{
    require(sdk::canEdit(m_context.user().role),
            "a " + std::string(sdk::toString(m_context.user().role))
                + " may not change insurance policies");
    require(!sdk::trimmed(p.insurer).empty(), "insurer: is required");
    require(!sdk::trimmed(p.number).empty(), "number: is required");
    require(p.death >= sdk::Money(), "death: the sum insured is negative");
    require(p.disability >= sdk::Money(), "disability: the sum insured is negative");
    require(p.officers.empty() != p.missions.empty(),
            p.officers.empty() ? "covered: name the officers or the missions the policy covers"
                               : "covered: a policy covers named officers or listed missions, "
                                 "not both");
    for (sdk::OfficerId o : p.officers)
        require(m_context.officers().find(o).has_value(),
                "officers: there is no officer with id " + std::to_string(o.value()));
    for (sdk::MissionId m : p.missions)
        require(m_context.missions().find(m).has_value(),
                "missions: there is no mission with id " + std::to_string(m.value()));
    if (const auto same = find(p.insurer, p.number); same && same->id != p.id)
        throw sdk::InputError("number: " + policyName(*same) + " is already stored (id "
                              + std::to_string(same->id) + ")");
}

void PolicyBook::writeCovered(const Policy& p)
{
    sdk::Database& db = m_context.store();
    db.execute("DELETE FROM insurance_policy_officer WHERE policy_id = ?", p.id);
    db.execute("DELETE FROM insurance_policy_mission WHERE policy_id = ?", p.id);
    for (sdk::OfficerId o : p.officers)
        db.execute("INSERT OR IGNORE INTO insurance_policy_officer VALUES (?, ?)", p.id, o);
    for (sdk::MissionId m : p.missions)
        db.execute("INSERT OR IGNORE INTO insurance_policy_mission VALUES (?, ?)", p.id, m);
}

void announce(sdk::Context& context, const char* entity, std::int64_t id, sdk::ChangeKind kind)
{
    context.changes().announceAfterCommit(
        context.store(), QStringLiteral("insurance.") + QLatin1String(entity), id, kind);
}

std::int64_t PolicyBook::add(const Policy& policy)
{
    check(policy);
    sdk::Savepoint sp(m_context.store());
    m_context.store().execute(
        "INSERT INTO insurance_policy (insurer, number, first_day, last_day, death_cents, "
        "disability_cents) VALUES (?, ?, ?, ?, ?, ?)",
        sdk::trimmed(policy.insurer), sdk::trimmed(policy.number), policy.period.first(),
        policy.period.last(), policy.death.cents(), policy.disability.cents());
    Policy stored = policy;
    stored.id = m_context.store().lastInsertId();
    writeCovered(stored);
    m_context.audit().record("create", "insurance.policy", stored.id, auditDetails(stored));
    announce(m_context, "policy", stored.id, sdk::ChangeKind::Created);
    sp.release();
    return stored.id;
}

void PolicyBook::update(const Policy& policy)
{
    require(find(policy.id).has_value(),
            "there is no insurance policy with id " + std::to_string(policy.id));
    check(policy);
    sdk::Savepoint sp(m_context.store());
    m_context.store().execute(
        "UPDATE insurance_policy SET insurer = ?, number = ?, first_day = ?, last_day = ?, "
        "death_cents = ?, disability_cents = ? WHERE id = ?",
        sdk::trimmed(policy.insurer), sdk::trimmed(policy.number), policy.period.first(),
        policy.period.last(), policy.death.cents(), policy.disability.cents(), policy.id);
    writeCovered(policy);
    m_context.audit().record("update", "insurance.policy", policy.id, auditDetails(policy));
    announce(m_context, "policy", policy.id, sdk::ChangeKind::Updated);
    sp.release();
}

void PolicyBook::remove(std::int64_t policyId)
{
    require(sdk::canEdit(m_context.user().role),
            "a " + std::string(sdk::toString(m_context.user().role))
                + " may not change insurance policies");
    const auto policy = find(policyId);
    require(policy.has_value(), "there is no insurance policy with id " + std::to_string(policyId));
    sdk::Savepoint sp(m_context.store());
    m_context.store().execute("DELETE FROM insurance_policy WHERE id = ?", policyId);
    m_context.audit().record("delete", "insurance.policy", policyId, auditDetails(*policy));
    announce(m_context, "policy", policyId, sdk::ChangeKind::Removed);
    sp.release();
}

void PolicyBook::attach(std::int64_t policyId, const sdk::Attachment& document)
{
    require(sdk::canEdit(m_context.user().role),
            "a " + std::string(sdk::toString(m_context.user().role))
                + " may not change insurance policies");
    require(find(policyId).has_value(),
            "there is no insurance policy with id " + std::to_string(policyId));
    // What reaches the store is checked here too, whoever made the Attachment.
    const sdk::Attachment checked =
        sdk::makeAttachment("document", document.name, document.bytes, kDocumentTypes);
    sdk::Savepoint sp(m_context.store());
    sdk::Statement st(m_context.store(),
                      "INSERT INTO insurance_document (policy_id, name, media_type, content) "
                      "VALUES (?, ?, ?, ?) ON CONFLICT (policy_id) DO UPDATE SET "
                      "name = excluded.name, media_type = excluded.media_type, "
                      "content = excluded.content");
    st.bindAll(policyId, checked.name, std::string(sdk::toString(checked.type)), checked.bytes);
    st.run();
    m_context.audit().record("attach", "insurance.policy", policyId,
                             QJsonObject{{"document", QString::fromStdString(checked.name)},
                                         {"bytes", qint64(checked.bytes.size())}});
    announce(m_context, "policy", policyId, sdk::ChangeKind::Updated);
    sp.release();
}

std::optional<sdk::Attachment> PolicyBook::document(std::int64_t policyId)
{
    sdk::Statement st(m_context.store(), "SELECT name, media_type, content FROM "
                                         "insurance_document WHERE policy_id = ?");
    st.bind(1, policyId);
    if (!st.step())
        return std::nullopt;
    return sdk::Attachment{st.text(0), sdk::mediaTypeFromString(st.text(1)), st.blob(2)};
}

std::optional<Policy> PolicyBook::find(std::int64_t policyId)
{
    auto policy = m_context.store().queryOne<Policy>(std::string(kPolicyColumns) + "WHERE id = ?",
                                                     readPolicy, policyId);
    if (policy)
        readCovered(m_context.store(), {policy->id}, {&*policy});
    return policy;
}

std::optional<Policy> PolicyBook::find(const std::string& insurer, const std::string& number)
{
    const auto id = m_context.store().queryValue<std::int64_t>(
        "SELECT id FROM insurance_policy WHERE insurer = ? AND number = ?", sdk::trimmed(insurer),
        sdk::trimmed(number));
    return id ? find(*id) : std::nullopt;
}

std::vector<Policy> PolicyBook::all()
{
    sdk::Database& db = m_context.store();
    std::vector<Policy> policies =
        db.queryAll<Policy>(std::string(kPolicyColumns) + "ORDER BY p.first_day, p.id", readPolicy);
    std::vector<Policy*> all;
    for (Policy& p : policies)
        all.push_back(&p);
    readCovered(db, std::nullopt, all);
    return policies;
}

} // namespace contingent::insurance
