// Issue #14's speed target, reported, never asserted: submitting a proposal of
// 200 tours (the gate runs every check for each) in under 1 s over a store of
// 100 000 tours. The checks are the core's, the decision deadline, insurance
// (Art. 89) and transfers (Art. 77), run as the host runs them. (Start to
// first frame with the plugin loaded: ../shared/tools/first-frame.py, README.)
//
//   ninja approvals_bench && bench/approvals_bench
//   CONTINGENT_BENCH_SMALL=1 bench/approvals_bench   10 000 tours, 20 in the proposal (CTest smoke)

#include "cover.h"
#include "policies.h"
#include "proposals.h"
#include "transferorders.h"

#include <contingent/sdk/changes.h>
#include <contingent/sdk/checks.h>
#include <contingent/sdk/facts.h>
#include <contingent/sdk/migrations.h>
#include <contingent/sdk/statusgate.h>
#include <contingent/sdk/transaction.h>

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdlib>

using namespace contingent;

namespace {

const sdk::Date kToday = sdk::Date::fromIso("2026-11-30");
const bool kSmall = std::getenv("CONTINGENT_BENCH_SMALL") != nullptr;

/// A store file with `tours` completed half-year tours (one officer per five,
/// none overlapping) and `proposed` planned tours for 2027 of officers with no
/// other tour then, each with its transfer order handed over.
struct BenchStore {
    BenchStore(int tours, int proposed)
        : path(dir.filePath(QStringLiteral("approvals.db")).toStdString())
        , db(path)
        , context("approvals", db, {"bench", "Bench", sdk::Role::Admin, {}, true}, clock, checks,
                  changes, &facts, &gate)
    {
        sdk::MigrationRunner runner(db, false);
        sdk::migrateCoreSchema(runner);
        runner.apply("approvals", approvals::migrations());
        runner.apply("insurance", insurance::migrations());
        runner.apply("transfers", transfers::migrations());
        gate.own("approvals", {sdk::DeploymentStatus::Proposed, sdk::DeploymentStatus::Approved});
        checks.add("core", sdk::overlappingDeploymentsCheck());
        checks.add("approvals", approvals::decisionDeadlineCheck());
        for (sdk::CheckDefinition& c : insurance::insuranceChecks())
            checks.add("insurance", std::move(c));
        for (sdk::CheckDefinition& c : transfers::transferChecks())
            checks.add("transfers", std::move(c));
        sdk::Transaction tx(db);
        for (int m = 0; m < 15; ++m)
            db.execute("INSERT INTO mission (code, name, organisation, host_country, start_date, "
                       "risk_level) VALUES (?, 'M', 'EU', 'Kosovo', '1997-01-01', 'medium')",
                       "M" + std::to_string(m));
        sdk::Statement officer(db, "INSERT INTO officer (service_number, given_name, "
                                   "family_name, gender) VALUES (?, 'A', 'B', 'F')");
        const int officers = tours / 5 + proposed;
        for (int i = 0; i < officers; ++i) {
            officer.bindAll("P-" + std::to_string(i)).run();
            officer.reset();
        }
        sdk::Statement tour(db, "INSERT INTO deployment (officer_id, mission_id, position, "
                                "first_day, last_day, status) VALUES (?, ?, '', ?, ?, ?)");
        for (int i = 0; i < tours; ++i) {
            // Officer i % (tours / 5) serves five tours, years apart.
            const int o = i % (tours / 5);
            const sdk::Date first =
                sdk::Date::fromYmd(1997 + 5 * (i / (tours / 5)) + o % 5, 1, 1).addDays(o % 180);
            tour.bindAll(1 + o, 1 + i % 15, first, first.addMonths(6).addDays(-1), "completed")
                .run();
            tour.reset();
        }
        sdk::Statement order(db, "INSERT INTO transfers_order (deployment_id, number, first_day, "
                                 "last_day, handed_on, signed_by, legal_basis) VALUES (?, ?, ?, ?, "
                                 "'2026-11-01', 'Director', 'Police Act, Art. 77')");
        for (int i = 0; i < proposed; ++i) {
            const sdk::Date first = sdk::Date::fromIso("2027-03-01");
            tour.bindAll(1 + tours / 5 + i, 1 + i % 15, first, first.addMonths(6).addDays(-1),
                         "planned")
                .run();
            tour.reset();
            const std::int64_t id = db.lastInsertId();
            ids.push_back(sdk::DeploymentId(id));
            order.bindAll(id, "094-" + std::to_string(i), first, first.addMonths(6).addDays(-1))
                .run();
            order.reset();
        }
        tx.commit();
        db.execute("ANALYZE");
    }
    QTemporaryDir dir;
    std::string path;
    sdk::Database db;
    sdk::FixedClock clock{kToday};
    sdk::CheckRegistry checks;
    sdk::ChangeNotifier changes;
    sdk::FactRegistry facts;
    sdk::StatusGate gate;
    sdk::Context context;
    std::vector<sdk::DeploymentId> ids;
};

void BM_SubmitAProposal(benchmark::State& state)
{
    static BenchStore s(kSmall ? 10'000 : 100'000, kSmall ? 20 : 200);
    for (auto _ : state) {
        sdk::Transaction tx(s.db); // rolled back: every iteration submits the same tours
        approvals::ProposalBook book(s.context);
        const std::int64_t p = book.propose(s.ids, "bench");
        try {
            book.submit(p, kToday);
        } catch (const sdk::InputError& e) {
            state.SkipWithError(e.what());
            return;
        }
        state.counters["tours"] = double(s.ids.size());
    }
}
BENCHMARK(BM_SubmitAProposal)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
