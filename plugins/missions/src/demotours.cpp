#include "demotours.h"

#include <contingent/sdk/demo.h>

#include <QJsonObject>

#include <algorithm>

namespace contingent::missions {

namespace {

constexpr const char* kPositions[] = {"police adviser",        "police monitor",
                                      "mentor, border police", "trainer, police school",
                                      "criminal investigator", "adviser, organised crime",
                                      "team leader",           "head of field office",
                                      "liaison officer",       "community policing adviser"};
constexpr const char* kSupervisors[] = {"Head of the mission's police component",
                                        "Chief of the field office",
                                        "Head of the training department",
                                        "Chief of staff",
                                        "Regional commander",
                                        "Head of the monitoring team"};
constexpr const char* kGiven[] = {"Ana", "Maja", "Nina", "Eva", "Luka", "Matej", "Jure", "Marko"};
constexpr const char* kFamily[] = {"Demšar", "Jereb",  "Kastelic", "Lesjak",
                                   "Oblak",  "Pavlič", "Rupnik",   "Vrhovnik"};

template <std::size_t N> const char* pick(sdk::DemoRandom& r, const char* const (&items)[N])
{
    return items[r.below(N)];
}

struct DemoMission {
    std::int64_t id;
    sdk::Date start;
    sdk::Date end; ///< the mission's end, or a year after today for a running one
};

struct DemoOfficer {
    std::int64_t id;
    sdk::Date free; ///< the first day the officer may start a new tour
    std::string unit;
    sdk::Date earliest = sdk::Date(); ///< the first day of any tour: 1997, or when 18
};

} // namespace

void generateDemoTours(sdk::Context& context, std::uint64_t seed, int tours)
{
    sdk::Database& db = context.store();
    const sdk::Date today = context.today();
    const sdk::Date horizon = today.addMonths(12);
    const sdk::Date firstDay = sdk::Date::fromYmd(1997, 5, 1);
    sdk::DemoRandom r(seed ^ 0x6d697373696f6eULL);

    std::vector<DemoMission> missions;
    // No tour of a mission before Slovenian police joined it (the catalogue's slovenian_from).
    for (sdk::Statement st(db, "SELECT m.id, max(m.start_date, coalesce(f.slovenian_from, '')), "
                               "m.end_date FROM mission m "
                               "LEFT JOIN missions_mission f ON f.mission_id = m.id ORDER BY m.id");
         st.step();)
        missions.push_back(
            {st.int64(0), std::max(st.date(1), firstDay), st.optionalDate(2).value_or(horizon)});
    std::erase_if(missions, [&](const DemoMission& m) {
        return m.end < firstDay || m.start.daysUntil(m.end) < 90;
    });
    if (missions.empty() || tours <= 0)
        return;

    const auto startFree = [&] {
        return firstDay.addDays(int(r.below(std::uint64_t(firstDay.daysUntil(today)))));
    };
    std::vector<DemoOfficer> pool;
    // No tour before the officer is 18 (the roster's demo gives birth dates).
    for (sdk::Statement st(db, "SELECT id, unit, birth_date FROM officer ORDER BY id");
         st.step();) {
        sdk::Date earliest = firstDay;
        if (const auto born = st.optionalDate(2))
            earliest = std::max(earliest, born->addMonths(12 * 18));
        pool.push_back({st.int64(0), std::max(startFree(), earliest), st.text(1), earliest});
    }

    sdk::Statement addOfficer(db, "INSERT INTO officer (service_number, given_name, family_name, "
                                  "gender, rank, unit) VALUES (?, ?, ?, ?, 'police inspector', ?)");
    int addedOfficers = 0;
    const auto newOfficer = [&] {
        const bool woman = r.below(4) == 0;
        char number[32];
        std::snprintf(number, sizeof number, "DEMO-M%06d", ++addedOfficers);
        const std::string unit = "PU " + std::string(pick(r, kFamily)) + " district";
        addOfficer.bindAll(number, woman ? kGiven[r.below(4)] : kGiven[4 + r.below(4)],
                           pick(r, kFamily), woman ? "F" : "M", unit);
        addOfficer.run();
        addOfficer.reset();
        pool.push_back({db.lastInsertId(), startFree(), unit, firstDay});
    };
    // The roster's officers are the demo's officers (`--officers N` gives N): they serve as many
    // tours as asked, the time at home between tours shortened to fit them into the careers
    // they have (each from a day since 1997, and 18). Only a store without officers (no roster
    // plugin) gets officers of its own, about four tours each.
    const bool rosterGiven = !pool.empty();
    while (!rosterGiven && int(pool.size()) * 4 < tours)
        newOfficer();
    // Officers who must serve more than four tours each start their careers early.
    if (rosterGiven && tours > 4 * int(pool.size())) // (crowded, below)
        for (DemoOfficer& o : pool)
            o.free = std::max(o.earliest, firstDay.addDays(int(r.below(730))));
    double careerDays = 0;
    for (const DemoOfficer& o : pool)
        careerDays += std::max(0, o.free.daysUntil(horizon));
    // A tour takes some 230 days; it starts up to 400 days after the officer is free (less when
    // each must serve many); then 540..2000 days at home (about four tours each in thirty
    // years), less when each officer must serve more tours. Planned on 80 % of the careers:
    // missions are not always open to join.
    const int slot = int(0.8 * careerDays / std::max(1, tours));
    constexpr int kLeastSlot = 300;
    if (rosterGiven && slot < kLeastSlot)
        throw sdk::InputError(
            std::to_string(tours) + " tours do not fit the careers of "
            + std::to_string(pool.size()) + " officers: ask for at least "
            + std::to_string(int(double(pool.size()) * kLeastSlot / std::max(1, slot)) + 1)
            + " officers, or fewer tours");
    // Four tours each or fewer fit as they always did; more, in shorter waits and stays home.
    const bool crowded = rosterGiven && tours > 4 * int(pool.size());
    const int waitMost = crowded ? std::clamp(slot / 4, 20, 400) : 400;
    const int homeLeast = crowded ? std::clamp((slot - 230 - waitMost / 2) / 2, 20, 540) : 540;
    const int homeMost =
        crowded ? std::clamp((slot - 230 - waitMost / 2) * 3 / 2, homeLeast + 20, 2000) : 2000;

    sdk::Statement addTour(db, "INSERT INTO deployment (officer_id, mission_id, position, "
                               "first_day, last_day, status) VALUES (?, ?, ?, ?, ?, ?)");
    sdk::Statement addFacts(db, "INSERT INTO missions_tour (deployment_id, host_supervisor, "
                                "return_position) VALUES (?, ?, ?)");
    const auto retire = [&pool](std::size_t index) {
        std::swap(pool[index], pool.back());
        pool.pop_back();
    };
    std::vector<const DemoMission*> open;
    int written = 0;
    int refills = 0;
    while (written < tours) {
        if (pool.empty()) {
            if (!rosterGiven) {
                newOfficer();
            } else if (refills++ < 3) {
                // Every career planned to its end: the rest go to the officers again, each from
                // a month after their last tour (no overlap), as far as the plans reach.
                for (sdk::Statement st(db, "SELECT o.id, o.unit, max(d.last_day) FROM officer o "
                                           "LEFT JOIN deployment d ON d.officer_id = o.id "
                                           "GROUP BY o.id ORDER BY o.id");
                     st.step();)
                    pool.push_back({st.int64(0),
                                    st.isNull(2) ? startFree() : st.date(2).addDays(30),
                                    st.text(1)});
            } else {
                throw sdk::InputError(std::to_string(tours) + " tours do not fit the careers of "
                                      + "the roster's officers: ask for more officers");
            }
        }
        const std::size_t index = r.below(pool.size());
        DemoOfficer& officer = pool[index];
        const sdk::Date start = officer.free.addDays(r.between(0, waitMost));
        open.clear();
        for (const DemoMission& m : missions)
            if (m.start <= start && start.addDays(90) <= m.end)
                open.push_back(&m);
        if (open.empty() || start > horizon) {
            // Nothing to join then: this officer is done (or waits a little).
            if (start > today)
                retire(index);
            else
                officer.free = start.addDays(120);
            continue;
        }
        const DemoMission& m = *open[r.below(open.size())];
        const int months = r.between(3, 12);
        sdk::Date last = sdk::Period::ofMonths(start, months).last();
        last = std::min(last, m.end);
        const sdk::DeploymentStatus status = last < today      ? sdk::DeploymentStatus::Completed
                                             : start <= today  ? sdk::DeploymentStatus::Active
                                             : r.below(2) == 0 ? sdk::DeploymentStatus::Approved
                                                               : sdk::DeploymentStatus::Planned;
        addTour.bindAll(officer.id, m.id, pick(r, kPositions), start, last, sdk::toString(status));
        addTour.run();
        addTour.reset();
        addFacts.bindAll(db.lastInsertId(), pick(r, kSupervisors), officer.unit);
        addFacts.run();
        addFacts.reset();
        ++written;
        // Home for at least a year and a half before the next tour.
        officer.free = last.addDays(r.between(homeLeast, homeMost));
        if (officer.free > today)
            retire(index);
    }
    context.audit().record("demo", "missions.tours", std::nullopt,
                           QJsonObject{{"tours", written}, {"officers_added", addedOfficers}});
}

} // namespace contingent::missions
