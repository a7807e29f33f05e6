// The rosters plugin's pages in the real window, offscreen, over a demo store:
// the lazy roster table and its filters, forms that forget a fixed error, My profile.
#include "windowtest.h"

#include <contingent/sdk/repositories.h>

#include <QDir>
#include <QFileInfo>
#include <QQuickStyle>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Contingent_UiPlugin)
Q_IMPORT_QML_PLUGIN(Contingent_ShellPlugin)

using namespace contingent;
using namespace windowtest;
using shell::ShellWindow;

class TestRosterPages : public QObject, private PagesTestBase {
    Q_OBJECT
private slots:
    void initTestCase() { prepareApplication(); }
    void init() { freshFolder(); }
    void rosterTableFetchesLazilyAndFilters();
    void formsForgetAFixedError();
    void pageCountsOnceItsFirstFrameIsOut();
    // Last: it leaves Slovene installed.
    void theOfficerFormOffersRanksByTheirTitles();

private:
    QString demoStore(const QString& name, int officers, int tours)
    {
        return PagesTestBase::demoStore(CONTINGENT_EXECUTABLE, name, officers, tours);
    }
};

void TestRosterPages::rosterTableFetchesLazilyAndFilters()
{
    const QString store = m_tmp->filePath("roster.db");
    QProcess demo;
    demo.start(CONTINGENT_EXECUTABLE,
               {"--database", store, "--user", "ada", "demo", "--officers", "500"});
    QVERIFY(demo.waitForFinished(60000));
    QCOMPARE(demo.exitCode(), 0);
    shell::Session session(windowtest::sessionOn(store, "ada"));
    ShellWindow w(session, false);
    w.window()->show();
    w.window()->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(w.window()));
    // Home's roster card (made once the first frame is on screen): three of the documents
    // lapsing, "and N more" for the rest, and the ones already lapsed.
    QTRY_VERIFY(findItem(w.window()->contentItem(), "rosterCardMore"));
    QObject* backend = findItem(w.window()->contentItem(), "cardHost:rosters/roster")
                           ->property("pageBackend")
                           .value<QObject*>();
    const int lapsing = backend->property("lapsingCount").toInt();
    QVERIFY2(lapsing > 3, qPrintable(QString::number(lapsing)));
    QQuickItem* more = findItem(w.window()->contentItem(), "rosterCardMore");
    QVERIFY(more->isVisible());
    QCOMPARE(more->property("text").toString(), QString("and %1 more").arg(lapsing - 3));
    QQuickItem* lapsed = findItem(w.window()->contentItem(), "rosterCardLapsed");
    QVERIFY(lapsed);
    QCOMPARE(lapsed->isVisible(), backend->property("lapsedCount").toInt() > 0);
    QVERIFY(w.showPage("rosters/roster"));
    QQuickItem* page = host(w, "rosters/roster")->property("item").value<QQuickItem*>();
    QVERIFY(page);
    auto* officers =
        page->property("backend").value<QObject*>()->property("officers").value<QObject*>();
    auto* model = qobject_cast<QAbstractItemModel*>(officers);
    QVERIFY(model);
    QCOMPARE(officers->property("totalCount").toInt(), 500);
    // A page or two (TableView itself asks for one more page while its first
    // content-height estimate puts it "at the end"), never the whole roster.
    QVERIFY2(model->rowCount() <= 400, qPrintable(QString::number(model->rowCount())));
    QQuickItem* table = findItem(page, "dataTableView");
    QVERIFY(table);
    table->forceActiveFocus();
    QTest::keyClick(w.window(), Qt::Key_End);
    QTest::keyClick(w.window(), Qt::Key_End);
    QTest::keyClick(w.window(), Qt::Key_End);
    QTRY_COMPARE(model->rowCount(), 500);
    // Ctrl+F, then typing, filters in SQL.
    QTest::keyClick(w.window(), Qt::Key_F, Qt::ControlModifier);
    for (const char c : std::string("DEMO-0001"))
        QTest::keyClick(w.window(), c);
    QTRY_COMPARE(officers->property("totalCount").toInt(), 10);
    QCOMPARE(model->rowCount(), 10);

    // Down into the table picks the first officer; the record opens beside it.
    table->forceActiveFocus();
    QTest::keyClick(w.window(), Qt::Key_Down);
    QQuickItem* name = findItem(page, "officerName");
    QVERIFY(name);
    QTRY_VERIFY(name->isVisible());
    QVERIFY2(name->property("text").toString().contains(", "),
             qPrintable(name->property("text").toString()));

    // Excel's CSV in a Slovene Windows: the import dialog names it and offers to read it as
    // Windows-1250; reading it so adds the officer with his letters.
    const QString excel = m_tmp->filePath("excel.csv");
    {
        QFile f(excel);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("service_number,given_name,family_name,gender,birth_date,rank,unit,email,"
                "languages,skills\nP-9001,\x8Eiga,\x8Aker,M,,,,,,\n");
    }
    QVERIFY(QMetaObject::invokeMethod(page, "importFile",
                                      Q_ARG(QVariant, QUrl::fromLocalFile(excel)),
                                      Q_ARG(QVariant, QString())));
    QObject* dialog = page->findChild<QObject*>("rosterImportResult");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->property("visible").toBool());
    QObject* readAs = dialog->findChild<QObject*>("readAsWindows1250");
    QVERIFY(readAs);
    QTRY_VERIFY(readAs->property("visible").toBool());
    QVERIFY(QMetaObject::invokeMethod(readAs, "clicked"));
    QTRY_VERIFY(dialog->property("outcome").toMap().value("ok").toBool());
    QTRY_COMPARE(page->property("backend").value<QObject*>()->property("officerCount").toInt(),
                 501);
    QVERIFY(!readAs->property("visible").toBool());
    QMetaObject::invokeMethod(dialog, "close");

    // The candidate finder runs over the same roster and says who is left out.
    QVERIFY(w.showPage("rosters/candidates"));
    QQuickItem* finder = host(w, "rosters/candidates")->property("item").value<QQuickItem*>();
    QVERIFY(finder);
    findItem(finder, "firstDay")->setProperty("text", "2026-12-01");
    findItem(finder, "lastDay")->setProperty("text", "2027-05-31");
    findItem(finder, "requiredLanguages")->setProperty("text", "en:B2");
    QVERIFY(QMetaObject::invokeMethod(finder, "run"));
    const QVariantMap result = finder->property("result").toMap();
    const int available = result.value("candidate_count").toInt();
    const int leftOut = result.value("excluded_count").toInt();
    QVERIFY2(available > 0 && leftOut > 0,
             qPrintable(QString("%1 %2").arg(available).arg(leftOut)));
    QCOMPARE(available + leftOut, 501);
    QVERIFY(findItem(finder, "excludedCount")
                ->property("text")
                .toString()
                .startsWith(QString::number(leftOut)));
    QVERIFY2(w.warnings().isEmpty(), qPrintable(w.warnings().join('\n')));
}

void TestRosterPages::formsForgetAFixedError()
{
    const QString store = demoStore("forms.db", 30, 40);
    QVERIFY(!store.isEmpty());
    auto session = std::make_unique<shell::Session>(sessionOn(store, "ada"));
    auto w = std::make_unique<ShellWindow>(*session, false);
    QQuickItem* page = shownPage(*w, "rosters/roster");
    QVERIFY(page);
    QObject* backend = page->property("backend").value<QObject*>();
    // The form is made when first opened, not with the page.
    QVERIFY(!page->findChild<QObject*>("addOfficerForm"));
    QVERIFY(QMetaObject::invokeMethod(findItem(page, "addOfficer"), "clicked"));
    auto* form = page->findChild<QObject*>("addOfficerForm");
    QVERIFY(form);
    QTRY_VERIFY(form->property("opened").toBool());
    QVariantMap fresh;
    QVERIFY(QMetaObject::invokeMethod(backend, "newProfile", Q_RETURN_ARG(QVariantMap, fresh)));
    QVERIFY(QMetaObject::invokeMethod(form, "openFor", Q_ARG(QVariant, fresh)));
    QQuickItem* content = form->property("contentItem").value<QQuickItem*>();
    const auto field = [&](const char* name) { return findItem(content, name); };
    field("serviceNumber")->setProperty("text", "NEW-1");
    field("givenName")->setProperty("text", "Nova");
    field("familyName")->setProperty("text", "Oseba");
    field("gender")->setProperty("currentIndex", 1);
    // A birth date in the future: one message, not the field's and the form's.
    QQuickItem* born = findItem(field("birthDate"), "dateFieldInput");
    born->forceActiveFocus();
    typeText(w->window(), "2030-01-01");
    field("email")->setProperty("text", "nova@policija");
    QVERIFY(QMetaObject::invokeMethod(form, "submit"));
    QStringList errors = shownErrors(content);
    QCOMPARE(errors.filter("future").size() + errors.filter("on or before").size(), 1);
    QCOMPARE(errors.filter("e-mail").size(), 1);
    // Corrected: the error goes at once, before Save; the other stays.
    born->setProperty("text", "1990-05-05");
    errors = shownErrors(content);
    QVERIFY2(errors.filter("future").isEmpty(), qPrintable(errors.join('|')));
    QCOMPARE(errors.filter("e-mail").size(), 1);
    field("email")->setProperty("text", "nova@policija.si");
    QVERIFY2(shownErrors(content).isEmpty(), qPrintable(shownErrors(content).join('|')));
    // Saved: the table highlights the officer the detail shows.
    QVERIFY(QMetaObject::invokeMethod(form, "submit"));
    QTRY_VERIFY(!form->property("visible").toBool());
    const qint64 added = page->property("selectedId").toLongLong();
    QVERIFY(added > 0);
    QObject* officers = backend->property("officers").value<QObject*>();
    QQuickItem* table = findItem(page, "rosterTable");
    QVERIFY(table);
    QTRY_VERIFY(table->property("currentRow").toInt() >= 0);
    QVariant key;
    QVERIFY(QMetaObject::invokeMethod(officers, "keyAt", Q_RETURN_ARG(QVariant, key),
                                      Q_ARG(int, table->property("currentRow").toInt())));
    QCOMPARE(key.toLongLong(), added);
    QVERIFY2(w->warnings().isEmpty(), qPrintable(w->warnings().join('\n')));

    // My profile keeps a refused address in the field beside its error, and
    // the error goes once the address is right.
    w.reset();
    session = std::make_unique<shell::Session>(sessionOn(store, "ana"));
    w = std::make_unique<ShellWindow>(*session, false);
    QVERIFY(w->showPage("rosters/profile"));
    QQuickItem* profile = host(*w, "rosters/profile")->property("item").value<QQuickItem*>();
    QQuickItem* email = findItem(profile, "ownEmail");
    email->forceActiveFocus();
    email->setProperty("text", "");
    typeText(w->window(), "ana@policija");
    QTest::keyClick(w->window(), Qt::Key_Return);
    QQuickItem* message = findItem(profile, "ownEmailMessage");
    QVERIFY(message->property("text").toString().contains("e-mail"));
    QCOMPARE(email->property("text").toString(), QString("ana@policija"));
    typeText(w->window(), ".si");
    QCOMPARE(message->property("text").toString(), QString());
    QTest::keyClick(w->window(), Qt::Key_Return);
    QCOMPARE(email->property("text").toString(), QString("ana@policija.si"));
    QVERIFY(!message->property("text").toString().contains("e-mail"));
}

void TestRosterPages::pageCountsOnceItsFirstFrameIsOut()
{
    const QString store = demoStore("counts.db", 30, 40);
    QVERIFY(!store.isEmpty());
    shell::Session session(windowtest::sessionOn(store, "ada"));
    // Made on the roster, not yet shown: no frame, so neither the counts nor the filters'
    // choices are read (a big roster's are read on a worker, which the frame must not wait
    // for); the first screen of rows is there at once.
    ShellWindow w(session, false, "rosters/roster");
    QQuickItem* page = host(w, "rosters/roster")->property("item").value<QQuickItem*>();
    QVERIFY(page);
    QQuickItem* counts = findItem(page, "rosterCounts");
    QCOMPARE(counts->property("text").toString(), QString("Counting the officers…"));
    QCOMPARE(findItem(page, "rankChoice")->property("count").toInt(), 1); // "Any rank" only
    QCOMPARE(findItem(page, "rosterTable")->property("rowCount").toInt(), 30);
    w.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.window()));
    QTRY_COMPARE(
        counts->property("text").toString(),
        QString("30 officers, %1 active; 30 match the filters.")
            .arg(page->property("backend").value<QObject*>()->property("activeCount").toInt()));
    QVERIFY(findItem(page, "rankChoice")->property("count").toInt() > 1);
}

QTEST_MAIN(TestRosterPages)
// In Slovene the form's rank box shows the rank as the table and the record do ("višji
// policist", not "senior police officer"), offers the titles, and an unchanged form saves the
// rank it had.
void TestRosterPages::theOfficerFormOffersRanksByTheirTitles()
{
    const QString store = demoStore("ranks.db", 30, 40);
    QVERIFY(!store.isEmpty());
    shell::installTranslations("sl");
    auto session = std::make_unique<shell::Session>(sessionOn(store, "ada"));
    sdk::OfficerRepository officers(session->store(), sdk::Actor{"test", "test"});
    std::optional<sdk::Officer> senior;
    for (const sdk::Officer& o : officers.all())
        if (o.rank == "senior police officer") {
            senior = o;
            break;
        }
    QVERIFY(senior);
    auto w = std::make_unique<ShellWindow>(*session, false);
    QQuickItem* page = shownPage(*w, "rosters/roster");
    QVERIFY(page);
    QObject* backend = page->property("backend").value<QObject*>();
    QVERIFY(QMetaObject::invokeMethod(findItem(page, "addOfficer"), "clicked"));
    auto* form = page->findChild<QObject*>("addOfficerForm");
    QVERIFY(form);
    QVariantMap profile;
    QVERIFY(QMetaObject::invokeMethod(backend, "profile", Q_RETURN_ARG(QVariantMap, profile),
                                      Q_ARG(qint64, senior->id.value())));
    QVERIFY(QMetaObject::invokeMethod(form, "openFor", Q_ARG(QVariant, profile)));
    QQuickItem* rank = findItem(form->property("contentItem").value<QQuickItem*>(), "rank");
    QVERIFY(rank);
    QCOMPARE(rank->property("editText").toString(), QString("višji policist"));
    const QStringList offered = rank->property("model").toStringList();
    QVERIFY2(offered.contains("višji policist"), qPrintable(offered.join('|')));
    QVERIFY2(!offered.contains("senior police officer"), qPrintable(offered.join('|')));
    QVERIFY(QMetaObject::invokeMethod(form, "submit"));
    QTRY_VERIFY(!form->property("visible").toBool());
    QCOMPARE(officers.get(senior->id).rank, std::string("senior police officer"));
    QVERIFY2(w->warnings().isEmpty(), qPrintable(w->warnings().join('\n')));
}

#include "tst_rosterpages.moc"
