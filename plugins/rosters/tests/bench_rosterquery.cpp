// Queries over a roster of 100 000 officers (with languages, skills, documents,
// unavailability and 40 000 tours): the page's first screen, a filtered search
// beside the same statements in the sqlite3 shell on the same file, and the
// candidate finder for a 12-month tour.

#include "bench_rosters.h"

#include "candidatefinder.h"
#include "rosterbackend.h"
#include "rosterlanguages.h"

#include <contingent/sdk/sqltablemodel.h>

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace contingent::rosters::bench {

namespace {

constexpr const char* kFamilies[] = {"Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik",
                                     "Kovač", "Mlakar", "Kos",     "Vidmar", "Golob",    "Turk"};
constexpr const char* kGiven[] = {"Ana", "Maja", "Nina", "Eva", "Luka", "Matej", "Jure", "Marko"};
constexpr const char* kRanks[] = {"police officer", "senior police officer", "police inspector",
                                  "senior police inspector", "police superintendent"};
constexpr const char* kLanguages[] = {"de", "fr", "it", "hr", "sr", "sq", "ru", "ar", "es"};
constexpr const char* kLevels[] = {"A2", "B1", "B2", "C1", "C2"};
constexpr const char* kSkills[] = {"border policing",    "criminal investigation",
                                   "forensics",          "training and mentoring",
                                   "community policing", "leadership"};

/// The same store every run: a deterministic generator, raw inserts.
struct QueryStore {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<sdk::Database> db;
    sdk::FixedClock clock{sdk::Date::fromIso("2026-11-23")};
    sdk::CheckRegistry checks;
    sdk::ChangeNotifier changes;
    std::unique_ptr<sdk::Context> context;

    QueryStore()
    {
        path = dir.filePath("roster.db");
        db = std::make_unique<sdk::Database>(path.toStdString());
        sdk::MigrationRunner runner(*db);
        sdk::migrateCoreSchema(runner);
        runner.apply("rosters", migrations());
        fill(rosterRows());
        db->exec("ANALYZE");
        context = std::make_unique<sdk::Context>(
            "rosters", *db, sdk::CurrentUser{"bench", "Bench", sdk::Role::Planner, {}, true}, clock,
            checks, changes);
    }

    void fill(std::int64_t n)
    {
        std::uint64_t state = 42;
        const auto next = [&state](std::uint64_t below) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return (state >> 33) % below;
        };
        sdk::Transaction tx(*db);
        for (int m = 1; m <= 15; ++m)
            db->execute("INSERT INTO mission (code, name, organisation, host_country, start_date) "
                        "VALUES (?, ?, 'EU', 'Kosovo', '2000-01-01')",
                        "M" + std::to_string(m), "Mission " + std::to_string(m));
        sdk::Statement officer(*db, "INSERT INTO officer (id, service_number, given_name, "
                                    "family_name, gender, rank, unit, active) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        sdk::Statement language(*db, "INSERT OR IGNORE INTO rosters_language VALUES (?, ?, ?)");
        sdk::Statement skill(*db, "INSERT OR IGNORE INTO rosters_skill VALUES (?, ?)");
        sdk::Statement profile(*db, "INSERT INTO rosters_profile (officer_id, competency_test, "
                                    "passport_number, passport_expiry) VALUES (?, ?, 'P', ?)");
        sdk::Statement away(*db, "INSERT INTO rosters_unavailability (officer_id, kind, "
                                 "first_day, last_day) VALUES (?, 'leave', ?, ?)");
        sdk::Statement tour(*db, "INSERT INTO deployment (officer_id, mission_id, first_day, "
                                 "last_day, status) VALUES (?, ?, ?, ?, ?)");
        const sdk::Date base = sdk::Date::fromIso("2026-11-23");
        for (std::int64_t id = 1; id <= n; ++id) {
            char number[24];
            std::snprintf(number, sizeof number, "B%06lld", static_cast<long long>(id));
            officer.bindAll(id, std::string(number), std::string(kGiven[next(8)]),
                            std::string(kFamilies[next(12)]), std::string(next(10) < 3 ? "F" : "M"),
                            std::string(kRanks[next(5)]), "PU " + std::to_string(next(12)),
                            next(100) < 95);
            officer.run();
            officer.reset();
            language.bindAll(id, std::string("en"), std::string(kLevels[next(5)])).run();
            language.reset();
            for (std::uint64_t k = next(3); k > 0; --k) {
                language
                    .bindAll(id, std::string(kLanguages[next(9)]), std::string(kLevels[next(5)]))
                    .run();
                language.reset();
            }
            for (std::uint64_t k = 1 + next(3); k > 0; --k) {
                skill.bindAll(id, std::string(kSkills[next(6)])).run();
                skill.reset();
            }
            profile.bindAll(id, base.addDays(-int(next(1200))), base.addDays(int(next(3000)) - 100))
                .run();
            profile.reset();
            if (next(100) < 15) {
                const sdk::Date first = base.addDays(int(next(400)));
                away.bindAll(id, first, first.addDays(int(5 + next(20)))).run();
                away.reset();
            }
            if (next(100) < 40) {
                const sdk::Date first = base.addDays(-int(200 + next(3000)));
                tour.bindAll(id, std::int64_t(1 + next(15)), first,
                             first.addDays(int(90 + next(270))), std::string("completed"))
                    .run();
                tour.reset();
            }
        }
        tx.commit();
    }
};

QueryStore& store()
{
    static QueryStore s;
    return s;
}

/// The statement with its parameters written in as SQL literals.
std::string inlined(const sdk::SqlQuery& q)
{
    std::string out;
    std::size_t arg = 0;
    for (const char c : q.sql) {
        if (c == '?' && arg < q.args.size()) {
            out += '\'';
            for (const char a : q.args[arg++])
                out += a == '\'' ? std::string("''") : std::string(1, a);
            out += '\'';
        } else {
            out += c;
        }
    }
    return out;
}

const QVariantMap kFilters{{"language", "fr"}, {"level", "B2"}, {"skill", "forensics"}};
const QString kText = QStringLiteral("nov");

/// Opening the page: the table model counts and reads its first page only.
void BM_RosterFirstScreen(benchmark::State& state)
{
    QueryStore& s = store();
    for (auto _ : state) {
        RosterBackend backend(*s.context);
        auto* model = qobject_cast<sdk::SqlTableModel*>(backend.officers());
        benchmark::DoNotOptimize(model->data(model->index(0, 1)));
        state.counters["rows_loaded"] = model->rowCount();
        state.counters["rows_total"] = model->totalCount();
    }
}

/// A filtered search (text + language at a level + skill) as the page runs it,
/// then the same two statements in the sqlite3 shell on the same file.
void BM_FilteredSearch_SideBySide(benchmark::State& state)
{
    QueryStore& s = store();
    RosterBackend backend(*s.context);
    auto* model = qobject_cast<sdk::SqlTableModel*>(backend.officers());
    backend.setFilters(kFilters);
    model->setFilter(kText);
    if (model->totalCount() == 0)
        return fail(state, "the filtered search found nobody");
    double appMs = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        model->refresh();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        appMs += ms;
        state.SetIterationTime(ms / 1000);
    }
    const int reps = 10;
    QByteArray script = ".timer on\n.output /dev/null\n";
    for (int i = 0; i < reps; ++i)
        script += QByteArray::fromStdString(inlined(model->countQuery()) + ";\n"
                                            + inlined(model->pageQuery()) + ";\n");
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {s.path});
    shell.write(script);
    shell.closeWriteChannel();
    if (!shell.waitForFinished(120000) || shell.exitCode() != 0)
        return fail(state, "sqlite3 failed: " + shell.readAllStandardError().toStdString());
    double shellSeconds = 0;
    int timings = 0;
    const QRegularExpression real(QStringLiteral("Run Time: real ([0-9.]+)"));
    for (auto it = real.globalMatch(QString::fromUtf8(shell.readAllStandardOutput()));
         it.hasNext();) {
        shellSeconds += it.next().captured(1).toDouble();
        ++timings;
    }
    if (timings != 2 * reps)
        return fail(state, "could not read the sqlite3 shell's timings");
    const double shellMs = shellSeconds * 1000 / reps;
    state.counters["matches"] = model->totalCount();
    state.counters["app_ms"] = appMs / double(state.iterations());
    state.counters["sqlite3_ms"] = shellMs;
    state.counters["ratio"] = shellMs > 0 ? appMs / double(state.iterations()) / shellMs : 0;
}

/// The candidate finder over the whole roster for a 12-month tour.
void BM_CandidateFinder_12Months(benchmark::State& state)
{
    QueryStore& s = store();
    CandidateQuery q;
    q.period = sdk::Period::fromIso("2027-01-01", "2027-12-31");
    q.missionId = sdk::MissionId(3);
    q.languages = {{"en", "B2"}, {"fr", "B1"}};
    q.skills = {"training and mentoring"};
    std::size_t available = 0, excluded = 0;
    for (auto _ : state) {
        const CandidateResult r = findCandidates(*s.db, q);
        available = r.candidateCount;
        excluded = r.excluded.size();
    }
    if (available == 0 || excluded == 0)
        return fail(state, "the finder should find some and leave some out");
    state.counters["available"] = double(available);
    state.counters["left_out"] = double(excluded);
}

} // namespace

void registerQueryBenchmarks()
{
    benchmark::RegisterBenchmark("BM_RosterFirstScreen", BM_RosterFirstScreen)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_FilteredSearch_SideBySide", BM_FilteredSearch_SideBySide)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_CandidateFinder_12Months", BM_CandidateFinder_12Months)
        ->Unit(benchmark::kMillisecond);
}

} // namespace contingent::rosters::bench
