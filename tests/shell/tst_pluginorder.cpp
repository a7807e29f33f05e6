#include "pluginorder.h"

#include <QTest>

using namespace contingent::shell;

class TestPluginOrder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dependenciesFirstTiesById();
    void afterIsASoftOrder();
    void cycleIsRefusedWithItsPath();
    void dependantsOfRefusedAreRefused();
    void missingAndTooOld();
    void selfDependencyIsACycle();
    void versionsCompareNumerically();
};

namespace {
PluginNode node(std::string id, std::vector<std::string> needs = {}, std::string version = "1.0")
{
    PluginNode n{std::move(id), std::move(version), {}, {}};
    for (auto& need : needs) {
        const auto at = need.find(">=");
        n.needs.push_back(at == std::string::npos
                              ? PluginNeed{need, "0"}
                              : PluginNeed{need.substr(0, at), need.substr(at + 2)});
    }
    return n;
}
} // namespace

void TestPluginOrder::dependenciesFirstTiesById()
{
    const auto r = orderPlugins({node("zeta"), node("approvals", {"rosters", "missions"}),
                                 node("missions", {"rosters"}), node("rosters"), node("alpha")},
                                {});
    QVERIFY(r.refused.empty());
    const std::vector<std::string> expected{"alpha", "rosters", "missions", "approvals", "zeta"};
    QCOMPARE(r.order, expected);
}

void TestPluginOrder::afterIsASoftOrder()
{
    // missions starts after rosters when rosters is there, and alone when it is not.
    PluginNode missions = node("missions");
    missions.after = {"rosters", "not_installed"};
    auto r = orderPlugins({missions, node("rosters"), node("alpha")}, {});
    QVERIFY(r.refused.empty());
    QCOMPARE(r.order, (std::vector<std::string>{"alpha", "rosters", "missions"}));
    r = orderPlugins({missions, node("alpha")}, {});
    QVERIFY(r.refused.empty());
    QCOMPARE(r.order, (std::vector<std::string>{"alpha", "missions"}));

    // A soft cycle never refuses anyone; a need still wins over a soft edge.
    PluginNode a = node("a");
    a.after = {"b"};
    PluginNode b = node("b", {"a"});
    b.after = {"a"};
    PluginNode c = node("c");
    c.after = {"d"};
    PluginNode d = node("d");
    d.after = {"c"};
    r = orderPlugins({a, b, c, d}, {});
    QVERIFY(r.refused.empty());
    QCOMPARE(r.order, (std::vector<std::string>{"a", "b", "c", "d"}));
}

void TestPluginOrder::cycleIsRefusedWithItsPath()
{
    const auto r = orderPlugins(
        {node("a", {"b"}), node("b", {"c"}), node("c", {"a"}), node("d", {"a"}), node("e")}, {});
    QCOMPARE(r.order, std::vector<std::string>{"e"});
    QCOMPARE(r.refused.at("a"), std::string("takes part in a dependency cycle: a -> b -> c -> a"));
    QVERIFY(r.refused.at("c").find("cycle") != std::string::npos);
    QCOMPARE(r.refused.at("d"), std::string("needs a, which was refused: takes part in a "
                                            "dependency cycle: a -> b -> c -> a"));
}

void TestPluginOrder::dependantsOfRefusedAreRefused()
{
    const auto r =
        orderPlugins({node("x", {"broken"}), node("y", {"x"})}, {{"broken", "bad manifest: oops"}});
    QVERIFY(r.order.empty());
    QCOMPARE(r.refused.at("x"), std::string("needs broken, which was refused: bad manifest: oops"));
    QCOMPARE(r.refused.at("y"), std::string("needs x, which was refused: needs broken, which was "
                                            "refused: bad manifest: oops"));
}

void TestPluginOrder::missingAndTooOld()
{
    const auto r = orderPlugins(
        {node("x", {"ghost"}), node("y", {"base>=2.1"}), node("base", {}, "2.0.5")}, {});
    QCOMPARE(r.order, std::vector<std::string>{"base"});
    QCOMPARE(r.refused.at("x"), std::string("needs ghost, which is not installed"));
    QCOMPARE(r.refused.at("y"), std::string("needs base >= 2.1, but version 2.0.5 is installed"));
}

void TestPluginOrder::selfDependencyIsACycle()
{
    const auto r = orderPlugins({node("me", {"me"})}, {});
    QVERIFY(r.order.empty());
    QCOMPARE(r.refused.at("me"), std::string("takes part in a dependency cycle: me -> me"));
}

void TestPluginOrder::versionsCompareNumerically()
{
    // 1.10 is newer than 1.9; 1.0 is 1; 0.9.9 is older than 1.0.
    auto r = orderPlugins({node("base", {}, "1.10"), node("a", {"base>=1.9"}),
                           node("b", {"base>=1.10.0"}), node("c", {"base>=1.11"})},
                          {});
    QVERIFY(r.order == std::vector<std::string>({"base", "a", "b"}));
    QCOMPARE(r.refused.at("c"), std::string("needs base >= 1.11, but version 1.10 is installed"));
    r = orderPlugins({node("base", {}, "0.9.9"), node("d", {"base>=1.0"})}, {});
    QVERIFY(r.refused.count("d"));
    QVERIFY(isValidPluginId("rosters_2"));
    QVERIFY(!isValidPluginId("Rosters"));
    QVERIFY(!isValidPluginId("2fast"));
    QVERIFY(!isValidPluginId(""));
}

QTEST_GUILESS_MAIN(TestPluginOrder)
#include "tst_pluginorder.moc"
