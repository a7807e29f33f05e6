#include <contingent/sdk/changes.h>
#include <contingent/sdk/context.h>
#include <contingent/sdk/repositories.h>

#include <QSignalSpy>
#include <QTest>

#include <sstream>

using namespace contingent::sdk;

namespace {

Officer officer(const char* number, const char* given = "Špela", const char* family = "Kovačič")
{
    Officer o;
    o.serviceNumber = number;
    o.givenName = given;
    o.familyName = family;
    o.gender = "F";
    o.birthDate = Date::fromIso("1985-06-30");
    return o;
}

Mission eulex()
{
    return Mission{{},          "EULEX",  "EU Rule of Law Mission in Kosovo",
                   "EU",        "Kosovo", Date::fromIso("2008-02-16"),
                   std::nullopt};
}

template <typename F> QString inputErrorOf(F&& f)
{
    try {
        f();
    } catch (const InputError& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

// The compiler refuses an id of the wrong kind (style guide: types carry meaning).
static_assert(!std::is_convertible_v<OfficerId, MissionId>);
static_assert(!std::is_convertible_v<MissionId, DeploymentId>);
static_assert(!std::is_convertible_v<std::int64_t, OfficerId>);
static_assert(!std::is_convertible_v<OfficerId, std::int64_t>);
static_assert(std::is_invocable_v<decltype(&DeploymentRepository::forOfficer),
                                  DeploymentRepository&, OfficerId>);
static_assert(!std::is_invocable_v<decltype(&DeploymentRepository::forOfficer),
                                   DeploymentRepository&, MissionId>);
static_assert(!std::is_invocable_v<decltype(&DeploymentRepository::forMission),
                                   DeploymentRepository&, OfficerId>);
static_assert(!std::is_invocable_v<decltype(&DeploymentRepository::get), DeploymentRepository&,
                                   std::int64_t>);
static_assert(sizeof(OfficerId) == sizeof(std::int64_t));

} // namespace

class TestRepositories : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void officerRoundTripAndAudit();
    void officerBadInputWritesNothing();
    void unknownIdsAreNamed();
    void idsCompareHashAndPrint();
    void deploymentNeedsKnownOfficerAndMission();
    void riskLevelsOfMissionsAndTours();
    void serviceIsDecidedAndNotCancelled_data();
    void serviceIsDecidedAndNotCancelled();
    void removingAnOfficerWithToursIsRefused();
    void changesAreAnnounced();
    void changesWaitForTheCommit();
    void pluginsAnnounceAfterTheCommit();
    void usersAndRoles();
    void settingsPerPlugin();

private:
    std::unique_ptr<Database> m_db;
    ChangeNotifier m_changes;
    Actor m_actor{"ana", "rosters"};
};

void TestRepositories::init()
{
    m_db = std::make_unique<Database>(":memory:");
    MigrationRunner runner(*m_db);
    migrateCoreSchema(runner);
}

void TestRepositories::cleanup()
{
    m_db.reset();
}

void TestRepositories::officerRoundTripAndAudit()
{
    OfficerRepository officers(*m_db, m_actor, &m_changes);
    const auto id = officers.add(officer("P-1001"));
    const Officer o = officers.get(id);
    QCOMPARE(QString::fromStdString(o.familyName), QString::fromUtf8("Kovačič"));
    QCOMPARE(o.birthDate->toIso(), std::string("1985-06-30"));
    QVERIFY(officers.findByServiceNumber("P-1001"));

    Officer changed = o;
    changed.rank = "police inspector";
    officers.update(changed);
    QCOMPARE(officers.get(id).rank, std::string("police inspector"));
    // forEach hands them on in all()'s order (family, given name), as read.
    officers.add(officer("P-1002", "Ana", "Žagar"));
    officers.add(officer("P-1003", "Ana", "Bizjak"));
    std::vector<std::string> inOrder;
    officers.forEach([&](const Officer& each) { inOrder.push_back(each.serviceNumber); });
    QCOMPARE(inOrder, (std::vector<std::string>{"P-1003", "P-1001", "P-1002"}));
    std::vector<std::string> all;
    for (const Officer& each : officers.all())
        all.push_back(each.serviceNumber);
    QCOMPARE(inOrder, all);

    const auto entries = AuditLog(*m_db, m_actor).entries("officer", id);
    QCOMPARE(entries.size(), std::size_t(2));
    QCOMPARE(entries[0].action, std::string("update"));
    QCOMPARE(entries[1].action, std::string("create"));
    QCOMPARE(entries[0].actor, std::string("ana"));
    QCOMPARE(entries[0].plugin, std::string("rosters"));
    QVERIFY(QString::fromStdString(entries[0].detailsJson).contains("police inspector"));
}

void TestRepositories::officerBadInputWritesNothing()
{
    OfficerRepository officers(*m_db, m_actor);
    officers.add(officer("P-1"));
    QVERIFY(inputErrorOf([&] {
                officers.add(officer("P-1"));
            }).contains("P-1 is already on the roster"));
    QVERIFY(inputErrorOf([&] { officers.add(officer("  ")); }).contains("service number is empty"));
    Officer noName = officer("P-2", "");
    QVERIFY(inputErrorOf([&] { officers.add(noName); }).contains("given name is empty"));
    Officer badGender = officer("P-3");
    badGender.gender = "Q";
    QVERIFY(inputErrorOf([&] { officers.add(badGender); }).contains("gender \"Q\""));
    QCOMPARE(officers.count(), std::int64_t(1));
    QCOMPARE(AuditLog(*m_db, m_actor).entries().size(), std::size_t(1));
}

void TestRepositories::unknownIdsAreNamed()
{
    QCOMPARE(inputErrorOf([&] { OfficerRepository(*m_db, m_actor).get(OfficerId(404)); }),
             QString("no officer with id 404"));
    QCOMPARE(inputErrorOf([&] { MissionRepository(*m_db, m_actor).get(MissionId(7)); }),
             QString("no mission with id 7"));
    QCOMPARE(inputErrorOf([&] { DeploymentRepository(*m_db, m_actor).get(DeploymentId(9)); }),
             QString("no deployment with id 9"));
    QVERIFY(!OfficerRepository(*m_db, m_actor).find(OfficerId(404)));
    // The helpers every plugin may use instead of writing its own.
    QCOMPARE(inputErrorOf([&] { requireRow(*m_db, "app_user", 12); }),
             QString("no app_user with id 12"));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, requireRow(*m_db, "rosters_profile", 1));
    const auto o = OfficerRepository(*m_db, m_actor).add(officer("P-9"));
    requireRow(*m_db, o); // there: no exception
    const auto numbers = m_db->queryAll<std::string>(
        "SELECT service_number FROM officer WHERE id >= ? ORDER BY id",
        [](const Statement& st) { return st.text(0); }, std::int64_t(0));
    QCOMPARE(numbers, std::vector<std::string>({"P-9"}));
    QVERIFY(!m_db->queryOne<std::string>(
        "SELECT service_number FROM officer WHERE id = ?",
        [](const Statement& st) { return st.text(0); }, std::int64_t(404)));
}

void TestRepositories::idsCompareHashAndPrint()
{
    QVERIFY(!OfficerId().isValid());
    QVERIFY(OfficerId(3).isValid());
    QVERIFY(OfficerId(3) == OfficerId(3));
    QVERIFY(OfficerId(2) < OfficerId(3));
    QCOMPARE(std::hash<OfficerId>()(OfficerId(7)), std::hash<std::int64_t>()(7));
    std::ostringstream text;
    text << DeploymentId(42);
    QCOMPARE(text.str(), std::string("42"));
    // Read back from a column typed: the row's id is the id the repository returned.
    OfficerRepository officers(*m_db, m_actor);
    const OfficerId id = officers.add(officer("P-7"));
    QCOMPARE(m_db->queryValue<OfficerId>("SELECT id FROM officer WHERE service_number = 'P-7'"),
             std::optional(id));
}

void TestRepositories::deploymentNeedsKnownOfficerAndMission()
{
    const auto o = OfficerRepository(*m_db, m_actor).add(officer("P-1"));
    const auto m = MissionRepository(*m_db, m_actor).add(eulex());
    DeploymentRepository deployments(*m_db, m_actor);
    Deployment d{{},
                 o,
                 m,
                 "adviser",
                 Period::fromIso("2024-01-01", "2024-06-30"),
                 DeploymentStatus::Planned,
                 std::nullopt};
    const auto id = deployments.add(d);
    QCOMPARE(deployments.get(id).period.toString(), std::string("2024-01-01..2024-06-30"));
    // The status moves only through the gate (tst_statusgate), never by an update.
    Deployment approved = deployments.get(id);
    approved.status = DeploymentStatus::Approved;
    QVERIFY(inputErrorOf([&] { deployments.update(approved); }).contains("status gate"));
    QVERIFY(deployments.get(id).status == DeploymentStatus::Planned);
    approved.status = DeploymentStatus::Active;
    approved.id = {};
    QVERIFY(inputErrorOf([&] { deployments.add(approved); }).contains("a new tour is planned"));
    QCOMPARE(deployments.forOfficer(o).size(), std::size_t(1));
    QCOMPARE(deployments.forMission(m).size(), std::size_t(1));

    d.officerId = OfficerId(99);
    QCOMPARE(inputErrorOf([&] { deployments.add(d); }), QString("no officer with id 99"));
    d.officerId = o;
    d.missionId = MissionId(42);
    QCOMPARE(inputErrorOf([&] { deployments.add(d); }), QString("no mission with id 42"));
    QCOMPARE(deployments.count(), std::int64_t(1));
    QVERIFY(inputErrorOf([] { deploymentStatusFromString("done"); }).contains("planned, proposed"));
}

void TestRepositories::riskLevelsOfMissionsAndTours()
{
    const auto o = OfficerRepository(*m_db, m_actor).add(officer("P-1"));
    MissionRepository missions(*m_db, m_actor);
    Mission mission = eulex();
    QVERIFY(mission.riskLevel == RiskLevel::Medium); // the default
    mission.riskLevel = RiskLevel::High;
    const auto m = missions.add(mission);
    QVERIFY(missions.get(m).riskLevel == RiskLevel::High);
    DeploymentRepository deployments(*m_db, m_actor);
    Deployment d{{},
                 o,
                 m,
                 "",
                 Period::fromIso("2024-01-01", "2024-01-31"),
                 DeploymentStatus::Planned,
                 std::nullopt};
    const auto id = deployments.add(d);
    QVERIFY(!deployments.get(id).riskLevel);
    QVERIFY(deployments.riskLevel(id) == RiskLevel::High); // the mission's
    d = deployments.get(id);
    d.riskLevel = RiskLevel::Low;
    deployments.update(d);
    QVERIFY(deployments.riskLevel(id) == RiskLevel::Low); // the tour's own
    QVERIFY(m_db->queryValue<std::string>("SELECT details FROM audit_log WHERE entity = "
                                          "'deployment' ORDER BY id DESC LIMIT 1")
                ->find("\"risk_level\":\"low\"")
            != std::string::npos);
    QCOMPARE(inputErrorOf([&] { deployments.riskLevel(DeploymentId(999)); }),
             QString("no deployment with id 999"));
    QVERIFY(inputErrorOf([] { riskLevelFromString("extreme"); }).contains("low, medium, high"));
    QVERIFY(riskLevelFromString(toString(RiskLevel::High)) == RiskLevel::High);
    // The store refuses a level it does not know, whoever writes it.
    QVERIFY_THROWS_EXCEPTION(Error, m_db->execute("UPDATE mission SET risk_level = 'extreme'"));
}

void TestRepositories::serviceIsDecidedAndNotCancelled_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("service");
    QTest::newRow("planned") << "planned" << false;
    QTest::newRow("proposed") << "proposed" << false;
    QTest::newRow("approved (Art. 19)") << "approved" << true;
    QTest::newRow("active") << "active" << true;
    QTest::newRow("completed") << "completed" << true;
    QTest::newRow("cancelled") << "cancelled" << false;
}

void TestRepositories::serviceIsDecidedAndNotCancelled()
{
    QFETCH(QString, status);
    QFETCH(bool, service);
    QCOMPARE(isService(deploymentStatusFromString(status.toStdString())), service);
}

void TestRepositories::removingAnOfficerWithToursIsRefused()
{
    OfficerRepository officers(*m_db, m_actor);
    const auto o = officers.add(officer("P-1"));
    const auto m = MissionRepository(*m_db, m_actor).add(eulex());
    const auto d = DeploymentRepository(*m_db, m_actor)
                       .add({{},
                             o,
                             m,
                             "",
                             Period::fromIso("2024-01-01", "2024-01-31"),
                             DeploymentStatus::Planned,
                             std::nullopt});
    QVERIFY(inputErrorOf([&] { officers.remove(o); }).contains("has 1 deployment"));
    QVERIFY(officers.find(o));
    DeploymentRepository(*m_db, m_actor).remove(d);
    officers.remove(o);
    QVERIFY(!officers.find(o));
    QCOMPARE(AuditLog(*m_db, m_actor).entries("officer", o).front().action, std::string("remove"));
}

void TestRepositories::changesAreAnnounced()
{
    QSignalSpy spy(&m_changes, &ChangeNotifier::changed);
    OfficerRepository officers(*m_db, m_actor, &m_changes);
    const auto id = officers.add(officer("P-1"));
    officers.update(officers.get(id));
    officers.remove(id);
    QCOMPARE(spy.size(), 3);
    QCOMPARE(spy[0][0].toString(), QString("officer"));
    QCOMPARE(spy[0][1].toLongLong(), qint64(id.value()));
    QCOMPARE(spy[0][2].value<ChangeKind>(), ChangeKind::Created);
    QCOMPARE(spy[1][2].value<ChangeKind>(), ChangeKind::Updated);
    QCOMPARE(spy[2][2].value<ChangeKind>(), ChangeKind::Removed);
    // A refused write announces nothing.
    QVERIFY(!inputErrorOf([&] { officers.add(officer("")); }).isEmpty());
    QCOMPARE(spy.size(), 3);
}

// A plugin's own write (not through a core repository) is announced the same way.
void TestRepositories::pluginsAnnounceAfterTheCommit()
{
    QSignalSpy spy(&m_changes, &ChangeNotifier::changed);
    {
        Transaction tx(*m_db);
        m_changes.announceAfterCommit(*m_db, "demo.thing", 1, ChangeKind::Created);
        {
            Savepoint inner(*m_db);
            m_changes.announceAfterCommit(*m_db, "demo.thing", 2, ChangeKind::Created);
            inner.rollback();
        }
        QCOMPARE(spy.size(), 0);
        tx.commit();
    }
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy[0][0].toString(), QString("demo.thing"));
    QCOMPARE(spy[0][1].toLongLong(), qint64(1));
    QCOMPARE(spy[0][2].value<ChangeKind>(), ChangeKind::Created);
    {
        Transaction tx(*m_db);
        m_changes.announceAfterCommit(*m_db, "demo.thing", 3, ChangeKind::Removed);
    } // rolled back
    QCOMPARE(spy.size(), 1);
    m_changes.announceAfterCommit(*m_db, "demo.thing", 4, ChangeKind::Updated); // no transaction
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy[1][1].toLongLong(), qint64(4));
}

void TestRepositories::changesWaitForTheCommit()
{
    QSignalSpy spy(&m_changes, &ChangeNotifier::changed);
    OfficerRepository officers(*m_db, m_actor, &m_changes);
    {
        Transaction tx(*m_db);
        officers.add(officer("P-1"));
        {
            Savepoint inner(*m_db);
            officers.add(officer("P-2"));
            inner.rollback(); // P-2 never happened: never announced
        }
        officers.add(officer("P-3"));
        QCOMPARE(spy.size(), 0); // nothing heard before the commit
        tx.commit();
    }
    QCOMPARE(spy.size(), 2);
    QVERIFY(officers.findByServiceNumber("P-3"));
    {
        Transaction tx(*m_db);
        officers.add(officer("P-4"));
    } // rolled back
    QCOMPARE(spy.size(), 2);
    QVERIFY(!officers.findByServiceNumber("P-4"));
    // Outside a transaction the repository's own savepoint commits at once.
    officers.add(officer("P-5"));
    QCOMPARE(spy.size(), 3);
}

void TestRepositories::usersAndRoles()
{
    UserRepository users(*m_db, m_actor);
    users.add({{}, "ana", "Ana", Role::Planner, std::nullopt});
    QVERIFY(users.findByLogin("ana")->role == Role::Planner);
    QVERIFY(inputErrorOf([&] {
                users.add({{}, "ana", "Ana 2", Role::Viewer, std::nullopt});
            }).contains("already registered"));
    QVERIFY(inputErrorOf([&] {
                users.add({{}, "bo", "Bo", Role::Officer, OfficerId(77)});
            }).contains("no officer with id 77"));
    QVERIFY(
        inputErrorOf([] { roleFromString("root"); }).contains("admin, planner, officer, viewer"));
    QCOMPARE(users.count(), std::int64_t(1));
    // Logins as a system gives them: no control characters, line breaks, huge sizes.
    for (const std::string& login : {std::string("evil\nroot"), std::string("bell\x07"),
                                     std::string(65, 'x'), std::string(" padded")})
        QVERIFY2(!inputErrorOf([&] {
                      users.add({{}, login, "", Role::Viewer, std::nullopt});
                  }).isEmpty(),
                 login.c_str());
    QCOMPARE(users.count(), std::int64_t(1));
    // The store keeps an administrator: the last one cannot give the role away.
    users.add({{}, "ada", "Ada", Role::Admin, std::nullopt});
    AppUser ada = *users.findByLogin("ada");
    ada.role = Role::Viewer;
    QVERIFY(inputErrorOf([&] { users.update(ada); }).contains("is the last administrator"));
    QVERIFY(users.findByLogin("ada")->role == Role::Admin);
    AppUser ana = *users.findByLogin("ana");
    ana.role = Role::Admin;
    users.update(ana);
    users.update(ada); // another administrator now: allowed
    QVERIFY(users.findByLogin("ada")->role == Role::Viewer);
    // Disabled, not removed; the last active administrator cannot be disabled.
    ana = *users.findByLogin("ana");
    ana.active = false;
    QVERIFY(inputErrorOf([&] { users.update(ana); }).contains("is the last administrator"));
    ada = *users.findByLogin("ada");
    ada.active = false;
    users.update(ada);
    QVERIFY(!users.findByLogin("ada")->active);
    QVERIFY(users.findByLogin("ana")->active);
}

void TestRepositories::settingsPerPlugin()
{
    PluginSettings transfers(*m_db, "transfers");
    PluginSettings other(*m_db, "other");
    QCOMPARE(transfers.intValue("max_months", 6), 6);
    transfers.setValue("max_months", "4");
    QCOMPARE(transfers.intValue("max_months", 6), 4);
    QCOMPARE(other.intValue("max_months", 6), 6);
    transfers.setValue("max_months", "four");
    QVERIFY(inputErrorOf([&] { transfers.intValue("max_months", 6); }).contains("\"four\""));
    transfers.remove("max_months");
    QVERIFY(!transfers.value("max_months"));
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
