#include "candidatebackend.h"

#include "candidatefinder.h"
#include "rosterchecks.h"
#include "rosterrecords.h"

#include <contingent/sdk/page.h>

#include <QElapsedTimer>
#include <QStringList>

namespace contingent::rosters {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

CandidateBackend::CandidateBackend(sdk::Context& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&context.changes(), &sdk::ChangeNotifier::changed, this, [this](const QString& entity) {
        if (entity == QLatin1String("mission") && m_missionsRead) {
            readMissions();
            emit missionsChanged();
        }
    });
}

QVariantList CandidateBackend::missions()
{
    if (!m_missionsRead)
        readMissions();
    return m_missions;
}

void CandidateBackend::readMissions()
{
    m_missionsRead = true;
    m_missions.clear();
    sdk::Statement st(m_context.store(), "SELECT id, code, name FROM mission ORDER BY code");
    while (st.step())
        m_missions.append(QVariantMap{
            {"id", qint64(st.int64(0))}, {"code", q(st.text(1))}, {"name", q(st.text(2))}});
}

QVariantMap CandidateBackend::find(const QVariantMap& query)
{
    if (!sdk::canEdit(m_context.user().role) && m_context.user().role != sdk::Role::Viewer)
        return {{"ok", false}, {"errors", QVariantMap{{"", tr("Not available to your role.")}}}};
    QVariantMap errors;
    CandidateQuery cq;
    const auto first = sdk::Date::tryFromIso(query.value("first_day").toString().toStdString());
    const auto last = sdk::Date::tryFromIso(query.value("last_day").toString().toStdString());
    if (!first)
        errors.insert("first_day", tr("Enter the first day as YYYY-MM-DD."));
    if (!last)
        errors.insert("last_day", tr("Enter the last day as YYYY-MM-DD."));
    else if (first && *last < *first)
        errors.insert("last_day", tr("The last day comes before the first."));
    try {
        cq.languages = parseLanguages(query.value("languages").toString().toStdString());
    } catch (const sdk::Error& e) {
        errors.insert("languages", QString::fromUtf8(e.what()));
    }
    try {
        std::vector<std::string> skills;
        for (const QString& s : query.value("skills").toString().split(';', Qt::SkipEmptyParts))
            skills.push_back(s.toStdString());
        cq.skills = normalisedSkills(skills);
    } catch (const sdk::Error& e) {
        errors.insert("skills", QString::fromUtf8(e.what()));
    }
    if (!errors.isEmpty())
        return {{"ok", false}, {"errors", errors}};
    cq.period = sdk::Period(*first, *last);
    if (const qint64 mission = query.value("mission_id", -1).toLongLong(); mission > 0)
        cq.missionId = sdk::MissionId(mission);
    cq.competencyYears = competencyYearsOrDefault(m_context);

    QElapsedTimer timer;
    timer.start();
    CandidateResult result;
    try {
        result = findCandidates(m_context.store(), cq);
    } catch (const sdk::Error& e) {
        return {{"ok", false}, {"errors", QVariantMap{{"", QString::fromUtf8(e.what())}}}};
    }
    QVariantList candidates;
    for (const Candidate& c : result.candidates) {
        QStringList missing;
        for (const std::string& m : c.missing)
            missing << q(m);
        candidates.append(QVariantMap{{"officer_id", qint64(c.officerId.value())},
                                      {"service_number", q(c.serviceNumber)},
                                      {"name", q(c.name)},
                                      {"rank", rankTitle(c.rank)},
                                      {"unit", q(c.unit)},
                                      {"met", c.requirementsMet},
                                      {"total", c.requirementsTotal},
                                      {"missing", missing.join(QStringLiteral(", "))},
                                      {"previous_tours", c.previousTours},
                                      {"tours_in_mission", c.toursInMission},
                                      {"days_abroad", c.daysAbroadRecently}});
    }
    QVariantList excluded;
    for (const Exclusion& e : result.excluded) {
        if (excluded.size() >= kExcludedShown)
            break;
        QStringList reasons;
        for (const std::string& r : e.reasons)
            reasons << q(r);
        excluded.append(QVariantMap{{"officer_id", qint64(e.officerId.value())},
                                    {"service_number", q(e.serviceNumber)},
                                    {"name", q(e.name)},
                                    {"reasons", reasons.join(QStringLiteral("; "))}});
    }
    return {{"ok", true},
            {"candidates", candidates},
            {"candidate_count", qint64(result.candidateCount)},
            {"excluded", excluded},
            {"excluded_count", qint64(result.excluded.size())},
            {"elapsed_ms", timer.elapsed()}};
}

} // namespace contingent::rosters
