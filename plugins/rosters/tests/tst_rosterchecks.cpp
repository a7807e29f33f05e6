// The rosters plugin's rules, each legal edge case a named row: the
// competency test (Police Act Art. 71, three years), the passport, the
// unavailability periods and the deployable flag.
#include "rosterchecks.h"
#include "rosterstore.h"

#include <QTest>

using namespace contingent;
using namespace contingent::rosters;

class TestRosterChecks : public QObject {
    Q_OBJECT
private slots:
    void competencyValidity_data();
    void competencyValidity();
    void competencyTest_data();
    void competencyTest();
    void passport_data();
    void passport();
    void unavailability_data();
    void unavailability();
    void notDeployable();
    void underageOnTheFirstDay_data();
    void underageOnTheFirstDay();
    void cancelledAndCompletedToursAreLeftAlone();
    void validityYearsAreASetting();

private:
    std::vector<std::string> rulesFor(RosterStore& s, sdk::DeploymentId deployment);
};

std::vector<std::string> TestRosterChecks::rulesFor(RosterStore& s, sdk::DeploymentId deployment)
{
    sdk::CheckRegistry registry;
    for (auto& c : rosterChecks(*s.context))
        registry.add("rosters", c);
    const sdk::CheckReport report = registry.runFor(s.db, s.clock.today(), deployment);
    if (!report.errors.empty())
        qWarning() << report.errors.front().c_str();
    std::vector<std::string> rules;
    for (const sdk::Finding& f : report.findings) {
        if (f.severity != sdk::Severity::Blocking)
            qWarning() << "not blocking:" << f.ruleId.c_str();
        rules.push_back(f.ruleId + ": " + f.message);
    }
    return rules;
}

void TestRosterChecks::competencyValidity_data()
{
    QTest::addColumn<QString>("test");
    QTest::addColumn<QString>("lastValidDay");
    QTest::newRow("plain") << "2022-05-01"
                           << "2025-04-30";
    QTest::newRow("first of the year") << "2022-01-01"
                                       << "2024-12-31";
    QTest::newRow("29 February") << "2024-02-29"
                                 << "2027-02-27";
    QTest::newRow("end of month") << "2022-08-31"
                                  << "2025-08-30";
}

void TestRosterChecks::competencyValidity()
{
    QFETCH(QString, test);
    QFETCH(QString, lastValidDay);
    QCOMPARE(QString::fromStdString(
                 competencyValidUntil(sdk::Date::fromIso(test.toStdString()), 3).toIso()),
             lastValidDay);
}

void TestRosterChecks::competencyTest_data()
{
    QTest::addColumn<QString>("test"); // "" none on record
    QTest::addColumn<QString>("tourLast");
    QTest::addColumn<QString>("expected"); // substring of the finding, "" none
    QTest::newRow("valid to the last day") << "2022-05-01"
                                           << "2025-04-30"
                                           << "";
    QTest::newRow("lapses on the last day") << "2022-05-01"
                                            << "2025-05-01"
                                            << "competency test of 2022-05-01 lapses 2025-05-01";
    QTest::newRow("lapses mid-tour") << "2022-03-10"
                                     << "2025-06-30"
                                     << "lapses 2025-03-10";
    QTest::newRow("none on record") << ""
                                    << "2025-06-30"
                                    << "no competency test on record";
}

void TestRosterChecks::competencyTest()
{
    QFETCH(QString, test);
    QFETCH(QString, tourLast);
    QFETCH(QString, expected);
    RosterStore s;
    const auto officer = s.officer("P-1");
    Documents d = documents(s.db, officer);
    d.competencyTest =
        test.isEmpty() ? std::nullopt : std::optional(sdk::Date::fromIso(test.toStdString()));
    setDocuments(s.db, officer, d);
    const auto tour = s.tour(officer, s.mission("EULEX"), "2025-02-01", qPrintable(tourLast));
    const auto rules = rulesFor(s, tour);
    if (expected.isEmpty()) {
        QVERIFY2(rules.empty(), rules.empty() ? "" : rules.front().c_str());
        return;
    }
    QCOMPARE(rules.size(), std::size_t(1));
    QVERIFY2(rules[0].find("rosters.competency_test: P-1: ") == 0, rules[0].c_str());
    QVERIFY2(rules[0].find(expected.toStdString()) != std::string::npos, rules[0].c_str());
}

void TestRosterChecks::passport_data()
{
    QTest::addColumn<QString>("expiry");
    QTest::addColumn<QString>("expected");
    QTest::newRow("expires on the last day") << "2025-06-30"
                                             << "";
    QTest::newRow("expires the day before") << "2025-06-29"
                                            << "passport expires 2025-06-29";
    QTest::newRow("none on record") << ""
                                    << "no passport on record";
}

void TestRosterChecks::passport()
{
    QFETCH(QString, expiry);
    QFETCH(QString, expected);
    RosterStore s;
    const auto officer = s.officer("P-1");
    Documents d = documents(s.db, officer);
    d.passportExpiry =
        expiry.isEmpty() ? std::nullopt : std::optional(sdk::Date::fromIso(expiry.toStdString()));
    setDocuments(s.db, officer, d);
    const auto tour = s.tour(officer, s.mission("EULEX"), "2025-02-01", "2025-06-30");
    const auto rules = rulesFor(s, tour);
    QCOMPARE(rules.size(), std::size_t(expected.isEmpty() ? 0 : 1));
    if (!expected.isEmpty())
        QVERIFY2(rules[0].find("rosters.passport: P-1: " + expected.toStdString()) == 0,
                 rules[0].c_str());
}

void TestRosterChecks::unavailability_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<bool>("overlaps");
    QTest::newRow("ends the day before") << "2025-01-20"
                                         << "2025-01-31" << false;
    QTest::newRow("ends on the first day") << "2025-01-20"
                                           << "2025-02-01" << true;
    QTest::newRow("inside") << "2025-03-01"
                            << "2025-03-14" << true;
    QTest::newRow("starts on the last day") << "2025-06-30"
                                            << "2025-07-10" << true;
    QTest::newRow("starts the day after") << "2025-07-01"
                                          << "2025-07-10" << false;
}

void TestRosterChecks::unavailability()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(bool, overlaps);
    RosterStore s;
    const auto officer = s.officer("P-1");
    addUnavailability(
        s.db, officer,
        {0, "leave", sdk::Period::fromIso(first.toStdString(), last.toStdString()), "family"});
    const auto tour = s.tour(officer, s.mission("EULEX"), "2025-02-01", "2025-06-30");
    const auto rules = rulesFor(s, tour);
    QCOMPARE(rules.size(), std::size_t(overlaps ? 1 : 0));
    if (overlaps)
        QCOMPARE(rules[0], "rosters.unavailable: P-1: on leave " + first.toStdString() + ".."
                               + last.toStdString() + " during the tour (family)");
}

void TestRosterChecks::underageOnTheFirstDay_data()
{
    QTest::addColumn<QString>("born");
    QTest::addColumn<bool>("underage");
    QTest::newRow("18 on the first day") << "2007-02-01" << false;
    QTest::newRow("18 the day after") << "2007-02-02" << true;
    QTest::newRow("born on a leap day, 18 on 1 March") << "2007-02-28" << true;
}

void TestRosterChecks::underageOnTheFirstDay()
{
    QFETCH(QString, born);
    QFETCH(bool, underage);
    RosterStore s;
    const auto officer = s.officer("P-1");
    sdk::Officer o = s.context->officers().get(officer);
    o.birthDate = sdk::Date::fromIso(born.toStdString());
    s.context->officers().update(o);
    const auto tour = s.tour(officer, s.mission("EULEX"), "2025-02-01", "2025-07-31");
    const auto rules = rulesFor(s, tour);
    const bool found = std::any_of(rules.begin(), rules.end(), [](const std::string& r) {
        return r.rfind("rosters.underage: P-1 (born ", 0) == 0;
    });
    QCOMPARE(found, underage);
}

void TestRosterChecks::notDeployable()
{
    RosterStore s;
    const auto officer = s.officer("P-1");
    Documents d = documents(s.db, officer);
    d.deployable = false;
    QVERIFY_THROWS_EXCEPTION(sdk::InputError, setDocuments(s.db, officer, d)); // reason required
    d.notDeployableReason = "medical restriction";
    setDocuments(s.db, officer, d);
    const auto tour = s.tour(officer, s.mission("EULEX"), "2025-02-01", "2025-06-30");
    const auto rules = rulesFor(s, tour);
    QCOMPARE(rules.size(), std::size_t(1));
    QCOMPARE(rules[0],
             std::string("rosters.not_deployable: P-1 is not deployable: medical restriction"));
}

void TestRosterChecks::cancelledAndCompletedToursAreLeftAlone()
{
    RosterStore s;
    const auto officer = s.officer("P-1");
    setDocuments(s.db, officer, Documents{}); // nothing on record: would be two findings
    const auto mission = s.mission("EULEX");
    const auto cancelled =
        s.tour(officer, mission, "2025-02-01", "2025-03-01", sdk::DeploymentStatus::Cancelled);
    const auto completed =
        s.tour(officer, mission, "2024-02-01", "2024-03-01", sdk::DeploymentStatus::Completed);
    QVERIFY(rulesFor(s, cancelled).empty());
    QVERIFY(rulesFor(s, completed).empty());
    const auto planned = s.tour(officer, mission, "2025-05-01", "2025-06-01");
    QCOMPARE(rulesFor(s, planned).size(), std::size_t(2));
}

void TestRosterChecks::validityYearsAreASetting()
{
    RosterStore s;
    const auto officer = s.officer("P-1"); // test 2024-06-01
    const auto tour = s.tour(officer, s.mission("EULEX"), "2026-01-01", "2026-06-30");
    QVERIFY(rulesFor(s, tour).empty());
    s.context->settings().setValue(kCompetencyYearsSetting, "2");
    const auto rules = rulesFor(s, tour);
    QCOMPARE(rules.size(), std::size_t(1));
    QVERIFY2(rules[0].find("lapses 2026-06-01") != std::string::npos, rules[0].c_str());
}

QTEST_GUILESS_MAIN(TestRosterChecks)
#include "tst_rosterchecks.moc"
