// Statistics, the statement of service abroad (PDF) and the reading commands.

#include "demotours.h"
#include "missionstats.h"
#include "missionstore.h"
#include "statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace contingent;
using namespace contingent::missions;
using sdk::Date;

class TestMissionReports : public QObject {
    Q_OBJECT
private slots:
    void statisticsCountOfficersPerYear();
    void statisticsAsCsvAndJson();
    void onePassAgreesWithTheSqlOfEachStatistic();
    void statementTotals();
    void statementPdfHoldsTheRecord();
    void statementCommandAndRoles();
    void listCommand();
};

namespace {

/// Ana: EULEX 2023-11-01..2024-02-29 and EUMM 2024-06-01..2025-05-31 (running on
/// 2025-01-15); Bor: EULEX 2024-01-01..2024-12-31 and a cancelled UNMIK tour;
/// Cene: a planned tour after today.
struct History {
    MissionStore s;
    sdk::OfficerId ana = s.officer("P-1", "F", "Novak", "Ana");
    sdk::OfficerId bor = s.officer("P-2", "M", "Kos", "Bor");
    sdk::OfficerId cene = s.officer("P-3", "M", "Turk", "Cene");
    History()
    {
        s.tour(ana, "EULEX", "2023-11-01", "2024-02-29");
        s.tour(ana, "EUMM", "2024-06-01", "2025-05-31", sdk::DeploymentStatus::Active);
        s.tour(bor, "EULEX", "2024-01-01", "2024-12-31");
        s.tour(bor, "UNMIK", "2022-01-01", "2022-12-31", sdk::DeploymentStatus::Cancelled);
        s.tour(cene, "EULEX", "2025-03-01", "2025-08-31", sdk::DeploymentStatus::Planned);
    }
};

const StatRow& year(const StatTable& t, const char* label)
{
    return *std::find_if(t.rows.begin(), t.rows.end(),
                         [&](const StatRow& r) { return r.label == label; });
}

std::int64_t column(const StatTable& t, const char* label, const char* name)
{
    const auto it = std::find(t.columns.begin(), t.columns.end(), name);
    return year(t, label).values[std::size_t(it - t.columns.begin())];
}

} // namespace

void TestMissionReports::statisticsCountOfficersPerYear()
{
    History h;
    const Date today = h.s.clock.today();
    const StatTable org = statistic(h.s.db, today, "by_organisation");
    QCOMPARE(org.rows.size(), std::size_t(2025 - 1997 + 1));
    QCOMPARE(org.rows.front().label, std::string("1997"));
    QCOMPARE(column(org, "2023", "EU"), 1); // Ana
    QCOMPARE(column(org, "2024", "EU"), 2); // Ana twice, Bor: each officer once
    QCOMPARE(column(org, "2025", "EU"), 1); // Ana's running tour; Cene has not left yet
    QCOMPARE(column(org, "2022", "UN"), 0); // cancelled
    const StatTable gender = statistic(h.s.db, today, "by_gender");
    QCOMPARE(column(gender, "2024", "women"), 1);
    QCOMPARE(column(gender, "2024", "men"), 1);
    QCOMPARE(column(gender, "2025", "men"), 0);
    const StatTable days = statistic(h.s.db, today, "days_abroad");
    // 2023: Ana 61 days (Nov, Dec). 2024: Ana 60 (Jan, Feb of a leap year) + 214
    // (Jun..Dec), Bor 366. 2025: Ana 15 (to today).
    QCOMPARE(column(days, "2023", "days"), 61);
    QCOMPARE(column(days, "2024", "days"), 60 + 214 + 366);
    QCOMPARE(column(days, "2025", "days"), 15);
    const StatTable missions = statistic(h.s.db, today, "by_mission");
    QCOMPARE(missions.rows.size(), std::size_t(2)); // EULEX, EUMM; cancelled UNMIK not counted
    const StatRow& eulex =
        missions.rows.front().label == "EULEX" ? missions.rows[0] : missions.rows[1];
    QCOMPARE(eulex.values, (std::vector<std::int64_t>{2, 2, 121 + 366}));
}

// The one pass gives what SQLite gives for each statistic on its own (the reference SQL), on a
// demo history of 400 tours: tours spanning years, running ones cut at today, cancelled and
// planned ones left out, officers of every gender, several tours a year.
void TestMissionReports::onePassAgreesWithTheSqlOfEachStatistic()
{
    MissionStore s;
    for (int i = 0; i < 60; ++i)
        s.officer("P-" + std::to_string(i), i % 7 == 0 ? "X" : i % 2 ? "F" : "M");
    generateDemoTours(*s.context, 11, 400);
    const Date today = s.clock.today();
    const std::vector<StatTable> tables = allStatistics(s.db, today);
    QCOMPARE(tables.size(), statisticKinds().size());
    std::int64_t counted = 0;
    for (std::size_t k = 0; k < tables.size(); ++k) {
        const StatTable& table = tables[k];
        QCOMPARE(table.id, statisticKinds()[k].first);
        // What SQLite says, as (label, column) -> value; every cell of ours must match it.
        std::map<std::pair<std::string, std::string>, std::int64_t> expected;
        sdk::Statement st(s.db, referenceSql(table.id));
        if (table.id == "by_mission") {
            st.bindAll(today);
            std::size_t row = 0;
            while (st.step()) {
                QVERIFY(row < table.rows.size());
                QCOMPARE(table.rows[row].label, st.text(0));
                QCOMPARE(table.rows[row].values,
                         (std::vector<std::int64_t>{st.int64(1), st.int64(2), st.int64(3)}));
                ++row;
            }
            QCOMPARE(row, table.rows.size());
            continue;
        }
        st.bindAll(today, kFirstStatisticsYear);
        while (st.step())
            expected[{st.text(0), st.text(1)}] = st.int64(2);
        for (const StatRow& row : table.rows)
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                const auto it = expected.find({row.label, table.columns[c]});
                const std::int64_t want = it == expected.end() ? 0 : it->second;
                if (row.values[c] != want)
                    QFAIL(qPrintable(QString::fromStdString(table.id + " " + row.label + " "
                                                            + table.columns[c] + ": ")
                                     + QString::number(row.values[c]) + " against SQLite's "
                                     + QString::number(want)));
                counted += row.values[c];
            }
    }
    QVERIFY(counted > 1000); // the history is not empty
    QVERIFY_THROWS_EXCEPTION(sdk::InputError, statistic(s.db, today, "by_weather"));
}

void TestMissionReports::statisticsAsCsvAndJson()
{
    History h;
    const StatTable days = statistic(h.s.db, h.s.clock.today(), "days_abroad");
    const QByteArray csv = toFile(days, sdk::FileFormat::Csv);
    QVERIFY(csv.startsWith("year,days\n1997,0\n"));
    QVERIFY(csv.contains("\n2024,640\n"));
    QVERIFY(toFile(days, sdk::FileFormat::CsvForExcel).startsWith("\xEF\xBB\xBFyear,days\n"));
    // As a workbook: the counts are numbers, read back as written.
    sdk::ImportReport report;
    std::vector<std::vector<std::string>> rows;
    sdk::readTableRows(toFile(days, sdk::FileFormat::Xlsx), sdk::FileFormat::Xlsx,
                       std::vector<sdk::TableColumn>{{"year"}, {"days", sdk::CellType::Integer}},
                       report, [&](sdk::CsvRecord& r, std::size_t) { rows.push_back(r.fields); });
    QVERIFY2(report.ok(), sdk::describe(report).c_str());
    QVERIFY(std::find(rows.begin(), rows.end(), std::vector<std::string>{"2024", "640"})
            != rows.end());
    const QJsonObject json = toJson(days);
    QCOMPARE(json["id"].toString(), QString("days_abroad"));
    QCOMPARE(json["rows"].toArray().last()["days"].toInteger(), 15);
    const auto run = h.s.missions({"stats", "--json"});
    QCOMPARE(run.code, 0);
    const QJsonObject all = QJsonDocument::fromJson(QByteArray::fromStdString(run.out)).object();
    QCOMPARE(all["today"].toString(), QString("2025-01-15"));
    QCOMPARE(all["statistics"].toArray().size(), 4);
    QCOMPARE(h.s.missions({"stats"}).code, 0);
    QCOMPARE(h.s.missions({"stats", "--xml"}).code, 2);
}

void TestMissionReports::statementTotals()
{
    History h;
    const ServiceStatement s = buildStatement(*h.s.context, h.ana, h.s.clock.today());
    QCOMPARE(s.tours.size(), std::size_t(2));
    QCOMPARE(s.tourDays, (std::vector<int>{121, 229})); // 2024-06-01..2025-01-15
    QCOMPARE(s.totalDays, 350);
    QCOMPARE(s.perMission.size(), std::size_t(2));
    QCOMPARE(s.perMission[0].missionCode, std::string("EULEX"));
    const ServiceStatement bor = buildStatement(*h.s.context, h.bor, h.s.clock.today());
    QCOMPARE(bor.tours.size(), std::size_t(1)); // the cancelled tour is not service
    const ServiceStatement cene = buildStatement(*h.s.context, h.cene, h.s.clock.today());
    QVERIFY(cene.tours.empty());
    // A tour never approved is not service, even when its days have passed.
    h.s.tour(h.cene, "EUMM", "2020-01-01", "2020-03-31", sdk::DeploymentStatus::Proposed);
    QVERIFY(buildStatement(*h.s.context, h.cene, h.s.clock.today()).tours.empty());
    QCOMPARE(column(statistic(h.s.db, h.s.clock.today(), "days_abroad"), "2020", "days"), 0);
    QVERIFY(statementHtml(cene).contains("No service abroad"));
    QVERIFY_THROWS_EXCEPTION(sdk::InputError,
                             buildStatement(*h.s.context, sdk::OfficerId(999), h.s.clock.today()));
    QCOMPARE(
        daysServed(sdk::Period::fromIso("2024-02-28", "2024-03-01"), Date::fromIso("2030-01-01")),
        3);
    QCOMPARE(
        daysServed(sdk::Period::fromIso("2024-02-28", "2024-03-01"), Date::fromIso("2024-02-27")),
        0);
}

void TestMissionReports::statementPdfHoldsTheRecord()
{
    History h;
    // A long position and a long country: each word whole on the page, none broken to fit.
    const auto skopje = h.s.tour(h.ana, "OSCE Skopje", "2019-02-01", "2019-06-30");
    h.s.db.execute("UPDATE deployment SET position = 'adviser, organised crime investigation' "
                   "WHERE id = ?",
                   skopje);
    QTemporaryDir dir;
    const QString pdf = dir.filePath("statement.pdf");
    writeStatementPdf(buildStatement(*h.s.context, h.ana, h.s.clock.today()), pdf);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils, installed by scripts/dev.sh) is not on PATH");
    QProcess p;
    p.start(pdftotext, {"-layout", pdf, "-"});
    QVERIFY(p.waitForFinished(10000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (const char* expected :
         {"Statement of service abroad", "Ana Novak", "P-1", "EULEX", "EU Monitoring", "Kosovo",
          "Georgia", "2023-11-01", "2024-02-29", "adviser", "500", "Made on 2025-01-15",
          "Place and date:", "Signature:", "(stamp)", "North Macedonia", "organised",
          "investigation"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    // A reference that names the officer and the day, and changes with the record.
    const ServiceStatement statement = buildStatement(*h.s.context, h.ana, h.s.clock.today());
    const QString reference = statementReference(statement);
    QVERIFY2(QRegularExpression("^P-1/20250115/[0-9A-F]{6}$").match(reference).hasMatch(),
             qPrintable(reference));
    QVERIFY2(text.contains("Reference: " + reference), qPrintable(text));
    QCOMPARE(statementReference(buildStatement(*h.s.context, h.ana, h.s.clock.today())), reference);
    h.s.tour(h.ana, "EUAM", "2020-01-01", "2020-03-31");
    QVERIFY(statementReference(buildStatement(*h.s.context, h.ana, h.s.clock.today()))
            != reference);
    // An unwritable place is an error naming it, and nothing is left behind.
    QVERIFY_THROWS_EXCEPTION(
        sdk::Error, writeStatementPdf(buildStatement(*h.s.context, h.ana, h.s.clock.today()),
                                      dir.filePath("no/such/folder/s.pdf")));
}

void TestMissionReports::statementCommandAndRoles()
{
    History h;
    QTemporaryDir dir;
    const std::string out = dir.filePath("s.pdf").toStdString();
    auto run = h.s.missions({"statement", "--officer", "P-2", "--out", out});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.find("Bor Kos (1 tour(s), 366 days abroad)") != std::string::npos,
             run.out.c_str());
    QVERIFY(QFile::exists(QString::fromStdString(out)));
    run = h.s.missions({"statement", "--officer", "P-9", "--out", out});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.find("no officer has service number \"P-9\"") != std::string::npos);
    QCOMPARE(h.s.missions({"statement", "--officer", "P-2"}).code, 2);

    // An officer: their own statement only, and no statistics.
    h.s.context = std::make_unique<sdk::Context>(
        "missions", h.s.db, sdk::CurrentUser{"ana", "Ana", sdk::Role::Officer, h.ana, true},
        h.s.clock, h.s.checks, h.s.changes);
    QCOMPARE(h.s.missions({"statement", "--officer", "P-1", "--out", out}).code, 0);
    for (const char* other : {"P-2", "P-9"}) {
        run = h.s.missions({"statement", "--officer", other, "--out", out});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.find("only their own statement") != std::string::npos);
    }
    QCOMPARE(h.s.missions({"stats"}).code, 1);
}

void TestMissionReports::listCommand()
{
    MissionStore s(sdk::Role::Viewer);
    auto run = s.missions({"list", "--json"});
    QCOMPARE(run.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(QByteArray::fromStdString(run.out)).array();
    QCOMPARE(list.size(), 15);
    QCOMPARE(list[0]["code"].toString(), QString("OSCE Skopje")); // the oldest first
    QVERIFY(list[0]["end_date"].isNull());
    run = s.missions({"list"});
    QVERIFY(run.out.find("15 mission(s)") != std::string::npos);
    QVERIFY(run.out.find("EUPOL AFG    EU            2007-06-15..2016-12-31") != std::string::npos);
    QCOMPARE(s.missions({"list", "--json", "--csv"}).code, 2);
    QCOMPARE(s.missions({"frobnicate"}).code, 2);
}

QTEST_MAIN(TestMissionReports)
#include "tst_missionreports.moc"
