#include <contingent/sdk/dates.h>

#include <QTest>

using contingent::sdk::Date;
using contingent::sdk::DateError;
using contingent::sdk::dayCount;
using contingent::sdk::Period;

class TestDates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesStrictIso_data();
    void parsesStrictIso();
    void rejectsBadText_data();
    void rejectsBadText();
    void addMonthsClampsToMonthEnd_data();
    void addMonthsClampsToMonthEnd();
    void periodLengthIsInclusive_data();
    void periodLengthIsInclusive();
    void periodRejectsReversedEnds();
    void overlapAndIntersection_data();
    void overlapAndIntersection();
    void sixMonthLimit_data();
    void sixMonthLimit();
    void dayArithmetic();
    void dayCountsInFindings();
};

void TestDates::parsesStrictIso_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::newRow("ordinary") << "2024-03-15" << 2024 << 3 << 15;
    QTest::newRow("leap day 2024") << "2024-02-29" << 2024 << 2 << 29;
    QTest::newRow("leap day 2000 (divisible by 400)") << "2000-02-29" << 2000 << 2 << 29;
    QTest::newRow("first MAPE year") << "1997-05-01" << 1997 << 5 << 1;
    QTest::newRow("year end") << "2025-12-31" << 2025 << 12 << 31;
}

void TestDates::parsesStrictIso()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    const Date d = Date::fromIso(text.toStdString());
    QCOMPARE(d.year(), year);
    QCOMPARE(int(d.month()), month);
    QCOMPARE(int(d.day()), day);
    QCOMPARE(QString::fromStdString(d.toIso()), text);
}

void TestDates::rejectsBadText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("30 February") << "2023-02-30";
    QTest::newRow("29 February in a common year") << "2023-02-29";
    QTest::newRow("29 February 1900 (century, not leap)") << "1900-02-29";
    QTest::newRow("single-digit month and day") << "2023-2-3";
    QTest::newRow("empty") << "";
    QTest::newRow("month 13") << "2023-13-01";
    QTest::newRow("day 0") << "2023-01-00";
    QTest::newRow("31 April") << "2023-04-31";
    QTest::newRow("slashes") << "2023/01/05";
    QTest::newRow("trailing space") << "2023-01-05 ";
    QTest::newRow("time attached") << "2023-01-05T10:00";
    QTest::newRow("letters") << "20x3-01-05";
    QTest::newRow("european order") << "05-01-2023";
}

void TestDates::rejectsBadText()
{
    QFETCH(QString, text);
    QVERIFY(!Date::tryFromIso(text.toStdString()));
    try {
        Date::fromIso(text.toStdString());
        QFAIL("accepted a bad date");
    } catch (const DateError& e) {
        // The message names the value (or says it is empty).
        const QString msg = QString::fromUtf8(e.what());
        if (text.isEmpty())
            QVERIFY2(msg.contains("empty"), e.what());
        else
            QVERIFY2(msg.contains(text), e.what());
    }
}

void TestDates::addMonthsClampsToMonthEnd_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("expected");
    QTest::newRow("31 Aug 2023 + 6 = 29 Feb 2024 (leap)") << "2023-08-31" << 6 << "2024-02-29";
    QTest::newRow("31 Aug 2022 + 6 = 28 Feb 2023") << "2022-08-31" << 6 << "2023-02-28";
    QTest::newRow("30 Aug 2023 + 6 = 29 Feb 2024") << "2023-08-30" << 6 << "2024-02-29";
    QTest::newRow("15 Jan + 6 keeps the day") << "2024-01-15" << 6 << "2024-07-15";
    QTest::newRow("31 Mar + 1 = 30 Apr") << "2024-03-31" << 1 << "2024-04-30";
    QTest::newRow("crosses the year") << "2024-10-31" << 6 << "2025-04-30";
    QTest::newRow("29 Feb + 12 = 28 Feb") << "2024-02-29" << 12 << "2025-02-28";
    QTest::newRow("backwards clamps too") << "2024-03-31" << -1 << "2024-02-29";
    QTest::newRow("zero months") << "2024-05-17" << 0 << "2024-05-17";
    QTest::newRow("many years") << "1997-05-01" << 12 * 29 << "2026-05-01";
}

void TestDates::addMonthsClampsToMonthEnd()
{
    QFETCH(QString, from);
    QFETCH(int, months);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(Date::fromIso(from.toStdString()).addMonths(months).toIso()),
             expected);
}

void TestDates::periodLengthIsInclusive_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<int>("days");
    QTest::newRow("one day") << "2024-01-01"
                             << "2024-01-01" << 1;
    QTest::newRow("a week") << "2024-01-01"
                            << "2024-01-07" << 7;
    QTest::newRow("leap February") << "2024-02-01"
                                   << "2024-02-29" << 29;
    QTest::newRow("common year") << "2023-01-01"
                                 << "2023-12-31" << 365;
    QTest::newRow("leap year") << "2024-01-01"
                               << "2024-12-31" << 366;
}

void TestDates::periodLengthIsInclusive()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(int, days);
    QCOMPARE(Period::fromIso(first.toStdString(), last.toStdString()).lengthInDays(), days);
}

void TestDates::periodRejectsReversedEnds()
{
    QVERIFY_THROWS_EXCEPTION(DateError, Period::fromIso("2024-02-02", "2024-02-01"));
    QVERIFY_THROWS_EXCEPTION(DateError, Period::fromIso("2024-02-30", "2024-03-01"));
    try {
        Period::fromIso("2024-05-02", "2024-05-01");
    } catch (const DateError& e) {
        QVERIFY2(QString(e.what()).contains("2024-05-02..2024-05-01"), e.what());
    }
}

void TestDates::overlapAndIntersection_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("shared"); // empty: no overlap
    QTest::newRow("disjoint") << "2024-01-01..2024-01-31"
                              << "2024-02-01..2024-02-28"
                              << "";
    QTest::newRow("touch on one day (inclusive ends)") << "2024-01-01..2024-01-31"
                                                       << "2024-01-31..2024-02-28"
                                                       << "2024-01-31..2024-01-31";
    QTest::newRow("contained") << "2024-01-01..2024-12-31"
                               << "2024-03-01..2024-03-10"
                               << "2024-03-01..2024-03-10";
    QTest::newRow("partial") << "2024-01-01..2024-06-30"
                             << "2024-06-01..2024-12-31"
                             << "2024-06-01..2024-06-30";
}

void TestDates::overlapAndIntersection()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, shared);
    const auto parse = [](const QString& s) {
        return Period::fromIso(s.left(10).toStdString(), s.right(10).toStdString());
    };
    const Period pa = parse(a), pb = parse(b);
    QCOMPARE(pa.overlaps(pb), !shared.isEmpty());
    QCOMPARE(pb.overlaps(pa), !shared.isEmpty());
    const auto i = pa.intersection(pb);
    QCOMPARE(i ? QString::fromStdString(i->toString()) : QString(), shared);
}

void TestDates::sixMonthLimit_data()
{
    // Police Act Art. 77(1): a transfer lasts no longer than six months.
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<bool>("withinSix");
    QTest::addColumn<QString>("longestLast");
    QTest::newRow("15 Jan..14 Jul is six months") << "2024-01-15"
                                                  << "2024-07-14" << true << "2024-07-14";
    QTest::newRow("15 Jan..15 Jul is one day too long") << "2024-01-15"
                                                        << "2024-07-15" << false << "2024-07-14";
    QTest::newRow("1 Sep..28 Feb (common year)") << "2022-09-01"
                                                 << "2023-02-28" << true << "2023-02-28";
    QTest::newRow("1 Sep..29 Feb (leap year)") << "2023-09-01"
                                               << "2024-02-29" << true << "2024-02-29";
    QTest::newRow("31 Aug 2023: ends before 29 Feb 2024") << "2023-08-31"
                                                          << "2024-02-28" << true << "2024-02-28";
    QTest::newRow("31 Aug 2023..29 Feb 2024 is too long") << "2023-08-31"
                                                          << "2024-02-29" << false << "2024-02-28";
    QTest::newRow("31 Aug 2022: ends before 28 Feb 2023") << "2022-08-31"
                                                          << "2023-02-27" << true << "2023-02-27";
}

void TestDates::sixMonthLimit()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(bool, withinSix);
    QFETCH(QString, longestLast);
    const Period p = Period::fromIso(first.toStdString(), last.toStdString());
    QCOMPARE(p.spansAtMostMonths(6), withinSix);
    const Period longest = Period::ofMonths(p.first(), 6);
    QCOMPARE(QString::fromStdString(longest.last().toIso()), longestLast);
    QVERIFY(longest.spansAtMostMonths(6));
    QVERIFY(!Period(longest.first(), longest.last().addDays(1)).spansAtMostMonths(6));
}

void TestDates::dayArithmetic()
{
    // Police Act Art. 77(3): seven days before duty starts.
    const Date duty = Date::fromIso("2024-03-01");
    QCOMPARE(QString::fromStdString(duty.addDays(-7).toIso()), QString("2024-02-23"));
    QCOMPARE(Date::fromIso("2024-02-23").daysUntil(duty), 7);
    QCOMPARE(duty.daysUntil(Date::fromIso("2024-02-23")), -7);
    QVERIFY(Date::fromIso("2023-12-31") < Date::fromIso("2024-01-01"));
    QVERIFY_THROWS_EXCEPTION(DateError, Date::fromYmd(2023, 2, 29));
    QVERIFY_THROWS_EXCEPTION(DateError, Period::ofMonths(duty, 0));
}

// A finding says "in 1 day", "in 23 days": not "day(s)".
void TestDates::dayCountsInFindings()
{
    QCOMPARE(dayCount(1), std::string("1 day"));
    QCOMPARE(dayCount(0), std::string("0 days"));
    QCOMPARE(dayCount(23), std::string("23 days"));
    QCOMPARE(dayCount(-1), std::string("-1 day"));
    QCOMPARE(dayCount(-2), std::string("-2 days"));
}

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
