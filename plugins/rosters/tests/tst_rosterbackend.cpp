// The Rosters page's backend: form validation per field, roles (viewers read,
// officers see and change only their own e-mail), the table filters, the
// lapsing documents for the card, change notifications, and importing and
// exporting the roster file.
#include "rosterbackend.h"
#include "rosterstore.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace contingent;
using namespace contingent::rosters;

class TestRosterBackend : public QObject {
    Q_OBJECT
private slots:
    void badFieldsAreNamedAndNothingIsWritten_data();
    void badFieldsAreNamedAndNothingIsWritten();
    void addThenEditAProfile();
    void viewersReadOnly();
    void officersSeeOnlyTheirOwnProfile();
    void filters_data();
    void filters();
    void ranksInTheWindowsLanguage();
    void lapsingInTheNext90Days();
    void bigRosterCountsAreReadInTheBackground();
    void coursesAndUnavailability();
    void importFileAddsAndUpdates();
    void importFileReportsEveryProblemAndWritesNothing();
    void importFileRefusedForViewers();
    void exportThenImportRoundTrip_data();
    void exportThenImportRoundTrip();
    void unwritableOrUnreadableFiles();
};

namespace {

QVariantMap goodForm()
{
    return {{"service_number", "P-9"},         {"given_name", "Špela"},
            {"family_name", "Žagar"},          {"gender", "F"},
            {"birth_date", "1988-02-29"},      {"email", "spela@example.org"},
            {"languages", "en:C1; fr:B2"},     {"skills", "forensics;leadership"},
            {"competency_test", "2024-05-01"}, {"passport_number", "PB1"},
            {"passport_expiry", "2031-01-01"}, {"deployable", true}};
}

int officerCount(RosterStore& s)
{
    return int(*s.db.queryValue<std::int64_t>("SELECT count(*) FROM officer"));
}

constexpr const char* kHeader =
    "service_number,given_name,family_name,gender,birth_date,rank,unit,email,languages,skills\n";

/// Writes `text` to `name` in `dir`; returns its URL as a file dialog gives it.
QUrl writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
    return QUrl::fromLocalFile(f.fileName());
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestRosterBackend::badFieldsAreNamedAndNothingIsWritten_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("service number missing") << "service_number" << QVariant("") << "Required.";
    QTest::newRow("gender") << "gender" << QVariant("Q") << "Choose F, M or X.";
    QTest::newRow("impossible date") << "birth_date" << QVariant("2023-02-30") << "is not a date";
    QTest::newRow("born in the future") << "birth_date" << QVariant("2030-01-01") << "future";
    QTest::newRow("born more than 100 years ago")
        << "birth_date" << QVariant("1900-01-01") << "more than 100 years ago";
    QTest::newRow("level D1") << "languages" << QVariant("en:D1") << "not a CEFR level";
    QTest::newRow("unknown language") << "languages" << QVariant("xx:B1") << "ISO 639-1";
    QTest::newRow("language twice") << "languages" << QVariant("en:B1;en:C1") << "twice";
    QTest::newRow("e-mail") << "email" << QVariant("not an address") << "e-mail";
    QTest::newRow("e-mail without a dot in the domain")
        << "email" << QVariant("ana@policija") << "e-mail";
    QTest::newRow("e-mail with two @") << "email" << QVariant("ana@@policija.si") << "e-mail";
    QTest::newRow("test in the future") << "competency_test" << QVariant("2026-01-01") << "future";
    QTest::newRow("reason missing") << "deployable" << QVariant(false) << "Say why";
}

void TestRosterBackend::badFieldsAreNamedAndNothingIsWritten()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    RosterStore s;
    RosterBackend backend(*s.context);
    QVariantMap form = goodForm();
    form.insert(field, value);
    const QVariantMap result = backend.saveProfile(form);
    QVERIFY(!result.value("ok").toBool());
    const QVariantMap errors = result.value("errors").toMap();
    const QString key = field == "deployable" ? "not_deployable_reason" : field;
    QVERIFY2(errors.value(key).toString().contains(message),
             qPrintable(key + ": " + errors.value(key).toString()));
    QCOMPARE(officerCount(s), 0);
    // The form's recheck gives the same error and writes nothing either.
    QCOMPARE(backend.checkProfile(form).value(key), errors.value(key));
    QVERIFY(backend.checkProfile(goodForm()).isEmpty());
    QCOMPARE(officerCount(s), 0);
    // The form reads gender as people write it, as the import does.
    QVariantMap written = goodForm();
    written.insert("gender", QStringLiteral("ženska"));
    QVERIFY(backend.checkProfile(written).isEmpty());
}

void TestRosterBackend::addThenEditAProfile()
{
    RosterStore s;
    RosterBackend backend(*s.context);
    QSignalSpy counts(&backend, &RosterBackend::countsChanged);
    const QVariantMap added = backend.saveProfile(goodForm());
    QVERIFY2(added.value("ok").toBool(), qPrintable(QVariant(added).toString()));
    // The change notifications refresh the counts once, after the save.
    QTRY_COMPARE(counts.count(), 1);
    QCOMPARE(backend.officerCount(), 1);
    QCoreApplication::processEvents();
    QCOMPARE(counts.count(), 1);
    const qint64 id = added.value("id").toLongLong();
    QVariantMap p = backend.profile(id);
    QCOMPARE(p.value("family_name").toString(), QString("Žagar"));
    QCOMPARE(p.value("languages").toString(), QString("en:C1;fr:B2"));
    QCOMPARE(p.value("competency_valid_until").toString(), QString("2027-04-30"));
    p.insert("unit", "PU Koper");
    p.insert("deployable", false);
    p.insert("not_deployable_reason", "medical restriction");
    QVERIFY(backend.saveProfile(p).value("ok").toBool());
    QCOMPARE(backend.profile(id).value("unit").toString(), QString("PU Koper"));
    QCOMPARE(backend.profile(id).value("not_deployable_reason").toString(),
             QString("medical restriction"));
    // A second officer with the same service number is refused on that field.
    const QVariantMap twice = backend.saveProfile(goodForm());
    QVERIFY(!twice.value("ok").toBool());
    QVERIFY(twice.value("errors").toMap().contains("service_number"));
    QCOMPARE(officerCount(s), 1);
}

void TestRosterBackend::viewersReadOnly()
{
    RosterStore s(sdk::Role::Viewer);
    const qint64 id = s.officer("P-1").value();
    RosterBackend backend(*s.context);
    QVERIFY(!backend.canEdit());
    QCOMPARE(backend.profile(id).value("service_number").toString(), QString("P-1"));
    QVERIFY(!backend.saveProfile(goodForm()).value("ok").toBool());
    QVERIFY(!backend.addCourse(id, {{"name", "x"}, {"issued", "2024-01-01"}}).value("ok").toBool());
    QVERIFY(
        !backend
             .addUnavailability(
                 id, {{"kind", "leave"}, {"first_day", "2025-01-01"}, {"last_day", "2025-01-02"}})
             .value("ok")
             .toBool());
    QCOMPARE(officerCount(s), 1);
}

void TestRosterBackend::officersSeeOnlyTheirOwnProfile()
{
    RosterStore staff;
    const qint64 own = staff.officer("P-1").value();
    const qint64 other = staff.officer("P-2", "Kralj", "Luka").value();
    sdk::Context officer(
        "rosters", staff.db,
        sdk::CurrentUser{"ana", "Ana", sdk::Role::Officer, sdk::OfficerId(own), true}, staff.clock,
        staff.checks, staff.changes);
    RosterBackend backend(officer);
    QVERIFY(backend.isOfficer());
    QCOMPARE(backend.ownOfficerId(), own);
    QVERIFY(!backend.profile(own).isEmpty());
    QVERIFY(backend.profile(other).isEmpty());
    QVERIFY(!backend.saveProfile(backend.profile(own)).value("ok").toBool());
    QVERIFY(!backend.saveOwnEmail("no address").value("ok").toBool());
    QVERIFY(!backend.saveOwnEmail("ana@policija").value("ok").toBool());
    QVERIFY(!backend.emailProblem("ana@policija").isEmpty());
    QVERIFY(backend.emailProblem("ana@policija.si").isEmpty());
    QVERIFY(backend.emailProblem("").isEmpty());
    QVERIFY(backend.saveOwnEmail("ana.novak@example.org").value("ok").toBool());
    QCOMPARE(backend.profile(own).value("email").toString(), QString("ana.novak@example.org"));
}

void TestRosterBackend::filters_data()
{
    QTest::addColumn<QVariantMap>("filters");
    QTest::addColumn<int>("count");
    QTest::newRow("none") << QVariantMap{} << 3;
    QTest::newRow("rank") << QVariantMap{{"rank", "inspector"}} << 1;
    QTest::newRow("french at B2 or better")
        << QVariantMap{{"language", "fr"}, {"level", "B2"}} << 1;
    QTest::newRow("any french") << QVariantMap{{"language", "fr"}} << 2;
    QTest::newRow("skill") << QVariantMap{{"skill", "forensics"}} << 1;
    QTest::newRow("available for the whole period")
        << QVariantMap{{"available_from", "2025-03-01"}, {"available_to", "2025-03-31"}} << 2;
    QTest::newRow("available before the leave")
        << QVariantMap{{"available_from", "2025-02-01"}, {"available_to", "2025-02-28"}} << 3;
}

void TestRosterBackend::filters()
{
    QFETCH(QVariantMap, filters);
    QFETCH(int, count);
    RosterStore s;
    const auto a = s.officer("A", "Adams");
    const auto b = s.officer("B", "Bolt");
    s.officer("C", "Cruz");
    sdk::Officer o = s.context->officers().get(a);
    o.rank = "inspector";
    s.context->officers().update(o);
    setLanguages(s.db, a, {{"fr", "C1"}});
    setLanguages(s.db, b, {{"fr", "B1"}});
    setSkills(s.db, b, {"forensics"});
    addUnavailability(s.db, b,
                      {0, "medical", sdk::Period::fromIso("2025-03-10", "2025-03-12"), ""});
    RosterBackend backend(*s.context);
    auto* model = qobject_cast<sdk::SqlTableModel*>(backend.officers());
    QCOMPARE(backend.setFilters(filters), QString());
    QCOMPARE(model->totalCount(), count);
    // The same filters again (the page says them as each of its fields is set): nothing is
    // read again.
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QCOMPARE(backend.setFilters(filters), QString());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model->totalCount(), count);
}

// Issue #15, item 15: the demo roster's English ranks in the window's language: shown, sorted,
// offered and filtered by their Slovene titles; a rank typed by hand stays as typed.
void TestRosterBackend::ranksInTheWindowsLanguage()
{
    QCOMPARE(rankTitleSql("o.rank"), std::string("o.rank")); // English: as stored
    QTranslator slovene;
    QVERIFY(slovene.load(QStringLiteral(CONTINGENT_ROSTERS_QM)));
    QCoreApplication::installTranslator(&slovene);
    RosterStore s;
    const auto a = s.officer("A", "Adams");
    s.officer("B", "Bolt");
    for (auto [id, rank] : {std::pair{a, "senior police inspector"}}) {
        sdk::Officer o = s.context->officers().get(id);
        o.rank = rank;
        s.context->officers().update(o);
    }
    sdk::Officer bolt = *s.context->officers().findByServiceNumber("B");
    bolt.rank = "načelnik";
    s.context->officers().update(bolt);
    QCOMPARE(rankTitle("police officer"), QStringLiteral("policist"));
    QCOMPARE(rankTitle("načelnik"), QStringLiteral("načelnik"));
    RosterBackend backend(*s.context);
    auto* model = qobject_cast<sdk::SqlTableModel*>(backend.officers());
    model->sort(0, Qt::AscendingOrder);
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->data(model->index(row, 2)).toString();
    QCOMPARE(shown, QStringList({"višji policijski inšpektor", "načelnik"}));
    const int at = int(backend.ranks().indexOf("senior police inspector"));
    QVERIFY(at >= 0);
    QCOMPARE(backend.rankTitles().at(at), QStringLiteral("višji policijski inšpektor"));
    // The filter takes the stored rank the title stands for; the text filter finds the title.
    QCOMPARE(backend.setFilters({{"rank", "senior police inspector"}}), QString());
    QCOMPARE(model->totalCount(), 1);
    QCOMPARE(backend.setFilters({}), QString());
    model->setFilter("inšpektor");
    QCOMPARE(model->totalCount(), 1);
    // The form offers the titles: a title saved stores the rank it stands for; a rank typed
    // by hand stays as typed.
    QVariantMap form = backend.profile(a.value());
    QCOMPARE(form.value("rankTitle").toString(), QStringLiteral("višji policijski inšpektor"));
    form.insert("rank", QStringLiteral("policist"));
    QVERIFY2(backend.saveProfile(form).value("ok").toBool(),
             qPrintable(QVariant(backend.saveProfile(form)).toString()));
    QCOMPARE(s.context->officers().get(a).rank, std::string("police officer"));
    form.insert("rank", QStringLiteral("višji policijski inšpektor"));
    QVERIFY(backend.saveProfile(form).value("ok").toBool());
    QCOMPARE(s.context->officers().get(a).rank, std::string("senior police inspector"));
    form.insert("rank", QStringLiteral("vodja izmene"));
    QVERIFY(backend.saveProfile(form).value("ok").toBool());
    QCOMPARE(s.context->officers().get(a).rank, std::string("vodja izmene"));
    QCOMPARE(rankKey("policist"), std::string("police officer"));
    QCOMPARE(rankKey("police officer"), std::string("police officer"));
    QCoreApplication::removeTranslator(&slovene);
    // In English the titles are the ranks.
    QCOMPARE(rankKey("policist"), std::string("policist"));
}

void TestRosterBackend::lapsingInTheNext90Days()
{
    RosterStore s; // today 2025-01-15
    const auto a = s.officer("A", "Adams");
    const auto b = s.officer("B", "Bolt");
    Documents d = documents(s.db, a);
    d.competencyTest = sdk::Date::fromIso("2022-03-01"); // lapses 2025-03-01
    setDocuments(s.db, a, d);
    d = documents(s.db, b);
    d.passportExpiry = sdk::Date::fromIso("2025-04-15"); // day 90
    setDocuments(s.db, b, d);
    // Already lapsed (Home shows them too): a passport expired yesterday, a test whose three
    // years ended; an inactive officer's documents do not count.
    const auto c = s.officer("C", "Cerar");
    d = documents(s.db, c);
    d.passportExpiry = sdk::Date::fromIso("2025-01-14");
    d.competencyTest = sdk::Date::fromIso("2021-06-01");
    setDocuments(s.db, c, d);
    const auto e = s.officer("E", "Erjavec");
    d = documents(s.db, e);
    d.competencyTest = sdk::Date::fromIso("2021-06-01");
    setDocuments(s.db, e, d);
    const auto gone = s.officer("G", "Gorup");
    d = documents(s.db, gone);
    d.passportExpiry = sdk::Date::fromIso("2020-01-01");
    setDocuments(s.db, gone, d);
    s.db.execute("UPDATE officer SET active = 0 WHERE id = ?", gone);
    RosterBackend backend(*s.context);
    QCOMPARE(backend.lapsedCount(), 2); // C (both, once) and E
    QCOMPARE(backend.lapsingCount(), 2);
    const QVariantMap first = backend.lapsing().at(0).toMap();
    QCOMPARE(first.value("name").toString(), QString("Adams, Ana"));
    QCOMPARE(first.value("date").toString(), QString("2025-03-01"));
    QCOMPARE(backend.lapsing().at(1).toMap().value("what").toString(), QString("passport"));
    QVERIFY(backend.setFilters({{"available_from", "2025-01-01"}}).contains("both"));
    QVERIFY(!backend.setFilters({{"available_from", "2025-02-30"}, {"available_to", "2025-03-01"}})
                 .isEmpty());
}

// From setBackgroundFrom() officers on, the card's counts are read on a worker (its own
// connection): nothing at first and loading, then the same figures as on the window's thread;
// a change asks again.
void TestRosterBackend::bigRosterCountsAreReadInTheBackground()
{
    QTemporaryDir dir;
    RosterStore s(sdk::Role::Planner, std::nullopt, sdk::Date::fromIso("2025-01-15"),
                  dir.filePath("roster.db").toStdString());
    const auto a = s.officer("A", "Adams");
    s.officer("B", "Bolt");
    Documents d = documents(s.db, a);
    d.competencyTest = sdk::Date::fromIso("2022-03-01"); // lapses 2025-03-01
    setDocuments(s.db, a, d);
    s.db.execute("UPDATE officer SET rank = 'police inspector' WHERE id = ?", a);
    RosterBackend here(*s.context); // two officers: below the default, read at once
    QCOMPARE(here.officerCount(), 2);
    QVERIFY(!here.loading());
    QCOMPARE(here.ranks(), QStringList{"police inspector"});

    RosterBackend backend(*s.context);
    backend.setBackgroundFrom(2);
    QSignalSpy counts(&backend, &RosterBackend::countsChanged);
    QCOMPARE(backend.officerCount(), 0); // not read yet: the first frame did not wait
    QVERIFY(backend.loading());
    QTRY_VERIFY(!backend.loading());
    QCOMPARE(counts.count(), 1);
    QCOMPARE(backend.officerCount(), 2);
    QCOMPARE(backend.lapsingCount(), 1);
    QCOMPARE(backend.lapsing(), here.lapsing());
    // The filters' choices too.
    QVERIFY(backend.ranks().isEmpty());
    QTRY_COMPARE(backend.ranks(), here.ranks());
    s.officer("C", "Cerar");
    backend.refresh();
    QVERIFY(backend.loading());
    QTRY_COMPARE(backend.officerCount(), 3);
}

void TestRosterBackend::coursesAndUnavailability()
{
    RosterStore s;
    const qint64 id = s.officer("P-1").value();
    RosterBackend backend(*s.context);
    QVariantMap r = backend.addCourse(
        id, {{"name", "HEAT"}, {"issued", "2024-05-01"}, {"expires", "2024-04-01"}});
    QVERIFY(r.value("errors").toMap().value("expires").toString().contains("before"));
    r = backend.addCourse(id, {{"name", "HEAT"}, {"issued", "2024-05-01"}, {"expires", ""}});
    QVERIFY(r.value("ok").toBool());
    r = backend.addUnavailability(
        id, {{"kind", "leave"}, {"first_day", "2025-03-10"}, {"last_day", "2025-03-01"}});
    QVERIFY(r.value("errors").toMap().contains("last_day"));
    r = backend.addUnavailability(
        id, {{"kind", "holiday"}, {"first_day", "2025-03-01"}, {"last_day", "2025-03-10"}});
    QVERIFY(!r.value("ok").toBool()); // not one of the kinds
    QVERIFY(
        backend
            .addUnavailability(
                id, {{"kind", "leave"}, {"first_day", "2025-03-01"}, {"last_day", "2025-03-10"}})
            .value("ok")
            .toBool());
    const QVariantMap p = backend.profile(id);
    QCOMPARE(p.value("courses").toList().size(), 1);
    const qint64 period = p.value("unavailability").toList().at(0).toMap().value("id").toLongLong();
    QVERIFY(backend.removeUnavailability(id, period).value("ok").toBool());
    QVERIFY(!backend.removeUnavailability(id, period).value("ok").toBool()); // gone
}

void TestRosterBackend::importFileAddsAndUpdates()
{
    RosterStore s;
    s.officer("P-1");
    RosterBackend backend(*s.context);
    QCOMPARE(backend.officerCount(), 1);
    QTemporaryDir dir;
    const QUrl file = writeFile(dir, "roster.CSV",
                                QByteArray(kHeader)
                                    + "P-1,Ana,Novak,F,1990-04-01,inspector,PU Koper,,en:C1,\n"
                                      "P-2,Luka,Kralj,M,,,,,\"fr:B2;de:A2\",forensics\n");
    const QVariantMap r = backend.importFile(file);
    QVERIFY2(r.value("ok").toBool(), qPrintable(r.value("message").toString()));
    QCOMPARE(r.value("added").toInt(), 1);
    QCOMPARE(r.value("updated").toInt(), 1);
    // The change announcement refreshes the page's counts and lists.
    QTRY_COMPARE(backend.officerCount(), 2);
    QCOMPARE(backend.units(), QStringList{"PU Koper"});
    QCOMPARE(backend.skillNames(), QStringList{"forensics"});

    // Excel's CSV in a Slovene Windows (Windows-1250): refused, with the offer to read it so;
    // read so, it imports with its letters.
    const QUrl excel =
        writeFile(dir, "excel.csv", QByteArray(kHeader) + "P-3,\x8Eiga,\x8Aker,M,,,,,,\n");
    QVariantMap refused = backend.importFile(excel);
    QVERIFY(!refused.value("ok").toBool());
    QVERIFY(refused.value("windows1250").toBool());
    const QVariantMap read = backend.importFile(excel, "windows-1250");
    QVERIFY2(read.value("ok").toBool(), qPrintable(read.value("message").toString()));
    QCOMPARE(QString::fromStdString(s.context->officers().findByServiceNumber("P-3")->givenName),
             QString::fromUtf8("Žiga"));
    QVERIFY(!backend.importFile(excel, "ebcdic").value("ok").toBool());
    // Other problems are not taken for Windows-1250.
    QVERIFY(!backend.importFile(file.resolved(QUrl("missing.csv"))).value("windows1250").toBool());
}

void TestRosterBackend::importFileReportsEveryProblemAndWritesNothing()
{
    RosterStore s;
    RosterBackend backend(*s.context);
    QTemporaryDir dir;
    const QUrl file = writeFile(dir, "roster.csv",
                                QByteArray(kHeader)
                                    + "P-1,Ana,Novak,F,2023-02-30,,,,,\n"
                                      "P-2,Luka,Kralj,M,,,,,en:D1,\n"
                                      "P-3,Eva,Zupan,Q,,,,,,\n"
                                      "P-4,Jan,Horvat,M,,,,,,\n");
    const QVariantMap r = backend.importFile(file);
    QVERIFY(!r.value("ok").toBool());
    QVERIFY(r.value("message").toString().contains("Nothing was written"));
    const QVariantList problems = r.value("problems").toList();
    QCOMPARE(problems.size(), 3);
    const QVariantMap first = problems.at(0).toMap();
    QCOMPARE(first.value("line").toInt(), 2);
    QCOMPARE(first.value("column").toString(), QString("birth_date"));
    QVERIFY(first.value("reason").toString().contains("is not a date"));
    QCOMPARE(problems.at(1).toMap().value("column").toString(), QString("languages"));
    QCOMPARE(problems.at(2).toMap().value("line").toInt(), 4);
    QVERIFY(r.value("text").toString().startsWith("line 2, column birth_date: "));
    QCOMPARE(r.value("text").toString().count('\n'), 3);
    QCOMPARE(officerCount(s), 0);
}

void TestRosterBackend::importFileRefusedForViewers()
{
    RosterStore s(sdk::Role::Viewer);
    s.officer("P-1");
    RosterBackend backend(*s.context);
    QTemporaryDir dir;
    const QUrl file =
        writeFile(dir, "roster.csv", QByteArray(kHeader) + "P-2,Luka,Kralj,M,,,,,,\n");
    const QVariantMap r = backend.importFile(file);
    QVERIFY(!r.value("ok").toBool());
    QVERIFY2(r.value("message").toString().contains("viewer"),
             qPrintable(r.value("message").toString()));
    QCOMPARE(officerCount(s), 1);
    // A viewer may still export; an officer may not.
    QVERIFY(
        backend.exportFile(QUrl::fromLocalFile(dir.filePath("out.csv")), "").value("ok").toBool());
    sdk::Context officer(
        "rosters", s.db,
        sdk::CurrentUser{"ana", "Ana", sdk::Role::Officer, sdk::OfficerId(1), true}, s.clock,
        s.checks, s.changes);
    RosterBackend own(officer);
    const QVariantMap refused = own.exportFile(QUrl::fromLocalFile(dir.filePath("x.csv")), "csv");
    QVERIFY(!refused.value("ok").toBool());
    QVERIFY(refused.value("message").toString().contains("officer"));
    QVERIFY(!QFile::exists(dir.filePath("x.csv")));
}

void TestRosterBackend::exportThenImportRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    QTest::newRow("csv by extension") << "roster.csv"
                                      << "";
    QTest::newRow("json by extension") << "roster.json"
                                       << "";
    QTest::newRow("json by the dialog's filter") << "roster"
                                                 << "json";
}

void TestRosterBackend::exportThenImportRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    RosterStore from;
    const auto a = from.officer("A-1", "Adams, Jr.", "Ann \"Nan\"");
    from.officer("B-2", "Bolt");
    setLanguages(from.db, a, {{"fr", "C1"}, {"en", "B2"}});
    setSkills(from.db, a, {"forensics", "border policing"});
    RosterBackend exporter(*from.context);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    const QVariantMap exported = exporter.exportFile(QUrl::fromLocalFile(path), format);
    QVERIFY2(exported.value("ok").toBool(), qPrintable(exported.value("message").toString()));
    QCOMPARE(exported.value("count").toInt(), 2);
    QCOMPARE(exported.value("path").toString(), path);
    // The window's export is recorded (issue #15, item 10).
    const auto recorded = from.context->audit().entries("file");
    QCOMPARE(recorded.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(recorded.front().detailsJson).contains(path));
    const QByteArray bytes = readFile(path);
    const bool json = format == "json" || name.endsWith(".json");
    QVERIFY(bytes.startsWith(json ? "[" : "service_number,"));

    RosterStore to;
    RosterBackend importer(*to.context);
    QString importPath = path; // an import takes the format from the extension
    if (QFileInfo(path).suffix().isEmpty()) {
        importPath = path + "." + format;
        QVERIFY(QFile::copy(path, importPath));
    }
    const QVariantMap imported = importer.importFile(QUrl::fromLocalFile(importPath));
    QVERIFY2(imported.value("ok").toBool(), qPrintable(imported.value("text").toString()));
    QCOMPARE(imported.value("added").toInt(), 2);
    const QString again = dir.filePath("again." + QFileInfo(importPath).suffix());
    QVERIFY(importer.exportFile(QUrl::fromLocalFile(again), "").value("ok").toBool());
    QCOMPARE(readFile(again), bytes);
}

void TestRosterBackend::unwritableOrUnreadableFiles()
{
    RosterStore s;
    s.officer("P-1");
    RosterBackend backend(*s.context);
    QTemporaryDir dir;
    const QString missingDir = dir.filePath("no such folder/roster.csv");
    QVariantMap r = backend.exportFile(QUrl::fromLocalFile(missingDir), "csv");
    QVERIFY(!r.value("ok").toBool());
    QVERIFY2(r.value("message").toString().startsWith("Cannot write " + missingDir),
             qPrintable(r.value("message").toString()));
    QVERIFY(!QFile::exists(missingDir));
    r = backend.exportFile(QUrl::fromLocalFile(dir.filePath("roster.txt")), "");
    QVERIFY(r.value("message").toString().contains("is not a table file format"));
    r = backend.importFile(QUrl::fromLocalFile(dir.filePath("absent.csv")));
    QVERIFY(!r.value("ok").toBool());
    QVERIFY(r.value("message").toString().startsWith("Cannot read "));
    QVERIFY(!r.contains("problems"));
    QCOMPARE(officerCount(s), 1);
}

QTEST_GUILESS_MAIN(TestRosterBackend)
#include "tst_rosterbackend.moc"
