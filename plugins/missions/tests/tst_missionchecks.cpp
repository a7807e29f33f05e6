// The three tour checks, with the edges of the law's dates.

#include "missionchecks.h"
#include "missionstore.h"

#include <QTest>

using namespace contingent;
using namespace contingent::missions;
using sdk::Date;

class TestMissionChecks : public QObject {
    Q_OBJECT
private slots:
    void findings_data();
    void findings();
    void stayMonthsIsASetting();
    void riskLevelIsAPlannersSetting();
    void scopeLimitsToOneTour();
};

namespace {

std::vector<sdk::Finding> run(MissionStore& s, const std::string& rule,
                              std::optional<sdk::DeploymentId> only = std::nullopt)
{
    std::vector<sdk::Finding> out;
    for (const sdk::CheckDefinition& c : missionChecks(*s.context))
        if (c.ruleId == rule)
            for (sdk::Finding& f : c.run({s.db, s.clock.today(), only}))
                out.push_back(std::move(f));
    return out;
}

} // namespace

void TestMissionChecks::findings_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("mission");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("expected"); // part of the message, or empty: no finding

    const QString outside = "missions.outside_mission_dates";
    // EUPM ran 2003-01-01..2012-06-30.
    QTest::newRow("outside: first day of the mission") << outside << "EUPM"
                                                       << "2003-01-01"
                                                       << "2003-06-30"
                                                       << "completed"
                                                       << "";
    QTest::newRow("outside: a day early") << outside << "EUPM"
                                          << "2002-12-31"
                                          << "2003-06-30"
                                          << "completed"
                                          << "falls outside mission EUPM (2003-01-01..2012-06-30)";
    QTest::newRow("outside: last day of the mission") << outside << "EUPM"
                                                      << "2012-01-01"
                                                      << "2012-06-30"
                                                      << "completed"
                                                      << "";
    QTest::newRow("outside: a day late") << outside << "EUPM"
                                         << "2012-01-01"
                                         << "2012-07-01"
                                         << "completed"
                                         << "2012-01-01..2012-07-01";
    QTest::newRow("outside: cancelled") << outside << "EUPM"
                                        << "2012-01-01"
                                        << "2012-07-01"
                                        << "cancelled"
                                        << "";
    QTest::newRow("outside: ongoing mission") << outside << "EULEX"
                                              << "2030-01-01"
                                              << "2030-12-31"
                                              << "planned"
                                              << "";

    const QString stay = "missions.long_stay_abroad";
    QTest::newRow("stay: exactly three months") << stay << "EULEX"
                                                << "2025-01-15"
                                                << "2025-04-14"
                                                << "planned"
                                                << "";
    QTest::newRow("stay: a day longer") << stay << "EULEX"
                                        << "2025-01-15"
                                        << "2025-04-15"
                                        << "planned"
                                        << "a stay abroad of 91 days";
    // 30 November + 3 months = 28 February (the month is shorter).
    QTest::newRow("stay: month end, within") << stay << "EULEX"
                                             << "2024-11-30"
                                             << "2025-02-27"
                                             << "completed"
                                             << "";
    QTest::newRow("stay: month end, over") << stay << "EULEX"
                                           << "2024-11-30"
                                           << "2025-02-28"
                                           << "completed"
                                           << "longer than 3 months";
    // Leap year: 2023-11-30 + 3 months = 2024-02-29.
    QTest::newRow("stay: leap year, within") << stay << "EULEX"
                                             << "2023-11-30"
                                             << "2024-02-28"
                                             << "completed"
                                             << "";
    QTest::newRow("stay: leap year, over") << stay << "EULEX"
                                           << "2023-11-30"
                                           << "2024-02-29"
                                           << "completed"
                                           << "92 days";
    QTest::newRow("stay: cancelled") << stay << "EULEX"
                                     << "2024-01-01"
                                     << "2024-12-31"
                                     << "cancelled"
                                     << "";

    const QString risk = "missions.high_risk_mission";
    QTest::newRow("risk: EUPOL AFG is high") << risk << "EUPOL AFG"
                                             << "2010-01-01"
                                             << "2010-02-01"
                                             << "completed"
                                             << "EUPOL AFG is a high-risk mission";
    QTest::newRow("risk: OMIK is low") << risk << "OMIK"
                                       << "2010-01-01"
                                       << "2010-02-01"
                                       << "completed"
                                       << "";
    QTest::newRow("risk: cancelled") << risk << "EUAM"
                                     << "2024-01-01"
                                     << "2024-02-01"
                                     << "cancelled"
                                     << "";
}

void TestMissionChecks::findings()
{
    QFETCH(QString, rule);
    QFETCH(QString, mission);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, status);
    QFETCH(QString, expected);
    MissionStore s;
    const auto id =
        s.tour(s.officer("P-1"), mission.toStdString(), first.toLatin1().constData(),
               last.toLatin1().constData(), sdk::deploymentStatusFromString(status.toStdString()));
    const auto found = run(s, rule.toStdString());
    if (expected.isEmpty()) {
        QVERIFY2(found.empty(), found.empty() ? "" : found.front().message.c_str());
        return;
    }
    QCOMPARE(found.size(), std::size_t(1));
    const sdk::Finding& f = found.front();
    QVERIFY2(QString::fromStdString(f.message).contains(expected), f.message.c_str());
    QCOMPARE(f.deploymentId, id);
    QCOMPARE(f.ruleId, rule.toStdString());
    QVERIFY(f.legalBasis.starts_with("Police Act, Art. "));
    const sdk::Severity severity =
        rule == "missions.outside_mission_dates" ? sdk::Severity::Blocking : sdk::Severity::Info;
    QCOMPARE(int(f.severity), int(severity));
    if (rule == "missions.long_stay_abroad")
        QCOMPARE(f.legalBasis, std::string("Police Act, Art. 124"));
}

void TestMissionChecks::stayMonthsIsASetting()
{
    MissionStore s;
    s.tour(s.officer("P-1"), "EULEX", "2024-01-01", "2024-06-30");
    QCOMPARE(run(s, "missions.long_stay_abroad").size(), std::size_t(1));
    s.context->settings().setValue(kStayRecordMonthsKey, "6");
    QCOMPARE(run(s, "missions.long_stay_abroad").size(), std::size_t(0));
    s.context->settings().setValue(kStayRecordMonthsKey, "six");
    QVERIFY_THROWS_EXCEPTION(sdk::InputError, run(s, "missions.long_stay_abroad"));
}

void TestMissionChecks::riskLevelIsAPlannersSetting()
{
    MissionStore s;
    s.tour(s.officer("P-1"), "EULEX", "2024-01-01", "2024-02-01");
    QVERIFY(run(s, "missions.high_risk_mission").empty());
    MissionBook book(*s.context);
    MissionInfo eulex = book.findByCode("EULEX").value();
    eulex.mission.riskLevel = sdk::RiskLevel::High;
    book.update(eulex);
    QCOMPARE(run(s, "missions.high_risk_mission").size(), std::size_t(1));
    // A tour's own risk level wins over the mission's (Art. 89: assignments).
    const auto quiet = s.tour(s.officer("P-2"), "EULEX", "2024-03-01", "2024-04-01");
    sdk::Deployment d = s.context->deployments().get(quiet);
    d.riskLevel = sdk::RiskLevel::Low;
    s.context->deployments().update(d);
    QCOMPARE(run(s, "missions.high_risk_mission").size(), std::size_t(1));
    QVERIFY(s.context->deployments().riskLevel(quiet) == sdk::RiskLevel::Low);
    eulex.mission.riskLevel = sdk::RiskLevel::Low;
    book.update(eulex);
    d.riskLevel = sdk::RiskLevel::High;
    s.context->deployments().update(d);
    const auto found = run(s, "missions.high_risk_mission");
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found.front().deploymentId, quiet);
}

void TestMissionChecks::scopeLimitsToOneTour()
{
    MissionStore s;
    const auto a = s.tour(s.officer("P-1"), "EUAM", "2024-01-01", "2024-12-31");
    const auto b = s.tour(s.officer("P-2"), "EUAM", "2024-01-01", "2024-12-31");
    QCOMPARE(run(s, "missions.high_risk_mission").size(), std::size_t(2));
    const auto one = run(s, "missions.high_risk_mission", b);
    QCOMPARE(one.size(), std::size_t(1));
    QCOMPARE(one.front().deploymentId, b);
    QCOMPARE(run(s, "missions.long_stay_abroad", a).front().deploymentId, a);
}

QTEST_GUILESS_MAIN(TestMissionChecks)
#include "tst_missionchecks.moc"
