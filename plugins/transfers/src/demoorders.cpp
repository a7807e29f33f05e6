#include "demoorders.h"

#include "transferorders.h"

#include <contingent/sdk/demo.h>

#include <QJsonObject>

#include <cstdio>

namespace contingent::transfers {

void generateDemoOrders(sdk::Context& context, std::uint64_t seed)
{
    sdk::Database& db = context.store();
    sdk::DemoRandom r(seed ^ 0x7472616e73666572ULL); // "transfer": its own stream
    const std::vector<RuleSet> sets = ruleSets(db);
    const sdk::Date today = context.today();
    const std::string signer = context.settings().value("signed_by", TransferOrder().signedBy);
    // Bulk, as the demo tours are written: one prepared insert for every order.
    sdk::Statement add(db, "INSERT INTO transfers_order (deployment_id, number, first_day, "
                           "last_day, handed_on, signed_by, legal_basis) "
                           "VALUES (?, ?, ?, ?, ?, ?, 'Police Act, Art. 77')");
    int written = 0;
    int year = 0;
    for (sdk::Statement tours(db, "SELECT id, first_day, last_day FROM deployment "
                                  "WHERE status <> 'cancelled' ORDER BY id");
         tours.step();) {
        const std::int64_t tour = tours.int64(0);
        const sdk::Period period(tours.date(1), tours.date(2));
        const std::uint64_t fate = r.below(100);
        if (fate < 5)
            continue; // a missing order
        const bool tooLong = fate < 9;
        const bool late = !tooLong && fate < 17;
        for (sdk::Date first = period.first(); first <= period.last();) {
            const RuleSet rules = ruleSetOn(sets, first);
            const sdk::Date last =
                tooLong
                    ? period.last()
                    : std::min(sdk::Period::ofMonths(first, rules.maxMonths).last(), period.last());
            const sdk::Date deadline = handOverDeadline(first, rules.noticeDays);
            std::optional<sdk::Date> handed =
                late ? deadline.addDays(r.between(1, 4)) : deadline.addDays(-r.between(0, 20));
            // Not yet handed over: what lies ahead, and now and then an order
            // around today's deadlines, so the Due list has something to show.
            if (*handed > today || (deadline >= today.addDays(-3) && r.below(3) == 0))
                handed.reset();
            char number[32];
            year = first.year();
            std::snprintf(number, sizeof number, "094-%d/%d", ++written, year);
            add.bindAll(tour, number, first, last, handed, signer);
            add.run();
            add.reset();
            first = last.addDays(1);
        }
    }
    // The four orders starting soonest (from two days ago) wait for their
    // hand-over: the Due list and the Home card show them.
    db.execute("UPDATE transfers_order SET handed_on = NULL WHERE id IN (SELECT t.id FROM "
               "transfers_order t JOIN deployment d ON d.id = t.deployment_id WHERE "
               "d.status <> 'completed' AND t.first_day >= ? ORDER BY t.first_day, t.id LIMIT 4)",
               today.addDays(-2));
    context.audit().record("demo", "transfers.order", std::nullopt,
                           QJsonObject{{"orders", written}});
}

} // namespace contingent::transfers
