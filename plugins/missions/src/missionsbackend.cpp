#include "missionsbackend.h"

#include "catalogue.h"
#include "missionrecords.h"
#include "missionstats.h"
#include "statement.h"
#include "tourfile.h"

#include <contingent/sdk/page.h>

#include <QFile>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QSaveFile>

#include <chrono>
#include <cstring>
#include <map>

namespace contingent::missions {

namespace {

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QVariantMap failure(const QString& field, const QString& message)
{
    return {{"ok", false}, {"errors", QVariantMap{{field, message}}}};
}

QVariantMap message(const QString& text)
{
    return {{"ok", false}, {"message", text}};
}

/// The field an SDK or missions message names ("time_zone: ..."), or "".
QVariantMap errorFrom(const std::string& text, const QStringList& fields)
{
    const QString message = QString::fromUtf8(text.c_str());
    const int colon = message.indexOf(QLatin1String(": "));
    if (colon > 0 && fields.contains(message.left(colon)))
        return failure(message.left(colon), message.mid(colon + 2));
    return failure(QString(), message);
}

/// The data words the pages show (risk levels, tour statuses), marked for translation.
constexpr const char* kWords[] = {
    QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "low"),
    QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "medium"),
    QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "high"),
    QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "planned"),
    QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "proposed"),
    QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "approved"),
    QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "active"),
    QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "completed"),
    QT_TRANSLATE_NOOP("contingent::missions::MissionsBackend", "cancelled")};

/// `expression` shown in the user's language: CASE ... WHEN 'high' THEN 'visoko' ... END.
std::string translated(const std::string& expression)
{
    std::string out = "CASE " + expression;
    for (const char* word : kWords) {
        std::string text = MissionsBackend::tr(word).toStdString();
        for (std::size_t at = text.find('\''); at != std::string::npos;
             at = text.find('\'', at + 2))
            text.insert(at, 1, '\'');
        out += std::string(" WHEN '") + word + "' THEN '" + text + "'";
    }
    return out + " ELSE " + expression + " END";
}

std::vector<sdk::SqlColumn> missionColumns()
{
    return {{QObject::tr("Code"), "m.code"},
            {QObject::tr("Name"), "m.name"},
            {QObject::tr("Organisation"), "m.organisation"},
            {QObject::tr("Country"), "m.host_country"},
            {QObject::tr("Start"), "m.start_date"},
            {QObject::tr("End"), "coalesce(m.end_date, '')"},
            {QObject::tr("Risk"), translated("coalesce(f.risk_level, 'medium')")}};
}

std::vector<sdk::SqlColumn> tourColumns()
{
    return {{QObject::tr("Officer"), "o.family_name || ', ' || o.given_name"},
            {QObject::tr("Service no."), "o.service_number"},
            {QObject::tr("Position"), "d.position"},
            {QObject::tr("First day"), "d.first_day"},
            {QObject::tr("Last day"), "d.last_day"},
            {QObject::tr("Status"), translated("d.status")},
            {QObject::tr("Host supervisor"), "coalesce(t.host_supervisor, '')"},
            {QObject::tr("Returns to"), "coalesce(t.return_position, '')"}};
}

QString toneOf(sdk::DeploymentStatus status)
{
    switch (status) {
    case sdk::DeploymentStatus::Active:
        return QStringLiteral("success");
    case sdk::DeploymentStatus::Completed:
        return QStringLiteral("neutral");
    case sdk::DeploymentStatus::Cancelled:
        return QStringLiteral("warning");
    default:
        return QStringLiteral("info");
    }
}

QVariantMap tourMap(const TourView& v, int days = -1)
{
    const sdk::Deployment& d = v.tour.deployment;
    QVariantMap m{{"id", qint64(d.id)},
                  {"officerId", qint64(d.officerId)},
                  {"missionId", qint64(d.missionId)},
                  {"officer", q(v.officerName)},
                  {"serviceNumber", q(v.serviceNumber)},
                  {"mission", q(v.missionCode)},
                  {"missionName", q(v.missionName)},
                  {"organisation", q(v.organisation)},
                  {"country", q(v.hostCountry)},
                  {"position", q(d.position)},
                  {"firstDay", q(d.period.first().toIso())},
                  {"lastDay", q(d.period.last().toIso())},
                  {"status", q(sdk::toString(d.status))},
                  {"hostSupervisor", q(v.tour.hostSupervisor)},
                  {"returnPosition", q(v.tour.returnPosition)}};
    if (days >= 0)
        m.insert("days", days);
    return m;
}

/// A read that failed (a busy or broken store): logged, and the page shows nothing.
template <typename T> T readFailed(const std::exception& e, T fallback)
{
    qWarning("missions: cannot read the store: %s", e.what());
    return fallback;
}

} // namespace

MissionsBackend::MissionsBackend(sdk::Context& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_missions(context.store(), "mission m LEFT JOIN missions_mission f ON f.mission_id = m.id",
                 "m.id", missionColumns())
    , m_tours(context.store(),
              "deployment d JOIN officer o ON o.id = d.officer_id "
              "LEFT JOIN missions_tour t ON t.deployment_id = d.id",
              "d.id", tourColumns())
{
    m_tours.setCondition("d.mission_id = ?", {"0"});
    m_missions.sort(4);
    connect(&context.changes(), &sdk::ChangeNotifier::changed, this, [this](const QString& entity) {
        if (entity == QLatin1String("mission") || entity == QLatin1String("deployment")
            || entity == QLatin1String("officer"))
            QMetaObject::invokeMethod(this, &MissionsBackend::refresh, Qt::QueuedConnection);
    });
}

QStringList MissionsBackend::organisations() const
{
    QStringList out;
    for (std::string_view o : kOrganisations)
        out << q(o);
    return out;
}

QStringList MissionsBackend::riskLevels() const
{
    QStringList out;
    for (std::string_view r : kRiskLevels)
        out << q(r);
    return out;
}

QStringList MissionsBackend::statuses() const
{
    return {"planned", "proposed", "approved", "active", "completed", "cancelled"};
}

QStringList MissionsBackend::countries()
{
    if (!m_listsRead) {
        m_listsRead = true;
        m_countries.clear();
        m_missionChoices.clear();
        try {
            for (sdk::Statement st(m_context.store(), "SELECT DISTINCT host_country FROM mission "
                                                      "WHERE host_country <> '' ORDER BY 1");
                 st.step();)
                m_countries << q(st.textView(0));
            for (sdk::Statement st(m_context.store(),
                                   "SELECT id, code, name FROM mission ORDER BY code");
                 st.step();)
                m_missionChoices.append(QVariantMap{{"id", qint64(st.int64(0))},
                                                    {"code", q(st.textView(1))},
                                                    {"name", q(st.textView(2))}});
        } catch (const std::exception& e) {
            m_listsRead = false; // try again next time
            readFailed(e, 0);
        }
    }
    return m_countries;
}

QVariantList MissionsBackend::missionChoices()
{
    countries();
    return m_missionChoices;
}

bool MissionsBackend::canEdit() const
{
    return m_context.user().registered && sdk::canEdit(m_context.user().role);
}

bool MissionsBackend::isOfficer() const
{
    return m_context.user().role == sdk::Role::Officer;
}

QString MissionsBackend::word(const QString& value) const
{
    const QByteArray key = value.toUtf8();
    for (const char* w : kWords)
        if (key == w)
            return tr(w);
    return value;
}

QString MissionsBackend::today() const
{
    return q(m_context.today().toIso());
}

QVariantMap MissionsBackend::refused() const
{
    return failure(QString(), tr("Your role (%1) cannot change missions or tours.")
                                  .arg(q(sdk::toString(m_context.user().role))));
}

QString MissionsBackend::setFilters(const QVariantMap& filters)
{
    std::string where = "1";
    std::vector<std::string> args;
    const QString organisation = filters.value("organisation").toString();
    const QString country = filters.value("country").toString();
    const QString year = filters.value("year").toString().trimmed();
    if (!organisation.isEmpty()) {
        where += " AND m.organisation = ?";
        args.push_back(organisation.toStdString());
    }
    if (!country.isEmpty()) {
        where += " AND m.host_country = ?";
        args.push_back(country.toStdString());
    }
    if (!year.isEmpty()) {
        bool ok = false;
        const int y = year.toInt(&ok);
        if (!ok || y < 1900 || y > 2200)
            return tr("Enter a year such as 2008.");
        where += " AND m.start_date <= ? AND (m.end_date IS NULL OR m.end_date >= ?)";
        args.push_back(std::to_string(y) + "-12-31");
        args.push_back(std::to_string(y) + "-01-01");
    }
    m_missions.setCondition(where, args);
    return {};
}

QVariantMap MissionsBackend::mission(qint64 missionId)
{
    try {
        const auto info = MissionBook(m_context).find(missionId);
        if (!info)
            return {};
        const sdk::Mission& m = info->mission;
        const auto now = std::chrono::system_clock::now();
        const auto tours =
            m_context.store()
                .queryValue<std::int64_t>("SELECT count(*) FROM deployment WHERE mission_id = ?",
                                          std::int64_t(missionId))
                .value_or(0);
        return {{"id", qint64(m.id)},
                {"code", q(m.code)},
                {"name", q(m.name)},
                {"organisation", q(m.organisation)},
                {"country", q(m.hostCountry)},
                {"startDate", q(m.startDate.toIso())},
                {"endDate", m.endDate ? q(m.endDate->toIso()) : QString()},
                {"timeZone", q(info->timeZone)},
                {"riskLevel", q(info->riskLevel)},
                {"source", q(info->source)},
                {"localDate", q(localDate(info->timeZone, now).toIso())},
                {"tourCount", qint64(tours)}};
    } catch (const std::exception& e) {
        return readFailed(e, QVariantMap{});
    }
}

void MissionsBackend::selectMission(qint64 missionId)
{
    if (isOfficer())
        missionId = 0; // officers see their own tours, on their own page
    m_tours.setCondition("d.mission_id = ?", {std::to_string(missionId)});
}

QVariantMap MissionsBackend::saveMission(const QVariantMap& form)
{
    if (!canEdit())
        return refused();
    MissionInfo info;
    sdk::Mission& m = info.mission;
    m.id = form.value("id").toLongLong();
    m.code = sdk::trimmed(form.value("code").toString().toStdString());
    m.name = sdk::trimmed(form.value("name").toString().toStdString());
    m.organisation = form.value("organisation").toString().toStdString();
    m.hostCountry = sdk::trimmed(form.value("country").toString().toStdString());
    info.timeZone = sdk::trimmed(form.value("timeZone").toString().toStdString());
    info.riskLevel = form.value("riskLevel").toString().toStdString();
    info.source = sdk::trimmed(form.value("source").toString().toStdString());
    QVariantMap errors;
    const auto start =
        sdk::Date::tryFromIso(form.value("startDate").toString().trimmed().toStdString());
    if (!start)
        errors.insert("startDate", tr("Enter the first day as YYYY-MM-DD."));
    const QString end = form.value("endDate").toString().trimmed();
    if (!end.isEmpty()) {
        m.endDate = sdk::Date::tryFromIso(end.toStdString());
        if (!m.endDate)
            errors.insert("endDate", tr("Enter the last day as YYYY-MM-DD, or leave it empty."));
    }
    if (!errors.isEmpty())
        return {{"ok", false}, {"errors", errors}};
    m.startDate = *start;
    try {
        sdk::Transaction tx(m_context.store());
        MissionBook book(m_context);
        if (m.id > 0)
            book.update(info);
        else
            m.id = book.add(info);
        tx.commit();
        return {{"ok", true}, {"id", qint64(m.id)}};
    } catch (const sdk::Error& e) {
        // "time_zone: ..." names the field; the form's names are camelCase.
        std::string text = e.what();
        for (auto [from, to] :
             {std::pair{"time_zone: ", "timeZone: "}, std::pair{"risk_level: ", "riskLevel: "},
              std::pair{"end_date: ", "endDate: "}, std::pair{"mission: code ", "code: "}})
            if (text.starts_with(from))
                text = to + text.substr(std::strlen(from));
        return errorFrom(text,
                         {"code", "name", "organisation", "timeZone", "riskLevel", "endDate"});
    }
}

QVariantMap MissionsBackend::tour(qint64 tourId)
{
    if (isOfficer())
        return QVariantMap{};
    try {
        const auto v = TourBook(m_context).find(tourId);
        return v ? tourMap(*v) : QVariantMap{};
    } catch (const std::exception& e) {
        return readFailed(e, QVariantMap{});
    }
}

QVariantMap MissionsBackend::newTour(qint64 missionId)
{
    const auto info = MissionBook(m_context).find(missionId);
    QVariantMap m{{"id", 0},
                  {"missionId", missionId},
                  {"mission", info ? q(info->mission.code) : QString()},
                  {"officerId", 0},
                  {"officer", QString()},
                  {"position", QString()},
                  {"firstDay", QString()},
                  {"lastDay", QString()},
                  {"status", QStringLiteral("planned")},
                  {"hostSupervisor", QString()},
                  {"returnPosition", QString()}};
    return m;
}

QVariantMap MissionsBackend::saveTour(const QVariantMap& form)
{
    if (!canEdit())
        return refused();
    QVariantMap errors;
    const qint64 officerId = form.value("officerId").toLongLong();
    if (officerId <= 0)
        errors.insert("officer", tr("Choose the officer."));
    const auto first =
        sdk::Date::tryFromIso(form.value("firstDay").toString().trimmed().toStdString());
    const auto last =
        sdk::Date::tryFromIso(form.value("lastDay").toString().trimmed().toStdString());
    if (!first)
        errors.insert("firstDay", tr("Enter the first day as YYYY-MM-DD."));
    if (!last)
        errors.insert("lastDay", tr("Enter the last day as YYYY-MM-DD."));
    if (first && last && *last < *first)
        errors.insert("lastDay", tr("The last day comes before the first day."));
    sdk::DeploymentStatus status = sdk::DeploymentStatus::Planned;
    try {
        status = sdk::deploymentStatusFromString(form.value("status").toString().toStdString());
    } catch (const sdk::InputError&) {
        errors.insert("status", tr("Choose a status."));
    }
    if (!errors.isEmpty())
        return {{"ok", false}, {"errors", errors}};
    Tour t{{form.value("id").toLongLong(), officerId, form.value("missionId").toLongLong(),
            sdk::trimmed(form.value("position").toString().toStdString()),
            sdk::Period(*first, *last), status},
           form.value("hostSupervisor").toString().toStdString(),
           form.value("returnPosition").toString().toStdString()};
    const auto problems = tourProblems(m_context.store(), t);
    if (!problems.empty()) {
        QStringList text;
        for (const std::string& p : problems)
            text << q(p);
        return failure(QStringLiteral("firstDay"), text.join(QLatin1Char('\n')));
    }
    try {
        sdk::Transaction tx(m_context.store());
        TourBook tours(m_context);
        if (t.deployment.id > 0)
            tours.update(t);
        else
            t.deployment.id = tours.add(t);
        tx.commit();
        return {{"ok", true}, {"id", qint64(t.deployment.id)}};
    } catch (const sdk::Error& e) {
        return failure(QString(), q(e.what()));
    }
}

QVariantMap MissionsBackend::removeTour(qint64 tourId)
{
    if (!canEdit())
        return refused();
    try {
        sdk::Transaction tx(m_context.store());
        TourBook(m_context).remove(tourId);
        tx.commit();
        return {{"ok", true}};
    } catch (const sdk::Error& e) {
        return message(q(e.what()));
    }
}

QVariantList MissionsBackend::findOfficers(const QString& text)
{
    if (isOfficer())
        return QVariantList{};
    try {
        QVariantList out;
        const std::string like = "%" + text.trimmed().toStdString() + "%";
        sdk::Statement st(
            m_context.store(),
            "SELECT id, service_number, family_name || ', ' || given_name FROM officer "
            "WHERE service_number LIKE ?1 OR family_name || ', ' || given_name LIKE ?1 "
            "OR given_name || ' ' || family_name LIKE ?1 "
            "ORDER BY family_name, given_name LIMIT 30");
        st.bindAll(like);
        while (st.step())
            out.append(QVariantMap{{"id", qint64(st.int64(0))},
                                   {"serviceNumber", q(st.textView(1))},
                                   {"name", q(st.textView(2))},
                                   {"label", q(st.textView(2)) + QStringLiteral(" (")
                                                 + q(st.textView(1)) + QLatin1Char(')')}});
        return out;
    } catch (const std::exception& e) {
        return readFailed(e, QVariantList{});
    }
}

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
        if (afterDay.isEmpty())
            page.insert("total",
                        qint64(db.queryValue<std::int64_t>(
                                     "SELECT count(*) FROM deployment WHERE mission_id = ?",
                                     std::int64_t(missionId))
                                   .value_or(0)));
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
        return readFailed(e, QVariantMap{});
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
        return readFailed(e, QVariantList{});
    }
}

namespace {

QVariantMap tableMap(const StatTable& t)
{
    QVariantList columns, rows;
    for (const std::string& c : t.columns)
        columns.append(q(c));
    for (const StatRow& r : t.rows) {
        QVariantList values;
        for (std::int64_t v : r.values)
            values.append(qint64(v));
        rows.append(QVariantMap{{"label", q(r.label)}, {"values", values}});
    }
    return {{"id", q(t.id)},
            {"title", MissionsBackend::tr(t.title.c_str())},
            {"label", q(t.labelColumn)},
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
    const std::string path = m_context.store().path();
    const sdk::Date today = m_context.today();
    const std::string kind = id.toStdString();
    const auto compute = [](sdk::Database& db, sdk::Date day, const std::string& which) {
        try {
            return tableMap(statistic(db, day, which));
        } catch (const std::exception& e) {
            return QVariantMap{{"id", q(which)}, {"error", q(e.what())}};
        }
    };
    // Up to some 100 000 tours a statistic takes well under a second: at once.
    sdk::Statement count(m_context.store(),
                         "SELECT count(*) FROM (SELECT 1 FROM deployment LIMIT ?)");
    count.bindAll(m_backgroundFrom);
    const bool small = count.step() && count.int64(0) < m_backgroundFrom;
    if (small || path.empty() || path == ":memory:") {
        emit statisticReady(id, compute(m_context.store(), today, kind));
        return;
    }
    ++m_computing;
    emit computingChanged();
    auto* watcher = new QFutureWatcher<QVariantMap>(this);
    connect(watcher, &QFutureWatcher<QVariantMap>::finished, this, [this, watcher, id] {
        --m_computing;
        emit computingChanged();
        emit statisticReady(id, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([=] {
        try {
            sdk::Database db(path, sdk::OpenMode::ReadOnly);
            return compute(db, today, kind);
        } catch (const std::exception& e) {
            return QVariantMap{{"id", q(kind)}, {"error", q(e.what())}};
        }
    }));
}

QVariantMap MissionsBackend::exportStatistic(const QString& id, const QUrl& file)
{
    if (isOfficer())
        return message(tr("The statistics are for staff."));
    const QString path = file.toString(QUrl::PreferLocalFile);
    try {
        const QByteArray csv =
            toCsv(statistic(m_context.store(), m_context.today(), id.toStdString()));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit())
            return message(tr("Cannot write %1: %2").arg(path, out.errorString()));
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
        std::optional<std::int64_t> only;
        if (isOfficer())
            only = m_context.user().officerId.value_or(-1);
        const QByteArray bytes = missions::exportTours(
            m_context.store(),
            sdk::fileFormatFromName((format.isEmpty() ? path : format).toStdString()), only);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return message(tr("Cannot write %1: %2").arg(path, out.errorString()));
        return {{"ok", true}, {"path", path}};
    } catch (const sdk::Error& e) {
        return message(q(e.what()));
    }
}

QVariantList MissionsBackend::abroadToday()
{
    if (isOfficer())
        return QVariantList{};
    try {
        QVariantList out;
        const auto now = std::chrono::system_clock::now();
        const bool fixedDay = m_context.today() != sdk::SystemClock().today();
        sdk::Statement count(
            m_context.store(),
            "SELECT count(DISTINCT officer_id) FROM deployment WHERE mission_id = ?1 "
            "AND status IN ('approved', 'active', 'completed') "
            "AND first_day <= ?2 AND last_day >= ?2");
        for (const MissionInfo& m : MissionBook(m_context).all()) {
            // The mission's own calendar day (a tour in Dili may end before Ljubljana's
            // day does); planning "as if" another day uses that day everywhere.
            const sdk::Date day = fixedDay ? m_context.today() : localDate(m.timeZone, now);
            count.bindAll(std::int64_t(m.mission.id), day);
            if (count.step() && count.int64(0) > 0)
                out.append(QVariantMap{{"id", qint64(m.mission.id)},
                                       {"code", q(m.mission.code)},
                                       {"name", q(m.mission.name)},
                                       {"count", qint64(count.int64(0))},
                                       {"localDate", q(day.toIso())}});
            count.reset();
        }
        return out;
    } catch (const std::exception& e) {
        return readFailed(e, QVariantList{});
    }
}

qint64 MissionsBackend::resolveOfficer(qint64 officerId, QString& error) const
{
    const sdk::CurrentUser& user = m_context.user();
    const qint64 own = user.officerId.value_or(-1);
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
        const ServiceStatement s = buildStatement(m_context, officerId, m_context.today());
        QVariantList tours, perMission;
        for (std::size_t i = 0; i < s.tours.size(); ++i)
            tours.append(tourMap(s.tours[i], s.tourDays[i]));
        for (const TourView& v : TourBook(m_context).forOfficer(officerId))
            if (v.tour.deployment.status != sdk::DeploymentStatus::Cancelled
                && (!isServed(v.tour.deployment.status)
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
        writeStatementPdf(buildStatement(m_context, officerId, m_context.today()), path);
        return {{"ok", true}, {"path", path}};
    } catch (const sdk::Error& e) {
        return message(q(e.what()));
    }
}

void MissionsBackend::refresh()
{
    m_listsRead = false;
    try {
        m_missions.refresh();
        m_tours.refresh();
    } catch (const std::exception& e) {
        readFailed(e, 0);
    }
    ++m_revision;
    emit changed();
}

} // namespace contingent::missions
