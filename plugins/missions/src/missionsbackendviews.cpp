// MissionsBackend, second half: what the pages read. The timelines, the
// statistics (on a worker thread for large stores), tour files, the Home
// card, and the officer's own record and statement.

#include "missionsbackend.h"

#include "backendhelpers.h"
#include "missionrecords.h"
#include "missionstats.h"
#include "statement.h"
#include "tourfile.h"

#include <contingent/sdk/repositories.h>
#include <contingent/sdk/background.h>

#include <QFile>
#include <QLocale>
#include <QSaveFile>

#include <chrono>
#include <map>

namespace contingent::missions {

using namespace backend;

namespace {

/// Overlap with any other running tour of the same officer.
const char* const kOverlaps =
    "EXISTS (SELECT 1 FROM deployment x WHERE x.officer_id = d.officer_id AND x.id <> d.id "
    "AND x.status <> 'cancelled' AND d.status <> 'cancelled' AND x.first_day <= d.last_day "
    "AND x.last_day >= d.first_day)";

QVariantMap period(sdk::Statement& st, int first)
{
    const auto status = sdk::deploymentStatusFromString(st.textView(first + 2));
    const bool overlap = st.int64(first + 4) != 0;
    return {{"start", q(st.textView(first))},
            {"end", q(st.textView(first + 1))},
            {"label", q(st.textView(first + 3))},
            {"tone", overlap ? QStringLiteral("danger") : toneOf(status)},
            {"overlap", overlap},
            {"status", q(st.textView(first + 2))}};
}

} // namespace

QVariantMap MissionsBackend::missionTimeline(qint64 missionId, const QString& afterDay,
                                             qint64 afterId, int limit)
{
    if (isOfficer())
        return QVariantMap{};
    try {
        sdk::Database& db = m_context.store();
        QVariantMap page;
        if (afterDay.isEmpty()) {
            // The count, and the span "Fit" shows: every tour, up to today
            // while the mission runs (not only the rows read so far).
            // Each from an index of the mission's tours: the first day's and the last
            // day's (a step down each) and the count (its entries, no row read).
            sdk::Statement span(db,
                                "SELECT (SELECT count(*) FROM deployment WHERE mission_id = m.id), "
                                "(SELECT min(first_day) FROM deployment WHERE mission_id = m.id), "
                                "(SELECT max(last_day) FROM deployment WHERE mission_id = m.id), "
                                "m.end_date FROM mission m WHERE m.id = ?");
            span.bindAll(std::int64_t(missionId));
            if (span.step()) {
                page.insert("total", qint64(span.int64(0)));
                if (span.int64(0) > 0) {
                    const QString todayIso = today();
                    const QString end = q(span.textView(3));
                    QString to = q(span.textView(2));
                    if ((end.isEmpty() || end >= todayIso) && todayIso > to)
                        to = todayIso;
                    page.insert("from", q(span.textView(1)));
                    page.insert("to", to);
                }
            }
        }
        sdk::Statement st(
            db, std::string("SELECT d.first_day, d.last_day, d.status, d.position, ") + kOverlaps
                    + ", d.id, o.family_name || ', ' || o.given_name FROM deployment d "
                      "JOIN officer o ON o.id = d.officer_id WHERE d.mission_id = ?1 "
                      "AND (d.first_day, d.id) > (?2, ?3) "
                      "ORDER BY d.first_day, d.id LIMIT ?4");
        st.bindAll(std::int64_t(missionId), afterDay.toStdString(), std::int64_t(afterId), limit);
        QVariantList rows;
        QString lastDay;
        qint64 lastId = afterId;
        while (st.step()) {
            const QVariantMap tour = period(st, 0);
            lastDay = tour.value("start").toString();
            lastId = st.int64(5);
            QString label = q(st.textView(6));
            if (!st.textView(3).empty())
                label += QStringLiteral(" · ") + q(st.textView(3));
            rows.append(QVariantMap{{"label", label}, {"periods", QVariantList{tour}}});
        }
        page.insert("rows", rows);
        page.insert("done", rows.size() < limit);
        page.insert("next",
                    QVariantMap{{"day", lastDay.isEmpty() ? afterDay : lastDay}, {"id", lastId}});
        return page;
    } catch (const std::exception& e) {
        return readFailed(m_context, e, QVariantMap{});
    }
}

QVariantList MissionsBackend::officerTimeline(qint64 officerId)
{
    try {
        QString error;
        if (resolveOfficer(officerId, error) < 0)
            return {};
        std::map<std::string, QVariantList> byMission;
        std::vector<std::string> order;
        sdk::Statement st(
            m_context.store(),
            std::string("SELECT m.code, d.first_day, d.last_day, d.status, d.position, ")
                + kOverlaps
                + " FROM deployment d JOIN mission m ON m.id = d.mission_id "
                  "WHERE d.officer_id = ? ORDER BY d.first_day");
        st.bindAll(std::int64_t(officerId));
        while (st.step()) {
            const std::string code = st.text(0);
            if (!byMission.count(code))
                order.push_back(code);
            byMission[code].append(period(st, 1));
        }
        QVariantList rows;
        for (const std::string& code : order)
            rows.append(QVariantMap{{"label", q(code)}, {"periods", byMission[code]}});
        return rows;
    } catch (const std::exception& e) {
        return readFailed(m_context, e, QVariantList{});
    }
}

namespace {

// The statistics' column and label names, shown in the window's language (the chart's legend,
// the table's header); files keep the keys.
[[maybe_unused]] constexpr const char* kStatisticWords[] = {
    QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "multinational"),
    QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "bilateral"),
    QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "other"),
    QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "women"),
    QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "men"),
    QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "officers"),
    QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "tours"),
    QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "days"),
    QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "year"),
    QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "mission"),
};

QVariantMap tableMap(const StatTable& t)
{
    QVariantList columns, rows;
    for (const std::string& c : t.columns)
        columns.append(MissionsBackend::tr(c.c_str()));
    for (const StatRow& r : t.rows) {
        QVariantList values;
        for (std::int64_t v : r.values)
            values.append(qint64(v));
        rows.append(QVariantMap{{"label", q(r.label)}, {"values", values}});
    }
    return {{"id", q(t.id)},
            {"title", MissionsBackend::tr(t.title.c_str())},
            {"label", MissionsBackend::tr(t.labelColumn.c_str())},
            {"columns", columns},
            {"rows", rows}};
}

} // namespace

QVariantList MissionsBackend::statisticChoices() const
{
    QVariantList out;
    for (const auto& [id, title] : statisticKinds())
        out.append(QVariantMap{{"id", q(id)}, {"title", tr(title.c_str())}});
    return out;
}

void MissionsBackend::computeStatistic(const QString& id)
{
    if (isOfficer()) {
        emit statisticReady(id, {{"id", id}, {"error", tr("The statistics are for staff.")}});
        return;
    }
    const sdk::Date today = m_context.today();
    const std::string kind = id.toStdString();
    const auto compute = [today, kind](sdk::Database& db) {
        try {
            return tableMap(statistic(db, today, kind));
        } catch (const std::exception& e) {
            return QVariantMap{{"id", q(kind)}, {"error", q(e.what())}};
        }
    };
    // Up to some 100 000 tours the statistics take well under a second: at once.
    if (!sdk::holdsAtLeast(m_context.store(), "deployment", m_backgroundFrom)) {
        emit statisticReady(id, compute(m_context.store()));
        return;
    }
    ++m_computing;
    emit computingChanged();
    sdk::readInBackground<QVariantMap>(
        this, m_context.store(), compute,
        [this, id, kind](QVariantMap table, const std::string& error) {
            if (m_computing > 0)
                --m_computing;
            emit computingChanged();
            emit statisticReady(
                id, error.empty() ? table : QVariantMap{{"id", q(kind)}, {"error", q(error)}});
        });
}

QVariantMap MissionsBackend::exportStatistic(const QString& id, const QUrl& file,
                                             const QString& format)
{
    if (isOfficer())
        return message(tr("The statistics are for staff."));
    const QString path = file.toString(QUrl::PreferLocalFile);
    try {
        const QByteArray csv =
            toFile(statistic(m_context.store(), m_context.today(), id.toStdString()),
                   sdk::fileFormatFromName((format.isEmpty() ? path : format).toStdString()));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit())
            return message(tr("Cannot write %1: %2").arg(path, out.errorString()));
        sdk::recordExport(m_context.audit(), "the statistic " + id.toStdString(),
                          format.toStdString(), path.toStdString());
        return {{"ok", true}, {"path", path}};
    } catch (const sdk::Error& e) {
        return message(q(e.what()));
    }
}

QVariantMap MissionsBackend::importTours(const QUrl& file)
{
    if (!canEdit())
        return message(refused().value("errors").toMap().value(QString()).toString());
    const QString path = file.toString(QUrl::PreferLocalFile);
    try {
        const sdk::FileFormat format = sdk::fileFormatFromName(path.toStdString());
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return message(tr("Cannot read %1: %2").arg(path, in.errorString()));
        const sdk::ImportReport report = missions::importTours(m_context, in.readAll(), format);
        if (report.ok())
            return {{"ok", true}, {"added", report.added}, {"updated", report.updated}};
        QVariantMap result = message(tr("Nothing was written: the file has %n problem(s).", "",
                                        int(report.problems.size())));
        result.insert("text", q(sdk::describe(report)));
        return result;
    } catch (const sdk::Error& e) {
        return message(q(e.what()));
    }
}

QVariantMap MissionsBackend::exportTours(const QUrl& file, const QString& format)
{
    const QString path = file.toString(QUrl::PreferLocalFile);
    try {
        std::optional<sdk::OfficerId> only;
        if (isOfficer())
            only = m_context.user().officerId.value_or(sdk::OfficerId(-1));
        const QByteArray bytes = missions::exportTours(
            m_context.store(),
            sdk::fileFormatFromName((format.isEmpty() ? path : format).toStdString()), only,
            sdk::spreadsheetDateFormat(QLocale()));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return message(tr("Cannot write %1: %2").arg(path, out.errorString()));
        sdk::recordExport(m_context.audit(), only ? "the officer's tours" : "the tours",
                          format.toStdString(), path.toStdString());
        return {{"ok", true}, {"path", path}};
    } catch (const sdk::Error& e) {
        return message(q(e.what()));
    }
}

namespace {

/// The officers abroad on each mission's own calendar day (or `fixedDay` everywhere).
QVariantList countAbroad(sdk::Database& db, const std::vector<MissionInfo>& missions,
                         std::optional<sdk::Date> fixedDay,
                         std::chrono::system_clock::time_point now)
{
    QVariantList out;
    sdk::Statement count(db,
                         "SELECT count(DISTINCT officer_id) FROM deployment WHERE mission_id = ?1 "
                         "AND status IN ('approved', 'active', 'completed') "
                         // The tours not ended yet, from the index by last day (core
                         // migration 5); "+" keeps the planner off the first-day range.
                         "AND +first_day <= ?2 AND last_day >= ?2");
    for (const MissionInfo& m : missions) {
        // The mission's own calendar day (a tour in Dili may end before Ljubljana's
        // day does); planning "as if" another day uses that day everywhere.
        const sdk::Date day = fixedDay ? *fixedDay : localDate(m.timeZone, now);
        count.bindAll(m.mission.id, day);
        if (count.step() && count.int64(0) > 0)
            out.append(QVariantMap{{"id", qint64(m.mission.id.value())},
                                   {"code", q(m.mission.code)},
                                   {"name", q(m.mission.name)},
                                   {"count", qint64(count.int64(0))},
                                   {"localDate", q(day.toIso())}});
        count.reset();
    }
    return out;
}

} // namespace

QVariantList MissionsBackend::abroadToday()
{
    if (isOfficer())
        return QVariantList{};
    try {
        const auto now = std::chrono::system_clock::now();
        const std::optional<sdk::Date> fixedDay = m_context.today() != sdk::SystemClock().today()
                                                      ? std::optional(m_context.today())
                                                      : std::nullopt;
        std::vector<MissionInfo> missions = MissionBook(m_context).all();
        if (!sdk::holdsAtLeast(m_context.store(), "deployment", m_backgroundFrom))
            return countAbroad(m_context.store(), missions, fixedDay, now);
        // A big store: counted on a worker, so Home's first frame does not wait; the figures
        // of the last count meanwhile (none at first), new ones after each change.
        if ((m_abroadFor != m_revision || !m_abroad) && !m_abroadLoading) {
            m_abroadLoading = true;
            const int revision = m_revision;
            sdk::readInBackground<QVariantList>(
                this, m_context.store(),
                [missions, fixedDay, now](sdk::Database& db) {
                    return countAbroad(db, missions, fixedDay, now);
                },
                [this, revision](QVariantList counted, const std::string& error) {
                    m_abroadLoading = false;
                    if (error.empty()) {
                        m_abroad = std::move(counted);
                        m_abroadFor = revision;
                    }
                    ++m_abroadRevision;
                    emit abroadChanged();
                });
        }
        return m_abroad.value_or(QVariantList{});
    } catch (const std::exception& e) {
        return readFailed(m_context, e, QVariantList{});
    }
}

qint64 MissionsBackend::resolveOfficer(qint64 officerId, QString& error) const
{
    const sdk::CurrentUser& user = m_context.user();
    const qint64 own = user.officerId.value_or(sdk::OfficerId(-1)).value();
    if (officerId < 0)
        officerId = own;
    if (officerId < 0) {
        error = tr("Your login is not linked to an officer record.");
        return -1;
    }
    if (isOfficer() && officerId != own) {
        error = tr("An officer can see only their own record.");
        return -1;
    }
    if (!user.registered) {
        error = tr("Your login is not registered.");
        return -1;
    }
    return officerId;
}

QVariantMap MissionsBackend::record(qint64 officerId)
{
    QString error;
    officerId = resolveOfficer(officerId, error);
    if (officerId < 0)
        return {{"error", error}};
    try {
        const ServiceStatement s =
            buildStatement(m_context, sdk::OfficerId(officerId), m_context.today());
        QVariantList tours, perMission;
        for (std::size_t i = 0; i < s.tours.size(); ++i)
            tours.append(tourMap(s.tours[i], s.tourDays[i]));
        for (const TourView& v : TourBook(m_context).forOfficer(sdk::OfficerId(officerId)))
            if (v.tour.deployment.status != sdk::DeploymentStatus::Cancelled
                && (!sdk::isService(v.tour.deployment.status)
                    || v.tour.deployment.period.first() > m_context.today()))
                tours.append(tourMap(v, 0)); // not (yet) service: planned, ahead
        for (const MissionDays& m : s.perMission)
            perMission.append(QVariantMap{
                {"code", q(m.missionCode)}, {"name", q(m.missionName)}, {"days", m.days}});
        return {{"officerId", officerId},
                {"name", q(s.officer.givenName + " " + s.officer.familyName)},
                {"serviceNumber", q(s.officer.serviceNumber)},
                {"tours", tours},
                {"perMission", perMission},
                {"totalDays", s.totalDays},
                {"servedTours", int(s.tours.size())}};
    } catch (const sdk::Error& e) {
        return {{"error", q(e.what())}};
    }
}

QVariantMap MissionsBackend::saveStatement(const QUrl& file, qint64 officerId)
{
    QString error;
    officerId = resolveOfficer(officerId, error);
    if (officerId < 0)
        return message(error);
    const QString path = file.toString(QUrl::PreferLocalFile);
    try {
        writeStatementPdf(buildStatement(m_context, sdk::OfficerId(officerId), m_context.today()),
                          path);
        sdk::recordExport(m_context.audit(), "the statement of service abroad", "pdf",
                          path.toStdString(), "officer", officerId);
        return {{"ok", true}, {"path", path}};
    } catch (const sdk::Error& e) {
        return message(q(e.what()));
    }
}

} // namespace contingent::missions
