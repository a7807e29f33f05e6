#pragma once
// A store with the core tables and the expenses plugin's, the shipped rates,
// two officers and three missions (Kosovo, Ukraine high-risk, Jordan: an
// "other country" paid in dollars), for the expenses tests. Today is
// 2026-11-30 unless a test says otherwise.

#include "claims.h"
#include "expensefiles.h"
#include "expensescommands.h"
#include "forecast.h"
#include "rates.h"
#include "reports.h"
#include "schema.h"

#include <contingent/sdk/changes.h>
#include <contingent/sdk/checks.h>
#include <contingent/sdk/migrations.h>
#include <contingent/sdk/repositories.h>

#include <QTest>

#include <functional>
#include <memory>
#include <sstream>

namespace expensestest {

using namespace contingent;
using namespace contingent::expenses;
using sdk::Date;
using sdk::DeploymentId;
using sdk::Money;
using sdk::Period;

/// What `f` was refused with (an InputError), or nothing.
inline std::string refusal(const std::function<void()>& f)
{
    try {
        f();
    } catch (const sdk::InputError& e) {
        return e.what();
    }
    return {};
}

inline Money eur(const char* text)
{
    return Money::parse(text, QLocale::c());
}

struct Store {
    /// `path`: a store in a file, which a worker (sdk::readInBackground) can open too.
    explicit Store(sdk::Role role = sdk::Role::Planner, const char* today = "2026-11-30",
                   bool self = false, const std::string& path = ":memory:")
        : db(path)
        , clock(Date::fromIso(today))
    {
        sdk::MigrationRunner runner(db, false);
        sdk::migrateCoreSchema(runner);
        runner.apply("expenses", migrations());
        sdk::Context admin("expenses", db, sdk::CurrentUser{"ad", "Ad", sdk::Role::Admin, {}, true},
                           clock, checks, changes);
        seedShippedRates(admin);
        officer = admin.officers().add(officerNamed("P-1", "Ana", "Novak"));
        other = admin.officers().add(officerNamed("P-2", "Bor", "Kranjc"));
        kosovo = admin.missions().add(missionNamed("EULEX", "Kosovo", sdk::RiskLevel::Medium));
        ukraine = admin.missions().add(missionNamed("EUAM", "Ukraine", sdk::RiskLevel::High));
        jordan = admin.missions().add(missionNamed("JIPTC", "Jordan", sdk::RiskLevel::Medium));
        login(role, self ? std::optional<sdk::OfficerId>(officer) : std::nullopt);
    }
    /// The user of `context` from now on.
    void login(sdk::Role role, std::optional<sdk::OfficerId> self = std::nullopt)
    {
        context.reset();
        context = std::make_unique<sdk::Context>("expenses", db,
                                                 sdk::CurrentUser{"pia", "Pia", role, self, true},
                                                 clock, checks, changes);
    }
    sdk::Context& admin()
    {
        if (!m_admin)
            m_admin = std::make_unique<sdk::Context>(
                "expenses", db, sdk::CurrentUser{"ad", "Ad", sdk::Role::Admin, {}, true}, clock,
                checks, changes);
        return *m_admin;
    }
    static sdk::Officer officerNamed(const char* sn, const char* given, const char* family)
    {
        sdk::Officer o;
        o.serviceNumber = sn;
        o.givenName = given;
        o.familyName = family;
        return o;
    }
    static sdk::Mission missionNamed(const char* code, const char* country, sdk::RiskLevel risk)
    {
        sdk::Mission m;
        m.code = code;
        m.name = std::string(code) + " mission";
        m.organisation = "EU";
        m.hostCountry = country;
        m.startDate = Date::fromIso("1999-01-01");
        m.riskLevel = risk;
        return m;
    }
    /// A tour (planned, completed or cancelled as added; other states set directly).
    DeploymentId tour(const char* first, const char* last, sdk::MissionId in = {},
                      sdk::DeploymentStatus status = sdk::DeploymentStatus::Planned,
                      std::optional<sdk::OfficerId> who = std::nullopt,
                      std::optional<sdk::RiskLevel> risk = std::nullopt)
    {
        using S = sdk::DeploymentStatus;
        const bool added = status == S::Planned || status == S::Completed || status == S::Cancelled;
        const DeploymentId id = admin().deployments().add({{},
                                                           who.value_or(officer),
                                                           in.value() ? in : kosovo,
                                                           "adviser",
                                                           Period::fromIso(first, last),
                                                           added ? status : S::Planned,
                                                           risk});
        if (!added)
            db.execute("UPDATE deployment SET status = ? WHERE id = ?",
                       std::string(sdk::toString(status)), id);
        return id;
    }
    TourForecast forecast(DeploymentId id)
    {
        const RateTable rates = RateBook(*context).table();
        const std::vector<TourInput> tours = readTours(db, {{id}, {}, {}, {}});
        QTest::qVerify(tours.size() == 1, "tours.size() == 1", "the tour is read", __FILE__,
                       __LINE__);
        return Forecaster(rates, readSettings(*context)).forecast(tours.front());
    }
    /// A forecast's sum for one category.
    static Money sum(const TourForecast& f, Category category)
    {
        Money m;
        for (const ForecastLine& line : f.lines)
            if (line.category == category)
                m += line.amount;
        return m;
    }
    Claim claim(DeploymentId tour, Category category, const char* day, const char* amount)
    {
        Claim c;
        c.tour = tour;
        c.category = category;
        c.day = Date::fromIso(day);
        c.amount = eur(amount);
        return c;
    }
    struct Run {
        int code = 0;
        std::string out, err;
    };
    /// Runs `contingent expenses ARGS...` in-process as the current user.
    Run expenses(std::vector<std::string> args)
    {
        std::ostringstream out, err;
        sdk::CommandInvocation call{std::move(args), *context, out, err};
        const int code = runExpensesCommand(call);
        return {code, out.str(), err.str()};
    }
    std::int64_t count(const char* table)
    {
        return *db.queryValue<std::int64_t>(std::string("SELECT count(*) FROM ") + table);
    }
    std::int64_t audits(const char* action)
    {
        return *db.queryValue<std::int64_t>(
            "SELECT count(*) FROM audit_log WHERE action = ? AND entity LIKE 'expenses.%'",
            std::string(action));
    }

    sdk::Database db;
    sdk::FixedClock clock;
    sdk::CheckRegistry checks;
    sdk::ChangeNotifier changes;
    std::unique_ptr<sdk::Context> m_admin;
    std::unique_ptr<sdk::Context> context;
    sdk::OfficerId officer;
    sdk::OfficerId other;
    sdk::MissionId kosovo;
    sdk::MissionId ukraine;
    sdk::MissionId jordan;
};

} // namespace expensestest
