// Transfer orders and the rules of Police Act Art. 77: the six-month limit
// (by the SDK's month rule), the seven-day notice in calendar days, uncovered
// tour days, rule sets with a valid-from day, and the split proposal.

#include "transferstore.h"

#include <contingent/sdk/changes.h>
#include <contingent/sdk/checks.h>
#include <contingent/sdk/migrations.h>
#include <contingent/sdk/repositories.h>

#include <QTest>

using namespace transferstest;

namespace {

template <typename F> QString inputErrorOf(F&& f)
{
    try {
        f();
    } catch (const sdk::Error& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace

class TestTransferOrders : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deadlineIsCountedInCalendarDays_data();
    void deadlineIsCountedInCalendarDays();
    void sixMonthLimitUsesTheSdkMonthRule_data();
    void sixMonthLimitUsesTheSdkMonthRule();
    void uncoveredDaysAreNamed();
    void lateHandOverIsAFindingNotARefusal();
    void noticeOfExactlySevenOrSixDays_data();
    void noticeOfExactlySevenOrSixDays();
    void handOverDueWarnsThenBlocks();
    void ruleSetInForceOnTheFirstDayJudges();
    void badOrdersAreRefused();
    void splitProposalCoversTheTourWithinTheLimit();
};

void TestTransferOrders::deadlineIsCountedInCalendarDays_data()
{
    QTest::addColumn<QString>("duty");
    QTest::addColumn<int>("notice");
    QTest::addColumn<QString>("deadline");
    QTest::newRow("Art. 77(3): the 15th needs the 8th") << "2025-03-15" << 7 << "2025-03-08";
    QTest::newRow("across a month") << "2025-03-03" << 7 << "2025-02-24";
    QTest::newRow("across a leap day") << "2024-03-03" << 7 << "2024-02-25";
    QTest::newRow("across a year") << "2025-01-05" << 7 << "2024-12-29";
    QTest::newRow("no notice") << "2025-03-15" << 0 << "2025-03-15";
}

void TestTransferOrders::deadlineIsCountedInCalendarDays()
{
    QFETCH(QString, duty);
    QFETCH(int, notice);
    QFETCH(QString, deadline);
    QCOMPARE(handOverDeadline(Date::fromIso(duty.toStdString()), notice).toIso(),
             deadline.toStdString());
}

void TestTransferOrders::sixMonthLimitUsesTheSdkMonthRule_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<bool>("tooLong");
    QTest::newRow("exactly six months") << "2024-01-15"
                                        << "2024-07-14" << false;
    QTest::newRow("one day more") << "2024-01-15"
                                  << "2024-07-15" << true;
    QTest::newRow("month end, leap year") << "2023-08-31"
                                          << "2024-02-28" << false;
    QTest::newRow("month end, to the 29th") << "2023-08-31"
                                            << "2024-02-29" << true;
    QTest::newRow("a one-year tour in one order") << "2024-01-01"
                                                  << "2024-12-31" << true;
}

void TestTransferOrders::sixMonthLimitUsesTheSdkMonthRule()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(bool, tooLong);
    Store s;
    const DeploymentId t = s.tour("2023-01-01", "2025-12-31");
    s.order(t, first.toUtf8().constData(), last.toUtf8().constData(), "2022-12-01");
    sdk::Severity severity = sdk::Severity::Info;
    const auto found = s.findings("transfers.order_too_long", &severity);
    QCOMPARE(found.size(), std::size_t(tooLong ? 1 : 0));
    if (tooLong) {
        QVERIFY(severity == sdk::Severity::Blocking);
        QVERIFY2(found.front().find("longer than 6 months") != std::string::npos,
                 found.front().c_str());
    }
}

void TestTransferOrders::uncoveredDaysAreNamed()
{
    Store s;
    const DeploymentId t = s.tour("2025-03-01", "2026-02-28");
    QCOMPARE(s.findings("transfers.uncovered_days").size(), std::size_t(1)); // no order at all
    s.order(t, "2025-03-01", "2025-08-31");
    auto found = s.findings("transfers.uncovered_days");
    QCOMPARE(found.size(), std::size_t(1));
    QVERIFY2(found.front().find("181 days") != std::string::npos, found.front().c_str());
    QVERIFY2(found.front().find("the first 2025-09-01") != std::string::npos,
             found.front().c_str());
    s.order(t, "2025-10-01", "2026-02-28"); // a gap in September
    found = s.findings("transfers.uncovered_days");
    QCOMPARE(found.size(), std::size_t(1));
    QVERIFY2(found.front().find("30 days") != std::string::npos, found.front().c_str());
    s.order(t, "2025-09-01", "2025-09-30");
    QVERIFY(s.findings("transfers.uncovered_days").empty());
    // A one-day gap between two orders is named.
    const DeploymentId gap = s.tour("2027-01-01", "2027-02-28");
    s.order(gap, "2027-01-01", "2027-01-31");
    s.order(gap, "2027-02-02", "2027-02-28");
    found = s.findings("transfers.uncovered_days");
    QCOMPARE(found.size(), std::size_t(1));
    QVERIFY2(found.front().find("1 day of tour 2027-01-01..2027-02-28 has no transfer order, "
                                "the first 2027-02-01")
                 != std::string::npos,
             found.front().c_str());
    s.db.execute("UPDATE deployment SET status = 'cancelled' WHERE id = ?", gap);
    QVERIFY(s.findings("transfers.uncovered_days").empty()); // a cancelled tour needs none
    // A completed or cancelled tour is history: nothing to order any more.
    const DeploymentId old = s.tour("2010-01-01", "2010-06-30");
    s.db.execute("UPDATE deployment SET status = 'completed' WHERE id = ?", old);
    QVERIFY(s.findings("transfers.uncovered_days").empty());
}

void TestTransferOrders::lateHandOverIsAFindingNotARefusal()
{
    Store s(sdk::Role::Planner, "2025-03-20");
    const DeploymentId t = s.tour("2025-03-15", "2025-09-14");
    const auto id = s.order(t, "2025-03-15", "2025-09-14", "2025-03-08"); // on the deadline
    QVERIFY(s.findings("transfers.late_hand_over").empty());
    OrderBook(*s.context).handOver(id, Date::fromIso("2025-03-09")); // one day late: kept
    QCOMPARE(OrderBook(*s.context).find(id)->handedOn->toIso(), std::string("2025-03-09"));
    const auto found = s.findings("transfers.late_hand_over");
    QCOMPARE(found.size(), std::size_t(1));
    QVERIFY2(found.front().find("the deadline was 2025-03-08") != std::string::npos,
             found.front().c_str());
    // Once the tour is completed, the late order is history: recorded, blocking nothing.
    s.db.execute("UPDATE deployment SET status = 'completed' WHERE id = ?", t);
    sdk::Severity severity = sdk::Severity::Blocking;
    QCOMPARE(s.findings("transfers.late_hand_over", &severity).size(), std::size_t(1));
    QVERIFY(severity == sdk::Severity::Info);
}

void TestTransferOrders::noticeOfExactlySevenOrSixDays_data()
{
    QTest::addColumn<QString>("duty");
    QTest::addColumn<QString>("handed");
    QTest::addColumn<bool>("late");
    QTest::newRow("exactly 7 days") << "2025-03-15"
                                    << "2025-03-08" << false;
    QTest::newRow("exactly 6 days") << "2025-03-15"
                                    << "2025-03-09" << true;
    QTest::newRow("7 days across a leap February") << "2024-03-06"
                                                   << "2024-02-28" << false;
    QTest::newRow("6 days across a leap February") << "2024-03-06"
                                                   << "2024-02-29" << true;
    QTest::newRow("7 days across a year") << "2025-01-03"
                                          << "2024-12-27" << false;
}

void TestTransferOrders::noticeOfExactlySevenOrSixDays()
{
    QFETCH(QString, duty);
    QFETCH(QString, handed);
    QFETCH(bool, late);
    Store s(sdk::Role::Planner, "2025-06-30");
    const std::string first = duty.toStdString();
    const std::string last = Date::fromIso(first).addDays(30).toIso();
    s.order(s.tour(first.c_str(), last.c_str()), first.c_str(), last.c_str(),
            handed.toUtf8().constData());
    QCOMPARE(s.findings("transfers.late_hand_over").size(), std::size_t(late ? 1 : 0));
}

void TestTransferOrders::handOverDueWarnsThenBlocks()
{
    Store s; // today 2025-01-15
    const DeploymentId soon = s.tour("2025-01-25", "2025-06-30");
    s.order(soon, "2025-01-25", "2025-06-30"); // deadline 01-18: three days left
    sdk::Severity severity = sdk::Severity::Info;
    auto found = s.findings("transfers.hand_over_due", &severity);
    QCOMPARE(found.size(), std::size_t(1));
    QVERIFY(severity == sdk::Severity::Warning);
    QVERIFY2(found.front().find("by 2025-01-18 (3 days left)") != std::string::npos,
             found.front().c_str());

    Store late;
    const DeploymentId passed = late.tour("2025-01-20", "2025-06-30");
    late.order(passed, "2025-01-20", "2025-06-30"); // deadline 01-13 passed
    found = late.findings("transfers.hand_over_due", &severity);
    QCOMPARE(found.size(), std::size_t(1));
    QVERIFY(severity == sdk::Severity::Blocking);

    Store lastDay; // the deadline is today: still in time
    lastDay.order(lastDay.tour("2025-01-22", "2025-06-30"), "2025-01-22", "2025-06-30");
    found = lastDay.findings("transfers.hand_over_due", &severity);
    QCOMPARE(found.size(), std::size_t(1));
    QVERIFY(severity == sdk::Severity::Warning);
    QVERIFY2(found.front().find("(0 days left)") != std::string::npos, found.front().c_str());

    Store far;
    far.order(far.tour("2025-03-01", "2025-06-30"), "2025-03-01", "2025-06-30");
    QVERIFY(far.findings("transfers.hand_over_due").empty()); // weeks ahead
}

void TestTransferOrders::ruleSetInForceOnTheFirstDayJudges()
{
    Store admin(sdk::Role::Admin);
    QVERIFY(inputErrorOf([&] {
                saveRuleSet(*Store().context, {Date::fromIso("2025-01-01"), 3, 7});
            }).contains("only an administrator"));
    saveRuleSet(*admin.context, {Date::fromIso("2025-01-01"), 3, 10});
    const auto sets = ruleSets(admin.db);
    QCOMPARE(sets.size(), std::size_t(2)); // the Act's, then the new one
    // A new set never rewrites history: before its day the Act's limits hold.
    QCOMPARE(ruleSetOn(sets, Date::fromIso("2024-12-31")).maxMonths, 6);
    QCOMPARE(ruleSetOn(sets, Date::fromIso("2025-01-01")).maxMonths, 3);
    QCOMPARE(ruleSetOn(sets, Date::fromIso("2025-01-01")).noticeDays, 10);
    const DeploymentId t = admin.tour("2024-12-01", "2025-12-31");
    admin.order(t, "2024-12-01", "2025-04-30", "2024-11-01"); // 5 months under the Act: fine
    admin.order(t, "2025-05-01", "2025-08-31", "2024-11-01"); // 4 months under the new set
    const auto found = admin.findings("transfers.order_too_long");
    QCOMPARE(found.size(), std::size_t(1));
    QVERIFY2(found.front().find("2025-05-01..2025-08-31") != std::string::npos,
             found.front().c_str());
    QVERIFY(inputErrorOf([&] {
                saveRuleSet(*admin.context, {Date::fromIso("2026-01-01"), 0, 7});
            }).contains("max_months"));
}

void TestTransferOrders::badOrdersAreRefused()
{
    Store s;
    const DeploymentId t = s.tour("2025-03-01", "2025-08-31");
    s.order(t, "2025-03-01", "2025-05-31");
    const auto refused = [&](const char* first, const char* last, const char* handed = nullptr,
                             DeploymentId tour = {}) {
        return inputErrorOf([&] { s.order(tour.isValid() ? tour : t, first, last, handed); });
    };
    QVERIFY(refused("2025-02-20", "2025-03-31").contains("is not inside its tour"));
    QVERIFY(refused("2025-05-15", "2025-06-30").contains("overlaps transfer order"));
    QVERIFY(refused("2025-06-01", "2025-06-30", "2025-02-01", DeploymentId(999))
                .contains("there is no tour with id 999"));
    QVERIFY(refused("2025-06-01", "2025-08-31", "2025-01-10").isEmpty());
    QVERIFY(refused("2025-06-01", "2025-05-01").contains("before")); // last before first
    Store s2;
    const DeploymentId t2 = s2.tour("2025-03-01", "2025-08-31");
    QVERIFY(inputErrorOf([&] {
                s2.order(t2, "2025-03-01", "2025-05-31", "2025-02-01");
            }).contains("after today"));
    QVERIFY(inputErrorOf([&] {
                OrderBook(*s2.context).handOver(42, Date::fromIso("2025-01-10"));
            }).contains("no transfer order with id 42"));
    Store viewer(sdk::Role::Viewer);
    const DeploymentId vt = s.tour("2026-03-01", "2026-04-30");
    QVERIFY(inputErrorOf([&] {
                TransferOrder o;
                o.deployment = vt;
                o.period = Period::fromIso("2026-03-01", "2026-04-30");
                OrderBook(*viewer.context).add(o);
            }).contains("viewer may not"));
    QCOMPARE(OrderBook(*s.context).forTour(t).size(), std::size_t(2)); // nothing else written
}

void TestTransferOrders::splitProposalCoversTheTourWithinTheLimit()
{
    Store s;
    const DeploymentId year = s.tour("2025-01-15", "2026-01-14");
    auto proposal = proposeSplit(*s.context, year);
    QCOMPARE(proposal.size(), std::size_t(2));
    QCOMPARE(proposal[0].period.toString(), std::string("2025-01-15..2025-07-14"));
    QCOMPARE(proposal[1].period.toString(), std::string("2025-07-15..2026-01-14"));
    for (const TransferOrder& o : proposal)
        s.order(year, o.period.first().toIso().c_str(), o.period.last().toIso().c_str());
    QVERIFY(s.findings("transfers.uncovered_days").empty());
    QVERIFY(s.findings("transfers.order_too_long").empty());
    QVERIFY(proposeSplit(*s.context, year).empty());
    // Around an order already there, and from a month end.
    const DeploymentId other = s.tour("2026-08-31", "2027-08-30");
    s.order(other, "2026-12-01", "2027-01-31");
    proposal = proposeSplit(*s.context, other);
    QCOMPARE(proposal.size(), std::size_t(3));
    QCOMPARE(proposal[0].period.toString(), std::string("2026-08-31..2026-11-30"));
    QCOMPARE(proposal[1].period.toString(), std::string("2027-02-01..2027-07-31"));
    QCOMPARE(proposal[2].period.toString(), std::string("2027-08-01..2027-08-30"));
}

QTEST_GUILESS_MAIN(TestTransferOrders)
#include "tst_transferorders.moc"
