#include "fixturedir.h"
#include "session.h"

#include <contingent/sdk/repositories.h>

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace contingent;
using namespace contingent::shell;

class TestPluginHost : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void loadsAndRunsGoodPlugins();
    void refusesBrokenLibraries();
    void refusesBadManifests();
    void sdkVersionsThatLoad_data();
    void sdkVersionsThatLoad();
    void checksAbiBeforeLoading_data();
    void checksAbiBeforeLoading();
    void checksAbiAfterLoading();
    void refusesDuplicateIds();
    void dependencyFailuresSpread();
    void exceptionInStartIsContained();
    void refusedPluginLeavesNothingRegistered();
    void badContributionsAreRefused_data();
    void badContributionsAreRefused();
    void oneOwnerPerStatusStep();
    void pluginsReadEachOthersFacts();
    void migrationErrorLeavesStoreUntouched();
    void safeModeIgnoresOtherFolders();

private:
    std::unique_ptr<Session> open(bool safeMode = false);
    std::string reasonOf(Session& s, const char* id);
    std::unique_ptr<QTemporaryDir> m_tmpOwner;
    QStringList m_dirs;
};

void TestPluginHost::init()
{
    m_tmpOwner = std::make_unique<QTemporaryDir>();
    m_dirs = {m_tmpOwner->filePath("plugins")};
    QDir().mkpath(m_dirs.first());
}

std::unique_ptr<Session> TestPluginHost::open(bool safeMode)
{
    SessionOptions options;
    options.databasePath = m_tmpOwner->filePath("store.db");
    options.pluginDirs = m_dirs;
    options.login = "tester";
    options.safeMode = safeMode;
    options.today = sdk::Date::fromIso("2025-01-15");
    return std::make_unique<Session>(options);
}

std::string TestPluginHost::reasonOf(Session& s, const char* id)
{
    PluginRecord* p = s.host().find(id);
    if (!p)
        return "(not found)";
    return p->state == PluginState::Refused ? p->reason : "(loaded)";
}

void TestPluginHost::loadsAndRunsGoodPlugins()
{
    addPlugin(m_dirs[0], {"alpha"});
    addPlugin(m_dirs[0], {"beta", "fixture_basic.so", {"alpha>=1.0"}});
    auto s = open();
    QCOMPARE(reasonOf(*s, "alpha"), std::string("(loaded)"));
    QCOMPARE(reasonOf(*s, "beta"), std::string("(loaded)"));
    QCOMPARE(reasonOf(*s, "rosters"), std::string("(loaded)")); // the shipped plugin too
    std::vector<std::string> order;
    for (PluginRecord* p : s->host().loadedInOrder())
        order.push_back(p->id);
    QVERIFY(std::find(order.begin(), order.end(), "alpha")
            < std::find(order.begin(), order.end(), "beta"));
    PluginRecord* beta = s->host().find("beta");
    QCOMPARE(beta->commands.size(), std::size_t(1));
    std::ostringstream out, err;
    sdk::CommandInvocation call{{}, *beta->context, out, err};
    QCOMPARE(beta->commands[0].run(call), 0);
    QCOMPARE(out.str(), std::string("hello from beta as tester\n"));
    QVERIFY(s->user().registered); // the first user of a new store is its admin
    QVERIFY(s->user().role == sdk::Role::Admin);
}

void TestPluginHost::refusesBrokenLibraries()
{
    QByteArray junk(8192, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 7919) % 251);
    writeFile(m_dirs[0] + "/junk.so", junk);
    writeManifest(m_dirs[0], {"junk"});
    QFile basic(QStringLiteral(FIXTURE_PLUGIN_DIR) + "/fixture_basic.so");
    QVERIFY(basic.open(QIODevice::ReadOnly));
    writeFile(m_dirs[0] + "/truncated.so", basic.read(basic.size() / 3));
    writeManifest(m_dirs[0], {"truncated"});
    writeFile(m_dirs[0] + "/orphan.so", junk);
    addPlugin(m_dirs[0], {"noentry", "fixture_no_entry.so"});
    addPlugin(m_dirs[0], {"good"});

    auto s = open();
    QVERIFY2(reasonOf(*s, "junk").find("cannot load") == 0, reasonOf(*s, "junk").c_str());
    QVERIFY2(reasonOf(*s, "truncated").find("is truncated") != std::string::npos,
             reasonOf(*s, "truncated").c_str());
    QVERIFY2(reasonOf(*s, "junk").find("no ELF header") != std::string::npos,
             reasonOf(*s, "junk").c_str());
    QVERIFY2(reasonOf(*s, "orphan").find("no manifest") == 0, reasonOf(*s, "orphan").c_str());
    QCOMPARE(reasonOf(*s, "noentry"), std::string("lacks the entry point contingent_plugin_create "
                                                  "(was it built with CONTINGENT_PLUGIN?)"));
    QCOMPARE(reasonOf(*s, "good"), std::string("(loaded)"));
    QCOMPARE(reasonOf(*s, "rosters"), std::string("(loaded)"));
}

void TestPluginHost::refusesBadManifests()
{
    addPlugin(m_dirs[0], {"broken"});
    writeFile(m_dirs[0] + "/broken.json", "{ \"id\": \"broken\", ");
    addPlugin(m_dirs[0], {"noversion"});
    writeFile(m_dirs[0] + "/noversion.json",
              R"({"id": "noversion", "name": "x", "abi": 1, "library": "noversion.so"})");
    addPlugin(m_dirs[0], {"renamed"});
    writeFile(
        m_dirs[0] + "/renamed.json",
        R"({"id": "other", "name": "x", "version": "1.0", "abi": 1, "library": "renamed.so"})");
    writeManifest(m_dirs[0], {"nolib"}); // manifest without its library
    addPlugin(m_dirs[0], {"badsdk"});
    writeFile(
        m_dirs[0] + "/badsdk.json",
        R"({"id": "badsdk", "name": "x", "version": "1.0", "sdk": "one", "library": "badsdk.so"})");
    addPlugin(m_dirs[0], {"nosdk"});
    writeFile(m_dirs[0] + "/nosdk.json",
              R"({"id": "nosdk", "name": "x", "version": "1.0", "library": "nosdk.so"})");
    auto s = open();
    QVERIFY2(reasonOf(*s, "badsdk").find("\"sdk\" must be MAJOR.MINOR like \"1.0\", not \"one\"")
                 != std::string::npos,
             reasonOf(*s, "badsdk").c_str());
    QVERIFY2(reasonOf(*s, "nosdk").find("\"sdk\" (the SDK version it was built against")
                 != std::string::npos,
             reasonOf(*s, "nosdk").c_str());
    QVERIFY2(reasonOf(*s, "broken").find("bad manifest:") == 0, reasonOf(*s, "broken").c_str());
    QVERIFY(reasonOf(*s, "broken").find("not valid JSON") != std::string::npos);
    QVERIFY2(reasonOf(*s, "noversion").find("\"version\" is missing") != std::string::npos,
             reasonOf(*s, "noversion").c_str());
    QVERIFY2(reasonOf(*s, "renamed").find("must be described by other.json") != std::string::npos,
             reasonOf(*s, "renamed").c_str());
    QVERIFY2(reasonOf(*s, "nolib").find("is missing") != std::string::npos,
             reasonOf(*s, "nolib").c_str());
}

void TestPluginHost::sdkVersionsThatLoad_data()
{
    QTest::addColumn<int>("plugin");
    QTest::addColumn<int>("host");
    QTest::addColumn<QString>("problem"); // empty: it loads
    QTest::newRow("the same") << 1000 << 1000 << "";
    QTest::newRow("an older minor") << 1001 << 1003 << "";
    QTest::newRow("a newer minor")
        << 1004 << 1003
        << "built for SDK 1.4, newer than this application's SDK 1.3: update Contingent, or "
           "rebuild the plugin against SDK 1.3";
    QTest::newRow("another major")
        << 2000 << 1003
        << "built for SDK 2.0, but this application provides SDK 1.3 (another major version): "
           "rebuild the plugin against SDK 1.x";
    QTest::newRow("before 1.0")
        << 2 << 1000
        << "built for a pre-1.0 SDK (ABI 2), but this application provides SDK 1.0 (another "
           "major version): rebuild the plugin against SDK 1.x";
}

void TestPluginHost::sdkVersionsThatLoad()
{
    QFETCH(int, plugin);
    QFETCH(int, host);
    QFETCH(QString, problem);
    QCOMPARE(QString::fromStdString(sdkProblem(plugin, host).value_or("")), problem);
}

void TestPluginHost::checksAbiBeforeLoading_data()
{
    QTest::addColumn<int>("abi");
    QTest::addColumn<QString>("reason");
    const int major = contingent::sdk::kSdkMajor, minor = contingent::sdk::kSdkMinor;
    QTest::newRow("a newer minor") << major * 1000 + minor + 1 << "newer than this application's";
    QTest::newRow("the next major") << (major + 1) * 1000 << "(another major version)";
    QTest::newRow("a pre-1.0 manifest") << 2 << "built for a pre-1.0 SDK (ABI 2)";
}

void TestPluginHost::checksAbiBeforeLoading()
{
    // If this library were loaded and started, it would abort the test.
    QFETCH(int, abi);
    QFETCH(QString, reason);
    addPlugin(m_dirs[0], {"future", "fixture_crash_in_start.so", {}, abi});
    addPlugin(m_dirs[0], {"current"});
    auto s = open();
    QCOMPARE(reasonOf(*s, "future"), sdkProblem(abi, contingent::sdk::kAbiVersion).value());
    QVERIFY2(reasonOf(*s, "future").find(reason.toStdString()) != std::string::npos,
             reasonOf(*s, "future").c_str());
    QCOMPARE(reasonOf(*s, "current"), std::string("(loaded)"));
    QFile maps("/proc/self/maps");
    QVERIFY(maps.open(QIODevice::ReadOnly));
    QVERIFY(!maps.readAll().contains("future.so")); // never even mapped
}

void TestPluginHost::checksAbiAfterLoading()
{
    addPlugin(m_dirs[0], {"liar", "fixture_other_abi.so"});
    auto s = open();
    QVERIFY2(reasonOf(*s, "liar")
                     .find("its library, unlike its manifest (SDK 1.0), was built for "
                           "a pre-1.0 SDK (ABI 999)")
                 != std::string::npos,
             reasonOf(*s, "liar").c_str());
}

void TestPluginHost::refusesDuplicateIds()
{
    m_dirs << m_tmpOwner->filePath("more");
    addPlugin(m_dirs[0], {"twin"});
    addPlugin(m_dirs[1], {"twin"});
    auto s = open();
    int loaded = 0, refused = 0;
    for (const auto& p : s->host().plugins()) {
        if (p->id != "twin")
            continue;
        if (p->state == PluginState::Loaded) {
            ++loaded;
            QVERIFY(p->manifestPath.startsWith(m_dirs[0])); // the first folder wins
        } else {
            ++refused;
            QVERIFY2(p->reason.find("duplicate id \"twin\"") == 0, p->reason.c_str());
        }
    }
    QCOMPARE(loaded, 1);
    QCOMPARE(refused, 1);
}

void TestPluginHost::dependencyFailuresSpread()
{
    addPlugin(m_dirs[0], {"a", "fixture_basic.so", {"b"}});
    addPlugin(m_dirs[0], {"b", "fixture_basic.so", {"a"}});
    addPlugin(m_dirs[0], {"needs_ghost", "fixture_basic.so", {"ghost"}});
    addPlugin(m_dirs[0], {"needs_new", "fixture_basic.so", {"rosters>=9"}});
    addPlugin(m_dirs[0], {"needs_cycle", "fixture_basic.so", {"a"}});
    auto s = open();
    QCOMPARE(reasonOf(*s, "a"), std::string("takes part in a dependency cycle: a -> b -> a"));
    QCOMPARE(reasonOf(*s, "b"), std::string("takes part in a dependency cycle: a -> b -> a"));
    QCOMPARE(reasonOf(*s, "needs_ghost"), std::string("needs ghost, which is not installed"));
    QVERIFY(reasonOf(*s, "needs_new").find("needs rosters >= 9, but version ") == 0);
    QVERIFY(reasonOf(*s, "needs_cycle").find("needs a, which was refused: takes part") == 0);
    QCOMPARE(reasonOf(*s, "rosters"), std::string("(loaded)"));
}

void TestPluginHost::exceptionInStartIsContained()
{
    addPlugin(m_dirs[0], {"grumpy", "fixture_throws_in_start.so"});
    addPlugin(m_dirs[0], {"fan", "fixture_basic.so", {"grumpy"}});
    addPlugin(m_dirs[0], {"calm"});
    auto s = open();
    QCOMPARE(reasonOf(*s, "grumpy"), std::string("failed to start: the fixture refuses to start"));
    QCOMPARE(reasonOf(*s, "fan"), std::string("needs grumpy, which was refused: failed to start: "
                                              "the fixture refuses to start"));
    QCOMPARE(reasonOf(*s, "calm"), std::string("(loaded)"));
    QVERIFY(!s->host().find("grumpy")->instance);
}

void TestPluginHost::refusedPluginLeavesNothingRegistered()
{
    addPlugin(m_dirs[0], {"late_throw", "fixture_contributions.so"});
    auto t = open();
    QCOMPARE(reasonOf(*t, "late_throw"),
             std::string("failed to start: the fixture fails after registering"));
    for (const sdk::CheckDefinition& c : t->host().checks().definitions())
        QVERIFY2(c.ruleId.rfind("late_throw.", 0) != 0, c.ruleId.c_str());
    for (const sdk::FactSheet& sheet : t->host().facts().sheets(sdk::DeploymentId(1)))
        QVERIFY2(sheet.plugin != "late_throw", sheet.plugin.c_str());
    PluginRecord* p = t->host().find("late_throw");
    QVERIFY(p->pages.empty() && p->cards.empty() && p->commands.empty());
}

void TestPluginHost::badContributionsAreRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a page id twice") << "dup_page"
                                     << "two pages share the id \"page\"";
    QTest::newRow("a check under another plugin's id")
        << "foreign_check"
        << "check \"rosters.sneaky\" is not under the plugin's own id";
    QTest::newRow("a page without QML") << "no_qml"
                                        << "page \"page\" has no QML URL";
    QTest::newRow("a status step it may not own")
        << "bad_owner"
        << "the status step approved -> planned cannot be owned";
}

void TestPluginHost::badContributionsAreRefused()
{
    QFETCH(QString, id);
    QFETCH(QString, reason);
    addPlugin(m_dirs[0], {id, "fixture_contributions.so"});
    addPlugin(m_dirs[0], {"calm"});
    auto s = open();
    const std::string said = reasonOf(*s, id.toUtf8().constData());
    QVERIFY2(said.find("failed to start: " + reason.toStdString()) == 0, said.c_str());
    QCOMPARE(reasonOf(*s, "calm"), std::string("(loaded)"));
    QCOMPARE(reasonOf(*s, "rosters"), std::string("(loaded)"));
    QVERIFY(s->host().find(id.toStdString())->pages.empty());
}

void TestPluginHost::oneOwnerPerStatusStep()
{
    addPlugin(m_dirs[0], {"owner_a", "fixture_contributions.so"});
    addPlugin(m_dirs[0], {"owner_b", "fixture_contributions.so"});
    auto s = open();
    QCOMPARE(reasonOf(*s, "owner_a"), std::string("(loaded)"));
    QCOMPARE(
        reasonOf(*s, "owner_b"),
        std::string("it claims the status step proposed -> approved, which plugin owner_a owns"));
    QCOMPARE(s->host().statusGate().ownerOf(
                 {sdk::DeploymentStatus::Proposed, sdk::DeploymentStatus::Approved}),
             std::optional<std::string>("owner_a"));
}

void TestPluginHost::pluginsReadEachOthersFacts()
{
    addPlugin(m_dirs[0], {"facts_reader", "fixture_contributions.so"});
    auto withoutWriter = open();
    // The missions plugin's "Tour" section for a tour it knows; nothing from
    // a plugin that is not there, and no error.
    sdk::Database& db = withoutWriter->store();
    PluginRecord* reader = withoutWriter->host().find("facts_reader");
    QVERIFY(reader && reader->state == PluginState::Loaded);
    sdk::Officer o;
    o.serviceNumber = "F-1";
    o.givenName = "Fia";
    o.familyName = "Fakt";
    const auto officer = reader->context->officers().add(o);
    const auto mission =
        db.queryValue<sdk::MissionId>("SELECT id FROM mission WHERE code = 'EULEX'");
    QVERIFY(mission);
    sdk::Deployment d;
    d.officerId = officer;
    d.missionId = *mission;
    d.period = sdk::Period(sdk::Date::fromIso("2024-01-01"), sdk::Date::fromIso("2024-06-30"));
    const auto tour = reader->context->deployments().add(d);
    const auto show = [&](Session& s) {
        std::ostringstream out, err;
        sdk::CommandInvocation call{
            {std::to_string(tour.value())}, *s.host().find("facts_reader")->context, out, err};
        s.host().find("facts_reader")->commands.at(0).run(call);
        return out.str();
    };
    std::string said = show(*withoutWriter);
    QVERIFY2(said.find("missions/tour: Mission = EULEX") != std::string::npos, said.c_str());
    QVERIFY2(said.find("facts_writer") == std::string::npos, said.c_str());
    withoutWriter.reset();

    addPlugin(m_dirs[0], {"facts_writer", "fixture_contributions.so"});
    auto withWriter = open();
    said = show(*withWriter);
    QVERIFY2(said.find("facts_writer/note: Note = facts_writer on " + std::to_string(tour.value()))
                 != std::string::npos,
             said.c_str());
    QVERIFY(said.find("missions/tour") < said.find("facts_writer/note")); // by order: 10, then 50
}

void TestPluginHost::migrationErrorLeavesStoreUntouched()
{
    addPlugin(m_dirs[0], {"badmig", "fixture_bad_migration.so"});
    auto s = open();
    const std::string reason = reasonOf(*s, "badmig");
    QVERIFY2(reason.find("migration failed: badmig migration 1") == 0, reason.c_str());
    QVERIFY2(reason.find("fixture_bad_migration_nowhere") != std::string::npos, reason.c_str());
    QVERIFY(!s->store().hasTable("fixture_bad_migration_half"));
    QVERIFY(!s->store().queryValue<std::int64_t>(
        "SELECT 1 FROM schema_migration WHERE owner = 'badmig'"));
    QCOMPARE(reasonOf(*s, "rosters"), std::string("(loaded)"));
}

void TestPluginHost::safeModeIgnoresOtherFolders()
{
    addPlugin(m_dirs[0], {"extra"});
    auto s = open(true);
    QVERIFY(!s->host().find("extra"));
    QCOMPARE(reasonOf(*s, "rosters"), std::string("(loaded)"));
    QVERIFY(!s->host().notes().empty());
}

QTEST_GUILESS_MAIN(TestPluginHost)
#include "tst_pluginhost.moc"
