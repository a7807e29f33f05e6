// Starting a session: open the store, migrate (nothing pending: the store is
// already migrated), resolve the user, discover, load, migrate and start every
// plugin bundled in the build tree.
//
// Cold and warm: the host never unloads a plugin library (Boost.DLL handles are
// kept for the life of the process, pluginhost.cpp loadedLibraries()), so only
// the first Session of a process pays for dlopen's reading, relocating and
// static initialisation of each plugin and of the libraries it pulls in.
// Later Sessions find the library already mapped and measure a warm load.
// BM_StartSession_Cold therefore runs once, first, before BM_StartSession.
// "Cold" is the first load in this process, not a cold disk cache: the build
// (and the setup child below) has just read the files.
//
// The store is prepared in a child process (this program, run with
// --contingent-prepare-session-store), so that this process has loaded no
// plugin before BM_StartSession_Cold.

#include "benchdata.h"

#include "session.h"

#include <QCoreApplication>
#include <QProcess>

#include <chrono>
#include <iostream>
#include <memory>
#include <stdexcept>

namespace contingent::bench {

namespace {

constexpr const char* kPrepareFlag = "--contingent-prepare-session-store";

shell::SessionOptions sessionOptions(const QString& path)
{
    shell::SessionOptions o;
    o.databasePath = path;
    // The build tree's plugin folder. shippedPluginDirs() (bench/../lib/contingent/plugins)
    // names the same folder; the host scans it once.
    o.pluginDirs = {QStringLiteral(CONTINGENT_BENCH_PLUGIN_DIR)};
    o.login = QStringLiteral("bench");
    o.today = benchToday();
    return o;
}

/// A store that a Session has already created and migrated (core and every plugin),
/// with the user "bench" registered as its admin.
const QString& migratedSessionStore()
{
    static const QString path = [] {
        const QString p = newStorePath("session");
        const int rc = QProcess::execute(QCoreApplication::applicationFilePath(),
                                         {QLatin1String(kPrepareFlag), p});
        if (rc != 0)
            throw std::runtime_error(
                "preparing the session store failed (exit code " + std::to_string(rc)
                + "); are the plugins built in " CONTINGENT_BENCH_PLUGIN_DIR "?");
        return p;
    }();
    return path;
}

void BM_StartSession_impl(benchmark::State& state)
{
    shell::SessionOptions options;
    try {
        options = sessionOptions(migratedSessionStore());
    } catch (const std::exception& e) {
        return fail(state, e.what());
    }
    std::size_t loaded = 0;
    std::size_t found = 0;
    double closeSeconds = 0;
    for (auto _ : state) {
        try {
            auto session = std::make_unique<shell::Session>(options);

            state.PauseTiming();
            loaded = session->host().loadedInOrder().size();
            found = session->host().plugins().size();
            if (session->backupPath()) {
                fail(state, "the store was not already migrated: a backup was taken");
                break;
            }
            if (loaded == 0) {
                fail(state, "no plugin loaded from " CONTINGENT_BENCH_PLUGIN_DIR);
                break;
            }
            // Stopping the plugins and closing the store: not timed, reported as close_ms.
            const auto t0 = std::chrono::steady_clock::now();
            session.reset();
            closeSeconds +=
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            state.ResumeTiming();
        } catch (const std::exception& e) {
            fail(state, e.what());
            break;
        }
    }
    state.counters["plugins_loaded"] = double(loaded);
    state.counters["plugins_refused"] = double(found - loaded);
    state.counters["close_ms"] =
        benchmark::Counter(closeSeconds * 1e3, benchmark::Counter::kAvgIterations);
}

} // namespace

int prepareSessionStore(const QString& path)
{
    try {
        shell::Session session(sessionOptions(path));
        int loaded = 0;
        for (const auto& p : session.host().plugins()) {
            if (p->state == shell::PluginState::Loaded)
                ++loaded;
            else
                std::cerr << "plugin " << p->id << " refused: " << p->reason << "\n";
        }
        if (loaded == 0) {
            std::cerr << "no plugin loaded from " CONTINGENT_BENCH_PLUGIN_DIR "\n";
            return 3;
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "cannot prepare " << path.toStdString() << ": " << e.what() << "\n";
        return 2;
    }
}

void registerSessionBenchmarks()
{
    // First Session of the process: every plugin library is dlopen'ed for real.
    // One repetition whatever --benchmark_repetitions says: a second one would be warm.
    benchmark::RegisterBenchmark("BM_StartSession_Cold", BM_StartSession_impl)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1)
        ->Repetitions(1);
    // Later Sessions: the libraries are still mapped (never unloaded), so this
    // is a warm load; the rest (store, migrations check, manifests, start) is real.
    benchmark::RegisterBenchmark("BM_StartSession", BM_StartSession_impl)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(100);
}

} // namespace contingent::bench
