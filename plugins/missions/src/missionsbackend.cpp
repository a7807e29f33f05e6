#include "missionsbackend.h"

#include "backendhelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "catalogue.h"
#include "missionrecords.h"
#include "missionstats.h"
#include "statement.h"
#include "tourfile.h"

#include <contingent/sdk/page.h>

#include <QFile>
#include <QSaveFile>

#include <chrono>
#include <cstring>
#include <map>

namespace contingent::missions {

using namespace backend;

namespace {

QVariantMap failure(const QString& field, const QString& message)
{
    return {{"ok", false}, {"errors", QVariantMap{{field, message}}}};
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
    return {
        {QCoreApplication::translate("contingent::missions", "Code"), "m.code"},
        {QCoreApplication::translate("contingent::missions", "Name"), "m.name"},
        {QCoreApplication::translate("contingent::missions", "Organisation"), "m.organisation"},
        {QCoreApplication::translate("contingent::missions", "Country"), "m.host_country"},
        sdk::orderedAsIs(
            {QCoreApplication::translate("contingent::missions", "Start"), "m.start_date"}),
        sdk::orderedAsIs({QCoreApplication::translate("contingent::missions", "End"),
                          "coalesce(m.end_date, '')"}),
        {QCoreApplication::translate("contingent::missions", "Risk"), translated("m.risk_level")}};
}

std::vector<sdk::SqlColumn> tourColumns()
{
    return {{QCoreApplication::translate("contingent::missions", "Officer"),
             "o.family_name || ', ' || o.given_name"},
            sdk::orderedAsIs({QCoreApplication::translate("contingent::missions", "Service no."),
                              "o.service_number"}),
            {QCoreApplication::translate("contingent::missions", "Position"), "d.position"},
            sdk::orderedAsIs(
                {QCoreApplication::translate("contingent::missions", "First day"), "d.first_day"}),
            sdk::orderedAsIs(
                {QCoreApplication::translate("contingent::missions", "Last day"), "d.last_day"}),
            {QCoreApplication::translate("contingent::missions", "Status"), translated("d.status")},
            {QCoreApplication::translate("contingent::missions", "Host supervisor"),
             "coalesce(t.host_supervisor, '')"},
            {QCoreApplication::translate("contingent::missions", "Returns to"),
             "coalesce(t.return_position, '')"}};
}

} // namespace

MissionsBackend::MissionsBackend(sdk::Context& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_missions(context.store(), "mission m LEFT JOIN missions_mission f ON f.mission_id = m.id",
                 "m.id", missionColumns())
    // One mission's tours (none chosen yet): never a count of every tour of
    // the store, which took 300 ms of every start on 500 000 tours.
    , m_tours(context.store(),
              "deployment d JOIN officer o ON o.id = d.officer_id "
              "LEFT JOIN missions_tour t ON t.deployment_id = d.id",
              "d.id", tourColumns(), "d.mission_id = ?", {"0"})
{
    // Every tour has its officer and at most one missions_tour row: the count
    // of a mission's tours needs neither (33 000 officer lookups on a big store).
    m_tours.setCountFrom("deployment d");
    m_missions.sort(4);
    m_tours.sort(3); // a mission's tours by their first day
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

QStringList MissionsBackend::statusesFrom(const QString& current) const
{
    if (current.isEmpty())
        return statuses();
    try {
        const auto from = sdk::deploymentStatusFromString(current.toStdString());
        QStringList out{current};
        for (const QString& s : statuses()) {
            const auto to = sdk::deploymentStatusFromString(s.toStdString());
            if (to != from && !sdk::transitionPath(from, to).empty())
                out << s;
        }
        return out;
    } catch (const sdk::InputError&) {
        return statuses();
    }
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
            readFailed(m_context, e, 0);
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
        const auto info = MissionBook(m_context).find(sdk::MissionId(missionId));
        if (!info)
            return {};
        const sdk::Mission& m = info->mission;
        const auto now = std::chrono::system_clock::now();
        // The mission on show has its tours counted by their list already (on a big store
        // outside the window's page cache: 33 000 index entries, 1 MB of pages): not twice.
        const auto tours = missionId == m_selected && m_tours.filter().isEmpty()
                               ? std::int64_t(m_tours.totalCount())
                               : m_context.store()
                                     .queryValue<std::int64_t>(
                                         "SELECT count(*) FROM deployment WHERE mission_id = ?",
                                         std::int64_t(missionId))
                                     .value_or(0);
        return {{"id", qint64(m.id.value())},
                {"code", q(m.code)},
                {"name", q(m.name)},
                {"organisation", q(m.organisation)},
                {"country", q(m.hostCountry)},
                {"startDate", q(m.startDate.toIso())},
                {"endDate", m.endDate ? q(m.endDate->toIso()) : QString()},
                {"timeZone", q(info->timeZone)},
                {"riskLevel", q(std::string(sdk::toString(m.riskLevel)))},
                {"source", q(info->source)},
                {"localDate", q(localDate(info->timeZone, now).toIso())},
                {"tourCount", qint64(tours)}};
    } catch (const std::exception& e) {
        return readFailed(m_context, e, QVariantMap{});
    }
}

void MissionsBackend::selectMission(qint64 missionId)
{
    if (isOfficer())
        missionId = 0; // officers see their own tours, on their own page
    m_tours.setCondition("d.mission_id = ?", {std::to_string(missionId)});
    m_selected = missionId;
}

QVariantMap MissionsBackend::saveMission(const QVariantMap& form)
{
    if (!canEdit())
        return refused();
    MissionInfo info;
    sdk::Mission& m = info.mission;
    m.id = sdk::MissionId(form.value("id").toLongLong());
    m.code = sdk::trimmed(form.value("code").toString().toStdString());
    m.name = sdk::trimmed(form.value("name").toString().toStdString());
    m.organisation = form.value("organisation").toString().toStdString();
    m.hostCountry = sdk::trimmed(form.value("country").toString().toStdString());
    info.timeZone = sdk::trimmed(form.value("timeZone").toString().toStdString());
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
        m.riskLevel = riskLevelField(form.value("riskLevel").toString().toStdString());
        sdk::Transaction tx(m_context.store());
        MissionBook book(m_context);
        if (m.id.isValid())
            book.update(info);
        else
            m.id = book.add(info);
        tx.commit();
        return {{"ok", true}, {"id", qint64(m.id.value())}};
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
        const auto v = TourBook(m_context).find(sdk::DeploymentId(tourId));
        return v ? tourMap(*v) : QVariantMap{};
    } catch (const std::exception& e) {
        return readFailed(m_context, e, QVariantMap{});
    }
}

QVariantMap MissionsBackend::newTour(qint64 missionId)
{
    const auto info = MissionBook(m_context).find(sdk::MissionId(missionId));
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

std::optional<Tour> MissionsBackend::tourFromForm(const QVariantMap& form,
                                                  QVariantMap& errors) const
{
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
        return std::nullopt;
    return Tour{{sdk::DeploymentId(form.value("id").toLongLong()), sdk::OfficerId(officerId),
                 sdk::MissionId(form.value("missionId").toLongLong()),
                 sdk::trimmed(form.value("position").toString().toStdString()),
                 sdk::Period(*first, *last), status, std::nullopt},
                form.value("hostSupervisor").toString().toStdString(),
                form.value("returnPosition").toString().toStdString()};
}

QVariantMap MissionsBackend::checkTour(const QVariantMap& form)
{
    QVariantMap errors;
    const std::optional<Tour> t = tourFromForm(form, errors);
    if (!t)
        return errors;
    try {
        // The same problems TourBook refuses on save, under the same field.
        QStringList problems;
        for (const std::string& p : tourProblems(m_context.store(), *t, m_context.today()))
            problems << q(p);
        if (!problems.isEmpty())
            errors.insert(QStringLiteral("firstDay"), problems.join(QStringLiteral("; ")));
    } catch (const std::exception& e) {
        return readFailed(m_context, e, errors);
    }
    return errors;
}

QVariantMap MissionsBackend::saveTour(const QVariantMap& form)
{
    if (!canEdit())
        return refused();
    QVariantMap errors;
    const std::optional<Tour> found = tourFromForm(form, errors);
    if (!found)
        return {{"ok", false}, {"errors", errors}};
    Tour t = *found;
    try {
        sdk::Transaction tx(m_context.store());
        TourBook tours(m_context);
        if (t.deployment.id.isValid())
            tours.update(t);
        else
            t.deployment.id = tours.add(t);
        tx.commit();
        return {{"ok", true}, {"id", qint64(t.deployment.id.value())}};
    } catch (const sdk::InputError& e) {
        // The status gate ("tour N: only the approvals plugin...") speaks of
        // the status; TourBook's tourProblems() of the days (outside the
        // mission, an overlap).
        static const QRegularExpression gate(QStringLiteral("^tour \\d+[: ]"));
        const QString message = q(e.what());
        return failure(gate.match(message).hasMatch() ? QStringLiteral("status")
                                                      : QStringLiteral("firstDay"),
                       message);
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
        TourBook(m_context).remove(sdk::DeploymentId(tourId));
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
        return readFailed(m_context, e, QVariantList{});
    }
}

void MissionsBackend::refresh()
{
    m_listsRead = false;
    try {
        m_missions.refresh();
        m_tours.refresh();
    } catch (const std::exception& e) {
        readFailed(m_context, e, 0);
    }
    ++m_revision;
    emit changed();
}

} // namespace contingent::missions
