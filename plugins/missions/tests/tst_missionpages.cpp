// The missions plugin's pages in the real window, offscreen, over a demo store:
// the catalogue, timeline and statistics, the statement saved through the file
// dialog by keyboard, the tour form and the status gate.
#include "windowtest.h"

#include <contingent/sdk/repositories.h>

#include <QDir>
#include <QFileInfo>
#include <QQuickStyle>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include "localfiles.h"

Q_IMPORT_QML_PLUGIN(Contingent_UiPlugin)
Q_IMPORT_QML_PLUGIN(Contingent_ShellPlugin)

using namespace contingent;
using namespace windowtest;
using shell::ShellWindow;

class TestMissionPages : public QObject, private PagesTestBase {
    Q_OBJECT
private slots:
    void initTestCase() { prepareApplication(); }
    void init() { freshFolder(); }
    void missionsPagesShowTheHistory();
    void statementIsSavedThroughTheDialogByKeyboard();
    void tourFormForgetsAFixedOverlap();

private:
    QString demoStore(const QString& name, int officers, int tours)
    {
        return PagesTestBase::demoStore(CONTINGENT_EXECUTABLE, name, officers, tours);
    }
};

void TestMissionPages::missionsPagesShowTheHistory()
{
    const QString store = demoStore("missions.db", 150, 1500);
    QVERIFY(!store.isEmpty());
    shell::SessionOptions options;
    options.databasePath = store;
    options.login = "ada";
    auto session = std::make_unique<shell::Session>(options);
    auto w = std::make_unique<ShellWindow>(*session, false);
    w->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(w->window()));

    // The catalogue, the first mission chosen, the filters in SQL.
    QVERIFY(w->showPage("missions/missions"));
    QQuickItem* page = host(*w, "missions/missions")->property("item").value<QQuickItem*>();
    QVERIFY(page);
    QObject* backend = page->property("backend").value<QObject*>();
    QObject* missions = backend->property("missions").value<QObject*>();
    QCOMPARE(missions->property("totalCount").toInt(), 15);
    QTRY_VERIFY(
        findItem(page, "missionTitle")->property("text").toString().startsWith("OSCE Skopje"));
    findItem(page, "yearFilter")->setProperty("text", "1998");
    QVERIFY(QMetaObject::invokeMethod(page, "applyFilters"));
    QCOMPARE(missions->property("totalCount").toInt(), 2); // OSCE Skopje and MAPE
    findItem(page, "yearFilter")->setProperty("text", "");
    QVERIFY(QMetaObject::invokeMethod(page, "applyFilters"));
    QCOMPARE(missions->property("totalCount").toInt(), 15);

    // The mission's tours come by their first day (the header says so).
    auto* tourModel =
        qobject_cast<QAbstractItemModel*>(backend->property("tours").value<QObject*>());
    QVERIFY(tourModel);
    QTRY_VERIFY(tourModel->rowCount() > 2);
    for (int row = 1; row < tourModel->rowCount(); ++row)
        QVERIFY2(tourModel->index(row - 1, 3).data().toString()
                     <= tourModel->index(row, 3).data().toString(),
                 qPrintable(tourModel->index(row, 3).data().toString()));
    QCOMPARE(findItem(page, "tourTable")->property("sortColumn").toInt(), 3);

    // The timeline is made and read when its tab is first shown; it reads a page of
    // officers, not the whole mission.
    QVERIFY(!findItem(page, "missionTimeline"));
    findItem(page, "timelineTab")->setProperty("checked", true);
    QTRY_VERIFY(findItem(page, "missionTimeline"));
    QQuickItem* timeline = findItem(page, "missionTimeline");
    QTRY_VERIFY(timeline->property("rowCount").toInt() > 0);
    const int shown = timeline->property("rowCount").toInt();
    QVERIFY2(shown > 0 && shown <= 100, qPrintable(QString::number(shown)));
    // "Fit" spans every tour of the mission, not only the rows read, up to
    // today while it runs (OSCE Skopje does).
    QVariantMap span;
    QVERIFY(QMetaObject::invokeMethod(backend, "missionTimeline", Q_RETURN_ARG(QVariantMap, span),
                                      Q_ARG(qint64, page->property("missionId").toLongLong()),
                                      Q_ARG(QString, QString()), Q_ARG(qint64, 0), Q_ARG(int, 1)));
    QVERIFY(span["total"].toInt() > shown);
    QCOMPARE(timeline->property("from").toString(), span["from"].toString());
    QCOMPARE(timeline->property("to").toString(), span["to"].toString());
    QVERIFY(span["to"].toString() >= backend->property("today").toString());
    QVERIFY(QMetaObject::invokeMethod(timeline, "fitAll"));
    QVERIFY(timeline->property("contentWidth").toReal()
            <= timeline->property("flickable").value<QObject*>()->property("width").toReal());
    // Another mission chosen: the timeline, once made, reads that one's tours.
    const QString firstFrom = timeline->property("from").toString();
    QVERIFY(QMetaObject::invokeMethod(page, "selectMission", Q_ARG(QVariant, 1)));
    QTRY_VERIFY(timeline->property("from").toString() != firstFrom);
    QVERIFY(QMetaObject::invokeMethod(page, "selectMission", Q_ARG(QVariant, 0)));
    QTRY_COMPARE(timeline->property("from").toString(), firstFrom);

    // A tour outside the mission's dates is refused with the reason, nothing written.
    QVariantMap tour;
    QVERIFY(QMetaObject::invokeMethod(backend, "newTour", Q_RETURN_ARG(QVariantMap, tour),
                                      Q_ARG(qint64, page->property("missionId").toLongLong())));
    tour["officerId"] = 1;
    tour["firstDay"] = "1990-01-01";
    tour["lastDay"] = "1990-06-30";
    QVariantMap saved;
    QVERIFY(QMetaObject::invokeMethod(backend, "saveTour", Q_RETURN_ARG(QVariantMap, saved),
                                      Q_ARG(QVariantMap, tour)));
    QVERIFY(!saved["ok"].toBool());
    QVERIFY2(saved["errors"].toMap()["firstDay"].toString().contains("falls outside mission"),
             qPrintable(saved["errors"].toMap()["firstDay"].toString()));

    // Statistics: a bar per year since 1997.
    QVERIFY(w->showPage("missions/statistics"));
    QQuickItem* stats = host(*w, "missions/statistics")->property("item").value<QQuickItem*>();
    QVERIFY(stats);
    QTRY_VERIFY(findItem(stats, "statisticChart")->property("rows").toList().size() >= 29);
    // Every statistic in turn, with the tooltip on the first bar: no QML
    // warning, and the tooltip stays inside the plot (not over the controls).
    QQuickItem* chart = findItem(stats, "statisticChart");
    QQuickItem* choice = findItem(stats, "statisticChoice");
    const QVariantList choices = stats->property("choices").toList();
    QVERIFY(choices.size() >= 4);
    for (int i = 0; i < choices.size(); ++i) {
        const QString id = choices[i].toMap()["id"].toString();
        chart->setProperty("current", 0);
        choice->setProperty("currentIndex", i);
        QVERIFY(QMetaObject::invokeMethod(stats, "compute"));
        QTRY_COMPARE(stats->property("current").toMap()["id"].toString(), id);
        QTRY_VERIFY(chart->property("rows").toList().size() > 0);
        chart->setProperty("current", 0);
        QObject* tip = chart->findChild<QObject*>("chartTip");
        QVERIFY(tip);
        QTRY_VERIFY(tip->property("visible").toBool());
        QVERIFY2(tip->property("y").toReal() >= 0 && tip->property("x").toReal() >= 0,
                 qPrintable(id));
        QVERIFY(!tip->property("text").toString().contains("undefined"));
    }
    QVERIFY2(w->warnings().isEmpty(), qPrintable(w->warnings().join('\n')));

    // The officer's own page: the record and the statement button.
    w.reset();
    options.login = "ana";
    session = std::make_unique<shell::Session>(options);
    w = std::make_unique<ShellWindow>(*session, false);
    QVERIFY(w->showPage("missions/mine"));
    QQuickItem* mine = host(*w, "missions/mine")->property("item").value<QQuickItem*>();
    QVERIFY(mine);
    QVERIFY2(findItem(mine, "recordSummary")->property("text").toString().contains("DEMO-00001"),
             qPrintable(findItem(mine, "recordSummary")->property("text").toString()));
    QVERIFY(findItem(mine, "statementButton")->property("enabled").toBool());
    QVERIFY(!w->showPage("missions/statistics")); // staff only

    // Her Home: her own cards (her next tour, her documents), not an empty dashboard.
    QVERIFY(w->showPage("home"));
    w->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(w->window()));
    QTRY_VERIFY(findItem(w->window()->contentItem(), "nextTourMission"));
    QQuickItem* next = findItem(w->window()->contentItem(), "nextTourMission");
    QQuickItem* none = findItem(w->window()->contentItem(), "nextTourNone");
    // The demo gives her tours: one ahead or running shows its mission; none says so.
    QVERIFY(next->isVisible() != none->isVisible());
    if (next->isVisible())
        QVERIFY(!next->property("text").toString().isEmpty());
    QTRY_VERIFY(findItem(w->window()->contentItem(), "myDocumentsTest"));
    const QString test =
        findItem(w->window()->contentItem(), "myDocumentsTest")->property("text").toString();
    QVERIFY2(test.startsWith("Competency test") || test.startsWith("No competency test"),
             qPrintable(test));
    QVERIFY(!test.contains("undefined"));
    QVERIFY(!findItem(w->window()->contentItem(), "rosterCardMore")); // not the staff's card
    QVERIFY2(w->warnings().isEmpty(), qPrintable(w->warnings().join('\n')));
}

void TestMissionPages::statementIsSavedThroughTheDialogByKeyboard()
{
    const QString store = demoStore("statement.db", 20, 60);
    QVERIFY(!store.isEmpty());
    const QString folder = m_tmp->filePath("documents");
    QVERIFY(QDir().mkpath(folder));
    ui::LocalFiles::instance()->rememberFolder("statement", QUrl::fromLocalFile(folder));

    shell::Session session(windowtest::sessionOn(store, "ana"));
    ShellWindow w(session, false);
    QQuickItem* mine = windowtest::shownPage(w, "missions/mine");
    QVERIFY(mine);
    // The button by keyboard: focus, then Space.
    QQuickItem* button = findItem(mine, "statementButton");
    QVERIFY(button && button->property("enabled").toBool());
    button->forceActiveFocus();
    QTest::keyClick(w.window(), Qt::Key_Space);
    QTRY_VERIFY(w.window()->activeFocusItem()
                && w.window()->activeFocusItem()->objectName() == "fileChooserName");
    QQuickItem* name = w.window()->activeFocusItem();
    const QString today = mine->property("backend").value<QObject*>()->property("today").toString();
    const QString expected = "statement-DEMO-00001-" + today + ".pdf";
    QCOMPARE(name->property("text").toString(), expected);
    QTest::keyClick(w.window(), Qt::Key_Return);
    QTRY_VERIFY(QFileInfo(QDir(folder).filePath(expected)).size() > 1000);
    QTRY_VERIFY(!w.window()->activeFocusItem()
                || w.window()->activeFocusItem()->objectName() != "fileChooserName");
    QVERIFY2(w.warnings().isEmpty(), qPrintable(w.warnings().join('\n')));
}

void TestMissionPages::tourFormForgetsAFixedOverlap()
{
    const QString store = demoStore("tourform.db", 20, 40);
    QVERIFY(!store.isEmpty());
    const auto eulex = sdk::Database(store.toStdString())
                           .queryValue<std::int64_t>("SELECT id FROM mission WHERE code = 'EULEX'");
    QVERIFY(eulex);
    shell::Session session(windowtest::sessionOn(store, "ada"));
    ShellWindow w(session, false);
    QQuickItem* page = windowtest::shownPage(w, "missions/missions");
    QVERIFY(page);
    QObject* backend = page->property("backend").value<QObject*>();
    // A tour of DEMO-00001 after every demo tour, then a form that overlaps it.
    QVariantMap tour;
    QVERIFY(QMetaObject::invokeMethod(backend, "newTour", Q_RETURN_ARG(QVariantMap, tour),
                                      Q_ARG(qint64, *eulex)));
    tour["officerId"] = 1;
    tour["firstDay"] = "2027-01-01";
    tour["lastDay"] = "2027-02-28";
    QVariantMap saved;
    QVERIFY(QMetaObject::invokeMethod(backend, "saveTour", Q_RETURN_ARG(QVariantMap, saved),
                                      Q_ARG(QVariantMap, tour)));
    QVERIFY2(saved["ok"].toBool(),
             qPrintable(saved["errors"].toMap().values().value(0).toString()));
    QVERIFY(!page->findChild<QObject*>("tourForm")); // made when first opened
    QVariant made;
    QVERIFY(QMetaObject::invokeMethod(page->findChild<QObject*>("tourFormLazy"), "get",
                                      Q_RETURN_ARG(QVariant, made)));
    QObject* form = page->findChild<QObject*>("tourForm");
    QVERIFY(form);
    QCOMPARE(made.value<QObject*>(), form);
    QVERIFY(QMetaObject::invokeMethod(backend, "newTour", Q_RETURN_ARG(QVariantMap, tour),
                                      Q_ARG(qint64, *eulex)));
    QVERIFY(QMetaObject::invokeMethod(form, "openFor", Q_ARG(QVariant, tour)));
    QQuickItem* content = form->property("contentItem").value<QQuickItem*>();
    findItem(content, "officerSearch")->forceActiveFocus();
    typeText(w.window(), "DEMO-00001");
    findItem(content, "firstDay")->setProperty("text", "2027-02-01");
    findItem(content, "lastDay")->setProperty("text", "2027-03-31");
    QVERIFY(QMetaObject::invokeMethod(form, "submit"));
    QVERIFY2(shownErrors(content).join(' ').contains("already in EULEX"),
             qPrintable(shownErrors(content).join('|')));
    // Moved past the other tour: the error goes before Save.
    findItem(content, "firstDay")->setProperty("text", "2027-03-01");
    QVERIFY2(shownErrors(content).isEmpty(), qPrintable(shownErrors(content).join('|')));
    QVERIFY(QMetaObject::invokeMethod(form, "submit"));
    QTRY_VERIFY(!form->property("visible").toBool());
    QVERIFY2(w.warnings().isEmpty(), qPrintable(w.warnings().join('\n')));
}

QTEST_MAIN(TestMissionPages)
#include "tst_missionpages.moc"
