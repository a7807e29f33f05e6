// Money: cents, parsing and formatting in both languages, rounding half away
// from zero, overflow.
#include <contingent/sdk/error.h>
#include <contingent/sdk/money.h>

#include <QTest>

using namespace contingent::sdk;

class TestMoney : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void refuses_data();
    void refuses();
    void format_data();
    void format();
    void scaledRoundsHalfAwayFromZero_data();
    void scaledRoundsHalfAwayFromZero();
    void arithmetic();
    void overflowIsRefused();
};

namespace {
const QLocale kSl(QLocale::Slovenian, QLocale::Slovenia);
const QLocale kEn(QLocale::English, QLocale::UnitedKingdom);
} // namespace

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("slovene");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("plain") << "1234.56" << false << qint64(123456);
    QTest::newRow("plain in Slovene") << "1234.56" << true << qint64(123456);
    QTest::newRow("Slovene decimal comma") << "1234,56" << true << qint64(123456);
    QTest::newRow("Slovene grouping") << "1.234,56 €" << true << qint64(123456);
    QTest::newRow("English grouping") << "€1,234.56" << false << qint64(123456);
    QTest::newRow("spaces group") << "1 234,5" << true << qint64(123450);
    QTest::newRow("no-break space groups") << "1\u00a0234,00" << true << qint64(123400);
    QTest::newRow("EUR prefix") << "EUR 12" << false << qint64(1200);
    QTest::newRow("negative") << "-3,5" << true << qint64(-350);
    QTest::newRow("minus sign") << "\u22123.50" << false << qint64(-350);
    QTest::newRow("one decimal") << "0.5" << false << qint64(50);
    QTest::newRow("three digits after the only point, Slovene: thousands")
        << "1.234" << true << qint64(123400);
    QTest::newRow("three digits after the only point, English: decimals")
        << "1.234" << false << qint64(123);
    QTest::newRow("third decimal 5 rounds up") << "0.125" << false << qint64(13);
    QTest::newRow("third decimal 4 rounds down") << "0.124" << false << qint64(12);
    QTest::newRow("negative third decimal 5 rounds away from zero")
        << "-0.125" << false << qint64(-13);
    QTest::newRow("zero") << "0" << true << qint64(0);
    QTest::newRow("leading decimal") << ",75" << true << qint64(75);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, slovene);
    QFETCH(qint64, cents);
    QCOMPARE(Money::parse(text.toStdString(), slovene ? kSl : kEn).cents(), cents);
}

void TestMoney::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("words") << "twelve euros";
    QTest::newRow("only a sign") << "-";
    QTest::newRow("two decimal points") << "1.2.3";
    QTest::newRow("a letter inside") << "12a.50";
    QTest::newRow("too large") << "12345678901234567";
}

void TestMoney::refuses()
{
    QFETCH(QString, text);
    try {
        Money::parse(text.toStdString(), kEn);
        QFAIL("accepted");
    } catch (const InputError& e) {
        QVERIFY2(QString(e.what()).contains("is not an amount of money"), e.what());
    }
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<bool>("slovene");
    QTest::addColumn<QString>("text");
    QTest::newRow("Slovene") << qint64(123456) << true << "1.234,56\u00a0€";
    QTest::newRow("English") << qint64(123456) << false << "€1,234.56";
    QTest::newRow("whole euros keep two decimals") << qint64(1200) << true << "12,00\u00a0€";
    QTest::newRow("cents only") << qint64(5) << false << "€0.05";
    QTest::newRow("negative") << qint64(-350) << false << "€-3.50";
}

void TestMoney::format()
{
    QFETCH(qint64, cents);
    QFETCH(bool, slovene);
    QFETCH(QString, text);
    const Money m = Money::fromCents(cents);
    QCOMPARE(m.format(slovene ? kSl : kEn), text);
    // What is formatted parses back to the same cents.
    QCOMPARE(Money::parse(m.format(slovene ? kSl : kEn).toStdString(), slovene ? kSl : kEn), m);
    QCOMPARE(Money::parse(m.toPlainString(), kEn), m);
}

void TestMoney::scaledRoundsHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("70 % of 95 EUR") << qint64(9500) << qint64(70) << qint64(100) << qint64(6650);
    QTest::newRow("half a cent up") << qint64(1) << qint64(1) << qint64(2) << qint64(1);
    QTest::newRow("minus half a cent down") << qint64(-1) << qint64(1) << qint64(2) << qint64(-1);
    QTest::newRow("below half") << qint64(1) << qint64(1) << qint64(3) << qint64(0);
    QTest::newRow("a third of 1 EUR") << qint64(100) << qint64(1) << qint64(3) << qint64(33);
    QTest::newRow("two thirds of 1 EUR") << qint64(100) << qint64(2) << qint64(3) << qint64(67);
    QTest::newRow("negative denominator") << qint64(100) << qint64(1) << qint64(-2) << qint64(-50);
    QTest::newRow("one day of a 31-day month of 3100 EUR")
        << qint64(310000) << qint64(1) << qint64(31) << qint64(10000);
}

void TestMoney::scaledRoundsHalfAwayFromZero()
{
    QFETCH(qint64, cents);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    QCOMPARE(Money::fromCents(cents).scaled(numerator, denominator).cents(), expected);
}

void TestMoney::arithmetic()
{
    const Money a = Money::fromCents(1050), b = Money::fromCents(250);
    QCOMPARE((a + b).cents(), 1300);
    QCOMPARE((a - b).cents(), 800);
    QCOMPARE((b * 3).cents(), 750);
    QCOMPARE((-a).cents(), -1050);
    Money sum;
    sum += a;
    sum -= b;
    QCOMPARE(sum, Money::fromCents(800));
    QVERIFY(b < a);
    QVERIFY_THROWS_EXCEPTION(InputError, a.scaled(1, 0));
}

void TestMoney::overflowIsRefused()
{
    const Money huge = Money::fromCents(std::numeric_limits<std::int64_t>::max());
    QVERIFY_THROWS_EXCEPTION(InputError, huge + Money::fromCents(1));
    QVERIFY_THROWS_EXCEPTION(InputError, -huge - Money::fromCents(2));
    QVERIFY_THROWS_EXCEPTION(InputError, huge * 2);
    QVERIFY_THROWS_EXCEPTION(InputError, huge.scaled(3, 2));
    QCOMPARE(huge.scaled(1, 2).cents(), std::numeric_limits<std::int64_t>::max() / 2 + 1);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
