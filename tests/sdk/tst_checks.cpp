#include <contingent/sdk/checks.h>
#include <contingent/sdk/repositories.h>

#include <QTest>

#include <set>

using namespace contingent::sdk;

class TestChecks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }
    void overlap_data();
    void overlap();
    void overlapForOneDeployment();
    void registryKeepsGoingWhenACheckThrows();
    void registryRefusesBadDefinitions();
    void streamedChecksHandOnEachFinding();

private:
    DeploymentId tour(OfficerId officer, const char* first, const char* last,
                      DeploymentStatus status = DeploymentStatus::Planned);
    std::unique_ptr<Database> m_db;
    OfficerId m_officers[2] = {};
    MissionId m_mission;
};

void TestChecks::init()
{
    m_db = std::make_unique<Database>(":memory:");
    MigrationRunner runner(*m_db);
    migrateCoreSchema(runner);
    OfficerRepository officers(*m_db, {"t", "test"});
    for (int i = 0; i < 2; ++i) {
        Officer o;
        o.serviceNumber = "P-" + std::to_string(i + 1);
        o.givenName = "A";
        o.familyName = "B";
        m_officers[i] = officers.add(o);
    }
    m_mission = MissionRepository(*m_db, {"t", "test"})
                    .add({{},
                          "EUMM",
                          "EU Monitoring Mission in Georgia",
                          "EU",
                          "Georgia",
                          Date::fromIso("2008-10-01"),
                          std::nullopt});
}

DeploymentId TestChecks::tour(OfficerId officer, const char* first, const char* last,
                              DeploymentStatus status)
{
    return DeploymentRepository(*m_db, {"t", "test"})
        .add({{},
              officer,
              m_mission,
              "monitor",
              Period::fromIso(first, last),
              status,
              std::nullopt});
}

void TestChecks::overlap_data()
{
    // Tours of officer 0 unless the text starts with '1:'; '!' marks a cancelled tour.
    QTest::addColumn<QStringList>("tours");
    QTest::addColumn<QList<int>>("flagged"); // indexes of the tours that get a finding
    QTest::newRow("back to back: no overlap")
        << QStringList{"2024-01-01..2024-06-30", "2024-07-01..2024-12-31"} << QList<int>{};
    QTest::newRow("sharing one day overlaps (inclusive periods)")
        << QStringList{"2024-01-01..2024-06-30", "2024-06-30..2024-12-31"} << QList<int>{0, 1};
    QTest::newRow("a long tour containing two short ones")
        << QStringList{"2024-01-01..2024-12-31", "2024-02-01..2024-02-10", "2024-11-01..2024-11-05"}
        << QList<int>{0, 1, 2};
    QTest::newRow("overlap with a tour that is not the previous one")
        << QStringList{"2024-01-01..2024-12-31", "2024-03-01..2024-03-02", "2024-06-01..2024-06-30"}
        << QList<int>{0, 1, 2};
    QTest::newRow("different officers may overlap")
        << QStringList{"2024-01-01..2024-06-30", "1:2024-03-01..2024-09-30"} << QList<int>{};
    QTest::newRow("a cancelled tour does not count")
        << QStringList{"2024-01-01..2024-06-30", "!2024-03-01..2024-09-30"} << QList<int>{};
    QTest::newRow("identical periods")
        << QStringList{"2024-05-01..2024-05-31", "2024-05-01..2024-05-31"} << QList<int>{0, 1};
}

void TestChecks::overlap()
{
    QFETCH(QStringList, tours);
    QFETCH(QList<int>, flagged);
    std::vector<DeploymentId> ids;
    for (QString t : tours) {
        OfficerId officer = m_officers[0];
        DeploymentStatus status = DeploymentStatus::Planned;
        if (t.startsWith("1:")) {
            officer = m_officers[1];
            t = t.mid(2);
        }
        if (t.startsWith('!')) {
            status = DeploymentStatus::Cancelled;
            t = t.mid(1);
        }
        ids.push_back(tour(officer, t.left(10).toUtf8().constData(),
                           t.right(10).toUtf8().constData(), status));
    }
    CheckRegistry registry;
    registry.add("core", overlappingDeploymentsCheck());
    const CheckReport report = registry.runAll(*m_db, Date::fromIso("2024-01-01"));
    QVERIFY(report.errors.empty());
    std::set<DeploymentId> got;
    for (const Finding& f : report.findings) {
        QVERIFY(f.severity == Severity::Blocking);
        QCOMPARE(f.ruleId, std::string("core.overlapping_deployments"));
        QVERIFY(!f.legalBasis.empty());
        QCOMPARE(f.plugin, std::string("core"));
        QVERIFY2(QString::fromStdString(f.message).contains("P-1"), f.message.c_str());
        got.insert(f.deploymentId);
    }
    std::set<DeploymentId> expected;
    for (int i : flagged)
        expected.insert(ids[std::size_t(i)]);
    QCOMPARE(got, expected);
    QCOMPARE(report.hasBlocking(), !flagged.isEmpty());
}

void TestChecks::overlapForOneDeployment()
{
    const auto a = tour(m_officers[0], "2024-01-01", "2024-12-31");
    const auto b = tour(m_officers[0], "2024-03-01", "2024-03-31");
    const auto c = tour(m_officers[0], "2024-06-01", "2024-06-30");
    CheckRegistry registry;
    registry.add("core", overlappingDeploymentsCheck());
    const Date today = Date::fromIso("2024-01-01");
    const CheckReport forB = registry.runFor(*m_db, today, b);
    QCOMPARE(forB.findings.size(), std::size_t(1));
    QCOMPARE(forB.findings[0].deploymentId, b);
    QVERIFY(QString::fromStdString(forB.findings[0].message).contains("2024-01-01..2024-12-31"));
    const CheckReport forA = registry.runFor(*m_db, today, a);
    QCOMPARE(forA.findings.size(), std::size_t(2)); // overlaps b and c
    for (const Finding& f : forA.findings)
        QCOMPARE(f.deploymentId, a);
    QCOMPARE(registry.runFor(*m_db, today, c).findings.size(), std::size_t(1));
}

void TestChecks::registryKeepsGoingWhenACheckThrows()
{
    const auto a = tour(m_officers[0], "2024-01-01", "2024-01-31");
    CheckRegistry registry;
    registry.add("broken", {"broken.rule", "Always fails", "none",
                            [](const CheckScope&) -> std::vector<Finding> {
                                throw std::runtime_error("boom");
                            }});
    registry.add(
        "info",
        {"info.rule", "Says hello", "Police Act, Art. 124", [](const CheckScope& scope) {
             std::vector<Finding> out;
             Statement st(scope.db, "SELECT id FROM deployment");
             while (st.step())
                 out.push_back({Severity::Info, {}, {}, "hello", st.get<DeploymentId>(0), {}});
             return out;
         }});
    const CheckReport report = registry.runAll(*m_db, Date::fromIso("2024-01-01"));
    QCOMPARE(report.errors.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(report.errors[0]).contains("broken.rule"));
    QVERIFY(QString::fromStdString(report.errors[0]).contains("boom"));
    QCOMPARE(report.findings.size(), std::size_t(1));
    QCOMPARE(report.findings[0].deploymentId, a);
    QCOMPARE(report.findings[0].ruleId, std::string("info.rule")); // filled from the check
    QCOMPARE(report.findings[0].legalBasis, std::string("Police Act, Art. 124"));
    QVERIFY(!report.hasBlocking());
}

void TestChecks::registryRefusesBadDefinitions()
{
    CheckRegistry registry;
    registry.add("core", overlappingDeploymentsCheck());
    QVERIFY_THROWS_EXCEPTION(InputError, registry.add("other", overlappingDeploymentsCheck()));
    QVERIFY_THROWS_EXCEPTION(InputError,
                             registry.add("x", {"", "t", "b", overlappingDeploymentsCheck().run}));
    QVERIFY_THROWS_EXCEPTION(InputError, registry.add("x", {"x.rule", "t", "b", {}}));
    QCOMPARE(registry.size(), std::size_t(1));
}

// A streamed check's findings reach forEachFinding one by one, as found (none held by the
// registry), with the plugin, rule and legal basis filled in; its run() still returns them all;
// and a failing streamed check is an error that hides no other check.
void TestChecks::streamedChecksHandOnEachFinding()
{
    const auto a = tour(m_officers[0], "2024-01-01", "2024-01-31");
    const auto b = tour(m_officers[1], "2024-02-01", "2024-02-28");
    std::vector<DeploymentId> sunk; // what the check has handed on so far
    CheckRegistry registry;
    const CheckDefinition streamed = streamedCheck(
        "stream.rule", "Every tour", "Police Act, Art. 124",
        [&sunk](const CheckScope& scope, const FindingSink& sink) {
            Statement st(scope.db, "SELECT id FROM deployment ORDER BY id");
            while (st.step()) {
                sunk.push_back(st.get<DeploymentId>(0));
                sink({Severity::Info, {}, {}, "a record", st.get<DeploymentId>(0), {}});
            }
        });
    registry.add("stream", streamed);
    registry.add("late", streamedCheck("late.rule", "Fails after one", "none",
                                       [](const CheckScope&, const FindingSink& sink) {
                                           sink({Severity::Blocking, {}, {}, "one", {}, {}});
                                           throw std::runtime_error("disk gone");
                                       }));
    std::vector<std::pair<DeploymentId, std::size_t>> seen; // each finding, and how many were sunk
    const std::vector<std::string> errors =
        registry.forEachFinding(*m_db, Date::fromIso("2024-01-01"), [&](Finding& f) {
            seen.emplace_back(f.deploymentId, sunk.size());
            if (f.ruleId == "stream.rule") {
                QCOMPARE(f.plugin, std::string("stream"));
                QCOMPARE(f.legalBasis, std::string("Police Act, Art. 124"));
            }
        });
    QCOMPARE(seen.size(), std::size_t(3));
    QCOMPARE(seen[0], std::make_pair(a, std::size_t(1))); // handed on before b was read
    QCOMPARE(seen[1], std::make_pair(b, std::size_t(2)));
    QCOMPARE(errors.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(errors[0]).contains("late.rule"));
    QVERIFY(QString::fromStdString(errors[0]).contains("disk gone"));
    QCOMPARE(streamed.run(CheckScope{*m_db, Date::fromIso("2024-01-01"), std::nullopt}).size(),
             std::size_t(2));
    const CheckReport one = registry.runFor(*m_db, Date::fromIso("2024-01-01"), b);
    QCOMPARE(one.findings.size(), std::size_t(1));
    QCOMPARE(one.findings[0].deploymentId, b);
}

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
