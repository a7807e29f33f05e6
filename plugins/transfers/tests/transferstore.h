#pragma once
// A store with the core tables and the transfers plugin's, one officer and
// one mission, for the transfers tests.

#include "transfercommands.h"
#include "transferorders.h"

#include <contingent/sdk/changes.h>
#include <contingent/sdk/checks.h>
#include <contingent/sdk/migrations.h>
#include <contingent/sdk/repositories.h>

#include <QTest>

#include <memory>
#include <sstream>

namespace transferstest {

using namespace contingent;
using namespace contingent::transfers;
using sdk::Date;
using sdk::DeploymentId;
using sdk::Period;

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
        runner.apply("transfers", migrations());
        context = std::make_unique<sdk::Context>("transfers", db,
                                                 sdk::CurrentUser{"pia", "Pia", role, self, true},
                                                 clock, checks, changes);
        sdk::Officer o;
        o.serviceNumber = "P-1";
        o.givenName = "Ana";
        o.familyName = "Novak";
        officer = context->officers().add(o);
        sdk::Mission m;
        m.code = "EULEX";
        m.name = "EU Rule of Law Mission in Kosovo";
        m.organisation = "EU";
        m.hostCountry = "Kosovo";
        m.startDate = Date::fromIso("2008-02-16");
        mission = context->missions().add(m);
    }
    DeploymentId tour(const char* first, const char* last)
    {
        return context->deployments().add({{},
                                           officer,
                                           mission,
                                           "adviser",
                                           Period::fromIso(first, last),
                                           sdk::DeploymentStatus::Planned,
                                           std::nullopt});
    }
    std::int64_t order(DeploymentId t, const char* first, const char* last,
                       const char* handed = nullptr)
    {
        TransferOrder o;
        o.deployment = t;
        o.period = Period::fromIso(first, last);
        if (handed)
            o.handedOn = Date::fromIso(handed);
        return OrderBook(*context).add(o);
    }
    /// The findings of one rule, as their messages.
    std::vector<std::string> findings(const std::string& rule, sdk::Severity* severity = nullptr)
    {
        std::vector<std::string> out;
        for (const sdk::CheckDefinition& c : transferChecks())
            if (c.ruleId == rule)
                for (const sdk::Finding& f : c.run({db, clock.today(), std::nullopt})) {
                    QTest::qVerify(f.legalBasis.find("Police Act, Art. 77") != std::string::npos,
                                   "legal basis", "every finding cites Art. 77", __FILE__,
                                   __LINE__);
                    if (severity)
                        *severity = f.severity;
                    out.push_back(f.message);
                }
        return out;
    }
    struct Run {
        int code = 0;
        std::string out, err;
    };
    /// Runs `contingent transfers ARGS...` in-process.
    Run transfers(std::vector<std::string> args)
    {
        std::ostringstream out, err;
        sdk::CommandInvocation call{std::move(args), *context, out, err};
        const int code = runTransfersCommand(call);
        return {code, out.str(), err.str()};
    }
    sdk::Database db;
    sdk::FixedClock clock;
    sdk::CheckRegistry checks;
    sdk::ChangeNotifier changes;
    std::unique_ptr<sdk::Context> context;
    sdk::OfficerId officer;
    sdk::MissionId mission;
};

} // namespace transferstest
