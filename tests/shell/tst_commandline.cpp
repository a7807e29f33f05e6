// The real `contingent` executable, run as a person (or a script) would run it.
#include "fixturedir.h"

#include <contingent/sdk/repositories.h>
#include <contingent/sdk/version.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QDir>
#include <unistd.h>
#include <QTest>

using namespace contingent;

struct Run {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

class TestCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void helpAndVersion();
    void helpOnEveryCommand_data();
    void helpOnEveryCommand();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void pluginsListsTheBundledPlugin();
    void refusedPluginsExitOne();
    void checkReportsOverlaps();
    void rosterImportRolesAndRules();
    void demoFillsOnlyAnEmptyStore();
    void checkSummarisesManyFindingsAndStreamsTheList();
    void pluginCommandsAreDispatched();
    void unregisteredLoginsAreToldTheExactCommand();
    void badStoresAreNamed();
    void newerStoreIsRefusedUntouched();
    void crashGuardSkipsTheCulpritUntilItChanges();
    void aReaderThatGoesAwayIsNoCrash();
    void theStatementSpeaksTheChosenLanguage();
    void crashesInCommandsAndChecksAndSlowStartsAreNamed();
    void aStoreThatCannotBeWrittenOpensForReading();

private:
    Run run(const QStringList& args, int timeoutMs = 60000, const QStringList& prefix = {});
    QString db() const { return m_tmp->filePath("store.db"); }
    std::unique_ptr<QTemporaryDir> m_tmp;
};

void TestCommandLine::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
}

Run TestCommandLine::run(const QStringList& args, int timeoutMs, const QStringList& prefix)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("CONTINGENT_PLUGIN_PATH");
    env.insert("USER", "tester");
    p.setProcessEnvironment(env);
    // `prefix`: a program that runs the executable, e.g. as another user.
    if (prefix.isEmpty())
        p.start(QStringLiteral(CONTINGENT_EXECUTABLE), args);
    else
        p.start(prefix.front(),
                prefix.mid(1) + QStringList{QStringLiteral(CONTINGENT_EXECUTABLE)} + args);
    if (!p.waitForFinished(timeoutMs))
        return {};
    return {p.exitCode(), p.exitStatus() == QProcess::CrashExit,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCommandLine::helpAndVersion()
{
    const Run help = run({"--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("Usage: contingent"));
    QVERIFY(help.out.contains("--plugin-dir"));
    const Run version = run({"--version"});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("contingent "));
    QVERIFY(version.out.contains(QString("loads plugins built against SDK %1.0 to %1.%2")
                                     .arg(contingent::sdk::kSdkMajor)
                                     .arg(contingent::sdk::kSdkMinor)));
}

void TestCommandLine::helpOnEveryCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("usage");
    for (const char* command : {"status", "help", "plugins", "check", "demo", "users", "audit"})
        QTest::addRow("%s", command)
            << QStringList{command, "--help"} << QString("Usage: contingent ") + command;
    QTest::newRow("users add") << QStringList{"users", "add", "--help"}
                               << "Usage: contingent users";
    QTest::newRow("init") << QStringList{"init", "--help"} << "Usage: contingent init";
    QTest::newRow("check -h after an option")
        << QStringList{"check", "--json", "-h"} << "Usage: contingent check";
    QTest::newRow("rosters") << QStringList{"rosters", "--help"} << "Usage: contingent rosters";
    QTest::newRow("rosters list") << QStringList{"rosters", "list", "--help"}
                                  << "Usage: contingent rosters";
    QTest::newRow("missions import")
        << QStringList{"missions", "import", "--help"} << "Usage: contingent missions";
}

void TestCommandLine::helpOnEveryCommand()
{
    QFETCH(QStringList, args);
    QFETCH(QString, usage);
    const Run r = run(QStringList{"--database", db()} + args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(usage), qPrintable(r.out + r.err));
}

void TestCommandLine::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "unknown option --frobnicate";
    QTest::newRow("option without value")
        << QStringList{"--database"} << "--database needs a value";
    QTest::newRow("bad --today") << QStringList{"--today", "2023-02-30", "check"} << "2023-02-30";
    QTest::newRow("unknown command")
        << QStringList{"frobnicate"} << "unknown command \"frobnicate\"";
    QTest::newRow("check with junk")
        << QStringList{"check", "--everything"} << "unexpected argument";
    QTest::newRow("demo with an unknown size")
        << QStringList{"demo", "--dragons", "3"} << "--officers";
    QTest::newRow("demo with a bad number")
        << QStringList{"demo", "--seed", "x"} << "not a whole number";
}

void TestCommandLine::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(QStringList{"--database", db()} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count('\n'), 1); // one clear line
}

void TestCommandLine::pluginsListsTheBundledPlugin()
{
    const Run r = run({"--database", db(), "plugins", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray plugins =
        QJsonDocument::fromJson(r.out.toUtf8()).object()["plugins"].toArray();
    bool found = false;
    for (const QJsonValue& p : plugins)
        if (p["id"].toString() == "rosters") {
            found = true;
            QCOMPARE(p["state"].toString(), QString("loaded"));
            QVERIFY(QRegularExpression("^\\d+\\.\\d+\\.\\d+$")
                        .match(p["version"].toString())
                        .hasMatch());
        }
    QVERIFY(found);
    const Run text = run({"--database", db(), "plugins"});
    QVERIFY(text.out.contains(QRegularExpression("rosters\\s+[0-9.]+\\s+loaded\\s+Rosters")));
}

void TestCommandLine::refusedPluginsExitOne()
{
    const QString dir = m_tmp->filePath("plugins");
    addPlugin(dir, {"grumpy", "fixture_throws_in_start.so"});
    const Run r = run({"--database", db(), "--plugin-dir", dir, "plugins"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains("grumpy"));
    QVERIFY(r.out.contains("failed to start: the fixture refuses to start"));
    QVERIFY(r.out.contains(QRegularExpression("rosters\\s+[0-9.]+\\s+loaded")));
    // Its command is no typo: exit 1 with the reason, not a usage error.
    const Run command = run({"--database", db(), "--plugin-dir", dir, "grumpy"});
    QCOMPARE(command.exitCode, 1);
    QVERIFY2(command.err.contains("grumpy is not available (plugin grumpy was refused: failed to "
                                  "start: the fixture refuses to start)"),
             qPrintable(command.err));
}

void TestCommandLine::checkReportsOverlaps()
{
    QCOMPARE(run({"--database", db(), "check"}).exitCode, 0);
    {
        sdk::Database store(db().toStdString());
        const sdk::Actor actor{"tester", "test"};
        sdk::Officer o;
        o.serviceNumber = "P-7";
        o.givenName = "Maja";
        o.familyName = "Zupan";
        const auto officer = sdk::OfficerRepository(store, actor).add(o);
        // The missions plugin put the catalogue into the store on its first start.
        const auto eulex = sdk::MissionRepository(store, actor).findByCode("EULEX");
        QVERIFY(eulex);
        const auto mission = eulex->id;
        sdk::DeploymentRepository tours(store, actor);
        tours.add({{},
                   officer,
                   mission,
                   "adviser",
                   sdk::Period::fromIso("2025-01-01", "2025-06-30"),
                   {},
                   {}});
        tours.add({{},
                   officer,
                   mission,
                   "adviser",
                   sdk::Period::fromIso("2025-06-30", "2025-12-31"),
                   {},
                   {}});
        // Papers in order, so only the overlap is reported (the rosters rules
        // are tested in rosterRulesShowInCheck).
        store.execute("INSERT INTO rosters_profile (officer_id, competency_test, passport_number, "
                      "passport_expiry) VALUES (?, '2024-06-01', 'PA1', '2030-01-01')",
                      officer);
    }
    const Run text = run({"--database", db(), "check"});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains("BLOCKING"), qPrintable(text.out));
    // Each six-month tour is also a stay abroad for the records (Art. 124), and
    // neither has a transfer order yet (transfers plugin, Art. 77).
    QVERIFY2(text.out.contains("6 finding(s): 4 blocking, 0 warning(s), 2 info"),
             qPrintable(text.out));
    QVERIFY(text.out.contains("transfers.uncovered_days"));
    QVERIFY(text.out.contains("missions.long_stay_abroad"));
    const Run json = run({"--database", db(), "check", "--json"});
    QCOMPARE(json.exitCode, 1);
    const QJsonArray findings =
        QJsonDocument::fromJson(json.out.toUtf8()).object()["findings"].toArray();
    QCOMPARE(findings.size(), 6);
    QCOMPARE(findings[0]["rule"].toString(), QString("core.overlapping_deployments"));
    QCOMPARE(findings[0]["severity"].toString(), QString("blocking"));
    // Each finding names its tour's officer, mission and days, not only its id.
    QCOMPARE(findings[0]["service_number"].toString(), QString("P-7"));
    QCOMPARE(findings[0]["mission"].toString(), QString("EULEX"));
    QVERIFY(!findings[0]["first_day"].toString().isEmpty());
    QVERIFY2(
        text.out.contains(QRegularExpression("deployment 1  core.overlapping_deployments\n"
                                             "    P-7 .*, EULEX, 2025-01-01\\.\\.2025-06-30\n")),
        qPrintable(text.out));
    // --since: only tours that end on or after the day.
    QVERIFY(
        run({"--database", db(), "check", "--since", "2026-01-01"}).out.contains("0 finding(s)"));
    QVERIFY(
        run({"--database", db(), "check", "--since", "2025-06-30"}).out.contains("6 finding(s)"));
    QCOMPARE(run({"--database", db(), "check", "--since", "2025-02-30"}).exitCode, 2);
    QVERIFY(findings[0]["legal_basis"].toString().contains("Police Act"));
    const Run one = run({"--database", db(), "check", "--deployment", "1"});
    QCOMPARE(one.exitCode, 1);
    QVERIFY2(one.out.contains("3 finding(s): 2 blocking, 0 warning(s), 1 info"),
             qPrintable(one.out));
    const Run unknown = run({"--database", db(), "check", "--deployment", "99"});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("no deployment with id 99"));
}

// A planner fills the roster from a CSV; a viewer cannot; the rosters rules
// show up in `contingent check`; an officer's check lists only their tours.
void TestCommandLine::rosterImportRolesAndRules()
{
    const QString csv = m_tmp->filePath("roster.csv");
    writeFile(csv, "service_number,given_name,family_name,gender,birth_date,rank,unit,email,"
                   "languages,skills\n"
                   "P-1,Špela,Žagar,F,1985-03-02,police inspector,PU Koper,,en:C1;fr:B2,forensics\n"
                   "P-2,Luka,Kralj,M,,police officer,PU Celje,,en:B1,\n");
    QCOMPARE(run({"--database", db(), "users"}).exitCode, 0); // tester becomes the admin
    QCOMPARE(run({"--database", db(), "users", "add", "vera", "--role", "viewer"}).exitCode, 0);
    const Run refused = run({"--database", db(), "--user", "vera", "rosters", "import", csv});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("viewer"), qPrintable(refused.err));
    const Run imported = run({"--database", db(), "rosters", "import", csv});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains("2 added, 0 updated"), qPrintable(imported.out));
    const Run exported =
        run({"--database", db(), "--user", "vera", "rosters", "export", "--format", "csv"});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.contains("P-1,Špela,Žagar,F,1985-03-02"));
    {
        sdk::Database store(db().toStdString());
        const sdk::Actor actor{"tester", "test"};
        // The missions plugin put the catalogue into the store on its first start.
        const auto eulex = sdk::MissionRepository(store, actor).findByCode("EULEX");
        QVERIFY(eulex);
        const auto mission = eulex->id;
        sdk::DeploymentRepository(store, actor)
            .add({{},
                  sdk::OfficerId(1),
                  mission,
                  "adviser",
                  sdk::Period::fromIso("2025-01-01", "2025-06-30"),
                  {},
                  {}});
        sdk::DeploymentRepository(store, actor)
            .add({{},
                  sdk::OfficerId(2),
                  mission,
                  "adviser",
                  sdk::Period::fromIso("2025-01-01", "2025-06-30"),
                  {},
                  {}});
    }
    const Run check = run({"--database", db(), "check"});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains("rosters.competency_test"), qPrintable(check.out));
    QVERIFY(check.out.contains("rosters.passport"));
    QVERIFY(check.out.contains("P-1: no passport on record"));
    QVERIFY2(check.out.contains("8 finding(s): 6 blocking, 0 warning(s), 2 info"),
             qPrintable(check.out)); // and two tours without transfer orders (Art. 77)
    // The graver first: no information before the last blocking finding.
    QVERIFY(check.out.lastIndexOf("\nBLOCKING") < check.out.indexOf("\nINFO"));
    QVERIFY(check.out.startsWith("BLOCKING"));
    const Run blocking = run({"--database", db(), "check", "--severity", "blocking"});
    QVERIFY2(blocking.out.contains("6 finding(s): 6 blocking, 0 warning(s), 0 info"),
             qPrintable(blocking.out));
    const Run rosters = run({"--database", db(), "check", "--rule", "rosters."});
    QVERIFY(!rosters.out.contains("missions.") && rosters.out.contains("rosters.passport"));
    const Run passport = run({"--database", db(), "check", "--rule", "rosters.passport"});
    QVERIFY(!passport.out.contains("rosters.competency_test"));
    QCOMPARE(run({"--database", db(), "check", "--severity", "extreme"}).exitCode, 2);
    const Run noValue = run({"--database", db(), "check", "--rule"});
    QCOMPARE(noValue.exitCode, 2);
    QVERIFY(noValue.err.contains("check: --rule needs a value"));
    QCOMPARE(
        run({"--database", db(), "users", "add", "spela", "--role", "officer", "--officer", "1"})
            .exitCode,
        0);
    // An officer's login linked by service number, as the roster has it.
    QCOMPARE(
        run({"--database", db(), "users", "add", "luka", "--role", "officer", "--officer", "P-2"})
            .exitCode,
        0);
    QVERIFY(run({"--database", db(), "users"})
                .out.contains(QRegularExpression("luka\\s+officer.*\\(officer 2\\)")));
    const Run unknownOfficer =
        run({"--database", db(), "users", "add", "mia", "--role", "officer", "--officer", "P-404"});
    QCOMPARE(unknownOfficer.exitCode, 1);
    QVERIFY2(unknownOfficer.err.contains("P-404 is neither an officer id nor a service number"),
             qPrintable(unknownOfficer.err));
    // An officer's status: their own counts, not the store's.
    const Run status = run({"--database", db(), "--user", "spela", "status"});
    QVERIFY2(status.out.contains("your tours:  1") && !status.out.contains("officers:"),
             qPrintable(status.out));
    QVERIFY2(status.out.contains("findings:    4 on your tours (3 blocking)"),
             qPrintable(status.out));
    const Run own = run({"--database", db(), "--user", "spela", "check"});
    QVERIFY2(own.out.contains("4 finding(s)"), qPrintable(own.out)); // one: no transfer order
    QVERIFY(!own.out.contains("P-2"));
    QCOMPARE(own.exitCode, 1); // blocking findings on her own tour
    {
        // Only information left on her record: a past tour in a high-risk
        // mission (Art. 89/93, Art. 124), the planned one cancelled.
        sdk::Database store(db().toStdString());
        store.execute("UPDATE deployment SET status = 'cancelled' WHERE officer_id = 1");
        const auto euam = sdk::MissionRepository(store, {"test", "test"}).findByCode("EUAM");
        sdk::DeploymentRepository(store, {"test", "test"})
            .add({{},
                  sdk::OfficerId(1),
                  euam->id,
                  "adviser",
                  sdk::Period::fromIso("2016-01-01", "2016-06-30"),
                  sdk::DeploymentStatus::Completed,
                  {}});
    }
    const Run onlyInfo = run({"--database", db(), "--user", "spela", "check"});
    QVERIFY2(onlyInfo.out.contains("0 blocking, 0 warning(s), 2 info"), qPrintable(onlyInfo.out));
    QCOMPARE(onlyInfo.exitCode, 0);                           // nothing for an officer to act on
    QCOMPARE(run({"--database", db(), "check"}).exitCode, 1); // staff: findings to report

    // Issue #15, item 10: the audit log, for administrators and viewers: the import's officers
    // one by one, the viewer's export, filtered by record and person.
    const Run imports = run({"--database", db(), "audit", "--record", "officer 1"});
    QCOMPARE(imports.exitCode, 0);
    QVERIFY2(imports.out.contains(
                 QRegularExpression("tester\\s+rosters\\s+import\\s+officer 1  "
                                    "\\{\"row\":2,\"new\":\\{\"service_number\":\"P-1\"")),
             qPrintable(imports.out));
    const Run veras = run({"--database", db(), "--user", "vera", "audit", "--user", "vera"});
    QCOMPARE(veras.exitCode, 0);
    QVERIFY2(veras.out.contains("\"what\":\"the roster\"") && veras.out.contains("1 entry\n"),
             qPrintable(veras.out));
    const Run officer = run({"--database", db(), "--user", "spela", "audit"});
    QCOMPARE(officer.exitCode, 1);
    QVERIFY2(officer.err.contains("only administrators and viewers"), qPrintable(officer.err));
    QCOMPARE(run({"--database", db(), "audit", "--since", "yesterday"}).exitCode, 2);
    QCOMPARE(run({"--database", db(), "audit", "--colour"}).exitCode, 2);
    const Run table = run({"--database", db(), "audit", "--record", "officer", "--format", "csv"});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.startsWith("at,user,plugin,action,record,record_id,details\n"),
             qPrintable(table.out));
    QCOMPARE(table.out.count(",import,officer,"), 2);
}

// More findings than a screen holds: `check` prints counts by rule and the first blocking
// findings; --all and --json list every one, graver first; `status` counts the same.
void TestCommandLine::checkSummarisesManyFindingsAndStreamsTheList()
{
    QCOMPARE(run({"--database", db(), "demo", "--seed", "5", "--officers", "50", "--tours", "200"})
                 .exitCode,
             0);
    const QRegularExpression totals(
        "(\\d+) finding\\(s\\): (\\d+) blocking, (\\d+) warning\\(s\\), "
        "(\\d+) info");
    const Run summary = run({"--database", db(), "check"});
    QCOMPARE(summary.exitCode, 1);
    const QRegularExpressionMatch counts = totals.match(summary.out);
    QVERIFY2(counts.hasMatch(), qPrintable(summary.out));
    const int total = counts.captured(1).toInt();
    const int blocking = counts.captured(2).toInt();
    QVERIFY2(total > 20 && blocking > 10, qPrintable(summary.out)); // the store has enough
    QVERIFY2(summary.out.contains("Findings by rule, " + QString::number(total) + " in all"),
             qPrintable(summary.out));
    QVERIFY(
        summary.out.contains(QRegularExpression("\\n  missions.long_stay_abroad +0 +0 +[1-9]")));
    QVERIFY(summary.out.contains("The first 10 of " + QString::number(blocking)
                                 + " blocking findings, by tour"));
    QCOMPARE(summary.out.count(
                 QRegularExpression("^BLOCKING deployment ", QRegularExpression::MultilineOption)),
             10);
    QVERIFY(!summary.out.contains("INFO     deployment"));

    // --all: every finding, the blocking ones first, then warnings, then information.
    const Run all = run({"--database", db(), "check", "--all"});
    QCOMPARE(all.exitCode, 1);
    QVERIFY(all.out.contains(counts.captured(0)));
    const QStringList severities =
        all.out.split('\n').filter(QRegularExpression("^(BLOCKING|WARNING|INFO) +deployment"));
    QCOMPARE(severities.size(), total);
    QStringList graverFirst = severities;
    std::stable_sort(graverFirst.begin(), graverFirst.end(),
                     [](const QString& a, const QString& b) {
                         const auto rank = [](const QString& s) {
                             return s[0] == 'B' ? 0 : s[0] == 'W' ? 1 : 2;
                         };
                         return rank(a) < rank(b);
                     });
    QCOMPARE(severities, graverFirst);

    // --json: the same findings, graver first; one JSON document.
    const Run json = run({"--database", db(), "check", "--json"});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray findings = doc.object()["findings"].toArray();
    QCOMPARE(findings.size(), total);
    QCOMPARE(doc.object()["errors"].toArray().size(), 0);
    int blockingSeen = 0;
    for (int i = 0; i < findings.size(); ++i) {
        blockingSeen += findings[i]["severity"].toString() == "blocking";
        QVERIFY(findings[i]["officer"].toString().size() > 2);
        if (i > 0 && findings[i]["severity"].toString() == "blocking")
            QCOMPARE(findings[i - 1]["severity"].toString(), QString("blocking"));
    }
    QCOMPARE(blockingSeen, blocking);
    // A filter that leaves few findings lists them, as on a small store.
    const Run narrowed = run({"--database", db(), "check", "--rule", "missions.long_stay_abroad",
                              "--since", "2100-01-01"});
    QVERIFY2(narrowed.out.startsWith("0 finding(s)"), qPrintable(narrowed.out));
    QCOMPARE(narrowed.exitCode, 0);
    const Run status = run({"--database", db(), "status"});
    QVERIFY2(status.out.contains("findings:    " + QString::number(total) + " ("
                                 + QString::number(blocking) + " blocking"),
             qPrintable(status.out));
}

void TestCommandLine::demoFillsOnlyAnEmptyStore()
{
    const Run first =
        run({"--database", db(), "demo", "--seed", "5", "--officers", "25", "--tours", "60"});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains("officers:    25"), qPrintable(first.out));
    QVERIFY(first.out.contains("deployments: 60"));
    const Run list = run({"--database", db(), "rosters", "list", "--json"});
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 25);
    const Run again = run({"--database", db(), "demo"});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("already holds officers"));
    // --officers N gives N officers, however many tours they share (more than four each
    // here: the missions generator used to add officers of its own), or says what would fit.
    const QString shared = m_tmp->filePath("shared.db");
    const Run busy =
        run({"--database", shared, "demo", "--seed", "5", "--officers", "40", "--tours", "170"});
    QVERIFY2(busy.out.contains("officers:    40\n") && busy.out.contains("deployments: 170"),
             qPrintable(busy.out));
    QCOMPARE(
        run({"--database", shared, "check", "--rule", "core.overlapping_deployments"}).exitCode, 0);
    const Run tooMany = run({"--database", m_tmp->filePath("crowded.db"), "demo", "--officers",
                             "10", "--tours", "500"});
    QCOMPARE(tooMany.exitCode, 1);
    QVERIFY2(tooMany.err.contains("500 tours do not fit the careers of 10 officers: ask for at "
                                  "least"),
             qPrintable(tooMany.err));
    // The same seed gives the same roster.
    const QString other = m_tmp->filePath("other.db");
    QCOMPARE(run({"--database", other, "demo", "--seed", "5", "--officers", "25", "--tours", "60"})
                 .exitCode,
             0);
    QCOMPARE(run({"--database", other, "rosters", "list"}).out,
             run({"--database", db(), "rosters", "list"}).out);
    const Run tours = run({"--database", db(), "missions", "export", "--format", "csv"});
    QCOMPARE(tours.out.count('\n'), 61);
    QCOMPARE(run({"--database", other, "missions", "export", "--format", "csv"}).out, tours.out);
    // Demo data that could be real: no tour before the officer is 18, none of a
    // mission before Slovenian police joined it.
    QVERIFY(run({"--database", db(), "check", "--rule", "rosters.underage"})
                .out.contains("0 finding(s)"));
    {
        sdk::Database store(db().toStdString());
        QCOMPARE(store.queryValue<std::int64_t>(
                     "SELECT count(*) FROM deployment d JOIN missions_mission f "
                     "ON f.mission_id = d.mission_id WHERE d.first_day < f.slovenian_from"),
                 std::optional<std::int64_t>(0));
    }
}

void TestCommandLine::pluginCommandsAreDispatched()
{
    const QString dir = m_tmp->filePath("plugins");
    addPlugin(dir, {"greeter"});
    const Run r = run({"--database", db(), "--plugin-dir", dir, "greeter-hello"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString("hello from greeter as tester\n"));
    const Run usage = run({"--database", db(), "rosters", "nonsense"});
    QCOMPARE(usage.exitCode, 2);
    QVERIFY(usage.err.contains("Usage: contingent rosters"));
}

void TestCommandLine::unregisteredLoginsAreToldTheExactCommand()
{
    // `status` and `help` on a path with no store make none (a typo makes no admin)...
    const Run missing = run({"--database", db(), "status"});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("there is no store at " + db()
                                  + "; make one with `contingent "
                                    "init "
                                  + db() + "`"),
             qPrintable(missing.err));
    QCOMPARE(run({"--database", db(), "help"}).exitCode, 0);
    QVERIFY(!QFileInfo::exists(db()));
    // ... `init` does, and the one who makes it administers it.
    const Run init = run({"init", db()});
    QCOMPARE(init.exitCode, 0);
    QVERIFY2(init.out.contains("Made a new store at " + db()), qPrintable(init.out));
    QCOMPARE(run({"--database", db(), "status"}).exitCode, 0);
    QVERIFY(run({"--database", db(), "users"}).out.contains("admin"));
    QCOMPARE(run({"init", db()}).exitCode, 1); // already a store
    // A disabled user is known, listed as such, and let in no more.
    QCOMPARE(run({"--database", db(), "users", "add", "ivo", "--role", "planner"}).exitCode, 0);
    QCOMPARE(run({"--database", db(), "--user", "ivo", "check"}).exitCode, 0);
    QCOMPARE(run({"--database", db(), "users", "set", "ivo", "--active", "no"}).exitCode, 0);
    QVERIFY(run({"--database", db(), "users"})
                .out.contains(QRegularExpression("ivo\\s+planner.*\\[disabled\\]")));
    const Run disabled = run({"--database", db(), "--user", "ivo", "check"});
    QCOMPARE(disabled.exitCode, 1);
    QVERIFY2(disabled.err.contains("ivo is not registered"), qPrintable(disabled.err));
    QCOMPARE(run({"--database", db(), "users", "set", "ivo", "--active", "maybe"}).exitCode, 2);
    const Run r = run({"--database", db(), "--user", "stranger", "check"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("ask an administrator to run `contingent --database "
                            + QFileInfo(db()).absoluteFilePath()
                            + " users add stranger --role viewer`"),
             qPrintable(r.err));
}

void TestCommandLine::badStoresAreNamed()
{
    writeFile(m_tmp->filePath("notes.txt"), QByteArray(2048, 'z'));
    const Run notSqlite = run({"--database", m_tmp->filePath("notes.txt"), "plugins"});
    QCOMPARE(notSqlite.exitCode, 1);
    QVERIFY2(notSqlite.err.contains("not a SQLite database: " + m_tmp->filePath("notes.txt")),
             qPrintable(notSqlite.err));
    QCOMPARE(notSqlite.err.count('\n'), 1);

    // Only Contingent stores are opened: an empty file and another program's database are
    // refused in one line and left as they were; `init` makes an empty file a store.
    const QString empty = m_tmp->filePath("empty.db");
    writeFile(empty, {});
    const Run emptyRun = run({"--database", empty, "check"});
    QCOMPARE(emptyRun.exitCode, 1);
    QVERIFY2(emptyRun.err.contains(empty
                                   + " is an empty file, not a Contingent store; make it one "
                                     "with `contingent init "
                                   + empty + "`"),
             qPrintable(emptyRun.err));
    QCOMPARE(emptyRun.err.count('\n'), 1);
    QCOMPARE(QFileInfo(empty).size(), 0);
    const QString foreign = m_tmp->filePath("other.db");
    {
        sdk::Database other(foreign.toStdString());
        other.exec("CREATE TABLE notes (text TEXT)");
    }
    for (const QStringList& args :
         {QStringList{"--database", foreign, "status"},
          QStringList{"--database", foreign, "rosters", "list"}, QStringList{"init", foreign}}) {
        const Run r = run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("another program's SQLite database, not a Contingent store"),
                 qPrintable(r.err));
    }
    QCOMPARE(sdk::Database(foreign.toStdString())
                 .queryValue<std::int64_t>("SELECT count(*) FROM sqlite_master")
                 .value_or(0),
             std::int64_t(1)); // untouched: no table of ours added
    QCOMPARE(run({"init", empty}).exitCode, 0);
    QCOMPARE(run({"--database", empty, "check"}).exitCode, 0);

    const Run noFolder = run({"--database", m_tmp->filePath("missing/x.db"), "plugins"});
    QCOMPARE(noFolder.exitCode, 1);
    QVERIFY2(noFolder.err.contains("does not exist"), qPrintable(noFolder.err));

    // A store another program holds a write lock on: writing fails with a clear reason.
    QCOMPARE(run({"--database", db(), "plugins"}).exitCode, 0);
    sdk::Database holder(db().toStdString());
    sdk::Transaction lock(holder, sdk::Transaction::Kind::Immediate);
    const Run locked = run({"--database", db(), "demo", "--officers", "1"});
    QCOMPARE(locked.exitCode, 1);
    QVERIFY2(locked.err.contains("locked") && locked.err.contains(db()), qPrintable(locked.err));
    lock.rollback();
    QCOMPARE(sdk::OfficerRepository(holder, {}).count(), std::int64_t(0));
}

void TestCommandLine::newerStoreIsRefusedUntouched()
{
    QCOMPARE(run({"--database", db(), "plugins"}).exitCode, 0);
    {
        sdk::Database store(db().toStdString());
        store.exec("INSERT INTO schema_migration (owner, version, name, checksum) "
                   "VALUES ('core', 99, 'from the future', 'x')");
    }
    const Run r = run({"--database", db(), "plugins"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("newer than this build knows"), qPrintable(r.err));
    QCOMPARE(QDir(m_tmp->path()).entryList({"store.db.backup-*"}).size(), 0);
}

// `contingent rosters list | head`: the reader closes the pipe early; the command ends
// quietly and no plugin is taken for having crashed (a SIGPIPE used to be recorded so).
void TestCommandLine::aReaderThatGoesAwayIsNoCrash()
{
    QCOMPARE(run({"--database", db(), "demo", "--officers", "3000", "--tours", "100"}).exitCode, 0);
    QProcess p; // `head -1` reads a line and leaves; the rest of the roster meets a closed pipe
    p.start(QStringLiteral("sh"),
            {"-c", QStringLiteral("'%1' --database '%2' --user tester rosters "
                                  "list | head -1")
                       .arg(QStringLiteral(CONTINGENT_EXECUTABLE), db())});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.readAllStandardOutput().startsWith("DEMO-"), "the first line was not read");
    const Run after = run({"--database", db(), "plugins"});
    QCOMPARE(after.exitCode, 0);
    QVERIFY2(!after.out.contains("crashed"), qPrintable(after.out));
}

// `--lang sl`: the statement of service abroad is in Slovene, its signature place too.
void TestCommandLine::theStatementSpeaksTheChosenLanguage()
{
    QCOMPARE(run({"--database", db(), "demo", "--officers", "20", "--tours", "60"}).exitCode, 0);
    const QString pdf = m_tmp->filePath("potrdilo.pdf");
    const Run r = run({"--database", db(), "--lang", "sl", "missions", "statement", "--officer",
                       "DEMO-00001", "--out", pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils, installed by scripts/dev.sh) is not on PATH");
    QProcess p;
    p.start(pdftotext, {pdf, "-"});
    QVERIFY(p.waitForFinished(10000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (const char* slovene : {"Potrdilo o službi v tujini", "Službena številka",
                                "Podpis:", "(žig)", "Številka: DEMO-00001/"})
        QVERIFY2(text.contains(QString::fromUtf8(slovene)), qPrintable(text));
    QVERIFY(!text.contains("Statement of service abroad"));
}

void TestCommandLine::crashGuardSkipsTheCulpritUntilItChanges()
{
    const QString dir = m_tmp->filePath("plugins");
    addPlugin(dir, {"crashy", "fixture_crash_in_start.so"});
    const QStringList args{"--database", db(), "--plugin-dir", dir, "plugins"};
    const QString skipped =
        "crashed the application while starting; skipped until its library changes";
    QVERIFY(run(args).crashed);               // the plugin took the process down
    for (int start = 0; start < 2; ++start) { // not just once: every start
        const Run again = run(args);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.out.contains(skipped), qPrintable(again.out));
        QVERIFY(again.out.contains(QRegularExpression("rosters\\s+[0-9.]+\\s+loaded")));
    }
    const Run safe = run({"--database", db(), "--plugin-dir", dir, "--safe-mode", "plugins"});
    QCOMPARE(safe.exitCode, 0);
    QVERIFY(safe.out.contains("safe mode"));
    QVERIFY(!safe.out.contains(QRegularExpression("^crashy", QRegularExpression::MultilineOption)));
    QVERIFY2(run(args).out.contains(skipped), "safe mode must not clear the record");
    // A rebuilt library (another size or time) is tried again.
    QTest::qWait(20);
    addPlugin(dir, {"crashy", "fixture_crash_in_start.so"});
    QFile lib(dir + "/crashy.so");
    QVERIFY(lib.open(QIODevice::Append));
    lib.write(QByteArray(16, '\0'));
    lib.close();
    QVERIFY(run(args).crashed);
}

void TestCommandLine::crashesInCommandsAndChecksAndSlowStartsAreNamed()
{
    const QString dir = m_tmp->filePath("plugins");
    addPlugin(dir, {"crash_command", "fixture_contributions.so"});
    QVERIFY(run({"--database", db(), "--plugin-dir", dir, "crash_command-go"}).crashed);
    const Run next = run({"--database", db(), "--plugin-dir", dir, "plugins"});
    QCOMPARE(next.exitCode, 1);
    QVERIFY2(next.out.contains("crashed the application while running its command "
                               "crash_command-go; skipped until its library changes"),
             qPrintable(next.out));
    QVERIFY(next.out.contains("the last run crashed inside plugin crash_command"));

    // A start() that holds the application up is named while it runs.
    addPlugin(dir, {"slow_start", "fixture_contributions.so"});
    qputenv("CONTINGENT_SLOW_START_MS", "300");
    const Run slow = run({"--database", db(), "--plugin-dir", dir, "plugins"});
    qunsetenv("CONTINGENT_SLOW_START_MS");
    QVERIFY2(slow.err.contains(
                 "plugin slow_start is still starting after 0.3 s: the application waits for it"),
             qPrintable(slow.err));
    QVERIFY(slow.out.contains(QRegularExpression("slow_start\\s+1\\.0\\.0\\s+loaded")));

    // A check that takes the process down: named and skipped the same way.
    addPlugin(dir, {"crash_check", "fixture_contributions.so"});
    QVERIFY(run({"--database", db(), "--plugin-dir", dir, "check"}).crashed);
    const Run after = run({"--database", db(), "--plugin-dir", dir, "plugins"});
    QVERIFY2(after.out.contains("crashed the application while running its check crash_check.boom; "
                                "skipped until its library changes"),
             qPrintable(after.out));
    QCOMPARE(run({"--database", db(), "--plugin-dir", dir, "check"}).crashed, false);
}

// Issue #15, item 7: a store whose file and folder cannot be written (a read-only share) opens
// for reading: reading commands work and say so, writing ones are refused, nothing changes.
// As root every file can be written, so the commands then run as nobody (setpriv).
void TestCommandLine::aStoreThatCannotBeWrittenOpensForReading()
{
    QVERIFY(run({"--database", db(), "demo", "--officers", "20", "--tours", "40"}).exitCode == 0);
    const QString folder = m_tmp->filePath("share");
    QVERIFY(QDir().mkpath(folder));
    const QString store = folder + "/store.db";
    QVERIFY(QFile::copy(db(), store));
    QFile(store).setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                | QFileDevice::ReadOther);
    const auto readAndEnter = QFileDevice::ReadOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                              | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QFile(folder).setPermissions(readAndEnter);
    QFile(m_tmp->path()).setPermissions(readAndEnter | QFileDevice::WriteOwner);
    QStringList asNobody;
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable("setpriv");
        if (setpriv.isEmpty())
            QSKIP("running as root without setpriv: no user here lacks the right to write");
        asNobody = {setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"};
    }
    QFile before(store);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();

    const Run status = run({"--database", store, "--user", "tester", "status"}, 60000, asNobody);
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    QVERIFY2(status.err.contains("is read-only (the file or its folder cannot be written)"),
             qPrintable(status.err));
    QVERIFY(status.out.contains("officers:"));
    const Run list =
        run({"--database", store, "--user", "tester", "rosters", "list"}, 60000, asNobody);
    QVERIFY2(list.exitCode == 0 && list.out.contains("20 officer(s)"), qPrintable(list.err));
    const Run exported =
        run({"--database", store, "--user", "tester", "rosters", "export", "--format", "csv"},
            60000, asNobody);
    QVERIFY2(exported.exitCode == 0 && exported.out.startsWith("service_number,"),
             qPrintable(exported.err));
    const QString csv = m_tmp->filePath("roster.csv");
    QFile out(csv);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(exported.out.toUtf8());
    out.close();
    QFile(csv).setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadOther);
    const Run import =
        run({"--database", store, "--user", "tester", "rosters", "import", csv}, 60000, asNobody);
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains("a viewer cannot import"), qPrintable(import.err));
    QFile after(store);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QVERIFY(after.readAll() == bytes);
    QVERIFY(!QFileInfo::exists(store + "-wal"));
    // Asked for: --read-only on a store that could be written.
    const Run asked = run({"--database", db(), "--read-only", "rosters", "import", csv});
    QCOMPARE(asked.exitCode, 1);
    QVERIFY2(asked.err.contains("is open for reading only (--read-only)"), qPrintable(asked.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
