// Importing and exporting tours: every bad row reported, nothing written then.

#include "missionstore.h"
#include "tourfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace contingent;
using namespace contingent::missions;

class TestTourFile : public QObject {
    Q_OBJECT
private slots:
    void importAddsAndUpdates();
    void importJson();
    void importGoesThroughTheStatusGate_data();
    void importGoesThroughTheStatusGate();
    void badRows_data();
    void badRows();
    void overlapsInTheFileAndWithTheStore();
    void roundTripIsByteIdentical();
    void commandsAndRoles();
    void toursCommandGivesIds();
};

namespace {

const QByteArray kHeader =
    "service_number,mission,position,first_day,last_day,status,host_supervisor,return_position\n";

struct Fixture {
    MissionStore s;
    sdk::OfficerId ana = s.officer("P-1");
    sdk::OfficerId bor = s.officer("P-2", "M", "Kos", "Bor");
};

} // namespace

void TestTourFile::importAddsAndUpdates()
{
    Fixture f;
    const auto report = importTours(
        *f.s.context,
        kHeader
            + "P-1,EULEX,police adviser,2023-03-01,2023-08-31,,\"Head, police component\","
              "PU Celje\n"
              "P-2,UNMIK,monitor,2001-01-10,2001-12-31,completed,,\n"
              "P-1,EUMM,monitor,2026-03-01,2026-08-31,,,\n",
        sdk::FileFormat::Csv);
    QVERIFY2(report.ok(), sdk::describe(report).c_str());
    QCOMPARE(report.added, 3);
    TourBook tours(*f.s.context);
    const auto anas = tours.forOfficer(f.ana);
    QCOMPARE(anas.size(), std::size_t(2));
    QCOMPARE(anas[0].tour.hostSupervisor, std::string("Head, police component"));
    QCOMPARE(anas[0].tour.returnPosition, std::string("PU Celje"));
    // An empty status: completed when it ended before today (2025-01-15), else planned.
    QCOMPARE(int(anas[0].tour.deployment.status), int(sdk::DeploymentStatus::Completed));
    QCOMPARE(int(anas[1].tour.deployment.status), int(sdk::DeploymentStatus::Planned));

    // Same officer, mission and first day: an update.
    const auto again = importTours(*f.s.context,
                                   kHeader
                                       + "P-1,EULEX,senior adviser,2023-03-01,2023-09-30,"
                                         "completed,Chief of staff,PU Celje\n",
                                   sdk::FileFormat::Csv);
    QVERIFY2(again.ok(), sdk::describe(again).c_str());
    QCOMPARE(again.updated, 1);
    QCOMPARE(again.added, 0);
    const auto updated = tours.forOfficer(f.ana).front();
    QCOMPARE(updated.tour.deployment.position, std::string("senior adviser"));
    QCOMPARE(updated.tour.deployment.period.last(), sdk::Date::fromIso("2023-09-30"));
    QCOMPARE(updated.tour.hostSupervisor, std::string("Chief of staff"));
    QCOMPARE(f.s.context->audit().entries("missions.tours").size(), std::size_t(2));

    // Issue #15, item 10: each tour added or changed has its own entry, with the file's row
    // and the old and new values of what changed.
    const auto entries =
        f.s.context->audit().entries("deployment", updated.tour.deployment.id.value());
    const auto imports =
        std::count_if(entries.begin(), entries.end(),
                      [](const sdk::AuditEntry& e) { return e.action == "import"; });
    QCOMPARE(imports, 2);
    const auto detailsOf = [](const sdk::AuditEntry& e) {
        return QJsonDocument::fromJson(QByteArray::fromStdString(e.detailsJson)).object();
    };
    const auto change = std::find_if(entries.begin(), entries.end(),
                                     [](const sdk::AuditEntry& e) { return e.action == "import"; });
    QCOMPARE(detailsOf(*change),
             (QJsonObject{{"row", 2},
                          {"old", QJsonObject{{"position", "police adviser"},
                                              {"last_day", "2023-08-31"},
                                              {"host_supervisor", "Head, police component"}}},
                          {"new", QJsonObject{{"position", "senior adviser"},
                                              {"last_day", "2023-09-30"},
                                              {"host_supervisor", "Chief of staff"}}}}));
    const auto added = std::find_if(std::next(change), entries.end(),
                                    [](const sdk::AuditEntry& e) { return e.action == "import"; });
    QCOMPARE(detailsOf(*added).value("new").toObject().value("service_number").toString(),
             QStringLiteral("P-1"));
    QCOMPARE(detailsOf(*added).value("new").toObject().value("mission").toString(),
             QStringLiteral("EULEX"));
    QVERIFY(!detailsOf(*added).contains("old"));
}

void TestTourFile::importGoesThroughTheStatusGate_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("problem");
    QTest::newRow("planned") << QByteArray("P-1,EULEX,,2024-01-01,2024-03-31,planned,,\n") << true
                             << "";
    QTest::newRow("history: completed")
        << QByteArray("P-1,EULEX,,2010-01-01,2010-03-31,completed,,\n") << true << "";
    QTest::newRow("proposed: nobody owns planned -> proposed")
        << QByteArray("P-1,EULEX,,2024-01-01,2024-03-31,proposed,,\n") << true << "";
    QTest::newRow("approved: the approvals plugin's step (Art. 19)")
        << QByteArray("P-1,EULEX,,2024-01-01,2024-03-31,approved,,\n") << false
        << "line 2, column status: tour 1: only the approvals plugin moves a tour from proposed to "
           "approved";
    QTest::newRow("active passes the same step")
        << QByteArray("P-1,EULEX,,2024-01-01,2024-03-31,active,,\n") << false
        << "only the approvals plugin moves a tour from proposed to approved";
}

void TestTourFile::importGoesThroughTheStatusGate()
{
    QFETCH(QByteArray, row);
    QFETCH(bool, ok);
    QFETCH(QString, problem);
    Fixture f;
    sdk::StatusGate gate;
    gate.own("approvals", {sdk::DeploymentStatus::Proposed, sdk::DeploymentStatus::Approved});
    sdk::Context gated("missions", f.s.db, f.s.context->user(), f.s.clock, f.s.checks, f.s.changes,
                       nullptr, &gate);
    const auto report = importTours(gated, kHeader + row, sdk::FileFormat::Csv);
    const std::string text = sdk::describe(report);
    QCOMPARE(report.ok(), ok);
    QVERIFY2(text.find(problem.toStdString()) != std::string::npos, text.c_str());
    QCOMPARE(f.s.context->deployments().count(), ok ? 1 : 0); // a refusal writes nothing
    QCOMPARE(report.added, ok ? 1 : 0);
}

void TestTourFile::importJson()
{
    Fixture f;
    const auto report = importTours(*f.s.context, R"([
        {"service_number": "P-1", "mission": "EUPM", "first_day": "2004-01-01",
         "last_day": "2004-06-30", "host_supervisor": "Commissioner"},
        {"service_number": "P-2", "mission": "EUPM", "first_day": "2004-01-01",
         "last_day": "2004-06-30", "position": "trainer", "status": "completed"}
    ])",
                                    sdk::FileFormat::Json);
    QVERIFY2(report.ok(), sdk::describe(report).c_str());
    QCOMPARE(report.added, 2);
    // An update that leaves keys out keeps what is stored, the status too.
    TourBook tours(*f.s.context);
    const sdk::Deployment d = tours.forOfficer(f.bor).front().tour.deployment;
    f.s.db.execute("UPDATE deployment SET status = 'approved' WHERE id = ?", d.id); // test setup
    const auto extend = importTours(*f.s.context, R"([
        {"service_number": "P-2", "mission": "EUPM", "first_day": "2004-01-01",
         "last_day": "2004-09-30"}])",
                                    sdk::FileFormat::Json);
    QVERIFY2(extend.ok(), sdk::describe(extend).c_str());
    QCOMPARE(extend.updated, 1);
    const TourView kept = tours.forOfficer(f.bor).front();
    QCOMPARE(kept.tour.deployment.period.last(), sdk::Date::fromIso("2004-09-30"));
    QCOMPARE(kept.tour.deployment.position, std::string("trainer"));
    QCOMPARE(int(kept.tour.deployment.status), int(sdk::DeploymentStatus::Approved));
    QCOMPARE(tours.forOfficer(f.ana).front().tour.hostSupervisor, std::string("Commissioner"));
    const auto bad = importTours(*f.s.context, R"([
        {"service_number": "P-1", "mission": "EUPM", "first_day": 20040101, "last_day": "2004-06-30"},
        {"service_number": "P-1", "mission": "EUPM", "last_day": "2004-06-30", "colour": "red"},
        "not an object"
    ])",
                                 sdk::FileFormat::Json);
    const std::string text = sdk::describe(bad);
    QVERIFY2(text.find("record 1, key first_day: must be a string") != std::string::npos,
             text.c_str());
    QVERIFY(text.find("record 2, key colour: is not a tour field") != std::string::npos);
    QVERIFY(text.find("record 2, key first_day: is missing") != std::string::npos);
    QVERIFY(text.find("record 3: is not an object") != std::string::npos);
    QCOMPARE(f.s.context->deployments().count(), 2);
}

void TestTourFile::badRows_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("expected");
    const QByteArray good = "P-1,EULEX,adviser,2023-03-01,2023-08-31,,,\n";
    QTest::newRow("empty file") << QByteArray("  \n") << "the file is empty";
    QTest::newRow("wrong header") << QByteArray("service_number,mission\nP-1,EULEX\n")
                                  << "line 1: the header is \"service_number,mission\"";
    QTest::newRow("unknown officer") << kHeader + "P-9,EULEX,adviser,2023-03-01,2023-08-31,,,\n"
                                     << "line 2, column service_number: no officer has service "
                                        "number \"P-9\"";
    QTest::newRow("unknown mission") << kHeader + "P-1,NATO,adviser,2023-03-01,2023-08-31,,,\n"
                                     << "line 2, column mission: \"NATO\" is not a mission code";
    QTest::newRow("bad date") << kHeader + "P-1,EULEX,adviser,2023-02-30,2023-08-31,,,\n"
                              << "line 2, column first_day: \"2023-02-30\" is not a date";
    QTest::newRow("last before first")
        << kHeader + "P-1,EULEX,adviser,2023-08-31,2023-03-01,,,\n"
        << "line 2, column last_day: the last day 2023-03-01 comes before the first day 2023-08-31";
    QTest::newRow("outside the mission")
        << kHeader + "P-1,EULEX,adviser,2008-01-01,2008-08-31,,,\n"
        << "line 2, column first_day: the tour 2008-01-01..2008-08-31 falls outside mission "
           "EULEX (2008-02-16..ongoing)";
    QTest::newRow("completed before its end")
        << kHeader + "P-1,EULEX,adviser,2024-12-01,2025-05-31,completed,,\n"
        << "line 2, column status: the tour 2024-12-01..2025-05-31 is completed, but its last "
           "day 2025-05-31 has not passed";
    QTest::newRow("more than 10 years ahead")
        << kHeader + "P-1,EULEX,adviser,2030-01-01,2035-01-16,planned,,\n"
        << "line 2, column last_day: the tour 2030-01-01..2035-01-16 ends more than 10 years "
           "ahead (after 2035-01-15)";
    QTest::newRow("bad status") << kHeader + "P-1,EULEX,adviser,2023-03-01,2023-08-31,done,,\n"
                                << "line 2, column status: \"done\" is not one of planned";
    QTest::newRow("too few fields") << kHeader + good + "P-1,EULEX\n"
                                    << "line 3: has 2 fields, expected 8";
    QTest::newRow("unclosed quote")
        << kHeader + "P-1,\"EULEX,adviser,2023-03-01,2023-08-31,,,\n"
        << "line 2, column mission: the quote opened here is not closed";
    QTest::newRow("same row twice") << kHeader + good + good
                                    << "line 3: the same tour (officer, mission, first day) is on "
                                       "line 2 too";
    QTest::newRow("empty line between rows")
        << kHeader + good + "\n" + QByteArray(good).replace("2023-0", "2024-0")
        << "line 3: the line is empty";
    QTest::newRow("not UTF-8") << kHeader + "P-1,EULEX,adviser \xff,2023-03-01,2023-08-31,,,\n"
                               << "line 2: is not UTF-8 text";
    QTest::newRow("JSON syntax") << QByteArray("[{\"service_number\": }]")
                                 << "the file is not valid JSON";
    QTest::newRow("JSON not an array") << QByteArray("{\"service_number\": \"P-1\"}")
                                       << "the file must hold a JSON array of tours";
}

void TestTourFile::badRows()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, expected);
    Fixture f;
    const auto format =
        file.startsWith('[') || file.startsWith('{') ? sdk::FileFormat::Json : sdk::FileFormat::Csv;
    const auto report = importTours(*f.s.context, file, format);
    QVERIFY(!report.ok());
    const QString text = QString::fromStdString(sdk::describe(report));
    QVERIFY2(text.contains(expected), qPrintable(text));
    QCOMPARE(f.s.context->deployments().count(), 0);
    QCOMPARE(f.s.db.queryValue<std::int64_t>("SELECT count(*) FROM missions_tour").value(), 0);
}

void TestTourFile::overlapsInTheFileAndWithTheStore()
{
    Fixture f;
    f.s.tour(f.ana, "EULEX", "2020-01-01", "2020-06-30");
    const auto report =
        importTours(*f.s.context,
                    kHeader
                        + "P-1,EUMM,monitor,2020-06-30,2020-12-31,,,\n"           // store
                          "P-2,EUMM,monitor,2021-01-01,2021-06-30,,,\n"           // fine
                          "P-2,EULEX,adviser,2021-06-01,2021-12-31,,,\n"          // line 3
                          "P-2,OMIK,trainer,2021-07-01,2021-07-31,cancelled,,\n", // cancelled
                    sdk::FileFormat::Csv);
    const std::string text = sdk::describe(report);
    QVERIFY2(text.find("line 2, column first_day: overlaps the officer's tour in EULEX "
                       "(2020-01-01..2020-06-30) already in the store")
                 != std::string::npos,
             text.c_str());
    QVERIFY(text.find("line 4, column first_day: overlaps the officer's tour in EUMM "
                      "(2021-01-01..2021-06-30) on line 3")
            != std::string::npos);
    QCOMPARE(report.problems.size(), std::size_t(2));
    QCOMPARE(f.s.context->deployments().count(), 1);
    // A bad row and an overlap: both in one report, not the overlap on the next try.
    const auto both = importTours(*f.s.context,
                                  kHeader
                                      + "P-1,EUMM,monitor,2020-06-30,2020-12-31,,,\n"
                                        "P-2,NOSUCH,monitor,2021-01-01,2021-06-30,,,\n",
                                  sdk::FileFormat::Csv);
    const std::string bothText = sdk::describe(both);
    QVERIFY2(bothText.find("line 2, column first_day: overlaps") != std::string::npos,
             bothText.c_str());
    QVERIFY2(bothText.find("line 3, column mission") != std::string::npos, bothText.c_str());

    // Moving the stored tour in the same file clears the overlap.
    const auto moved = importTours(*f.s.context,
                                   kHeader
                                       + "P-1,EULEX,adviser,2020-01-01,2020-05-31,,,\n"
                                         "P-1,EUMM,monitor,2020-06-01,2020-12-31,,,\n",
                                   sdk::FileFormat::Csv);
    QVERIFY2(moved.ok(), sdk::describe(moved).c_str());
    QCOMPARE(moved.updated, 1);
    QCOMPARE(moved.added, 1);
}

void TestTourFile::roundTripIsByteIdentical()
{
    Fixture f;
    const QByteArray file =
        kHeader
        + "P-1,EULEX,\"adviser, \"\"rule of law\"\"\",2023-03-01,2023-08-31,completed,"
          "\"Head\nof office\",PU Celje\n"
          "P-1,UNMIK,monitor,2001-01-10,2001-12-31,completed,,\n"
          "P-2,EUMM,monitor,2026-03-01,2026-08-31,planned,Čedomir Šušteršič,Žalec\n";
    QVERIFY(importTours(*f.s.context, file, sdk::FileFormat::Csv).ok());
    for (const auto format : {sdk::FileFormat::Csv, sdk::FileFormat::Json}) {
        const QByteArray first = exportTours(f.s.db, format);
        Fixture other;
        const auto report = importTours(*other.s.context, first, format);
        QVERIFY2(report.ok(), sdk::describe(report).c_str());
        // Each store numbers its tours: a JSON export's "id" is the store's own.
        const auto withoutIds = [](const QByteArray& json) {
            return QString::fromUtf8(json).remove(QRegularExpression("\\n *\"id\": \\d+,"));
        };
        QCOMPARE(withoutIds(exportTours(other.s.db, format)), withoutIds(first));
        if (format == sdk::FileFormat::Json)
            QVERIFY(first.contains("\"id\": "));
    }
    // Through a workbook (dates shown the Slovene way) and back: the same tours.
    {
        const QByteArray workbook =
            exportTours(f.s.db, sdk::FileFormat::Xlsx, std::nullopt, "d.m.yyyy");
        Fixture other;
        const auto report = importTours(*other.s.context, workbook, sdk::FileFormat::Xlsx);
        QVERIFY2(report.ok(), sdk::describe(report).c_str());
        QCOMPARE(report.added, 3);
        QCOMPARE(exportTours(other.s.db, sdk::FileFormat::Csv),
                 exportTours(f.s.db, sdk::FileFormat::Csv));
        // A clash inside the workbook names its rows as the spreadsheet does.
        const auto again = importTours(
            *other.s.context,
            sdk::writeTable(sdk::FileFormat::Xlsx, "Tours", tourTable(),
                            {{"P-1", "EULEX", "", "2030-01-01", "2030-03-31", "planned", "", ""},
                             {"P-1", "EUMM", "", "2030-02-01", "2030-02-28", "planned", "", ""}}),
            sdk::FileFormat::Xlsx);
        QVERIFY(sdk::describe(again).find("on row 2") != std::string::npos
                || sdk::describe(again).find("on row 3") != std::string::npos);
        QVERIFY2(sdk::describe(again).find("sheet Tours, row ") != std::string::npos,
                 sdk::describe(again).c_str());
    }
    // Ordered by service number and first day.
    const QByteArray csv = exportTours(f.s.db, sdk::FileFormat::Csv);
    QVERIFY(csv.indexOf("P-1,UNMIK") < csv.indexOf("P-1,EULEX"));
    QCOMPARE(exportTours(f.s.db, sdk::FileFormat::Csv, f.bor).count('\n'), 2);
}

void TestTourFile::commandsAndRoles()
{
    Fixture f;
    QTemporaryDir dir;
    const std::string path = dir.filePath("tours.csv").toStdString();
    QFile file(QString::fromStdString(path));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kHeader
               + "P-1,EULEX,adviser,2023-03-01,2023-08-31,,,\n"
                 "P-2,EULEX,adviser,2023-03-01,2023-08-31,,,\n");
    file.close();
    auto run = f.s.missions({"import", path});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.find("2 tour(s) added") != std::string::npos, run.out.c_str());
    run = f.s.missions({"import"});
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.find("import needs a FILE") != std::string::npos);
    run = f.s.missions({"import", path, "--format", "xml"});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.find("is not a table file format") != std::string::npos);
    run = f.s.missions({"import", dir.filePath("missing.csv").toStdString()});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.find("cannot read") != std::string::npos);
    // A file as Excel saves "CSV" in a Slovene Windows: named, then read with --encoding
    // (every import through the SDK's verb takes it).
    const std::string excel = dir.filePath("tours-excel.csv").toStdString();
    QFile cp1250(QString::fromStdString(excel));
    QVERIFY(cp1250.open(QIODevice::WriteOnly));
    cp1250.write(kHeader
                 + "P-1,EULEX,adviser,2024-03-01,2024-08-31,,Jo\x9E"
                   "e Kova\xE8i\xE8,\n");
    cp1250.close();
    run = f.s.missions({"import", excel});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.find("--encoding windows-1250") != std::string::npos, run.err.c_str());
    run = f.s.missions({"import", excel, "--encoding", "windows-1250"});
    QVERIFY2(run.code == 0, run.err.c_str());
    QCOMPARE(QString::fromStdString(
                 f.s.db
                     .queryValue<std::string>("SELECT host_supervisor FROM missions_tour "
                                              "WHERE host_supervisor LIKE 'Jo%'")
                     .value_or("")),
             QString::fromUtf8("Jože Kovačič"));
    QCOMPARE(f.s.missions({"import", excel, "--encoding", "ebcdic"}).code, 2);
    run = f.s.missions({"export", "--format", "json"});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.find("\"P-2\"") != std::string::npos);

    // A viewer cannot import; an officer exports only their own tours.
    MissionStore viewer(sdk::Role::Viewer);
    QCOMPARE(viewer.missions({"import", path}).code, 1);
    f.s.context = std::make_unique<sdk::Context>(
        "missions", f.s.db, sdk::CurrentUser{"ana", "Ana", sdk::Role::Officer, f.ana, true},
        f.s.clock, f.s.checks, f.s.changes);
    run = f.s.missions({"export", "--format", "csv"});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.find("P-1,") != std::string::npos);
    QVERIFY(run.out.find("P-2,") == std::string::npos);
    // Each export is recorded by whoever made it (the SDK's streamed export verb).
    const auto exports = f.s.context->audit().entries("file");
    QCOMPARE(exports.size(), std::size_t(2));
    QCOMPARE(exports.front().actor, std::string("ana"));
    QVERIFY(exports.front().detailsJson.find("\"format\":\"csv\"") != std::string::npos);
    run = f.s.missions({"import", path});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.find("an officer cannot import tours") != std::string::npos);
}

void TestTourFile::toursCommandGivesIds()
{
    Fixture f;
    const auto eulex = f.s.tour(f.ana, "EULEX", "2023-03-01", "2023-08-31");
    const auto unmik = f.s.tour(f.bor, "UNMIK", "2001-01-10", "2001-12-31");
    auto run = f.s.missions({"tours", "--json"});
    QCOMPARE(run.code, 0);
    const QJsonArray all = QJsonDocument::fromJson(QByteArray::fromStdString(run.out)).array();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].toObject()["id"].toInteger(), eulex.value()); // newest first
    QCOMPARE(all[1].toObject()["id"].toInteger(), unmik.value());
    run = f.s.missions({"tours", "--officer", "P-2"});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.find("UNMIK") != std::string::npos
                 && run.out.find("EULEX") == std::string::npos,
             run.out.c_str());
    QVERIFY(run.out.find("1 tour(s)") != std::string::npos);
    run = f.s.missions({"tours", "--mission", "NOPE"});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.find("there is no mission \"NOPE\"") != std::string::npos);
    run = f.s.missions({"tours", "--bogus"});
    QCOMPARE(run.code, 2);
}

QTEST_GUILESS_MAIN(TestTourFile)
#include "tst_tourfile.moc"
