// The four rules of Police Act Art. 77 over a store of N tours with 2N orders
// (issue #11: 100 000 tours with 200 000 orders in under 1 s, and n log n
// growth: ten times the data in at most twelve times the time).
//
//   ninja transfers_bench && bench/transfers_bench
//   CONTINGENT_BENCH_SMALL=1 bench/transfers_bench   1 000 and 10 000 tours (the CTest smoke run)

#include "transferorders.h"

#include <contingent/sdk/changes.h>
#include <contingent/sdk/checks.h>
#include <contingent/sdk/migrations.h>
#include <contingent/sdk/repositories.h>
#include <contingent/sdk/transaction.h>

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdlib>
#include <map>
#include <memory>

using namespace contingent;

namespace {

const sdk::Date kToday = sdk::Date::fromIso("2025-01-15");

/// A store file with `tours` one-year tours (two officers never overlap: one
/// tour each), each with two six-month orders; every tenth tour lacks its
/// second order, every seventh was handed over a day late.
struct BenchStore {
    explicit BenchStore(int tours)
        : path(dir.filePath(QStringLiteral("transfers.db")).toStdString())
        , db(path)
    {
        sdk::MigrationRunner runner(db, false);
        sdk::migrateCoreSchema(runner);
        runner.apply("transfers", transfers::migrations());
        sdk::Transaction tx(db);
        db.execute("INSERT INTO mission (code, name, organisation, host_country, start_date) "
                   "VALUES ('EULEX', 'EULEX', 'EU', 'Kosovo', '2008-02-16')");
        sdk::Statement officer(db, "INSERT INTO officer (service_number, given_name, "
                                   "family_name, gender) VALUES (?, 'A', 'B', 'F')");
        sdk::Statement tour(db, "INSERT INTO deployment (officer_id, mission_id, position, "
                                "first_day, last_day, status) VALUES (?, 1, '', ?, ?, ?)");
        sdk::Statement order(db, "INSERT INTO transfers_order (deployment_id, number, first_day, "
                                 "last_day, handed_on, signed_by, legal_basis) "
                                 "VALUES (?, '', ?, ?, ?, 'dg', 'Art. 77')");
        for (int i = 0; i < tours; ++i) {
            officer.bindAll("P-" + std::to_string(i)).run();
            officer.reset();
            const std::int64_t o = db.lastInsertId();
            const sdk::Date first = sdk::Date::fromIso("2020-01-01").addDays(i % 2000);
            const sdk::Date last = first.addMonths(12).addDays(-1);
            tour.bindAll(o, first, last, i % 3 == 0 ? "completed" : "approved").run();
            tour.reset();
            const std::int64_t t = db.lastInsertId();
            const sdk::Date half = first.addMonths(6);
            const sdk::Date handed = first.addDays(i % 7 == 0 ? -6 : -10);
            order.bindAll(t, first, half.addDays(-1), handed).run();
            order.reset();
            if (i % 10 != 0) {
                order.bindAll(t, half, last, half.addDays(-10)).run();
                order.reset();
            }
        }
        tx.commit();
    }
    QTemporaryDir dir;
    std::string path;
    sdk::Database db;
};

void BM_FourRules(benchmark::State& state)
{
    const int tours = int(state.range(0));
    BenchStore store(tours);
    sdk::CheckRegistry checks;
    for (sdk::CheckDefinition& c : transfers::transferChecks())
        checks.add("transfers", std::move(c));
    std::size_t findings = 0;
    for (auto _ : state) {
        const sdk::CheckReport report = checks.runAll(store.db, kToday);
        findings = report.findings.size();
        benchmark::DoNotOptimize(findings);
    }
    state.SetComplexityN(tours);
    state.counters["tours"] = tours;
    state.counters["findings"] = double(findings);
    if (findings == 0)
        state.SkipWithError("the rules found nothing in a store built to have findings");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool small = std::getenv("CONTINGENT_BENCH_SMALL") != nullptr;
    benchmark::RegisterBenchmark("BM_FourRules", BM_FourRules)
        ->Arg(small ? 1000 : 10000)
        ->Arg(small ? 10000 : 100000)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Complexity(benchmark::oNLogN);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
