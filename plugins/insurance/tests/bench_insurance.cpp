// The Art. 89 cover check over a store of N high-risk tours and N/10 policies
// (issue #12: 100 000 tours and 10 000 policies in under 1 s, growing as
// n log n: an interval sweep, not a policy-by-tour loop).
//
//   ninja insurance_bench && bench/insurance_bench
//   CONTINGENT_BENCH_SMALL=1 bench/insurance_bench   1 000 and 10 000 tours (the CTest smoke run)

#include "cover.h"

#include <contingent/sdk/checks.h>
#include <contingent/sdk/migrations.h>
#include <contingent/sdk/transaction.h>

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdlib>

using namespace contingent;

namespace {

const sdk::Date kToday = sdk::Date::fromIso("2025-01-15");

/// A store file with `tours` one-year high-risk tours (one officer each) in
/// 50 missions, and tours / 10 policies: half of them group policies of a
/// mission for a year, half named policies of one officer for half a year.
/// Every ninth year of a mission has no group policy, so findings exist.
struct BenchStore {
    explicit BenchStore(int tours)
        : path(dir.filePath(QStringLiteral("insurance.db")).toStdString())
        , db(path)
    {
        sdk::MigrationRunner runner(db, false);
        sdk::migrateCoreSchema(runner);
        runner.apply("insurance", insurance::migrations());
        sdk::Transaction tx(db);
        constexpr int kMissions = 50;
        for (int m = 0; m < kMissions; ++m)
            db.execute("INSERT INTO mission (code, name, organisation, host_country, start_date, "
                       "risk_level) VALUES (?, 'M', 'EU', 'X', '2000-01-01', 'high')",
                       "M" + std::to_string(m));
        sdk::Statement officer(db, "INSERT INTO officer (service_number, given_name, "
                                   "family_name, gender) VALUES (?, 'A', 'B', 'F')");
        sdk::Statement tour(db, "INSERT INTO deployment (officer_id, mission_id, position, "
                                "first_day, last_day, status) VALUES (?, ?, '', ?, ?, 'approved')");
        for (int i = 0; i < tours; ++i) {
            officer.bindAll("P-" + std::to_string(i)).run();
            officer.reset();
            const sdk::Date first = sdk::Date::fromIso("2015-01-01").addDays(i % 3650);
            tour.bindAll(db.lastInsertId(), 1 + i % kMissions, first,
                         first.addMonths(12).addDays(-1))
                .run();
            tour.reset();
        }
        sdk::Statement policy(db, "INSERT INTO insurance_policy (insurer, number, first_day, "
                                  "last_day, death_cents, disability_cents) "
                                  "VALUES ('I', ?, ?, ?, 1, 1)");
        sdk::Statement group(db, "INSERT INTO insurance_policy_mission VALUES (?, ?)");
        sdk::Statement named(db, "INSERT INTO insurance_policy_officer VALUES (?, ?)");
        const int policies = tours / 10;
        for (int p = 0; p < policies; ++p) {
            const bool isGroup = p % 2 == 0;
            const int year = 2015 + (p / 2 / kMissions) % 12;
            if (isGroup && year % 9 == 0)
                continue;
            const sdk::Date first = isGroup ? sdk::Date::fromYmd(year, 1, 1)
                                            : sdk::Date::fromIso("2015-01-01").addDays(p % 3650);
            const sdk::Date last =
                isGroup ? sdk::Date::fromYmd(year, 12, 31) : first.addMonths(6).addDays(-1);
            policy.bindAll("N" + std::to_string(p), first, last).run();
            policy.reset();
            const std::int64_t id = db.lastInsertId();
            if (isGroup)
                group.bindAll(id, 1 + (p / 2) % kMissions).run(), group.reset();
            else
                named.bindAll(id, 1 + (p * 7919) % tours).run(), named.reset();
        }
        tx.commit();
    }
    QTemporaryDir dir;
    std::string path;
    sdk::Database db;
};

void BM_CoverCheck(benchmark::State& state)
{
    const int tours = int(state.range(0));
    BenchStore store(tours);
    sdk::CheckRegistry checks;
    for (sdk::CheckDefinition& c : insurance::insuranceChecks())
        checks.add("insurance", std::move(c));
    std::size_t findings = 0;
    for (auto _ : state) {
        const sdk::CheckReport report = checks.runAll(store.db, kToday);
        findings = report.findings.size();
        benchmark::DoNotOptimize(findings);
    }
    state.SetComplexityN(tours);
    state.counters["tours"] = tours;
    state.counters["policies"] = tours / 10;
    state.counters["findings"] = double(findings);
    if (findings == 0 || findings == std::size_t(tours))
        state.SkipWithError("a store built to have some uncovered tours had none, or all");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool small = std::getenv("CONTINGENT_BENCH_SMALL") != nullptr;
    benchmark::RegisterBenchmark("BM_CoverCheck", BM_CoverCheck)
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
