#include "missionrecords.h"

#include <QCoreApplication>
#include <date/tz.h>

#include <QObject>

#include <algorithm>

namespace contingent::missions {

namespace {

const sdk::Migration kV1{1, "missions: mission facts, tour facts, catalogue codes", R"SQL(
CREATE TABLE missions_mission (
    mission_id INTEGER PRIMARY KEY REFERENCES mission (id) ON DELETE CASCADE,
    time_zone  TEXT NOT NULL DEFAULT 'UTC',
    risk_level TEXT NOT NULL DEFAULT 'medium' CHECK (risk_level IN ('low', 'medium', 'high')),
    source     TEXT NOT NULL DEFAULT ''
);
CREATE TABLE missions_tour (
    deployment_id   INTEGER PRIMARY KEY REFERENCES deployment (id) ON DELETE CASCADE,
    host_supervisor TEXT NOT NULL DEFAULT '',
    return_position TEXT NOT NULL DEFAULT ''
);
-- Catalogue codes already offered to this store: an upgrade adds only the
-- codes not listed here, so a mission a planner edited or removed stays so.
CREATE TABLE missions_catalogue_code (
    code     TEXT PRIMARY KEY,
    added_on TEXT NOT NULL
);
)SQL"};

// The risk level moved to the core `mission` table (core migration 2): the
// plugin's column is copied over, keeping what planners set, then dropped.
const sdk::Migration kV2{2, "missions: risk levels into the core mission table", R"SQL(
UPDATE mission SET risk_level = (SELECT f.risk_level FROM missions_mission f
                                 WHERE f.mission_id = mission.id)
WHERE id IN (SELECT mission_id FROM missions_mission);
ALTER TABLE missions_mission DROP COLUMN risk_level;
)SQL"};

std::string joined(const std::vector<std::string>& parts)
{
    std::string out;
    for (const std::string& p : parts)
        out.append(out.empty() ? "" : "; ").append(p);
    return out;
}

template <typename Range> std::string listed(const Range& values)
{
    std::string out;
    for (std::string_view v : values)
        out.append(out.empty() ? "" : ", ").append(v);
    return out;
}

void require(bool condition, const std::string& message)
{
    if (!condition)
        throw sdk::InputError(message);
}

const char* const kMissionSql =
    "SELECT m.id, m.code, m.name, m.organisation, m.host_country, m.start_date, m.end_date, "
    "coalesce(f.time_zone, 'UTC'), m.risk_level, coalesce(f.source, ''), f.slovenian_from "
    "FROM mission m LEFT JOIN missions_mission f ON f.mission_id = m.id ";

MissionInfo readMission(sdk::Statement& st)
{
    MissionInfo m;
    m.mission = {st.get<sdk::MissionId>(0),
                 st.text(1),
                 st.text(2),
                 st.text(3),
                 st.text(4),
                 st.date(5),
                 st.optionalDate(6),
                 sdk::riskLevelFromString(st.text(8))};
    m.timeZone = st.text(7);
    m.source = st.text(9);
    m.slovenianFrom = st.optionalDate(10);
    return m;
}

std::vector<MissionInfo> missions(sdk::Database& db, const std::string& where, auto... args)
{
    return db.queryAll<MissionInfo>(kMissionSql + where, readMission, args...);
}

} // namespace

// When Slovenian police joined each mission of the catalogue (DOMAIN.md's "SI";
// data/missions.csv): a store seeded before this learns it for the catalogue's codes.
const sdk::Migration kV3{3, "missions: when Slovenian police joined", R"SQL(
ALTER TABLE missions_mission ADD COLUMN slovenian_from TEXT;
UPDATE missions_mission SET slovenian_from = (SELECT v.day FROM (
    SELECT 'MAPE' AS code, '1997-05-01' AS day UNION ALL SELECT 'UNTAET', '2000-03-01'
    UNION ALL SELECT 'UNMISET', '2002-05-20' UNION ALL SELECT 'UNMIK', '2000-11-01'
    UNION ALL SELECT 'OMIK', '2000-04-01' UNION ALL SELECT 'OSCE Skopje', '2001-01-01'
    UNION ALL SELECT 'JIPTC', '2004-02-01' UNION ALL SELECT 'EULEX', '2008-04-21'
    UNION ALL SELECT 'EUMM', '2009-02-01' UNION ALL SELECT 'EUPOL COPPS', '2012-05-07') v
    JOIN mission m ON m.code = v.code WHERE m.id = missions_mission.mission_id);
)SQL"};

std::vector<sdk::Migration> migrations()
{
    return {kV1, kV2, kV3};
}

bool isTimeZone(std::string_view name)
{
    if (name.empty())
        return false;
    try {
        return date::locate_zone(name) != nullptr;
    } catch (const std::exception&) {
        return false;
    }
}

sdk::Date localDate(std::string_view timeZone, std::chrono::system_clock::time_point utc)
{
    auto seconds = std::chrono::time_point_cast<std::chrono::seconds>(utc);
    if (isTimeZone(timeZone)) {
        const auto local = date::locate_zone(timeZone)->to_local(seconds);
        return sdk::Date(date::year_month_day(date::floor<date::days>(local)));
    }
    return sdk::Date(date::year_month_day(date::floor<date::days>(seconds)));
}

void validate(const MissionInfo& info)
{
    const sdk::Mission& m = info.mission;
    require(!sdk::trimmed(m.code).empty(), "code: a mission needs a code (e.g. EULEX)");
    require(!sdk::trimmed(m.name).empty(), "name: mission " + m.code + " needs a name");
    require(std::find(std::begin(kOrganisations), std::end(kOrganisations), m.organisation)
                != std::end(kOrganisations),
            "organisation: " + sdk::quoted(m.organisation) + " is not one of "
                + listed(kOrganisations));
    require(!m.endDate || *m.endDate >= m.startDate,
            "end_date: mission " + m.code + " cannot end (" + (m.endDate ? m.endDate->toIso() : "")
                + ") before it starts (" + m.startDate.toIso() + ")");
    require(isTimeZone(info.timeZone), "time_zone: " + sdk::quoted(info.timeZone)
                                           + " is not an IANA time zone (e.g. Europe/Belgrade)");
    require(!info.slovenianFrom
                || (*info.slovenianFrom >= m.startDate
                    && (!m.endDate || *info.slovenianFrom <= *m.endDate)),
            "slovenian_from: " + (info.slovenianFrom ? info.slovenianFrom->toIso() : "")
                + " is outside mission " + m.code + " (" + m.startDate.toIso() + ".."
                + (m.endDate ? m.endDate->toIso() : "ongoing") + ")");
}

sdk::RiskLevel riskLevelField(std::string_view text)
{
    require(
        std::find(std::begin(kRiskLevels), std::end(kRiskLevels), text) != std::end(kRiskLevels),
        "risk_level: " + sdk::quoted(std::string(text)) + " is not one of " + listed(kRiskLevels));
    return sdk::riskLevelFromString(text);
}

std::vector<MissionInfo> MissionBook::all()
{
    return missions(m_context.store(), "ORDER BY m.start_date, m.code");
}

std::optional<MissionInfo> MissionBook::find(sdk::MissionId missionId)
{
    auto found = missions(m_context.store(), "WHERE m.id = ?", missionId);
    return found.empty() ? std::nullopt : std::optional(found.front());
}

std::optional<MissionInfo> MissionBook::findByCode(std::string_view code)
{
    auto found = missions(m_context.store(), "WHERE m.code = ?", code);
    return found.empty() ? std::nullopt : std::optional(found.front());
}

sdk::MissionId MissionBook::add(const MissionInfo& info)
{
    validate(info);
    sdk::Database& db = m_context.store();
    sdk::Savepoint sp(db);
    const sdk::MissionId id = m_context.missions().add(info.mission);
    db.execute("INSERT INTO missions_mission (mission_id, time_zone, source, slovenian_from) "
               "VALUES (?, ?, ?, ?)",
               id, info.timeZone, info.source, info.slovenianFrom);
    sp.release();
    return id;
}

void MissionBook::update(const MissionInfo& info)
{
    validate(info);
    sdk::Database& db = m_context.store();
    const sdk::Mission& m = info.mission;
    const auto outside = db.queryValue<std::int64_t>(
        "SELECT count(*) FROM deployment WHERE mission_id = ? AND status <> 'cancelled' "
        "AND (first_day < ? OR (? IS NOT NULL AND last_day > ?))",
        m.id, m.startDate, m.endDate, m.endDate);
    require(outside.value_or(0) == 0, "dates: " + std::to_string(*outside) + " tour(s) of " + m.code
                                          + " would fall outside " + m.startDate.toIso() + ".."
                                          + (m.endDate ? m.endDate->toIso() : "")
                                          + "; move or shorten them first");
    sdk::Savepoint sp(db);
    m_context.missions().update(m);
    db.execute("INSERT INTO missions_mission (mission_id, time_zone, source) VALUES (?, ?, ?) "
               "ON CONFLICT (mission_id) DO UPDATE SET "
               "time_zone = excluded.time_zone, source = excluded.source",
               m.id, info.timeZone, info.source);
    sp.release();
}

std::vector<std::string> tourProblems(sdk::Database& db, const Tour& tour, sdk::Date today)
{
    std::vector<std::string> problems;
    const sdk::Deployment& d = tour.deployment;
    if (const auto why = sdk::tourPlausibilityProblem(d.period, d.status, today))
        problems.push_back(*why);
    sdk::Statement mission(db, "SELECT code, start_date, end_date FROM mission WHERE id = ?");
    mission.bindAll(d.missionId);
    if (!mission.step()) {
        problems.push_back("there is no mission with id " + std::to_string(d.missionId.value()));
    } else if (d.status != sdk::DeploymentStatus::Cancelled) {
        const sdk::Date start = mission.date(1);
        const auto end = mission.optionalDate(2);
        if (d.period.first() < start || (end && d.period.last() > *end))
            problems.push_back("the tour " + d.period.toString() + " falls outside mission "
                               + mission.text(0) + " (" + start.toIso() + ".."
                               + (end ? end->toIso() : "ongoing") + ")");
    }
    if (!db.queryValue<std::int64_t>("SELECT 1 FROM officer WHERE id = ?", d.officerId))
        problems.push_back("there is no officer with id " + std::to_string(d.officerId.value()));
    else if (d.status != sdk::DeploymentStatus::Cancelled) {
        sdk::Statement other(db, "SELECT d.first_day, d.last_day, m.code FROM deployment d "
                                 "JOIN mission m ON m.id = d.mission_id WHERE d.officer_id = ? "
                                 "AND d.id <> ? AND d.status <> 'cancelled' "
                                 "AND d.first_day <= ? AND d.last_day >= ? ORDER BY d.first_day");
        other.bindAll(d.officerId, d.id, d.period.last(), d.period.first());
        while (other.step())
            problems.push_back("the officer is already in " + other.text(2) + " from "
                               + other.text(0) + " to " + other.text(1));
    }
    return problems;
}

sdk::DeploymentId TourBook::add(const Tour& tour)
{
    sdk::Database& db = m_context.store();
    const auto problems = tourProblems(db, tour, m_context.today());
    require(problems.empty(), joined(problems));
    sdk::Savepoint sp(db);
    // A new tour is planned, or history (completed, cancelled); any other
    // status is reached through the status gate, step by step.
    const sdk::DeploymentStatus wanted = tour.deployment.status;
    const bool history =
        wanted == sdk::DeploymentStatus::Completed || wanted == sdk::DeploymentStatus::Cancelled;
    Tour written = tour;
    if (!history)
        written.deployment.status = sdk::DeploymentStatus::Planned;
    written.deployment.id = m_context.deployments().add(written.deployment);
    writeFacts(written);
    m_context.changeStatus(written.deployment.id, wanted);
    sp.release();
    return written.deployment.id;
}

void TourBook::update(const Tour& tour)
{
    sdk::Database& db = m_context.store();
    const auto problems = tourProblems(db, tour, m_context.today());
    require(problems.empty(), joined(problems));
    sdk::Savepoint sp(db);
    sdk::Deployment fields = tour.deployment;
    fields.status = m_context.deployments().get(fields.id).status;
    m_context.deployments().update(fields);
    writeFacts(tour);
    m_context.changeStatus(fields.id, tour.deployment.status); // through the gate
    sp.release();
}

void TourBook::remove(sdk::DeploymentId deploymentId)
{
    // missions_tour goes with it (ON DELETE CASCADE).
    m_context.deployments().remove(deploymentId);
}

void TourBook::writeFacts(const Tour& tour)
{
    m_context.store().execute(
        "INSERT INTO missions_tour (deployment_id, host_supervisor, return_position) "
        "VALUES (?, ?, ?) ON CONFLICT (deployment_id) DO UPDATE SET "
        "host_supervisor = excluded.host_supervisor, return_position = excluded.return_position",
        tour.deployment.id, sdk::trimmed(tour.hostSupervisor), sdk::trimmed(tour.returnPosition));
}

namespace {

/// The SELECT list and joins that read a TourView.
const char* const kTourViewSql =
    "SELECT d.id, d.officer_id, d.mission_id, d.position, d.first_day, d.last_day, d.status, "
    "coalesce(t.host_supervisor, ''), coalesce(t.return_position, ''), o.service_number, "
    "o.family_name || ', ' || o.given_name, o.gender, m.code, m.name, m.organisation, "
    "m.host_country FROM deployment d JOIN officer o ON o.id = d.officer_id "
    "JOIN mission m ON m.id = d.mission_id "
    "LEFT JOIN missions_tour t ON t.deployment_id = d.id ";

TourView readTourView(sdk::Statement& st)
{
    TourView v;
    sdk::Deployment& d = v.tour.deployment;
    d.id = st.get<sdk::DeploymentId>(0);
    d.officerId = st.get<sdk::OfficerId>(1);
    d.missionId = st.get<sdk::MissionId>(2);
    d.position = st.text(3);
    d.period = sdk::Period(st.date(4), st.date(5));
    d.status = sdk::deploymentStatusFromString(st.textView(6));
    v.tour.hostSupervisor = st.text(7);
    v.tour.returnPosition = st.text(8);
    v.serviceNumber = st.text(9);
    v.officerName = st.text(10);
    v.gender = st.text(11);
    v.missionCode = st.text(12);
    v.missionName = st.text(13);
    v.organisation = st.text(14);
    v.hostCountry = st.text(15);
    return v;
}

std::vector<TourView> tours(sdk::Database& db, const std::string& where, std::int64_t id)
{
    return db.queryAll<TourView>(kTourViewSql + where, readTourView, id);
}

} // namespace

std::optional<TourView> TourBook::find(sdk::DeploymentId deploymentId)
{
    auto found = tours(m_context.store(), "WHERE d.id = ?", deploymentId.value());
    return found.empty() ? std::nullopt : std::optional(found.front());
}

std::vector<TourView> TourBook::forOfficer(sdk::OfficerId officerId)
{
    return tours(m_context.store(), "WHERE d.officer_id = ? ORDER BY d.first_day, d.id",
                 officerId.value());
}

std::vector<TourView> TourBook::forMission(sdk::MissionId missionId)
{
    return tours(m_context.store(), "WHERE d.mission_id = ? ORDER BY d.first_day, d.id",
                 missionId.value());
}

std::vector<sdk::FactLine> tourFacts(sdk::Context& context, sdk::DeploymentId deploymentId)
{
    const std::optional<TourView> view = TourBook(context).find(deploymentId);
    if (!view)
        return {};
    // Marked for lupdate in the plugin's own context, translated here.
    const auto said = [](const char* text) {
        return QCoreApplication::translate("contingent::missions", text).toStdString();
    };
    std::vector<sdk::FactLine> lines{
        {said(QT_TRANSLATE_NOOP("contingent::missions", "Mission")),
         view->missionCode + " (" + view->missionName + ")"},
        {said(QT_TRANSLATE_NOOP("contingent::missions", "Host country")), view->hostCountry},
        {said(QT_TRANSLATE_NOOP("contingent::missions", "Officer")),
         view->officerName + " (" + view->serviceNumber + ")"},
        {said(QT_TRANSLATE_NOOP("contingent::missions", "Days")),
         view->tour.deployment.period.first().toIso() + " – "
             + view->tour.deployment.period.last().toIso()}};
    if (!view->tour.deployment.position.empty())
        lines.push_back({said(QT_TRANSLATE_NOOP("contingent::missions", "Position")),
                         view->tour.deployment.position});
    if (!view->tour.hostSupervisor.empty())
        lines.push_back(
            {said(QT_TRANSLATE_NOOP("contingent::missions", "Answers to abroad (Art. 80)")),
             view->tour.hostSupervisor});
    if (!view->tour.returnPosition.empty())
        lines.push_back({said(QT_TRANSLATE_NOOP("contingent::missions", "Returns to (Art. 80)")),
                         view->tour.returnPosition});
    return lines;
}

} // namespace contingent::missions
