// What a plugin registers through its Context, and the registry of deployment
// facts every plugin reads.
#include <contingent/sdk/context.h>

#include <QTest>

using namespace contingent::sdk;

class TestContributions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void registeredInOrder();
    void badContributions_data();
    void badContributions();
    void factSheetsInOrderAndErrorsKept();
    void factsWithoutAHostRegistry();
    void removePluginForgetsItsSections();

private:
    std::unique_ptr<Context> context(const std::string& id, FactRegistry* facts = nullptr);
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{Date::fromIso("2026-11-30")};
    CheckRegistry m_checks;
    ChangeNotifier m_changes;
};

namespace {

const QUrl kQml(QStringLiteral("qrc:/contingent/x/Page.qml"));

CheckDefinition check(std::string ruleId)
{
    return {std::move(ruleId), "t", "none",
            [](const CheckScope&) { return std::vector<Finding>{}; }};
}

FactSection section(std::string id, int order, std::string value)
{
    return {std::move(id), "Title", order, [value](DeploymentId deployment) {
                return std::vector<FactLine>{{"v", value + std::to_string(deployment.value())}};
            }};
}

} // namespace

void TestContributions::init()
{
    m_db = std::make_unique<Database>(":memory:");
}

void TestContributions::cleanup()
{
    m_db.reset();
}

std::unique_ptr<Context> TestContributions::context(const std::string& id, FactRegistry* facts)
{
    return std::make_unique<Context>(id, *m_db, CurrentUser{"t", "T", Role::Admin, {}, true},
                                     m_clock, m_checks, m_changes, facts);
}

void TestContributions::registeredInOrder()
{
    auto c = context("demo");
    c->addPage({"a", "A", "", kQml, nullptr, {}, 2});
    c->addPage({"b", "B", "", kQml, nullptr, {}, 1});
    c->addCard({"card", "Card", kQml, nullptr, {}, 1, "b"});
    c->addCheck(check("demo.rule"));
    c->addCommand({"demo", "", "", [](CommandInvocation&) { return 0; }, {}});
    c->addDemoGenerator({{{"things", "", 3}}, [](Context&, const DemoRequest&) {}});
    c->addFactSection(section("s", 1, "x"));
    const Contributions& got = c->contributions();
    QCOMPARE(got.pages.size(), std::size_t(2));
    QCOMPARE(got.pages[0].id, std::string("a"));
    QCOMPARE(got.cards.size(), std::size_t(1));
    QCOMPARE(got.checks.size(), std::size_t(1));
    QCOMPARE(got.commands.size(), std::size_t(1));
    QCOMPARE(got.demoGenerators.at(0).sizes.at(0).name, std::string("things"));
    QCOMPARE(got.factSections.size(), std::size_t(1));
    QCOMPARE(m_checks.size(), std::size_t(0)); // the host registers them, after start()
}

void TestContributions::badContributions_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("message");
    QTest::newRow("page without id") << 0 << "a page has no id";
    QTest::newRow("page id twice") << 1 << "two pages share the id \"a\"";
    QTest::newRow("page without QML") << 2 << "page \"q\" has no QML URL";
    QTest::newRow("relative QML") << 3 << "page \"r\" has no QML URL";
    QTest::newRow("card opens a page it has not") << 4 << "opens page \"nowhere\"";
    QTest::newRow("check under another id") << 5 << "is not under the plugin's own id";
    QTest::newRow("check named only by the prefix") << 6 << "is not under the plugin's own id";
    QTest::newRow("check without run") << 7 << "has no run function";
    QTest::newRow("check twice") << 8 << "is added twice";
    QTest::newRow("command twice") << 9 << "is added twice";
    QTest::newRow("fact section twice") << 10 << "is added twice";
    QTest::newRow("generator without function") << 11 << "needs a generate function";
}

void TestContributions::badContributions()
{
    QFETCH(int, which);
    QFETCH(QString, message);
    auto c = context("demo");
    c->addPage({"a", "A", "", kQml, nullptr, {}, 1});
    c->addCheck(check("demo.first"));
    c->addCommand({"demo", "", "", [](CommandInvocation&) { return 0; }, {}});
    c->addFactSection(section("s", 1, "x"));
    const auto attempt = [&] {
        switch (which) {
        case 0:
            return c->addPage({"", "", "", kQml, nullptr, {}, 1});
        case 1:
            return c->addPage({"a", "", "", kQml, nullptr, {}, 1});
        case 2:
            return c->addPage({"q", "", "", QUrl(), nullptr, {}, 1});
        case 3:
            return c->addPage({"r", "", "", QUrl("Page.qml"), nullptr, {}, 1});
        case 4:
            return c->addCard({"c", "", kQml, nullptr, {}, 1, "nowhere"});
        case 5:
            return c->addCheck(check("other.rule"));
        case 6:
            return c->addCheck(check("demo."));
        case 7:
            return c->addCheck({"demo.norun", "", "", {}});
        case 8:
            return c->addCheck(check("demo.first"));
        case 9:
            return c->addCommand({"demo", "", "", [](CommandInvocation&) { return 0; }, {}});
        case 10:
            return c->addFactSection(section("s", 2, "y"));
        default:
            return c->addDemoGenerator({{}, {}});
        }
    };
    try {
        attempt();
        QFAIL("accepted");
    } catch (const InputError& e) {
        QVERIFY2(QString(e.what()).contains(message), e.what());
    }
    QCOMPARE(c->contributions().pages.size(), std::size_t(1));
    QCOMPARE(c->contributions().checks.size(), std::size_t(1));
}

void TestContributions::factSheetsInOrderAndErrorsKept()
{
    FactRegistry facts;
    facts.add("zeta", section("late", 50, "z"));
    facts.add("alpha", section("early", 10, "a"));
    facts.add("beta", {"broken", "Broken", 20, [](DeploymentId) -> std::vector<FactLine> {
                           throw Error("no cover table");
                       }});
    QVERIFY_THROWS_EXCEPTION(InputError, facts.add("alpha", section("early", 1, "again")));
    QVERIFY_THROWS_EXCEPTION(InputError, facts.add("alpha", {"noread", "", 1, {}}));
    const std::vector<FactSheet> sheets = facts.sheets(DeploymentId(7));
    QCOMPARE(sheets.size(), std::size_t(3));
    QCOMPARE(sheets[0].plugin, std::string("alpha"));
    QCOMPARE(sheets[0].lines.at(0).value, std::string("a7"));
    QCOMPARE(sheets[1].plugin, std::string("beta"));
    QCOMPARE(sheets[1].error, std::string("no cover table")); // the others still read
    QVERIFY(sheets[1].lines.empty());
    QCOMPARE(sheets[2].lines.at(0).value, std::string("z7"));
}

void TestContributions::factsWithoutAHostRegistry()
{
    auto c = context("demo");
    c->addFactSection(section("own", 1, "o"));
    QCOMPARE(c->facts(DeploymentId(3)).size(), std::size_t(1));
    QCOMPARE(c->facts(DeploymentId(3)).at(0).lines.at(0).value, std::string("o3"));
    FactRegistry host;
    host.add("other", section("s", 1, "h"));
    auto shared = context("demo", &host);
    QCOMPARE(shared->facts(DeploymentId(4)).at(0).plugin, std::string("other"));
}

void TestContributions::removePluginForgetsItsSections()
{
    FactRegistry facts;
    facts.add("a", section("s", 1, "a"));
    facts.add("b", section("s", 1, "b"));
    facts.removePlugin("a");
    QCOMPARE(facts.size(), std::size_t(1));
    QCOMPARE(facts.sheets(DeploymentId(1)).at(0).plugin, std::string("b"));
}

QTEST_GUILESS_MAIN(TestContributions)
#include "tst_contributions.moc"
