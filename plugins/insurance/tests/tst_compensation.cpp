// What the police owe (Police Act, Art. 90, 91): the exposure of uncovered
// high-risk tours and its reference sum, the Art. 91 lump sum and the Art. 90
// compensation against hand-worked figures, rounding to the cent, and the
// degree of lost ability as people write it.
#include "insurancestore.h"

#include "compensation.h"

using namespace insurancetest;

class TestCompensation : public QObject {
    Q_OBJECT
private slots:
    void exposureTotals();
    void lumpSum_data();
    void lumpSum();
    void compensation_data();
    void compensation();
    void degrees_data();
    void degrees();
};

void TestCompensation::exposureTotals()
{
    Store s;
    s.tour("2025-03-01", "2025-03-31"); // 31 days uncovered
    s.tour("2025-05-01", "2025-05-10", s.medium, sdk::RiskLevel::High, {}, s.other); // 10
    s.tour("2025-07-01", "2025-07-31");
    s.add(s.policy("A", "2025-07-01", "2025-07-31", {s.officer}));
    const Exposure e = exposure(*s.context);
    QCOMPARE(e.tours.size(), std::size_t(2));
    QCOMPARE(e.uncoveredDays, 41);
    QVERIFY(e.reference == Money::fromCents(10000000)); // the default, EUR 100 000.00
    QVERIFY(e.totalOnDeath == Money::fromCents(20000000));
    // Only an admin sets the reference (Art. 90(3)); then it counts.
    QVERIFY(!refusal([&] { setReferenceSum(*s.context, Money::fromCents(1)); }).empty());
    Store admin(sdk::Role::Admin);
    admin.tour("2025-03-01", "2025-03-31");
    setReferenceSum(*admin.context, Money::fromCents(5000050));
    QVERIFY(exposure(*admin.context).totalOnDeath == Money::fromCents(5000050));
    QVERIFY(!refusal([&] { setReferenceSum(*admin.context, Money()); }).empty());
}

void TestCompensation::lumpSum_data()
{
    QTest::addColumn<QStringList>("wages");
    QTest::addColumn<QString>("minimum"); // empty: refused
    QTest::addColumn<QString>("maximum");
    // 1000, 1100, ..., 1900: the last six are 1400..1900 = 9900; all ten 14500.
    QTest::newRow("rising wages") << QStringList{"1000", "1100", "1200", "1300", "1400",
                                                 "1500", "1600", "1700", "1800", "1900"}
                                  << "9900.00"
                                  << "14500.00";
    // Cents survive: 6 x 2100.55 = 12603.30; plus 4 x 1999.99 = 7999.96 -> 20603.26.
    QTest::newRow("cents") << QStringList{"1999.99", "1999.99", "1999.99", "1999.99", "2100.55",
                                          "2100.55", "2100.55", "2100.55", "2100.55", "2100.55"}
                           << "12603.30"
                           << "20603.26";
    QTest::newRow("nine wages") << QStringList(9, "1000") << ""
                                << "";
    QTest::newRow("eleven wages") << QStringList(11, "1000") << ""
                                  << "";
    QTest::newRow("a negative wage")
        << QStringList{"1000", "1000", "1000", "1000", "1000", "1000", "1000", "1000", "1000", "-1"}
        << ""
        << "";
}

void TestCompensation::lumpSum()
{
    QFETCH(QStringList, wages);
    QFETCH(QString, minimum);
    QFETCH(QString, maximum);
    std::vector<Money> months;
    for (const QString& w : wages)
        months.push_back(Money::parse(w.toStdString(), QLocale::c()));
    if (minimum.isEmpty()) {
        QVERIFY(refusal([&] { insurance::lumpSum(months); }).starts_with("wages: "));
        return;
    }
    const LumpSum sum = insurance::lumpSum(months);
    QCOMPARE(QString::fromStdString(sum.minimum.toPlainString()), minimum);
    QCOMPARE(QString::fromStdString(sum.maximum.toPlainString()), maximum);
}

void TestCompensation::compensation_data()
{
    QTest::addColumn<QString>("sum");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("degree");
    QTest::addColumn<QString>("owed");
    QTest::newRow("death: all of it") << "100000.00"
                                      << "death"
                                      << ""
                                      << "100000.00";
    QTest::newRow("disability 37.5%") << "80000.00"
                                      << "disability"
                                      << "37.5"
                                      << "30000.00";
    QTest::newRow("disability 100%") << "80000.00"
                                     << "disability"
                                     << "100"
                                     << "80000.00";
    QTest::newRow("disability 0%") << "80000.00"
                                   << "disability"
                                   << "0"
                                   << "0.00";
    // 33.33% of 100.01 = 33.333333: to the cent, 33.33.
    QTest::newRow("rounds down below half") << "100.01"
                                            << "disability"
                                            << "33.33"
                                            << "33.33";
    // 50% of 0.01 = 0.005: half a cent rounds away from zero.
    QTest::newRow("half a cent rounds up") << "0.01"
                                           << "disability"
                                           << "50"
                                           << "0.01";
    // 12.5% of 0.20 = 0.025 -> 0.03.
    QTest::newRow("half a cent again") << "0.20"
                                       << "disability"
                                       << "12.5"
                                       << "0.03";
}

void TestCompensation::compensation()
{
    QFETCH(QString, sum);
    QFETCH(QString, outcome);
    QFETCH(QString, degree);
    QFETCH(QString, owed);
    const Outcome o = outcomeFromString(outcome.toStdString());
    const int d = o == Outcome::Death ? 10000 : parseDegree(degree.toStdString());
    QCOMPARE(QString::fromStdString(
                 specialCompensation(Money::parse(sum.toStdString(), QLocale::c()), o, d)
                     .toPlainString()),
             owed);
}

void TestCompensation::degrees_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("hundredths"); // -1: refused
    QTest::newRow("whole") << "40" << 4000;
    QTest::newRow("one decimal") << "37.5" << 3750;
    QTest::newRow("decimal comma") << "37,25" << 3725;
    QTest::newRow("with a percent sign") << "60%" << 6000;
    QTest::newRow("zero") << "0" << 0;
    QTest::newRow("hundred") << "100" << 10000;
    QTest::newRow("over a hundred") << "100.01" << -1;
    QTest::newRow("negative") << "-1" << -1;
    QTest::newRow("three decimals") << "12.345" << -1;
    QTest::newRow("text") << "half" << -1;
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("trailing point") << "12." << -1;
}

void TestCompensation::degrees()
{
    QFETCH(QString, text);
    QFETCH(int, hundredths);
    if (hundredths < 0)
        QVERIFY(refusal([&] { parseDegree(text.toStdString()); }).starts_with("degree: "));
    else
        QCOMPARE(parseDegree(text.toStdString()), hundredths);
}

QTEST_GUILESS_MAIN(TestCompensation)
#include "tst_compensation.moc"
