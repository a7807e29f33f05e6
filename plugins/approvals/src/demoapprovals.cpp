#include "demoapprovals.h"

#include <contingent/sdk/demo.h>
#include <contingent/sdk/repositories.h>

#include <QJsonObject>

#include <algorithm>
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
    std::size_t nextOpen = 0;
    std::vector<const Group*> ordered;
    for (const auto& [key, g] : groups)
        ordered.push_back(&g);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Group* a, const Group* b) { return a->first < b->first; });
    for (const Group* gp : ordered) {
        const Group& g = *gp;
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
        } else if (g.status == "proposed" || g.status == "planned") {
            // The rotations still to come go through every open state, the
            // soonest first: with the Government, with the Minister, a draft,
            // one withdrawn; the rest have no proposal yet, as on a real desk.
            // (With the Government first: a small demo with one rotation ahead still has a
            // proposal waiting for a decision.)
            static constexpr const char* kOpen[] = {"recommended", "submitted", "draft",
                                                    "withdrawn"};
            if (g.status == "proposed")
                state = r.below(2) == 0 ? "submitted" : "recommended";
            else if (nextOpen < std::size(kOpen))
                state = kOpen[nextOpen++];
            else if (drafts < 3 && r.below(3) == 0) {
                state = "draft";
                ++drafts;
            } else
                continue;
            if (state == "submitted" || state == "recommended") {
                submitted = std::min(today.addDays(-20), before(40));
                for (std::int64_t t : g.tours)
                    db.execute("UPDATE deployment SET status = 'proposed' WHERE id = ?", t);
            }
            if (state == "recommended") {
                recommended = std::min(today.addDays(-5), before(25));
                reference = "DEMO 0100-" + std::to_string(200 + written);
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
        // Each step in the history, as the book records it.
        sdk::AuditLog log(db, {"demo", context.pluginId()});
        log.record("propose", "approvals.proposal", id,
                   QJsonObject{{"title", QString::fromStdString(title)}});
        const std::pair<const char*, std::optional<sdk::Date>> steps[] = {
            {"submit", submitted},
            {"recommend", recommended},
            {"decide", decided},
            {"notify", notified}};
        for (const auto& [action, when] : steps)
            if (when)
                log.record(action, "approvals.proposal", id,
                           QJsonObject{{"date", QString::fromStdString(when->toIso())}});
        if (state == "withdrawn")
            log.record("withdraw", "approvals.proposal", id, QJsonObject{{"was", "draft"}});
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
