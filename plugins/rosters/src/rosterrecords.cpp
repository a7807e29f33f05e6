#include "rosterrecords.h"

#include <QCoreApplication>
#include <QStringList>

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace contingent::rosters {

namespace {

std::optional<sdk::Date> optionalDate(const sdk::Statement& st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return sdk::Date::fromIso(st.text(column));
}

std::optional<std::string> isoOrNull(const std::optional<sdk::Date>& d)
{
    return d ? std::optional<std::string>(d->toIso()) : std::nullopt;
}

/// Form input: line breaks around a value go too.
std::string clean(std::string_view s)
{
    return trimmed(s, " \t\r\n");
}

} // namespace

namespace {

/// The ranks the demo roster gives (demoroster.cpp), English in the store.
constexpr const char* kRankTitles[] = {
    QT_TRANSLATE_NOOP("contingent::rosters", "police officer"),
    QT_TRANSLATE_NOOP("contingent::rosters", "senior police officer"),
    QT_TRANSLATE_NOOP("contingent::rosters", "police inspector"),
    QT_TRANSLATE_NOOP("contingent::rosters", "senior police inspector"),
    QT_TRANSLATE_NOOP("contingent::rosters", "police superintendent"),
    QT_TRANSLATE_NOOP("contingent::rosters", "chief police superintendent"),
};

} // namespace

QString rankTitle(std::string_view rank)
{
    for (const char* title : kRankTitles)
        if (rank == title)
            return QCoreApplication::translate("contingent::rosters", title);
    return QString::fromUtf8(rank.data(), qsizetype(rank.size()));
}

std::string rankKey(std::string_view shown)
{
    const QString text = QString::fromUtf8(shown.data(), qsizetype(shown.size()));
    for (const char* title : kRankTitles)
        if (text == QCoreApplication::translate("contingent::rosters", title))
            return title;
    return std::string(shown);
}

std::string rankTitleSql(std::string_view column)
{
    std::string cases;
    for (const char* title : kRankTitles) {
        QString shown = QCoreApplication::translate("contingent::rosters", title);
        if (shown == QLatin1String(title))
            continue;
        cases += std::string(" WHEN '") + title + "' THEN '"
                 + shown.replace('\'', QStringLiteral("''")).toStdString() + "'";
    }
    if (cases.empty())
        return std::string(column);
    return "CASE " + std::string(column) + cases + " ELSE " + std::string(column) + " END";
}

bool isEmailAddress(std::string_view text)
{
    // local@domain.tld: one @, something before it, a domain with a dot
    // that neither starts nor ends it, no white space.
    const auto at = text.find('@');
    if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos
        || text.find_first_of(" \t\r\n") != std::string_view::npos)
        return false;
    const std::string_view domain = text.substr(at + 1);
    const auto dot = domain.find('.');
    return dot != std::string_view::npos && dot > 0 && domain.back() != '.'
           && domain.find("..") == std::string_view::npos;
}

std::string genderCode(std::string_view text)
{
    const QString word = QString::fromUtf8(text.data(), qsizetype(text.size())).trimmed().toLower();
    static const QStringList women{"f", "female", "woman", "ž", "ženska", "z", "zenska"};
    static const QStringList men{"m", "male", "man", "moški", "moski"};
    static const QStringList others{"x", "other", "drugo", "d"};
    if (women.contains(word))
        return "F";
    if (men.contains(word))
        return "M";
    if (others.contains(word))
        return "X";
    return {};
}

const std::vector<std::string>& unavailabilityKinds()
{
    static const std::vector<std::string> kinds{"leave", "medical", "training", "other"};
    return kinds;
}

std::vector<std::string> normalisedSkills(const std::vector<std::string>& skills)
{
    std::vector<std::string> out;
    for (const std::string& raw : skills) {
        const std::string s = clean(raw);
        if (s.empty())
            continue;
        if (s.find(';') != std::string::npos)
            throw sdk::InputError("skill \"" + s + "\" must not contain ';'");
        if (std::find(out.begin(), out.end(), s) == out.end())
            out.push_back(s);
    }
    return out;
}

void setSkills(sdk::Database& db, sdk::OfficerId officerId, const std::vector<std::string>& skills)
{
    const std::vector<std::string> clean = normalisedSkills(skills);
    sdk::Savepoint sp(db);
    db.execute("DELETE FROM rosters_skill WHERE officer_id = ?", officerId);
    sdk::Statement insert(db, "INSERT INTO rosters_skill (officer_id, skill) VALUES (?, ?)");
    for (const std::string& s : clean) {
        insert.bindAll(officerId, s).run();
        insert.reset();
    }
    sp.release();
}

std::vector<std::string> skills(sdk::Database& db, sdk::OfficerId officerId)
{
    sdk::Statement st(db, "SELECT skill FROM rosters_skill WHERE officer_id = ? ORDER BY skill");
    st.bind(1, officerId);
    std::vector<std::string> out;
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

std::string formatSkills(const std::vector<std::string>& skills)
{
    std::string out;
    for (const std::string& s : skills)
        out += (out.empty() ? "" : ";") + s;
    return out;
}

Documents documents(sdk::Database& db, sdk::OfficerId officerId)
{
    sdk::Statement st(db, "SELECT competency_test, passport_number, passport_expiry, "
                          "driving_licence, deployable, not_deployable_reason "
                          "FROM rosters_profile WHERE officer_id = ?");
    st.bind(1, officerId);
    Documents d;
    if (st.step()) {
        d.competencyTest = optionalDate(st, 0);
        d.passportNumber = st.text(1);
        d.passportExpiry = optionalDate(st, 2);
        d.drivingLicence = st.text(3);
        d.deployable = st.integer(4) != 0;
        d.notDeployableReason = st.text(5);
    }
    return d;
}

void setDocuments(sdk::Database& db, sdk::OfficerId officerId, const Documents& d)
{
    if (!d.deployable && clean(d.notDeployableReason).empty())
        throw sdk::InputError("not deployable: say why (the reason is required)");
    db.execute(kSetDocumentsSql, officerId, isoOrNull(d.competencyTest), clean(d.passportNumber),
               isoOrNull(d.passportExpiry), clean(d.drivingLicence), d.deployable,
               d.deployable ? std::string() : clean(d.notDeployableReason));
}

std::vector<Course> courses(sdk::Database& db, sdk::OfficerId officerId)
{
    sdk::Statement st(db, "SELECT id, name, issued, expires FROM rosters_course "
                          "WHERE officer_id = ? ORDER BY issued DESC, name");
    st.bind(1, officerId);
    std::vector<Course> out;
    while (st.step())
        out.push_back(
            {st.int64(0), st.text(1), sdk::Date::fromIso(st.text(2)), optionalDate(st, 3)});
    return out;
}

std::int64_t addCourse(sdk::Database& db, sdk::OfficerId officerId, const Course& c)
{
    sdk::requireRow(db, officerId);
    if (clean(c.name).empty())
        throw sdk::InputError("course: the name is required");
    if (c.expires && *c.expires < c.issued)
        throw sdk::InputError("course " + c.name + ": expires " + c.expires->toIso()
                              + " before it was issued " + c.issued.toIso());
    db.execute("INSERT INTO rosters_course (officer_id, name, issued, expires) VALUES (?, ?, ?, ?)",
               officerId, clean(c.name), c.issued, isoOrNull(c.expires));
    return db.lastInsertId();
}

void removeCourse(sdk::Database& db, sdk::OfficerId officerId, std::int64_t courseId)
{
    db.execute("DELETE FROM rosters_course WHERE id = ? AND officer_id = ?", courseId, officerId);
    if (db.changes() != 1)
        throw sdk::InputError("no course " + std::to_string(courseId) + " for officer "
                              + std::to_string(officerId.value()));
}

std::vector<Unavailability> unavailability(sdk::Database& db, sdk::OfficerId officerId)
{
    sdk::Statement st(db, "SELECT id, kind, first_day, last_day, note FROM rosters_unavailability "
                          "WHERE officer_id = ? ORDER BY first_day");
    st.bind(1, officerId);
    std::vector<Unavailability> out;
    while (st.step())
        out.push_back(
            {st.int64(0), st.text(1), sdk::Period::fromIso(st.text(2), st.text(3)), st.text(4)});
    return out;
}

std::int64_t addUnavailability(sdk::Database& db, sdk::OfficerId officerId, const Unavailability& u)
{
    sdk::requireRow(db, officerId);
    const auto& kinds = unavailabilityKinds();
    if (std::find(kinds.begin(), kinds.end(), u.kind) == kinds.end())
        throw sdk::InputError("unavailability: kind \"" + u.kind
                              + "\" is not one of leave, medical, training, other");
    db.execute("INSERT INTO rosters_unavailability (officer_id, kind, first_day, last_day, note) "
               "VALUES (?, ?, ?, ?, ?)",
               officerId, u.kind, u.period.first(), u.period.last(), clean(u.note));
    return db.lastInsertId();
}

void removeUnavailability(sdk::Database& db, sdk::OfficerId officerId, std::int64_t periodId)
{
    db.execute("DELETE FROM rosters_unavailability WHERE id = ? AND officer_id = ?", periodId,
               officerId);
    if (db.changes() != 1)
        throw sdk::InputError("no unavailability " + std::to_string(periodId) + " for officer "
                              + std::to_string(officerId.value()));
}

OfficerProfile loadProfile(sdk::Context& context, sdk::OfficerId officerId)
{
    sdk::Database& db = context.store();
    OfficerProfile p;
    p.officer = context.officers().get(officerId);
    p.languages = languages(db, officerId);
    p.skills = skills(db, officerId);
    p.documents = documents(db, officerId);
    p.courses = courses(db, officerId);
    p.unavailability = unavailability(db, officerId);
    return p;
}

sdk::OfficerId saveProfile(sdk::Context& context, const OfficerProfile& p)
{
    sdk::Database& db = context.store();
    sdk::Savepoint sp(db);
    auto officers = context.officers();
    sdk::OfficerId id = p.officer.id;
    if (!id.isValid()) {
        id = officers.add(p.officer);
    } else {
        officers.update(p.officer);
    }
    setLanguages(db, id, p.languages);
    setSkills(db, id, p.skills);
    setDocuments(db, id, p.documents);
    context.audit().record(
        "update", "rosters.profile", id.value(),
        QJsonObject{{"languages", QString::fromStdString(formatLanguages(p.languages))},
                    {"skills", QString::fromStdString(formatSkills(p.skills))},
                    {"deployable", p.documents.deployable}});
    sp.release();
    context.changes().announceAfterCommit(db, QStringLiteral("rosters.profile"), id.value(),
                                          sdk::ChangeKind::Updated);
    return id;
}

} // namespace contingent::rosters
