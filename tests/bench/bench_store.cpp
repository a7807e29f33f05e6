// The store: opening an existing store, bulk inserts (raw and audited), and
// the SDK's overlapping-deployments check over a large store.
//
// Every store is a file in a temporary folder (see benchdata.h); building and
// copying the data happens with the timer paused.

#include "benchdata.h"

#include <contingent/sdk/changes.h>
#include <contingent/sdk/checks.h>
#include <contingent/sdk/migrations.h>
#include <contingent/sdk/repositories.h>

#include <QFile>

#include <chrono>
#include <memory>
#include <optional>

namespace contingent::bench {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

/// The cost of one row: the benchmark's time divided by the rows (shown as e.g. "8.1u" = 8.1 us).
benchmark::Counter perRow(std::int64_t rows)
{
    return benchmark::Counter(double(rows), benchmark::Counter::kIsIterationInvariantRate
                                                | benchmark::Counter::kInvert);
}

void removeStore(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

/// Opening an existing store the way every start does: the connection (foreign
/// keys, WAL, busy timeout), the migration runner (schema_migration present)
/// and the core schema with nothing pending. The store holds sizes().deployments
/// deployments. Closing is not timed; it is reported as close_ms.
void BM_OpenStore(benchmark::State& state)
{
    std::string path;
    try {
        path = storeWithDeployments().toStdString();
    } catch (const std::exception& e) {
        return fail(state, e.what());
    }
    double closeSeconds = 0;
    for (auto _ : state) {
        try {
            auto db = std::make_unique<sdk::Database>(path);
            auto runner = std::make_unique<sdk::MigrationRunner>(*db);
            sdk::migrateCoreSchema(*runner);
            state.PauseTiming();
            if (runner->backupPath()) {
                fail(state, "the store was not up to date: a backup was taken");
                break;
            }
            const auto t0 = Clock::now();
            runner.reset();
            db.reset();
            closeSeconds += secondsSince(t0);
            state.ResumeTiming();
        } catch (const std::exception& e) {
            fail(state, e.what());
            break;
        }
    }
    state.counters["close_ms"] =
        benchmark::Counter(closeSeconds * 1e3, benchmark::Counter::kAvgIterations);
}

/// The seeded store (made once) and `count` generated deployment rows for it;
/// nothing, with the benchmark marked failed, when they cannot be made.
std::vector<Row> deploymentRows(benchmark::State& state, int count)
{
    try {
        seededTemplate();
        return makeDeployments(count, sizes().officers, sizes().missions);
    } catch (const std::exception& e) {
        fail(state, e.what());
        return {};
    }
}

/// Times `insert` on a fresh copy of the seeded store; `verify` (not timed)
/// returns what is wrong with the result, or "". The copy is removed either way.
template <typename Insert, typename Verify>
void timeOnFreshCopy(benchmark::State& state, const char* name, Insert insert, Verify verify)
{
    for (auto _ : state) {
        try {
            state.PauseTiming();
            const QString path = copyOf(seededTemplate(), name);
            auto db = std::make_unique<sdk::Database>(path.toStdString());
            state.ResumeTiming();
            insert(*db);
            state.PauseTiming();
            const std::string problem = verify(*db);
            db.reset();
            removeStore(path);
            if (!problem.empty()) {
                fail(state, problem);
                break;
            }
            state.ResumeTiming();
        } catch (const std::exception& e) {
            fail(state, e.what());
            break;
        }
    }
}

/// 100 000 deployments in one transaction through one prepared Statement,
/// reset and rebound per row (what an import does). Each iteration starts from
/// a fresh copy of a store with sizes().officers officers and 15 missions; the
/// copy, opening and closing are not timed, the COMMIT (WAL write, fsync and
/// the automatic checkpoint it triggers) is.
void BM_Insert100kDeployments(benchmark::State& state)
{
    const auto count = int(state.range(0));
    const std::vector<Row> rows = deploymentRows(state, count);
    if (rows.empty())
        return;
    timeOnFreshCopy(
        state, "insert",
        [&](sdk::Database& db) {
            sdk::Transaction tx(db);
            insertRaw(db, rows);
            tx.commit();
        },
        [&](sdk::Database& db) -> std::string {
            const auto n = db.queryValue<std::int64_t>("SELECT count(*) FROM deployment");
            if (n == count)
                return {};
            return "expected " + std::to_string(count) + " deployments, found "
                   + std::to_string(n.value_or(-1));
        });
    state.SetItemsProcessed(state.iterations() * count);
    state.counters["per_row"] = perRow(count);
}

/// The same rows through sdk::DeploymentRepository::add, the path every plugin
/// and the UI use: per row it checks the officer and the mission exist, opens a
/// savepoint, inserts, writes an audit_log entry (JSON details) and announces
/// the change. All rows in one outer transaction, as generateDemo does.
void BM_InsertDeploymentsAudited(benchmark::State& state)
{
    const auto count = int(state.range(0));
    const std::vector<Row> rows = deploymentRows(state, count);
    if (rows.empty())
        return;
    sdk::ChangeNotifier changes;
    std::int64_t announced = 0;
    QObject::connect(&changes, &sdk::ChangeNotifier::changed, [&announced] { ++announced; });
    timeOnFreshCopy(
        state, "audited",
        [&](sdk::Database& db) {
            sdk::Transaction tx(db);
            sdk::DeploymentRepository repo(db, sdk::Actor{"bench", "bench"}, &changes);
            for (const Row& r : rows)
                repo.add(sdk::Deployment{{},
                                         sdk::OfficerId(r.officerId),
                                         sdk::MissionId(r.missionId),
                                         "Police adviser",
                                         sdk::Period(r.first, r.last),
                                         r.status,
                                         std::nullopt});
            tx.commit();
        },
        [&](sdk::Database& db) -> std::string {
            const auto n = db.queryValue<std::int64_t>("SELECT count(*) FROM deployment");
            const auto audited = db.queryValue<std::int64_t>(
                "SELECT count(*) FROM audit_log WHERE entity = 'deployment'");
            if (n == count && audited == count)
                return {};
            return "expected " + std::to_string(count) + " deployments and audit entries, found "
                   + std::to_string(n.value_or(-1)) + " and "
                   + std::to_string(audited.value_or(-1));
        });
    state.SetItemsProcessed(state.iterations() * count);
    state.counters["per_row"] = perRow(count);
    if (announced != state.iterations() * count && !anyFailed())
        fail(state, "expected one change announcement per row, got " + std::to_string(announced));
}

/// The SDK's own rule over the whole store (sizes().deployments deployments,
/// ten per officer, ~1 % overlapping the officer's previous tour, ~1 % cancelled).
/// The connection stays open across iterations, so SQLite's page cache is warm
/// after the first one (as in a running application).
void BM_OverlapCheck100k(benchmark::State& state)
{
    std::optional<sdk::Database> db;
    int expected = 0;
    try {
        const auto rows = makeDeployments(sizes().deployments, sizes().officers, sizes().missions);
        expected = 2 * expectedOverlaps(rows); // one finding for each side of a pair
        db.emplace(storeWithDeployments().toStdString());
    } catch (const std::exception& e) {
        return fail(state, e.what());
    }
    const sdk::CheckDefinition check = sdk::overlappingDeploymentsCheck();
    std::size_t findings = 0;
    for (auto _ : state) {
        try {
            std::vector<sdk::Finding> out =
                check.run(sdk::CheckScope{*db, benchToday(), std::nullopt});
            findings = out.size();
            benchmark::DoNotOptimize(out.data());
        } catch (const std::exception& e) {
            fail(state, e.what());
            break;
        }
    }
    state.SetItemsProcessed(state.iterations() * sizes().deployments);
    state.counters["findings"] = double(findings);
    if (!anyFailed() && int(findings) != expected)
        fail(state,
             "expected " + std::to_string(expected) + " findings, got " + std::to_string(findings));
}

/// The same rule for one deployment (what an approval runs before moving a
/// deployment forward): the officer's tours only, through the officer index.
void BM_OverlapCheckOneDeployment(benchmark::State& state)
{
    std::optional<sdk::Database> db;
    try {
        db.emplace(storeWithDeployments().toStdString());
    } catch (const std::exception& e) {
        return fail(state, e.what());
    }
    const sdk::CheckDefinition check = sdk::overlappingDeploymentsCheck();
    std::int64_t id = 0;
    const std::int64_t count = sizes().deployments;
    for (auto _ : state) {
        try {
            id = (id + 7919) % count + 1; // a prime stride over every id
            auto out = check.run(sdk::CheckScope{*db, benchToday(), sdk::DeploymentId(id)});
            benchmark::DoNotOptimize(out.data());
        } catch (const std::exception& e) {
            fail(state, e.what());
            break;
        }
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

void registerStoreBenchmarks()
{
    const Sizes& s = sizes();
    benchmark::RegisterBenchmark("BM_OpenStore", BM_OpenStore)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(500);
    benchmark::RegisterBenchmark("BM_Insert100kDeployments", BM_Insert100kDeployments)
        ->Arg(s.deployments)
        ->ArgName("rows")
        ->Unit(benchmark::kMillisecond)
        ->Iterations(5);
    benchmark::RegisterBenchmark("BM_InsertDeploymentsAudited", BM_InsertDeploymentsAudited)
        ->Arg(s.auditedDeployments)
        ->ArgName("rows")
        ->Unit(benchmark::kMillisecond)
        ->Iterations(5);
    benchmark::RegisterBenchmark("BM_OverlapCheck100k", BM_OverlapCheck100k)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(20);
    benchmark::RegisterBenchmark("BM_OverlapCheckOneDeployment", BM_OverlapCheckOneDeployment)
        ->Unit(benchmark::kMicrosecond)
        ->Iterations(2000);
}

} // namespace contingent::bench
