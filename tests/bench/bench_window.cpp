// window_bench: how fast the window starts and switches pages, side by side
// with Qt's own `qml` tool on a bare ApplicationWindow (same machine, same run,
// same platform plugin and scene-graph backend).
//
//   bench/window_bench            the demo store (120 officers) and every bundled plugin
//   CONTINGENT_BENCH_SMALL=1 ...  fewer repetitions (the CTest smoke run)
//
// It reports numbers and never compares them with a target; it exits non-zero
// only when a run fails (a process that does not exit cleanly, a page missing).

#include "shellwindow.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QProcess>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

#include <iostream>

Q_IMPORT_QML_PLUGIN(Contingent_UiPlugin)
Q_IMPORT_QML_PLUGIN(Contingent_ShellPlugin)

namespace {

bool g_failed = false;
QTemporaryDir* g_dir = nullptr;

QString demoStore()
{
    static const QString path = [] {
        const QString p = g_dir->filePath("demo.db");
        QProcess demo;
        demo.start(CONTINGENT_EXECUTABLE, {"--database", p, "--user", "bench", "demo"});
        if (!demo.waitForFinished(120000) || demo.exitCode() != 0) {
            std::cerr << "window_bench: could not create the demo store: "
                      << demo.readAllStandardError().toStdString() << "\n";
            g_failed = true;
        }
        return p;
    }();
    return path;
}

/// Milliseconds from starting `program` until it writes "first frame" on
/// stderr (which both programs do from their window's frameSwapped), or -1.
double timeToFirstFrame(const QString& program, const QStringList& args,
                        const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setReadChannel(QProcess::StandardError);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    QByteArray seen;
    qint64 firstFrame = -1;
    while (firstFrame < 0 && p.waitForReadyRead(30000)) {
        seen += p.readAllStandardError();
        if (seen.contains("first frame"))
            firstFrame = timer.nsecsElapsed();
    }
    p.waitForFinished(30000);
    if (firstFrame < 0 || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::cerr << "window_bench: " << program.toStdString()
                  << " failed: " << (seen + p.readAllStandardError()).toStdString() << "\n";
        g_failed = true;
        return -1;
    }
    return double(firstFrame) / 1e6;
}

/// Alternates a bare `qml` ApplicationWindow and `contingent` on the demo
/// store: start to first frame of each. Manual time is contingent's.
void BM_FirstFrame_SideBySide(benchmark::State& state)
{
    const QString bare = g_dir->filePath("Bare.qml");
    {
        QFile f(bare);
        f.open(QIODevice::WriteOnly);
        f.write("import QtQuick\nimport QtQuick.Controls\n"
                "ApplicationWindow { width: 1280; height: 800; visible: true\n"
                "    onFrameSwapped: { console.warn(\"first frame\"); Qt.quit() } }\n");
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    if (!env.contains("QT_QUICK_BACKEND"))
        env.insert("QT_QUICK_BACKEND", "software");
    QProcessEnvironment appEnv = env;
    appEnv.insert("CONTINGENT_EXIT_AFTER_FIRST_FRAME", "1");
    const QString store = demoStore();
    double qmlTotal = 0, appTotal = 0;
    for (auto _ : state) {
        const double q = timeToFirstFrame(QML_TOOL, {bare}, env);
        const double a =
            timeToFirstFrame(CONTINGENT_EXECUTABLE,
                             {"--database", store, "--user", "bench", "--page", "home"}, appEnv);
        if (q < 0 || a < 0) {
            state.SkipWithError("a process failed");
            break;
        }
        qmlTotal += q;
        appTotal += a;
        state.SetIterationTime(a / 1000);
    }
    const double n = double(state.iterations());
    if (n > 0 && qmlTotal > 0) {
        state.counters["qml_tool_ms"] = qmlTotal / n;
        state.counters["contingent_ms"] = appTotal / n;
        state.counters["ratio"] = appTotal / qmlTotal;
    }
}

/// Showing a page that was already created, and rendering that frame.
void BM_SwitchToCreatedPage(benchmark::State& state)
{
    contingent::shell::SessionOptions options;
    options.databasePath = demoStore();
    options.login = "bench";
    contingent::shell::Session session(options);
    contingent::shell::ShellWindow shell(session, false);
    if (!shell.window() || !shell.pageKeys().contains("rosters/roster")) {
        state.SkipWithError("the window or the roster page is missing");
        g_failed = true;
        return;
    }
    shell.window()->resize(1280, 800);
    shell.window()->show();
    for (const QString& key : {QStringLiteral("rosters/roster"), QStringLiteral("home")}) {
        shell.showPage(key);
        shell.window()->grabWindow();
    }
    bool roster = true;
    for (auto _ : state) {
        shell.showPage(roster ? QStringLiteral("rosters/roster") : QStringLiteral("home"));
        benchmark::DoNotOptimize(shell.window()->grabWindow());
        roster = !roster;
    }
    state.counters["frame_budget_ms"] = 1000.0 / 60;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
    qunsetenv("CONTINGENT_PLUGIN_PATH");
    QLoggingCategory::setFilterRules(QStringLiteral("contingent.*.info=false\n"
                                                    "contingent.*.debug=false"));
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QTemporaryDir dir;
    g_dir = &dir;
    const bool small = !qEnvironmentVariableIsEmpty("CONTINGENT_BENCH_SMALL");
    benchmark::RegisterBenchmark("BM_FirstFrame_SideBySide", BM_FirstFrame_SideBySide)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond)
        ->Iterations(small ? 1 : 20);
    benchmark::RegisterBenchmark("BM_SwitchToCreatedPage", BM_SwitchToCreatedPage)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(small ? 2 : 200);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::AddCustomContext("qt_version", qVersion());
    benchmark::AddCustomContext("scene_graph", qgetenv("QT_QUICK_BACKEND").toStdString());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return g_failed ? 1 : 0;
}
