// growth_bench: how the application's work grows with the store (issue #16, item 5).
//
//   bench/growth_bench            stores of 10 000, 100 000 and 500 000 tours
//   CONTINGENT_BENCH_SMALL=1 ...  1 000, 2 000 and 5 000 (the CTest smoke run)
//
// Each store is made by `contingent demo` (every bundled plugin's generator: officers, tours,
// orders, policies, claims, proposals), a quarter as many officers as tours, outside every timed
// region. On each it times, as a person meets them:
//   - start-up: `contingent` to the first frame of Home (offscreen, software scene graph);
//   - check: `contingent check` (every rule of every plugin, the summary);
//   - statistics: `contingent missions stats --json` (the four statistics);
//   - roster search: a text, language and skill filter's first screen, as the Roster page runs
//     it (in-process: the rosters plugin's backend and table model).
// It ends with a table of how each grew from one size to the next beside n log n's growth
// (10x the data: 11.0-12x the time; the checks must stay within it). It reports numbers and
// never compares them with a target; it exits non-zero only when a run fails.

#include "rosterbackend.h"
#include "rosterrecords.h"

#include <contingent/sdk/context.h>
#include <contingent/sdk/sqltablemodel.h>

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <vector>

namespace {

bool g_failed = false;
QTemporaryDir* g_dir = nullptr;
bool g_small = false;
/// Median milliseconds by measure and tours, for the growth table.
std::map<std::string, std::map<int, double>> g_times;

std::vector<int> tourCounts()
{
    return g_small ? std::vector<int>{1'000, 2'000, 5'000}
                   : std::vector<int>{10'000, 100'000, 500'000};
}

void fail(benchmark::State& state, const std::string& why)
{
    g_failed = true;
    state.SkipWithError(why.c_str());
}

/// The demo store of `tours` tours, made once per process.
QString storeOf(int tours)
{
    static std::map<int, QString> made;
    if (auto it = made.find(tours); it != made.end())
        return it->second;
    const QString path = g_dir->filePath(QStringLiteral("growth-%1.db").arg(tours));
    QProcess demo;
    QElapsedTimer timer;
    timer.start();
    demo.start(CONTINGENT_EXECUTABLE,
               {"--database", path, "--user", "bench", "demo", "--officers",
                QString::number(std::max(tours / 4, 50)), "--tours", QString::number(tours)});
    if (!demo.waitForFinished(600000) || demo.exitStatus() != QProcess::NormalExit
        || demo.exitCode() != 0) {
        std::cerr << "growth_bench: could not make the store of " << tours
                  << " tours: " << demo.readAllStandardError().toStdString() << "\n";
        g_failed = true;
    } else {
        std::fprintf(stderr, "growth_bench: store of %d tours made in %.1f s\n", tours,
                     double(timer.elapsed()) / 1000);
    }
    made[tours] = path;
    return path;
}

QProcessEnvironment windowEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("QT_QUICK_BACKEND", "software");
    env.insert("CONTINGENT_EXIT_AFTER_FIRST_FRAME", "1");
    return env;
}

/// Milliseconds for `contingent ARGS` to finish (for the window: to say "first frame"), or -1.
double runContingent(const QStringList& args, bool window)
{
    QProcess p;
    if (window)
        p.setProcessEnvironment(windowEnvironment());
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    p.start(CONTINGENT_EXECUTABLE, args);
    if (window) {
        p.setReadChannel(QProcess::StandardError);
        QByteArray seen;
        while (!seen.contains("first frame") && p.waitForReadyRead(60000))
            seen += p.readAllStandardError();
        const double ms = seen.contains("first frame") ? double(timer.nsecsElapsed()) / 1e6 : -1;
        p.waitForFinished(60000);
        return ms;
    }
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit
        || p.exitCode() > 1) // `check` exits 1 when there are findings
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

/// Times `contingent ARGS` on the store of state.range(0) tours, as `measure`.
void timeCommand(benchmark::State& state, const std::string& measure, QStringList args,
                 bool window = false)
{
    const int tours = int(state.range(0));
    const QString store = storeOf(tours);
    args = QStringList{"--database", store, "--user", "bench"} + args;
    runContingent(args, window); // warm the page cache
    std::vector<double> runs;
    for (auto _ : state) {
        const double ms = runContingent(args, window);
        if (ms < 0)
            return fail(state, "contingent " + args.join(' ').toStdString() + " failed");
        runs.push_back(ms);
        state.SetIterationTime(ms / 1000);
    }
    g_times[measure][tours] = median(runs);
    state.counters["tours"] = tours;
    state.counters["median_ms"] = median(runs);
}

void BM_Growth_StartUp(benchmark::State& state)
{
    timeCommand(state, "start-up (Home's first frame)", {"--page", "home"}, true);
}

void BM_Growth_Check(benchmark::State& state)
{
    timeCommand(state, "check (every rule, summary)", {"check"});
}

void BM_Growth_Statistics(benchmark::State& state)
{
    timeCommand(state, "statistics (all four)", {"missions", "stats", "--json"});
}

/// The Roster page's filtered search: text, a language at a level and a skill; its count and
/// first screen, as the page's table model runs them.
void BM_Growth_RosterSearch(benchmark::State& state)
{
    using namespace contingent;
    const int tours = int(state.range(0));
    sdk::Database db(storeOf(tours).toStdString(), sdk::OpenMode::ReadOnly);
    sdk::FixedClock clock(sdk::Date::fromIso("2026-11-30"));
    sdk::CheckRegistry checks;
    sdk::ChangeNotifier changes;
    sdk::Context context("rosters", db, {"bench", "Bench", sdk::Role::Planner, {}, true}, clock,
                         checks, changes);
    rosters::RosterBackend backend(context);
    auto* model = qobject_cast<sdk::SqlTableModel*>(backend.officers());
    backend.setFilters({{"language", "en"}, {"level", "B2"}});
    model->setFilter(QStringLiteral("nov"));
    std::vector<double> runs;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        model->refresh();
        benchmark::DoNotOptimize(model->data(model->index(0, 0)));
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        runs.push_back(ms);
        state.SetIterationTime(ms / 1000);
    }
    if (model->totalCount() == 0)
        return fail(state, "the search found nobody");
    g_times["roster search (first screen)"][tours] = median(runs);
    state.counters["tours"] = tours;
    state.counters["matches"] = model->totalCount();
    state.counters["median_ms"] = median(runs);
}

/// How each measure grew from one size to the next, beside n log n's growth.
void printGrowth()
{
    const std::vector<int> sizes = tourCounts();
    std::printf("\nGrowth (median ms; growth = time ratio between sizes; n log n for that step)\n");
    std::printf("%-32s", "measure");
    for (int n : sizes)
        std::printf("%12d", n);
    for (std::size_t i = 1; i < sizes.size(); ++i)
        std::printf("  %7d->%-8d", sizes[i - 1], sizes[i]);
    std::printf("\n");
    for (const auto& [measure, times] : g_times) {
        std::printf("%-32s", measure.c_str());
        for (int n : sizes)
            std::printf("%12.1f", times.count(n) ? times.at(n) : 0.0);
        for (std::size_t i = 1; i < sizes.size(); ++i) {
            const double a = times.count(sizes[i - 1]) ? times.at(sizes[i - 1]) : 0;
            const double b = times.count(sizes[i]) ? times.at(sizes[i]) : 0;
            const double ratio = double(sizes[i]) / sizes[i - 1];
            const double nlogn =
                ratio * std::log(double(sizes[i])) / std::log(double(sizes[i - 1]));
            std::printf("  %5.2fx (%5.2fx)", a > 0 ? b / a : 0.0, nlogn);
        }
        std::printf("\n");
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    g_small = qEnvironmentVariableIntValue("CONTINGENT_BENCH_SMALL") != 0;
    QTemporaryDir dir;
    g_dir = &dir;
    const int repetitions = g_small ? 1 : 5;
    for (const auto& [name, fn] : std::vector<std::pair<const char*, void (*)(benchmark::State&)>>{
             {"BM_Growth_StartUp", BM_Growth_StartUp},
             {"BM_Growth_Check", BM_Growth_Check},
             {"BM_Growth_Statistics", BM_Growth_Statistics},
             {"BM_Growth_RosterSearch", BM_Growth_RosterSearch}}) {
        auto* b = benchmark::RegisterBenchmark(name, fn)
                      ->UseManualTime()
                      ->Unit(benchmark::kMillisecond)
                      ->Iterations(repetitions);
        for (int tours : tourCounts())
            b->Arg(tours);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    printGrowth();
    return g_failed ? 1 : 0;
}
