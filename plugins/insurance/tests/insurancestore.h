#pragma once
// A store with the core tables and the insurance plugin's, two officers and a
// high-risk and a medium-risk mission, for the insurance tests.

#include "cover.h"
#include "insurancecommands.h"
#include "policies.h"

#include <contingent/sdk/changes.h>
#include <contingent/sdk/checks.h>
#include <contingent/sdk/migrations.h>
#include <contingent/sdk/repositories.h>

#include <QTest>

#include <functional>
#include <memory>
#include <sstream>

namespace insurancetest {

using namespace contingent;
using namespace contingent::insurance;
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

struct Store {
    /// `path`: a store in a file, which a worker (sdk::readInBackground) can open too.
    explicit Store(sdk::Role role = sdk::Role::Planner, const char* today = "2025-01-15",
                   std::optional<sdk::OfficerId> self = std::nullopt,
                   const std::string& path = ":memory:")
        : db(path)
        , clock(Date::fromIso(today))
    {
        sdk::MigrationRunner runner(db, false);
        sdk::migrateCoreSchema(runner);
        runner.apply("insurance", migrations());
        context = std::make_unique<sdk::Context>("insurance", db,
                                                 sdk::CurrentUser{"pia", "Pia", role, self, true},
                                                 clock, checks, changes);
        // The store is set up by an admin, whatever the role under test.
        sdk::Context admin("insurance", db,
                           sdk::CurrentUser{"ad", "Ad", sdk::Role::Admin, {}, true}, clock, checks,
                           changes);
        officer = admin.officers().add(officerNamed("P-1", "Ana", "Novak"));
        other = admin.officers().add(officerNamed("P-2", "Bor", "Kranjc"));
        high = admin.missions().add(missionNamed("EUAM", "Ukraine", sdk::RiskLevel::High));
        medium = admin.missions().add(missionNamed("EUMM", "Georgia", sdk::RiskLevel::Medium));
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
        m.startDate = Date::fromIso("2008-01-01");
        m.riskLevel = risk;
        return m;
    }
    DeploymentId tour(const char* first, const char* last, sdk::MissionId in = {},
                      std::optional<sdk::RiskLevel> risk = std::nullopt,
                      sdk::DeploymentStatus status = sdk::DeploymentStatus::Planned,
                      std::optional<sdk::OfficerId> who = std::nullopt)
    {
        sdk::Context admin("insurance", db,
                           sdk::CurrentUser{"ad", "Ad", sdk::Role::Admin, {}, true}, clock, checks,
                           changes);
        // A tour is added planned (or as history); its later steps are set
        // directly here, as if the status gate had made them.
        using S = sdk::DeploymentStatus;
        const bool added = status == S::Planned || status == S::Completed || status == S::Cancelled;
        const DeploymentId id = admin.deployments().add({{},
                                                         who.value_or(officer),
                                                         in.value() ? in : high,
                                                         "adviser",
                                                         Period::fromIso(first, last),
                                                         added ? status : S::Planned,
                                                         risk});
        if (!added)
            db.execute("UPDATE deployment SET status = ? WHERE id = ?",
                       std::string(sdk::toString(status)), id);
        return id;
    }
    Policy policy(const char* number, const char* first, const char* last,
                  std::vector<sdk::OfficerId> officers, std::vector<sdk::MissionId> missions = {})
    {
        Policy p;
        p.insurer = "Triglav";
        p.number = number;
        p.period = Period::fromIso(first, last);
        p.death = Money::fromCents(10000000);
        p.disability = Money::fromCents(15000000);
        p.officers = std::move(officers);
        p.missions = std::move(missions);
        return p;
    }
    std::int64_t add(const Policy& p)
    {
        sdk::Context admin("insurance", db,
                           sdk::CurrentUser{"ad", "Ad", sdk::Role::Admin, {}, true}, clock, checks,
                           changes);
        return PolicyBook(admin).add(p);
    }
    /// The findings of the Art. 89 check, as their messages.
    std::vector<std::string> findings()
    {
        std::vector<std::string> out;
        for (const sdk::CheckDefinition& c : insuranceChecks())
            for (const sdk::Finding& f : c.run({db, clock.today(), std::nullopt})) {
                QTest::qVerify(f.legalBasis == "Police Act, Art. 89", "legal basis",
                               "every finding cites Art. 89", __FILE__, __LINE__);
                QTest::qVerify(f.severity == sdk::Severity::Blocking, "severity", "blocking",
                               __FILE__, __LINE__);
                out.push_back(f.message);
            }
        return out;
    }
    struct Run {
        int code = 0;
        std::string out, err;
    };
    /// Runs `contingent insurance ARGS...` in-process.
    Run insurance(std::vector<std::string> args)
    {
        std::ostringstream out, err;
        sdk::CommandInvocation call{std::move(args), *context, out, err};
        const int code = runInsuranceCommand(call);
        return {code, out.str(), err.str()};
    }
    std::int64_t count(const char* table)
    {
        return *db.queryValue<std::int64_t>(std::string("SELECT count(*) FROM ") + table);
    }
    sdk::Database db;
    sdk::FixedClock clock;
    sdk::CheckRegistry checks;
    sdk::ChangeNotifier changes;
    std::unique_ptr<sdk::Context> context;
    sdk::OfficerId officer;
    sdk::OfficerId other;
    sdk::MissionId high;
    sdk::MissionId medium;
};

} // namespace insurancetest
