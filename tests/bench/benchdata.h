#pragma once
// Shared pieces of the benchmarks: the data sizes, the temporary folder, a
// deterministic generator of officers and deployments, and stores built once
// per process (outside every timed region).

#include <contingent/sdk/dates.h>
#include <contingent/sdk/domain.h>
#include <contingent/sdk/store.h>

#include <benchmark/benchmark.h>

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace contingent::bench {

/// How big the data sets are. CONTINGENT_BENCH_SMALL=1 (the CTest smoke run)
/// shrinks them so a run only proves the code still works.
struct Sizes {
    bool small = false;
    int deployments = 100'000; ///< BM_Insert100kDeployments, BM_OverlapCheck100k, BM_OpenStore
    int officers = 10'000;     ///< ten tours each
    int missions = 15;
    int auditedDeployments = 10'000; ///< BM_InsertDeploymentsAudited (much slower per row)
};
const Sizes& sizes();

/// The day the checks are run "as of".
sdk::Date benchToday();

/// A folder for this run's stores: $CONTINGENT_BENCH_DIR, else the system temp
/// folder. Removed when the program ends (see cleanup()).
QString workDir();
/// A fresh file name in workDir() (the file does not exist yet).
QString newStorePath(const char* stem);
/// Removes workDir() and every store in it; called at the end of main().
void cleanup();

/// One generated tour, ready to bind.
struct Row {
    std::int64_t officerId;
    std::int64_t missionId;
    sdk::Date first;
    sdk::Date last;
    sdk::DeploymentStatus status;
};

/// `count` tours spread over officer ids 1..officers (ten per officer when
/// count = 10 * officers, interleaved: every officer's first tour, then every
/// second tour...). About 1 % overlap the same officer's previous tour and
/// about 1 % are cancelled. Always the same rows for the same arguments.
std::vector<Row> makeDeployments(int count, int officers, int missions);

/// Inserts `rows` with one prepared statement (reset and rebound per row).
/// The caller owns the transaction.
void insertRaw(sdk::Database& db, const std::vector<Row>& rows);

/// A migrated store with sizes().officers officers and sizes().missions missions,
/// no deployments; closed (WAL checkpointed), so it can be copied with QFile::copy.
const QString& seededTemplate();
/// seededTemplate() plus sizes().deployments deployments (makeDeployments).
const QString& storeWithDeployments();
/// A fresh copy of `source` under a new name in workDir().
QString copyOf(const QString& source, const char* stem);

/// Marks the benchmark as failed (SkipWithError) and makes main() exit non-zero,
/// so the CTest smoke run notices. Never used for times, only for wrong results.
void fail(benchmark::State& state, const std::string& why);
bool anyFailed();

/// Expected overlapping pairs in makeDeployments(...) output (not cancelled).
int expectedOverlaps(const std::vector<Row>& rows);

/// Registration, in the order the benchmarks run (bench_session.cpp, bench_store.cpp).
void registerSessionBenchmarks();
void registerStoreBenchmarks();
/// The child-process half of BM_StartSession's setup: opens a Session on `path`
/// (creating and migrating it, loading every plugin) and exits. 0 when at least
/// one plugin loaded; refusals are printed to stderr.
int prepareSessionStore(const QString& path);

} // namespace contingent::bench
