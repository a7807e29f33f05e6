// The catalogue, its seeding, mission facts and tours with their write checks.

#include "missionstore.h"

#include <QTest>

using namespace contingent;
using namespace contingent::missions;
using sdk::Date;
using sdk::DeploymentStatus;
using sdk::Period;

class TestMissionRecords : public QObject {
    Q_OBJECT
private slots:
    void catalogueHoldsTheRealMissions();
    void catalogueFileProblems();
    void anOlderStoreLearnsWhenSlovenianPoliceJoined();
    void seedingAddsOnlyNewCodes();
    void seedingKeepsAPlannersOwnMission();
    void everyStartSeedsOnlyWhatIsMissing();
    void missionFactsAreValidated();
    void riskLevelsMoveToTheCoreKeepingWhatPlannersSet();
    void missionDatesCannotStrandTours();
    void localDateFollowsTheMissionsZone();
    void tourWithArticle80Facts();
    void tourWriteProblems_data();
    void tourWriteProblems();
    void editingATourIgnoresItself();
    void removingATourRemovesItsFacts();
};

void TestMissionRecords::catalogueHoldsTheRealMissions()
{
    const auto catalogue = builtInCatalogue();
    QCOMPARE(catalogue.size(), std::size_t(15));
    MissionStore s;
    const auto all = MissionBook(*s.context).all();
    QCOMPARE(all.size(), std::size_t(15));
    const auto mape = MissionBook(*s.context).findByCode("MAPE").value();
    QCOMPARE(mape.mission.organisation, std::string("WEU"));
    QCOMPARE(mape.mission.hostCountry, std::string("Albania"));
    QCOMPARE(mape.mission.startDate, Date::fromIso("1997-05-01"));
    QCOMPARE(mape.mission.endDate.value(), Date::fromIso("2001-05-31"));
    QCOMPARE(mape.timeZone, std::string("Europe/Tirane"));
    QVERIFY(mape.source.find("first ever") != std::string::npos);
    const auto eulex = MissionBook(*s.context).findByCode("EULEX").value();
    QVERIFY(!eulex.mission.endDate);
    QCOMPARE(eulex.mission.startDate, Date::fromIso("2008-02-16"));
    for (const MissionInfo& m : all) {
        QVERIFY2(isTimeZone(m.timeZone), m.mission.code.c_str());
        QVERIFY2(!m.source.empty(), m.mission.code.c_str());
    }
    // Every organisation of DOMAIN.md but bilateral has a mission.
    for (const char* org : {"WEU", "EU", "UN", "OSCE", "multinational"})
        QVERIFY(std::any_of(all.begin(), all.end(),
                            [&](const MissionInfo& m) { return m.mission.organisation == org; }));
    // The CSV the command prints reads back as the same catalogue.
    std::vector<sdk::ImportProblem> problems;
    const auto again = readCatalogue(catalogueCsv(all), problems);
    QVERIFY(problems.empty());
    QCOMPARE(catalogueCsv(again), catalogueCsv(all));
}

void TestMissionRecords::catalogueFileProblems()
{
    std::vector<sdk::ImportProblem> problems;
    readCatalogue("code,name,organisation,host_country,start_date,end_date,slovenian_from,"
                  "time_zone,risk_level,source\n"
                  "A,Alpha,EU,X,2001-02-30,,,UTC,low,s\n"
                  "B,Beta,NATO,X,2001-01-01,,,UTC,low,s\n"
                  "C,Gamma,EU,X,2001-01-01,,,Mars/Olympus,low,s\n"
                  "D,Delta,EU,X,2001-01-01,2000-01-01,,UTC,low,s\n"
                  "E,Eps,EU,X,2001-01-01,,,UTC,extreme,s\n"
                  "F,Phi,EU,X,2001-01-01,,,UTC,low,s\n"
                  "F,Phi,EU,X,2001-01-01,,,UTC,low,s\n"
                  "G,Gam,EU,X,2001-01-01,2002-01-01,2003-01-01,UTC,low,s\n",
                  problems);
    const std::string text = sdk::describe({0, 0, problems, sdk::FileFormat::Csv});
    QVERIFY2(text.find("line 2, column start_date: \"2001-02-30\" is not a date")
                 != std::string::npos,
             text.c_str());
    QVERIFY(text.find("line 3, column organisation: \"NATO\" is not one of WEU, EU")
            != std::string::npos);
    QVERIFY(text.find("line 4, column time_zone: \"Mars/Olympus\" is not an IANA time zone")
            != std::string::npos);
    QVERIFY(text.find("line 5, column end_date") != std::string::npos);
    QVERIFY(text.find("line 6, column risk_level: \"extreme\"") != std::string::npos);
    QVERIFY(text.find("line 8, column code: \"F\" is listed twice") != std::string::npos);
    QVERIFY2(text.find("line 9, column slovenian_from: 2003-01-01 is outside mission G "
                       "(2001-01-01..2002-01-01)")
                 != std::string::npos,
             text.c_str());
    QCOMPARE(problems.size(), std::size_t(7));
}

void TestMissionRecords::anOlderStoreLearnsWhenSlovenianPoliceJoined()
{
    sdk::Database db(":memory:");
    sdk::MigrationRunner runner(db, false);
    sdk::migrateCoreSchema(runner);
    const auto all = migrations();
    runner.apply("missions", std::span(all).first(2)); // as a store seeded before it
    db.execute("INSERT INTO mission (code, name, organisation, host_country, start_date) VALUES "
               "('EULEX', 'EULEX', 'EU', 'Kosovo', '2008-02-16'), "
               "('OURS', 'Our own', 'EU', 'X', '2010-01-01')");
    db.execute("INSERT INTO missions_mission (mission_id) SELECT id FROM mission");
    runner.apply("missions", all);
    QCOMPARE(
        db.queryValue<std::string>("SELECT f.slovenian_from FROM missions_mission f "
                                   "JOIN mission m ON m.id = f.mission_id WHERE code = 'EULEX'"),
        std::optional<std::string>("2008-04-21"));
    QVERIFY(db.queryValue<std::string>("SELECT f.slovenian_from FROM missions_mission f "
                                       "JOIN mission m ON m.id = f.mission_id WHERE code = 'OURS'")
            == std::nullopt); // not in the catalogue: not known
    // The built-in catalogue carries it too (DOMAIN.md's "SI" column).
    for (const MissionInfo& m : builtInCatalogue())
        if (m.mission.code == "EULEX")
            QCOMPARE(m.slovenianFrom->toIso(), std::string("2008-04-21"));
}

void TestMissionRecords::seedingAddsOnlyNewCodes()
{
    MissionStore s;
    auto catalogue = builtInCatalogue();
    QCOMPARE(seedCatalogue(*s.context, catalogue), 0); // already seeded

    // A planner edits EULEX and removes UNTAET.
    MissionBook book(*s.context);
    MissionInfo eulex = book.findByCode("EULEX").value();
    eulex.mission.name = "EULEX (edited)";
    eulex.mission.riskLevel = sdk::RiskLevel::High;
    book.update(eulex);
    s.context->missions().remove(s.missionId("UNTAET"));

    // A later catalogue brings a new mission and a changed EULEX.
    MissionInfo fresh = catalogue.front();
    fresh.mission.code = "EUCAP NEW";
    fresh.mission.name = "A new mission";
    catalogue.push_back(fresh);
    for (MissionInfo& m : catalogue)
        if (m.mission.code == "EULEX")
            m.mission.name = "Catalogue's new name";
    QCOMPARE(seedCatalogue(*s.context, catalogue), 1);
    QVERIFY(book.findByCode("EUCAP NEW"));
    QCOMPARE(book.findByCode("EULEX")->mission.name, std::string("EULEX (edited)"));
    QVERIFY(book.findByCode("EULEX")->mission.riskLevel == sdk::RiskLevel::High);
    QVERIFY(!book.findByCode("UNTAET"));
    QCOMPARE(book.all().size(), std::size_t(15));
    // Seeding is audited as the catalogue, not as the user.
    QCOMPARE(s.db.queryValue<std::string>(
                     "SELECT actor FROM audit_log WHERE entity = 'mission' AND action = 'create' "
                     "ORDER BY id DESC LIMIT 1")
                 .value(),
             std::string("catalogue"));
}

void TestMissionRecords::seedingKeepsAPlannersOwnMission()
{
    MissionStore s(sdk::Role::Planner, std::nullopt, Date::fromIso("2025-01-15"), false);
    MissionInfo own;
    own.mission = {{}, "EUAM", "Our own EUAM", "EU", "Ukraine", Date::fromIso("2015-01-01"), {}};
    own.timeZone = "Europe/Kyiv";
    MissionBook(*s.context).add(own);
    QCOMPARE(seedCatalogue(*s.context, builtInCatalogue()), 14);
    QCOMPARE(MissionBook(*s.context).findByCode("EUAM")->mission.name, std::string("Our own EUAM"));
    QCOMPARE(MissionBook(*s.context).all().size(), std::size_t(15));
}

void TestMissionRecords::missionFactsAreValidated()
{
    MissionStore s;
    MissionBook book(*s.context);
    MissionInfo m;
    m.mission = {{}, "TEST", "Test mission", "EU", "Nowhere", Date::fromIso("2020-01-01"), {}};
    m.timeZone = "Europe/Nowhere";
    QVERIFY_THROWS_EXCEPTION(sdk::InputError, book.add(m));
    m.timeZone = "Europe/Ljubljana";
    QVERIFY_THROWS_EXCEPTION(sdk::InputError, riskLevelField("very"));
    m.mission.riskLevel = riskLevelField("high");
    m.mission.organisation = "NATO";
    QVERIFY_THROWS_EXCEPTION(sdk::InputError, book.add(m));
    m.mission.organisation = "bilateral";
    m.mission.endDate = Date::fromIso("2019-12-31");
    QVERIFY_THROWS_EXCEPTION(sdk::InputError, book.add(m));
    m.mission.endDate.reset();
    m.mission.code = "EULEX";
    QVERIFY_THROWS_EXCEPTION(sdk::InputError, book.add(m)); // the catalogue has it
    m.mission.code = "TEST";
    const auto id = book.add(m);
    const MissionInfo back = book.find(id).value();
    QVERIFY(back.mission.riskLevel == sdk::RiskLevel::High);
    QCOMPARE(s.db.queryValue<std::string>("SELECT risk_level FROM mission WHERE id = ?", id),
             std::optional<std::string>("high")); // a core fact
    QCOMPARE(back.timeZone, std::string("Europe/Ljubljana"));
    QCOMPARE(back.mission.organisation, std::string("bilateral"));
    QCOMPARE(s.context->missions().count(), 16);
}

void TestMissionRecords::riskLevelsMoveToTheCoreKeepingWhatPlannersSet()
{
    // A store of before SDK 1.0: the risk level in the plugin's own table.
    sdk::Database db(":memory:");
    sdk::MigrationRunner runner(db);
    sdk::migrateCoreSchema(runner);
    const std::vector<sdk::Migration> all = migrations();
    runner.apply("missions", std::vector<sdk::Migration>{all.front()});
    sdk::MissionRepository missions(db, {"t", "test"});
    sdk::Mission high{{}, "HIGH", "High", "UN", "", Date::fromIso("2000-01-01"), {}, {}};
    sdk::Mission plain{{}, "PLAIN", "Plain", "UN", "", Date::fromIso("2000-01-01"), {}, {}};
    const auto highId = missions.add(high);
    const auto plainId = missions.add(plain);
    db.execute("INSERT INTO missions_mission (mission_id, time_zone, risk_level) VALUES (?, 'UTC', "
               "'high')",
               highId);
    db.execute(
        "INSERT INTO missions_mission (mission_id, time_zone, risk_level) VALUES (?, 'UTC', 'low')",
        plainId);
    runner.apply("missions", all);
    QVERIFY(missions.get(highId).riskLevel == sdk::RiskLevel::High);
    QVERIFY(missions.get(plainId).riskLevel == sdk::RiskLevel::Low);
    QVERIFY(!db.queryValue<std::int64_t>(
        "SELECT 1 FROM pragma_table_info('missions_mission') WHERE name = 'risk_level'"));
    QCOMPARE(db.queryValue<std::string>(
                 "SELECT time_zone FROM missions_mission WHERE mission_id = ?", highId),
             std::optional<std::string>("UTC"));
}

void TestMissionRecords::missionDatesCannotStrandTours()
{
    MissionStore s;
    const auto ana = s.officer("P-1");
    s.tour(ana, "EUPM", "2011-01-01", "2011-06-30");
    MissionBook book(*s.context);
    MissionInfo eupm = book.findByCode("EUPM").value();
    eupm.mission.endDate = Date::fromIso("2011-05-31");
    try {
        book.update(eupm);
        QFAIL("no error");
    } catch (const sdk::InputError& e) {
        QVERIFY2(std::string(e.what()).find("1 tour(s) of EUPM would fall outside")
                     != std::string::npos,
                 e.what());
    }
    eupm.mission.endDate = Date::fromIso("2011-06-30");
    book.update(eupm);
    QCOMPARE(book.findByCode("EUPM")->mission.endDate.value(), Date::fromIso("2011-06-30"));
}

void TestMissionRecords::localDateFollowsTheMissionsZone()
{
    using namespace std::chrono;
    const auto evening = date::sys_days(date::year{2025} / 1 / 14) + hours(20);
    QCOMPARE(localDate("Asia/Dili", evening), Date::fromIso("2025-01-15")); // UTC+9
    QCOMPARE(localDate("Europe/Belgrade", evening), Date::fromIso("2025-01-14"));
    QCOMPARE(localDate("Asia/Kabul",
                       date::sys_days(date::year{2025} / 1 / 14) + hours(19) + minutes(29)),
             Date::fromIso("2025-01-14")); // UTC+4:30
    QCOMPARE(localDate("Asia/Kabul",
                       date::sys_days(date::year{2025} / 1 / 14) + hours(19) + minutes(30)),
             Date::fromIso("2025-01-15"));
    QCOMPARE(localDate("Nowhere/City", evening), Date::fromIso("2025-01-14"));
}

void TestMissionRecords::tourWithArticle80Facts()
{
    MissionStore s;
    const auto ana = s.officer("P-1");
    TourBook tours(*s.context);
    const auto id = tours.add({{{},
                                ana,
                                s.missionId("EULEX"),
                                "police adviser",
                                Period::fromIso("2024-03-01", "2024-08-31"),
                                DeploymentStatus::Completed,
                                std::nullopt},
                               "  Head of the police component ",
                               "PU Ljubljana, criminal police"});
    const TourView v = tours.find(id).value();
    QCOMPARE(v.tour.hostSupervisor, std::string("Head of the police component"));
    QCOMPARE(v.tour.returnPosition, std::string("PU Ljubljana, criminal police"));
    QCOMPARE(v.missionCode, std::string("EULEX"));
    QCOMPARE(v.officerName, std::string("Novak, Ana"));
    QCOMPARE(v.organisation, std::string("EU"));
    QCOMPARE(tours.forOfficer(ana).size(), std::size_t(1));
    QCOMPARE(tours.forMission(s.missionId("EULEX")).size(), std::size_t(1));
    QCOMPARE(s.context->audit().entries("deployment", id).size(), std::size_t(1));
}

void TestMissionRecords::tourWriteProblems_data()
{
    QTest::addColumn<QString>("mission");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("problem"); // empty: it is written

    // MAPE ran 1997-05-01..2001-05-31; the officer is in EULEX 2024-03-01..2024-08-31.
    QTest::newRow("MAPE's last day") << "MAPE"
                                     << "2001-03-01"
                                     << "2001-05-31"
                                     << "completed"
                                     << "";
    QTest::newRow("a day after MAPE") << "MAPE"
                                      << "2001-03-01"
                                      << "2001-06-01"
                                      << "completed"
                                      << "falls outside mission MAPE (1997-05-01..2001-05-31)";
    QTest::newRow("completed before its end") << "EULEX"
                                              << "2024-12-01"
                                              << "2025-05-31"
                                              << "completed"
                                              << "has not passed (today is 2025-01-15)";
    QTest::newRow("ends more than 10 years ahead") << "EULEX"
                                                   << "2030-01-01"
                                                   << "2035-01-16"
                                                   << "planned"
                                                   << "ends more than 10 years ahead";
    QTest::newRow("a day before MAPE") << "MAPE"
                                       << "1997-04-30"
                                       << "1997-09-30"
                                       << "completed"
                                       << "falls outside mission MAPE";
    QTest::newRow("cancelled outside") << "MAPE"
                                       << "2001-05-01"
                                       << "2001-07-01"
                                       << "cancelled"
                                       << "";
    QTest::newRow("shares the last day") << "EUMM"
                                         << "2024-08-31"
                                         << "2024-12-31"
                                         << "planned"
                                         << "already in EULEX from 2024-03-01 to 2024-08-31";
    QTest::newRow("the next day") << "EUMM"
                                  << "2024-09-01"
                                  << "2024-12-31"
                                  << "planned"
                                  << "";
    QTest::newRow("inside the other") << "EUMM"
                                      << "2024-04-01"
                                      << "2024-04-30"
                                      << "planned"
                                      << "already in EULEX";
    QTest::newRow("cancelled overlap") << "EUMM"
                                       << "2024-04-01"
                                       << "2024-04-30"
                                       << "cancelled"
                                       << "";
    QTest::newRow("ongoing mission") << "EULEX"
                                     << "2025-01-01"
                                     << "2031-12-31"
                                     << "planned"
                                     << "";
}

void TestMissionRecords::tourWriteProblems()
{
    QFETCH(QString, mission);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, status);
    QFETCH(QString, problem);
    MissionStore s;
    const auto ana = s.officer("P-1");
    s.tour(ana, "EULEX", "2024-03-01", "2024-08-31");
    const Tour tour{{{},
                     ana,
                     s.missionId(mission.toStdString()),
                     "adviser",
                     Period::fromIso(first.toStdString(), last.toStdString()),
                     sdk::deploymentStatusFromString(status.toStdString()),
                     std::nullopt},
                    {},
                    {}};
    const auto before = s.context->deployments().count();
    try {
        TourBook(*s.context).add(tour);
        QVERIFY2(problem.isEmpty(), "written, but should not be");
        QCOMPARE(s.context->deployments().count(), before + 1);
    } catch (const sdk::InputError& e) {
        QVERIFY2(!problem.isEmpty() && QString(e.what()).contains(problem), e.what());
        QCOMPARE(s.context->deployments().count(), before);
    }
}

void TestMissionRecords::editingATourIgnoresItself()
{
    MissionStore s;
    const auto ana = s.officer("P-1");
    TourBook tours(*s.context);
    Tour t{{{},
            ana,
            s.missionId("EULEX"),
            "adviser",
            Period::fromIso("2024-03-01", "2024-08-31"),
            DeploymentStatus::Completed,
            std::nullopt},
           "A",
           "B"};
    t.deployment.id = tours.add(t);
    t.deployment.period = Period::fromIso("2024-03-01", "2024-09-30");
    t.hostSupervisor = "C";
    tours.update(t);
    QCOMPARE(tours.find(t.deployment.id)->tour.hostSupervisor, std::string("C"));
    QCOMPARE(tours.find(t.deployment.id)->tour.deployment.period.last(),
             Date::fromIso("2024-09-30"));
    // Unknown officer and mission are named.
    t.deployment.officerId = sdk::OfficerId(999);
    t.deployment.missionId = sdk::MissionId(998);
    try {
        tours.update(t);
        QFAIL("no error");
    } catch (const sdk::InputError& e) {
        QVERIFY(QString(e.what()).contains("no mission with id 998"));
        QVERIFY(QString(e.what()).contains("no officer with id 999"));
    }
}

void TestMissionRecords::removingATourRemovesItsFacts()
{
    MissionStore s;
    const auto ana = s.officer("P-1");
    TourBook tours(*s.context);
    const auto id = tours.add({{{},
                                ana,
                                s.missionId("EULEX"),
                                "adviser",
                                Period::fromIso("2024-03-01", "2024-08-31"),
                                DeploymentStatus::Completed,
                                std::nullopt},
                               "A",
                               "B"});
    tours.remove(id);
    QVERIFY(!tours.find(id));
    QCOMPARE(s.db.queryValue<std::int64_t>("SELECT count(*) FROM missions_tour").value(), 0);
}

// The plugin's start: nothing to add on a store offered every built-in code; a code the store was
// never offered (a catalogue grown since) is added, with its mission.
void TestMissionRecords::everyStartSeedsOnlyWhatIsMissing()
{
    MissionStore s;
    QCOMPARE(seedBuiltInCatalogue(*s.context), 0);
    const auto count = [&s](const char* sql) { return s.db.queryValue<std::int64_t>(sql).value(); };
    const std::int64_t missions = count("SELECT count(*) FROM mission");
    s.context->missions().remove(s.missionId("EUMM"));
    s.db.execute("DELETE FROM missions_catalogue_code WHERE code = 'EUMM'");
    QCOMPARE(seedBuiltInCatalogue(*s.context), 1);
    QCOMPARE(count("SELECT count(*) FROM mission"), missions);
    QCOMPARE(count("SELECT count(*) FROM mission m JOIN missions_mission x ON x.mission_id = m.id "
                   "WHERE m.code = 'EUMM' AND x.time_zone = 'Asia/Tbilisi'"),
             std::int64_t(1));
    QCOMPARE(seedBuiltInCatalogue(*s.context), 0);
}

QTEST_GUILESS_MAIN(TestMissionRecords)
#include "tst_missionrecords.moc"
