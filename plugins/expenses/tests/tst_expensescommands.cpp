// `contingent expenses ...` in-process: a forecast of tours and of a mission's
// year (amounts as strings of euros in JSON), the rate tables listed and
// imported, claims added with a receipt, decided and paid; every kind of bad
// input refused with a clear message, exit 1 and nothing written; the
// officer's wall; the report.
#include "expensesstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace expensestest;

namespace {

QJsonDocument json(const std::string& text)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(text));
}

QString write(QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return f.fileName();
}

} // namespace

class TestExpensesCommands : public QObject {
    Q_OBJECT
private slots:
    void forecastOfTours();
    void forecastOfAMissionsYear();
    void ratesListAndImport();
    void claimsFromTheCommandLine();
    void badClaimsWriteNothing_data();
    void badClaimsWriteNothing();
    void decidedOnce();
    void officersWall();
    void termsAndSettings();
    void usageErrors();
};

void TestExpensesCommands::forecastOfTours()
{
    Store s;
    const DeploymentId a = s.tour("2026-01-01", "2026-12-31");
    const DeploymentId b =
        s.tour("2024-02-10", "2024-03-31", s.ukraine, sdk::DeploymentStatus::Completed, s.other);
    const auto run = s.expenses({"forecast", "--deployment", std::to_string(a.value()),
                                 "--deployment", std::to_string(b.value()), "--json"});
    QCOMPARE(run.code, 0);
    const QJsonObject o = json(run.out).object();
    QCOMPARE(o["tours"].toArray().size(), 2);
    // Amounts are strings of euros with two decimals.
    QCOMPARE(o["total"].toString(), QString("22448.14")); // 19555.00 + 2893.14
    QCOMPARE(o["by_category"].toObject()["danger_bonus"].toString(), QString("304.14"));
    // February 2024 (20 days): the journey out 300.00, 20 x 7.00, 20 x 32.00
    // and 124.14 of danger bonus.
    QCOMPARE(o["by_month"].toObject()["2024-02"].toString(), QString("1204.14"));
    const QJsonObject first = o["tours"].toArray()[0].toObject();
    QCOMPARE(first["deployment"].toInteger(), qint64(b.value()));
    QCOMPARE(first["total"].toString(), QString("2893.14"));
    const QJsonArray lines = first["lines"].toArray();
    QVERIFY(!lines.isEmpty());
    for (const QJsonValue& v : lines) {
        QVERIFY(v.toObject()["amount"].isString());
        QVERIFY(v.toObject()["basis"].toString().startsWith("Police Act, Art. 9")
                || v.toObject()["basis"].toString() == "Police Act, Art. 79");
    }
    // The text names each line's basis and the total.
    const auto text = s.expenses({"forecast", "--deployment", std::to_string(b.value())});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.find("danger_bonus") != std::string::npos);
    QVERIFY(text.out.find("Police Act, Art. 93") != std::string::npos);
    QVERIFY(text.out.find("(not confirmed)") != std::string::npos);
    QVERIFY2(text.out.find("Total: EUR 2893.14") != std::string::npos, text.out.c_str());
}

void TestExpensesCommands::forecastOfAMissionsYear()
{
    Store s;
    s.tour("2026-01-01", "2026-12-31");
    s.tour("2025-12-01", "2026-01-31", {}, sdk::DeploymentStatus::Completed, s.other);
    s.tour("2026-03-01", "2026-03-31", {}, sdk::DeploymentStatus::Cancelled, s.other);
    s.tour("2026-03-01", "2026-03-31", s.ukraine);
    const auto run = s.expenses({"forecast", "--mission", "EULEX", "--year", "2026", "--json"});
    QCOMPARE(run.code, 0);
    const QJsonObject o = json(run.out).object();
    // Two tours (the cancelled one aside), each for its days in 2026 only.
    QCOMPARE(o["tours"].toArray().size(), 2);
    QCOMPARE(o["total"].toString(), QString("21312.00")); // 19555.00 + 300 + 217 + 1240
    QVERIFY(!o["by_month"].toObject().contains("2025-12"));
    // Each tour's total is its days in the year: they add up to the year's.
    Money sum;
    for (const QJsonValue& t : o["tours"].toArray())
        sum += eur(t.toObject()["total"].toString().toUtf8().constData());
    QCOMPARE(sum, eur("21312.00"));
    QCOMPARE(s.expenses({"forecast", "--mission", "NOPE", "--year", "2026"}).code, 1);
    QCOMPARE(s.expenses({"forecast", "--mission", "EULEX", "--year", "26"}).code, 2);
}

void TestExpensesCommands::ratesListAndImport()
{
    Store s(sdk::Role::Admin);
    const auto list = s.expenses({"rates", "list", "--json"});
    QCOMPARE(list.code, 0);
    const QJsonArray rates = json(list.out).array();
    QCOMPARE(rates.size(), int(s.count("expenses_rate")));
    bool kosovo = false;
    for (const QJsonValue& v : rates) {
        const QJsonObject r = v.toObject();
        QVERIFY(r["amount"].isString());
        kosovo |= r["country"].toString() == "Kosovo" && r["amount"].toString() == "40.00"
                  && r["valid_from"].toString() == "2021-01-01" && r["confirmed"].toBool();
    }
    QVERIFY(kosovo);
    QTemporaryDir dir;
    const QString overlap =
        write(dir, "rates.csv",
              "kind,country,valid_from,valid_until,amount,currency,confirmed,source\n"
              "daily_allowance,Serbia,2021-01-01,2021-12-31,40.00,EUR,yes,a\n"
              "daily_allowance,Serbia,2021-06-01,,41.00,EUR,yes,b\n");
    const std::int64_t before = s.count("expenses_rate");
    const auto refused = s.expenses({"rates", "import", overlap.toStdString()});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.out.find("line 3, column valid_from: overlaps") != std::string::npos
                 || refused.err.find("line 3, column valid_from: overlaps") != std::string::npos,
             (refused.out + refused.err).c_str());
    QCOMPARE(s.count("expenses_rate"), before);
    // Out as .xlsx and back.
    const QString xlsx = dir.filePath("rates.xlsx");
    QCOMPARE(s.expenses({"rates", "export", "--out", xlsx.toStdString()}).code, 0);
    const auto again = s.expenses({"rates", "import", xlsx.toStdString()});
    QVERIFY2(again.code == 0, again.err.c_str());
    QCOMPARE(s.count("expenses_rate"), before);
    // Not for planners.
    s.login(sdk::Role::Planner);
    QCOMPARE(s.expenses({"rates", "import", xlsx.toStdString()}).code, 1);
    QCOMPARE(s.expenses({"rates", "list"}).code, 0);
}

void TestExpensesCommands::claimsFromTheCommandLine()
{
    Store s;
    const DeploymentId t = s.tour("2026-01-01", "2026-06-30", {}, sdk::DeploymentStatus::Active);
    QTemporaryDir dir;
    const QByteArray pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
    const QString receipt = write(dir, "ticket.pdf", pdf);
    const auto add =
        s.expenses({"claims", "add", "--deployment", std::to_string(t.value()), "--category",
                    "travel", "--date", "2026-01-01", "--amount", "312.40", "--receipt",
                    receipt.toStdString(), "--description", "Flight out"});
    QVERIFY2(add.code == 0, add.err.c_str());
    const std::string id = add.out.substr(0, add.out.find('\n'));
    const auto list = s.expenses({"claims", "list", "--json"});
    const QJsonObject c = json(list.out).array()[0].toObject();
    QCOMPARE(c["amount"].toString(), QString("312.40"));
    QCOMPARE(c["state"].toString(), QString("submitted"));
    QCOMPARE(c["receipt"].toString(), QString("ticket.pdf"));
    QCOMPARE(s.expenses({"claims", "decide", id, "--approve"}).code, 0);
    QCOMPARE(s.expenses({"claims", "pay", id, "--date", "2026-11-20"}).code, 0);
    const QString out = dir.filePath("back.pdf");
    QCOMPARE(s.expenses({"claims", "receipt", id, "--out", out.toStdString()}).code, 0);
    QFile back(out);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), pdf);
    const auto paid = s.expenses(
        {"claims", "list", "--deployment", std::to_string(t.value()), "--state", "paid", "--json"});
    QCOMPARE(json(paid.out).array()[0].toObject()["paid_on"].toString(), QString("2026-11-20"));
    // Claims as files: out with the decision, in as new claims.
    const QString file = write(dir, "claims.csv",
                               QByteArray("deployment,category,date,amount,description\n")
                                   + std::to_string(t.value()).c_str()
                                   + ",separated_living,2026-02-28,196.00,February\n");
    const auto imported = s.expenses({"claims", "import", file.toStdString()});
    QVERIFY2(imported.code == 0, imported.err.c_str());
    QCOMPARE(s.count("expenses_claim"), 2);
    const auto exported = s.expenses({"claims", "export", "--format", "csv"});
    QCOMPARE(exported.code, 0);
    QVERIFY(exported.out.find(",paid,") != std::string::npos);
}

void TestExpensesCommands::badClaimsWriteNothing_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("tour");
    QTest::addColumn<QString>("receipt");
    QTest::addColumn<QString>("expected");
    QTest::newRow("negative") << "travel"
                              << "2026-01-01"
                              << "-5"
                              << ""
                              << ""
                              << "is negative";
    QTest::newRow("zero") << "travel"
                          << "2026-01-01"
                          << "0.00"
                          << ""
                          << ""
                          << "is nothing";
    QTest::newRow("not an amount") << "travel"
                                   << "2026-01-01"
                                   << "lots"
                                   << ""
                                   << ""
                                   << "--amount: \"lots\" is not an amount";
    QTest::newRow("unknown category") << "lunch"
                                      << "2026-01-01"
                                      << "5"
                                      << ""
                                      << ""
                                      << "--category: unknown category \"lunch\"";
    QTest::newRow("unknown tour") << "travel"
                                  << "2026-01-01"
                                  << "5"
                                  << "999"
                                  << ""
                                  << "deployment: there is no tour with id 999";
    QTest::newRow("per day outside") << "daily_allowance"
                                     << "2026-07-01"
                                     << "40"
                                     << ""
                                     << ""
                                     << "date: 2026-07-01 is outside the tour";
    QTest::newRow("per day before") << "separated_living"
                                    << "2025-12-31"
                                    << "7"
                                    << ""
                                    << ""
                                    << "is outside the tour";
    QTest::newRow("future") << "travel"
                            << "2026-12-01"
                            << "5"
                            << ""
                            << ""
                            << "is after today";
    QTest::newRow("not a date") << "travel"
                                << "2026-02-30"
                                << "5"
                                << ""
                                << ""
                                << "--date: \"2026-02-30\" is not a date";
    QTest::newRow("receipt of the wrong type") << "travel"
                                               << "2026-01-01"
                                               << "5"
                                               << ""
                                               << "text"
                                               << "receipt";
    QTest::newRow("receipt too large") << "travel"
                                       << "2026-01-01"
                                       << "5"
                                       << ""
                                       << "big"
                                       << "receipt";
    QTest::newRow("receipt missing") << "travel"
                                     << "2026-01-01"
                                     << "5"
                                     << ""
                                     << "missing"
                                     << "receipt";
}

void TestExpensesCommands::badClaimsWriteNothing()
{
    QFETCH(QString, category);
    QFETCH(QString, date);
    QFETCH(QString, amount);
    QFETCH(QString, tour);
    QFETCH(QString, receipt);
    QFETCH(QString, expected);
    Store s;
    const DeploymentId t = s.tour("2026-01-01", "2026-06-30", {}, sdk::DeploymentStatus::Active);
    QTemporaryDir dir;
    std::vector<std::string> args{
        "claims",       "add",
        "--deployment", tour.isEmpty() ? std::to_string(t.value()) : tour.toStdString(),
        "--category",   category.toStdString(),
        "--date",       date.toStdString(),
        "--amount",     amount.toStdString()};
    if (receipt == "text")
        args.insert(args.end(), {"--receipt", write(dir, "r.pdf", "not a pdf").toStdString()});
    if (receipt == "big")
        args.insert(
            args.end(),
            {"--receipt", write(dir, "r.pdf", "%PDF-1.4\n" + QByteArray(10 * 1024 * 1024 + 1, ' '))
                              .toStdString()});
    if (receipt == "missing")
        args.insert(args.end(), {"--receipt", dir.filePath("none.pdf").toStdString()});
    const auto run = s.expenses(args);
    QVERIFY2(run.code == 1 || run.code == 2, run.err.c_str());
    QVERIFY2(run.err.find(expected.toStdString()) != std::string::npos, run.err.c_str());
    QCOMPARE(std::count(run.err.begin(), run.err.end(), '\n') <= 1 || run.code == 2, true);
    QCOMPARE(s.count("expenses_claim"), 0);
    QCOMPARE(s.count("expenses_receipt"), 0);
    QCOMPARE(s.audits("submit"), 0);
}

void TestExpensesCommands::decidedOnce()
{
    Store s;
    const DeploymentId t = s.tour("2026-01-01", "2026-06-30", {}, sdk::DeploymentStatus::Active);
    const std::int64_t id =
        ClaimBook(*s.context).add(s.claim(t, Category::Travel, "2026-01-01", "300.00"));
    const std::string claim = std::to_string(id);
    QCOMPARE(s.expenses({"claims", "decide", claim, "--reject", "no ticket"}).code, 0);
    const auto twice = s.expenses({"claims", "decide", claim, "--approve"});
    QCOMPARE(twice.code, 1);
    QVERIFY2(twice.err.find("was already rejected") != std::string::npos, twice.err.c_str());
    QCOMPARE(json(s.expenses({"claims", "list", "--json"}).out)
                 .array()[0]
                 .toObject()["reason"]
                 .toString(),
             QString("no ticket"));
    QCOMPARE(s.audits("reject"), 1);
    QCOMPARE(s.audits("approve"), 0);
    QCOMPARE(s.expenses({"claims", "decide", claim}).code, 2);
    QCOMPARE(s.expenses({"claims", "decide", claim, "--approve", "--reject", "x"}).code, 2);
    QCOMPARE(s.expenses({"claims", "pay", claim}).code, 1);
}

void TestExpensesCommands::officersWall()
{
    Store s(sdk::Role::Officer, "2026-11-30", true);
    const DeploymentId mine = s.tour("2026-01-01", "2026-06-30", {}, sdk::DeploymentStatus::Active);
    const DeploymentId theirs =
        s.tour("2026-01-01", "2026-06-30", {}, sdk::DeploymentStatus::Active, s.other);
    ClaimBook(s.admin()).add(s.claim(theirs, Category::Travel, "2026-01-01", "300.00"));
    const auto other =
        s.expenses({"claims", "add", "--deployment", std::to_string(theirs.value()), "--category",
                    "travel", "--date", "2026-01-01", "--amount", "5"});
    QCOMPARE(other.code, 1);
    QCOMPARE(s.count("expenses_claim"), 1);
    const auto own = s.expenses({"claims", "add", "--deployment", std::to_string(mine.value()),
                                 "--category", "travel", "--date", "2026-01-01", "--amount", "5"});
    QCOMPARE(own.code, 0);
    QCOMPARE(json(s.expenses({"claims", "list", "--json"}).out).array().size(), 1);
    QCOMPARE(json(s.expenses(
                       {"claims", "list", "--deployment", std::to_string(theirs.value()), "--json"})
                      .out)
                 .array()
                 .size(),
             0);
    QCOMPARE(s.expenses({"claims", "decide", "1", "--approve"}).code, 1);
    QCOMPARE(s.expenses({"report", "--year", "2026"}).code, 1);
    QCOMPARE(s.expenses({"forecast", "--mission", "EULEX", "--year", "2026"}).code, 1);
    QCOMPARE(s.expenses({"terms", "--deployment", std::to_string(mine.value())}).code, 1);
    QCOMPARE(s.expenses({"claims", "export", "--format", "csv"}).out.find(",P-2,"),
             std::string::npos);
}

void TestExpensesCommands::termsAndSettings()
{
    Store s(sdk::Role::Admin);
    const DeploymentId t = s.tour("2026-01-01", "2026-01-31");
    const std::string id = std::to_string(t.value());
    QCOMPARE(s.expenses({"terms", "--deployment", id, "--relocates", "yes"}).code, 0);
    QVERIFY(tourTerms(s.db, t).relocates);
    QCOMPARE(s.expenses({"terms", "--mission", "EULEX", "--organisation-pays", "yes"}).code, 0);
    QVERIFY(missionOrganisationPays(s.db, s.kosovo));
    const QJsonObject f = json(s.expenses({"forecast", "--deployment", id, "--json"}).out).object();
    QCOMPARE(f["by_category"].toObject()["moving"].toString(), QString("1000.00"));
    QCOMPARE(f["by_category"].toObject()["daily_allowance"].toString(), QString("0.00"));
    QCOMPARE(s.expenses({"terms", "--deployment", id, "--relocates", "maybe"}).code, 2);
    QCOMPARE(s.expenses({"settings", "--set", "usd_rate=0.9"}).code, 0);
    QVERIFY(s.expenses({"settings"}).out.find("usd_rate              0.9000") != std::string::npos);
    QCOMPARE(s.expenses({"settings", "--set", "usd_rate=-1"}).code, 1);
    s.login(sdk::Role::Planner);
    QCOMPARE(s.expenses({"settings", "--set", "usd_rate=1"}).code, 1);
}

void TestExpensesCommands::usageErrors()
{
    Store s;
    QCOMPARE(s.expenses({}).code, 2);
    QCOMPARE(s.expenses({"nope"}).code, 2);
    QCOMPARE(s.expenses({"forecast"}).code, 2);
    QCOMPARE(s.expenses({"forecast", "--deployment", "1", "--mission", "EULEX"}).code, 2);
    QCOMPARE(s.expenses({"forecast", "--deployment", "x"}).code, 2);
    QCOMPARE(s.expenses({"forecast", "--deployment", "77"}).code, 1);
    QCOMPARE(s.expenses({"rates"}).code, 2);
    QCOMPARE(s.expenses({"claims", "frobnicate"}).code, 2);
    QCOMPARE(s.expenses({"claims", "add", "--deployment", "1"}).code, 2);
    const auto unknown = s.expenses({"claims", "list", "--deployment", "999"});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.find("no tour with id 999") != std::string::npos);
    QCOMPARE(s.expenses({"report"}).code, 2);
}

QTEST_GUILESS_MAIN(TestExpensesCommands)
#include "tst_expensescommands.moc"
