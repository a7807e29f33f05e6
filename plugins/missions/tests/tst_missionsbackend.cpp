// What the pages call: forms with field errors, roles, the officer's record,
// abroad today, and statistics computed on a worker thread.

#include "demotours.h"
#include "missionsbackend.h"
#include "missionstats.h"
#include "missionstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace contingent;
using namespace contingent::missions;

class TestMissionsBackend : public QObject {
    Q_OBJECT
private slots:
    void missionFormNamesTheField();
    void tourFormChecks();
    void recordIsTheOfficersOwn();
    void abroadTodayByMission();
    void statisticsInTheBackground();
    void catalogueFilters();
    void theMissionOnShowHasItsToursCountedOnce();
    void exportsFromTheWindowAreRecorded();
};

void TestMissionsBackend::missionFormNamesTheField()
{
    MissionStore s;
    MissionsBackend b(*s.context);
    QVariantMap form{{"code", "TEST"},
                     {"name", "Test"},
                     {"organisation", "EU"},
                     {"country", "X"},
                     {"startDate", "2020-01-01"},
                     {"endDate", ""},
                     {"timeZone", "Mars/Base"},
                     {"riskLevel", "low"},
                     {"source", ""}};
    auto r = b.saveMission(form);
    QVERIFY(!r["ok"].toBool());
    QVERIFY2(r["errors"].toMap().contains("timeZone"),
             qPrintable(r["errors"].toMap().keys().join(',')));
    form["timeZone"] = "Europe/Ljubljana";
    form["startDate"] = "2020-02-30";
    r = b.saveMission(form);
    QVERIFY(r["errors"].toMap().contains("startDate"));
    form["startDate"] = "2020-01-01";
    form["code"] = "EULEX";
    r = b.saveMission(form);
    QVERIFY2(r["errors"].toMap().contains("code"),
             qPrintable(r["errors"].toMap().keys().join(',')));
    form["code"] = "TEST";
    r = b.saveMission(form);
    QVERIFY(r["ok"].toBool());
    QCOMPARE(b.mission(r["id"].toLongLong())["timeZone"].toString(), QString("Europe/Ljubljana"));

    MissionStore viewer(sdk::Role::Viewer);
    MissionsBackend v(*viewer.context);
    QVERIFY(!v.saveMission(form)["ok"].toBool());
    QVERIFY(!v.canEdit());
}

void TestMissionsBackend::tourFormChecks()
{
    MissionStore s;
    const auto ana = s.officer("P-1");
    MissionsBackend b(*s.context);
    QVariantMap tour = b.newTour(s.missionId("EULEX").value());
    QVERIFY(b.saveTour(tour)["errors"].toMap().contains("officer"));
    tour["officerId"] = qint64(ana.value());
    tour["firstDay"] = "2024-06-01";
    tour["lastDay"] = "2024-05-01";
    QVERIFY(b.saveTour(tour)["errors"].toMap().contains("lastDay"));
    tour["lastDay"] = "2024-11-30";
    tour["hostSupervisor"] = "Head of office";
    auto r = b.saveTour(tour);
    QVERIFY(r["ok"].toBool());
    const qint64 first = r["id"].toLongLong();
    QCOMPARE(b.tour(first)["hostSupervisor"].toString(), QString("Head of office"));
    tour["firstDay"] = "2024-11-30"; // overlaps the first
    tour["lastDay"] = "2025-03-31";
    r = b.saveTour(tour);
    QVERIFY(r["errors"].toMap()["firstDay"].toString().contains("already in EULEX"));
    // The form's recheck: the same error without writing, gone once corrected.
    QCOMPARE(b.checkTour(tour)["firstDay"], r["errors"].toMap()["firstDay"]);
    tour["firstDay"] = "2024-12-01";
    QVERIFY2(b.checkTour(tour).isEmpty(), qPrintable(b.checkTour(tour).keys().join(' ')));
    tour["lastDay"] = "2024-11-01";
    QVERIFY(b.checkTour(tour).contains("lastDay"));
    QCOMPARE(b.tour(first)["lastDay"].toString(), QString("2024-11-30"));
    QCOMPARE(s.db.queryValue<std::int64_t>("SELECT count(*) FROM deployment"),
             1); // checks wrote nothing
    tour["firstDay"] = "2024-11-30";
    tour["lastDay"] = "2025-03-31";
    // The form goes through the status gate: with an approvals plugin the
    // planner cannot approve a tour by hand (Art. 19), and nothing is written.
    sdk::StatusGate gate;
    gate.own("approvals", {sdk::DeploymentStatus::Proposed, sdk::DeploymentStatus::Approved});
    sdk::Context gated("missions", s.db, s.context->user(), s.clock, s.checks, s.changes, nullptr,
                       &gate);
    MissionsBackend gatedForm(gated);
    QVariantMap approved = tour;
    approved["firstDay"] = "2025-06-01";
    approved["lastDay"] = "2025-06-30";
    approved["status"] = "approved";
    const auto before = s.context->deployments().count();
    r = gatedForm.saveTour(approved);
    QVERIFY(!r["ok"].toBool());
    QVERIFY2(r["errors"].toMap()["status"].toString().contains("only the approvals plugin"),
             qPrintable(r["errors"].toMap().values().value(0).toString()));
    QCOMPARE(s.context->deployments().count(), before);
    approved["status"] = "proposed";
    QVERIFY(gatedForm.saveTour(approved)["ok"].toBool());
    // The form offers what the gate allows from the tour's status.
    QCOMPARE(b.statusesFrom("approved"),
             QStringList({"approved", "active", "completed", "cancelled"}));
    QCOMPARE(b.statusesFrom("cancelled"), QStringList({"cancelled"}));
    QCOMPARE(b.statusesFrom("").size(), 6);
    QVERIFY(b.removeTour(first)["ok"].toBool());
    QVERIFY(b.tour(first).isEmpty());
    QCOMPARE(b.findOfficers("nov").size(), 1);
}

void TestMissionsBackend::recordIsTheOfficersOwn()
{
    MissionStore staff;
    const auto ana = staff.officer("P-1");
    const auto bor = staff.officer("P-2");
    staff.tour(ana, "EULEX", "2024-01-01", "2024-01-31");
    MissionStore& s = staff;
    s.context = std::make_unique<sdk::Context>(
        "missions", s.db, sdk::CurrentUser{"ana", "Ana", sdk::Role::Officer, ana, true}, s.clock,
        s.checks, s.changes);
    MissionsBackend b(*s.context);
    const QVariantMap own = b.record(-1);
    QCOMPARE(own["totalDays"].toInt(), 31);
    QCOMPARE(own["serviceNumber"].toString(), QString("P-1"));
    QVERIFY(b.record(bor.value()).contains("error"));
    QVERIFY(!b.saveStatement(QUrl::fromLocalFile("/tmp/x.pdf"), bor.value())["ok"].toBool());
    // Her own statement is written, and recorded under her record (issue #15, item 10); the
    // refused one is not.
    QTemporaryDir dir;
    const QString pdf = dir.filePath("statement.pdf");
    QVERIFY(b.saveStatement(QUrl::fromLocalFile(pdf), -1)["ok"].toBool());
    const auto recorded = s.context->audit().entries("officer", ana);
    QCOMPARE(recorded.front().action, std::string("export"));
    QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(recorded.front().detailsJson))
                 .object()
                 .value("file")
                 .toString(),
             pdf);
    QVERIFY(s.context->audit().entries("officer", bor).empty()
            || s.context->audit().entries("officer", bor).front().action != "export");
    QCOMPARE(b.officerTimeline(ana.value()).size(), 1);
    QVERIFY(b.officerTimeline(bor.value()).isEmpty());
    // Nothing else of other officers reaches an officer's page.
    QVERIFY(b.findOfficers("P-").isEmpty());
    QVERIFY(b.tour(1).isEmpty());
    QVERIFY(b.missionTimeline(s.missionId("EULEX").value(), {}, 0, 100).isEmpty());
    QVERIFY(b.abroadToday().isEmpty());
    QSignalSpy ready(&b, &MissionsBackend::statisticReady);
    b.computeStatistic("days_abroad");
    QCOMPARE(ready.size(), 1);
    QVERIFY(ready[0][1].toMap().contains("error"));
}

void TestMissionsBackend::abroadTodayByMission()
{
    MissionStore s; // today 2025-01-15 (a fixed day: every mission uses it)
    s.tour(s.officer("P-1"), "EULEX", "2024-06-01", "2025-01-15", sdk::DeploymentStatus::Active);
    s.tour(s.officer("P-2"), "EULEX", "2025-01-15", "2025-06-30", sdk::DeploymentStatus::Active);
    s.tour(s.officer("P-3"), "EUMM", "2024-06-01", "2025-01-14");
    s.tour(s.officer("P-4"), "EUAM", "2025-01-01", "2025-02-01", sdk::DeploymentStatus::Cancelled);
    MissionsBackend b(*s.context);
    const QVariantList abroad = b.abroadToday();
    QCOMPARE(abroad.size(), 1);
    QCOMPARE(abroad[0].toMap()["code"].toString(), QString("EULEX"));
    QCOMPARE(abroad[0].toMap()["count"].toInt(), 2);
}

void TestMissionsBackend::statisticsInTheBackground()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("store.db").toStdString();
    sdk::Database db(path);
    sdk::MigrationRunner runner(db);
    sdk::migrateCoreSchema(runner);
    runner.apply("missions", migrations());
    sdk::FixedClock clock(sdk::Date::fromIso("2025-01-15"));
    sdk::CheckRegistry checks;
    sdk::ChangeNotifier changes;
    sdk::Context context("missions", db, {"t", "T", sdk::Role::Planner, std::nullopt, true}, clock,
                         checks, changes);
    seedCatalogue(context, builtInCatalogue());
    {
        sdk::Transaction tx(db);
        generateDemoTours(context, 7, 300);
        tx.commit();
    }
    MissionsBackend b(context);
    b.setBackgroundFrom(100);
    QSignalSpy ready(&b, &MissionsBackend::statisticReady);
    b.computeStatistic("days_abroad");
    QVERIFY(b.computing());
    QVERIFY(ready.wait(20000));
    QVERIFY(!b.computing());
    const QVariantMap table = ready[0][1].toMap();
    QCOMPARE(ready[0][0].toString(), QString("days_abroad"));
    QCOMPARE(table["rows"].toList().size(), 2025 - 1997 + 1);
    // The same numbers as on this thread.
    const StatTable here = statistic(db, clock.today(), "days_abroad");
    QCOMPARE(table["rows"].toList().last().toMap()["values"].toList()[0].toLongLong(),
             here.rows.back().values[0]);
    b.computeStatistic("no_such");
    QVERIFY(ready.wait(20000));
    QVERIFY(ready[1][1].toMap()["error"].toString().contains("no_such"));
    QCOMPARE(b.statisticChoices().size(), 4);

    // The Home card's count too: nothing at first, then what the window's thread counts.
    const QVariantList counted = MissionsBackend(context).abroadToday(); // 300 tours: at once
    QVERIFY(!counted.isEmpty());
    QSignalSpy abroad(&b, &MissionsBackend::abroadChanged);
    QVERIFY(b.abroadToday().isEmpty());
    QVERIFY(b.abroadLoading());
    QVERIFY(abroad.wait(20000));
    QVERIFY(!b.abroadLoading());
    QCOMPARE(b.abroadToday(), counted);
    QVERIFY(!b.abroadLoading()); // asked again, it answers from what it counted
    QCOMPARE(abroad.count(), 1);
}

void TestMissionsBackend::catalogueFilters()
{
    MissionStore s;
    MissionsBackend b(*s.context);
    auto* missions = qobject_cast<sdk::SqlTableModel*>(b.missions());
    QCOMPARE(missions->totalCount(), 15);
    QCOMPARE(b.setFilters({{"organisation", "UN"}}), QString());
    QCOMPARE(missions->totalCount(), 3);
    b.setFilters({{"country", "Kosovo"}});
    QCOMPARE(missions->totalCount(), 3); // UNMIK, OMIK, EULEX
    b.setFilters({{"year", "2016"}, {"organisation", "EU"}});
    QCOMPARE(missions->totalCount(), 5); // EUPOL AFG (to 2016-12-31), COPPS, EULEX, EUMM, EUAM
    QVERIFY(!b.setFilters({{"year", "soon"}}).isEmpty());
    QVERIFY(b.countries().contains("East Timor"));
}

void TestMissionsBackend::theMissionOnShowHasItsToursCountedOnce()
{
    MissionStore s;
    s.tour(s.officer("P-1"), "EULEX", "2024-06-01", "2024-12-31");
    s.tour(s.officer("P-2"), "EULEX", "2025-01-01", "2025-06-30");
    s.tour(s.officer("P-3"), "EUMM", "2024-06-01", "2025-01-14");
    const auto idOf = [&](const char* code) {
        return s.context->store()
            .queryValue<std::int64_t>("SELECT id FROM mission WHERE code = ?", std::string(code))
            .value_or(-1);
    };
    MissionsBackend b(*s.context);
    auto* tours = qobject_cast<sdk::SqlTableModel*>(b.tours());
    b.selectMission(idOf("EULEX"));
    QCOMPARE(tours->totalCount(), 2);
    QCOMPARE(b.mission(idOf("EULEX"))["tourCount"].toInt(), 2);
    // Another mission than the one on show is counted on its own.
    QCOMPARE(b.mission(idOf("EUMM"))["tourCount"].toInt(), 1);
    // The list filtered: the mission still has all its tours.
    tours->setFilter("P-1");
    QCOMPARE(tours->totalCount(), 1);
    QCOMPARE(b.mission(idOf("EULEX"))["tourCount"].toInt(), 2);
    tours->setFilter("");
    // A tour added: the list read again, the mission's count with it.
    s.tour(s.officer("P-4"), "EULEX", "2025-07-01", "2025-12-31");
    b.refresh();
    QCOMPARE(b.mission(idOf("EULEX"))["tourCount"].toInt(), 3);
}

// Issue #15, item 10: the tours and a statistic exported from the window are each recorded, with
// their file and format; a refused export writes nothing and records nothing.
void TestMissionsBackend::exportsFromTheWindowAreRecorded()
{
    MissionStore s;
    s.tour(s.officer("P-1"), "EULEX", "2024-01-01", "2024-03-31");
    MissionsBackend b(*s.context);
    QTemporaryDir dir;
    const auto lastExport = [&s] {
        const auto entries = s.context->audit().entries("file");
        return entries.empty() || entries.front().action != "export"
                   ? QJsonObject()
                   : QJsonDocument::fromJson(QByteArray::fromStdString(entries.front().detailsJson))
                         .object();
    };
    const QString tours = dir.filePath("tours.csv");
    QVERIFY(b.exportTours(QUrl::fromLocalFile(tours), "")["ok"].toBool());
    QCOMPARE(lastExport().value("file").toString(), tours);
    QCOMPARE(lastExport().value("format").toString(), QString("csv"));
    const QString stat = dir.filePath("by organisation.xlsx");
    QVERIFY(b.exportStatistic("by_organisation", QUrl::fromLocalFile(stat), "")["ok"].toBool());
    QCOMPARE(lastExport().value("file").toString(), stat);
    QCOMPARE(lastExport().value("format").toString(), QString("xlsx"));
    const std::size_t before = s.context->audit().entries("file").size();
    QVERIFY(
        !b.exportTours(QUrl::fromLocalFile(dir.filePath("no/such/folder.csv")), "")["ok"].toBool());
    QCOMPARE(s.context->audit().entries("file").size(), before);
}

QTEST_MAIN(TestMissionsBackend)
#include "tst_missionsbackend.moc"
