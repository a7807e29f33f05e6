#include "repositoryhelpers.h"
#include "contingent/sdk/sqltablemodel.h"

#include "contingent/sdk/changes.h"

#include <QJsonDocument>

#include <algorithm>

namespace contingent::sdk {

using namespace detail;

namespace {

constexpr const char* kOfficerColumns = "id, service_number, given_name, family_name, gender, "
                                        "birth_date, rank, unit, email, active";

Officer readOfficer(const Statement& st)
{
    return Officer{st.get<OfficerId>(0), st.text(1), st.text(2), st.text(3), st.text(4),
                   st.optionalDate(5),   st.text(6), st.text(7), st.text(8), st.int64(9) != 0};
}

QJsonObject json(const Officer& o)
{
    return {{"service_number", q(o.serviceNumber)},
            {"given_name", q(o.givenName)},
            {"family_name", q(o.familyName)},
            {"gender", q(o.gender)},
            {"birth_date", o.birthDate ? q(o.birthDate->toIso()) : QString()},
            {"rank", q(o.rank)},
            {"unit", q(o.unit)},
            {"email", q(o.email)},
            {"active", o.active}};
}

void validate(const Officer& o)
{
    require(!blank(o.serviceNumber), "officer: service number is empty");
    require(!blank(o.givenName), "officer " + o.serviceNumber + ": given name is empty");
    require(!blank(o.familyName), "officer " + o.serviceNumber + ": family name is empty");
    require(o.gender == "F" || o.gender == "M" || o.gender == "X",
            "officer " + o.serviceNumber + ": gender \"" + o.gender + "\" is not F, M or X");
}

constexpr const char* kMissionColumns =
    "id, code, name, organisation, host_country, start_date, end_date, risk_level";

Mission readMission(const Statement& st)
{
    return Mission{
        st.get<MissionId>(0), st.text(1), st.text(2),         st.text(3),
        st.text(4),           st.date(5), st.optionalDate(6), riskLevelFromString(st.text(7))};
}

QJsonObject json(const Mission& m)
{
    return {{"code", q(m.code)},
            {"name", q(m.name)},
            {"organisation", q(m.organisation)},
            {"host_country", q(m.hostCountry)},
            {"start_date", q(m.startDate.toIso())},
            {"end_date", m.endDate ? q(m.endDate->toIso()) : QString()},
            {"risk_level", q(toString(m.riskLevel))}};
}

void validate(const Mission& m)
{
    static const std::string_view orgs[] = {"WEU",           "EU",        "UN",   "OSCE",
                                            "multinational", "bilateral", "other"};
    require(!blank(m.code), "mission: code is empty");
    require(!blank(m.name), "mission " + m.code + ": name is empty");
    require(std::find(std::begin(orgs), std::end(orgs), m.organisation) != std::end(orgs),
            "mission " + m.code + ": organisation \"" + m.organisation
                + "\" is not one of WEU, EU, UN, OSCE, multinational, bilateral, other");
    require(!m.endDate || *m.endDate >= m.startDate,
            "mission " + m.code + ": ends (" + (m.endDate ? m.endDate->toIso() : "")
                + ") before it starts (" + m.startDate.toIso() + ")");
}

constexpr const char* kDeploymentColumns =
    "id, officer_id, mission_id, position, first_day, last_day, status, risk_level";

Deployment readDeployment(const Statement& st)
{
    return Deployment{st.get<DeploymentId>(0),
                      st.get<OfficerId>(1),
                      st.get<MissionId>(2),
                      st.text(3),
                      Period(st.date(4), st.date(5)),
                      deploymentStatusFromString(st.text(6)),
                      st.isNull(7) ? std::nullopt : std::optional(riskLevelFromString(st.text(7)))};
}

std::optional<std::string_view> riskText(const std::optional<RiskLevel>& level)
{
    return level ? std::optional(toString(*level)) : std::nullopt;
}

QJsonObject json(const Deployment& d)
{
    return {{"officer_id", qint64(d.officerId.value())},
            {"mission_id", qint64(d.missionId.value())},
            {"position", q(d.position)},
            {"first_day", q(d.period.first().toIso())},
            {"last_day", q(d.period.last().toIso())},
            {"status", q(toString(d.status))},
            {"risk_level", d.riskLevel ? q(toString(*d.riskLevel)) : QString()}};
}

} // namespace

OfficerId OfficerRepository::add(const Officer& o)
{
    validate(o);
    require(!findByServiceNumber(o.serviceNumber),
            "officer: service number " + o.serviceNumber + " is already on the roster");
    Savepoint sp(db());
    translatingConstraints("officer " + o.serviceNumber, [&] {
        db().execute("INSERT INTO officer (service_number, given_name, family_name, gender, "
                     "birth_date, rank, unit, email, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     o.serviceNumber, o.givenName, o.familyName, o.gender, o.birthDate, o.rank,
                     o.unit, o.email, o.active);
    });
    const auto id = db().lastInsertId();
    audited("create", "officer", id, json(o));
    sp.release();
    return OfficerId(id);
}

void OfficerRepository::update(const Officer& o)
{
    validate(o);
    requireRow(db(), o.id);
    Savepoint sp(db());
    translatingConstraints("officer " + o.serviceNumber, [&] {
        db().execute("UPDATE officer SET service_number = ?, given_name = ?, family_name = ?, "
                     "gender = ?, birth_date = ?, rank = ?, unit = ?, email = ?, active = ? "
                     "WHERE id = ?",
                     o.serviceNumber, o.givenName, o.familyName, o.gender, o.birthDate, o.rank,
                     o.unit, o.email, o.active, o.id);
    });
    audited("update", "officer", o.id, json(o));
    sp.release();
}

void OfficerRepository::remove(OfficerId id)
{
    const Officer o = get(id);
    const auto tours =
        db().queryValue<std::int64_t>("SELECT count(*) FROM deployment WHERE officer_id = ?", id);
    require(tours.value_or(0) == 0, "officer " + o.serviceNumber + " has "
                                        + std::to_string(tours.value_or(0))
                                        + " deployment(s); remove or reassign them first");
    Savepoint sp(db());
    translatingConstraints("officer " + o.serviceNumber,
                           [&] { db().execute("DELETE FROM officer WHERE id = ?", id); });
    audited("remove", "officer", id, json(o));
    sp.release();
}

std::optional<Officer> OfficerRepository::find(OfficerId id)
{
    return one<Officer>(db(), sql("SELECT ", kOfficerColumns, " FROM officer WHERE id = ?"),
                        readOfficer, id);
}

Officer OfficerRepository::get(OfficerId id)
{
    if (auto o = find(id))
        return *o;
    throw InputError("no officer with id " + std::to_string(id.value()));
}

std::optional<Officer> OfficerRepository::findByServiceNumber(std::string_view serviceNumber)
{
    return one<Officer>(db(),
                        sql("SELECT ", kOfficerColumns, " FROM officer WHERE service_number = ?"),
                        readOfficer, serviceNumber);
}

/// Officers by name in the Slovene alphabet (alphabeticalOrder()), as the roster shows them.
const std::string kOfficersByName = alphabeticalOrder("family_name || ', ' || given_name") + ", id";

std::vector<Officer> OfficerRepository::all()
{
    return list<Officer>(
        db(), sql("SELECT ", kOfficerColumns, " FROM officer ORDER BY " + kOfficersByName),
        readOfficer);
}

void OfficerRepository::forEach(const std::function<void(const Officer&)>& each)
{
    Statement st(db(),
                 sql("SELECT ", kOfficerColumns, " FROM officer ORDER BY " + kOfficersByName));
    while (st.step())
        each(readOfficer(st));
}

std::int64_t OfficerRepository::count()
{
    return db().queryValue<std::int64_t>("SELECT count(*) FROM officer").value_or(0);
}

MissionId MissionRepository::add(const Mission& m)
{
    validate(m);
    require(!findByCode(m.code), "mission: code " + m.code + " is already in the catalogue");
    Savepoint sp(db());
    translatingConstraints("mission " + m.code, [&] {
        db().execute("INSERT INTO mission (code, name, organisation, host_country, start_date, "
                     "end_date, risk_level) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     m.code, m.name, m.organisation, m.hostCountry, m.startDate, m.endDate,
                     toString(m.riskLevel));
    });
    const auto id = db().lastInsertId();
    audited("create", "mission", id, json(m));
    sp.release();
    return MissionId(id);
}

void MissionRepository::update(const Mission& m)
{
    validate(m);
    requireRow(db(), m.id);
    Savepoint sp(db());
    translatingConstraints("mission " + m.code, [&] {
        db().execute("UPDATE mission SET code = ?, name = ?, organisation = ?, host_country = ?, "
                     "start_date = ?, end_date = ?, risk_level = ? WHERE id = ?",
                     m.code, m.name, m.organisation, m.hostCountry, m.startDate, m.endDate,
                     toString(m.riskLevel), m.id);
    });
    audited("update", "mission", m.id, json(m));
    sp.release();
}

void MissionRepository::remove(MissionId id)
{
    const Mission m = get(id);
    const auto tours =
        db().queryValue<std::int64_t>("SELECT count(*) FROM deployment WHERE mission_id = ?", id);
    require(tours.value_or(0) == 0, "mission " + m.code + " has "
                                        + std::to_string(tours.value_or(0))
                                        + " deployment(s); it cannot be removed");
    Savepoint sp(db());
    db().execute("DELETE FROM mission WHERE id = ?", id);
    audited("remove", "mission", id, json(m));
    sp.release();
}

std::optional<Mission> MissionRepository::find(MissionId id)
{
    return one<Mission>(db(), sql("SELECT ", kMissionColumns, " FROM mission WHERE id = ?"),
                        readMission, id);
}

Mission MissionRepository::get(MissionId id)
{
    if (auto m = find(id))
        return *m;
    throw InputError("no mission with id " + std::to_string(id.value()));
}

std::optional<Mission> MissionRepository::findByCode(std::string_view code)
{
    return one<Mission>(db(), sql("SELECT ", kMissionColumns, " FROM mission WHERE code = ?"),
                        readMission, code);
}

std::vector<Mission> MissionRepository::all()
{
    return list<Mission>(db(),
                         sql("SELECT ", kMissionColumns, " FROM mission ORDER BY start_date, code"),
                         readMission);
}

std::int64_t MissionRepository::count()
{
    return db().queryValue<std::int64_t>("SELECT count(*) FROM mission").value_or(0);
}

DeploymentId DeploymentRepository::add(const Deployment& d)
{
    requireRow(db(), d.officerId);
    requireRow(db(), d.missionId);
    const bool history =
        d.status == DeploymentStatus::Completed || d.status == DeploymentStatus::Cancelled;
    require(d.status == DeploymentStatus::Planned || history,
            "a new tour is planned (or, as history, completed or cancelled), not "
                + std::string(toString(d.status))
                + ": its status then moves through the status gate (Context::changeStatus)");
    Savepoint sp(db());
    translatingConstraints("deployment", [&] {
        db().execute("INSERT INTO deployment (officer_id, mission_id, position, first_day, "
                     "last_day, status, risk_level) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     d.officerId, d.missionId, d.position, d.period.first(), d.period.last(),
                     toString(d.status), riskText(d.riskLevel));
    });
    const auto id = db().lastInsertId();
    audited(history ? "import" : "create", "deployment", id, json(d));
    sp.release();
    return DeploymentId(id);
}

void DeploymentRepository::update(const Deployment& d)
{
    const Deployment stored = get(d.id);
    require(stored.status == d.status,
            "tour " + std::to_string(d.id.value()) + ": its status ("
                + std::string(toString(stored.status))
                + ") changes only through the status gate (Context::changeStatus), not to "
                + std::string(toString(d.status)) + " by an update");
    requireRow(db(), d.officerId);
    requireRow(db(), d.missionId);
    Savepoint sp(db());
    translatingConstraints("deployment " + std::to_string(d.id.value()), [&] {
        db().execute("UPDATE deployment SET officer_id = ?, mission_id = ?, position = ?, "
                     "first_day = ?, last_day = ?, status = ?, risk_level = ? WHERE id = ?",
                     d.officerId, d.missionId, d.position, d.period.first(), d.period.last(),
                     toString(d.status), riskText(d.riskLevel), d.id);
    });
    audited("update", "deployment", d.id, json(d));
    sp.release();
}

void DeploymentRepository::writeStatus(const Deployment& tour, DeploymentStatus to)
{
    Savepoint sp(db());
    db().execute("UPDATE deployment SET status = ? WHERE id = ?", toString(to), tour.id);
    QJsonObject details{{"from", q(toString(tour.status))}, {"to", q(toString(to))}};
    audited("status", "deployment", tour.id, details);
    sp.release();
}

void DeploymentRepository::remove(DeploymentId id)
{
    const Deployment d = get(id);
    Savepoint sp(db());
    db().execute("DELETE FROM deployment WHERE id = ?", id);
    audited("remove", "deployment", id, json(d));
    sp.release();
}

std::optional<Deployment> DeploymentRepository::find(DeploymentId id)
{
    return one<Deployment>(db(),
                           sql("SELECT ", kDeploymentColumns, " FROM deployment WHERE id = ?"),
                           readDeployment, id);
}

Deployment DeploymentRepository::get(DeploymentId id)
{
    if (auto d = find(id))
        return *d;
    throw InputError("no deployment with id " + std::to_string(id.value()));
}

std::vector<Deployment> DeploymentRepository::forOfficer(OfficerId officerId)
{
    return list<Deployment>(db(),
                            sql("SELECT ", kDeploymentColumns,
                                " FROM deployment WHERE officer_id = ? ORDER BY first_day, id"),
                            readDeployment, officerId);
}

std::vector<Deployment> DeploymentRepository::forMission(MissionId missionId)
{
    return list<Deployment>(db(),
                            sql("SELECT ", kDeploymentColumns,
                                " FROM deployment WHERE mission_id = ? ORDER BY first_day, id"),
                            readDeployment, missionId);
}

RiskLevel DeploymentRepository::riskLevel(DeploymentId id)
{
    const auto level = db().queryValue<std::string>(
        "SELECT coalesce(d.risk_level, m.risk_level) FROM deployment d "
        "JOIN mission m ON m.id = d.mission_id WHERE d.id = ?",
        id);
    if (!level)
        throw InputError("no deployment with id " + std::to_string(id.value()));
    return riskLevelFromString(*level);
}

std::int64_t DeploymentRepository::count()
{
    return db().queryValue<std::int64_t>("SELECT count(*) FROM deployment").value_or(0);
}

} // namespace contingent::sdk
