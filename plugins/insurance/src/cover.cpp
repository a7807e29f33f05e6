#include "cover.h"

#include "compensation.h"

#include <contingent/sdk/context.h>

#include <QCoreApplication>

#include <algorithm>

namespace contingent::insurance {

namespace {

constexpr const char* kArt89 = "Police Act, Art. 89";

int dayNumber(sdk::Date d)
{
    return int(d.sysDays().time_since_epoch().count());
}

sdk::Date dateOf(int day)
{
    return sdk::Date::fromDays(date::sys_days(date::days(day)));
}

bool stillToServe(sdk::DeploymentStatus s)
{
    return s == sdk::DeploymentStatus::Planned || s == sdk::DeploymentStatus::Proposed
           || s == sdk::DeploymentStatus::Approved || s == sdk::DeploymentStatus::Active;
}

} // namespace

CoverIndex::CoverIndex(sdk::Database& db)
{
    for (sdk::Statement st(db, "SELECT c.officer_id, p.id, p.first_day, p.last_day FROM "
                               "insurance_policy_officer c JOIN insurance_policy p "
                               "ON p.id = c.policy_id");
         st.step();)
        m_byOfficer[st.int64(0)].push_back(
            {dayNumber(st.date(2)), dayNumber(st.date(3)), st.int64(1)});
    for (sdk::Statement st(db, "SELECT c.mission_id, p.id, p.first_day, p.last_day FROM "
                               "insurance_policy_mission c JOIN insurance_policy p "
                               "ON p.id = c.policy_id");
         st.step();)
        m_byMission[st.int64(0)].push_back(
            {dayNumber(st.date(2)), dayNumber(st.date(3)), st.int64(1)});
    for (auto& [key, stretches] : m_byOfficer)
        prepare(stretches);
    for (auto& [key, stretches] : m_byMission)
        prepare(stretches);
}

void CoverIndex::prepare(Stretches& stretches)
{
    // By first day; each then knows the policy reaching furthest among it and
    // those before it: the one that covers a day from there on, if any does.
    std::sort(stretches.begin(), stretches.end(), [](const Stretch& a, const Stretch& b) {
        return a.first != b.first ? a.first < b.first : a.last > b.last;
    });
    for (std::size_t i = 0; i < stretches.size(); ++i) {
        Stretch& s = stretches[i];
        const bool further = i == 0 || s.last > stretches[i - 1].reach;
        s.reach = further ? s.last : stretches[i - 1].reach;
        s.reachPolicy = further ? s.policy : stretches[i - 1].reachPolicy;
    }
}

void CoverIndex::fill(TourCover& tour) const
{
    static const Stretches none;
    const auto officer = m_byOfficer.find(tour.officer.value());
    const auto mission = m_byMission.find(tour.mission.value());
    const Stretches* lists[2] = {officer == m_byOfficer.end() ? &none : &officer->second,
                                 mission == m_byMission.end() ? &none : &mission->second};
    tour.covered.clear();
    tour.firstUncovered.reset();
    tour.lapsing.reset();
    tour.uncoveredDays = 0;
    const int last = dayNumber(tour.period.last());
    for (int day = dayNumber(tour.period.first()); day <= last;) {
        // In each list, of the policies starting by `day`: the one reaching
        // furthest (it covers `day` if any does), and where the next one starts.
        const Stretch* holding = nullptr;
        const Stretch* endingBefore = nullptr;
        int nextStart = last + 1;
        for (const Stretches* list : lists) {
            auto after = std::upper_bound(list->begin(), list->end(), day,
                                          [](int d, const Stretch& s) { return d < s.first; });
            if (after != list->end())
                nextStart = std::min(nextStart, after->first);
            if (after == list->begin())
                continue;
            const Stretch& before = *std::prev(after);
            if (before.reach >= day && (!holding || before.reach > holding->reach))
                holding = &before;
            else if (before.reach == day - 1)
                endingBefore = &before;
        }
        if (holding) {
            const int until = std::min(holding->reach, last);
            tour.covered.push_back({sdk::Period(dateOf(day), dateOf(until)), holding->reachPolicy});
            day = until + 1;
            continue;
        }
        const int uncoveredUntil = std::min(nextStart - 1, last);
        if (!tour.firstUncovered) {
            tour.firstUncovered = dateOf(day);
            if (endingBefore)
                tour.lapsing = endingBefore->reachPolicy;
        }
        tour.uncoveredDays += uncoveredUntil - day + 1;
        day = uncoveredUntil + 1;
    }
}

TourCover CoverIndex::cover(const sdk::Deployment& tour, sdk::RiskLevel missionRisk) const
{
    TourCover c;
    c.tour = tour.id;
    c.officer = tour.officerId;
    c.mission = tour.missionId;
    c.period = tour.period;
    c.status = tour.status;
    // Art. 89 protects the officer: a tour marked lower than its high-risk
    // mission still needs cover, and a high-risk tour in a low-risk one too.
    c.highRisk = missionRisk == sdk::RiskLevel::High || tour.riskLevel == sdk::RiskLevel::High;
    c.needsCover = c.highRisk && stillToServe(c.status);
    fill(c);
    return c;
}

const char* const kCoverColumns = "d.id, d.officer_id, d.mission_id, d.first_day, d.last_day, "
                                  "d.status, d.risk_level, m.risk_level";

TourCover CoverIndex::coverOfRow(const sdk::Statement& st) const
{
    sdk::Deployment d;
    d.id = st.get<sdk::DeploymentId>(0);
    d.officerId = st.get<sdk::OfficerId>(1);
    d.missionId = st.get<sdk::MissionId>(2);
    d.period = sdk::Period(st.date(3), st.date(4));
    d.status = sdk::deploymentStatusFromString(st.textView(5));
    if (!st.isNull(6))
        d.riskLevel = sdk::riskLevelFromString(st.textView(6));
    return cover(d, sdk::riskLevelFromString(st.textView(7)));
}

namespace {

/// The tours `st` selects (kCoverColumns first), with their cover.
std::vector<TourCover> coverOfRows(sdk::Database& db, sdk::Statement& st)
{
    const CoverIndex index(db);
    std::vector<TourCover> out;
    while (st.step())
        out.push_back(index.coverOfRow(st));
    return out;
}

const std::string kTourColumns = std::string("SELECT ") + kCoverColumns
                                 + " FROM deployment d JOIN mission m ON m.id = d.mission_id ";
constexpr const char* kNeedingCover =
    "WHERE d.status IN ('planned', 'proposed', 'approved', 'active') "
    "AND (d.risk_level = 'high' OR m.risk_level = 'high') ";

} // namespace

std::vector<TourCover> tourCover(sdk::Database& db, std::optional<sdk::DeploymentId> tour, bool all)
{
    std::string sql = kTourColumns;
    if (!all)
        sql += kNeedingCover;
    if (tour)
        sql += all ? "WHERE d.id = ? " : "AND d.id = ? ";
    sql += "ORDER BY d.id";
    sdk::Statement st(db, sql);
    if (tour)
        st.bind(1, *tour);
    return coverOfRows(db, st);
}

std::vector<TourCover> tourCoverStarting(sdk::Database& db, const sdk::Period& starting)
{
    sdk::Statement st(db, kTourColumns + kNeedingCover
                              + "AND d.first_day BETWEEN ? AND ? ORDER BY d.first_day, d.id");
    st.bindAll(starting.first(), starting.last());
    return coverOfRows(db, st);
}

std::vector<sdk::CheckDefinition> insuranceChecks()
{
    sdk::CheckDefinition uncovered;
    uncovered.ruleId = "insurance.uncovered_high_risk";
    uncovered.title = "High-risk tour without insurance cover on every day";
    uncovered.legalBasis = kArt89;
    uncovered.run = [](const sdk::CheckScope& scope) {
        std::vector<sdk::Finding> findings;
        std::unordered_map<std::int64_t, std::string> names;
        for (sdk::Statement st(scope.db, "SELECT id, number, insurer FROM insurance_policy");
             st.step();)
            names[st.int64(0)] = "policy " + st.text(1) + " (" + st.text(2) + ")";
        for (const TourCover& c : tourCover(scope.db, scope.deploymentId)) {
            if (!c.needsCover || c.fullyCovered())
                continue;
            std::string message = "high-risk tour " + c.period.toString() + " is not insured from "
                                  + c.firstUncovered->toIso() + " ("
                                  + std::to_string(c.uncoveredDays) + " of "
                                  + std::to_string(c.period.lengthInDays()) + " days uncovered)";
            if (c.lapsing)
                message += "; " + names[*c.lapsing] + " lapses on "
                           + c.firstUncovered->addDays(-1).toIso();
            findings.push_back({sdk::Severity::Blocking,
                                "insurance.uncovered_high_risk",
                                kArt89,
                                std::move(message),
                                c.tour,
                                {}});
        }
        return findings;
    };
    return {uncovered};
}

std::vector<sdk::FactLine> coverFacts(sdk::Context& context, sdk::DeploymentId tour)
{
    const std::vector<TourCover> found = tourCover(context.store(), tour, true);
    if (found.empty())
        return {};
    const TourCover& c = found.front();
    const auto said = [](const char* text) {
        return QCoreApplication::translate("contingent::insurance", text);
    };
    const auto text = [](const QString& s) { return s.toStdString(); };
    std::vector<sdk::FactLine> lines;
    const std::string cover = text(said(QT_TRANSLATE_NOOP("contingent::insurance", "Cover")));
    if (!c.highRisk)
        lines.push_back({cover, text(said(QT_TRANSLATE_NOOP(
                                    "contingent::insurance",
                                    "not required: not a high-risk tour (Police Act, Art. 89)")))});
    PolicyBook book(context);
    for (const CoveredStretch& s : c.covered) {
        const auto policy = book.find(s.policy);
        lines.push_back({cover, text(said(QT_TRANSLATE_NOOP("contingent::insurance",
                                                            "covered by policy %1 to %2"))
                                         .arg(policy ? QString::fromStdString(
                                                  policy->number + " (" + policy->insurer + ")")
                                                     : QString::number(s.policy))
                                         .arg(QString::fromStdString(s.days.last().toIso())))});
    }
    if (c.highRisk && c.firstUncovered) {
        lines.push_back(
            {text(said(QT_TRANSLATE_NOOP("contingent::insurance", "Uncovered"))),
             text(QCoreApplication::translate("contingent::insurance",
                                              "from %1 (%n day(s) without cover, Art. 89)", nullptr,
                                              c.uncoveredDays)
                      .arg(QString::fromStdString(c.firstUncovered->toIso())))});
        lines.push_back(
            {text(said(QT_TRANSLATE_NOOP("contingent::insurance", "Owed on death (Art. 90)"))),
             text(referenceSum(context).format())});
    }
    return lines;
}

} // namespace contingent::insurance
