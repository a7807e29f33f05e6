// missions_bench: the missions plugin's benchmarks over a generated history.
//
//   bench/missions_bench                            500 000 tours
//   CONTINGENT_BENCH_SMALL=1 bench/missions_bench   5 000 (the CTest smoke run)
//
// The store is a file in a temporary folder under $TMPDIR (default /tmp): the
// core and missions schemas, the built-in catalogue and generateDemoTours(),
// written once in one transaction before the benchmarks run. The statistics
// are also run by the sqlite3 shell on the same file, to compare.
// The program reports numbers and never compares them with a target; it exits 1
// only when a result is wrong.

#include "catalogue.h"
#include "demotours.h"
#include "missionchecks.h"
#include "missionrecords.h"
#include "missionsbackend.h"
#include "missionstats.h"
#include "statement.h"

#include <contingent/sdk/context.h>

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <numeric>
#include <optional>

namespace contingent::missions::bench {

namespace {

std::atomic<bool> g_failed{false};

void fail(benchmark::State& state, const std::string& message)
{
    g_failed = true;
    state.SkipWithError(message.c_str());
}

bool small()
{
    const char* value = std::getenv("CONTINGENT_BENCH_SMALL");
    return value && *value && std::strcmp(value, "0") != 0;
}

int tourCount()
{
    return small() ? 5000 : 500000;
}

constexpr int kPageSize = 200;
const sdk::Date kToday = sdk::Date::fromIso("2026-11-23");

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

/// The store every benchmark reads, built once.
struct BenchStore {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<sdk::Database> db;
    sdk::FixedClock clock{kToday};
    sdk::CheckRegistry checks;
    sdk::ChangeNotifier changes;
    std::unique_ptr<sdk::Context> context;
    double generationSeconds = 0;
    std::int64_t tours = 0;
    std::int64_t officers = 0;
    std::int64_t fileBytes = 0;
    std::int64_t busiestMission = 0;
    std::int64_t busiestMissionTours = 0;
    std::int64_t busiestOfficer = 0;
    std::int64_t busiestOfficerTours = 0;

    BenchStore()
    {
        if (!dir.isValid())
            throw sdk::Error("cannot create a temporary folder");
        path = dir.filePath(QStringLiteral("missions.db"));
        db = std::make_unique<sdk::Database>(path.toStdString());
        sdk::MigrationRunner runner(*db);
        sdk::migrateCoreSchema(runner);
        runner.apply("missions", migrations());
        context = std::make_unique<sdk::Context>(
            "missions", *db, sdk::CurrentUser{"bench", "Bench", sdk::Role::Planner, {}, true},
            clock, checks, changes);
        seedCatalogue(*context, builtInCatalogue());

        QElapsedTimer timer;
        timer.start();
        {
            sdk::Transaction tx(*db);
            generateDemoTours(*context, 2026, tourCount());
            tx.commit();
        }
        generationSeconds = double(timer.nsecsElapsed()) / 1e9;
        // Everything into the main file, so the shell reads what we read.
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        fileBytes = QFileInfo(path).size();

        tours = db->queryValue<std::int64_t>("SELECT count(*) FROM deployment").value_or(0);
        officers = db->queryValue<std::int64_t>("SELECT count(*) FROM officer").value_or(0);
        sdk::Statement mission(*db, "SELECT mission_id, count(*) FROM deployment "
                                    "GROUP BY mission_id ORDER BY 2 DESC, 1 LIMIT 1");
        if (mission.step()) {
            busiestMission = mission.int64(0);
            busiestMissionTours = mission.int64(1);
        }
        sdk::Statement officer(*db, "SELECT officer_id, count(*) FROM deployment "
                                    "GROUP BY officer_id ORDER BY 2 DESC, 1 LIMIT 1");
        if (officer.step()) {
            busiestOfficer = officer.int64(0);
            busiestOfficerTours = officer.int64(1);
        }
        std::fprintf(stderr,
                     "missions_bench: generated %lld tours (%lld officers) in %.2f s; "
                     "store %.1f MiB; busiest mission %lld tours, busiest officer %lld tours\n",
                     static_cast<long long>(tours), static_cast<long long>(officers),
                     generationSeconds, double(fileBytes) / (1024.0 * 1024.0),
                     static_cast<long long>(busiestMissionTours),
                     static_cast<long long>(busiestOfficerTours));
    }
};

BenchStore& store()
{
    static BenchStore s;
    return s;
}

/// The by-organisation statement with its parameters written in as literals.
std::string shellSql()
{
    std::string sql = referenceSql("by_organisation");
    const auto replaceAll = [&sql](const std::string& from, const std::string& to) {
        for (auto at = sql.find(from); at != std::string::npos; at = sql.find(from, at + to.size()))
            sql.replace(at, from.size(), to);
    };
    replaceAll("?1", "'" + kToday.toIso() + "'");
    replaceAll("?2", std::to_string(kFirstStatisticsYear));
    return sql;
}

/// Runs `sqlite3 FILE SQL`; the wall time in ms, and its output in `out`.
std::optional<double> runShell(const std::string& sql, QByteArray* out = nullptr)
{
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {store().path, QString::fromStdString(sql)});
    if (!shell.waitForFinished(600000) || shell.exitStatus() != QProcess::NormalExit
        || shell.exitCode() != 0)
        return std::nullopt;
    const double ms = msSince(timer);
    if (out)
        *out = shell.readAllStandardOutput();
    return ms;
}

std::int64_t total(const StatTable& table)
{
    std::int64_t sum = 0;
    for (const StatRow& row : table.rows)
        sum = std::accumulate(row.values.begin(), row.values.end(), sum);
    return sum;
}

/// The shell's times (median of a few runs), measured once; checks it agrees with us.
struct ShellReference {
    bool ok = false;
    std::string error;
    double queryMs = 0; ///< sqlite3 FILE <the statement>
    double startMs = 0; ///< sqlite3 FILE "SELECT 1"
};

const ShellReference& shellReference()
{
    static const ShellReference ref = [] {
        ShellReference r;
        const int runs = small() ? 3 : 5;
        std::vector<double> starts, queries;
        QByteArray output;
        for (int i = 0; i < runs; ++i) {
            const auto start = runShell("SELECT 1");
            const auto query = runShell(shellSql(), &output);
            if (!start || !query) {
                r.error = "the sqlite3 shell failed (is it installed?)";
                return r;
            }
            starts.push_back(*start);
            queries.push_back(*query);
        }
        std::int64_t shellTotal = 0;
        for (const QByteArray& line : output.split('\n'))
            if (!line.isEmpty())
                shellTotal += line.mid(line.lastIndexOf('|') + 1).toLongLong();
        const std::int64_t ours = total(statistic(*store().db, kToday, "by_organisation"));
        if (shellTotal != ours || ours == 0) {
            r.error = "the shell counts " + std::to_string(shellTotal) + ", we count "
                      + std::to_string(ours);
            return r;
        }
        r.ok = true;
        r.startMs = median(starts);
        r.queryMs = median(queries);
        return r;
    }();
    return ref;
}

void BM_StatsByOrganisation(benchmark::State& state)
{
    BenchStore& s = store();
    const ShellReference& shell = shellReference();
    double ms = 0;
    std::int64_t counted = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const StatTable table = statistic(*s.db, kToday, "by_organisation");
        ms += msSince(timer);
        counted = total(table);
        benchmark::DoNotOptimize(table.rows.data());
    }
    if (counted == 0)
        return fail(state, "no officer counted");
    if (!shell.ok)
        return fail(state, shell.error);
    const double ourMs = ms / double(state.iterations());
    state.counters["officer_years"] = double(counted);
    state.counters["ours_ms"] = ourMs;
    state.counters["sqlite3_ms"] = shell.queryMs;
    state.counters["sqlite3_start_ms"] = shell.startMs;
    state.counters["ratio"] = ourMs / shell.queryMs;
    // The shell's time without starting the process and opening the file.
    const double net = shell.queryMs - shell.startMs;
    state.counters["ratio_net"] = net > 0 ? ourMs / net : 0;
}

/// The same statement in the sqlite3 shell: process start, open, run, print.
void BM_StatsByOrganisation_sqlite3Shell(benchmark::State& state)
{
    const std::string sql = shellSql();
    const ShellReference& shell = shellReference();
    if (!shell.ok)
        return fail(state, shell.error);
    for (auto _ : state)
        if (!runShell(sql))
            return fail(state, "the sqlite3 shell failed");
    state.counters["sqlite3_start_ms"] = shell.startMs;
}

/// The four statistics in their one pass, beside a full scan of the same rows in the sqlite3
/// shell (issue #16: within 3x): the counted tours' columns the pass reads, summed so the shell
/// prints one line, its median over a few runs less the shell's own start.
void BM_AllStatistics(benchmark::State& state)
{
    BenchStore& s = store();
    const std::string today = "'" + kToday.toIso() + "'";
    const std::string scan =
        "SELECT count(*), sum(officer_id), sum(mission_id), max(first_day), "
        "max(min(last_day, "
        + today
        + ")) FROM deployment NOT INDEXED "
          "WHERE status IN ('approved', 'active', 'completed') AND first_day <= "
        + today;
    std::vector<double> scans, starts;
    for (int i = 0; i < (small() ? 3 : 5); ++i) {
        const auto start = runShell("SELECT 1");
        const auto run = runShell(scan);
        if (!start || !run)
            return fail(state, "the sqlite3 shell failed (is it installed?)");
        starts.push_back(*start);
        scans.push_back(*run);
    }
    std::size_t rows = 0;
    double ms = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const std::vector<StatTable> tables = allStatistics(*s.db, kToday);
        ms += msSince(timer);
        rows = 0;
        for (const StatTable& t : tables)
            rows += t.rows.size();
    }
    if (rows == 0)
        return fail(state, "the statistics are empty");
    const double ours = ms / double(state.iterations());
    const double shell = median(scans);
    state.counters["rows"] = double(rows);
    state.counters["ours_ms"] = ours;
    state.counters["sqlite3_scan_ms"] = shell;
    state.counters["sqlite3_start_ms"] = median(starts);
    state.counters["ratio"] = ours / shell;
    state.counters["ratio_net"] = shell > median(starts) ? ours / (shell - median(starts)) : 0;
}

void BM_StatementPdf(benchmark::State& state)
{
    BenchStore& s = store();
    const QString pdf = s.dir.filePath(QStringLiteral("statement.pdf"));
    std::size_t tours = 0;
    for (auto _ : state) {
        const ServiceStatement statement =
            buildStatement(*s.context, sdk::OfficerId(s.busiestOfficer), kToday);
        writeStatementPdf(statement, pdf);
        tours = statement.tours.size();
    }
    if (tours == 0 || QFileInfo(pdf).size() == 0)
        return fail(state, "no statement written");
    state.counters["tours"] = double(tours);
    state.counters["pdf_bytes"] = double(QFileInfo(pdf).size());
}

/// One page of the busiest mission's timeline as the page reads it
/// (MissionsBackend::missionTimeline, keyset paging): the first, or the last.
void timelinePage(benchmark::State& state, bool lastPage)
{
    BenchStore& s = store();
    MissionsBackend backend(*s.context);
    QString afterDay;
    qint64 afterId = 0;
    if (lastPage && s.busiestMissionTours > kPageSize) {
        // The cursor of the tour just before the last page, found untimed.
        sdk::Statement cursor(*s.db, "SELECT first_day, id FROM deployment WHERE mission_id = ? "
                                     "ORDER BY first_day, id LIMIT 1 OFFSET ?");
        cursor.bindAll(s.busiestMission, s.busiestMissionTours - kPageSize - 1);
        if (cursor.step()) {
            afterDay = QString::fromStdString(cursor.text(0));
            afterId = cursor.int64(1);
        }
    }
    qsizetype rows = 0;
    for (auto _ : state) {
        const QVariantMap page =
            backend.missionTimeline(s.busiestMission, afterDay, afterId, int(kPageSize));
        rows = page.value("rows").toList().size();
    }
    if (rows != qsizetype(std::min<std::int64_t>(kPageSize, s.busiestMissionTours)))
        return fail(state, "the page has " + std::to_string(rows) + " tours");
    state.counters["rows"] = double(rows);
    state.counters["mission_tours"] = double(s.busiestMissionTours);
}

void BM_MissionAllTours(benchmark::State& state)
{
    BenchStore& s = store();
    TourBook book(*s.context);
    std::size_t rows = 0;
    for (auto _ : state) {
        const std::vector<TourView> tours = book.forMission(sdk::MissionId(s.busiestMission));
        rows = tours.size();
    }
    if (std::int64_t(rows) != s.busiestMissionTours)
        return fail(state, "forMission read " + std::to_string(rows) + " tours");
    state.counters["rows"] = double(rows);
}

/// The three checks over every deployment, with each one's time and findings.
void BM_Checks(benchmark::State& state)
{
    BenchStore& s = store();
    const std::vector<sdk::CheckDefinition> checks = missionChecks(*s.context);
    std::vector<double> ms(checks.size(), 0);
    std::vector<std::size_t> found(checks.size(), 0);
    for (auto _ : state) {
        for (std::size_t i = 0; i < checks.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            const std::vector<sdk::Finding> findings =
                checks[i].run(sdk::CheckScope{*s.db, kToday, std::nullopt});
            ms[i] += msSince(timer);
            found[i] = findings.size();
        }
    }
    for (std::size_t i = 0; i < checks.size(); ++i) {
        std::string rule = checks[i].ruleId.substr(checks[i].ruleId.find('.') + 1);
        state.counters[rule + "_ms"] = ms[i] / double(state.iterations());
        state.counters[rule] = double(found[i]);
    }
    state.counters["tours"] = double(s.tours);
}

void registerBenchmarks()
{
    benchmark::RegisterBenchmark("BM_StatsByOrganisation", BM_StatsByOrganisation)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_StatsByOrganisation_sqlite3Shell",
                                 BM_StatsByOrganisation_sqlite3Shell)
        ->UseRealTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_AllStatistics", BM_AllStatistics)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_StatementPdf", BM_StatementPdf)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_MissionTimelinePage/first", [](benchmark::State& state) {
        timelinePage(state, false);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_MissionTimelinePage/last", [](benchmark::State& state) {
        timelinePage(state, true);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_MissionAllTours", BM_MissionAllTours)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_Checks", BM_Checks)->Unit(benchmark::kMillisecond);
}

} // namespace

} // namespace contingent::missions::bench

int main(int argc, char** argv)
{
    namespace bench = contingent::missions::bench;
    // The statement's PDF needs a QGuiApplication; no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // "opened", "migration applied" and the catalogue's lines would drown the table.
    QLoggingCategory::setFilterRules(
        QStringLiteral("contingent.*.info=false\ncontingent.*.debug=false"));

    bench::registerBenchmarks();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;

    const bench::BenchStore& s = bench::store();
    char text[32];
    benchmark::AddCustomContext("missions_tours", std::to_string(s.tours));
    benchmark::AddCustomContext("missions_officers", std::to_string(s.officers));
    std::snprintf(text, sizeof text, "%.2f", s.generationSeconds);
    benchmark::AddCustomContext("generation_s", text);
    std::snprintf(text, sizeof text, "%.1f", double(s.fileBytes) / (1024.0 * 1024.0));
    benchmark::AddCustomContext("store_mib", text);
    benchmark::AddCustomContext(
        "sqlite_version", s.db->queryValue<std::string>("SELECT sqlite_version()").value_or("?"));
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("--version")});
    shell.waitForFinished();
    benchmark::AddCustomContext("sqlite3_shell",
                                shell.readAllStandardOutput().left(7).trimmed().toStdString());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return bench::g_failed ? 1 : 0;
}
