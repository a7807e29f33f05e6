#pragma once
// A migrated store with a rosters Context for the plugin's tests: an
// in-memory database (or a file, when a test needs a second connection), a fixed clock, the user in
// the role the test needs.

#include "rosterlanguages.h"
#include "rosterrecords.h"

#include <contingent/sdk/context.h>

#include <memory>

struct RosterStore {
    explicit RosterStore(contingent::sdk::Role role = contingent::sdk::Role::Planner,
                         std::optional<contingent::sdk::OfficerId> officerId = std::nullopt,
                         contingent::sdk::Date today = contingent::sdk::Date::fromIso("2025-01-15"),
                         const std::string& path = ":memory:")
        : db(path)
        , clock(today)
    {
        contingent::sdk::MigrationRunner runner(db);
        contingent::sdk::migrateCoreSchema(runner);
        runner.apply("rosters", contingent::rosters::migrations());
        context = std::make_unique<contingent::sdk::Context>(
            "rosters", db, contingent::sdk::CurrentUser{"tester", "Tester", role, officerId, true},
            clock, checks, changes);
    }

    /// An active officer with a valid test and passport unless told otherwise.
    contingent::sdk::OfficerId officer(const std::string& serviceNumber,
                                       const std::string& family = "Novak",
                                       const std::string& given = "Ana")
    {
        contingent::sdk::Officer o;
        o.serviceNumber = serviceNumber;
        o.givenName = given;
        o.familyName = family;
        o.gender = "F";
        const contingent::sdk::OfficerId id = context->officers().add(o);
        contingent::rosters::Documents d;
        d.competencyTest = contingent::sdk::Date::fromIso("2024-06-01");
        d.passportNumber = "PA" + serviceNumber;
        d.passportExpiry = contingent::sdk::Date::fromIso("2030-01-01");
        contingent::rosters::setDocuments(db, id, d);
        return id;
    }

    contingent::sdk::MissionId mission(const std::string& code)
    {
        contingent::sdk::Mission m;
        m.code = code;
        m.name = code + " mission";
        m.organisation = "EU";
        m.hostCountry = "Kosovo";
        m.startDate = contingent::sdk::Date::fromIso("2008-02-16");
        return context->missions().add(m);
    }

    contingent::sdk::DeploymentId
    tour(contingent::sdk::OfficerId officer, contingent::sdk::MissionId mission, const char* first,
         const char* last,
         contingent::sdk::DeploymentStatus status = contingent::sdk::DeploymentStatus::Planned)
    {
        // A test sets the status it needs, past the gate (tested in tst_statusgate).
        const auto id = context->deployments().add({{},
                                                    officer,
                                                    mission,
                                                    "adviser",
                                                    contingent::sdk::Period::fromIso(first, last),
                                                    contingent::sdk::DeploymentStatus::Planned,
                                                    std::nullopt});
        db.execute("UPDATE deployment SET status = ? WHERE id = ?",
                   contingent::sdk::toString(status), id);
        return id;
    }

    contingent::sdk::Database db;
    contingent::sdk::FixedClock clock;
    contingent::sdk::CheckRegistry checks;
    contingent::sdk::ChangeNotifier changes;
    std::unique_ptr<contingent::sdk::Context> context;
};
