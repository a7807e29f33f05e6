#include "rosterbackend.h"

#include "profileform.h"
#include "rosterchecks.h"
#include "rosterfilter.h"
#include "rosterimport.h"
#include "rosterrecords.h"

#include <QCoreApplication>
#include <contingent/sdk/background.h>
#include <contingent/sdk/page.h>
#include <contingent/sdk/tables.h>

#include <QFile>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>

namespace contingent::rosters {

namespace {

std::vector<sdk::SqlColumn> officerColumns()
{
    return {
        sdk::orderedAsIs({QCoreApplication::translate("contingent::rosters", "Service no."),
                          "o.service_number"}),
        {QCoreApplication::translate("contingent::rosters", "Name"),
         "o.family_name || ', ' || o.given_name"},
        {QCoreApplication::translate("contingent::rosters", "Rank"), rankTitleSql("o.rank")},
        {QCoreApplication::translate("contingent::rosters", "Unit"), "o.unit"},
        {QCoreApplication::translate("contingent::rosters", "Languages"),
         "coalesce((SELECT group_concat(l.language || ' ' || l.level, ', ') FROM "
         "rosters_language l WHERE l.officer_id = o.id), '')"},
        {QCoreApplication::translate("contingent::rosters", "Status"),
         "CASE o.active WHEN 1 THEN '"
             + QCoreApplication::translate("contingent::rosters", "active").toStdString()
             + "' ELSE '"
             + QCoreApplication::translate("contingent::rosters", "inactive").toStdString()
             + "' END",
         false},
    };
}

QStringList column(sdk::Database& db, const std::string& sql)
{
    QStringList out;
    sdk::Statement st(db, sql);
    while (st.step())
        out << QString::fromStdString(st.text(0));
    return out;
}

QVariantMap failure(const QString& field, const QString& message)
{
    return {{"ok", false}, {"errors", QVariantMap{{field, message}}}};
}

QVariantMap message(const QString& text)
{
    return {{"ok", false}, {"message", text}};
}

} // namespace

RosterBackend::RosterBackend(sdk::Context& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&context.changes(), &sdk::ChangeNotifier::changed, this, [this](const QString& entity) {
        if (entity != QLatin1String("officer") && !entity.startsWith(QLatin1String("rosters.")))
            return;
        // One refresh for a burst of changes (a save announces several).
        if (!m_refreshQueued) {
            m_refreshQueued = true;
            QMetaObject::invokeMethod(this, &RosterBackend::refresh, Qt::QueuedConnection);
        }
    });
}

RosterBackend::~RosterBackend() = default;

QObject* RosterBackend::officers()
{
    if (!m_officers) {
        m_officers = std::make_unique<sdk::SqlTableModel>(m_context.store(), "officer o", "o.id",
                                                          officerColumns());
        m_officers->sort(1, Qt::AscendingOrder);
    }
    return m_officers.get();
}

QStringList RosterBackend::unavailabilityKinds() const
{
    QStringList out;
    for (const std::string& k : rosters::unavailabilityKinds())
        out << QString::fromStdString(k);
    return out;
}

bool RosterBackend::canEdit() const
{
    return sdk::canEdit(m_context.user().role);
}

bool RosterBackend::isOfficer() const
{
    return m_context.user().role == sdk::Role::Officer;
}

qint64 RosterBackend::ownOfficerId() const
{
    return m_context.user().officerId.value_or(sdk::OfficerId(-1)).value();
}

QString RosterBackend::today() const
{
    return QString::fromStdString(m_context.today().toIso());
}

template <typename T>
const T& RosterBackend::lazily(sdk::RevisionedRead<T>& slot,
                               std::function<T(sdk::Database&)> read) const
{
    // A big roster is read on a worker with its own connection; the window's first frame
    // does not wait (the card is busy, the filters fill in). A change while it reads asks again.
    auto* self = const_cast<RosterBackend*>(this);
    sdk::Database& store = m_context.store();
    return slot.value(
        self, store, m_revision,
        [&] { return sdk::holdsAtLeast(store, "officer", m_backgroundFrom); }, std::move(read),
        [self] { emit self->countsChanged(); });
}

const RosterBackend::Summary& RosterBackend::summary() const
{
    if (!m_summary.due(m_revision)) // each property of the card asks: no settings read then
        return m_summary.last();
    const sdk::Date today = m_context.today();
    const int years = competencyYearsOrDefault(m_context);
    return lazily<Summary>(
        m_summary, [today, years](sdk::Database& db) { return readSummary(db, today, years); });
}

const RosterBackend::Choices& RosterBackend::choices() const
{
    return lazily<Choices>(m_choices, &RosterBackend::readChoices);
}

void RosterBackend::refresh()
{
    m_refreshQueued = false;
    // What was read is read again when next asked (on a worker for a big roster): the views
    // ask at countsChanged().
    ++m_revision;
    if (m_officers)
        m_officers->refresh();
    emit countsChanged();
}

RosterBackend::Summary RosterBackend::readSummary(sdk::Database& db, sdk::Date today,
                                                  int competencyYears)
{
    Summary s;
    s.officerCount = int(db.queryValue<std::int64_t>("SELECT count(*) FROM officer").value_or(0));
    s.activeCount = int(
        db.queryValue<std::int64_t>("SELECT count(*) FROM officer WHERE active = 1").value_or(0));
    s.languageCount =
        int(db.queryValue<std::int64_t>("SELECT count(DISTINCT language) FROM rosters_language "
                                        "WHERE level IN ('B2', 'C1', 'C2')")
                .value_or(0));
    readLapsing(db, today, competencyYears, s);
    return s;
}

RosterBackend::Choices RosterBackend::readChoices(sdk::Database& db)
{
    Choices c;
    c.ranks = column(db, "SELECT DISTINCT rank FROM officer WHERE rank <> '' ORDER BY "
                             + sdk::alphabeticalOrder("rank"));
    for (const QString& rank : c.ranks)
        c.rankTitles << rankTitle(rank.toStdString());
    c.units = column(db, "SELECT DISTINCT unit FROM officer WHERE unit <> '' ORDER BY "
                             + sdk::alphabeticalOrder("unit"));
    c.skills = column(db, "SELECT DISTINCT skill FROM rosters_skill ORDER BY "
                              + sdk::alphabeticalOrder("skill"));
    c.languages = column(db, "SELECT DISTINCT language FROM rosters_language ORDER BY language");
    return c;
}

void RosterBackend::readLapsing(sdk::Database& db, sdk::Date today, int competencyYears,
                                Summary& summary)
{
    // A test lapses the day after its last valid day (Police Act Art. 71); the
    // SQL window is a little wider than needed, the C++ decides exactly.
    struct Lapse {
        sdk::Date date;
        std::string name;
        bool passport;
        std::int64_t id;
    };
    const int years = competencyYears;
    const sdk::Date horizon = today.addDays(kLapsingDays);
    std::vector<Lapse> found;
    sdk::Statement tests(db,
                         "SELECT o.id, o.family_name || ', ' || o.given_name, p.competency_test "
                         "FROM rosters_profile p JOIN officer o ON o.id = p.officer_id "
                         "WHERE o.active = 1 AND p.competency_test BETWEEN ? AND ?");
    tests.bindAll(today.addMonths(-12 * years).addDays(-2),
                  horizon.addMonths(-12 * years).addDays(2));
    while (tests.step()) {
        const sdk::Date lapses =
            competencyValidUntil(sdk::Date::fromIso(tests.text(2)), years).addDays(1);
        if (today <= lapses && lapses <= horizon)
            found.push_back({lapses, tests.text(1), false, tests.int64(0)});
    }
    sdk::Statement passports(db, "SELECT o.id, o.family_name || ', ' || o.given_name, "
                                 "p.passport_expiry FROM rosters_profile p JOIN officer o "
                                 "ON o.id = p.officer_id WHERE o.active = 1 "
                                 "AND p.passport_expiry BETWEEN ? AND ?");
    passports.bindAll(today, horizon);
    while (passports.step())
        found.push_back(
            {sdk::Date::fromIso(passports.text(2)), passports.text(1), true, passports.int64(0)});
    std::sort(found.begin(), found.end(), [](const Lapse& a, const Lapse& b) {
        return std::tie(a.date, a.name) < std::tie(b.date, b.name);
    });
    summary.lapsingCount = int(found.size());
    // Already lapsed: a passport expired, or a test whose validity (Art. 71) ended, before today.
    sdk::Statement lapsed(db, "SELECT p.competency_test, p.passport_expiry < ?1 "
                              "FROM rosters_profile p JOIN officer o ON o.id = p.officer_id "
                              "WHERE o.active = 1 AND (p.passport_expiry < ?1 "
                              "OR p.competency_test < ?2)");
    lapsed.bindAll(today, today.addMonths(-12 * years).addDays(2));
    while (lapsed.step())
        summary.lapsedCount +=
            lapsed.int64(1) != 0
            || (!lapsed.isNull(0)
                && competencyValidUntil(sdk::Date::fromIso(lapsed.text(0)), years) < today);
    for (std::size_t i = 0; i < found.size() && i < 50; ++i)
        summary.lapsing.append(
            QVariantMap{{"officer_id", qint64(found[i].id)},
                        {"name", QString::fromStdString(found[i].name)},
                        {"what", found[i].passport ? tr("passport") : tr("competency test")},
                        {"date", QString::fromStdString(found[i].date.toIso())}});
}

QString RosterBackend::setFilters(const QVariantMap& filters)
{
    try {
        const SqlCondition c = rosterFilter(filters);
        // The filters say what they are each time one of them is set (the page sets them
        // all as it is made, and again as their choices come in): the table reads again
        // only when the condition changes (the page read the big roster 10 times before
        // its first frame, 40 ms).
        if (c == m_condition)
            return {};
        static_cast<sdk::SqlTableModel*>(officers())->setCondition(c.where, c.args);
        m_condition = c;
        return {};
    } catch (const sdk::Error& e) {
        return QString::fromUtf8(e.what());
    }
}

QVariantMap RosterBackend::profile(qint64 officerId)
{
    if (isOfficer() && officerId != ownOfficerId())
        return {};
    if (!m_context.user().registered)
        return {};
    try {
        const int years = competencyYearsOrDefault(m_context);
        return toForm(loadProfile(m_context, sdk::OfficerId(officerId)), years);
    } catch (const sdk::Error&) {
        return {};
    }
}

QVariantMap RosterBackend::newProfile() const
{
    OfficerProfile p;
    p.officer.gender = "F";
    QVariantMap form = toForm(p, 3);
    form.insert(QStringLiteral("gender"), QString());
    return form;
}

QString RosterBackend::refusal() const
{
    return tr("Your role (%1) cannot change the roster.")
        .arg(QString::fromStdString(std::string(sdk::toString(m_context.user().role))));
}

QVariantMap RosterBackend::refused() const
{
    return failure(QString(), refusal());
}

QVariantMap RosterBackend::attempt(qint64 officerId, const std::function<qint64()>& write)
{
    try {
        sdk::Transaction tx(m_context.store());
        const qint64 id = write();
        tx.commit();
        emit profileChanged(id ? id : officerId);
        return {{"ok", true}, {"id", id}};
    } catch (const sdk::Error& e) {
        const QString message = QString::fromUtf8(e.what());
        return failure(fieldOfError(message), message);
    }
}

QVariantMap RosterBackend::saveProfile(const QVariantMap& form)
{
    if (!canEdit())
        return refused();
    OfficerProfile p;
    const QVariantMap errors = fromForm(form, m_context.today(), p);
    if (!errors.isEmpty())
        return {{"ok", false}, {"errors", errors}};
    return attempt(p.officer.id.value(),
                   [&] { return qint64(rosters::saveProfile(m_context, p).value()); });
}

QVariantMap RosterBackend::checkProfile(const QVariantMap& form) const
{
    OfficerProfile p;
    return fromForm(form, m_context.today(), p);
}

QString RosterBackend::emailProblem(const QString& email) const
{
    const std::string text = email.trimmed().toStdString();
    return text.empty() || isEmailAddress(text) ? QString() : tr("Not an e-mail address.");
}

QVariantMap RosterBackend::saveOwnEmail(const QString& email)
{
    const qint64 id = ownOfficerId();
    if (!m_context.user().registered || id < 0)
        return failure(QString(), tr("Your login is not linked to an officer record."));
    const std::string text = email.trimmed().toStdString();
    if (const QString problem = emailProblem(email); !problem.isEmpty())
        return failure(QStringLiteral("email"), problem);
    return attempt(id, [&] {
        auto officers = m_context.officers();
        sdk::Officer o = officers.get(sdk::OfficerId(id));
        o.email = text;
        officers.update(o);
        return id;
    });
}

QVariantMap RosterBackend::addCourse(qint64 officerId, const QVariantMap& form)
{
    if (!canEdit())
        return refused();
    QVariantMap errors;
    const auto issued = sdk::Date::tryFromIso(form.value("issued").toString().toStdString());
    if (!issued)
        errors.insert("issued", tr("Enter the date as YYYY-MM-DD."));
    std::optional<sdk::Date> expires;
    if (const QString e = form.value("expires").toString().trimmed(); !e.isEmpty()) {
        expires = sdk::Date::tryFromIso(e.toStdString());
        if (!expires)
            errors.insert("expires", tr("Enter the date as YYYY-MM-DD, or leave it empty."));
        else if (issued && *expires < *issued)
            errors.insert("expires", tr("It cannot expire before it was issued."));
    }
    if (form.value("name").toString().trimmed().isEmpty())
        errors.insert("name", tr("Required."));
    if (!errors.isEmpty())
        return {{"ok", false}, {"errors", errors}};
    return attempt(officerId, [&] {
        rosters::addCourse(m_context.store(), sdk::OfficerId(officerId),
                           {0, form.value("name").toString().toStdString(), *issued, expires});
        m_context.audit().record("add course", "rosters.profile", officerId);
        return officerId;
    });
}

QVariantMap RosterBackend::removeCourse(qint64 officerId, qint64 courseId)
{
    if (!canEdit())
        return refused();
    return attempt(officerId, [&] {
        rosters::removeCourse(m_context.store(), sdk::OfficerId(officerId), courseId);
        m_context.audit().record("remove course", "rosters.profile", officerId);
        return officerId;
    });
}

QVariantMap RosterBackend::addUnavailability(qint64 officerId, const QVariantMap& form)
{
    if (!canEdit())
        return refused();
    QVariantMap errors;
    const auto first = sdk::Date::tryFromIso(form.value("first_day").toString().toStdString());
    const auto last = sdk::Date::tryFromIso(form.value("last_day").toString().toStdString());
    if (!first)
        errors.insert("first_day", tr("Enter the date as YYYY-MM-DD."));
    if (!last)
        errors.insert("last_day", tr("Enter the date as YYYY-MM-DD."));
    else if (first && *last < *first)
        errors.insert("last_day", tr("The last day comes before the first."));
    if (!errors.isEmpty())
        return {{"ok", false}, {"errors", errors}};
    return attempt(officerId, [&] {
        rosters::addUnavailability(m_context.store(), sdk::OfficerId(officerId),
                                   {0, form.value("kind").toString().toStdString(),
                                    sdk::Period(*first, *last),
                                    form.value("note").toString().toStdString()});
        m_context.audit().record("add unavailability", "rosters.profile", officerId);
        return officerId;
    });
}

QVariantMap RosterBackend::removeUnavailability(qint64 officerId, qint64 periodId)
{
    if (!canEdit())
        return refused();
    return attempt(officerId, [&] {
        rosters::removeUnavailability(m_context.store(), sdk::OfficerId(officerId), periodId);
        m_context.audit().record("remove unavailability", "rosters.profile", officerId);
        return officerId;
    });
}

QVariantMap RosterBackend::importFile(const QUrl& file, const QString& encoding)
{
    if (!canEdit())
        return message(refusal());
    const QString path = file.toString(QUrl::PreferLocalFile); // a dialog's URL or a path
    try {
        const RosterFormat format = formatFromName(path.toStdString());
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return message(tr("Cannot read %1: %2").arg(path, in.errorString()));
        QByteArray bytes = in.readAll();
        if (!encoding.isEmpty())
            bytes = sdk::textAsUtf8(bytes, encoding.toStdString());
        const ImportReport report = importRoster(m_context, bytes, format);
        if (report.ok())
            return {{"ok", true}, {"added", report.added}, {"updated", report.updated}};
        QVariantList problems;
        for (const ImportProblem& p : report.problems)
            problems.append(QVariantMap{{"line", p.line},
                                        {"column", QString::fromStdString(p.column)},
                                        {"reason", QString::fromStdString(p.reason)}});
        QVariantMap result = message(
            tr("Nothing was written: the file has %n problem(s).", "", int(problems.size())));
        result.insert("problems", problems);
        result.insert("text", QString::fromStdString(describe(report)));
        // The dialog offers to read it again as Windows-1250 when the reader says it is that.
        result.insert(
            "windows1250",
            std::any_of(report.problems.begin(), report.problems.end(), [](const ImportProblem& p) {
                return p.line == 0 && p.reason.find("Windows-1250") != std::string::npos;
            }));
        result.insert("format", format == RosterFormat::Json   ? "json"
                                : format == RosterFormat::Xlsx ? "xlsx"
                                                               : "csv");
        return result;
    } catch (const sdk::Error& e) {
        return message(QString::fromUtf8(e.what()));
    }
}

QVariantMap RosterBackend::exportFile(const QUrl& file, const QString& format)
{
    if (!m_context.user().registered)
        return message(tr("Your login is not registered; it cannot export the roster."));
    if (isOfficer())
        return message(
            tr("Your role (%1) cannot export the roster.")
                .arg(QString::fromStdString(std::string(sdk::toString(m_context.user().role)))));
    const QString path = file.toString(QUrl::PreferLocalFile);
    try {
        auto& db = m_context.store();
        const QByteArray bytes =
            exportRoster(db, formatFromName((format.isEmpty() ? path : format).toStdString()),
                         sdk::spreadsheetDateFormat(QLocale()));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return message(tr("Cannot write %1: %2").arg(path, out.errorString()));
        const auto count = db.queryValue<std::int64_t>("SELECT count(*) FROM officer").value_or(0);
        sdk::recordExport(m_context.audit(), "the roster", format.toStdString(),
                          path.toStdString());
        return {{"ok", true}, {"count", qint64(count)}, {"path", path}};
    } catch (const sdk::Error& e) {
        return message(QString::fromUtf8(e.what()));
    }
}

} // namespace contingent::rosters
