#pragma once
// A store with the core tables and the approvals plugin's, the status gate
// with the proposed -> approved step owned by approvals, the core's
// overlapping-tours rule and the decision-deadline rule, two officers and two
// missions, for the approvals tests. Today is 2026-11-30.

#include "approvalcommands.h"
#include "approvaldocument.h"
#include "proposalfile.h"
#include "proposals.h"

#include <contingent/sdk/changes.h>
#include <contingent/sdk/checks.h>
#include <contingent/sdk/facts.h>
#include <contingent/sdk/migrations.h>
#include <contingent/sdk/repositories.h>
#include <contingent/sdk/statusgate.h>

#include <QTest>

#include <functional>
#include <memory>
#include <sstream>

namespace approvalstest {

using namespace contingent;
using namespace contingent::approvals;
using sdk::Date;
using sdk::DeploymentId;
using sdk::DeploymentStatus;
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
    explicit Store(sdk::Role role = sdk::Role::Planner, bool self = false,
                   const std::string& path = ":memory:")
        : db(path)
        , clock(Date::fromIso("2026-11-30"))
    {
        sdk::MigrationRunner runner(db, false);
        sdk::migrateCoreSchema(runner);
        runner.apply("approvals", migrations());
        gate.own("approvals", {DeploymentStatus::Proposed, DeploymentStatus::Approved});
        checks.add("core", sdk::overlappingDeploymentsCheck());
        checks.add("approvals", decisionDeadlineCheck());
        facts.add("approvals", {"decision", "Government decision", 15,
                                [this](DeploymentId t) { return decisionFacts(admin(), t); }});
        officer = admin().officers().add(officerNamed("P-1", "Ana", "Novak"));
        other = admin().officers().add(officerNamed("P-2", "Bor", "Kranjc"));
        eulex = admin().missions().add(missionNamed("EULEX", "Kosovo"));
        euam = admin().missions().add(missionNamed("EUAM", "Ukraine"));
        login(role, self ? std::optional<sdk::OfficerId>(officer) : std::nullopt);
    }
    void login(sdk::Role role, std::optional<sdk::OfficerId> self = std::nullopt)
    {
        context.reset();
        context = std::make_unique<sdk::Context>("approvals", db,
                                                 sdk::CurrentUser{"pia", "Pia", role, self, true},
                                                 clock, checks, changes, &facts, &gate);
    }
    sdk::Context& admin()
    {
        if (!m_admin)
            m_admin = std::make_unique<sdk::Context>(
                "approvals", db, sdk::CurrentUser{"ad", "Ad", sdk::Role::Admin, {}, true}, clock,
                checks, changes, &facts, &gate);
        return *m_admin;
    }
    static sdk::Officer officerNamed(const char* sn, const char* given, const char* family)
    {
        sdk::Officer o;
        o.serviceNumber = sn;
        o.givenName = given;
        o.familyName = family;
        o.rank = "police inspector";
        o.unit = "PU Ljubljana";
        return o;
    }
    static sdk::Mission missionNamed(const char* code, const char* country)
    {
        sdk::Mission m;
        m.code = code;
        m.name = std::string(code) + " mission";
        m.organisation = "EU";
        m.hostCountry = country;
        m.startDate = Date::fromIso("2008-01-01");
        return m;
    }
    /// A planned tour (or, as history, completed).
    DeploymentId tour(const char* first, const char* last, std::optional<sdk::OfficerId> who = {},
                      sdk::MissionId in = {}, DeploymentStatus status = DeploymentStatus::Planned)
    {
        return admin().deployments().add({{},
                                          who.value_or(officer),
                                          in.value() ? in : eulex,
                                          "adviser",
                                          Period::fromIso(first, last),
                                          status,
                                          std::nullopt});
    }
    DeploymentStatus status(DeploymentId id) { return admin().deployments().get(id).status; }
    ProposalBook book() { return ProposalBook(*context); }
    struct Run {
        int code = 0;
        std::string out, err;
    };
    /// Runs `contingent approvals ARGS...` in-process as the current user.
    Run approvals(std::vector<std::string> args)
    {
        std::ostringstream out, err;
        sdk::CommandInvocation call{std::move(args), *context, out, err};
        const int code = runApprovalsCommand(call);
        return {code, out.str(), err.str()};
    }
    std::int64_t count(const char* table)
    {
        return *db.queryValue<std::int64_t>(std::string("SELECT count(*) FROM ") + table);
    }
    std::int64_t audits(const char* action)
    {
        return *db.queryValue<std::int64_t>(
            "SELECT count(*) FROM audit_log WHERE action = ? AND entity = 'approvals.proposal'",
            std::string(action));
    }

    sdk::Database db;
    sdk::FixedClock clock;
    sdk::CheckRegistry checks;
    sdk::ChangeNotifier changes;
    sdk::StatusGate gate;
    sdk::FactRegistry facts;
    std::unique_ptr<sdk::Context> m_admin;
    std::unique_ptr<sdk::Context> context;
    sdk::OfficerId officer;
    sdk::OfficerId other;
    sdk::MissionId eulex;
    sdk::MissionId euam;
};

} // namespace approvalstest
