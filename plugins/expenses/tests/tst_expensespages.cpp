// The expenses plugin's pages in the real window, offscreen, over a demo
// store: the Home card (spent against the forecast, worked out off the
// window's thread; claims waiting) agreeing with the page; a tour's forecast
// lines; the claim form refusing what the rules refuse and then submitting;
// a rejection needing its reason; the tabs made on first view; the rate form
// refusing an overlap; the report and its export; an officer's own page.
#include "windowtest.h"

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

QVariantMap callMap(QObject* backend, const char* method, const QVariantMap& form)
{
    QVariantMap result;
    QMetaObject::invokeMethod(backend, method, Q_RETURN_ARG(QVariantMap, result),
                              Q_ARG(QVariantMap, form));
    return result;
}

QVariantList claims(QObject* backend, qint64 tour, const QString& state)
{
    QVariantList result;
    QMetaObject::invokeMethod(backend, "claims", Q_RETURN_ARG(QVariantList, result),
                              Q_ARG(qint64, tour), Q_ARG(QString, state));
    return result;
}

} // namespace

class TestExpensesPages : public QObject, private PagesTestBase {
    Q_OBJECT
private slots:
    void initTestCase() { prepareApplication(); }
    void init() { freshFolder(); }
    void plannerWorksThroughClaims();
    void officerSeesOwnExpenses();
};

void TestExpensesPages::plannerWorksThroughClaims()
{
    const QString store = PagesTestBase::demoStore(CONTINGENT_EXECUTABLE, "e.db", 60, 200);
    QVERIFY(!store.isEmpty());
    auto session = std::make_unique<shell::Session>(windowtest::sessionOn(store, "ada"));
    auto w = std::make_unique<ShellWindow>(*session, false);
    w->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(w->window()));

    // Home: the card fills in the forecast once it is worked out.
    QVERIFY(w->showPage("home"));
    QVERIFY(w->showPage("expenses/expenses"));
    QQuickItem* page = host(*w, "expenses/expenses")->property("item").value<QQuickItem*>();
    QVERIFY(page);
    QObject* backend = page->property("backend").value<QObject*>();
    QTRY_VERIFY(!backend->property("forecastThisYear").toString().isEmpty());
    const int waiting = backend->property("waitingCount").toInt();
    QVERIFY(waiting > 0); // the demo's recent claims wait
    QCOMPARE(claims(backend, 0, "submitted").size(), waiting);

    // The tours, and one tour's forecast.
    QQuickItem* tours = findItem(page, "tourList");
    QVERIFY(tours);
    QTRY_VERIFY(tours->property("count").toInt() > 0);
    sdk::Database db(store.toStdString());
    const std::int64_t tour = *db.queryValue<std::int64_t>(
        "SELECT id FROM deployment WHERE status = 'active' ORDER BY id LIMIT 1");
    const QString first = QString::fromStdString(
        *db.queryValue<std::string>("SELECT first_day FROM deployment WHERE id = ?", tour));
    QQuickItem* toursView = findItem(page, "tourList")->parentItem()->parentItem();
    toursView->setProperty("tourId", qint64(tour));
    QTRY_VERIFY(!findItem(page, "tourTotal")->property("text").toString().isEmpty());
    QTRY_VERIFY(findItem(page, "forecastLines")->childItems().size() > 3);

    // The claim form's rules: an amount, a per-day item within the tour.
    const QVariantMap base{{"deployment", qint64(tour)},
                           {"category", "daily_allowance"},
                           {"date", first},
                           {"amount", "40.00"},
                           {"description", "a day"}};
    QVariantMap form = base;
    form["amount"] = "";
    QVariantMap r = callMap(backend, "submitClaim", form);
    QVERIFY(r["errors"].toMap().contains("amount"));
    form = base;
    form["date"] =
        QString::fromStdString(sdk::Date::fromIso(first.toStdString()).addDays(-1).toIso());
    r = callMap(backend, "submitClaim", form);
    QVERIFY2(r["errors"].toMap().value("date").toString().contains("outside the tour"),
             qPrintable(r["message"].toString()));
    form = base;
    form["amount"] = "-3";
    r = callMap(backend, "submitClaim", form);
    QVERIFY(r["errors"].toMap().contains("amount"));
    // A receipt that is not a PDF, JPEG or PNG is refused by its content.
    QFile fake(QFileInfo(store).dir().filePath("receipt.pdf"));
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("plain text");
    fake.close();
    form = base;
    form["receipt"] = QUrl::fromLocalFile(fake.fileName());
    r = callMap(backend, "submitClaim", form);
    QVERIFY(r["errors"].toMap().contains("receipt"));
    const int before = claims(backend, qint64(tour), "").size();
    r = callMap(backend, "submitClaim", base);
    QVERIFY2(r["ok"].toBool(), qPrintable(r["message"].toString()));
    const qint64 id = r["id"].toLongLong();
    QTRY_COMPARE(claims(backend, qint64(tour), "").size(), before + 1);
    QTRY_COMPARE(backend->property("waitingCount").toInt(), waiting + 1);

    // A rejection needs its reason; then it is decided once.
    QVariantMap d;
    QMetaObject::invokeMethod(backend, "decideClaim", Q_RETURN_ARG(QVariantMap, d),
                              Q_ARG(qint64, id), Q_ARG(bool, false), Q_ARG(QString, " "));
    QVERIFY(d["errors"].toMap().contains("reason"));
    QMetaObject::invokeMethod(backend, "decideClaim", Q_RETURN_ARG(QVariantMap, d),
                              Q_ARG(qint64, id), Q_ARG(bool, false), Q_ARG(QString, "double"));
    QVERIFY(d["ok"].toBool());
    QTRY_COMPARE(backend->property("waitingCount").toInt(), waiting);
    QMetaObject::invokeMethod(backend, "decideClaim", Q_RETURN_ARG(QVariantMap, d),
                              Q_ARG(qint64, id), Q_ARG(bool, true), Q_ARG(QString, ""));
    QVERIFY(!d["ok"].toBool());

    // The other tabs are made when first shown.
    QQuickItem* tabs = findItem(page, "tabs");
    QVERIFY(!findItem(page, "rateList"));
    QVERIFY(!findItem(page, "reportSummary"));
    QQuickItem* claimsView = findItem(page, "claimsView");
    QVERIFY(claimsView && !claimsView->property("item").value<QQuickItem*>());
    tabs->setProperty("currentIndex", 1);
    QTRY_VERIFY(claimsView->property("item").value<QQuickItem*>());
    QTRY_COMPARE(findItem(claimsView->property("item").value<QQuickItem*>(), "claimList")
                     ->property("count")
                     .toInt(),
                 backend->property("waitingCount").toInt());
    tabs->setProperty("currentIndex", 2);
    QTRY_VERIFY(findItem(page, "rateList"));
    QTRY_VERIFY(findItem(page, "rateList")->property("count").toInt() > 20);
    tabs->setProperty("currentIndex", 3);
    QTRY_VERIFY(findItem(page, "reportSummary"));
    QTRY_VERIFY(findItem(page, "missionChart")->childItems().size() > 1);

    // An overlapping rate is named under its field.
    r = callMap(backend, "addRate",
                {{"kind", "daily_allowance"},
                 {"country", "Kosovo"},
                 {"validFrom", "2021-01-01"},
                 {"amount", "45.00"},
                 {"currency", "EUR"}});
    QVERIFY2(r["errors"].toMap().value("validFrom").toString().startsWith("overlaps"),
             qPrintable(r["message"].toString()));

    // A claim with a real receipt: saved back out of the store, byte for byte, and recorded
    // (issue #15, item 10).
    const QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    QFile receipt(QFileInfo(store).dir().filePath("taxi.png"));
    QVERIFY(receipt.open(QIODevice::WriteOnly));
    receipt.write(png);
    receipt.close();
    form = base;
    form["receipt"] = QUrl::fromLocalFile(receipt.fileName());
    const QVariantMap withReceipt = callMap(backend, "submitClaim", form);
    QVERIFY2(withReceipt["ok"].toBool(), qPrintable(withReceipt["message"].toString()));
    const QString saved = QFileInfo(store).dir().filePath("saved taxi.png");
    QVariantMap sr;
    QMetaObject::invokeMethod(backend, "saveReceipt", Q_RETURN_ARG(QVariantMap, sr),
                              Q_ARG(qint64, withReceipt["id"].toLongLong()),
                              Q_ARG(QUrl, QUrl::fromLocalFile(saved)));
    QVERIFY2(sr["ok"].toBool(), qPrintable(sr["message"].toString()));
    QFile back(saved);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), png);
    QCOMPARE(windowtest::exportsRecorded(store, "saved taxi.png"), std::int64_t(1));

    // The report exports.
    const QString file = QFileInfo(store).dir().filePath("report.xlsx");
    QVariantMap e;
    QMetaObject::invokeMethod(backend, "exportFile", Q_RETURN_ARG(QVariantMap, e),
                              Q_ARG(QString, "report"), Q_ARG(QUrl, QUrl::fromLocalFile(file)),
                              Q_ARG(QString, ""), Q_ARG(int, backend->property("year").toInt()));
    QVERIFY2(e["ok"].toBool(), qPrintable(e["message"].toString()));
    QVERIFY(QFileInfo(file).size() > 1000);
    // Recorded (issue #15, item 10).
    QCOMPARE(windowtest::exportsRecorded(store, "report.xlsx"), std::int64_t(1));
}

void TestExpensesPages::officerSeesOwnExpenses()
{
    const QString store = PagesTestBase::demoStore(CONTINGENT_EXECUTABLE, "o.db", 60, 200);
    QVERIFY(!store.isEmpty());
    std::int64_t officer = 0;
    std::int64_t tour = 0, theirs = 0;
    {
        sdk::Database db(store.toStdString());
        tour = *db.queryValue<std::int64_t>(
            "SELECT id FROM deployment WHERE status = 'active' ORDER BY id LIMIT 1");
        officer =
            *db.queryValue<std::int64_t>("SELECT officer_id FROM deployment WHERE id = ?", tour);
        theirs = *db.queryValue<std::int64_t>(
            "SELECT id FROM deployment WHERE officer_id <> ? ORDER BY id LIMIT 1", officer);
        db.execute("UPDATE app_user SET officer_id = ? WHERE login = 'ana'", officer);
        QCOMPARE(db.changes(), 1);
    }
    auto session = std::make_unique<shell::Session>(windowtest::sessionOn(store, "ana"));
    auto w = std::make_unique<ShellWindow>(*session, false);
    QVERIFY(!w->showPage("expenses/expenses")); // staff only
    QQuickItem* page = windowtest::shownPage(*w, "expenses/mine");
    QVERIFY(page);
    QObject* backend = page->property("backend").value<QObject*>();
    QVERIFY(backend->property("isOfficer").toBool());
    sdk::Database db(store.toStdString());
    const auto own = db.queryValue<std::int64_t>(
        "SELECT count(*) FROM deployment WHERE officer_id = ?", officer);
    QTRY_COMPARE(findItem(page, "tourList")->property("count").toLongLong(), *own);
    // Their tour in a narrow window: the forecast takes as many columns as fit, and "New
    // claim…" stays in view (four columns pushed it, and the title's badges, out of it, even
    // at the default 1280 pixels in Slovene).
    w->window()->resize(1000, 800);
    findItem(page, "tourList")->parentItem()->parentItem()->setProperty("tourId", qint64(tour));
    QTRY_VERIFY(!findItem(page, "tourTotal")->property("text").toString().isEmpty());
    QQuickItem* forecast = findItem(page, "forecast");
    QVERIFY(forecast);
    QTRY_VERIFY(forecast->width() > 0);
    // A full row of the forecast fits the detail, whatever the tour's number of costs.
    const int columns = forecast->property("columns").toInt();
    const qreal row = columns * forecast->property("cellWidth").toReal()
                      + (columns - 1) * forecast->property("columnSpacing").toReal();
    QQuickItem* detail = forecast->parentItem()->parentItem(); // as wide as the scroll view
    QVERIFY2(columns >= 1 && row <= detail->width(),
             qPrintable(QString("%1 columns, %2 > %3").arg(columns).arg(row).arg(detail->width())));
    QQuickItem* newClaim = findItem(page, "newClaim");
    QVERIFY(newClaim && newClaim->isVisible());
    QTRY_VERIFY2(
        newClaim->mapToScene(QPointF(newClaim->width(), 0)).x() <= w->window()->width(),
        qPrintable(QString::number(newClaim->mapToScene(QPointF(newClaim->width(), 0)).x())));
    // Their own claims only, and no one else's tour.
    for (const QVariant& c : claims(backend, 0, ""))
        QVERIFY(*db.queryValue<std::int64_t>("SELECT officer_id FROM deployment WHERE id = ?",
                                             std::int64_t(c.toMap()["deployment"].toLongLong()))
                == officer);
    QVariantMap t;
    QMetaObject::invokeMethod(backend, "tour", Q_RETURN_ARG(QVariantMap, t),
                              Q_ARG(qint64, qint64(theirs)));
    QVERIFY(!t["ok"].toBool());
    QVariantMap r = callMap(backend, "submitClaim",
                            {{"deployment", qint64(theirs)},
                             {"category", "travel"},
                             {"date", "2020-01-01"},
                             {"amount", "5"}});
    QVERIFY(!r["ok"].toBool());
    const QString first = QString::fromStdString(
        *db.queryValue<std::string>("SELECT first_day FROM deployment WHERE id = ?", tour));
    r = callMap(
        backend, "submitClaim",
        {{"deployment", qint64(tour)}, {"category", "travel"}, {"date", first}, {"amount", "5"}});
    QVERIFY2(r["ok"].toBool(), qPrintable(r["message"].toString()));
    // The report is not theirs.
    QVariantMap report;
    QMetaObject::invokeMethod(backend, "report", Q_RETURN_ARG(QVariantMap, report),
                              Q_ARG(int, 2026));
    QVERIFY(!report["ok"].toBool());
}

QTEST_MAIN(TestExpensesPages)
#include "tst_expensespages.moc"
