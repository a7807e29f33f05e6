// `contingent transfers ...`, the order document, import and export, and
// what the page sees: each path that applies an Art. 77 rule or refuses bad
// input has its own row here.

#include "transferdocument.h"
#include "transferfile.h"
#include "transfersbackend.h"
#include "transferstore.h"

#include <contingent/sdk/tables.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace transferstest;

class TestTransferCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addPrintsTheIdAndRefusesBadInput_data();
    void addPrintsTheIdAndRefusesBadInput();
    void handOverRecordsALateDayAndSaysSo();
    void manyOrdersAreCountedOnAWorker();
    void listGivesDeadlines();
    void splitProposesAndApplies();
    void pdfIsTheOfficersOwn();
    void rulesAreForAdmins();
    void fileRoundTrips_data();
    void fileRoundTrips();
    void badFileWritesNothing();
    void backendFormsDueListAndCard();
};

void TestTransferCommands::addPrintsTheIdAndRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    const QStringList base{"add", "--deployment", "1"};
    QTest::newRow("good") << base + QStringList{"--first", "2025-03-01", "--last", "2025-05-31"}
                          << 0 << "1";
    QTest::newRow("last before first")
        << base + QStringList{"--first", "2025-05-01", "--last", "2025-04-01"} << 1
        << "comes before --first";
    QTest::newRow("outside the tour")
        << base + QStringList{"--first", "2025-02-01", "--last", "2025-04-01"} << 1
        << "is not inside its tour";
    QTest::newRow("unknown tour") << QStringList{"add",       "--deployment", "99",
                                                 "--first",   "2025-03-01",   "--last",
                                                 "2025-03-31"}
                                  << 1 << "there is no tour with id 99";
    QTest::newRow("not a date") << base
                                       + QStringList{"--first", "2025-02-30", "--last",
                                                     "2025-03-31"}
                                << 2 << "is not a date";
    QTest::newRow("handed in the future")
        << base + QStringList{"--first",    "2025-03-01", "--last",
                              "2025-03-31", "--handed",   "2025-02-01"}
        << 1 << "is after today";
    QTest::newRow("missing --last")
        << base + QStringList{"--first", "2025-03-01"} << 2 << "--last is required";
    QTest::newRow("not an id") << QStringList{"add", "--deployment", "x"} << 2 << "is not an id";
}

void TestTransferCommands::addPrintsTheIdAndRefusesBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, says);
    Store s;
    s.tour("2025-03-01", "2025-08-31");
    std::vector<std::string> a;
    for (const QString& x : args)
        a.push_back(x.toStdString());
    const auto run = s.transfers(a);
    QCOMPARE(run.code, code);
    const std::string text = code == 0 ? run.out : run.err;
    QVERIFY2(text.find(says.toStdString()) != std::string::npos, text.c_str());
    QCOMPARE(OrderBook(*s.context).all().size(), std::size_t(code == 0 ? 1 : 0));
}

void TestTransferCommands::handOverRecordsALateDayAndSaysSo()
{
    Store s(sdk::Role::Planner, "2025-03-20");
    const auto t = s.tour("2025-03-15", "2025-08-31");
    const auto id = s.order(t, "2025-03-15", "2025-08-31");
    auto run = s.transfers({"hand-over", std::to_string(id), "--date", "2025-03-10"});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.find("after its deadline 2025-03-08 (Police Act, Art. 77(3))")
                 != std::string::npos,
             run.out.c_str());
    QCOMPARE(s.findings("transfers.late_hand_over").size(), std::size_t(1));
    run = s.transfers({"hand-over", "404", "--date", "2025-03-10"});
    QCOMPARE(run.code, 1);
    run = s.transfers({"hand-over", std::to_string(id), "--date", "2025-03-21"});
    QCOMPARE(run.code, 1); // after today
    QVERIFY(run.err.find("after today") != std::string::npos);
}

void TestTransferCommands::listGivesDeadlines()
{
    Store s;
    const auto t = s.tour("2025-03-15", "2025-08-31");
    s.order(t, "2025-03-15", "2025-08-31");
    const auto run = s.transfers({"list", "--json"});
    QCOMPARE(run.code, 0);
    const QJsonArray a = QJsonDocument::fromJson(QByteArray::fromStdString(run.out)).array();
    QCOMPARE(a.size(), 1);
    QCOMPARE(a[0]["hand_over_by"].toString(), QString("2025-03-08"));
    QVERIFY(a[0]["handed_on"].isNull());
    QVERIFY(s.transfers({"list"}).out.find("to hand over by 2025-03-08") != std::string::npos);
}

void TestTransferCommands::splitProposesAndApplies()
{
    Store s;
    const auto t = s.tour("2025-01-15", "2026-01-14");
    auto run = s.transfers({"split", "--deployment", std::to_string(t.value())});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.find("proposed: 2025-01-15..2025-07-14, to hand over by 2025-01-08")
                 != std::string::npos,
             run.out.c_str());
    QVERIFY(OrderBook(*s.context).all().empty()); // a proposal writes nothing
    run = s.transfers({"split", "--deployment", std::to_string(t.value()), "--apply"});
    QCOMPARE(run.code, 0);
    QCOMPARE(OrderBook(*s.context).forTour(t).size(), std::size_t(2));
    QVERIFY(s.findings("transfers.uncovered_days").empty());
    QVERIFY(s.transfers({"split", "--deployment", std::to_string(t.value())})
                .out.find("Every day of the tour has an order")
            != std::string::npos);
}

void TestTransferCommands::pdfIsTheOfficersOwn()
{
    Store s;
    const auto t = s.tour("2025-03-01", "2025-08-31");
    const auto id = s.order(t, "2025-03-01", "2025-08-31");
    QTemporaryDir dir;
    const std::string path = dir.filePath("order.pdf").toStdString();
    auto run = s.transfers({"pdf", std::to_string(id), "--out", path});
    QCOMPARE(run.code, 0);
    QFile pdf(QString::fromStdString(path));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    // The text read back as the officer reads it.
    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    if (!pdftotext.isEmpty()) { // poppler-utils, installed by scripts/dev.sh
        QProcess p;
        p.start(pdftotext, {"-layout", QString::fromStdString(path), "-"});
        QVERIFY(p.waitForFinished(10000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        for (const char* expected :
             {"Temporary transfer order", "Ana Novak", "P-1", "EULEX", "Kosovo", "2025-03-01",
              "2025-08-31", "2025-02-22", "Article 77(3)", "Article 79", "director general"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
    const QString html = orderHtml(*s.context, id);
    QVERIFY(html.contains("2025-02-22")); // the hand-over deadline, Art. 77(3)
    QVERIFY(html.contains("final (Article 77(3)"));
    QVERIFY(html.contains("Article 79"));
    // Another officer's order is not there for an officer.
    sdk::Context stranger(
        "transfers", s.db,
        sdk::CurrentUser{"bor", "Bor", sdk::Role::Officer, sdk::OfficerId(404), true}, s.clock,
        s.checks, s.changes);
    std::ostringstream out, err;
    sdk::CommandInvocation call{{"pdf", std::to_string(id), "--out", path}, stranger, out, err};
    QCOMPARE(runTransfersCommand(call), 1);
    QVERIFY2(err.str().find("there is no transfer order with id") != std::string::npos,
             err.str().c_str());
    sdk::Context own("transfers", s.db,
                     sdk::CurrentUser{"ana", "Ana", sdk::Role::Officer, s.officer, true}, s.clock,
                     s.checks, s.changes);
    sdk::CommandInvocation mine{{"pdf", std::to_string(id), "--out", path}, own, out, err};
    QCOMPARE(runTransfersCommand(mine), 0);
}

void TestTransferCommands::rulesAreForAdmins()
{
    Store planner;
    auto run = planner.transfers(
        {"rules", "set", "--from", "2026-01-01", "--months", "3", "--notice", "10"});
    QCOMPARE(run.code, 1);
    Store admin(sdk::Role::Admin);
    run = admin.transfers(
        {"rules", "set", "--from", "2026-01-01", "--months", "3", "--notice", "10"});
    QCOMPARE(run.code, 0);
    run = admin.transfers({"rules", "--json"});
    const QJsonArray a = QJsonDocument::fromJson(QByteArray::fromStdString(run.out)).array();
    QCOMPARE(a.size(), 2); // the Act's from 1998-07-18, then the new one
    QCOMPARE(a[0]["notice_days"].toInt(), 7);
    QCOMPARE(a[1]["valid_from"].toString(), QString("2026-01-01"));
    QCOMPARE(a[1]["notice_days"].toInt(), 10);
    QCOMPARE(
        admin.transfers({"rules", "set", "--from", "2026-01-01", "--months", "3", "--notice", "-1"})
            .code,
        2);
}

void TestTransferCommands::fileRoundTrips_data()
{
    QTest::addColumn<sdk::FileFormat>("format");
    QTest::newRow("csv") << sdk::FileFormat::Csv;
    QTest::newRow("xlsx") << sdk::FileFormat::Xlsx;
    QTest::newRow("json") << sdk::FileFormat::Json;
}

void TestTransferCommands::fileRoundTrips()
{
    QFETCH(sdk::FileFormat, format);
    Store s(sdk::Role::Planner, "2025-06-01");
    const auto t = s.tour("2025-01-15", "2026-01-14");
    s.order(t, "2025-01-15", "2025-07-14", "2025-01-02");
    s.order(t, "2025-07-15", "2026-01-14");
    const QByteArray file = exportOrders(*s.context, format);
    Store other(sdk::Role::Planner, "2025-06-01");
    other.tour("2025-01-15", "2026-01-14"); // the same tour id, 1
    const auto report = importOrders(*other.context, file, format);
    QVERIFY2(report.ok(), sdk::describe(report).c_str());
    QCOMPARE(report.added, 2);
    QCOMPARE(exportOrders(*other.context, sdk::FileFormat::Csv),
             exportOrders(*s.context, sdk::FileFormat::Csv));
    // Again: the same orders are updated, not added twice.
    QCOMPARE(importOrders(*other.context, file, format).updated, 2);
    QCOMPARE(OrderBook(*other.context).all().size(), std::size_t(2));
}

void TestTransferCommands::badFileWritesNothing()
{
    Store s;
    s.tour("2025-03-01", "2025-08-31");
    const QByteArray csv = "tour,number,first_day,last_day,handed_on,signed_by,legal_basis\n"
                           "1,A,2025-03-01,2025-05-31,,,\n"
                           "1,B,2025-05-15,2025-06-30,,,\n"            // overlaps A
                           "1,C,2025-07-01,2025-09-30,,,\n"            // outside the tour
                           "7,D,2025-07-01,2025-07-31,,,\n"            // no such tour
                           "1,E,2025-07-01,2025-07-31,2099-01-01,,\n"; // handed in the future
    const auto report = importOrders(*s.context, csv, sdk::FileFormat::Csv);
    const std::string text = sdk::describe(report);
    QVERIFY2(text.find("line 3, column first_day/last_day") != std::string::npos, text.c_str());
    QVERIFY(text.find("line 4, column first_day/last_day: the order 2025-07-01..2025-09-30 is not "
                      "inside its tour")
            != std::string::npos);
    QVERIFY(text.find("line 5, column tour: there is no tour with id 7") != std::string::npos);
    QVERIFY(text.find("line 6, column handed_on") != std::string::npos);
    QVERIFY(OrderBook(*s.context).all().empty()); // all or nothing
    Store viewer(sdk::Role::Viewer);
    QVERIFY(!importOrders(*viewer.context, csv, sdk::FileFormat::Csv).ok());
}

void TestTransferCommands::backendFormsDueListAndCard()
{
    Store s; // today 2025-01-15
    TransfersBackend b(*s.context);
    const auto soon = s.tour("2025-01-25", "2025-06-30");
    const auto passed = s.tour("2025-07-01", "2025-09-30");
    QVariantMap r = b.addOrder(
        {{"tour", qint64(soon.value())}, {"firstDay", "2025-01-25"}, {"lastDay", "2025-01-20"}});
    QVERIFY(!r["ok"].toBool());
    QVERIFY(r["errors"].toMap().contains("lastDay"));
    r = b.addOrder(
        {{"tour", qint64(soon.value())}, {"firstDay", "2025-01-25"}, {"lastDay", "2025-06-30"}});
    QVERIFY2(r["ok"].toBool(), qPrintable(r["message"].toString()));
    QCOMPARE(b.dueCount(), 1);
    QCOMPARE(b.overdueCount(), 0);
    QCOMPARE(b.tours("").size(), 2);
    QCOMPARE(b.tours("").at(1).toMap()["uncovered"].toInt(), 92); // no order for July..Sept
    QCOMPARE(b.proposal(passed.value()).size(), 1);
    QVERIFY(b.applySplit(passed.value())["ok"].toBool());
    // Changed from the form: shortened to April, then the rest of the tour has no order.
    QVariantMap changed = b.addOrder({{"id", r["id"]},
                                      {"tour", qint64(soon.value())},
                                      {"number", "094-1/2025"},
                                      {"firstDay", "2025-01-25"},
                                      {"lastDay", "2025-04-30"}});
    QVERIFY2(changed["ok"].toBool(), qPrintable(changed["message"].toString()));
    QCOMPARE(b.orders(soon.value()).at(0).toMap()["number"].toString(), QString("094-1/2025"));
    QCOMPARE(b.tours("").at(0).toMap()["uncovered"].toInt(), 61); // May and June
    QVERIFY(b.handOver(r["id"].toLongLong(), "2025-01-14")["ok"].toBool());
    QCOMPARE(b.dueCount(), 0);
    QCOMPARE(b.orders(soon.value()).at(0).toMap()["handedOn"].toString(), QString("2025-01-14"));
    QVERIFY(
        !b.saveRuleSet({{"validFrom", "2026-01-01"}, {"maxMonths", "3"}, {"noticeDays", "7"}})["ok"]
             .toBool()); // a planner

    // The orders export from the window as a workbook, and the export is recorded with its file
    // and format (issue #15, item 10).
    QTemporaryDir dir;
    const QString file = dir.filePath("orders.xlsx");
    const QVariantMap exported = b.exportFile(QUrl::fromLocalFile(file), "");
    QVERIFY2(exported["ok"].toBool(), qPrintable(exported["message"].toString()));
    QVERIFY(QFile(file).size() > 1000);
    const auto recorded = s.context->audit().entries("file");
    QVERIFY(!recorded.empty());
    QCOMPARE(recorded.front().action, std::string("export"));
    const QJsonObject details =
        QJsonDocument::fromJson(QByteArray::fromStdString(recorded.front().detailsJson)).object();
    QCOMPARE(details.value("file").toString(), file);
    QCOMPARE(details.value("format").toString(), QString("xlsx"));
}

// From setBackgroundFrom() orders on, Home's card counts on a worker with its own connection
// (issue #16): nothing at first and loading, then the same figures as on the window's thread;
// a change counts again.
void TestTransferCommands::manyOrdersAreCountedOnAWorker()
{
    QTemporaryDir dir;
    Store s(sdk::Role::Planner, "2025-01-15", std::nullopt,
            dir.filePath("transfers.db").toStdString());
    TransfersBackend here(*s.context);
    const auto soon = s.tour("2025-01-25", "2025-06-30");
    const QVariantMap r = here.addOrder(
        {{"tour", qint64(soon.value())}, {"firstDay", "2025-01-25"}, {"lastDay", "2025-06-30"}});
    QVERIFY2(r["ok"].toBool(), qPrintable(r["message"].toString()));
    QCOMPARE(here.dueCount(), 1); // one order: below the default, counted at once
    QVERIFY(!here.countsLoading());

    TransfersBackend backend(*s.context);
    backend.setBackgroundFrom(1);
    QSignalSpy counts(&backend, &TransfersBackend::countsChanged);
    QCOMPARE(backend.dueCount(), 0); // not counted yet: the window does not wait
    QVERIFY(backend.countsLoading());
    QTRY_VERIFY(!backend.countsLoading());
    QCOMPARE(counts.count(), 1);
    QCOMPARE(backend.dueCount(), 1);
    QCOMPARE(backend.overdueCount(), 0);
    QVERIFY(backend.handOver(r["id"].toLongLong(), "2025-01-14")["ok"].toBool());
    QVERIFY(backend.countsLoading());
    QTRY_COMPARE(backend.dueCount(), 0);
    QVERIFY(!backend.countsLoading());

    // The page's list of tours, from setToursFrom() tours on: on a worker too.
    QSignalSpy told(&backend, &TransfersBackend::tourListChanged);
    here.listTours("");
    QVERIFY(!here.toursLoading());
    QCOMPARE(here.tourList(), here.tours(""));
    QCOMPARE(here.tourList().size(), 1);
    backend.setToursFrom(1);
    backend.listTours("");
    QVERIFY(backend.toursLoading());
    QVERIFY(backend.tourList().isEmpty());
    QTRY_VERIFY(!backend.toursLoading());
    QCOMPARE(backend.tourList(), here.tours(""));
    QCOMPARE(told.count(), 2); // asked, answered
}

QTEST_MAIN(TestTransferCommands)
#include "tst_transfercommands.moc"
