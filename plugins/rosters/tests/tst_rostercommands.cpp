// `contingent rosters list|import|export`: output, exit codes, roles.
#include "rosterimportdata.h"

#include <QStringEncoder>
#include <QTest>

using namespace rosterimporttest;

class TestRosterCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void commandList();
    void commandImport();
    void commandImportRefusals();
    void windows1250FilesAreNamedAndRead();
    void commandExport();
    void commandUsageErrors_data();
    void commandUsageErrors();
};

void TestRosterCommands::commandList()
{
    Store store;
    QVERIFY(importRoster(store.context, kRoster, RosterFormat::Csv).ok());
    CommandResult r = runCommand(store, {"list"});
    QCOMPARE(r.code, 0);
    // The Slovene alphabet (issue #15, item 17): Č after C and before K, Š after S.
    QCOMPARE(r.out,
             QStringLiteral(
                 "P-1002      Čuk, Žiga (sergeant, Unit \"North\") sl:C2\n"
                 "P-1001      Kovačič, Špela (inspector, Ljubljana, border police) en:C1;fr:B2\n"
                 "P-1003      Šuštar, Matej (, ) \n"
                 "3 officer(s)\n"));
    r = runCommand(store, {"list", "--json"});
    QCOMPARE(r.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].toObject().value("family_name").toString(), QStringLiteral("Čuk"));
    QCOMPARE(rows[1].toObject().value("languages").toArray().size(), 2);
}

void TestRosterCommands::commandImport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csv = dir.filePath("roster.csv");
    writeFile(csv, kRoster);
    Store store;
    CommandResult r = runCommand(store, {"import", csv});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, "Imported " + csv + ": 3 added, 0 updated.\n");
    QCOMPARE(r.err, QString());
    r = runCommand(store, {"import", csv});
    QCOMPARE(r.out, "Imported " + csv + ": 0 added, 3 updated.\n");

    const QString txt = dir.filePath("roster.txt");
    writeFile(txt, json({jsonRecord()}));
    r = runCommand(store, {"import", "--format", "json", txt});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, "Imported " + txt + ": 1 added, 0 updated.\n");
    QCOMPARE(store.count("officer"), 4);
}

// A roster as Excel saves "CSV" in a Slovene Windows (Windows-1250): refused with
// the one line that says what it is and how to read it, then read with --encoding.
void TestRosterCommands::windows1250FilesAreNamedAndRead()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath("roster-excel.csv");
    QStringEncoder cp1250("windows-1250");
    QVERIFY(cp1250.isValid());
    writeFile(csv, cp1250(QString::fromUtf8(kRoster)));
    QVERIFY(!csv.isEmpty());
    Store store;
    CommandResult r = runCommand(store, {"import", csv});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, QStringLiteral("the file is not UTF-8 but Windows-1250 text (Excel's \"CSV\" "
                                   "in a Slovene Windows): import it with --encoding "
                                   "windows-1250, or save it as \"CSV UTF-8\"\n"
                                   "Nothing was written.\n"));
    QCOMPARE(store.count("officer"), 0);
    r = runCommand(store, {"import", "--encoding", "windows-1250", csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(QString::fromStdString(store.officer("P-1002").givenName), QString("Žiga"));
    QCOMPARE(QString::fromStdString(store.officer("P-1001").familyName), QString("Kovačič"));
    QCOMPARE(QString::fromStdString(store.officer("P-1003").familyName), QString("Šuštar"));
    // Only CSV has an encoding to choose; an unknown one is named.
    QCOMPARE(runCommand(store, {"import", "--encoding", "latin-9", csv}).code, 2);
    writeFile(dir.filePath("r.json"), json({jsonRecord()}));
    QCOMPARE(
        runCommand(store, {"import", "--encoding", "windows-1250", dir.filePath("r.json")}).code,
        2);
}

void TestRosterCommands::commandImportRefusals()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath("bad.csv");
    writeFile(bad, kHeader + csvRow(3, "Q") + csvRow(4, "2023-02-30", "P-3001"));
    const QString good = dir.filePath("good.csv");
    writeFile(good, kRoster);

    Store store;
    CommandResult r = runCommand(store, {"import", bad});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, QStringLiteral("line 2, column gender: \"Q\" is not F, M or X\n"
                                   "line 3, column birth_date: \"2023-02-30\" is not a date "
                                   "(YYYY-MM-DD)\n"
                                   "Nothing was written.\n"));
    QCOMPARE(store.count("officer"), 0);

    r = runCommand(store, {"import", dir.filePath("missing.csv")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith("rosters import: cannot read " + dir.filePath("missing.csv") + ": "),
             qPrintable(r.err));
    QCOMPARE(r.err.count('\n'), 1);

    Store viewer(sdk::Role::Viewer);
    r = runCommand(viewer, {"import", good});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, QStringLiteral("rosters import: a viewer cannot import\n"));
    QCOMPARE(viewer.count("officer"), 0);
    QCOMPARE(runCommand(viewer, {"export", "--format", "csv"}).code, 0);
}

void TestRosterCommands::commandExport()
{
    Store store;
    QVERIFY(importRoster(store.context, kRoster, RosterFormat::Csv).ok());
    CommandResult r = runCommand(store, {"export", "--format", "csv"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.toUtf8(), asExported(kRoster));

    QTemporaryDir dir;
    const QString out = dir.filePath("roster.json");
    r = runCommand(store, {"export", "--format", "json", "--out", out});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, "Exported 3 officers to " + out + "\n");
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), exportRoster(store.db, RosterFormat::Json));

    const QString csv = dir.filePath("roster.csv");
    QCOMPARE(runCommand(store, {"export", "--out", csv}).code, 0);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QCOMPARE(csvFile.readAll(), asExported(kRoster));

    r = runCommand(store, {"export", "--format", "csv", "--out", dir.filePath("no/such/dir.csv")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith("rosters export: cannot write "), qPrintable(r.err));

    // Issue #15, item 10: every export is recorded (the one that failed is not), newest first.
    const auto exports = store.context.audit().entries("file");
    QCOMPARE(exports.size(), std::size_t(3));
    for (const auto& e : exports) {
        QCOMPARE(e.action, std::string("export"));
        QCOMPARE(e.actor, std::string("ana"));
    }
    const auto details = [&](std::size_t i) {
        return QJsonDocument::fromJson(QByteArray::fromStdString(exports[i].detailsJson)).object();
    };
    QCOMPARE(details(0), (QJsonObject{{"what", "the roster"}, {"format", "csv"}, {"file", csv}}));
    QCOMPARE(details(1), (QJsonObject{{"what", "the roster"}, {"format", "json"}, {"file", out}}));
    QCOMPARE(details(2), (QJsonObject{{"what", "the roster"}, {"format", "csv"}, {"file", ""}}));
}

void TestRosterCommands::commandUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown verb") << QStringList{"frobnicate"};
    QTest::newRow("list --yaml") << QStringList{"list", "--yaml"};
    QTest::newRow("import without a file") << QStringList{"import"};
    QTest::newRow("import two files") << QStringList{"import", "a.csv", "b.csv"};
    QTest::newRow("import, unknown extension") << QStringList{"import", "roster.txt"};
    QTest::newRow("import --format xml") << QStringList{"import", "a.csv", "--format", "xml"};
    QTest::newRow("import --format without value") << QStringList{"import", "a.csv", "--format"};
    QTest::newRow("import --out") << QStringList{"import", "a.csv", "--out", "b.csv"};
    QTest::newRow("export without a format") << QStringList{"export"};
    QTest::newRow("export --format xml") << QStringList{"export", "--format", "xml"};
    QTest::newRow("export extra argument") << QStringList{"export", "--format", "csv", "x"};
}

void TestRosterCommands::commandUsageErrors()
{
    QFETCH(QStringList, args);
    Store store;
    const CommandResult r = runCommand(store, args);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QString::fromUtf8(kRostersUsage)), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestRosterCommands)
#include "tst_rostercommands.moc"
