#pragma once
// A migrated store with a missions Context for the plugin's tests: an
// in-memory database with the core and missions tables (and the built-in
// catalogue unless told otherwise), a fixed clock, the role the test needs.

#include "catalogue.h"
#include "missionrecords.h"

#include <contingent/sdk/context.h>

#include <memory>
#include <sstream>

struct MissionStore {
    explicit MissionStore(
        contingent::sdk::Role role = contingent::sdk::Role::Planner,
        std::optional<contingent::sdk::OfficerId> officerId = std::nullopt,
        contingent::sdk::Date today = contingent::sdk::Date::fromIso("2025-01-15"),
        bool withCatalogue = true)
        : db(":memory:")
        , clock(today)
    {
        contingent::sdk::MigrationRunner runner(db);
        contingent::sdk::migrateCoreSchema(runner);
        runner.apply("missions", contingent::missions::migrations());
        context = std::make_unique<contingent::sdk::Context>(
            "missions", db, contingent::sdk::CurrentUser{"tester", "Tester", role, officerId, true},
            clock, checks, changes);
        if (withCatalogue)
            contingent::missions::seedCatalogue(*context, contingent::missions::builtInCatalogue());
    }

    contingent::sdk::OfficerId officer(const std::string& serviceNumber,
                                       const std::string& gender = "F",
                                       const std::string& family = "Novak",
                                       const std::string& given = "Ana")
    {
        contingent::sdk::Officer o;
        o.serviceNumber = serviceNumber;
        o.givenName = given;
        o.familyName = family;
        o.gender = gender;
        return context->officers().add(o);
    }

    contingent::sdk::MissionId missionId(const std::string& code)
    {
        return context->missions().findByCode(code).value().id;
    }

    /// Written straight through the SDK repository: no missions validation.
    contingent::sdk::DeploymentId
    tour(contingent::sdk::OfficerId officer, const std::string& mission, const char* first,
         const char* last,
         contingent::sdk::DeploymentStatus status = contingent::sdk::DeploymentStatus::Completed)
    {
        // A test sets the status it needs, past the gate (tested in tst_statusgate).
        const auto id = context->deployments().add({{},
                                                    officer,
                                                    missionId(mission),
                                                    "adviser",
                                                    contingent::sdk::Period::fromIso(first, last),
                                                    contingent::sdk::DeploymentStatus::Planned,
                                                    std::nullopt});
        db.execute("UPDATE deployment SET status = ? WHERE id = ?",
                   contingent::sdk::toString(status), id);
        return id;
    }

    /// Runs `contingent missions ARGS...` in-process.
    struct Run {
        int code = 0;
        std::string out, err;
    };
    Run missions(std::vector<std::string> args);

    contingent::sdk::Database db;
    contingent::sdk::FixedClock clock;
    contingent::sdk::CheckRegistry checks;
    contingent::sdk::ChangeNotifier changes;
    std::unique_ptr<contingent::sdk::Context> context;
};

#include "missioncommands.h"

inline MissionStore::Run MissionStore::missions(std::vector<std::string> args)
{
    std::ostringstream out, err;
    contingent::sdk::CommandInvocation call{std::move(args), *context, out, err};
    const int code = contingent::missions::runMissionsCommand(call);
    return {code, out.str(), err.str()};
}
