// The insurance plugin's pages in the real window, offscreen, over a demo
// store: the policy form refusing a last day before the first and then
// saving; the list, the cover timeline with its red days, the exposure and
// the calculators; the Home card agreeing with the page; an officer's own
// cover and the staff page closed to them.
#include "windowtest.h"

#include <functional>

#include <contingent/sdk/repositories.h>

#include <QDir>
#include <QFileInfo>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Contingent_UiPlugin)
Q_IMPORT_QML_PLUGIN(Contingent_ShellPlugin)

using namespace contingent;
using namespace windowtest;
using shell::ShellWindow;

namespace {

QVariantMap call(QObject* backend, const char* method, const QVariant& a = {},
                 const QVariant& b = {}, const QVariant& c = {})
{
    QVariantMap result;
    if (!c.isNull())
        QMetaObject::invokeMethod(backend, method, Q_RETURN_ARG(QVariantMap, result),
                                  Q_ARG(QString, a.toString()), Q_ARG(QString, b.toString()),
                                  Q_ARG(QString, c.toString()));
    else
        QMetaObject::invokeMethod(backend, method, Q_RETURN_ARG(QVariantMap, result),
                                  Q_ARG(QVariantMap, a.toMap()));
    return result;
}

} // namespace

class TestInsurancePages : public QObject, private PagesTestBase {
    Q_OBJECT
private slots:
    void initTestCase() { prepareApplication(); }
    void init() { freshFolder(); }
    void plannerWorksThroughPolicies();
    void officerSeesOwnCover();
};

void TestInsurancePages::plannerWorksThroughPolicies()
{
    const QString store = PagesTestBase::demoStore(CONTINGENT_EXECUTABLE, "i.db", 60, 200);
    QVERIFY(!store.isEmpty());
    auto session = std::make_unique<shell::Session>(windowtest::sessionOn(store, "ada"));
    auto w = std::make_unique<ShellWindow>(*session, false);
    w->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(w->window()));

    // Home first: the card's count, before the page is ever opened.
    QVERIFY(w->showPage("home"));
    QVERIFY(w->showPage("insurance/policies"));
    QQuickItem* page = host(*w, "insurance/policies")->property("item").value<QQuickItem*>();
    QVERIFY(page);
    QObject* backend = page->property("backend").value<QObject*>();
    const int policies = page->property("policyList").toList().size();
    QVERIFY(policies > 0);
    // A row's actions are made for the chosen row (and the one under the mouse), not four
    // Fusion buttons on every row.
    QQuickItem* policyView = findItem(page, "policyList");
    QTRY_VERIFY(policyView->property("count").toInt() == policies);
    QVERIFY(policies > 3);
    const auto rowsMade = [&] {
        int made = 0;
        for (QQuickItem* item :
             policyView->property("contentItem").value<QQuickItem*>()->childItems())
            made += item->property("modelData").isValid();
        return made;
    };
    QTRY_VERIFY(rowsMade() > 3); // the view lays out its rows over a few frames
    int changeButtons = 0;
    const std::function<void(QQuickItem*)> count = [&](QQuickItem* item) {
        if (item->property("text").toString() == QStringLiteral("Change…")
            && item->inherits("QQuickButton"))
            ++changeButtons;
        for (QQuickItem* child : item->childItems())
            count(child);
    };
    count(policyView);
    QCOMPARE(changeButtons, 1);

    // The form: a last day before the first is named under its field; then it saves.
    QVariantMap form{{"insurer", "Triglav"},    {"number", "T-1"},   {"firstDay", "2030-01-01"},
                     {"lastDay", "2029-12-31"}, {"death", "100000"}, {"disability", "150000,50"},
                     {"missions", "EUAM"}};
    QVariantMap r = call(backend, "savePolicy", form);
    QVERIFY(!r["ok"].toBool());
    QVERIFY(r["errors"].toMap().contains("lastDay"));
    form["lastDay"] = "2030-12-31";
    form["death"] = "lots";
    r = call(backend, "savePolicy", form);
    QVERIFY(r["errors"].toMap().contains("death"));
    form["death"] = "100000";
    r = call(backend, "savePolicy", form);
    QVERIFY2(r["ok"].toBool(), qPrintable(r["message"].toString()));
    QTRY_COMPARE(page->property("policyList").toList().size(), policies + 1);
    QVERIFY(findItem(page, "policyList"));

    // Its document: a PNG is refused by content, a PDF is kept and named in the list.
    const qint64 id = r["id"].toLongLong();
    const auto attach = [&](const char* name, const QByteArray& bytes) {
        QFile f(QFileInfo(store).dir().filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        f.close();
        QVariantMap result;
        QMetaObject::invokeMethod(backend, "attachDocument", Q_RETURN_ARG(QVariantMap, result),
                                  Q_ARG(qint64, id),
                                  Q_ARG(QUrl, QUrl::fromLocalFile(f.fileName())));
        return result;
    };
    QVERIFY(!attach("scan.pdf", "\x89PNG\r\n\x1A\nnot a pdf")["ok"].toBool());
    QVERIFY(attach("T-1.pdf", "%PDF-1.4\n%%EOF\n")["ok"].toBool());
    QTRY_VERIFY(page->property("policyList").toList().size() == policies + 1);
    bool named = false;
    for (const QVariant& p : page->property("policyList").toList())
        named = named || p.toMap()["document"].toString() == "T-1.pdf";
    QVERIFY(named);
    // Saved back out of the store, byte for byte, and recorded (issue #15, item 10).
    const QString saved = QFileInfo(store).dir().filePath("saved T-1.pdf");
    QVariantMap s;
    QMetaObject::invokeMethod(backend, "saveDocument", Q_RETURN_ARG(QVariantMap, s),
                              Q_ARG(qint64, id), Q_ARG(QUrl, QUrl::fromLocalFile(saved)));
    QVERIFY2(s["ok"].toBool(), qPrintable(s["message"].toString()));
    QFile back(saved);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), QByteArray("%PDF-1.4\n%%EOF\n"));
    QCOMPARE(windowtest::exportsRecorded(store, "saved T-1.pdf"), std::int64_t(1));

    // The exposure on the page is what the rule finds; the timeline shows red days.
    const QVariantMap exposure = [&] {
        QVariantMap e;
        QMetaObject::invokeMethod(backend, "exposure", Q_RETURN_ARG(QVariantMap, e));
        return e;
    }();
    QVERIFY(exposure["count"].toInt() > 0); // the demo has gaps on purpose
    // The tabs other than Policies are made when first shown, and then show it.
    QQuickItem* tabs = findItem(page, "tabs");
    QVERIFY(!findItem(page, "exposureList"));
    tabs->setProperty("currentIndex", 2);
    QTRY_VERIFY(findItem(page, "exposureList"));
    QTRY_COMPARE(findItem(page, "exposureList")->property("count").toInt(),
                 exposure["count"].toInt());
    tabs->setProperty("currentIndex", 1);
    QTRY_VERIFY(findItem(page, "coverTimeline"));
    QTRY_VERIFY(findItem(page, "coverTimeline")->property("rowCount").toInt() > 0);
    tabs->setProperty("currentIndex", 3);
    QTRY_VERIFY(findItem(page, "lumpSum"));
    tabs->setProperty("currentIndex", 2);
    QVERIFY(findItem(page, "coverTimeline")); // kept once made
    QVariantList rows;
    QMetaObject::invokeMethod(backend, "timeline", Q_RETURN_ARG(QVariantList, rows),
                              Q_ARG(QString, "mission"), Q_ARG(QString, "EUAM"));
    bool red = false;
    for (const QVariant& row : rows)
        for (const QVariant& p : row.toMap()["periods"].toList())
            red = red || p.toMap()["tone"].toString() == "danger";
    QVERIFY(red);

    // The calculators.
    r = call(backend, "compensation", "80000", "disability", "37.5");
    QVERIFY(r["ok"].toBool());
    QVERIFY2(r["amount"].toString().contains("30"), qPrintable(r["amount"].toString()));
    r = call(backend, "compensation", "80000", "disability", "120");
    QVERIFY(!r["ok"].toBool());
    QVariantMap lump;
    QMetaObject::invokeMethod(backend, "lumpSum", Q_RETURN_ARG(QVariantMap, lump),
                              Q_ARG(QVariantList, QVariantList(9, "1000")));
    QVERIFY(!lump["ok"].toBool());

    // The Home card agrees with the list it stands for.
    QVariantList soon;
    QMetaObject::invokeMethod(backend, "soonUncovered", Q_RETURN_ARG(QVariantList, soon));
    QCOMPARE(backend->property("soonUncoveredCount").toInt(), soon.size());

    // The policies export from the window, and the export is recorded (issue #15, item 10).
    const QString file = QFileInfo(store).dir().filePath("policies.xlsx");
    QVariantMap e;
    QMetaObject::invokeMethod(backend, "exportFile", Q_RETURN_ARG(QVariantMap, e),
                              Q_ARG(QUrl, QUrl::fromLocalFile(file)), Q_ARG(QString, ""));
    QVERIFY2(e["ok"].toBool(), qPrintable(e["message"].toString()));
    QVERIFY(QFileInfo(file).size() > 1000);
    QCOMPARE(windowtest::exportsRecorded(store, "policies.xlsx"), std::int64_t(1));
}

void TestInsurancePages::officerSeesOwnCover()
{
    const QString store = PagesTestBase::demoStore(CONTINGENT_EXECUTABLE, "o.db", 60, 200);
    QVERIFY(!store.isEmpty());
    std::int64_t officer = 0;
    {
        sdk::Database db(store.toStdString());
        officer = *db.queryValue<std::int64_t>(
            "SELECT d.officer_id FROM deployment d JOIN mission m ON m.id = d.mission_id "
            "WHERE m.risk_level = 'high' ORDER BY d.id LIMIT 1");
        db.execute("UPDATE app_user SET officer_id = ? WHERE login = 'ana' AND role = 'officer'",
                   officer);
        QCOMPARE(db.changes(), 1);
    }
    auto session = std::make_unique<shell::Session>(windowtest::sessionOn(store, "ana"));
    auto w = std::make_unique<ShellWindow>(*session, false);
    QVERIFY(!w->showPage("insurance/policies")); // staff only
    QQuickItem* page = windowtest::shownPage(*w, "insurance/mine");
    QVERIFY(page);
    QQuickItem* mine = findItem(page, "myCover");
    sdk::Database db(store.toStdString());
    const auto own = db.queryValue<std::int64_t>(
        "SELECT count(*) FROM deployment WHERE officer_id = ? AND status <> 'cancelled'", officer);
    QTRY_COMPARE(mine->property("count").toLongLong(), *own);
    QObject* backend = page->property("backend").value<QObject*>();
    QVERIFY(backend->property("isOfficer").toBool());
    QVariantMap e;
    QMetaObject::invokeMethod(backend, "exposure", Q_RETURN_ARG(QVariantMap, e));
    QVERIFY(e.isEmpty()); // not for an officer
}

QTEST_MAIN(TestInsurancePages)
#include "tst_insurancepages.moc"
