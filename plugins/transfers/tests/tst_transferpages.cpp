// The transfers plugin's pages in the real window, offscreen, over a demo
// store: the tours with their uncovered days, the order form refusing a
// too-early first day and then adding the order, the split proposal applied,
// the due list and the Home card, and an officer's own page.
#include "windowtest.h"

#include <contingent/sdk/repositories.h>

#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Contingent_UiPlugin)
Q_IMPORT_QML_PLUGIN(Contingent_ShellPlugin)

using namespace contingent;
using namespace windowtest;
using shell::ShellWindow;

class TestTransferPages : public QObject, private PagesTestBase {
    Q_OBJECT
private slots:
    void initTestCase() { prepareApplication(); }
    void init() { freshFolder(); }
    void plannerWorksThroughATour();
    void officerSeesOwnOrdersOnly();
};

void TestTransferPages::plannerWorksThroughATour()
{
    const QString store = PagesTestBase::demoStore(CONTINGENT_EXECUTABLE, "t.db", 60, 200);
    QVERIFY(!store.isEmpty());
    {
        // A tour ahead with no order yet, the one this test works on.
        sdk::Database db(store.toStdString());
        db.execute("DELETE FROM transfers_order WHERE deployment_id = (SELECT max(id) FROM "
                   "deployment WHERE status IN ('planned', 'approved'))");
    }
    auto session = std::make_unique<shell::Session>(windowtest::sessionOn(store, "ada"));
    auto w = std::make_unique<ShellWindow>(*session, false);
    QQuickItem* page = windowtest::shownPage(*w, "transfers/orders");
    QVERIFY(page);
    QObject* backend = page->property("backend").value<QObject*>();

    // The tour without orders: its uncovered days shown, its split proposed (the list is read
    // once the page's first frame is out).
    QTRY_VERIFY(!page->property("tourList").toList().isEmpty());
    // The filter narrows the list (read again as it is typed), and clearing it gives it back.
    const int all = page->property("tourList").toList().size();
    const QString first = page->property("tourList").toList().front().toMap()["id"].toString();
    findItem(page, "tourFilter")->setProperty("text", first);
    QTRY_VERIFY(page->property("tourList").toList().size() < all);
    QCOMPARE(page->property("tourList").toList().front().toMap()["id"].toString(), first);
    findItem(page, "tourFilter")->setProperty("text", "");
    QTRY_COMPARE(page->property("tourList").toList().size(), all);
    const QVariantList tours = page->property("tourList").toList();
    int index = -1;
    for (int i = 0; i < tours.size(); ++i)
        if (tours[i].toMap()["orders"].toInt() == 0)
            index = i;
    QVERIFY(index >= 0);
    QQuickItem* list = findItem(page, "tourList");
    list->setProperty("currentIndex", index);
    const QVariantMap tour = page->property("tour").toMap();
    QVERIFY(tour["uncovered"].toInt() > 0);
    QVERIFY(page->property("proposal").toList().size() >= 1);

    // The form: a first day before the tour is refused and named, then the order is added.
    QVariantMap result;
    QVERIFY(QMetaObject::invokeMethod(
        backend, "addOrder", Q_RETURN_ARG(QVariantMap, result),
        Q_ARG(QVariantMap, (QVariantMap{{"tour", tour["id"]},
                                        {"firstDay", "1990-01-01"},
                                        {"lastDay", tour["firstDay"]}}))));
    QVERIFY(!result["ok"].toBool());
    QVERIFY2(result["message"].toString().contains("is not inside its tour"),
             qPrintable(result["message"].toString()));
    // The proposal, applied from the page's button: every day covered.
    QQuickItem* apply = findItem(page, "applySplit");
    QVERIFY(apply && apply->property("enabled").toBool());
    QVERIFY(QMetaObject::invokeMethod(apply, "clicked"));
    QTRY_VERIFY(page->property("orderList").toList().size() >= 1);
    QCOMPARE(page->property("proposal").toList().size(), 0);
    // The list of tours is read again after the change: the tour now has its orders.
    const auto ordersListed = [&] {
        for (const QVariant& t : page->property("tourList").toList())
            if (t.toMap()["id"] == tour["id"])
                return t.toMap()["orders"].toInt();
        return -1;
    };
    QTRY_VERIFY(ordersListed() >= 1);
    QVERIFY(page->property("status").toString().size() > 0);

    // The due list and the Home card agree.
    QVERIFY(w->showPage("home"));
    const int due = backend->property("dueCount").toInt();
    const int overdue = backend->property("overdueCount").toInt();
    QVERIFY(w->showPage("transfers/orders"));
    // Read when its tab is first shown.
    QCOMPARE(findItem(page, "dueList")->property("count").toInt(), 0);
    findItem(page, "dueTab")->setProperty("checked", true);
    QTRY_COMPARE(findItem(page, "dueList")->property("count").toInt(), due + overdue);
}

void TestTransferPages::officerSeesOwnOrdersOnly()
{
    const QString store = PagesTestBase::demoStore(CONTINGENT_EXECUTABLE, "o.db", 60, 200);
    QVERIFY(!store.isEmpty());
    std::int64_t officer = 0;
    {
        sdk::Database db(store.toStdString());
        officer = *db.queryValue<std::int64_t>(
            "SELECT d.officer_id FROM transfers_order t JOIN deployment d ON d.id = "
            "t.deployment_id ORDER BY t.id LIMIT 1");
        // The demo store's officer login, linked to an officer who has orders.
        db.execute("UPDATE app_user SET officer_id = ? WHERE login = 'ana' AND role = 'officer'",
                   officer);
        QCOMPARE(db.changes(), 1);
    }
    auto session = std::make_unique<shell::Session>(windowtest::sessionOn(store, "ana"));
    auto w = std::make_unique<ShellWindow>(*session, false);
    QVERIFY(!w->showPage("transfers/orders")); // staff only
    QQuickItem* page = windowtest::shownPage(*w, "transfers/mine");
    QVERIFY(page);
    QQuickItem* mine = findItem(page, "myOrders");
    QTRY_VERIFY(mine->property("count").toInt() >= 1);
    sdk::Database db(store.toStdString());
    const auto own = db.queryValue<std::int64_t>(
        "SELECT count(*) FROM transfers_order t JOIN deployment d ON d.id = t.deployment_id "
        "WHERE d.officer_id = ?",
        officer);
    QCOMPARE(mine->property("count").toLongLong(), *own);
}

QTEST_MAIN(TestTransferPages)
#include "tst_transferpages.moc"
