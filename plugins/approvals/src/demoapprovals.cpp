#include "demoapprovals.h"

#include <contingent/sdk/demo.h>

#include <QJsonObject>

#include <map>
#include <vector>

namespace contingent::approvals {

void generateDemoProposals(sdk::Context& context, std::uint64_t seed)
{
    sdk::Database& db = context.store();
    sdk::DemoRandom r(seed ^ 0x617070726f76616cULL); // "approval": its own stream
    const sdk::Date today = context.today();
    // Tours grouped as planners group them: one mission, one month of first days.
    struct Group {
        std::string mission;
        std::string status;
        sdk::Date first = sdk::Date::fromYmd(9999, 1, 1);
        std::vector<std::int64_t> tours;
    };
    std::map<std::tuple<std::int64_t, std::string, int>, Group> groups;
    for (sdk::Statement st(db, "SELECT d.id, d.mission_id, m.code, d.status, d.first_day FROM "
                               "deployment d JOIN mission m ON m.id = d.mission_id ORDER BY d.id");
         st.step();) {
        const sdk::Date first = st.date(4);
        std::string status = st.text(3);
        if (status == "active" || status == "completed")
            status = "approved";
        Group& g = groups[{st.int64(1), status, first.year() * 12 + int(first.month())}];
        g.mission = st.text(2);
        g.status = status;
        g.first = std::min(g.first, first);
        g.tours.push_back(st.int64(0));
    }
    sdk::Statement proposal(
        db, "INSERT INTO approvals_proposal (title, request_organisation, request_reference, "
            "request_date, state, submitted_on, recommended_on, recommendation_reference, "
            "decided_on, decision_number, outcome, notified_on, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?)");
    sdk::Statement tour(db, "INSERT INTO approvals_tour (proposal_id, deployment_id, approved) "
                            "VALUES (?, ?, ?)");
    int written = 0;
    int drafts = 0;
    bool withdrawn = false;
    for (const auto& [key, g] : groups) {
        const std::string title = g.mission + " rotation " + std::to_string(g.first.year()) + "-"
                                  + (g.first.month() < 10 ? "0" : "")
                                  + std::to_string(g.first.month());
        // Each step before the tours start, none after today.
        const auto before = [&](int days) { return std::min(today, g.first.addDays(-days)); };
        const std::string request = "DEMO/" + g.mission + "/" + std::to_string(g.first.year());
        std::string state;
        std::optional<bool> approved;
        std::optional<sdk::Date> submitted, recommended, decided, notified;
        std::string number, outcome, reference;
        if (g.status == "approved" || g.status == "cancelled") {
            submitted = before(75);
            recommended = before(60);
            decided = before(45);
            number = "DEMO 51100-" + std::to_string(100 + written) + "/"
                     + std::to_string(decided->year());
            reference = "DEMO 0100-" + std::to_string(200 + written);
            approved = g.status == "approved";
            outcome = g.status == "approved" ? "approved" : "rejected";
            if (before(30) < today && r.below(4) != 0) {
                notified = before(30);
                state = "notified";
            } else {
                state = "decided";
            }
        } else if (g.status == "proposed") {
            submitted = std::min(today.addDays(-20), before(40));
            state = "submitted";
            if (r.below(2) == 0) {
                recommended = std::min(today.addDays(-5), before(25));
                reference = "DEMO 0100-" + std::to_string(200 + written);
                state = "recommended";
            }
        } else if (g.status == "planned") {
            // Some planned rotations are drafted (one withdrawn); the rest have no
            // proposal yet, as on a real desk.
            if (!withdrawn && g.first > today.addDays(60)) {
                state = "withdrawn";
                withdrawn = true;
            } else if (drafts < 6 && r.below(3) == 0) {
                state = "draft";
                ++drafts;
            } else {
                continue;
            }
        } else {
            continue;
        }
        proposal.bindAll(title, std::string("EU (EEAS, CPCC)"), request, before(100), state,
                         submitted, recommended, reference, decided, number,
                         outcome.empty() ? std::optional<std::string>() : outcome, notified,
                         (before(100)).toIso() + "T08:00:00Z");
        proposal.run();
        proposal.reset();
        const std::int64_t id = db.lastInsertId();
        for (std::int64_t t : g.tours) {
            tour.bindAll(id, t, approved);
            tour.run();
            tour.reset();
        }
        ++written;
    }
    context.audit().record("demo", "approvals.proposal", std::nullopt,
                           QJsonObject{{"proposals", written}});
}

} // namespace contingent::approvals
