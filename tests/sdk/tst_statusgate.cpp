// The gate on a tour's status (Police Act Art. 19: only a Government decision
// approves a tour): every allowed and refused step, owned steps, blocking
// findings, history imports.
#include <contingent/sdk/context.h>
#include <contingent/sdk/statusgate.h>

#include <functional>

#include <QTest>

using namespace contingent::sdk;

class TestStatusGate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void transitions_data();
    void transitions();
    void ownedStepsBelongToTheirPlugin();
    void blockingFindingsStopForwardMovesOnly();
    void changesAreAudited();
    void completedOnlyAfterTheLastDay();
    void onlyEditorsMoveATour();
    void historyIsImportedAsCompleted();
    void gateRefusesBadOwnership_data();
    void gateRefusesBadOwnership();
    void onlyTheDecisionsOwnerSendsATourBack();

private:
    DeploymentId tour(const char* first, const char* last);
    std::unique_ptr<Context> context(const std::string& plugin);
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{Date::fromIso("2026-11-30")};
    std::unique_ptr<CheckRegistry> m_checks;
    ChangeNotifier m_changes;
    StatusGate m_gate;
    OfficerId m_officer;
    MissionId m_mission;
};

void TestStatusGate::init()
{
    m_db = std::make_unique<Database>(":memory:");
    MigrationRunner runner(*m_db);
    migrateCoreSchema(runner);
    m_checks = std::make_unique<CheckRegistry>();
    m_checks->add("core", overlappingDeploymentsCheck());
    Officer o;
    o.serviceNumber = "P-1";
    o.givenName = "Ana";
    o.familyName = "Novak";
    m_officer = OfficerRepository(*m_db, {"t", "test"}).add(o);
    m_mission =
        MissionRepository(*m_db, {"t", "test"})
            .add({{}, "EULEX", "EULEX", "EU", "Kosovo", Date::fromIso("2008-02-16"), {}, {}});
}

void TestStatusGate::cleanup()
{
    m_gate.removePlugin("approvals");
    m_db.reset();
}

DeploymentId TestStatusGate::tour(const char* first, const char* last)
{
    return DeploymentRepository(*m_db, {"t", "test"})
        .add({{},
              m_officer,
              m_mission,
              "",
              Period::fromIso(first, last),
              DeploymentStatus::Planned,
              std::nullopt});
}

std::unique_ptr<Context> TestStatusGate::context(const std::string& plugin)
{
    return std::make_unique<Context>(plugin, *m_db,
                                     CurrentUser{"pia", "Pia", Role::Planner, {}, true}, m_clock,
                                     *m_checks, m_changes, nullptr, &m_gate);
}

void TestStatusGate::transitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<int>("steps");
    const QStringList all{"planned", "proposed", "approved", "active", "completed", "cancelled"};
    for (int a = 0; a < all.size(); ++a)
        for (int b = 0; b < all.size(); ++b) {
            if (a == b)
                continue;
            const bool toCancelled = all[b] == "cancelled";
            const bool fromCancelled = all[a] == "cancelled";
            const bool forward = !toCancelled && !fromCancelled && b > a;
            const bool allowedStep = (toCancelled && !fromCancelled) || (forward && b == a + 1);
            const int steps = toCancelled ? (fromCancelled ? 0 : 1) : (forward ? b - a : 0);
            QTest::addRow("%s -> %s", qPrintable(all[a]), qPrintable(all[b]))
                << all[a] << all[b] << allowedStep << steps;
        }
}

void TestStatusGate::transitions()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QFETCH(int, steps);
    const DeploymentStatus a = deploymentStatusFromString(from.toStdString());
    const DeploymentStatus b = deploymentStatusFromString(to.toStdString());
    QCOMPARE(isAllowedTransition(a, b), allowed);
    QCOMPARE(int(transitionPath(a, b).size()), steps);
    // Through the context: reached when there is a path, refused, unchanged, when not.
    const DeploymentId id = tour("2025-01-01", "2025-03-31");
    m_db->execute("UPDATE deployment SET status = ? WHERE id = ?", from.toStdString(), id);
    auto c = context("missions");
    if (steps > 0) {
        c->changeStatus(id, b);
        QVERIFY(DeploymentRepository(*m_db, {}).get(id).status == b);
    } else {
        try {
            c->changeStatus(id, b);
            QFAIL("a move without a path was made");
        } catch (const InputError& e) {
            QVERIFY2(QString(e.what()).contains("cannot go from " + from + " to " + to), e.what());
        }
        QVERIFY(DeploymentRepository(*m_db, {}).get(id).status == a);
    }
}

void TestStatusGate::ownedStepsBelongToTheirPlugin()
{
    const DeploymentId id = tour("2025-01-01", "2025-03-31");
    m_gate.own("approvals", {DeploymentStatus::Proposed, DeploymentStatus::Approved});
    auto missions = context("missions");
    missions->changeStatus(id, DeploymentStatus::Proposed); // not owned: anyone
    try {
        missions->changeStatus(id, DeploymentStatus::Active); // passes proposed -> approved
        QFAIL("an owned step was taken by another plugin");
    } catch (const InputError& e) {
        QVERIFY2(QString(e.what()).contains("only the approvals plugin moves a tour from proposed "
                                            "to approved"),
                 e.what());
    }
    QVERIFY(DeploymentRepository(*m_db, {}).get(id).status == DeploymentStatus::Proposed);
    context("approvals")->changeStatus(id, DeploymentStatus::Approved);
    missions->changeStatus(id, DeploymentStatus::Active);    // the next step is nobody's
    missions->changeStatus(id, DeploymentStatus::Cancelled); // cancelling is everyone's
    QVERIFY(DeploymentRepository(*m_db, {}).get(id).status == DeploymentStatus::Cancelled);
    // Without an owner the planner sets it by hand, as before.
    m_gate.removePlugin("approvals");
    const DeploymentId other = tour("2025-06-01", "2025-06-30");
    missions->changeStatus(other, DeploymentStatus::Approved);
    QVERIFY(DeploymentRepository(*m_db, {}).get(other).status == DeploymentStatus::Approved);
}

void TestStatusGate::onlyTheDecisionsOwnerSendsATourBack()
{
    const DeploymentId id = tour("2027-01-01", "2027-03-31");
    const auto status = [&] { return DeploymentRepository(*m_db, {}).get(id).status; };
    const auto refused = [](const std::function<void()>& f) {
        try {
            f();
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    auto missions = context("missions");
    missions->changeStatus(id, DeploymentStatus::Proposed);
    // Nobody owns the decision: nobody sends a tour back.
    QVERIFY(refused([&] {
                missions->sendBack(id, DeploymentStatus::Planned);
            }).find("only the plugin that owns the decision")
            != std::string::npos);
    m_gate.own("approvals", {DeploymentStatus::Proposed, DeploymentStatus::Approved});
    QVERIFY(!refused([&] { missions->sendBack(id, DeploymentStatus::Planned); }).empty());
    auto approvals = context("approvals");
    approvals->sendBack(id, DeploymentStatus::Planned); // a rejection or a withdrawal
    QVERIFY(status() == DeploymentStatus::Planned);
    QCOMPARE(*m_db->queryValue<std::int64_t>(
                 "SELECT count(*) FROM audit_log WHERE action = 'status' AND entity_id = ?", id),
             std::int64_t(2));
    // Forward is not "back"; an active tour does not go back.
    QVERIFY(
        refused([&] { approvals->sendBack(id, DeploymentStatus::Approved); }).find("cannot go back")
        != std::string::npos);
    approvals->changeStatus(id, DeploymentStatus::Active);
    QVERIFY(refused([&] {
                approvals->sendBack(id, DeploymentStatus::Planned);
            }).find("cannot go back from active")
            != std::string::npos);
    // A viewer of the owning plugin may not either.
    const DeploymentId other = tour("2027-06-01", "2027-06-30");
    approvals->changeStatus(other, DeploymentStatus::Approved);
    Context viewer("approvals", *m_db, CurrentUser{"vi", "Vi", Role::Viewer, {}, true}, m_clock,
                   *m_checks, m_changes, nullptr, &m_gate);
    QVERIFY(!refused([&] { viewer.sendBack(other, DeploymentStatus::Proposed); }).empty());
    approvals->sendBack(other, DeploymentStatus::Proposed);
    QVERIFY(DeploymentRepository(*m_db, {}).get(other).status == DeploymentStatus::Proposed);
}

void TestStatusGate::blockingFindingsStopForwardMovesOnly()
{
    const DeploymentId a = tour("2025-01-01", "2025-03-31");
    const DeploymentId b = tour("2025-03-01", "2025-05-31"); // overlaps a: blocking
    auto c = context("missions");
    try {
        c->changeStatus(b, DeploymentStatus::Proposed);
        QFAIL("moved forward with a blocking finding");
    } catch (const InputError& e) {
        QVERIFY2(
            QString(e.what()).contains("cannot become proposed while it has blocking findings: "
                                       "core.overlapping_deployments"),
            e.what());
    }
    c->changeStatus(b, DeploymentStatus::Cancelled); // cancelling is never blocked
    c->changeStatus(a, DeploymentStatus::Approved);  // b no longer counts
    QVERIFY(DeploymentRepository(*m_db, {}).get(a).status == DeploymentStatus::Approved);
}

void TestStatusGate::changesAreAudited()
{
    const DeploymentId id = tour("2025-01-01", "2025-03-31");
    context("missions")->changeStatus(id, DeploymentStatus::Approved);
    Statement st(*m_db, "SELECT actor, plugin, details FROM audit_log WHERE action = 'status' "
                        "AND entity_id = ? ORDER BY id");
    st.bindAll(id);
    QStringList seen;
    while (st.step()) {
        QCOMPARE(st.text(0), std::string("pia"));
        QCOMPARE(st.text(1), std::string("missions"));
        seen << QString::fromStdString(st.text(2));
    }
    QCOMPARE(seen, QStringList({R"({"from":"planned","to":"proposed"})",
                                R"({"from":"proposed","to":"approved"})"}));
}

void TestStatusGate::completedOnlyAfterTheLastDay()
{
    // Today is 2026-11-30 (m_clock): a tour ending today is not over yet.
    const DeploymentId running = tour("2026-06-01", "2026-11-30");
    context("missions")->changeStatus(running, DeploymentStatus::Active);
    try {
        context("missions")->changeStatus(running, DeploymentStatus::Completed);
        QFAIL("a tour that has not ended was completed");
    } catch (const InputError& e) {
        QVERIFY2(QString(e.what()).contains("its last day 2026-11-30 has not passed"), e.what());
    }
    const DeploymentId ended = tour("2026-05-01", "2026-05-31");
    context("missions")->changeStatus(ended, DeploymentStatus::Completed);
    QVERIFY(DeploymentRepository(*m_db, {"t", "t"}).get(ended).status
            == DeploymentStatus::Completed);
}

void TestStatusGate::onlyEditorsMoveATour()
{
    const DeploymentId id = tour("2025-01-01", "2025-03-31");
    for (const Role role : {Role::Viewer, Role::Officer}) {
        Context c("missions", *m_db, CurrentUser{"x", "X", role, {}, true}, m_clock, *m_checks,
                  m_changes, nullptr, &m_gate);
        try {
            c.changeStatus(id, DeploymentStatus::Cancelled);
            QFAIL("a reader moved a tour");
        } catch (const InputError& e) {
            QVERIFY2(QString(e.what()).contains("may not change a tour's status"), e.what());
        }
    }
    QVERIFY(DeploymentRepository(*m_db, {}).get(id).status == DeploymentStatus::Planned);
}

void TestStatusGate::historyIsImportedAsCompleted()
{
    DeploymentRepository tours(*m_db, {"pia", "missions"});
    const auto id = tours.add({{},
                               m_officer,
                               m_mission,
                               "",
                               Period::fromIso("2010-01-01", "2010-06-30"),
                               DeploymentStatus::Completed,
                               std::nullopt});
    QVERIFY(tours.get(id).status == DeploymentStatus::Completed);
    QCOMPARE(m_db->queryValue<std::string>(
                 "SELECT action FROM audit_log WHERE entity = 'deployment' AND entity_id = ?", id),
             std::optional<std::string>("import"));
    QVERIFY_THROWS_EXCEPTION(InputError, tours.add({{},
                                                    m_officer,
                                                    m_mission,
                                                    "",
                                                    Period::fromIso("2011-01-01", "2011-06-30"),
                                                    DeploymentStatus::Approved,
                                                    std::nullopt}));
}

void TestStatusGate::gateRefusesBadOwnership_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("a step backwards") << "approved"
                                      << "proposed"
                                      << "cannot be owned";
    QTest::newRow("two steps at once") << "planned"
                                       << "approved"
                                       << "cannot be owned";
    QTest::newRow("cancelling") << "planned"
                                << "cancelled"
                                << "cannot be owned";
    QTest::newRow("owned by another") << "proposed"
                                      << "approved"
                                      << "is owned by approvals already";
}

void TestStatusGate::gateRefusesBadOwnership()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, message);
    m_gate.own("approvals", {DeploymentStatus::Proposed, DeploymentStatus::Approved});
    const StatusTransition step{deploymentStatusFromString(from.toStdString()),
                                deploymentStatusFromString(to.toStdString())};
    try {
        m_gate.own("rival", step);
        QFAIL("owned");
    } catch (const InputError& e) {
        QVERIFY2(QString(e.what()).contains(message), e.what());
    }
    if (message.contains("cannot be owned")) { // the context says so at registration already
        QVERIFY_THROWS_EXCEPTION(InputError, context("rival")->ownTransition(step));
    }
    QCOMPARE(m_gate.ownerOf({DeploymentStatus::Proposed, DeploymentStatus::Approved}).value(),
             std::string("approvals"));
}

QTEST_GUILESS_MAIN(TestStatusGate)
#include "tst_statusgate.moc"
