// Importing and exporting the whole roster as CSV. The roster is generated once,
// deterministically, in the canonical form the export writes, so exporting the
// imported store must give back the same bytes. Opening and migrating each
// fresh store is not timed.

#include "bench_rosters.h"

#include "rosterimport.h"
#include "rosterlanguages.h"

#include <contingent/sdk/changes.h>
#include <contingent/sdk/checks.h>
#include <contingent/sdk/context.h>
#include <contingent/sdk/migrations.h>

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <random>
#include <set>

namespace contingent::rosters::bench {

namespace {

/// `rows` fictional officers as CSV, the same bytes on every run.
QByteArray generatedRoster(std::int64_t rows)
{
    static const char* const given[] = {"Špela", "Žiga", "Ana",     "Matej", "Tjaša",
                                        "Luka",  "Nina", "Boštjan", "Maja",  "Črt"};
    static const char* const family[] = {"Kovačič", "Novak",  "Horvat", "Čuk",      "Šuštar",
                                         "Zupan",   "Krajnc", "Žagar",  "Potočnik", "Kos"};
    static const char* const ranks[] = {"police officer", "sergeant", "inspector",
                                        "senior inspector", "chief inspector"};
    static const char* const units[] = {"PU Ljubljana", "\"PU Maribor, Sektor 2\"", "PU Koper",
                                        "GPU", "\"Specialna enota, \"\"Alfa\"\"\""};
    static const char* const codes[] = {"de", "en", "fr", "hr", "it", "ru", "sl", "sq"};
    static const char* const levels[] = {"A1", "A2", "B1", "B2", "C1", "C2"};
    static const char* const skills[] = {"border policing", "diving",       "first aid",
                                         "forensics",       "public order", "negotiation"};
    std::mt19937 random(20261123);
    const auto pick = [&](std::size_t n) { return std::size_t(random() % n); };

    QByteArray out = "service_number,given_name,family_name,gender,birth_date,rank,unit,email,"
                     "languages,skills,competency_test,passport_number,passport_expiry,"
                     "driving_licence,deployable,not_deployable_reason,courses,unavailability\n";
    out.reserve(rows * 220);
    char buffer[64];
    for (std::int64_t i = 0; i < rows; ++i) {
        std::snprintf(buffer, sizeof buffer, "P-%07lld,", static_cast<long long>(i + 1));
        out += buffer;
        out += given[pick(std::size(given))];
        out += ',';
        out += family[pick(std::size(family))];
        out += ',';
        out += "FMX"[pick(3)];
        if (pick(10) != 0) {
            std::snprintf(buffer, sizeof buffer, ",%04d-%02d-%02d,", int(1965 + pick(36)),
                          int(1 + pick(12)), int(1 + pick(28)));
            out += buffer;
        } else {
            out += ",,";
        }
        out += ranks[pick(std::size(ranks))];
        out += ',';
        out += units[pick(std::size(units))];
        std::snprintf(buffer, sizeof buffer, ",officer%lld@policija.si,",
                      static_cast<long long>(i + 1));
        out += buffer;
        std::set<std::string> langs;
        for (std::size_t n = pick(4); langs.size() < n;)
            langs.insert(codes[pick(std::size(codes))]);
        std::string field;
        for (const std::string& code : langs)
            field += (field.empty() ? "" : ";") + code + ":" + levels[pick(std::size(levels))];
        out += field.c_str();
        out += ',';
        std::set<std::string> skillSet;
        for (std::size_t n = pick(3); skillSet.size() < n;)
            skillSet.insert(skills[pick(std::size(skills))]);
        field.clear();
        for (const std::string& s : skillSet)
            field += (field.empty() ? "" : ";") + s;
        out += field.c_str();
        // The rest of the record (issue #15, item 3): most have a test and a passport, some a
        // course, a few are not deployable or away for a while.
        if (pick(4) != 0) {
            std::snprintf(buffer, sizeof buffer, ",20%02d-%02d-%02d,PB%07lld,20%02d-%02d-%02d,B,",
                          int(22 + pick(4)), int(1 + pick(12)), int(1 + pick(28)),
                          static_cast<long long>(i + 1), int(27 + pick(8)), int(1 + pick(12)),
                          int(1 + pick(28)));
            out += buffer;
        } else {
            out += ",,,,,";
        }
        out += pick(20) == 0 ? "no,medical review," : "yes,,";
        if (pick(3) == 0) {
            std::snprintf(buffer, sizeof buffer, "HEAT: 20%02d-%02d-%02d/20%02d-%02d-%02d",
                          int(20 + pick(5)), int(1 + pick(12)), int(1 + pick(28)),
                          int(26 + pick(4)), int(1 + pick(12)), int(1 + pick(28)));
            out += buffer;
        }
        out += ',';
        if (pick(10) == 0) {
            const int month = int(1 + pick(12));
            std::snprintf(buffer, sizeof buffer, "leave: 2027-%02d-01/2027-%02d-14", month, month);
            out += buffer;
        }
        out += '\n';
    }
    return out;
}

const QByteArray& roster()
{
    static const QByteArray bytes = generatedRoster(rosterRows());
    return bytes;
}

/// A store file with the core and rosters schemas, and a planner's context over it.
struct BenchStore {
    explicit BenchStore(const std::string& path)
        : db(path)
        , context("rosters", db, sdk::CurrentUser{"bench", "Bench", sdk::Role::Planner, {}, true},
                  clock, checks, changes)
    {
        sdk::MigrationRunner runner(db, false);
        sdk::migrateCoreSchema(runner);
        const auto schema = migrations();
        runner.apply("rosters", schema);
    }
    sdk::Database db;
    sdk::FixedClock clock{sdk::Date::fromIso("2026-11-23")};
    sdk::CheckRegistry checks;
    sdk::ChangeNotifier changes;
    sdk::Context context;
};

void removeStore(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

void copyStore(const QString& from, const QString& to)
{
    removeStore(to);
    for (const char* suffix : {"", "-wal"}) {
        if (QFile::exists(from + QLatin1String(suffix)))
            QFile::copy(from + QLatin1String(suffix), to + QLatin1String(suffix));
    }
}

benchmark::Counter perSecond(std::int64_t rows)
{
    return benchmark::Counter(double(rows), benchmark::Counter::kIsIterationInvariantRate);
}

/// Imports the roster into `seed` (a fresh file) and checks every row was added.
bool seedStore(benchmark::State& state, const QString& path)
{
    removeStore(path);
    BenchStore store(path.toStdString());
    const ImportReport report = importRoster(store.context, roster(), RosterFormat::Csv);
    if (!report.ok() || report.added != rosterRows()) {
        fail(state, "seeding the store: " + describe(report));
        return false;
    }
    return true;
}

/// The whole roster into a fresh, empty store file: every row added.
void BM_ImportCsv100k(benchmark::State& state)
{
    const QByteArray& csv = roster();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("import.db"));
    for (auto _ : state) {
        state.PauseTiming();
        removeStore(path);
        auto store = std::make_unique<BenchStore>(path.toStdString());
        state.ResumeTiming();
        const ImportReport report = importRoster(store->context, csv, RosterFormat::Csv);
        state.PauseTiming();
        store.reset();
        if (!report.ok() || report.added != rosterRows())
            return fail(state, "import: " + std::to_string(report.added) + " added; "
                                   + describe(report).substr(0, 500));
        state.ResumeTiming();
    }
    state.counters["rows_per_s"] = perSecond(rosterRows());
    state.counters["csv_MB"] = double(csv.size()) / 1e6;
}

/// The same roster again over a store that holds it: every row updated, its
/// languages and skills replaced.
void BM_ImportCsv100kUpdate(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString seed = dir.filePath(QStringLiteral("seed.db"));
    const QString path = dir.filePath(QStringLiteral("update.db"));
    if (!seedStore(state, seed))
        return;
    for (auto _ : state) {
        state.PauseTiming();
        copyStore(seed, path);
        auto store = std::make_unique<BenchStore>(path.toStdString());
        state.ResumeTiming();
        const ImportReport report = importRoster(store->context, roster(), RosterFormat::Csv);
        state.PauseTiming();
        store.reset();
        if (!report.ok() || report.updated != rosterRows())
            return fail(state, "update: " + std::to_string(report.updated) + " updated");
        state.ResumeTiming();
    }
    state.counters["rows_per_s"] = perSecond(rosterRows());
}

/// Every officer of a store holding the roster, as CSV; must give back the generated bytes.
void BM_ExportCsv100k(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.db"));
    if (!seedStore(state, path))
        return;
    BenchStore store(path.toStdString());
    QByteArray csv;
    for (auto _ : state) {
        csv = exportRoster(store.db, RosterFormat::Csv);
        benchmark::DoNotOptimize(csv.data());
    }
    if (csv != roster())
        return fail(state, "export: the bytes differ from the imported roster");
    state.counters["rows_per_s"] = perSecond(rosterRows());
    state.counters["csv_MB"] = double(csv.size()) / 1e6;
}

/// The same roster as a workbook (issue #18: within 3x the CSV export).
void BM_ExportXlsx100k(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.db"));
    if (!seedStore(state, path))
        return;
    BenchStore store(path.toStdString());
    QByteArray workbook;
    for (auto _ : state) {
        workbook = exportRoster(store.db, RosterFormat::Xlsx, "d. mm. yyyy");
        benchmark::DoNotOptimize(workbook.data());
    }
    if (!workbook.startsWith("PK"))
        return fail(state, "export: not a workbook");
    state.counters["rows_per_s"] = perSecond(rosterRows());
    state.counters["xlsx_MB"] = double(workbook.size()) / 1e6;
}

/// That workbook into a fresh, empty store (issue #18: within 3x the CSV import).
void BM_ImportXlsx100k(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString seed = dir.filePath(QStringLiteral("seed.db"));
    if (!seedStore(state, seed))
        return;
    QByteArray workbook;
    {
        BenchStore source(seed.toStdString());
        workbook = exportRoster(source.db, RosterFormat::Xlsx);
    }
    const QString path = dir.filePath(QStringLiteral("import.db"));
    for (auto _ : state) {
        state.PauseTiming();
        removeStore(path);
        auto store = std::make_unique<BenchStore>(path.toStdString());
        state.ResumeTiming();
        const ImportReport report = importRoster(store->context, workbook, RosterFormat::Xlsx);
        state.PauseTiming();
        store.reset();
        if (!report.ok() || report.added != rosterRows())
            return fail(state, "import: " + std::to_string(report.added) + " added; "
                                   + describe(report).substr(0, 500));
        state.ResumeTiming();
    }
    state.counters["rows_per_s"] = perSecond(rosterRows());
}

} // namespace

void registerImportBenchmarks()
{
    benchmark::RegisterBenchmark("BM_ExportXlsx100k", BM_ExportXlsx100k)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("BM_ImportXlsx100k", BM_ImportXlsx100k)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("BM_ImportCsv100k", BM_ImportCsv100k)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("BM_ImportCsv100kUpdate", BM_ImportCsv100kUpdate)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark("BM_ExportCsv100k", BM_ExportCsv100k)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
}

} // namespace contingent::rosters::bench
