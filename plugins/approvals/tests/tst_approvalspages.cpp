// The approvals plugin's pages in the real window, offscreen, over a demo
// store with every shipped plugin loaded: proposals grouped by state; a
// proposal's tours with their findings and every plugin's facts; a draft
// refused for a tour in another open proposal, then drafted, submitted,
// recommended and decided through the backend the dialogs call (a decision
// without a number named under its field); the list keeps the chosen
// proposal; the Home card agreeing with the store; an officer's own decisions.
#include "windowtest.h"

#include <contingent/sdk/repositories.h>

#include <QFileInfo>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Contingent_UiPlugin)
Q_IMPORT_QML_PLUGIN(Contingent_ShellPlugin)

using namespace contingent;
using namespace windowtest;
using shell::ShellWindow;

namespace {

QVariantMap call(QObject* backend, const char* method, const QVariantMap& form)
{
    QVariantMap result;
    QMetaObject::invokeMethod(backend, method, Q_RETURN_ARG(QVariantMap, result),
                              Q_ARG(QVariantMap, form));
    return result;
}

QVariantMap step(QObject* backend, qint64 id, const char* action, const QVariantMap& form)
{
    QVariantMap result;
    QMetaObject::invokeMethod(backend, "step", Q_RETURN_ARG(QVariantMap, result), Q_ARG(qint64, id),
                              Q_ARG(QString, action), Q_ARG(QVariantMap, form));
    return result;
}

QVariantMap proposal(QObject* backend, qint64 id)
{
    QVariantMap result;
    QMetaObject::invokeMethod(backend, "proposal", Q_RETURN_ARG(QVariantMap, result),
                              Q_ARG(qint64, id));
    return result;
}

} // namespace

class TestApprovalsPages : public QObject, private PagesTestBase {
    Q_OBJECT
private slots:
    void initTestCase() { prepareApplication(); }
    void init() { freshFolder(); }
    void plannerTakesAProposalThrough();
    void officerSeesTheirDecisions();
};

void TestApprovalsPages::plannerTakesAProposalThrough()
{
    const QString store = PagesTestBase::demoStore(CONTINGENT_EXECUTABLE, "a.db", 60, 200);
    QVERIFY(!store.isEmpty());
    auto session = std::make_unique<shell::Session>(windowtest::sessionOn(store, "ada"));
    auto w = std::make_unique<ShellWindow>(*session, false);
    QQuickItem* page = windowtest::shownPage(*w, "approvals/proposals");
    QVERIFY(page);
    QObject* backend = page->property("backend").value<QObject*>();
    sdk::Database db(store.toStdString());

    // The Home card's counts are the store's.
    QCOMPARE(backend->property("waitingMinister").toLongLong(),
             *db.queryValue<std::int64_t>(
                 "SELECT count(*) FROM approvals_proposal WHERE state = 'submitted'"));
    QCOMPARE(backend->property("waitingGovernment").toLongLong(),
             *db.queryValue<std::int64_t>(
                 "SELECT count(*) FROM approvals_proposal WHERE state = 'recommended'"));
    QVariantList soon;
    QMetaObject::invokeMethod(backend, "soonTours", Q_RETURN_ARG(QVariantList, soon));
    QCOMPARE(backend->property("soonUndecided").toInt(), soon.size());

    // Grouped by state, open ones first; read once the page's first frame is out.
    QTRY_VERIFY(page->property("proposalList").toList().size() > 10);
    const QVariantList list = page->property("proposalList").toList();
    const QStringList order{"draft",   "submitted", "recommended",
                            "decided", "notified",  "withdrawn"};
    for (int i = 1; i < list.size(); ++i)
        QVERIFY(order.indexOf(list[i - 1].toMap()["state"].toString())
                <= order.indexOf(list[i].toMap()["state"].toString()));
    QVERIFY(order.indexOf(list.front().toMap()["state"].toString()) <= 2); // an open one first
    QTRY_VERIFY(findItem(page, "proposalList")->property("count").toInt() == list.size());
    // No proposal chosen yet: no row looks chosen (the view made its first row current).
    QTRY_COMPARE(findItem(page, "proposalList")->property("currentIndex").toInt(), -1);
    QCOMPARE(page->property("proposalId").toLongLong(), qint64(0));
    // Clicked, a row is chosen, tinted with the theme's accent (Contingent.Ui's ListRow), not
    // Fusion's saturated blue, so its dark text stays legible.
    QQuickItem* view = findItem(page, "proposalList");
    QTRY_VERIFY(view->property("contentItem").value<QQuickItem*>()->childItems().size() > 1);
    QQuickItem* first = nullptr;
    for (QQuickItem* item : view->property("contentItem").value<QQuickItem*>()->childItems())
        if (item->property("index").isValid() && item->property("index").toInt() == 0)
            first = item;
    QVERIFY(first);
    QVERIFY(QMetaObject::invokeMethod(first, "clicked"));
    QTRY_VERIFY(first->property("highlighted").toBool());
    QCOMPARE(page->property("proposalId").toLongLong(), list.front().toMap()["id"].toLongLong());
    auto* tint = first->property("background").value<QQuickItem*>();
    QVERIFY(tint);
    QCOMPARE(tint->property("color").value<QColor>(), QColor("#dde8f6"));

    // A proposal's tours: findings and every loaded plugin's facts.
    const qint64 decided = *db.queryValue<std::int64_t>(
        "SELECT id FROM approvals_proposal WHERE state = 'notified' ORDER BY id DESC LIMIT 1");
    const QVariantMap shown = proposal(backend, decided);
    QVERIFY(shown["ok"].toBool());
    QStringList titles;
    for (const QVariant& f : shown["tours"].toList().front().toMap()["facts"].toList())
        titles << f.toMap()["title"].toString();
    for (const char* title : {"Costs", "Insurance cover", "Transfer orders", "Government decision"})
        QVERIFY2(titles.contains(title), qPrintable(titles.join(", ")));
    QVERIFY(shown["history"].toList().size() >= 4); // propose, submit, recommend, decide, notify

    // A draft of a tour already in an open proposal is refused under its field.
    const qint64 busy = *db.queryValue<std::int64_t>(
        "SELECT t.deployment_id FROM approvals_tour t JOIN approvals_proposal p ON p.id = "
        "t.proposal_id WHERE p.state IN ('draft', 'submitted', 'recommended') LIMIT 1");
    QVariantMap r = call(backend, "propose", {{"tours", QString::number(busy)}, {"title", "x"}});
    QVERIFY(r["errors"].toMap().value("tours").toString().contains("already in open proposal"));
    r = call(backend, "propose", {{"tours", "twelve"}});
    QVERIFY(r["errors"].toMap().contains("tours"));

    // A free planned tour without findings goes all the way.
    const qint64 free =
        sdk::DeploymentRepository(db, {"test", "test"})
            .add({{},
                  sdk::OfficerId(*db.queryValue<std::int64_t>("SELECT min(id) FROM officer")),
                  sdk::MissionId(
                      *db.queryValue<std::int64_t>("SELECT id FROM mission WHERE code = 'EULEX'")),
                  "adviser",
                  sdk::Period::fromIso("2030-01-01", "2030-03-31"),
                  sdk::DeploymentStatus::Planned,
                  std::nullopt})
            .value();
    r = call(backend, "propose",
             {{"tours", QString::number(free)},
              {"title", "Test rotation"},
              {"organisation", "EU"},
              {"reference", "EEAS/1"}});
    QVERIFY2(r["ok"].toBool(), qPrintable(r["message"].toString()));
    const qint64 id = r["id"].toLongLong();
    // The list is read again after the change: the new draft is in it, and the filter
    // narrows it to it.
    const auto listed = [&] {
        QStringList listedTitles;
        for (const QVariant& p : page->property("proposalList").toList())
            listedTitles << p.toMap()["title"].toString();
        return listedTitles;
    };
    QTRY_VERIFY(listed().contains("Test rotation"));
    findItem(page, "proposalFilter")->setProperty("text", "Test rotation");
    QTRY_COMPARE(listed(), QStringList{"Test rotation"});
    findItem(page, "proposalFilter")->setProperty("text", "");
    QTRY_VERIFY(listed().size() > 10);
    page->setProperty("proposalId", id);
    QTRY_COMPARE(findItem(page, "proposalTitle")->property("text").toString(),
                 QString("Test rotation"));
    const QString today = backend->property("today").toString();
    // The gate: the new tour has no transfer order (Art. 77) and more, so the
    // submission is refused naming each rule with its article.
    r = step(backend, id, "submit", {{"date", today}});
    QVERIFY(!r["ok"].toBool());
    QVERIFY2(
        r["message"].toString().contains("blocking findings")
            && r["message"].toString().contains("transfers.uncovered_days (Police Act, Art. 77"),
        qPrintable(r["message"].toString()));
    QCOMPARE(*db.queryValue<std::string>("SELECT status FROM deployment WHERE id = ?",
                                         std::int64_t(free)),
             std::string("planned"));

    // A proposal with the Government: a decision needs its number; with it, the
    // tours are approved (or, if a tour has a blocking finding by now, the
    // gate refuses the approval and says why).
    const auto waiting = db.queryValue<std::int64_t>(
        "SELECT id FROM approvals_proposal WHERE state = 'recommended' LIMIT 1");
    QVERIFY(waiting.has_value()); // the demo has one in every state
    r = step(backend, *waiting, "decide", {{"date", today}, {"outcome", "approved"}});
    QVERIFY(r["errors"].toMap().value("number").toString().contains("has a number"));
    const int blocking = proposal(backend, *waiting)["blocking"].toInt();
    r = step(backend, *waiting, "decide",
             {{"date", today}, {"number", "51100-1/2026"}, {"outcome", "approved"}});
    if (blocking == 0) {
        QVERIFY2(r["ok"].toBool(), qPrintable(r["message"].toString()));
        QCOMPARE(*db.queryValue<std::int64_t>(
                     "SELECT count(*) FROM approvals_tour t JOIN deployment d ON d.id = "
                     "t.deployment_id WHERE t.proposal_id = ? AND d.status <> 'approved'",
                     *waiting),
                 std::int64_t(0));
    } else {
        QVERIFY2(r["message"].toString().contains("blocking findings"),
                 qPrintable(r["message"].toString()));
    }
    // The chosen proposal stays chosen as the list is read again.
    QCOMPARE(page->property("proposalId").toLongLong(), id);

    // The proposals export from the window, and the export is recorded (issue #15, item 10).
    const QString file = m_tmp->filePath("proposals.json");
    QVariantMap e;
    QMetaObject::invokeMethod(backend, "exportFile", Q_RETURN_ARG(QVariantMap, e),
                              Q_ARG(QUrl, QUrl::fromLocalFile(file)));
    QVERIFY2(e["ok"].toBool(), qPrintable(e["message"].toString()));
    QVERIFY(QFileInfo(file).size() > 100);
    QCOMPARE(windowtest::exportsRecorded(store, "proposals.json"), std::int64_t(1));
}

void TestApprovalsPages::officerSeesTheirDecisions()
{
    const QString store = PagesTestBase::demoStore(CONTINGENT_EXECUTABLE, "o.db", 60, 200);
    QVERIFY(!store.isEmpty());
    std::int64_t officer = 0;
    {
        sdk::Database db(store.toStdString());
        officer = *db.queryValue<std::int64_t>(
            "SELECT d.officer_id FROM approvals_tour t JOIN deployment d ON d.id = "
            "t.deployment_id JOIN approvals_proposal p ON p.id = t.proposal_id WHERE p.state = "
            "'notified' LIMIT 1");
        db.execute("UPDATE app_user SET officer_id = ? WHERE login = 'ana'", officer);
    }
    auto session = std::make_unique<shell::Session>(windowtest::sessionOn(store, "ana"));
    auto w = std::make_unique<ShellWindow>(*session, false);
    QVERIFY(!w->showPage("approvals/proposals")); // staff only
    QQuickItem* page = windowtest::shownPage(*w, "approvals/mine");
    QVERIFY(page);
    sdk::Database db(store.toStdString());
    const auto own = db.queryValue<std::int64_t>(
        "SELECT count(*) FROM deployment WHERE officer_id = ?", officer);
    QTRY_COMPARE(findItem(page, "myDecisions")->property("count").toLongLong(), *own);
    const QVariantList tours = page->property("tours").toList();
    bool decided = false;
    for (const QVariant& t : tours)
        decided = decided || t.toMap()["decision"].toString().contains("DEMO 51100");
    QVERIFY(decided);
}

QTEST_MAIN(TestApprovalsPages)
#include "tst_approvalspages.moc"
