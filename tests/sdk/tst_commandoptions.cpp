// A command's options (command.h): flags, valued and repeatable options,
// plain arguments, the typed readers and their refusals; and splitList
// (tablefile.h), which repeatable options and list columns share.
#include <contingent/sdk/command.h>
#include <contingent/sdk/tablefile.h>

#include <QTest>

using namespace contingent::sdk;

namespace {

std::string usage(const std::function<void()>& f)
{
    try {
        f();
    } catch (const UsageError& e) {
        return e.what();
    }
    return {};
}

using Args = std::vector<std::string>;

} // namespace

class TestCommandOptions : public QObject {
    Q_OBJECT
private slots:
    void readsEveryKind();
    void repeatableOptions();
    void refusals();
    void typedValues();
    void splitList_data();
    void splitList();
};

void TestCommandOptions::readsEveryKind()
{
    const CommandOptions o(Args{"verb", "--json", "--out", "x.csv", "FILE"}, {"--json"}, {"--out"},
                           1);
    QVERIFY(o.has("--json"));
    QCOMPARE(*o.value("--out"), std::string("x.csv"));
    QCOMPARE(o.plain(), Args{"FILE"});
    QVERIFY(!o.has("--format"));
    QVERIFY(o.values("--out").empty()); // not a repeatable option
}

void TestCommandOptions::repeatableOptions()
{
    const CommandOptions o(Args{"add", "--officer", "P-1", "--name", "n", "--officer", "P-2, P-3"},
                           {}, {"--name"}, {"--officer", "--mission"});
    QCOMPARE(o.values("--officer"), (Args{"P-1", "P-2", "P-3"}));
    QVERIFY(o.has("--officer"));
    QVERIFY(!o.has("--mission"));
    QVERIFY(o.values("--mission").empty());
    QCOMPARE(usage([] {
                 CommandOptions(Args{"add", "--officer"}, {}, {}, {"--officer"});
             }),
             std::string("--officer needs a value"));
    QCOMPARE(
        usage([] {
            CommandOptions(Args{"add", "--officer", "--name", "x"}, {}, {"--name"}, {"--officer"});
        }),
        std::string("--officer needs a value"));
}

void TestCommandOptions::refusals()
{
    QCOMPARE(usage([] {
                 CommandOptions(Args{"v", "--out", "a", "--out", "b"}, {}, {"--out"});
             }),
             std::string("--out is given twice"));
    QCOMPARE(usage([] {
                 CommandOptions(Args{"v", "--out"}, {}, {"--out"});
             }),
             std::string("--out needs a value"));
    QCOMPARE(usage([] {
                 CommandOptions(Args{"v", "--what"}, {}, {});
             }),
             std::string("unexpected argument \"--what\""));
    QCOMPARE(usage([] {
                 CommandOptions(Args{"v", "a", "b"}, {}, {}, 1);
             }),
             std::string("unexpected argument \"b\""));
}

void TestCommandOptions::typedValues()
{
    const CommandOptions o(Args{"v", "--deployment", "12", "--first", "2024-02-29", "--bad", "x"},
                           {}, {"--deployment", "--first", "--bad", "--last"});
    QCOMPARE(*o.id("--deployment"), std::int64_t(12));
    QVERIFY(*o.date("--first") == Date::fromIso("2024-02-29"));
    QVERIFY(!o.date("--last"));
    QCOMPARE(usage([&] { o.required("--last"); }), std::string("--last is required"));
    QCOMPARE(usage([&] { o.id("--bad"); }),
             std::string("--bad: \"x\" is not an id (a whole number)"));
    QCOMPARE(usage([&] { o.date("--bad"); }),
             std::string("--bad: \"x\" is not a date (YYYY-MM-DD)"));
    QCOMPARE(usage([] { parseId("ID", "0"); }),
             std::string("ID: \"0\" is not an id (a whole number)"));
    QCOMPARE(usage([] { parseDate("--d", "2023-02-29"); }),
             std::string("--d: \"2023-02-29\" is not a date (YYYY-MM-DD)"));
}

void TestCommandOptions::splitList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("keepEmpty");
    QTest::addColumn<QStringList>("pieces");
    QTest::newRow("empty") << "" << true << QStringList{};
    QTest::newRow("one") << "en" << false << QStringList{"en"};
    QTest::newRow("trimmed") << " en ; de " << false << QStringList{"en", "de"};
    QTest::newRow("empty pieces dropped") << "en;;de;" << false << QStringList{"en", "de"};
    QTest::newRow("empty pieces kept") << "en;;de;" << true << QStringList{"en", "", "de", ""};
    QTest::newRow("only blanks") << " ; " << false << QStringList{};
}

void TestCommandOptions::splitList()
{
    QFETCH(QString, text);
    QFETCH(bool, keepEmpty);
    QFETCH(QStringList, pieces);
    QStringList got;
    for (const std::string& p : contingent::sdk::splitList(text.toStdString(), ';', keepEmpty))
        got.append(QString::fromStdString(p));
    QCOMPARE(got, pieces);
}

QTEST_GUILESS_MAIN(TestCommandOptions)
#include "tst_commandoptions.moc"
