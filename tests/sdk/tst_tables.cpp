// The table file service (tables.h): CSV, CSV for Excel, JSON and .xlsx
// written from one table, read back row by row, and every bad workbook named.

#include <contingent/sdk/error.h>
#include <contingent/sdk/tables.h>

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unzip.h>
#include <zip.h>

using namespace contingent::sdk;

namespace {

const std::vector<TableColumn> kColumns{{"service_number", CellType::Text},
                                        {"name", CellType::Text},
                                        {"birth_date", CellType::Date},
                                        {"tours", CellType::Integer},
                                        {"allowance", CellType::Money}};

const std::vector<std::vector<std::string>> kRows{
    {"00123", "Špela Žagar", "1985-03-02", "3", "1234.56"},
    {"P-2", "=SUM(A1)", "", "0", "-0.50"},
    {"P-3", "Čedomir Ćirić, \"Čedo\"", "1900-03-01", "", ""},
};

struct Read {
    ImportReport report;
    std::vector<std::vector<std::string>> rows;
    std::vector<int> lines;
};

Read readBack(const QByteArray& bytes, FileFormat format, std::string_view sheet = {},
              const std::vector<TableColumn>& columns = kColumns)
{
    Read r;
    readTableRows(
        bytes, format, columns, r.report,
        [&](CsvRecord& record, std::size_t) {
            r.rows.push_back(record.fields);
            r.lines.push_back(record.firstLine);
        },
        sheet);
    return r;
}

QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(CONTINGENT_XLSX_FIXTURES "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

/// A workbook put together by hand (one sheet, inline strings), for what no
/// spreadsheet program writes on purpose.
QByteArray handMadeWorkbook(const QByteArray& sheetData)
{
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const std::vector<std::pair<QByteArray, QByteArray>> parts{
        {"_rels/.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"" + rel
                            + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml", "<workbook " + ns + " xmlns:r=\"" + rel
                                + "\"><sheets><sheet name=\"Data\" sheetId=\"1\" "
                                  "r:id=\"rId7\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId7\" Type=\"" + rel
                                           + "/worksheet\" Target=\"worksheets/data.xml\"/>"
                                             "</Relationships>"},
        {"xl/worksheets/data.xml",
         "<worksheet " + ns + "><sheetData>" + sheetData + "</sheetData></worksheet>"},
    };
    QTemporaryDir dir;
    const QByteArray path = dir.filePath("hand.xlsx").toLocal8Bit();
    zipFile z = zipOpen64(path.constData(), APPEND_STATUS_CREATE);
    for (const auto& [name, data] : parts) {
        zipOpenNewFileInZip64(z, name.constData(), nullptr, nullptr, 0, nullptr, 0, nullptr,
                              Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0);
        zipWriteInFileInZip(z, data.constData(), unsigned(data.size()));
        zipCloseFileInZip(z);
    }
    zipClose(z, nullptr);
    QFile f(QString::fromLocal8Bit(path));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

/// The part `name` of the workbook `bytes` (its XML, as written).
QByteArray workbookPart(const QByteArray& bytes, const char* name)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("part.xlsx"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    f.close();
    unzFile z = unzOpen64(path.toLocal8Bit().constData());
    QByteArray part;
    if (z && unzLocateFile(z, name, 1) == UNZ_OK && unzOpenCurrentFile(z) == UNZ_OK) {
        char chunk[4096];
        for (int n; (n = unzReadCurrentFile(z, chunk, sizeof chunk)) > 0;)
            part.append(chunk, n);
        unzCloseCurrentFile(z);
    }
    if (z)
        unzClose(z);
    return part;
}

QByteArray inlineRow(int row, std::initializer_list<const char*> texts)
{
    QByteArray out = "<row r=\"" + QByteArray::number(row) + "\">";
    char column = 'A';
    for (const char* t : texts)
        out += QByteArray("<c r=\"") + column++ + QByteArray::number(row)
               + "\" t=\"inlineStr\"><is><t>" + t + "</t></is></c>";
    return out + "</row>";
}

} // namespace

class TestTables : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formatsByNameAndExtension();
    void everyFormatRoundTrips_data();
    void everyFormatRoundTrips();
    void csvForExcelHasAByteOrderMark();
    void jsonIsFlatAndTyped();
    void jsonReadsAsWritten();
    void workbookRoundTripChangesNothing();
    void workbookLayout();
    void spreadsheetDateFormats();
    void libreOfficeWorkbookReadsAsMeant();
    void aNamedSheet();
    void badWorkbooks_data();
    void badWorkbooks();
    void problemsNameSheetRowAndColumnLetter();
    void tooManyRows();
    void wrongRowWidthIsRefused();
    void streamedTablesAreWrittenAsTheyCome_data();
    void streamedTablesAreWrittenAsTheyCome();
    void aRefusingDeviceIsAnError();
    void awkwardTextSurvivesAWorkbook();
    void aBigWorkbookRoundTrips();
    void aSourceFailingHalfwayLeavesNoWorkbook();
};

void TestTables::formatsByNameAndExtension()
{
    QCOMPARE(fileFormatFromName("xlsx"), FileFormat::Xlsx);
    QCOMPARE(fileFormatFromName("Roster.XLSX"), FileFormat::Xlsx);
    QCOMPARE(fileFormatFromName("csv-excel"), FileFormat::CsvForExcel);
    QCOMPARE(fileFormatFromName("a.csv"), FileFormat::Csv);
    QVERIFY_THROWS_EXCEPTION(InputError, fileFormatFromName("roster.xls"));
}

void TestTables::everyFormatRoundTrips_data()
{
    QTest::addColumn<FileFormat>("format");
    QTest::addColumn<int>("firstRow");
    QTest::newRow("csv") << FileFormat::Csv << 2;
    QTest::newRow("csv for excel") << FileFormat::CsvForExcel << 2;
    QTest::newRow("xlsx") << FileFormat::Xlsx << 2;
    QTest::newRow("json") << FileFormat::Json << 1; // an object's place in the array
}

void TestTables::everyFormatRoundTrips()
{
    QFETCH(FileFormat, format);
    QFETCH(int, firstRow);
    const QByteArray bytes = writeTable(format, "Roster", kColumns, kRows, "d.m.yyyy");
    const Read r = readBack(bytes, format);
    QVERIFY2(r.report.ok(), describe(r.report).c_str());
    QCOMPARE(r.rows.size(), kRows.size());
    for (std::size_t i = 0; i < kRows.size(); ++i)
        QCOMPARE(r.rows[i], kRows[i]);
    QCOMPARE(r.lines, (std::vector<int>{firstRow, firstRow + 1, firstRow + 2}));
}

void TestTables::csvForExcelHasAByteOrderMark()
{
    const QByteArray excel = writeTable(FileFormat::CsvForExcel, "Roster", kColumns, kRows);
    const QByteArray tools = writeTable(FileFormat::Csv, "Roster", kColumns, kRows);
    QVERIFY(excel.startsWith("\xEF\xBB\xBFservice_number,name,"));
    QVERIFY(tools.startsWith("service_number,name,")); // RFC 4180, no mark
    QCOMPARE(excel.mid(3), tools);
    QVERIFY(tools.contains("P-2,'=SUM(A1),")); // a formula-looking text is shown, not run
}

void TestTables::jsonIsFlatAndTyped()
{
    const QJsonArray a =
        QJsonDocument::fromJson(writeTable(FileFormat::Json, "Roster", kColumns, kRows)).array();
    QCOMPARE(a.size(), 3);
    QCOMPARE(a[0].toObject()["tours"].toInteger(), 3);
    QVERIFY(a[1].toObject()["birth_date"].isNull());
    QCOMPARE(a[0].toObject()["service_number"].toString(), QString("00123"));
    QCOMPARE(a[0].toObject()["allowance"].toString(), QString("1234.56"));
}

void TestTables::jsonReadsAsWritten()
{
    // Numbers as a person writes them, an unknown key, a nested value, not an object.
    const Read r = readBack(R"([{"service_number": "P-9", "tours": 4, "allowance": 12.5},
                                {"service_number": "P-8", "grade": 3},
                                {"service_number": ["x"]}, 7])",
                            FileFormat::Json);
    QCOMPARE(r.rows.size(), std::size_t(1));
    QCOMPARE(r.rows[0], (std::vector<std::string>{"P-9", "", "", "4", "12.50"}));
    const std::string text = describe(r.report);
    QVERIFY2(text.find("grade") != std::string::npos, text.c_str());
    QVERIFY2(text.find("is not a single value") != std::string::npos, text.c_str());
    QVERIFY2(text.find("is not an object") != std::string::npos, text.c_str());
    QVERIFY(!readBack("{}", FileFormat::Json).report.ok()); // not an array
}

void TestTables::workbookRoundTripChangesNothing()
{
    const QByteArray first = writeTable(FileFormat::Xlsx, "Roster", kColumns, kRows);
    QVERIFY(first.startsWith("PK"));
    const Read r = readBack(first, FileFormat::Xlsx);
    QVERIFY(r.report.ok());
    QCOMPARE(r.report.sheet, std::string("Roster"));
    const QByteArray second = writeTable(FileFormat::Xlsx, "Roster", kColumns, r.rows);
    const Read again = readBack(second, FileFormat::Xlsx);
    QCOMPARE(again.rows, r.rows);
}

// Issue #18, item 2: a bold header row that stays in view, a filter over every row written,
// columns as wide as their widest value (measured in the same single pass that writes the
// rows), text columns typed as text, money with two decimals and the euro sign.
void TestTables::workbookLayout()
{
    std::vector<std::vector<std::string>> rows = kRows;
    rows.push_back({"P-4", std::string(40, 'x'), "2001-01-01", "7", "1000000.00"});
    const QByteArray book = writeTable(FileFormat::Xlsx, "Roster", kColumns, rows, "d. mm. yyyy");
    const QByteArray sheet = workbookPart(book, "xl/worksheets/sheet1.xml");
    QVERIFY2(!sheet.isEmpty(), book.left(64).constData());
    QVERIFY(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                           "state=\"frozen\"/>"));
    QVERIFY2(sheet.contains("<autoFilter ref=\"A1:E5\"/>"), sheet.right(400).constData());
    QVERIFY(sheet.contains("<dimension ref=\"A1:E5\"/>"));
    // "service_number" (14 characters) and its filter button; the 40 x's; a date as
    // "d. mm. yyyy" shows at least 10; "1,000,000.00 €" is 14 characters.
    const auto width = [&sheet](int column) {
        const QByteArray tag = "<col min=\"" + QByteArray::number(column) + "\" max=\""
                               + QByteArray::number(column) + "\" width=\"";
        const qsizetype at = sheet.indexOf(tag);
        return at < 0 ? -1.0
                      : sheet
                            .mid(at + tag.size(),
                                 sheet.indexOf('"', at + tag.size()) - at - tag.size())
                            .toDouble();
    };
    QVERIFY2(width(1) >= 17 && width(1) < 20, QByteArray::number(width(1)).constData());
    QVERIFY2(width(2) >= 40 && width(2) < 43, QByteArray::number(width(2)).constData());
    QVERIFY2(width(3) >= 13 && width(3) < 16, QByteArray::number(width(3)).constData());
    QVERIFY2(width(5) >= 15 && width(5) < 18, QByteArray::number(width(5)).constData());
    const QByteArray styles = workbookPart(book, "xl/styles.xml");
    QVERIFY(styles.contains("<b/>"));
    QVERIFY(styles.contains("formatCode=\"@\""));
    QVERIFY(styles.contains("formatCode=\"d. mm. yyyy\""));
    QVERIFY(styles.contains("formatCode=\"#,##0.00\\ &quot;€&quot;\""));
}

void TestTables::spreadsheetDateFormats()
{
    QCOMPARE(spreadsheetDateFormat(QLocale::c()), std::string("yyyy-mm-dd"));
    QCOMPARE(spreadsheetDateFormat(QLocale(QLocale::Slovenian, QLocale::Slovenia)),
             std::string("d. mm. yyyy"));
    QCOMPARE(spreadsheetDateFormat(QLocale(QLocale::English, QLocale::UnitedKingdom)),
             std::string("dd/mm/yyyy"));
}

void TestTables::libreOfficeWorkbookReadsAsMeant()
{
    // Saved by LibreOffice 7.4 (tests/data/xlsx/README.md): text service numbers with
    // leading zeros, date cells, Slovene letters, a formula-looking text.
    std::vector<TableColumn> roster;
    for (const char* name : {"service_number", "given_name", "family_name", "gender", "birth_date",
                             "rank", "unit", "email", "languages", "skills"})
        roster.push_back(
            {name, std::string_view(name) == "birth_date" ? CellType::Date : CellType::Text});
    const Read r = readBack(fixture("roster-libreoffice.xlsx"), FileFormat::Xlsx, {}, roster);
    QVERIFY2(r.report.ok(), describe(r.report).c_str());
    QCOMPARE(r.rows.size(), std::size_t(5));
    QCOMPARE(r.rows[0][0], std::string("00123"));
    QCOMPARE(r.rows[0][1], std::string("Špela"));
    QCOMPARE(r.rows[0][2], std::string("Žagar"));
    QCOMPARE(r.rows[0][4], std::string("1985-03-12"));
    QCOMPARE(r.rows[1][0], std::string("456")); // a number: what the spreadsheet kept
    QCOMPARE(r.rows[1][2], std::string("Ćirić"));
    QCOMPARE(r.rows[1][9], std::string("=SUM(A1)"));
    QCOMPARE(r.rows[2][2], std::string("Đurđević"));
    QCOMPARE(r.rows[2][4], std::string("1992-02-29"));
    QCOMPARE(r.rows[3][4], std::string()); // no birth date
}

void TestTables::aNamedSheet()
{
    const std::vector<TableColumn> three{{"service_number"}, {"given_name"}, {"family_name"}};
    const Read second = readBack(fixture("two-sheets.xlsx"), FileFormat::Xlsx, "Officers", three);
    QVERIFY2(second.report.ok(), describe(second.report).c_str());
    QCOMPARE(second.rows.size(), std::size_t(2));
    const Read missing = readBack(fixture("two-sheets.xlsx"), FileFormat::Xlsx, "Nope", three);
    QCOMPARE(missing.report.problems.size(), std::size_t(1));
    QVERIFY(describe(missing.report).find("\"Notes\", \"Officers\"") != std::string::npos);
}

void TestTables::badWorkbooks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::newRow("not a workbook")
        << fixture("not-a-workbook.xlsx") << "the file is not an .xlsx workbook";
    QTest::newRow("password") << fixture("password.xlsx")
                              << "the file is password-protected; save it without a password";
    QTest::newRow("empty sheet") << fixture("empty-sheet.xlsx") << "is empty";
    QTest::newRow("merged header")
        << fixture("merged-header.xlsx") << "the header has merged cells (A1:B1); unmerge them";
    QTest::newRow("empty file") << QByteArray() << "is empty";
}

void TestTables::badWorkbooks()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const Read r = readBack(bytes, FileFormat::Xlsx);
    QVERIFY(r.rows.empty());
    QCOMPARE(r.report.problems.size(), std::size_t(1));
    const QString text = QString::fromStdString(describe(r.report));
    QVERIFY2(text.contains(says), qPrintable(text));
    QCOMPARE(text.count('\n'), 1); // one clear line
}

void TestTables::problemsNameSheetRowAndColumnLetter()
{
    // A formula where a value is expected: its cell is named as the spreadsheet shows it.
    const std::vector<TableColumn> five{{"service_number"},
                                        {"given_name"},
                                        {"family_name"},
                                        {"gender"},
                                        {"birth_date", CellType::Date}};
    const Read r = readBack(fixture("formula.xlsx"), FileFormat::Xlsx, {}, five);
    const std::string text = describe(r.report);
    QVERIFY2(text.find("sheet Roster, row 3, column B (given_name): holds a formula; paste it "
                       "as a value")
                 != std::string::npos,
             text.c_str());
    QVERIFY(text.find("row 3, column E (birth_date): holds a formula") != std::string::npos);
    QCOMPARE(r.rows.size(), std::size_t(1)); // row 2 is fine; row 3 is not passed on
    // A cell right of the header is named by its letter.
    const Read wide = readBack(
        handMadeWorkbook(inlineRow(1, {"service_number"}) + inlineRow(2, {"P-1", "stray"})),
        FileFormat::Xlsx, {}, {{"service_number"}});
    QVERIFY2(describe(wide.report).find("row 2, column B") != std::string::npos,
             describe(wide.report).c_str());
}

void TestTables::tooManyRows()
{
    const QByteArray last = "<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>";
    const Read r = readBack(handMadeWorkbook(inlineRow(1, {"service_number"}) + last),
                            FileFormat::Xlsx, {}, {{"service_number"}});
    QCOMPARE(r.report.problems.size(), std::size_t(1));
    QVERIFY2(describe(r.report).find("more than 1 048 576 rows") != std::string::npos,
             describe(r.report).c_str());
    QVERIFY(r.rows.empty());
}

void TestTables::wrongRowWidthIsRefused()
{
    QVERIFY_THROWS_EXCEPTION(InputError,
                             writeTable(FileFormat::Xlsx, "Roster", kColumns, {{"only one"}}));
}

void TestTables::streamedTablesAreWrittenAsTheyCome_data()
{
    QTest::addColumn<FileFormat>("format");
    QTest::newRow("csv") << FileFormat::Csv;
    QTest::newRow("csv for excel") << FileFormat::CsvForExcel;
    QTest::newRow("xlsx") << FileFormat::Xlsx;
    QTest::newRow("json") << FileFormat::Json;
}

// Rows from a source, written to a device as they come (a CSV reaches the device before the
// last row is made), the same file as from the rows in memory; every format reads its source
// once (a workbook measures its columns on the way); a row of the wrong width is refused.
void TestTables::streamedTablesAreWrittenAsTheyCome()
{
    QFETCH(FileFormat, format);
    std::vector<std::vector<std::string>> many;
    for (int i = 0; i < 5000; ++i)
        many.push_back({"P-" + std::to_string(i), "Špela Žagar " + std::to_string(i), "1985-03-02",
                        std::to_string(i), "12.50"});
    QByteArray streamed;
    QBuffer device(&streamed);
    device.open(QIODevice::WriteOnly);
    int passes = 0;
    qint64 writtenBeforeTheLastRow = -1;
    writeTable(device, format, "Roster", kColumns,
               [&](const std::function<void(const std::vector<std::string>&)>& each) {
                   ++passes;
                   for (std::size_t r = 0; r < many.size(); ++r) {
                       if (r + 1 == many.size())
                           writtenBeforeTheLastRow = device.pos();
                       each(many[r]);
                   }
               });
    QCOMPARE(passes, 1);
    if (format != FileFormat::Xlsx) {
        QVERIFY(writtenBeforeTheLastRow > 0); // flushed on the way, not held to the end
        QCOMPARE(streamed, writeTable(format, "Roster", kColumns, many));
    }
    const Read back = readBack(streamed, format);
    QVERIFY2(back.report.ok(), describe(back.report).c_str());
    QCOMPARE(back.rows.size(), many.size());
    QCOMPARE(back.rows.back(), many.back());

    QBuffer other;
    other.open(QIODevice::WriteOnly);
    QVERIFY_THROWS_EXCEPTION(
        InputError,
        writeTable(other, format, "Roster", kColumns,
                   [](const std::function<void(const std::vector<std::string>&)>& each) {
                       each({"P-1", "A", "", "", ""});
                       each({"too short"});
                   }));
}

void TestTables::aRefusingDeviceIsAnError()
{
    QBuffer closed; // never opened: every write fails
    try {
        writeTable(closed, FileFormat::Csv, "Roster", kColumns,
                   [](const std::function<void(const std::vector<std::string>&)>& each) {
                       each(kRows[0]);
                   });
        QFAIL("a device that refuses writes went unnoticed");
    } catch (const Error& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains("cannot write the table"), e.what());
    }
}

// Text XML can't hold as it is: markup characters, a "_xHHHH_" that really is in the text,
// line ends, and control characters (written as _xHHHH_, as Excel does).
void TestTables::awkwardTextSurvivesAWorkbook()
{
    const std::vector<std::vector<std::string>> rows{
        {"_x0041_", "a & b <c> \"d\" 'e'", "", "", ""},
        {"P-2", "line\nbreak\r\nand\ttab", "", "", ""},
        {"_x005F_", "__x12_ _xZZZZ_ _x0041", "", "", ""},
    };
    const QByteArray book = writeTable(FileFormat::Xlsx, "O'Brien & <Co>", kColumns, rows);
    const Read r = readBack(book, FileFormat::Xlsx);
    QVERIFY2(r.report.ok(), describe(r.report).c_str());
    QCOMPARE(r.rows, rows);
    QCOMPARE(r.report.sheet, std::string("O'Brien & <Co>"));
    // Excel's name for the filter's rows quotes the sheet's name, an apostrophe in it doubled.
    QVERIFY(workbookPart(book, "xl/workbook.xml")
                .contains(">'O''Brien &amp; &lt;Co&gt;'!$A$1:$E$4</definedName>"));
    // The readers refuse control characters in a field; a workbook still holds them, escaped.
    const QByteArray bell =
        writeTable(FileFormat::Xlsx, "Roster", kColumns, {{"bell\x07here", "", "", "", ""}});
    QVERIFY(workbookPart(bell, "xl/worksheets/sheet1.xml").contains("<t>bell_x0007_here</t>"));
}

// More rows than one chunk of XML the writer deflates on its own thread: every row comes back,
// in order, and the file's CRC checks out (the reader unpacks the whole sheet).
void TestTables::aBigWorkbookRoundTrips()
{
    std::vector<std::vector<std::string>> many;
    for (int i = 0; i < 40'000; ++i)
        many.push_back({"P-" + std::to_string(i), "Špela Žagar " + std::to_string(i),
                        i % 3 ? "1985-03-02" : "", std::to_string(i * 7),
                        i % 5 ? "12.50" : "-3.05"});
    const QByteArray book = writeTable(FileFormat::Xlsx, "Roster", kColumns, many);
    QVERIFY(workbookPart(book, "xl/worksheets/sheet1.xml").size() > 3 * (1 << 20));
    const Read back = readBack(book, FileFormat::Xlsx);
    QVERIFY2(back.report.ok(), describe(back.report).c_str());
    QCOMPARE(back.rows, many);
    QCOMPARE(book, writeTable(FileFormat::Xlsx, "Roster", kColumns, many)); // the same bytes
}

// A row source that fails after several chunks went to the deflating thread: the error comes
// through as it was, and nothing is written to the device.
void TestTables::aSourceFailingHalfwayLeavesNoWorkbook()
{
    QByteArray bytes;
    QBuffer device(&bytes);
    device.open(QIODevice::WriteOnly);
    try {
        writeTable(device, FileFormat::Xlsx, "Roster", kColumns,
                   [](const std::function<void(const std::vector<std::string>&)>& each) {
                       for (int i = 0; i < 60'000; ++i)
                           each({"P-" + std::to_string(i), "Name", "2001-01-01", "1", "1.00"});
                       throw Error("the store went away");
                   });
        QFAIL("the source's error was lost");
    } catch (const Error& e) {
        QCOMPARE(std::string(e.what()), std::string("the store went away"));
    }
    QVERIFY(bytes.isEmpty());
}

QTEST_GUILESS_MAIN(TestTables)
#include "tst_tables.moc"
