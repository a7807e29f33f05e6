// contingent_bench: the Google Benchmark programs of the issue, in one executable.
//
//   bench/contingent_bench                          full sizes (100 000 deployments)
//   CONTINGENT_BENCH_SMALL=1 bench/contingent_bench the CTest smoke sizes
//   CONTINGENT_BENCH_DIR=/some/disk ...             where the temporary stores go
//   CONTINGENT_BENCH_LOG=1 ...                      keep the contingent.* info messages
//
// The programs report numbers; they never compare them with a target. They
// exit non-zero only when a result is wrong (a missing row, a plugin that did
// not load, an unexpected number of findings), so the smoke run catches it.

#include "benchdata.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstring>
#include <exception>
#include <iostream>

namespace {

std::string sqliteVersion()
{
    try {
        contingent::sdk::Database db(":memory:");
        return db.queryValue<std::string>("SELECT sqlite_version()").value_or("?");
    } catch (const std::exception& e) {
        return e.what();
    }
}

} // namespace

int main(int argc, char** argv)
{
    // Only the plugins of the build tree: a developer's own plugin folders would
    // change what BM_StartSession measures.
    qunsetenv("CONTINGENT_PLUGIN_PATH");

    // Session relies on an application object (shippedPluginDirs() uses its folder).
    QCoreApplication app(argc, argv);
    // "loaded plugin ..." and "migration ... applied" on every Session would
    // drown the table (and cost a write to stderr each time). Warnings stay.
    if (qEnvironmentVariableIsEmpty("CONTINGENT_BENCH_LOG"))
        QLoggingCategory::setFilterRules(QStringLiteral("contingent.*.info=false"));

    if (argc == 3 && std::strcmp(argv[1], "--contingent-prepare-session-store") == 0)
        return contingent::bench::prepareSessionStore(QString::fromLocal8Bit(argv[2]));

    // Registered in this order so that BM_StartSession_Cold is the first load of
    // the plugins in this process.
    contingent::bench::registerSessionBenchmarks();
    contingent::bench::registerStoreBenchmarks();

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;

    const auto& s = contingent::bench::sizes();
    benchmark::AddCustomContext("contingent_sizes",
                                std::string(s.small ? "small" : "full") + ": "
                                    + std::to_string(s.deployments) + " deployments, "
                                    + std::to_string(s.officers) + " officers, "
                                    + std::to_string(s.missions) + " missions, "
                                    + std::to_string(s.auditedDeployments) + " audited rows");
    benchmark::AddCustomContext("contingent_build_type", CONTINGENT_BENCH_BUILD_TYPE);
    benchmark::AddCustomContext("sqlite_version", sqliteVersion());
    benchmark::AddCustomContext("qt_version", qVersion());
    try {
        benchmark::AddCustomContext("store_dir", contingent::bench::workDir().toStdString());
    } catch (const std::exception& e) {
        std::cerr << e.what() << "\n";
        return 1;
    }

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    contingent::bench::cleanup();
    if (contingent::bench::anyFailed()) {
        std::cerr
            << "contingent_bench: at least one benchmark produced a wrong result (see above)\n";
        return 1;
    }
    return 0;
}
