#include "benchdata.h"

#include <contingent/sdk/migrations.h>
#include <contingent/sdk/repositories.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>
#include <random>
#include <stdexcept>
#include <string>

namespace contingent::bench {

namespace {

std::unique_ptr<QTemporaryDir>& tempDir()
{
    static std::unique_ptr<QTemporaryDir> dir;
    return dir;
}

int s_counter = 0;
bool s_failed = false;

} // namespace

const Sizes& sizes()
{
    static const Sizes s = [] {
        Sizes out;
        const QByteArray v = qgetenv("CONTINGENT_BENCH_SMALL");
        if (!v.isEmpty() && v != "0") {
            out.small = true;
            out.deployments = 2'000;
            out.officers = 200;
            out.auditedDeployments = 500;
        }
        return out;
    }();
    return s;
}

sdk::Date benchToday()
{
    return sdk::Date::fromYmd(2010, 6, 1);
}

QString workDir()
{
    auto& dir = tempDir();
    if (!dir) {
        QString base = qEnvironmentVariable("CONTINGENT_BENCH_DIR");
        if (base.isEmpty())
            base = QDir::tempPath();
        dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/contingent-bench-XXXXXX"));
        if (!dir->isValid())
            throw std::runtime_error("cannot create a temporary folder in " + base.toStdString()
                                     + ": " + dir->errorString().toStdString());
    }
    return dir->path();
}

QString newStorePath(const char* stem)
{
    return workDir() + QLatin1Char('/') + QLatin1String(stem) + QLatin1Char('-')
           + QString::number(++s_counter) + QStringLiteral(".db");
}

void fail(benchmark::State& state, const std::string& why)
{
    s_failed = true;
    state.SkipWithError(why.c_str());
}

bool anyFailed()
{
    return s_failed;
}

void cleanup()
{
    tempDir().reset();
}

std::vector<Row> makeDeployments(int count, int officers, int missions)
{
    std::mt19937_64 rng(20240601);
    auto uniform = [&rng](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    const sdk::Date base = sdk::Date::fromYmd(2000, 1, 1);
    const int rounds = (count + officers - 1) / officers;

    std::vector<Row> rows;
    rows.reserve(std::size_t(count));
    std::vector<sdk::Date> previousLast(std::size_t(officers) + 1, base);
    for (int round = 0; round < rounds && int(rows.size()) < count; ++round) {
        for (int officer = 1; officer <= officers && int(rows.size()) < count; ++officer) {
            // Tour `round` starts in year `round` and never reaches the next year's
            // tour: 365 * round + [0, 30] + [120, 240] days < 365 * (round + 1).
            sdk::Date first = base.addDays(365 * round + uniform(0, 30));
            const int length = uniform(120, 240);
            const bool overlap = round > 0 && uniform(0, 99) == 0;
            if (overlap)
                first = previousLast[std::size_t(officer)].addDays(-uniform(0, 59));
            const sdk::Date last = first.addDays(length - 1);
            previousLast[std::size_t(officer)] = last;
            const bool cancelled = uniform(0, 99) == 0;
            const auto status = cancelled   ? sdk::DeploymentStatus::Cancelled
                                : round < 9 ? sdk::DeploymentStatus::Completed
                                            : sdk::DeploymentStatus::Planned;
            rows.push_back(Row{officer, 1 + (officer + round) % missions, first, last, status});
        }
    }
    return rows;
}

int expectedOverlaps(const std::vector<Row>& rows)
{
    // Tours of one officer only overlap when generated with `overlap`: count
    // pairs (previous tour of the officer, this one) that overlap, neither cancelled.
    std::vector<const Row*> previous;
    int n = 0;
    for (const Row& r : rows) {
        if (previous.size() <= std::size_t(r.officerId))
            previous.resize(std::size_t(r.officerId) + 1, nullptr);
        const Row* p = previous[std::size_t(r.officerId)];
        if (p && p->last >= r.first && p->status != sdk::DeploymentStatus::Cancelled
            && r.status != sdk::DeploymentStatus::Cancelled)
            ++n;
        previous[std::size_t(r.officerId)] = &r;
    }
    return n;
}

void insertRaw(sdk::Database& db, const std::vector<Row>& rows)
{
    sdk::Statement insert = db.prepare(
        "INSERT INTO deployment (officer_id, mission_id, position, first_day, last_day, status) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    for (const Row& r : rows) {
        insert.bind(1, r.officerId)
            .bind(2, r.missionId)
            .bind(3, "Police adviser")
            .bind(4, r.first)
            .bind(5, r.last)
            .bind(6, sdk::toString(r.status));
        insert.run();
        insert.reset();
    }
}

const QString& seededTemplate()
{
    static const QString path = [] {
        const QString p = newStorePath("template");
        sdk::Database db(p.toStdString());
        sdk::MigrationRunner runner(db, false);
        sdk::migrateCoreSchema(runner);
        sdk::Transaction tx(db);
        sdk::MissionRepository missions(db, sdk::Actor{"bench", "core"});
        static const char* orgs[] = {"EU", "UN", "OSCE", "multinational", "bilateral"};
        for (int m = 1; m <= sizes().missions; ++m) {
            sdk::Mission mission;
            mission.code = "M" + std::to_string(m);
            mission.name = "Mission " + std::to_string(m);
            mission.organisation = orgs[m % 5];
            mission.hostCountry = "Somewhere";
            mission.startDate = sdk::Date::fromYmd(1995, 1, 1);
            missions.add(mission);
        }
        sdk::Statement officer = db.prepare(
            "INSERT INTO officer (service_number, given_name, family_name, gender, birth_date, "
            "rank, unit, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        for (int o = 1; o <= sizes().officers; ++o) {
            const std::string n = std::to_string(o);
            officer.bindAll(
                "SN" + n, "Given" + n, "Family" + std::to_string(o % 997),
                std::string(o % 2 ? "F" : "M"),
                sdk::Date::fromYmd(1960 + o % 30, unsigned(1 + o % 12), unsigned(1 + o % 28)),
                std::string("inspector"), "Unit " + std::to_string(o % 40),
                "officer" + n + "@police.example");
            officer.run();
            officer.reset();
        }
        tx.commit();
        return p;
    }();
    return path;
}

const QString& storeWithDeployments()
{
    static const QString path = [] {
        const QString p = copyOf(seededTemplate(), "deployments");
        sdk::Database db(p.toStdString());
        sdk::Transaction tx(db);
        insertRaw(db, makeDeployments(sizes().deployments, sizes().officers, sizes().missions));
        tx.commit();
        return p;
    }();
    return path;
}

QString copyOf(const QString& source, const char* stem)
{
    const QString target = newStorePath(stem);
    if (!QFile::copy(source, target))
        throw std::runtime_error("cannot copy " + source.toStdString() + " to "
                                 + target.toStdString());
    return target;
}

} // namespace contingent::bench
