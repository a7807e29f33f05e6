#include "demopolicies.h"

#include "policies.h"

#include <contingent/sdk/demo.h>

#include <QJsonObject>

#include <algorithm>
#include <map>
#include <set>

namespace contingent::insurance {

void generateDemoPolicies(sdk::Context& context, std::uint64_t seed)
{
    sdk::Database& db = context.store();
    sdk::DemoRandom r(seed ^ 0x696e737572616e63ULL); // "insuranc": its own stream
    const sdk::Date today = context.today();
    // Fictional insurers: the demo store holds no real contract.
    static constexpr const char* kInsurers[] = {"Zavarovalnica Demo d.d.",
                                                "Alpe Adria Demo Insurance"};
    // The years each high-risk mission has tours in.
    std::map<std::int64_t, std::pair<std::string, std::set<int>>> missions;
    for (sdk::Statement st(db, "SELECT m.id, m.code, d.first_day, d.last_day FROM deployment d "
                               "JOIN mission m ON m.id = d.mission_id "
                               "WHERE m.risk_level = 'high' AND d.status <> 'cancelled'");
         st.step();) {
        auto& [code, years] = missions[st.int64(0)];
        code = st.text(1);
        for (int y = st.date(2).year(); y <= st.date(3).year(); ++y)
            years.insert(y);
    }
    sdk::Statement addPolicy(db, "INSERT INTO insurance_policy (insurer, number, first_day, "
                                 "last_day, death_cents, disability_cents) "
                                 "VALUES (?, ?, ?, ?, 8000000, 12000000)");
    sdk::Statement coverMission(db, "INSERT INTO insurance_policy_mission VALUES (?, ?)");
    // The first high-risk mission still running loses its cover a month from
    // today, so the Home card's "starting in the next 60 days" has tours to show.
    const auto lapsing = db.queryValue<std::int64_t>(
        "SELECT id FROM mission WHERE risk_level = 'high' AND (end_date IS NULL OR end_date >= ?) "
        "ORDER BY id LIMIT 1",
        today);
    int written = 0;
    for (const auto& [mission, entry] : missions) {
        const auto& [code, years] = entry;
        for (int year : years) {
            // Gaps on purpose: next year's policy is not there yet for one
            // mission in two; one year in five ends a month early (December
            // uncovered); the rest run the whole year.
            if (year > today.year() && r.below(2) == 0)
                continue;
            sdk::Date last = r.below(5) == 0 ? sdk::Date::fromYmd(year, 11, 30)
                                             : sdk::Date::fromYmd(year, 12, 31);
            if (lapsing && *lapsing == mission && year == today.year())
                last = std::min(last, std::max(sdk::Date::fromYmd(year, 1, 1), today.addDays(30)));
            const std::string number = "GP-" + code + "-" + std::to_string(year);
            addPolicy.bindAll(kInsurers[written % 2], number, sdk::Date::fromYmd(year, 1, 1), last);
            addPolicy.run();
            addPolicy.reset();
            coverMission.bindAll(db.lastInsertId(), mission);
            coverMission.run();
            coverMission.reset();
            ++written;
        }
    }
    // Named top-ups for the first three officers serving a high-risk tour now
    // or next: a policy of their own over their tour's first half.
    sdk::Statement coverOfficer(db, "INSERT INTO insurance_policy_officer VALUES (?, ?)");
    for (sdk::Statement st(db, "SELECT d.officer_id, d.first_day, d.last_day FROM deployment d "
                               "JOIN mission m ON m.id = d.mission_id WHERE m.risk_level = 'high' "
                               "AND d.status IN ('approved', 'active') ORDER BY d.first_day "
                               "LIMIT 3");
         st.step();) {
        const sdk::Period tour(st.date(1), st.date(2));
        addPolicy.bindAll(kInsurers[1], "IP-" + std::to_string(1000 + written), tour.first(),
                          tour.first().addDays(tour.lengthInDays() / 2));
        addPolicy.run();
        addPolicy.reset();
        coverOfficer.bindAll(db.lastInsertId(), st.int64(0));
        coverOfficer.run();
        coverOfficer.reset();
        ++written;
    }
    context.audit().record("demo", "insurance.policy", std::nullopt,
                           QJsonObject{{"policies", written}});
}

} // namespace contingent::insurance
