// The SDK's table-file reader, shared by every plugin's import: CSV records,
// the header, problems with their line and column, JSON arrays, CSV writing.
#include <contingent/sdk/error.h>
#include <contingent/sdk/tablefile.h>

#include <QJsonObject>
#include <QTest>

using namespace contingent::sdk;

class TestTableFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsRecords_data();
    void readsRecords();
    void problems_data();
    void problems();
    void jsonArrays_data();
    void jsonArrays();
    void unknownKeysAreNamed();
    void writesCsvThatReadsBack();
    void describesProblemsByLineAndColumn();
    void formatsByName();
    void jsonKeepsTheKeysOrder();
    void longReportsAndValuesAreCut();
};

namespace {

constexpr std::string_view kColumns[] = {"code", "name", "note"};

struct Read {
    std::vector<std::vector<std::string>> rows;
    std::vector<int> lines;
    std::vector<ImportProblem> problems;
};

Read read(const QByteArray& text)
{
    Read r;
    readCsvRows(std::string_view(text.constData(), std::size_t(text.size())), kColumns, r.problems,
                [&](CsvRecord& record, std::size_t) {
                    r.rows.push_back(record.fields);
                    r.lines.push_back(record.firstLine);
                });
    return r;
}

} // namespace

void TestTableFile::readsRecords_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("lastRow");
    QTest::addColumn<int>("rows");
    QTest::newRow("plain") << QByteArray("code,name,note\nA,Alpha,x\nB,Beta,y\n")
                           << QStringList{"B", "Beta", "y"} << 2;
    QTest::newRow("UTF-8 byte-order mark and CRLF, as Excel writes")
        << QByteArray("\xEF\xBB\xBF"
                      "code,name,note\r\nA,Žagar,x\r\n")
        << QStringList{"A", "Žagar", "x"} << 1;
    QTest::newRow("quoted comma and quote")
        << QByteArray("code,name,note\nA,\"Novak, Ana\",\"said \"\"hi\"\"\"\n")
        << QStringList{"A", "Novak, Ana", "said \"hi\""} << 1;
    QTest::newRow("a quoted field over two lines")
        << QByteArray("code,name,note\nA,Alpha,\"first\nsecond\"\nB,Beta,\n")
        << QStringList{"B", "Beta", ""} << 2;
    QTest::newRow("no newline at the end")
        << QByteArray("code,name,note\nA,Alpha,x") << QStringList{"A", "Alpha", "x"} << 1;
    QTest::newRow("semicolons, as a Slovene spreadsheet writes them")
        << QByteArray("\xEF\xBB\xBF"
                      "code;name;note\r\nA;\"Novak; Ana\";1,5\r\nB;Žagar;\r\n")
        << QStringList{"B", "Žagar", ""} << 2;
}

void TestTableFile::readsRecords()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, lastRow);
    QFETCH(int, rows);
    const Read r = read(text);
    QVERIFY2(r.problems.empty(), r.problems.empty() ? "" : r.problems.front().reason.c_str());
    QCOMPARE(int(r.rows.size()), rows);
    QStringList last;
    for (const std::string& f : r.rows.back())
        last << QString::fromStdString(f);
    QCOMPARE(last, lastRow);
    QCOMPARE(r.lines.front(), 2); // the first record is on line 2, after the header
}

void TestTableFile::problems_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty file") << QByteArray("") << 0 << "empty";
    QTest::newRow("wrong header") << QByteArray("code,title,note\nA,B,C\n") << 1
                                  << "code,name,note\" (fields separated by commas or semicolons)";
    QTest::newRow("tabs") << QByteArray("code\tname\tnote\nA\tB\tC\n") << 1
                          << "separated by commas or semicolons";
    QTest::newRow("too few fields") << QByteArray("code,name,note\nA,B\n") << 2 << "3";
    QTest::newRow("too many fields") << QByteArray("code,name,note\nA,B,C,D\n") << 2 << "3";
    QTest::newRow("an unclosed quote") << QByteArray("code,name,note\nA,\"B,C\n") << 2 << "quote";
    QTest::newRow("a control character") << QByteArray("code,name,note\nA,B\x07"
                                                       "ell,x\n")
                                         << 2 << "holds the control character U+0007";
    QTest::newRow("not UTF-8 (Windows-1250)")
        << QByteArray("code,name,note\nA,\x8E"
                      "agar,x\n")
        << 0
        << "the file is not UTF-8 but Windows-1250 text (Excel's \"CSV\" in a Slovene "
           "Windows): import it with --encoding windows-1250";
    QTest::newRow("not UTF-8 (not Windows-1250 either)")
        << QByteArray("code,name,note\nA,\x81\x90"
                      "agar,x\n")
        << 2 << "is not UTF-8 text (save the file as UTF-8)";
}

void TestTableFile::problems()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, reason);
    const Read r = read(text);
    QVERIFY(!r.problems.empty());
    const auto found =
        std::find_if(r.problems.begin(), r.problems.end(), [&](const ImportProblem& p) {
            return p.line == line && QString::fromStdString(p.reason).contains(reason);
        });
    QVERIFY2(found != r.problems.end(),
             qPrintable(QString::fromStdString(describe({0, 0, r.problems}))));
}

void TestTableFile::jsonArrays_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("reason");
    QTest::newRow("an array of objects")
        << QByteArray(R"([{"code": "A"}, {"code": "B"}])") << true << "";
    QTest::newRow("empty") << QByteArray("") << false << "empty";
    QTest::newRow("an object, not an array")
        << QByteArray(R"({"code": "A"})") << false << "must hold a JSON array of things";
    QTest::newRow("a syntax error") << QByteArray("[{\"code\": }]") << false << "line 1";
}

void TestTableFile::jsonArrays()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(QString, reason);
    std::vector<ImportProblem> problems;
    const auto array = readJsonArray(text, "things", problems);
    QCOMPARE(array.has_value(), ok);
    if (ok) {
        QCOMPARE(array->size(), 2);
    } else {
        QVERIFY(!problems.empty());
        QVERIFY2(QString::fromStdString(problems.front().reason).contains(reason),
                 problems.front().reason.c_str());
    }
}

void TestTableFile::unknownKeysAreNamed()
{
    std::vector<ImportProblem> problems;
    reportUnknownKeys(QJsonObject{{"code", "A"}, {"colour", "red"}}, 3, kColumns, "thing",
                      problems);
    QCOMPARE(problems.size(), std::size_t(1));
    QCOMPARE(problems[0].line, 3);
    QCOMPARE(problems[0].column, std::string("colour"));
    QCOMPARE(problems[0].reason, std::string("is not a thing field"));
}

void TestTableFile::writesCsvThatReadsBack()
{
    QByteArray out;
    const std::vector<std::string> header(std::begin(kColumns), std::end(kColumns));
    appendCsvLine(out, header);
    const std::vector<std::string> row{"A, B", "say \"hi\"", "two\nlines"};
    appendCsvLine(out, row);
    // Formulas are shown by a spreadsheet, not run (OWASP), and read back as written.
    const std::vector<std::string> formulas{"=HYPERLINK(\"x\")", "+1", "-3,5"};
    appendCsvLine(out, formulas);
    appendCsvLine(out, std::vector<std::string>{"@cmd", "a=b", ""});
    QVERIFY2(out.contains("\"'=HYPERLINK(\"\"x\"\")\",'+1,\"'-3,5\"\n'@cmd,a=b,\n"),
             out.constData());
    const Read r = read(out);
    QVERIFY(r.problems.empty());
    QCOMPARE(r.rows.at(0), row);
    QCOMPARE(r.rows.at(1), formulas);
    QCOMPARE(r.rows.at(2), std::vector<std::string>({"@cmd", "a=b", ""}));
}

void TestTableFile::describesProblemsByLineAndColumn()
{
    ImportReport report;
    report.problems = {
        {3, "name", "is empty"}, {2, "", "has 2 fields"}, {0, "", "the file is empty"}};
    sortProblems(report.problems);
    QCOMPARE(describe(report), std::string("the file is empty\nline 2: has 2 fields\n"
                                           "line 3, column name: is empty\n"));
    report.format = FileFormat::Json;
    QVERIFY(describe(report).find("record 3, key name: is empty") != std::string::npos);
}

void TestTableFile::formatsByName()
{
    QVERIFY(fileFormatFromName("roster.CSV") == FileFormat::Csv);
    QVERIFY(fileFormatFromName("json") == FileFormat::Json);
    QVERIFY_THROWS_EXCEPTION(InputError, fileFormatFromName("roster.xls"));
    QCOMPARE(trimmed("  a b \t"), std::string("a b"));
    QCOMPARE(nonUtf8Lines("ok\n\xC3\x28\nok\n"), std::vector<int>({2}));
}

void TestTableFile::jsonKeepsTheKeysOrder()
{
    QByteArray out;
    JsonWriter json(out);
    json.beginArray();
    json.beginObject()
        .key("zeta")
        .value("Ž \"q\"\n")
        .key("alpha")
        .value(std::int64_t(-3))
        .key("none")
        .value(std::optional<std::string>())
        .key("flag")
        .value(true)
        .key("empty")
        .beginArray()
        .endArray()
        .key("map")
        .beginObject()
        .key("en")
        .value("C1")
        .endObject()
        .endObject();
    json.endArray();
    QCOMPARE(out,
             QByteArray("[\n    {\n        \"zeta\": \"Ž \\\"q\\\"\\n\",\n"
                        "        \"alpha\": -3,\n        \"none\": null,\n"
                        "        \"flag\": true,\n        \"empty\": [],\n"
                        "        \"map\": {\n            \"en\": \"C1\"\n        }\n    }\n]\n"));
    std::vector<ImportProblem> problems;
    const auto back = readJsonArray(out, "things", problems);
    QVERIFY(back && problems.empty());
    QCOMPARE(back->at(0).toObject().value("zeta").toString(), QString("Ž \"q\"\n"));
    QByteArray empty;
    JsonWriter(empty).beginArray().endArray();
    QCOMPARE(empty, QByteArray("[]\n"));
}

void TestTableFile::longReportsAndValuesAreCut()
{
    ImportReport report;
    for (int line = 2; line < 1002; ++line)
        report.problems.push_back({line, "name", "is empty"});
    const std::string text = describe(report);
    QCOMPARE(std::count(text.begin(), text.end(), '\n'),
             std::ptrdiff_t(kMostProblemsDescribed + 1));
    QVERIFY(text.ends_with("… and 800 more problem(s)\n"));
    // A huge field is quoted on one line, cut, and never inside a UTF-8 character.
    const std::string huge = "Ž" + std::string(5'000'000, 'x') + "\n";
    const std::string q = contingent::sdk::quoted(huge);
    QVERIFY(q.size() < 100);
    QVERIFY(q.find('\n') == std::string::npos);
    QVERIFY(QString::fromStdString(q).endsWith("…\""));
    QCOMPARE(contingent::sdk::quoted("two\nlines"), std::string("\"two lines\""));
    QCOMPARE(contingent::sdk::quoted(std::string(79, 'a') + "Ž"),
             "\"" + std::string(79, 'a') + "…\"");
}

QTEST_GUILESS_MAIN(TestTableFile)
#include "tst_tablefile.moc"
