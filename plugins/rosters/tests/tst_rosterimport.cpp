// Roster import and export: every bad input is named by line and column and
// writes nothing; good files add then update; export -> import -> export is
// byte-identical; and the `rosters` command around them.

#include "rosterimportdata.h"
#include "rostercommands.h"
#include "rosterimport.h"
#include "rostercsv.h"
#include "rosterlanguages.h"
#include "rosterrecords.h"

#include <contingent/sdk/changes.h>
#include <contingent/sdk/checks.h>
#include <contingent/sdk/context.h>
#include <contingent/sdk/migrations.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTest>

#include <memory>
#include <sstream>

using namespace contingent;
using namespace contingent::rosters;

Q_DECLARE_METATYPE(contingent::rosters::RosterFormat)

using namespace rosterimporttest;

class TestRosterImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void badInput_data();
    void badInput();
    void everyProblemIsCollected();
    void goodImportAddsThenUpdates();
    void aRankByItsTitleIsStoredAsTheRank();
    void crlfBomAndTrailingLinesAreAccepted();
    void genderAsPeopleWriteIt_data();
    void genderAsPeopleWriteIt();
    void quotedFieldsSpanLines();
    void jsonImportMatchesCsv();
    void exportCsvQuotesOnlyWhenNeeded();
    void exportJsonKeepsTheFieldOrder();
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void formatFromName_data();
    void formatFromName();
    void libreOfficeWorkbookImports();
    void badWorkbookWritesNothing();
    void aBasicFileLeavesTheRestAsItIs();
    void aWorkbookNamesTheRecordsColumns();
};

void TestRosterImport::badInput_data()
{
    QTest::addColumn<RosterFormat>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("reason");

    const auto csv = RosterFormat::Csv;
    QTest::newRow("csv: empty file") << csv << QByteArray() << 0 << ""
                                     << "the file is empty";
    QTest::newRow("csv: BOM and blank lines") << csv << QByteArray("\xEF\xBB\xBF\r\n\n") << 0 << ""
                                              << "the file is empty";
    QTest::newRow("csv: not UTF-8 (Windows-1250 č)")
        << csv << kHeader + "P-1,Ana,Kova\xe8i\xe8,F,,,,,,\n"
        << 0 << ""
        << "the file is not UTF-8 but Windows-1250 text";
    QTest::newRow("csv: not UTF-8 (truncated sequence)")
        << csv << kHeader + csvRow(1, "Ana\xC5") << 2 << ""
        << "is not UTF-8 text";
    QTest::newRow("csv: wrong header")
        << csv << QByteArray("service_number,name\nP-1,Ana\n") << 1 << ""
        << "the header is \"service_number,name\"; expected \"service_number,given_name,";
    QTest::newRow("csv: header in another order")
        << csv
        << "given_name,service_number,family_name,gender,birth_date,rank,unit,email,languages,"
           "skills\n"
               + csvRow()
        << 1 << ""
        << "the header is";
    QTest::newRow("csv: 9 fields") << csv << kHeader + "P-3000,Ana,Novak,F,,,,,\n"
                                   << 2 << ""
                                   << "has 9 fields, expected 10";
    QTest::newRow("csv: 11 fields") << csv << kHeader + csvRow().chopped(1) + ",x\n"
                                    << 2 << ""
                                    << "has 11 fields, expected 10";
    QTest::newRow("csv: unterminated quote")
        << csv << kHeader + csvRow() + "P-3001,\"Ana,Novak,F,,,,,,\n"
        << 3 << "given_name"
        << "the quote opened here is not closed";
    QTest::newRow("csv: quote inside an unquoted field")
        << csv << kHeader + csvRow(6, "Unit \"North\"") << 2 << "unit"
        << "a quote in an unquoted field";
    QTest::newRow("csv: text after the closing quote")
        << csv << kHeader + csvRow(6, "\"North\" unit") << 2 << "unit"
        << "text after the closing quote";
    QTest::newRow("csv: empty service number")
        << csv << kHeader + csvRow(0, "") << 2 << "service_number"
        << "is empty";
    QTest::newRow("csv: blank given name") << csv << kHeader + csvRow(1, "   ") << 2 << "given_name"
                                           << "is empty";
    QTest::newRow("csv: empty family name") << csv << kHeader + csvRow(2, "") << 2 << "family_name"
                                            << "is empty";
    QTest::newRow("csv: gender Q") << csv << kHeader + csvRow(3, "Q") << 2 << "gender"
                                   << "\"Q\" is not F, M or X";
    QTest::newRow("csv: gender a word") << csv << kHeader + csvRow(3, "woman?") << 2 << "gender"
                                        << "\"woman?\" is not F, M or X";
    QTest::newRow("csv: gender empty") << csv << kHeader + csvRow(3, "") << 2 << "gender"
                                       << "is empty (F, M or X)";
    QTest::newRow("csv: 30 February")
        << csv << kHeader + csvRow(4, "2023-02-30") << 2 << "birth_date"
        << "\"2023-02-30\" is not a date (YYYY-MM-DD)";
    QTest::newRow("csv: date without leading zeros")
        << csv << kHeader + csvRow(4, "2023-2-3") << 2 << "birth_date"
        << "\"2023-2-3\" is not a date (YYYY-MM-DD)";
    QTest::newRow("csv: date in the local format")
        << csv << kHeader + csvRow(4, "30. 6. 1985") << 2 << "birth_date"
        << "is not a date";
    QTest::newRow("csv: born tomorrow")
        << csv << kHeader + csvRow(4, "2026-11-24") << 2 << "birth_date"
        << "\"2026-11-24\" is after today (2026-11-23)";
    QTest::newRow("csv: born more than 100 years ago")
        << csv << kHeader + csvRow(4, "1926-11-22") << 2 << "birth_date"
        << "\"1926-11-22\" is more than 100 years ago";
    QTest::newRow("csv: email without @")
        << csv << kHeader + csvRow(7, "ana.policija.si") << 2 << "email"
        << "\"ana.policija.si\" is not an e-mail address";
    QTest::newRow("csv: email without a dot in the domain")
        << csv << kHeader + csvRow(7, "ana@policija") << 2 << "email"
        << "\"ana@policija\" is not an e-mail address";
    QTest::newRow("csv: email with a space")
        << csv << kHeader + csvRow(7, "ana novak@policija.si") << 2 << "email"
        << "is not an e-mail address";
    QTest::newRow("csv: unknown language")
        << csv << kHeader + csvRow(8, "xx:B1") << 2 << "languages"
        << "\"xx\" is not an ISO 639-1 language code";
    QTest::newRow("csv: language in upper case")
        << csv << kHeader + csvRow(8, "EN:B1") << 2 << "languages"
        << "\"EN\" is not an ISO 639-1 language code";
    QTest::newRow("csv: level D1") << csv << kHeader + csvRow(8, "en:D1") << 2 << "languages"
                                   << "en: \"D1\" is not a CEFR level";
    QTest::newRow("csv: language twice")
        << csv << kHeader + csvRow(8, "en:C1;fr:B1;en:B2") << 2 << "languages"
        << "en is listed twice";
    QTest::newRow("csv: malformed pair") << csv << kHeader + csvRow(8, "en-C1") << 2 << "languages"
                                         << "\"en-C1\" is not language:level (e.g. en:C1)";
    QTest::newRow("csv: two colons") << csv << kHeader + csvRow(8, "en:C1:B2") << 2 << "languages"
                                     << "\"en:C1:B2\" is not language:level";
    QTest::newRow("csv: service number twice")
        << csv << kHeader + csvRow() + csvRow(-1, {}, "P-3001") + csvRow() << 4 << "service_number"
        << "\"P-3000\" is also on line 2";
    QTest::newRow("csv: existing service number twice")
        << csv << kHeader + csvRow(-1, {}, "P-0001") + csvRow(-1, {}, "P-0001") << 3
        << "service_number"
        << "\"P-0001\" is also on line 2";
    QTest::newRow("csv: empty line between rows")
        << csv << kHeader + csvRow() + "\n" + csvRow(-1, {}, "P-3001") << 3 << ""
        << "the line is empty";

    const auto js = RosterFormat::Json;
    QTest::newRow("json: empty file") << js << QByteArray(" \n") << 0 << ""
                                      << "the file is empty";
    QTest::newRow("json: not UTF-8")
        << js << json({jsonRecord()}).replace("Novak", "Nov\xe1k") << 0 << ""
        << "line 5 is not UTF-8 text";
    QTest::newRow("json: not JSON") << js << QByteArray("[\n  {\"service_number\": }\n]") << 0 << ""
                                    << "the file is not valid JSON: ";
    QTest::newRow("json: an object, not an array")
        << js << QJsonDocument(jsonRecord()).toJson() << 0 << ""
        << "the file must hold a JSON array of officers";
    QTest::newRow("json: a record that is not an object")
        << js << json({jsonRecord(), 42}) << 2 << ""
        << "is not an object";
    QTest::newRow("json: missing given_name")
        << js << json({jsonRecord("given_name", QJsonValue::Undefined)}) << 1 << "given_name"
        << "is missing";
    QTest::newRow("json: empty family_name")
        << js << json({jsonRecord("family_name", "")}) << 1 << "family_name"
        << "is empty";
    QTest::newRow("json: service number as a number")
        << js << json({jsonRecord("service_number", 3000)}) << 1 << "service_number"
        << "must be a string";
    QTest::newRow("json: unknown key")
        << js << json({jsonRecord("nickname", "Anči")}) << 1 << "nickname"
        << "is not a roster field";
    QTest::newRow("json: gender Q") << js << json({jsonRecord("gender", "Q")}) << 1 << "gender"
                                    << "\"Q\" is not F, M or X";
    QTest::newRow("json: 30 February")
        << js << json({jsonRecord("birth_date", "2023-02-30")}) << 1 << "birth_date"
        << "\"2023-02-30\" is not a date (YYYY-MM-DD)";
    QTest::newRow("json: birth date as a number")
        << js << json({jsonRecord("birth_date", 1985)}) << 1 << "birth_date"
        << "must be a string (YYYY-MM-DD) or null";
    QTest::newRow("json: email without @")
        << js << json({jsonRecord("email", "ana")}) << 1 << "email"
        << "\"ana\" is not an e-mail address";
    QTest::newRow("json: languages as CSV text")
        << js << json({jsonRecord("languages", "en:C1")}) << 1 << "languages"
        << "must be an object such as {\"en\": \"C1\"}";
    QTest::newRow("json: unknown language")
        << js << json({jsonRecord("languages", QJsonObject{{"xx", "B1"}})}) << 1 << "languages"
        << "\"xx\" is not an ISO 639-1 language code";
    QTest::newRow("json: level D1")
        << js << json({jsonRecord("languages", QJsonObject{{"en", "D1"}})}) << 1 << "languages"
        << "en: \"D1\" is not a CEFR level";
    QTest::newRow("json: level as a number")
        << js << json({jsonRecord("languages", QJsonObject{{"en", 1}})}) << 1 << "languages"
        << "en: the level must be a string";
    QTest::newRow("json: skills as text")
        << js << json({jsonRecord("skills", "first aid")}) << 1 << "skills"
        << "must be an array of strings";
    QTest::newRow("json: a skill with ;")
        << js << json({jsonRecord("skills", QJsonArray{"first aid;diving"})}) << 1 << "skills"
        << "skill \"first aid;diving\" must not contain ';'";
    // Issue #15, item 3: the rest of the record, in a full file.
    const auto full = [](int index, const QByteArray& value) {
        return kFullHeader + fullRow(index, value);
    };
    QTest::newRow("csv: competency test not a day")
        << csv << full(10, "2025-13-01") << 2 << "competency_test"
        << "\"2025-13-01\" is not a date (YYYY-MM-DD)";
    QTest::newRow("csv: passport expiry as words")
        << csv << full(12, "next year") << 2 << "passport_expiry"
        << "\"next year\" is not a date";
    QTest::newRow("csv: deployable maybe") << csv << full(14, "maybe") << 2 << "deployable"
                                           << "\"maybe\" is not yes or no";
    QTest::newRow("csv: not deployable without a reason")
        << csv << full(14, "No") << 2 << "not_deployable_reason"
        << "is empty: say why the officer is not deployable";
    QTest::newRow("csv: a course without its day")
        << csv << full(16, "first aid 2024-01-01") << 2 << "courses"
        << "\"first aid 2024-01-01\" is not name: issued[/expires]";
    QTest::newRow("csv: a course expiring before it was issued")
        << csv << full(16, "first aid: 2027-01-01/2024-01-01") << 2 << "courses"
        << "course \"first aid\": expires 2024-01-01, before it was issued 2027-01-01";
    QTest::newRow("csv: a course without a name")
        << csv << full(16, ": 2024-01-01") << 2 << "courses"
        << "a course has no name";
    QTest::newRow("csv: a course issued on no day")
        << csv << full(16, "first aid: 2024-02-30") << 2 << "courses"
        << "course \"first aid\": \"2024-02-30\" is not a date";
    QTest::newRow("csv: unavailability of an unknown kind")
        << csv << full(17, "holiday: 2026-07-01/2026-07-14") << 2 << "unavailability"
        << "\"holiday\" is not leave, medical, training or other";
    QTest::newRow("csv: unavailability ending before it begins")
        << csv << full(17, "leave: 2026-07-14/2026-07-01") << 2 << "unavailability"
        << "leave 2026-07-14/2026-07-01 ends before it begins";
    QTest::newRow("csv: unavailability of one day only")
        << csv << full(17, "leave: 2026-07-01") << 2 << "unavailability"
        << "\"leave: 2026-07-01\" is not kind: first/last[: note]";
    QTest::newRow("json: deployable as a number")
        << js << json({jsonRecord("deployable", 3)}) << 1 << "deployable"
        << "must be true or false";
    QTest::newRow("json: not deployable without a reason")
        << js << json({jsonRecord("deployable", false)}) << 1 << "not_deployable_reason"
        << "is empty: say why";
    QTest::newRow("json: courses as text")
        << js << json({jsonRecord("courses", "HEAT: 2024-01-01")}) << 1 << "courses"
        << "must be an array of objects";
    QTest::newRow("json: unavailability ending before it begins")
        << js
        << json({jsonRecord("unavailability", QJsonArray{QJsonObject{{"kind", "leave"},
                                                                     {"first_day", "2026-07-14"},
                                                                     {"last_day", "2026-07-01"},
                                                                     {"note", ""}}})})
        << 1 << "unavailability"
        << "leave 2026-07-14/2026-07-01 ends before it begins";
    QTest::newRow("json: a course without its issue day")
        << js << json({jsonRecord("courses", QJsonArray{QJsonObject{{"name", "HEAT"}}})}) << 1
        << "courses"
        << "course \"HEAT\": the day it was issued is missing";
    QTest::newRow("json: service number twice")
        << js << json({jsonRecord(), jsonRecord({}, {}, "P-3001"), jsonRecord()}) << 3
        << "service_number"
        << "\"P-3000\" is also on record 1";
}

void TestRosterImport::badInput()
{
    QFETCH(RosterFormat, format);
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, reason);

    Store store;
    QVERIFY(importRoster(store.context, kFullHeader + fullRow(-1, {}, "P-0001"), RosterFormat::Csv)
                .ok());
    const auto counts = [&] {
        return QList<std::int64_t>{
            store.count("officer"),        store.count("rosters_language"),
            store.count("rosters_skill"),  store.count("audit_log"),
            store.count("rosters_course"), store.count("rosters_unavailability"),
            store.count("rosters_profile")};
    };
    const auto before = counts();
    QSignalSpy announced(&store.changes, &sdk::ChangeNotifier::changed);

    const ImportReport report = importRoster(store.context, bytes, format);

    QVERIFY(!report.ok());
    QCOMPARE(report.problems.size(), std::size_t(1));
    const ImportProblem& p = report.problems.front();
    QCOMPARE(p.line, line);
    QCOMPARE(text(p.column), column);
    QVERIFY2(text(p.reason).contains(reason), p.reason.c_str());
    QCOMPARE(report.added + report.updated, 0);
    QCOMPARE(counts(), before);
    QCOMPARE(announced.count(), 0);
    QCOMPARE(text(store.officer("P-0001").givenName), QStringLiteral("Ana"));
}

void TestRosterImport::everyProblemIsCollected()
{
    Store store;
    const QByteArray bytes = kHeader + "P-1,Ana,Novak,Q,2023-02-30,,,,en:D1;xx:B2,\n"
                             + "P-2,Bor,Kranjc,M,,,,bor.policija.si,,\n" + "P-3,Cene,,M,,,,,\n"
                             + csvRow(-1, {}, "P-2");
    ImportReport report = importRoster(store.context, bytes, RosterFormat::Csv);
    QCOMPARE(QString::fromStdString(describe(report)),
             QStringLiteral("line 2, column gender: \"Q\" is not F, M or X\n"
                            "line 2, column birth_date: \"2023-02-30\" is not a date (YYYY-MM-DD)\n"
                            "line 2, column languages: en: \"D1\" is not a CEFR level (A1, A2, B1, "
                            "B2, C1, C2)\n"
                            "line 2, column languages: \"xx\" is not an ISO 639-1 language code "
                            "(en, fr, sl, ...)\n"
                            "line 3, column email: \"bor.policija.si\" is not an e-mail address\n"
                            "line 4: has 9 fields, expected 10\n"
                            "line 5, column service_number: \"P-2\" is also on line 3\n"));
    QCOMPARE(store.count("officer"), 0);

    report = importRoster(store.context,
                          json({jsonRecord("gender", "Q"), jsonRecord("unit", 7, "P-3001")}),
                          RosterFormat::Json);
    QCOMPARE(QString::fromStdString(describe(report)),
             QStringLiteral("record 1, key gender: \"Q\" is not F, M or X\n"
                            "record 2, key unit: must be a string\n"));
    report = importRoster(store.context, "", RosterFormat::Json);
    QCOMPARE(describe(report), std::string("the file is empty\n"));
}

void TestRosterImport::goodImportAddsThenUpdates()
{
    Store store;
    QSignalSpy announced(&store.changes, &sdk::ChangeNotifier::changed);
    const std::int64_t auditBefore = store.count("audit_log");

    ImportReport report = importRoster(store.context, kRoster, RosterFormat::Csv);
    QVERIFY2(report.ok(), describe(report).c_str());
    QCOMPARE(report.added, 3);
    QCOMPARE(report.updated, 0);
    QCOMPARE(announced.count(), 1);
    QCOMPARE(announced.front().at(0).toString(), QStringLiteral("officer"));
    // Issue #15, item 10: one entry for each officer added (with what it holds), one with the
    // counts.
    QCOMPARE(store.count("audit_log"), auditBefore + 4);
    const auto added = store.context.audit().entries("officer", store.officer("P-1002").id);
    QCOMPARE(added.size(), std::size_t(1));
    QCOMPARE(text(added.front().action), QStringLiteral("import"));
    QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(added.front().detailsJson)).object(),
             (QJsonObject{{"row", 3},
                          {"new", QJsonObject{{"service_number", "P-1002"},
                                              {"given_name", "Žiga"},
                                              {"family_name", "Čuk"},
                                              {"gender", "M"},
                                              {"rank", "sergeant"},
                                              {"unit", "Unit \"North\""},
                                              {"languages", "sl:C2"}}}}));
    const auto audit = store.context.audit().entries("rosters.roster");
    QCOMPARE(audit.size(), std::size_t(1));
    QCOMPARE(text(audit.front().action), QStringLiteral("import"));
    QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(audit.front().detailsJson)).object(),
             (QJsonObject{{"added", 3}, {"updated", 0}}));

    sdk::Officer spela = store.officer("P-1001");
    QCOMPARE(text(spela.givenName), QStringLiteral("Špela"));
    QCOMPARE(text(spela.familyName), QStringLiteral("Kovačič"));
    QCOMPARE(text(spela.gender), QStringLiteral("F"));
    QCOMPARE(spela.birthDate, sdk::Date::fromIso("1985-06-30"));
    QCOMPARE(text(spela.rank), QStringLiteral("inspector"));
    QCOMPARE(text(spela.unit), QStringLiteral("Ljubljana, border police"));
    QCOMPARE(text(spela.email), QStringLiteral("spela@policija.si"));
    QVERIFY(spela.active);
    QCOMPARE(languagesOf(store, "P-1001"), QStringLiteral("en:C1;fr:B2"));
    QCOMPARE(skillsOf(store, "P-1001"), QStringLiteral("diving;first aid"));
    const sdk::Officer ziga = store.officer("P-1002");
    QCOMPARE(text(ziga.givenName), QStringLiteral("Žiga"));
    QCOMPARE(text(ziga.familyName), QStringLiteral("Čuk"));
    QCOMPARE(text(ziga.unit), QStringLiteral("Unit \"North\""));
    QVERIFY(!ziga.birthDate);
    QCOMPARE(text(ziga.email), QString());
    QCOMPARE(skillsOf(store, "P-1002"), QString());
    QCOMPARE(text(store.officer("P-1003").familyName), QStringLiteral("Šuštar"));

    spela.active = false;
    store.context.officers().update(spela);
    announced.clear();
    report = importRoster(store.context,
                          kHeader
                              + "P-1001,Špela,Kovačič Novak,F,1985-06-30,chief inspector,Maribor,,"
                                "de:B1,\n"
                              + "P-1004,Ana,Zupan,F,,,,,,\n",
                          RosterFormat::Csv);
    QVERIFY2(report.ok(), describe(report).c_str());
    QCOMPARE(report.added, 1);
    QCOMPARE(report.updated, 1);
    QCOMPARE(announced.count(), 1);
    QCOMPARE(store.count("officer"), 4);
    const sdk::Officer updated = store.officer("P-1001");
    QCOMPARE(updated.id, spela.id);
    QVERIFY(!updated.active);
    QCOMPARE(text(updated.familyName), QStringLiteral("Kovačič Novak"));
    QCOMPARE(text(updated.rank), QStringLiteral("chief inspector"));
    QCOMPARE(text(updated.unit), QStringLiteral("Maribor"));
    QCOMPARE(text(updated.email), QString());
    QCOMPARE(languagesOf(store, "P-1001"), QStringLiteral("de:B1"));
    QCOMPARE(skillsOf(store, "P-1001"), QString());
    QCOMPARE(languagesOf(store, "P-1002"), QStringLiteral("sl:C2"));
    QVERIFY(store.officer("P-1004").active);

    // The officer changed has an entry with the old and new values of what changed, and only
    // that; the import's own count entry follows.
    const auto changed = store.context.audit().entries("officer", spela.id);
    QCOMPARE(text(changed.front().action), QStringLiteral("import"));
    QCOMPARE(
        QJsonDocument::fromJson(QByteArray::fromStdString(changed.front().detailsJson)).object(),
        (QJsonObject{{"row", 2},
                     {"old", QJsonObject{{"family_name", "Kovačič"},
                                         {"rank", "inspector"},
                                         {"unit", "Ljubljana, border police"},
                                         {"email", "spela@policija.si"},
                                         {"languages", "en:C1;fr:B2"},
                                         {"skills", "diving;first aid"}}},
                     {"new", QJsonObject{{"family_name", "Kovačič Novak"},
                                         {"rank", "chief inspector"},
                                         {"unit", "Maribor"},
                                         {"email", ""},
                                         {"languages", "de:B1"},
                                         {"skills", ""}}}}));
    QCOMPARE(changed.front().actor, std::string("ana"));

    // The same file again changes nothing, and records no officer.
    const std::int64_t entries = store.count("audit_log");
    report =
        importRoster(store.context, exportRoster(store.db, RosterFormat::Csv), RosterFormat::Csv);
    QVERIFY2(report.ok(), describe(report).c_str());
    QCOMPARE(report.updated, 4);
    QCOMPARE(store.count("audit_log"), entries + 1); // the counts only
}

void TestRosterImport::genderAsPeopleWriteIt_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QString>("stored");
    for (const char* w : {"F", "f", "female", "Woman", "Ž", "ž", "ženska", "ŽENSKA"})
        QTest::addRow("%s", w) << QByteArray(w) << "F";
    for (const char* m : {"M", "m", "male", "Moški", "moški", "MOSKI"})
        QTest::addRow("%s", m) << QByteArray(m) << "M";
    for (const char* x : {"X", "x", "other", "drugo"})
        QTest::addRow("%s", x) << QByteArray(x) << "X";
}

void TestRosterImport::genderAsPeopleWriteIt()
{
    QFETCH(QByteArray, written);
    QFETCH(QString, stored);
    Store store;
    const ImportReport report =
        importRoster(store.context, kHeader + csvRow(3, written), RosterFormat::Csv);
    QVERIFY2(report.ok(), describe(report).c_str());
    QCOMPARE(QString::fromStdString(store.context.officers().findByServiceNumber("P-3000")->gender),
             stored);
    // The form reads it the same way.
    QCOMPARE(QString::fromStdString(genderCode(written.toStdString())), stored);
}

// A Slovene spreadsheet gives the ranks by the titles the window shows (rankTitle()): each is
// stored as the rank it stands for, as the form stores it; another rank as written.
void TestRosterImport::aRankByItsTitleIsStoredAsTheRank()
{
    QTranslator slovene;
    QVERIFY(slovene.load(QStringLiteral(CONTINGENT_ROSTERS_QM)));
    QCoreApplication::installTranslator(&slovene);
    Store store;
    const ImportReport report = importRoster(store.context,
                                             kHeader + csvRow(5, "višji policist", "P-3001")
                                                 + csvRow(5, "inšpektor", "P-3002"),
                                             RosterFormat::Csv);
    QCoreApplication::removeTranslator(&slovene);
    QVERIFY2(report.ok(), describe(report).c_str());
    QCOMPARE(store.context.officers().findByServiceNumber("P-3001")->rank,
             std::string("senior police officer"));
    QCOMPARE(store.context.officers().findByServiceNumber("P-3002")->rank,
             std::string("inšpektor"));
}

void TestRosterImport::crlfBomAndTrailingLinesAreAccepted()
{
    Store lf;
    QVERIFY(importRoster(lf.context, kRoster, RosterFormat::Csv).ok());
    QByteArray crlf = kRoster;
    crlf.replace("\n", "\r\n");
    Store windows;
    const ImportReport report =
        importRoster(windows.context, "\xEF\xBB\xBF" + crlf + "\r\n\r\n", RosterFormat::Csv);
    QVERIFY2(report.ok(), describe(report).c_str());
    QCOMPARE(report.added, 3);
    QCOMPARE(exportRoster(windows.db, RosterFormat::Csv), exportRoster(lf.db, RosterFormat::Csv));
    QCOMPARE(exportRoster(windows.db, RosterFormat::Csv), asExported(kRoster));
}

void TestRosterImport::quotedFieldsSpanLines()
{
    Store store;
    const QByteArray bytes = kHeader
                             + "P-1,\"Ana \"\"Anči\"\"\",Novak,F,,,\"Ljubljana,\r\nSector 2\",,,"
                               "\"first aid, advanced;diving\"\r\n"
                             + csvRow(3, "Q");
    ImportReport report = importRoster(store.context, bytes, RosterFormat::Csv);
    QCOMPARE(report.problems.size(), std::size_t(1));
    QCOMPARE(report.problems.front().line, 4);
    QCOMPARE(text(report.problems.front().column), QStringLiteral("gender"));

    report =
        importRoster(store.context, bytes.left(bytes.lastIndexOf("P-3000")), RosterFormat::Csv);
    QVERIFY2(report.ok(), describe(report).c_str());
    const sdk::Officer o = store.officer("P-1");
    QCOMPARE(text(o.givenName), QStringLiteral("Ana \"Anči\""));
    QCOMPARE(text(o.unit), QStringLiteral("Ljubljana,\nSector 2"));
    QCOMPARE(skillsOf(store, "P-1"), QStringLiteral("diving;first aid, advanced"));
}

void TestRosterImport::jsonImportMatchesCsv()
{
    Store fromCsv;
    QVERIFY(importRoster(fromCsv.context, kRoster, RosterFormat::Csv).ok());
    QJsonObject ziga{{"service_number", "P-1002"}, {"given_name", "Žiga"},
                     {"family_name", "Čuk"},       {"gender", "M"},
                     {"birth_date", QJsonValue()}, {"rank", "sergeant"},
                     {"unit", "Unit \"North\""},   {"languages", QJsonObject{{"sl", "C2"}}}};
    QJsonObject matej{{"service_number", "P-1003"},
                      {"given_name", "Matej"},
                      {"family_name", "Šuštar"},
                      {"gender", "X"}};
    QJsonObject spela{{"service_number", " P-1001 "},
                      {"given_name", "Špela"},
                      {"family_name", "Kovačič"},
                      {"gender", "F"},
                      {"birth_date", "1985-06-30"},
                      {"rank", "inspector"},
                      {"unit", "Ljubljana, border police"},
                      {"email", "spela@policija.si"},
                      {"languages", QJsonObject{{"fr", "B2"}, {"en", "C1"}}},
                      {"skills", QJsonArray{"first aid", "diving", "first aid", " "}}};
    Store fromJson;
    ImportReport report =
        importRoster(fromJson.context, json({ziga, matej, spela}), RosterFormat::Json);
    QVERIFY2(report.ok(), describe(report).c_str());
    QCOMPARE(report.added, 3);
    QCOMPARE(exportRoster(fromJson.db, RosterFormat::Csv),
             exportRoster(fromCsv.db, RosterFormat::Csv));

    report = importRoster(fromJson.context, json({matej}), RosterFormat::Json);
    QCOMPARE(report.added, 0);
    QCOMPARE(report.updated, 1);
    QCOMPARE(importRoster(fromJson.context, "[]", RosterFormat::Json).ok(), true);
}

void TestRosterImport::exportCsvQuotesOnlyWhenNeeded()
{
    Store store;
    QVERIFY(importRoster(store.context, kRoster, RosterFormat::Csv).ok());
    QCOMPARE(exportRoster(store.db, RosterFormat::Csv), asExported(kRoster));
    Store empty;
    QCOMPARE(exportRoster(empty.db, RosterFormat::Csv), kFullHeader);
}

void TestRosterImport::exportJsonKeepsTheFieldOrder()
{
    Store store;
    QVERIFY(importRoster(store.context,
                         kHeader
                             + "P-1,Ana,\"Novak \"\"\\\"\"\",F,1990-01-01,,,,fr:B2;en:C1,"
                               "b;a\nP-2,Bor,Kranjc,M,,,,,,\n",
                         RosterFormat::Csv)
                .ok());
    QCOMPARE(exportRoster(store.db, RosterFormat::Json), QByteArray(R"([
    {
        "service_number": "P-1",
        "given_name": "Ana",
        "family_name": "Novak \"\\\"",
        "gender": "F",
        "birth_date": "1990-01-01",
        "rank": "",
        "unit": "",
        "email": "",
        "languages": {
            "en": "C1",
            "fr": "B2"
        },
        "skills": [
            "a",
            "b"
        ],
        "competency_test": null,
        "passport_number": "",
        "passport_expiry": null,
        "driving_licence": "",
        "deployable": true,
        "not_deployable_reason": "",
        "courses": [],
        "unavailability": []
    },
    {
        "service_number": "P-2",
        "given_name": "Bor",
        "family_name": "Kranjc",
        "gender": "M",
        "birth_date": null,
        "rank": "",
        "unit": "",
        "email": "",
        "languages": {},
        "skills": [],
        "competency_test": null,
        "passport_number": "",
        "passport_expiry": null,
        "driving_licence": "",
        "deployable": true,
        "not_deployable_reason": "",
        "courses": [],
        "unavailability": []
    }
]
)"));
    Store empty;
    QCOMPARE(exportRoster(empty.db, RosterFormat::Json), QByteArray("[]\n"));
}

void TestRosterImport::roundTripIsByteIdentical_data()
{
    QTest::addColumn<RosterFormat>("format");
    QTest::newRow("csv") << RosterFormat::Csv;
    QTest::newRow("json") << RosterFormat::Json;
    QTest::newRow("csv for excel") << RosterFormat::CsvForExcel;
    QTest::newRow("xlsx") << RosterFormat::Xlsx;
}

void TestRosterImport::roundTripIsByteIdentical()
{
    QFETCH(RosterFormat, format);
    // Written through the repository, not the importer, so the import reads
    // what the application stores.
    Store source;
    auto officers = source.context.officers();
    const auto add = [&](const char* number, const char* given, const char* family,
                         const char* unit, std::optional<sdk::Date> born,
                         std::vector<LanguageSkill> langs, std::vector<std::string> skills) {
        sdk::Officer o;
        o.serviceNumber = number;
        o.givenName = given;
        o.familyName = family;
        o.gender = "F";
        o.birthDate = born;
        o.rank = "inšpektorica";
        o.unit = unit;
        o.email = std::string(number) + "@policija.si";
        const sdk::OfficerId id = officers.add(o);
        setLanguages(source.db, id, langs);
        setSkills(source.db, id, skills);
    };
    add("P-2", "Špela", "Kovačič", "PU Ljubljana, \"Center\"", sdk::Date::fromIso("1985-06-30"),
        {{"sl", "C2"}, {"en", "C1"}, {"de", "A2"}}, {"varovanje meja", "prva pomoč, osnovna"});
    add("P-10", "Žiga \"Žiži\"", "Čuk, ml.", "Maribor\nSektor 2", std::nullopt, {}, {});
    add("P-1", "Tjaša", "Šuštar\\Zupan", "", sdk::Date::fromIso("2000-02-29"), {{"fr", "B1"}},
        {"forenzika"});
    // Issue #15, item 3: the rest of the record travels too, names with ';', ':' and '\\'.
    const auto id = [&](const char* number) { return source.officer(number).id; };
    setDocuments(source.db, id("P-2"),
                 {sdk::Date::fromIso("2025-04-30"), "PB1234567", sdk::Date::fromIso("2031-01-31"),
                  "B, C", true, ""});
    setDocuments(source.db, id("P-1"),
                 {std::nullopt, "", std::nullopt, "", false, "zdravniški pregled; čaka: izvid"});
    addCourse(source.db, id("P-2"),
              {0, "prva pomoč; napredna", sdk::Date::fromIso("2024-03-01"),
               sdk::Date::fromIso("2027-02-28")});
    addCourse(source.db, id("P-2"),
              {0, "EU CPCC: HEAT\\2", sdk::Date::fromIso("2019-05-20"), std::nullopt});
    addUnavailability(
        source.db, id("P-2"),
        {0, "leave",
         sdk::Period(sdk::Date::fromIso("2026-07-01"), sdk::Date::fromIso("2026-07-14")),
         "poletje: morje; Piran"});
    addUnavailability(
        source.db, id("P-10"),
        {0, "medical",
         sdk::Period(sdk::Date::fromIso("2026-12-24"), sdk::Date::fromIso("2026-12-24")), ""});

    const QByteArray first = exportRoster(source.db, format);
    Store target;
    const ImportReport report = importRoster(target.context, first, format);
    QVERIFY2(report.ok(), describe(report).c_str());
    QCOMPARE(report.added, 3);
    const QByteArray second = exportRoster(target.db, format);
    if (format == RosterFormat::Xlsx) {
        // A workbook records when it was made: its cells, not its bytes, are compared.
        const auto cells = [](const QByteArray& bytes) {
            sdk::ImportReport r;
            std::vector<std::vector<std::string>> rows;
            sdk::readTableRows(
                bytes, RosterFormat::Xlsx, rosterTable(), r,
                [&](sdk::CsvRecord& record, std::size_t) { rows.push_back(record.fields); });
            return rows;
        };
        QCOMPARE(cells(second), cells(first));
        QCOMPARE(cells(first).size(), std::size_t(3));
        QCOMPARE(exportRoster(target.db, RosterFormat::Csv),
                 exportRoster(source.db, RosterFormat::Csv));
        return;
    }
    QCOMPARE(second, first);
    for (const char* number : {"P-1", "P-2", "P-10"}) {
        const sdk::OfficerId from = source.officer(number).id;
        const sdk::OfficerId to = target.officer(number).id;
        const Documents a = documents(source.db, from), b = documents(target.db, to);
        QCOMPARE(b.competencyTest, a.competencyTest);
        QCOMPARE(b.passportNumber, a.passportNumber);
        QCOMPARE(b.passportExpiry, a.passportExpiry);
        QCOMPARE(b.drivingLicence, a.drivingLicence);
        QCOMPARE(b.deployable, a.deployable);
        QCOMPARE(b.notDeployableReason, a.notDeployableReason);
        QCOMPARE(courses(target.db, to).size(), courses(source.db, from).size());
        for (std::size_t i = 0; i < courses(source.db, from).size(); ++i) {
            QCOMPARE(courses(target.db, to)[i].name, courses(source.db, from)[i].name);
            QCOMPARE(courses(target.db, to)[i].issued, courses(source.db, from)[i].issued);
            QCOMPARE(courses(target.db, to)[i].expires, courses(source.db, from)[i].expires);
        }
        const auto u = unavailability(source.db, from), v = unavailability(target.db, to);
        QCOMPARE(v.size(), u.size());
        for (std::size_t i = 0; i < u.size(); ++i) {
            QCOMPARE(v[i].kind, u[i].kind);
            QVERIFY(v[i].period == u[i].period);
            QCOMPARE(v[i].note, u[i].note);
        }
    }
    QCOMPARE(courses(target.db, target.officer("P-2").id).size(), std::size_t(2));
    QVERIFY(!documents(target.db, target.officer("P-1").id).deployable);
    QVERIFY(first.contains("Kovačič"));
    QVERIFY(first.indexOf("P-1") < first.indexOf("P-10"));
    QVERIFY(first.indexOf("P-10") < first.indexOf("P-2"));
}

void TestRosterImport::formatFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format"); // -1: refused
    QTest::newRow("csv") << "csv" << int(RosterFormat::Csv);
    QTest::newRow("JSON") << "JSON" << int(RosterFormat::Json);
    QTest::newRow("roster.csv") << "roster.csv" << int(RosterFormat::Csv);
    QTest::newRow("path with .JSON") << "/tmp/export/Roster.JSON" << int(RosterFormat::Json);
    QTest::newRow("roster.txt") << "roster.txt" << -1;
    QTest::newRow("csvx") << "csvx" << -1;
    QTest::newRow("empty") << "" << -1;
}

void TestRosterImport::formatFromName()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    try {
        QCOMPARE(int(rosters::formatFromName(name.toStdString())), format);
    } catch (const sdk::InputError& e) {
        QCOMPARE(format, -1);
        QVERIFY(QString::fromUtf8(e.what()).contains("use --format csv, csv-excel, json or xlsx"));
    }
}

void TestRosterImport::libreOfficeWorkbookImports()
{
    QFile file(QStringLiteral(CONTINGENT_XLSX_FIXTURES "/roster-libreoffice.xlsx"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Store store;
    const ImportReport report = importRoster(store.context, file.readAll(), RosterFormat::Xlsx);
    QVERIFY2(report.ok(), describe(report).c_str());
    QCOMPARE(report.added, 5);
    const QByteArray csv = exportRoster(store.db, RosterFormat::Csv);
    QVERIFY2(csv.contains("00123,Špela,Žagar,F,1985-03-12,policistka,PP Ljubljana Center,"),
             csv.constData());
    QVERIFY(csv.contains("01001,Žiga,Šuštaršič,M,,"));
    QVERIFY(csv.contains(",Đurđa,Đurđević,F,1992-02-29,"));
    QVERIFY(csv.contains("'=SUM(A1)")); // text, still guarded in the CSV
}

void TestRosterImport::badWorkbookWritesNothing()
{
    Store store;
    const QByteArray workbook =
        sdk::writeTable(RosterFormat::Xlsx, "Roster", rosterTable(true),
                        {{"P-1", "Ana", "Novak", "F", "1985-03-02", "", "", "", "en:C1", ""},
                         {"P-2", "Bor", "Kos", "Q", "1986-13-01", "", "", "", "xx:Z9", ""}});
    const ImportReport report = importRoster(store.context, workbook, RosterFormat::Xlsx);
    QVERIFY(!report.ok());
    const std::string text = describe(report);
    QVERIFY2(text.find("sheet Roster, row 3, column D (gender)") != std::string::npos,
             text.c_str());
    QVERIFY2(text.find("row 3, column E (birth_date)") != std::string::npos, text.c_str());
    QVERIFY2(text.find("row 3, column I (languages)") != std::string::npos, text.c_str());
    QCOMPARE(store.count("officer"), 0); // all or nothing
}

// A file of the first ten columns (as exports before issue #15 wrote, or a spreadsheet kept by
// hand) updates the officer and leaves the documents, courses and unavailability as they are;
// a full file replaces them, and an empty full row clears them.
void TestRosterImport::aBasicFileLeavesTheRestAsItIs()
{
    Store store;
    QVERIFY(importRoster(store.context, kFullHeader + fullRow(), RosterFormat::Csv).ok());
    const auto id = [&] { return store.officer("P-3000").id; };
    QCOMPARE(courses(store.db, id()).size(), std::size_t(1));
    QCOMPARE(unavailability(store.db, id()).size(), std::size_t(1));
    QCOMPARE(documents(store.db, id()).passportNumber, std::string("PB1234567"));

    ImportReport report =
        importRoster(store.context, kHeader + csvRow(5, "chief inspector"), RosterFormat::Csv);
    QVERIFY2(report.ok(), describe(report).c_str());
    QCOMPARE(report.updated, 1);
    QCOMPARE(store.officer("P-3000").rank, std::string("chief inspector"));
    QCOMPARE(courses(store.db, id()).size(), std::size_t(1));
    QCOMPARE(unavailability(store.db, id()).size(), std::size_t(1));
    QCOMPARE(documents(store.db, id()).passportNumber, std::string("PB1234567"));

    report = importRoster(store.context, json({jsonRecord()}), RosterFormat::Json);
    QVERIFY2(report.ok(), describe(report).c_str());
    QCOMPARE(courses(store.db, id()).size(), std::size_t(1));

    // One cell changed: only it is written, and only it is recorded.
    report = importRoster(
        store.context, kFullHeader + fullRow(16, "HEAT: 2024-01-01/2027-01-01; diving: 2020-05-05"),
        RosterFormat::Csv);
    QVERIFY2(report.ok(), describe(report).c_str());
    QCOMPARE(courses(store.db, id()).size(), std::size_t(2));
    QCOMPARE(unavailability(store.db, id()).size(), std::size_t(1));
    QCOMPARE(unavailability(store.db, id()).front().note, std::string("summer"));
    QCOMPARE(documents(store.db, id()).passportNumber, std::string("PB1234567"));
    const QByteArray twoCourses =
        fullRow(16, "HEAT: 2024-01-01/2027-01-01; diving: 2020-05-05").trimmed();
    QCOMPARE(QJsonDocument::fromJson(
                 QByteArray::fromStdString(
                     store.context.audit().entries("officer", id()).front().detailsJson))
                 .object(),
             (QJsonObject{{"row", 2},
                          {"old", QJsonObject{{"courses", "HEAT: 2024-01-01/2027-01-01"}}},
                          {"new", QJsonObject{{"courses", "diving: 2020-05-05; HEAT: "
                                                          "2024-01-01/2027-01-01"}}}}));
    // Only the passport, then only the e-mail address.
    report =
        importRoster(store.context,
                     kFullHeader + QByteArray(twoCourses).replace("PB1234567", "PB7654321") + "\n",
                     RosterFormat::Csv);
    QVERIFY2(report.ok(), describe(report).c_str());
    QCOMPARE(documents(store.db, id()).passportNumber, std::string("PB7654321"));
    report = importRoster(store.context,
                          kFullHeader
                              + QByteArray(twoCourses)
                                    .replace("PB1234567", "PB7654321")
                                    .replace("ana@policija.si", "ana.novak@policija.si")
                              + "\n",
                          RosterFormat::Csv);
    QVERIFY2(report.ok(), describe(report).c_str());
    QCOMPARE(store.officer("P-3000").email, std::string("ana.novak@policija.si"));
    QCOMPARE(courses(store.db, id()).size(), std::size_t(2));

    const QByteArray cleared = kFullHeader
                               + "P-3000,Ana,Novak,F,1990-01-01,inspector,Ljubljana,"
                                 "ana@policija.si,en:C1;fr:B2,first aid,,,,,,,,\n";
    report = importRoster(store.context, cleared, RosterFormat::Csv);
    QVERIFY2(report.ok(), describe(report).c_str());
    QVERIFY(courses(store.db, id()).empty());
    QVERIFY(unavailability(store.db, id()).empty());
    QVERIFY(documents(store.db, id()).deployable);
    QCOMPARE(store.count("rosters_profile"), std::int64_t(0));
    QCOMPARE(exportRoster(store.db, RosterFormat::Csv), asExported(kHeader + csvRow()));

    // A header that is neither layout names the full one.
    report = importRoster(store.context, "service_number,given_name\nP-1,Ana\n", RosterFormat::Csv);
    QCOMPARE(report.problems.size(), std::size_t(1));
    QVERIFY2(report.problems.front().reason.find(
                 "expected \"service_number,given_name,family_name,gender,birth_date,rank,unit,"
                 "email,languages,skills,competency_test,")
                 != std::string::npos,
             report.problems.front().reason.c_str());
}

void TestRosterImport::aWorkbookNamesTheRecordsColumns()
{
    Store store;
    std::vector<std::string> row;
    for (const QByteArray& field : fullRow(14, "maybe").trimmed().split(','))
        row.push_back(field.toStdString());
    const QByteArray workbook = sdk::writeTable(RosterFormat::Xlsx, "Roster", rosterTable(), {row});
    const ImportReport report = importRoster(store.context, workbook, RosterFormat::Xlsx);
    const std::string text = describe(report);
    QVERIFY2(text.find("sheet Roster, row 2, column O (deployable): \"maybe\" is not yes or no")
                 != std::string::npos,
             text.c_str());
    QCOMPARE(store.count("officer"), std::int64_t(0));
}

QTEST_GUILESS_MAIN(TestRosterImport)
#include "tst_rosterimport.moc"
