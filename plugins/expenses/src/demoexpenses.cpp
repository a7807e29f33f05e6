#include "demoexpenses.h"

#include "expenses.h"
#include "forecast.h"
#include "rates.h"

#include <contingent/sdk/demo.h>

#include <QJsonObject>

namespace contingent::expenses {

void generateDemoExpenses(sdk::Context& context, std::uint64_t seed)
{
    sdk::Database& db = context.store();
    sdk::DemoRandom r(seed ^ 0x657870656e736573ULL); // "expenses": its own stream
    const sdk::Date today = context.today();

    // Most EU CSDP missions pay their own mission allowance (DOMAIN.md; the
    // Regulation's Art. 1): the demo's EU missions do.
    db.execute("INSERT OR IGNORE INTO expenses_mission (mission_id, organisation_pays) "
               "SELECT id, 1 FROM mission WHERE organisation = 'EU'");

    // One officer in four relocates for a tour that has not ended (moving expenses).
    sdk::Statement relocate(db, "INSERT OR IGNORE INTO expenses_tour (deployment_id, relocates) "
                                "VALUES (?, 1)");
    sdk::Statement open(db, "SELECT id FROM deployment WHERE last_day >= ? AND status <> "
                            "'cancelled' ORDER BY id");
    for (open.bind(1, today); open.step();) {
        if (r.below(4) != 0)
            continue;
        relocate.bindAll(open.int64(0));
        relocate.run();
        relocate.reset();
    }

    // Claims of the tours of the last two years that have started: what the
    // forecast says each month cost (the danger bonus aside: it is paid with
    // the salary), give or take 5 %, claimed at the end of the month or on
    // the journey's day; decided and paid when more than two months old,
    // waiting when recent, one in twenty rejected.
    sdk::Statement claim(db, "INSERT INTO expenses_claim (deployment_id, category, day, "
                             "amount_cents, description, state, reason, submitted_by, "
                             "submitted_at, decided_by, decided_at, paid_on) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?, ?, ?)");
    int written = 0;
    const RateTable rates = RateBook(context).table();
    const Forecaster forecaster(rates, readSettings(context));
    const sdk::Period recent(today.addMonths(-24), today);
    for (const TourInput& tour : readTours(db, {{}, {}, recent, {}})) {
        if (tour.status != sdk::DeploymentStatus::Active
            && tour.status != sdk::DeploymentStatus::Completed)
            continue;
        for (const ForecastLine& line : forecaster.forecast(tour).lines) {
            const sdk::Date day = line.days.last();
            if (line.category == Category::DangerBonus || line.amount <= sdk::Money()
                || day >= today || day < recent.first())
                continue;
            const bool old = day.addDays(60) < today;
            const int roll = r.between(1, 20);
            const char* state = !old        ? "submitted"
                                : roll == 1 ? "rejected"
                                : roll <= 3 ? "approved"
                                            : "paid";
            claim.bindAll(
                tour.id, std::string(toString(line.category)), day,
                line.amount.scaled(95 + r.between(0, 10), 100).cents(),
                line.note.empty() ? "for " + monthKey(day) : line.note, state,
                std::string(roll == 1 && old ? "no receipt: submit it again with the receipt" : ""),
                day.toIso() + "T09:00:00Z");
            if (old) {
                claim.bind(9, "planner");
                claim.bind(10, day.addDays(14).toIso() + "T10:00:00Z");
            }
            if (old && roll > 3)
                claim.bind(11, day.addDays(30));
            claim.run();
            claim.reset();
            ++written;
        }
    }
    context.audit().record("demo", "expenses.claim", std::nullopt,
                           QJsonObject{{"claims", written}});
}

} // namespace contingent::expenses
