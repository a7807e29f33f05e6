// rosters_bench: the rosters plugin's benchmarks in one executable.
//
//   bench/rosters_bench                            100 000 officers
//   CONTINGENT_BENCH_SMALL=1 bench/rosters_bench   2 000 (the CTest smoke run)
//
// The stores are files in a temporary folder under $TMPDIR (default /tmp).
// The programs report numbers and never compare them with a target; they exit 1
// only when a result is wrong.

#include "bench_rosters.h"

#include <contingent/sdk/store.h>

#include <QCoreApplication>
#include <QLoggingCategory>

#include <atomic>
#include <cstdlib>
#include <cstring>

namespace contingent::rosters::bench {

namespace {
std::atomic<bool> g_failed{false};
} // namespace

std::int64_t rosterRows()
{
    const char* small = std::getenv("CONTINGENT_BENCH_SMALL");
    return small && std::strcmp(small, "0") != 0 && *small ? 2000 : 100000;
}

void fail(benchmark::State& state, const std::string& message)
{
    g_failed = true;
    state.SkipWithError(message.c_str());
}

bool anyFailed()
{
    return g_failed;
}

} // namespace contingent::rosters::bench

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // One "opened" and three "migration applied" lines per fresh store would drown the table.
    QLoggingCategory::setFilterRules(
        QStringLiteral("contingent.*.info=false\ncontingent.*.debug=false"));

    contingent::rosters::bench::registerImportBenchmarks();
    contingent::rosters::bench::registerQueryBenchmarks();

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::AddCustomContext("rosters_rows",
                                std::to_string(contingent::rosters::bench::rosterRows()));
    contingent::sdk::Database probe(":memory:");
    benchmark::AddCustomContext(
        "sqlite_version", probe.queryValue<std::string>("SELECT sqlite_version()").value_or("?"));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return contingent::rosters::bench::anyFailed() ? 1 : 0;
}
