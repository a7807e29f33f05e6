// The window, offscreen: pages created on first visit, broken pages shown in
// place, roles deciding what can be reached (rail, shortcut, URL), and
// --self-test failing on a broken plugin.
#include "fixturedir.h"
#include "localfiles.h"
#include "qmlruntime.h"
#include "shellwindow.h"
#include "windowtest.h"

#include <contingent/sdk/repositories.h>

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QProcess>
#include <QQuickItem>
#include <QQuickStyle>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <contingent/sdk/sqltablemodel.h>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Contingent_UiPlugin)
Q_IMPORT_QML_PLUGIN(Contingent_ShellPlugin)

using namespace contingent;

using shell::ShellWindow;
using windowtest::findItem;

class TestWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void imagesNeedNoImageFormatPlugin(); // first: no window before it loaded a plugin
    void pagesAreCreatedOnFirstVisit();
    void brokenPagesShowTheirErrorInPlace();
    void shortcutsReachPagesInRailOrder();
    void homeComesUpBeforeThePlugins();
    void pluginsWaitOnlyForHomeAndTheAuditLog();
    void theRailKeepsLastRunsWidthWhileThePluginsLoad();
    void homeCardsOpenTheirPage();
    void aTableReadsOnePageUntilScrolled();
    void roleHiddenPagesCannotBeReached();
    void officersSeeOnlyTheirPages();
    void unregisteredLoginSeesOnlyTheNotice();
    void theAuditPageIsForAdministratorsAndViewers();
    void aReadOnlyStoreOpensForReading();
    void sizePositionAndLastPageAreRemembered();
    void modelsKeepTheModelContract();
    void runtimeModulesAreFoundOrNamed();
    void missingModuleSwitchesFileDialogsOff();
    void selfTestOpensFormsMadeOnFirstUse();
    void selfTestOutlivesAListMadeAnew();
    void selfTest_data();
    void selfTest();
    void unknownLanguageIsAUsageError();
    void englishCountsTakeTheirPluralForms();
    void sloveneTranslatesTheShell(); // last: the translator stays installed

private:
    /// A session on the test's store with its plugin folder, as `login`.
    shell::SessionOptions optionsFor(const QString& login) const;
    std::unique_ptr<shell::Session> open(const QString& login);
    QQuickItem* host(ShellWindow& w, const QString& key);
    /// A demo store (`contingent demo`) in the test's folder, with "ada" its
    /// admin and "ana" the officer with id 1; empty when a command failed.
    QString demoStore(const QString& name, int officers, int tours);
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_store;
};

void TestWindow::initTestCase()
{
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QStandardPaths::setTestModeEnabled(true); // QSettings() writes under ~/.qttest
    QCoreApplication::setOrganizationName(QStringLiteral("Contingent-test"));
}

void TestWindow::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    addPlugin(m_tmp->filePath("plugins"), {"fixture_pages", "fixture_pages.so"});
    m_store = m_tmp->filePath("store.db");
    sdk::Database db(m_store.toStdString());
    sdk::MigrationRunner runner(db);
    sdk::migrateCoreSchema(runner);
    sdk::UserRepository users(db, {"test", "core"});
    sdk::OfficerRepository officers(db, {"test", "core"});
    sdk::Officer o;
    o.serviceNumber = "T-1";
    o.givenName = "Ana";
    o.familyName = "Novak";
    const sdk::OfficerId officer = officers.add(o);
    users.add({{}, "ada", "Ada Admin", sdk::Role::Admin, std::nullopt});
    users.add({{}, "pia", "Pia Planner", sdk::Role::Planner, std::nullopt});
    users.add({{}, "ana", "Ana Novak", sdk::Role::Officer, officer});
}

shell::SessionOptions TestWindow::optionsFor(const QString& login) const
{
    shell::SessionOptions options;
    options.databasePath = m_store;
    options.pluginDirs = {m_tmp->filePath("plugins")};
    options.login = login;
    return options;
}

std::unique_ptr<shell::Session> TestWindow::open(const QString& login)
{
    return std::make_unique<shell::Session>(optionsFor(login));
}

QString TestWindow::demoStore(const QString& name, int officers, int tours)
{
    const QString path = m_tmp->filePath(name);
    return windowtest::makeDemoStore(CONTINGENT_EXECUTABLE, path, officers, tours) ? path
                                                                                   : QString();
}

QQuickItem* TestWindow::host(ShellWindow& w, const QString& key)
{
    return windowtest::host(w, key);
}

namespace {

/// The image-format plugins (GIF, ICO, JPEG, SVG) this process has loaded.
QStringList imageFormatPluginsLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    QStringList loaded;
    if (!maps.open(QIODevice::ReadOnly))
        return {QStringLiteral("(cannot read /proc/self/maps)")};
    for (const QByteArray& line : maps.readAll().split('\n'))
        if (line.contains("/imageformats/"))
            loaded << QString::fromUtf8(line.mid(line.indexOf('/'))); // the mapped file
    loaded.removeDuplicates();
    return loaded;
}

} // namespace

// The rail's icons and Fusion's arrows and check marks are PNGs in the resources, read by Qt's
// own PNG reader: Qt Quick would load every image-format plugin installed to ask each whether
// it reads PNG (issue #16: their libraries' memory and loading).
void TestWindow::imagesNeedNoImageFormatPlugin()
{
    auto session = open("ada");
    ShellWindow w(*session, false);
    QVERIFY(w.window());
    w.window()->show();
    QQmlComponent controls(&w.engine());
    controls.setData("import QtQuick\nimport QtQuick.Controls\n"
                     "Column { ComboBox { model: 3 } CheckBox { checked: true } }",
                     QUrl());
    std::unique_ptr<QObject> made(controls.create());
    QVERIFY2(made, qPrintable(controls.errorString()));
    auto* column = qobject_cast<QQuickItem*>(made.get());
    column->setParentItem(w.window()->contentItem());
    w.window()->grabWindow();
    QList<QQuickItem*> images;
    const auto collect = [&images](auto&& self, QQuickItem* item) -> void {
        if (item->inherits("QQuickImage"))
            images << item;
        for (QQuickItem* child : item->childItems())
            self(self, child);
    };
    collect(collect, w.window()->contentItem());
    QVERIFY2(images.size() >= 4, qPrintable(QString::number(images.size()))); // rail, arrow, mark
    for (QQuickItem* image : images) {
        const QString source = image->property("source").toUrl().toString();
        if (source.isEmpty() || !image->isVisible())
            continue;
        QTRY_COMPARE_WITH_TIMEOUT(image->property("status").toInt(), 1, 2000); // Ready
        QVERIFY2(image->implicitWidth() > 0, qPrintable(source));
    }
    QCOMPARE(imageFormatPluginsLoaded(), QStringList());
    QVERIFY2(w.warnings().isEmpty(), qPrintable(w.warnings().join('\n')));
}

void TestWindow::pagesAreCreatedOnFirstVisit()
{
    auto session = open("ada");
    // As if QML had been handed the backend by a function: the window must
    // take it back for C++ (the plugin deletes it in stop()).
    QObject* fixtureBackend = session->host().find("fixture_pages")->pages.at(0).backend;
    QQmlEngine::setObjectOwnership(fixtureBackend, QQmlEngine::JavaScriptOwnership);
    ShellWindow w(*session, false);
    QVERIFY(w.window());
    QVERIFY2(w.pageKeys().contains("fixture_pages/good"),
             qPrintable(w.pageKeys().join(' ') + w.backend().problems().join('\n')));
    // Nothing of a page is made before its first visit, not even its host.
    QCOMPARE(host(w, "fixture_pages/good"), nullptr);
    QVERIFY(w.showPage("fixture_pages/good"));
    QCOMPARE(w.currentPage(), QString("fixture_pages/good"));
    QQuickItem* good = host(w, "fixture_pages/good");
    QVERIFY(good);
    auto* page = good->property("item").value<QQuickItem*>();
    QVERIFY(page);
    QCOMPARE(page->property("backend").value<QObject*>()->objectName(), QString("fixtureBackend"));
    // The plugin owns its backend: QML's garbage collector never takes it.
    QCOMPARE(QQmlEngine::objectOwnership(page->property("backend").value<QObject*>()),
             QQmlEngine::CppOwnership);
    QVERIFY(w.showPage("home"));
    QVERIFY(w.showPage("fixture_pages/good"));
    QCOMPARE(good->property("item").value<QQuickItem*>(), page); // kept, not recreated
    QVERIFY2(w.warnings().isEmpty(), qPrintable(w.warnings().join('\n')));
}

void TestWindow::brokenPagesShowTheirErrorInPlace()
{
    auto session = open("ada");
    ShellWindow w(*session, false);
    QVERIFY(w.showPage("fixture_pages/syntax"));
    QVERIFY(w.showPage("fixture_pages/noimport"));
    const QString syntax = host(w, "fixture_pages/syntax")->property("errorText").toString();
    const QString noimport = host(w, "fixture_pages/noimport")->property("errorText").toString();
    QVERIFY2(syntax.contains("SyntaxErrorPage.qml:6"), qPrintable(syntax));
    QVERIFY2(noimport.contains("No.Such.Module"), qPrintable(noimport));
    auto* errorBox = findItem(host(w, "fixture_pages/noimport"), "pageError");
    QVERIFY(errorBox && errorBox->isVisible());
    // The banner names the plugin and the page; the rest keeps working.
    const QStringList problems = w.backend().problems();
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems[0].contains("plugin fixture_pages"));
    QVERIFY(problems[0].contains("fixture_pages/syntax"));
    QVERIFY(w.showPage("fixture_pages/good"));
    QVERIFY(host(w, "fixture_pages/good")->property("item").value<QQuickItem*>());
    QVERIFY(w.showPage("rosters/roster"));
    QVERIFY(host(w, "rosters/roster")->property("errorText").toString().isEmpty());
}

void TestWindow::shortcutsReachPagesInRailOrder()
{
    auto session = open("ada");
    ShellWindow w(*session, false);
    w.window()->show();
    w.window()->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(w.window()));
    const QStringList keys = w.pageKeys();
    QCOMPARE(keys.first(), QString("home"));
    QCOMPARE(keys[1], QString("fixture_pages/good")); // order 1 before rosters' 10
    QCOMPARE(keys.last(), QString("plugins"));
    QTest::keyClick(w.window(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(w.currentPage(), keys[1]);
    QTest::keyClick(w.window(), Qt::Key_F, Qt::ControlModifier);
    auto* filter = findItem(host(w, keys[1]), "goodFilter");
    QVERIFY(filter);
    QTRY_VERIFY(filter->hasActiveFocus());
    QTest::keyClick(w.window(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(w.currentPage(), QString("home"));
}

// The window opens on Home before the plugins load (runWindow loads them after its first frame,
// issue #16): the rail has the built-in entries, Home its greeting and no "nothing on the
// dashboard" yet; then the plugins' entries, cards, shortcuts and refusals come in.
void TestWindow::homeComesUpBeforeThePlugins()
{
    addPlugin(m_tmp->filePath("plugins"), {"fixture_throws", "fixture_throws_in_start.so"});
    shell::SessionOptions options = optionsFor("ada");
    options.loadPlugins = false;
    shell::Session session(options);
    ShellWindow w(session, false, "home");
    w.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.window()));
    QQuickItem* root = w.window()->contentItem();
    auto& shell = w.backend();
    QVERIFY(!shell.pluginsReady());
    QCOMPARE(w.pageKeys(), QStringList({"home", "audit", "plugins"}));
    QVERIFY(findItem(root, "railTitle:home"));
    QVERIFY(!findItem(root, "railTitle:fixture_pages/good"));
    QVERIFY(!findItem(root, "homeNoCards")); // not "no card" while they load
    QCOMPARE(qobject_cast<QAbstractItemModel*>(shell.plugins())->rowCount(), 0);
    QVERIFY(shell.problems().isEmpty());

    QSignalSpy ready(&shell, &shell::ShellBackend::pluginsReadyChanged);
    QSignalSpy problems(&shell, &shell::ShellBackend::problemsChanged);
    shell.loadPlugins();
    QCOMPARE(ready.count(), 1);
    QVERIFY(shell.pluginsReady());
    QVERIFY(session.pluginsLoaded());
    QCOMPARE(w.pageKeys().value(1), QString("fixture_pages/good"));
    QTRY_VERIFY(findItem(root, "railTitle:fixture_pages/good"));
    QTRY_VERIFY(findItem(root, "cardHost:fixture_pages/good"));
    QVERIFY(!findItem(root, "homeNoCards"));
    QCOMPARE(qobject_cast<QAbstractItemModel*>(shell.plugins())->rowCount(),
             int(session.host().plugins().size()));
    QCOMPARE(problems.count(), 1);
    QVERIFY2(shell.problems().join('\n').contains("Plugin fixture_throws was refused"),
             qPrintable(shell.problems().join('\n')));
    // Ctrl+2 reaches the first plugin page, as on a window made after them.
    w.window()->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(w.window()));
    QTest::keyClick(w.window(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(w.currentPage(), QString("fixture_pages/good"));
    // Once only.
    shell.loadPlugins();
    QCOMPARE(ready.count(), 1);
    QCOMPARE(problems.count(), 1);
    QVERIFY2(w.warnings().isEmpty(), qPrintable(w.warnings().join('\n')));
}

// The rail fits its widest title; while the plugins load it is as wide as in the last run, so
// that Home does not move when their entries come in. Then it fits what it shows.
void TestWindow::theRailKeepsLastRunsWidthWhileThePluginsLoad()
{
    QSettings settings;
    settings.setValue(ShellWindow::railTitleWidthKey("admin"), 180.0);  // a long title last time
    settings.setValue(ShellWindow::railTitleWidthKey("officer"), 10.0); // another role's
    shell::SessionOptions options = optionsFor("ada");
    options.loadPlugins = false;
    QSettings saved(m_tmp->filePath("contingent.ini"), QSettings::IniFormat);
    {
        shell::Session session(options);
        ShellWindow w(session, false, "home");
        w.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.window()));
        QQuickItem* rail = findItem(w.window()->contentItem(), "rail");
        QVERIFY(rail);
        QCOMPARE(rail->width(), 180.0 + 118);
        w.saveState(saved); // closed before the plugins were in: nothing measured to keep
        QVERIFY(!saved.contains(ShellWindow::railTitleWidthKey("admin")));
        w.backend().loadPlugins();
        QTRY_VERIFY(findItem(rail, "railTitle:fixture_pages/good"));
        const qreal measured = w.window()->property("measuredRailTitleWidth").toReal();
        QVERIFY(measured > 0 && measured < 180);
        QTRY_VERIFY(std::abs(rail->width() - std::max(220.0, measured + 118)) < 1); // laid out
        w.saveState(saved);
        QCOMPARE(saved.value(ShellWindow::railTitleWidthKey("admin")).toReal(), measured);
    }
    settings.remove(ShellWindow::railTitleWidthKey("admin"));
    settings.remove(ShellWindow::railTitleWidthKey("officer"));
}

void TestWindow::pluginsWaitOnlyForHomeAndTheAuditLog()
{
    QVERIFY(shell::pluginsMayWait(""));
    QVERIFY(shell::pluginsMayWait("home"));
    QVERIFY(shell::pluginsMayWait("audit"));
    QVERIFY(!shell::pluginsMayWait("plugins")); // lists them
    QVERIFY(!shell::pluginsMayWait("fixture_pages/good"));
    QVERIFY(!shell::pluginsMayWait("rosters/roster"));
}

void TestWindow::homeCardsOpenTheirPage()
{
    auto session = open("ada");
    ShellWindow w(*session, false);
    w.window()->show();
    w.window()->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(w.window()));
    QVERIFY(w.showPage("home"));
    auto* cards = qobject_cast<QAbstractItemModel*>(w.backend().cards());
    QVERIFY(cards);
    const auto roles = cards->roleNames();
    QString card;
    QString page;
    for (int row = 0; row < cards->rowCount() && page.isEmpty(); ++row) {
        card = cards->data(cards->index(row, 0), roles.key("key")).toString();
        page = cards->data(cards->index(row, 0), roles.key("pageKey")).toString();
    }
    QVERIFY2(!page.isEmpty(), "no card links to a page");
    // Each card's "Open" link: a click, and Return once it has the focus.
    QQuickItem* link = nullptr;
    QTRY_VERIFY((link = findItem(w.window()->contentItem(), "cardOpen:" + card))
                && link->isVisible() && link->width() > 0);
    QTest::mouseClick(w.window(), Qt::LeftButton, {},
                      link->mapToScene(QPointF(link->width() / 2, link->height() / 2)).toPoint());
    QTRY_COMPARE(w.currentPage(), page);
    QVERIFY(w.showPage("home"));
    link->forceActiveFocus(Qt::TabFocusReason);
    QVERIFY(link->hasActiveFocus());
    QTest::keyClick(w.window(), Qt::Key_Return);
    QCOMPARE(w.currentPage(), page);
    QVERIFY2(w.warnings().isEmpty(), qPrintable(w.warnings().join('\n')));
}

void TestWindow::aTableReadsOnePageUntilScrolled()
{
    // 450 officers: the roster's model reads 200 at a time.
    const QString store = demoStore("pages.db", 450, 10);
    QVERIFY(!store.isEmpty());
    shell::Session session(windowtest::sessionOn(store, "ada"));
    ShellWindow w(session, false);
    w.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.window()));
    QVERIFY(w.showPage("rosters/roster"));
    QQuickItem* page = windowtest::page(w, "rosters/roster");
    QVERIFY(page);
    auto* officers = qobject_cast<QAbstractItemModel*>(
        page->property("backend").value<QObject*>()->property("officers").value<QObject*>());
    QVERIFY(officers);
    auto* view = findItem(page, "dataTableView");
    QVERIFY(view);
    QTRY_COMPARE(view->property("rows").toInt(), 200);
    // The view laid out its first screen without reading a second page (TableView did, as it
    // went from "at the end" to not while laying out the first one).
    QTest::qWait(50);
    QCOMPARE(officers->rowCount(), 200);
    // Scrolled near the end, it reads the next page.
    view->setProperty("contentY",
                      view->property("contentHeight").toReal() - view->property("height").toReal());
    QTRY_VERIFY(officers->rowCount() > 200);
    QVERIFY2(w.warnings().isEmpty(), qPrintable(w.warnings().join('\n')));
}

void TestWindow::roleHiddenPagesCannotBeReached()
{
    auto session = open("pia");
    ShellWindow w(*session, false);
    w.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.window()));
    QVERIFY(!w.pageKeys().contains("fixture_pages/admin"));
    QVERIFY(!w.pageKeys().contains("fixture_pages/mine"));
    QVERIFY(!host(w, "fixture_pages/admin"));
    // By URL (--page, or a plugin asking the shell): refused, and said so.
    QVERIFY(!w.showPage("fixture_pages/admin"));
    QCOMPARE(w.currentPage(), QString("home"));
    QVERIFY(w.backend().problems().last().contains("fixture_pages/admin"));
    // By shortcut: Ctrl+N only reaches the keys the role has.
    for (int n = 1; n <= 9; ++n) {
        QTest::keyClick(w.window(), Qt::Key(Qt::Key_0 + n), Qt::ControlModifier);
        QVERIFY(w.currentPage() != "fixture_pages/admin");
    }
}

void TestWindow::officersSeeOnlyTheirPages()
{
    auto session = open("ana");
    ShellWindow w(*session, false);
    QCOMPARE(w.pageKeys(), QStringList({"home", "fixture_pages/mine", "rosters/profile",
                                        "missions/mine", "approvals/mine", "transfers/mine",
                                        "insurance/mine", "expenses/mine", "plugins"}));
    QVERIFY(!w.showPage("rosters/roster"));
    // Her own cards (her next tour, her documents), not the staff's roster card.
    auto* cards = qobject_cast<QAbstractItemModel*>(w.backend().cards());
    QStringList keys;
    for (int row = 0; row < cards->rowCount(); ++row)
        keys << cards->data(cards->index(row, 0), cards->roleNames().key("key")).toString();
    keys.sort();
    QCOMPARE(keys, QStringList({"missions/next", "rosters/documents"}));
}

void TestWindow::unregisteredLoginSeesOnlyTheNotice()
{
    auto session = open("stranger");
    ShellWindow w(*session, false);
    QVERIFY(w.window());
    QVERIFY(w.pageKeys().isEmpty());
    QVERIFY(!w.showPage("home"));
    auto* notice = findItem(w.window()->contentItem(), "notRegisteredTitle");
    QVERIFY(notice && notice->isVisible());
    // The exact command for this store, which is not the default one.
    QCOMPARE(findItem(w.window()->contentItem(), "registerCommand")->property("text").toString(),
             "contingent --database " + QFileInfo(m_store).absoluteFilePath()
                 + " users add stranger --role viewer");
    QVERIFY2(w.warnings().isEmpty(), qPrintable(w.warnings().join('\n')));
}

// Issue #15, item 10: the audit log as a page, filtered by record, person and day, exported,
// and the export recorded; a planner has no such page.
void TestWindow::theAuditPageIsForAdministratorsAndViewers()
{
    {
        auto session = open("pia");
        ShellWindow w(*session, false);
        QVERIFY(!w.pageKeys().contains("audit"));
        QVERIFY(!w.showPage("audit"));
        QCOMPARE(w.backend().audit(), nullptr);
    }
    auto session = open("ada");
    ShellWindow w(*session, false);
    const QStringList keys = w.pageKeys();
    QCOMPARE(keys.mid(keys.size() - 2), QStringList({"audit", "plugins"}));
    QVERIFY(w.showPage("audit"));
    auto* table = findItem(w.window()->contentItem(), "auditTable");
    QVERIFY(table);
    QObject* audit = w.backend().audit();
    QVERIFY(audit);
    auto* entries = qobject_cast<sdk::SqlTableModel*>(audit->property("entries").value<QObject*>());
    QVERIFY(entries);
    // Every entry (init()'s officer and users, and what the plugins' set-up recorded), newest
    // first.
    const int all = entries->totalCount();
    sdk::Database db(m_store.toStdString());
    QCOMPARE(all, int(db.queryValue<std::int64_t>("SELECT count(*) FROM audit_log").value_or(0)));
    QCOMPARE(entries->data(entries->index(0, 0)).toLongLong(),
             db.queryValue<std::int64_t>("SELECT max(id) FROM audit_log").value_or(0));

    audit->setProperty("record", "officer 1");
    QCOMPARE(entries->totalCount(), 1);
    QVERIFY(entries->data(entries->index(0, 6)).toString().contains("\"service_number\":\"T-1\""));
    audit->setProperty("record", "app_user");
    QCOMPARE(entries->totalCount(), 3);
    audit->setProperty("person", "nobody");
    QCOMPARE(entries->totalCount(), 0);
    audit->setProperty("person", "test");
    QCOMPARE(entries->totalCount(), 3); // the three users
    audit->setProperty("record", "");
    audit->setProperty("person", "");
    audit->setProperty("since", "2999-01-01");
    QCOMPARE(entries->totalCount(), 0);
    audit->setProperty("since", "2000-13-01");
    QVERIFY(audit->property("error").toString().contains("YYYY-MM-DD"));
    audit->setProperty("since", "");
    audit->setProperty("until", "2999-12-31");
    QVERIFY(audit->property("error").toString().isEmpty());
    QCOMPARE(entries->totalCount(), all);

    const QString file = m_tmp->filePath("audit.csv");
    QVariantMap result;
    QMetaObject::invokeMethod(audit, "exportFile", Q_RETURN_ARG(QVariantMap, result),
                              Q_ARG(QUrl, QUrl::fromLocalFile(file)), Q_ARG(QString, "csv"));
    QVERIFY2(result.value("ok").toBool(), qPrintable(result.value("message").toString()));
    QCOMPARE(result.value("count").toInt(), all);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readLine(), QByteArray("at,user,plugin,action,record,record_id,details\n"));
    // The export is recorded, by the one who made it.
    audit->setProperty("person", "ada");
    QCOMPARE(entries->totalCount(), 1);
    QCOMPARE(entries->data(entries->index(0, 4)).toString(), QStringLiteral("export"));
    // A double-clicked entry opens its details, in a dialog made when first opened.
    QQuickItem* page = findItem(w.window()->contentItem(), "auditPage");
    QVERIFY(page);
    QVERIFY(!page->findChild<QObject*>("auditDetailsDialog"));
    QVERIFY(QMetaObject::invokeMethod(page, "showDetails", Q_ARG(QVariant, 0)));
    QObject* details = page->findChild<QObject*>("auditDetailsDialog");
    QVERIFY(details);
    QTRY_VERIFY(details->property("opened").toBool());
    QVERIFY2(details->property("text").toString().contains("\"what\": \"the audit log\""),
             qPrintable(details->property("text").toString()));
    QCOMPARE(details->property("title").toString(),
             QString("Entry %1").arg(entries->data(entries->index(0, 0)).toLongLong()));
    QVERIFY2(w.warnings().isEmpty(), qPrintable(w.warnings().join('\n')));
}

// Issue #15, item 7: a store opened read-only (--read-only here; a file or folder that cannot
// be written, in tst_commandline) opens for reading, with a banner, its administrator a viewer.
void TestWindow::aReadOnlyStoreOpensForReading()
{
    open("ada"); // once writable, so every plugin's tables are made
    shell::SessionOptions options = optionsFor("ada");
    options.readOnly = true;
    shell::Session session(options);
    QVERIFY(session.readOnly());
    QVERIFY(session.user().role == sdk::Role::Viewer);
    QVERIFY(session.store().isReadOnly());
    ShellWindow w(session, false);
    QVERIFY(!w.backend().canEdit());
    QVERIFY2(w.backend().problems().join('\n').contains("is open for reading only (--read-only)"),
             qPrintable(w.backend().problems().join('\n')));
    w.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.window()));
    QTRY_VERIFY(findItem(w.window()->contentItem(), "errorBannerFirst"));
    QVERIFY(findItem(w.window()->contentItem(), "errorBannerFirst")->isVisible());
    QVERIFY(w.showPage("rosters/roster"));
    QVERIFY(w.showPage("audit")); // a viewer's
    QVERIFY2(w.warnings().isEmpty(), qPrintable(w.warnings().join('\n')));
    // Nothing is refused for want of writing.
    for (const auto& p : session.host().plugins())
        QVERIFY2(p->state == shell::PluginState::Loaded, p->reason.c_str());
}

void TestWindow::modelsKeepTheModelContract()
{
    // Every list model the window and the shipped plugins give QML, under
    // Qt's model tester while they are read, filtered, sorted and refreshed.
    const QString store = demoStore("models.db", 40, 120);
    QVERIFY(!store.isEmpty());
    shell::Session session(windowtest::sessionOn(store, "ada"));
    ShellWindow w(session, false);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    const auto test = [&](QObject* object) {
        auto* model = qobject_cast<QAbstractItemModel*>(object);
        QVERIFY(model);
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    };
    test(w.backend().pages());
    test(w.backend().cards());
    test(w.backend().plugins());
    QVERIFY(w.showPage("rosters/roster"));
    QVERIFY(w.showPage("missions/missions"));
    QObject* roster = host(w, "rosters/roster")
                          ->property("item")
                          .value<QQuickItem*>()
                          ->property("backend")
                          .value<QObject*>();
    QObject* missions = host(w, "missions/missions")
                            ->property("item")
                            .value<QQuickItem*>()
                            ->property("backend")
                            .value<QObject*>();
    QObject* officers = roster->property("officers").value<QObject*>();
    test(officers);
    test(missions->property("missions").value<QObject*>());
    test(missions->property("tours").value<QObject*>());
    officers->setProperty("filter", "Novak");
    officers->setProperty("filter", "");
    QMetaObject::invokeMethod(officers, "sort", Q_ARG(int, 0),
                              Q_ARG(Qt::SortOrder, Qt::DescendingOrder));
    QMetaObject::invokeMethod(officers, "refresh");
    QVERIFY(QMetaObject::invokeMethod(missions, "selectMission", Q_ARG(qint64, 1)));
    QVERIFY(QMetaObject::invokeMethod(missions, "refresh"));
    QCoreApplication::processEvents(); // the queued refreshes
    QVERIFY2(w.warnings().isEmpty(), qPrintable(w.warnings().join('\n')));
}

void TestWindow::runtimeModulesAreFoundOrNamed()
{
    QTemporaryDir imports;
    QVERIFY(QDir(imports.path()).mkpath("Qt/labs/qmlmodels"));
    QFile qmldir(imports.filePath("Qt/labs/qmlmodels/qmldir"));
    QVERIFY(qmldir.open(QIODevice::WriteOnly));
    qmldir.close();
    const QList<shell::QmlModuleNeed> needs{
        {"Qt.labs.qmlmodels", "qml6-module-qt-labs-qmlmodels", "tables", false},
        {"Qt.labs.folderlistmodel", "qml6-module-qt-labs-folderlistmodel", "file dialogs", true}};
    const auto missing = shell::missingQmlModules({"qrc:/", imports.path()}, needs);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing[0].uri, QString("Qt.labs.folderlistmodel"));
    QVERIFY(shell::describeMissing(missing[0]).contains("qml6-module-qt-labs-folderlistmodel"));
    // On this machine (set up by scripts/dev.sh) every module is there.
    QQmlEngine engine;
    engine.addImportPath("qrc:/");
    const auto here = shell::missingQmlModules(engine.importPathList());
    QVERIFY2(here.isEmpty(), qPrintable(here.isEmpty() ? "" : shell::describeMissing(here[0])));
}

void TestWindow::selfTestOpensFormsMadeOnFirstUse()
{
    const QString store = demoStore("lazy.db", 10, 20);
    QVERIFY(!store.isEmpty());
    shell::Session session(windowtest::sessionOn(store, "ada"));
    ShellWindow w(session, false);
    w.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.window()));
    QVERIFY(w.showPage("rosters/roster"));
    QQuickItem* page = host(w, "rosters/roster")->property("item").value<QQuickItem*>();
    QVERIFY(page);
    // The roster's forms (Contingent.Ui's Lazy) are not made with the page...
    QVERIFY(!page->findChild<QObject*>("addOfficerForm"));
    QVERIFY(!page->findChild<QObject*>("rosterImportResult"));
    // Nor is the officer's record, with no officer chosen yet.
    QVERIFY(!page->findChild<QObject*>("officerName"));
    // ...and the self-test, which opens every dialog, makes them and opens them too.
    QStringList problems;
    const int opened = w.exerciseDialogs(problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    QObject* form = page->findChild<QObject*>("addOfficerForm");
    QVERIFY(form);
    QVERIFY(page->findChild<QObject*>("rosterImportResult"));
    QVERIFY(!form->property("visible").toBool()); // opened, then closed again
    // Both pickers, the two forms of the page, and the three of the officer's details.
    QVERIFY2(opened >= 7, qPrintable(QString::number(opened)));
}

// The self-test opens a page's dialogs one by one and lets the page's readers answer in
// between: a list read again meanwhile makes its rows (and their dialogs) anew, and the old
// ones are gone. It crashed on the big store, once the proposals were read on a worker.
void TestWindow::selfTestOutlivesAListMadeAnew()
{
    auto session = open("ada");
    ShellWindow w(*session, false);
    w.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.window()));
    QVERIFY(w.showPage("fixture_pages/churn"));
    QQuickItem* page = host(w, "fixture_pages/churn")->property("item").value<QQuickItem*>();
    QVERIFY(page);
    QPointer<QObject> churned = page->findChild<QObject*>("churned");
    QVERIFY(churned);
    QStringList problems;
    const int opened = w.exerciseDialogs(problems);
    QVERIFY(!churned); // deleted while the page's dialog was open, with the dialog it held
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    QCOMPARE(opened, 1);
    QVERIFY2(w.warnings().isEmpty(), qPrintable(w.warnings().join('\n')));
}

void TestWindow::missingModuleSwitchesFileDialogsOff()
{
    const QString store = demoStore("missing.db", 10, 20);
    QVERIFY(!store.isEmpty());
    shell::Session session(windowtest::sessionOn(store, "ada"));
    ShellWindow w(session, false);
    QVERIFY(w.missingModules().isEmpty());
    w.reportMissingModules({{"Qt.labs.folderlistmodel", "qml6-module-qt-labs-folderlistmodel",
                             "file dialogs (import, export, statements)", true}});
    QVERIFY(w.backend().problems().join(' ').contains("qml6-module-qt-labs-folderlistmodel"));
    QVERIFY(!ui::LocalFiles::instance()->dialogsAvailable());
    QVERIFY(w.showPage("rosters/roster"));
    QQuickItem* page = host(w, "rosters/roster")->property("item").value<QQuickItem*>();
    QVERIFY(page);
    QVERIFY(!findItem(page, "exportRoster")->property("enabled").toBool());
    QObject* picker = page->findChild<QObject*>("rosterExportPicker");
    QVERIFY(picker);
    QVariant opened;
    QVERIFY(QMetaObject::invokeMethod(picker, "open", Q_RETURN_ARG(QVariant, opened)));
    QVERIFY(!opened.toBool()); // said, not crashed
    QVERIFY(
        picker->property("loadError").toString().contains("qml6-module-qt-labs-folderlistmodel"));
    // The self-test counts that dialog as a problem.
    QStringList problems;
    w.exerciseDialogs(problems);
    QVERIFY2(problems.join(' ').contains("rosterExportPicker"), qPrintable(problems.join('\n')));
    w.reportMissingModules({});
    QVERIFY(ui::LocalFiles::instance()->dialogsAvailable());
    QVERIFY(findItem(page, "exportRoster")->property("enabled").toBool());
}

void TestWindow::sizePositionAndLastPageAreRemembered()
{
    QSettings settings(m_tmp->filePath("contingent.ini"), QSettings::IniFormat);
    const QRect geometry(20, 30, 900, 600);
    {
        auto session = open("ada");
        ShellWindow w(*session, false);
        QVERIFY(w.restoreState(settings)); // nothing saved yet: Home
        QCOMPARE(w.currentPage(), QString("home"));
        w.window()->setGeometry(geometry);
        QVERIFY(w.showPage("fixture_pages/good"));
        w.saveState(settings);
    }
    {
        auto session = open("ada");
        ShellWindow w(*session, false);
        QVERIFY(w.restoreState(settings));
        QCOMPARE(w.currentPage(), QString("fixture_pages/good"));
        QCOMPARE(w.window()->geometry(), geometry);
    }
    {
        // Another login on the same store starts on its own last page (Home),
        // not the admin's.
        auto session = open("pia");
        ShellWindow w(*session, false);
        QVERIFY(w.restoreState(settings));
        QCOMPARE(w.currentPage(), QString("home"));
    }
    {
        // The same login on another store neither.
        QFile::copy(m_store, m_tmp->filePath("other.db"));
        shell::SessionOptions options = optionsFor("ada");
        options.databasePath = m_tmp->filePath("other.db");
        shell::Session other(options);
        ShellWindow w(other, false);
        QVERIFY(w.restoreState(settings));
        QCOMPARE(w.currentPage(), QString("home"));
    }
    {
        // The last page of another role is not reopened; a place off every
        // screen is not restored.
        settings.setValue(ShellWindow::lastPageKey(*open("pia")), "fixture_pages/admin");
        settings.setValue("window/geometry", QRect(50000, 50000, 900, 600));
        auto session = open("pia");
        ShellWindow w(*session, false);
        QVERIFY(w.restoreState(settings));
        QCOMPARE(w.currentPage(), QString("home"));
        QVERIFY(w.window()->x() < 50000);
        QVERIFY(!w.restoreState(settings, "fixture_pages/admin")); // --page: refused, said
    }
}

void TestWindow::selfTest_data()
{
    QTest::addColumn<bool>("withBrokenPlugin");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("shipped plugins only") << false << 0;
    QTest::newRow("with a broken plugin") << true << 1;
}

void TestWindow::selfTest()
{
    QFETCH(bool, withBrokenPlugin);
    QFETCH(int, exitCode);
    QProcess p;
    QStringList args{"--database", m_store, "--self-test"};
    if (withBrokenPlugin)
        args << "--plugin-dir" << m_tmp->filePath("plugins");
    p.start(CONTINGENT_EXECUTABLE, args);
    QVERIFY(p.waitForFinished(120000));
    const QString out = p.readAllStandardOutput();
    const QString err = p.readAllStandardError();
    QVERIFY2(p.exitCode() == exitCode, qPrintable(out + err));
    QVERIFY(out.contains("self-test admin: "));
    QVERIFY(out.contains("self-test officer: "));
    if (withBrokenPlugin) {
        QVERIFY2(err.contains("fixture_pages/syntax"), qPrintable(err));
        QVERIFY(err.contains("No.Such.Module"));
        QVERIFY(out.contains("self-test: FAILED"));
    } else {
        QVERIFY(out.contains("rosters/roster"));
        QVERIFY(out.contains("self-test: passed"));
    }
}

void TestWindow::unknownLanguageIsAUsageError()
{
    // The window, and the commands, which follow --lang too.
    for (const QString& command : {QString("--self-test"), QString("plugins")}) {
        QProcess p;
        p.start(CONTINGENT_EXECUTABLE, {"--database", m_store, "--lang", "de", command});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--lang: \"de\" is not one of sl, en"));
    }
}

void TestWindow::englishCountsTakeTheirPluralForms()
{
    // Before the shell's English is installed, a card's count reads "(s)" (as the commands'
    // do without --lang, for scripts).
    const auto minister = [](int n) {
        return QCoreApplication::translate("ApprovalsCard", "proposal(s) waiting for the Minister",
                                           nullptr, n);
    };
    auto before = open("pia");
    QCOMPARE(minister(1), QString("proposal(s) waiting for the Minister"));
    before.reset();
    shell::installTranslations("en");
    // The shell's own counts, and each plugin's, installed as it loads.
    QCOMPARE(QCoreApplication::translate("AuditPage", "Exported %n entries to %1.", nullptr, 1),
             QString("Exported 1 entry to %1."));
    auto session = open("pia");
    QCOMPARE(minister(1), QString("proposal waiting for the Minister"));
    QCOMPARE(minister(2), QString("proposals waiting for the Minister"));
    QCOMPARE(minister(0), QString("proposals waiting for the Minister"));
    // A verb that agrees is written out (i18n/plural_en.py).
    QCOMPARE(
        QCoreApplication::translate("ReportView", "%n forecast line(s) have no rate", nullptr, 1),
        QString("1 forecast line has no rate"));
    QCOMPARE(
        QCoreApplication::translate("ReportView", "%n forecast line(s) have no rate", nullptr, 3),
        QString("3 forecast lines have no rate"));
    QCOMPARE(QCoreApplication::translate("DueCard", "order(s) past their hand-over deadline",
                                         nullptr, 1),
             QString("order past its hand-over deadline"));
}

void TestWindow::sloveneTranslatesTheShell()
{
    shell::installTranslations("sl");
    QCOMPARE(QLocale().language(), QLocale::Slovenian);
    auto session = open("pia");
    ShellWindow w(*session, false);
    QCOMPARE(w.backend().roleTitle(), QString("Načrtovalec"));
    QCOMPARE(w.backend().formatDate("2026-03-01"), QString("1. 03. 2026")); // four-digit years
    QCOMPARE(w.window()->title(), QString("Contingent"));
    // The plugin's own translation (contingent_add_plugin TS_FILES) is installed too.
    auto* pages = qobject_cast<shell::ContributionModel*>(w.backend().pages());
    QVERIFY(pages);
    const int roster = pages->indexOf("rosters/roster");
    QVERIFY(roster >= 0);
    QCOMPARE(pages->get(roster).value("title").toString(), QString("Evidenca"));
    // Each plugin translates in its own context: none in the shared "QObject"
    // one, where the last plugin loaded would win on a word both use.
    QCOMPARE(QCoreApplication::translate("contingent::rosters", "Roster"), QString("Evidenca"));
    QCOMPARE(QCoreApplication::translate("QObject", "Roster"), QString("Roster"));
    QCOMPARE(QCoreApplication::translate("QObject", "Missions"), QString("Missions"));
    // The Home cards' counts take Slovene's four plural forms (1, 2, 3-4, 5 and more; then
    // by the last two digits): "1 predlogov" was what a card said before.
    const auto due = [](int n) {
        return QCoreApplication::translate("DueCard", "order(s) to hand over this week", nullptr,
                                           n);
    };
    QCOMPARE(due(1), QString("odločba za vročitev ta teden"));
    QCOMPARE(due(2), QString("odločbi za vročitev ta teden"));
    QCOMPARE(due(4), QString("odločbe za vročitev ta teden"));
    QCOMPARE(due(5), QString("odločb za vročitev ta teden"));
    QCOMPARE(due(101), QString("odločba za vročitev ta teden"));
    QCOMPARE(QCoreApplication::translate("ApprovalsCard", "proposal(s) waiting for the Minister",
                                         nullptr, 2),
             QString("predloga čakata na ministra"));
    QCOMPARE(
        QCoreApplication::translate("ExpensesCard", "claim(s) waiting for a decision", nullptr, 1),
        QString("zahtevek čaka na odločitev"));
    // The rail fits its titles (Slovene's are longer than English ones): none is cut short.
    w.window()->resize(1280, 800);
    w.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.window()));
    for (const QString& key : w.pageKeys()) {
        QQuickItem* title = findItem(w.window()->contentItem(), "railTitle:" + key);
        QVERIFY2(title, qPrintable(key));
        QTRY_VERIFY2(!title->property("truncated").toBool(),
                     qPrintable(key + ": " + title->property("text").toString()));
    }
    // The About box's button is ours, and translated (Qt's "Close" is not installed).
    w.setAboutVisible(true);
    QTRY_VERIFY(w.aboutVisible());
    auto* close = w.window()->findChild<QObject*>("aboutClose");
    QVERIFY(close);
    QCOMPARE(close->property("text").toString(), QString("Zapri"));
    // A panel of its own width, centred in the window (the loader it comes from has no size).
    QObject* about = w.window()->findChild<QObject*>("aboutDialog");
    QVERIFY(about);
    const qreal width = about->property("width").toReal();
    QVERIFY(width >= 400);
    QVERIFY(qAbs(about->property("x").toReal() - (w.window()->width() - width) / 2) < 2);
    w.setAboutVisible(false);
    QVERIFY2(w.warnings().isEmpty(), qPrintable(w.warnings().join('\n')));
}

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
