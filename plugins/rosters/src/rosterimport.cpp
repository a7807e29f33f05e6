#include "rosterimport.h"

#include "rostercsv.h"
#include "rosterlanguages.h"
#include "rosterrowchecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace contingent::rosters {

namespace {

/// True when the file's header is not the one read with (the file may have the other layout).
bool headerDiffers(const ImportReport& report)
{
    return std::any_of(report.problems.begin(), report.problems.end(), [](const ImportProblem& p) {
        return p.reason.starts_with("the header is");
    });
}

void readTable(const QByteArray& bytes, RosterFormat format, std::string_view sheet,
               RosterRowChecker& checker, std::vector<RosterRow>& rows, ImportReport& report)
{
    if (format != RosterFormat::Xlsx)
        rows.reserve(std::size_t(std::count(bytes.begin(), bytes.end(), '\n')));
    // The full roster first; a file of the first ten columns only (the officer, languages and
    // skills, as exports before issue #15 wrote) is read as such. The problem names the full
    // header when neither fits.
    const auto read = [&](bool basic, ImportReport& into) {
        sdk::readTableRows(
            bytes, format, rosterTable(basic), into,
            [&](sdk::CsvRecord& record, std::size_t before) {
                auto& f = record.fields;
                // Member by member: a braced list would leave the others to -Wextra's warning.
                RawOfficer raw;
                raw.line = record.firstLine;
                raw.serviceNumber = std::move(f[0]);
                raw.givenName = std::move(f[1]);
                raw.familyName = std::move(f[2]);
                raw.gender = std::move(f[3]);
                raw.birthDate = std::move(f[4]);
                raw.rank = std::move(f[5]);
                raw.unit = std::move(f[6]);
                raw.email = std::move(f[7]);
                raw.languageItems = sdk::splitList(f[8], ';', true);
                raw.skills = sdk::splitList(f[9], ';', true);
                if (!basic) {
                    raw.full = true;
                    raw.competencyTest = std::move(f[10]);
                    raw.passportNumber = std::move(f[11]);
                    raw.passportExpiry = std::move(f[12]);
                    raw.drivingLicence = std::move(f[13]);
                    raw.deployable = std::move(f[14]);
                    raw.notDeployableReason = std::move(f[15]);
                    raw.courseItems = splitEscaped(f[16]);
                    raw.periodItems = splitEscaped(f[17]);
                }
                checker.check(std::move(raw), before, rows);
            },
            sheet);
    };
    read(false, report);
    if (!headerDiffers(report))
        return;
    std::vector<ImportProblem> asFull = std::move(report.problems);
    report.problems.clear(); // the checker adds to these
    read(true, report);
    if (headerDiffers(report))
        report.problems = std::move(asFull);
}

/// The documents, courses and unavailability of a JSON record: when any of their keys is there,
/// the record is full (what is absent is empty); otherwise they are left as they are.
void readJsonExtras(const QJsonObject& o, int n, RosterRowChecker& checker, RawOfficer& raw)
{
    raw.full = std::any_of(kRosterColumns.begin() + kBasicRosterColumns, kRosterColumns.end(),
                           [&o](std::string_view key) {
                               return o.contains(QLatin1String(key.data(), qsizetype(key.size())));
                           });
    if (!raw.full)
        return;
    const auto text = [&](const QJsonObject& from, const char* key, const char* column, bool date) {
        const QJsonValue v = from.value(QLatin1String(key));
        if (v.isString())
            return trimmed(v.toString().toStdString());
        if (!v.isUndefined() && !(date && v.isNull()))
            checker.problem(
                n, column,
                std::string(key)
                    + (date ? " must be a string (YYYY-MM-DD) or null" : " must be a string"));
        return std::string();
    };
    raw.competencyTest = text(o, "competency_test", "competency_test", true);
    raw.passportNumber = text(o, "passport_number", "passport_number", false);
    raw.passportExpiry = text(o, "passport_expiry", "passport_expiry", true);
    raw.drivingLicence = text(o, "driving_licence", "driving_licence", false);
    raw.notDeployableReason = text(o, "not_deployable_reason", "not_deployable_reason", false);
    const QJsonValue deployable = o.value(QLatin1String("deployable"));
    if (deployable.isBool())
        raw.deployable = formatDeployable(deployable.toBool());
    else if (deployable.isString())
        raw.deployable = deployable.toString().toStdString();
    else if (!deployable.isUndefined())
        checker.problem(n, "deployable", "must be true or false");

    const auto objects = [&](const char* key, const auto& each) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isArray()) {
            checker.problem(n, key, "must be an array of objects");
            return;
        }
        for (const QJsonValue item : v.toArray()) {
            if (item.isObject())
                each(item.toObject());
            else
                checker.problem(n, key, "must be an array of objects");
        }
    };
    objects("courses", [&](const QJsonObject& c) {
        raw.courses.push_back({text(c, "name", "courses", false),
                               text(c, "issued", "courses", true),
                               text(c, "expires", "courses", true)});
    });
    objects("unavailability", [&](const QJsonObject& u) {
        raw.periods.push_back({text(u, "kind", "unavailability", false),
                               text(u, "first_day", "unavailability", true),
                               text(u, "last_day", "unavailability", true),
                               text(u, "note", "unavailability", false)});
    });
}

void readJson(const QByteArray& bytes, RosterRowChecker& checker, std::vector<RosterRow>& rows)
{
    const auto array = sdk::readJsonArray(bytes, "officers", checker.problems());
    if (!array)
        return;
    const QJsonArray& records = *array;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const int n = int(i) + 1;
        const std::size_t before = checker.problemCount();
        if (!records[i].isObject()) {
            checker.problem(n, "", "is not an object");
            continue;
        }
        const QJsonObject o = records[i].toObject();
        sdk::reportUnknownKeys(o, n, kRosterColumns, "roster", checker.problems());
        const auto field = [&](const char* key, bool required) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString())
                return trimmed(v.toString().toStdString());
            const bool date = std::string_view(key) == "birth_date";
            if (v.isUndefined() ? required : !(v.isNull() && date))
                checker.problem(n, key,
                                v.isUndefined() ? "is missing"
                                : date          ? "must be a string (YYYY-MM-DD) or null"
                                                : "must be a string");
            return std::string();
        };
        RawOfficer raw; // the problems in the fields' order, as before
        raw.line = n;
        raw.serviceNumber = field("service_number", true);
        raw.givenName = field("given_name", true);
        raw.familyName = field("family_name", true);
        raw.gender = field("gender", true);
        raw.birthDate = field("birth_date", false);
        raw.rank = field("rank", false);
        raw.unit = field("unit", false);
        raw.email = field("email", false);
        const QJsonValue languages = o.value(QLatin1String("languages"));
        if (languages.isObject()) {
            const QJsonObject map = languages.toObject();
            for (auto it = map.begin(); it != map.end(); ++it) {
                const std::string code = it.key().toStdString();
                if (it.value().isString())
                    raw.languagePairs.push_back(
                        {code, trimmed(it.value().toString().toStdString())});
                else
                    checker.problem(n, "languages", code + ": the level must be a string");
            }
        } else if (!languages.isUndefined()) {
            checker.problem(n, "languages", "must be an object such as {\"en\": \"C1\"}");
        }
        const QJsonValue skills = o.value(QLatin1String("skills"));
        if (skills.isArray()) {
            for (const QJsonValue s : skills.toArray()) {
                if (s.isString())
                    raw.skills.push_back(trimmed(s.toString().toStdString()));
                else
                    checker.problem(n, "skills", "must be an array of strings");
            }
        } else if (!skills.isUndefined()) {
            checker.problem(n, "skills", "must be an array of strings");
        }
        readJsonExtras(o, n, checker, raw);
        checker.check(std::move(raw), before, rows);
    }
}

/// `row`'s cells as an export would write them once it is stored (kRosterColumns; the first
/// kBasicRosterColumns for a row without the rest).
std::vector<std::string> cellsOf(const RosterRow& row)
{
    const sdk::Officer& o = row.officer;
    std::vector<LanguageSkill> languages = row.languages;
    std::sort(
        languages.begin(), languages.end(),
        [](const LanguageSkill& a, const LanguageSkill& b) { return a.language < b.language; });
    std::vector<std::string> skills = row.skills;
    std::sort(skills.begin(), skills.end());
    std::vector<std::string> cells{o.serviceNumber,
                                   o.givenName,
                                   o.familyName,
                                   o.gender,
                                   o.birthDate ? o.birthDate->toIso() : std::string(),
                                   o.rank,
                                   o.unit,
                                   o.email,
                                   formatLanguages(languages),
                                   formatSkills(skills)};
    if (!row.extras)
        return cells;
    const Documents& d = row.extras->documents;
    const auto iso = [](const std::optional<sdk::Date>& day) {
        return day ? day->toIso() : std::string();
    };
    std::vector<std::tuple<std::string, std::string, std::string>> courses;
    for (const Course& c : row.extras->courses)
        courses.emplace_back(c.issued.toIso(), c.name, iso(c.expires));
    std::sort(courses.begin(), courses.end());
    std::vector<std::string> courseItems;
    for (const auto& [issued, name, expires] : courses)
        courseItems.push_back(formatCourse(name, issued, expires));
    std::vector<std::tuple<std::string, std::string, std::string, std::string>> periods;
    for (const Unavailability& u : row.extras->unavailability)
        periods.emplace_back(u.period.first().toIso(), u.period.last().toIso(), u.kind, u.note);
    std::sort(periods.begin(), periods.end());
    std::vector<std::string> periodItems;
    for (const auto& [first, last, kind, note] : periods)
        periodItems.push_back(formatPeriod(kind, first, last, note));
    cells.insert(cells.end(), {iso(d.competencyTest), d.passportNumber, iso(d.passportExpiry),
                               d.drivingLicence, formatDeployable(d.deployable),
                               d.deployable ? std::string() : d.notDeployableReason,
                               joinEscaped(courseItems), joinEscaped(periodItems)});
    return cells;
}

/// The audit entry's details of an officer the import adds (`before` null) or changes, as JSON:
/// the file's row, and the columns that differ with their old and new values. Empty when nothing
/// changes. Written by hand, not through QJsonObject: an import of 100 000 officers writes
/// 100 000 of them.
std::string changeOf(const RosterRow& row, const std::vector<std::string>& after,
                     const std::vector<std::string>* before)
{
    std::string oldValues, newValues;
    for (std::size_t i = 0; i < after.size(); ++i) {
        const std::string& was = before && i < before->size() ? (*before)[i] : std::string();
        if (before ? was == after[i] : after[i].empty())
            continue;
        const std::string column = sdk::jsonString(kRosterColumns[i]) + ":";
        if (before)
            oldValues.append(oldValues.empty() ? "" : ",")
                .append(column)
                .append(sdk::jsonString(was));
        newValues.append(newValues.empty() ? "" : ",")
            .append(column)
            .append(sdk::jsonString(after[i]));
    }
    if (before && newValues.empty())
        return {};
    std::string details = "{\"row\":" + std::to_string(row.line);
    if (before)
        details += ",\"old\":{" + oldValues + "}";
    return details + ",\"new\":{" + newValues + "}}";
}

void writeRows(sdk::Context& context, const std::vector<RosterRow>& rows, ImportReport& report)
{
    sdk::Database& db = context.store();
    sdk::WriteScope scope(db);

    std::unordered_map<std::string, std::int64_t> existing;
    for (sdk::Statement st(db, "SELECT service_number, id FROM officer"); st.step();)
        existing.emplace(st.text(0), st.int64(1));
    // What the officers the file changes hold now, for the audit (read only when it changes any).
    const bool changesAny = std::any_of(rows.begin(), rows.end(), [&](const RosterRow& row) {
        return existing.count(row.officer.serviceNumber) > 0;
    });
    const auto before =
        changesAny ? storedRosterCells(db) : std::unordered_map<std::string, std::string>();
    sdk::AuditLog audit = context.audit();

    sdk::Statement insertOfficer(
        db, "INSERT INTO officer (service_number, given_name, family_name, gender, birth_date, "
            "rank, unit, email, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)");
    sdk::Statement updateOfficer(
        db, "UPDATE officer SET given_name = ?, family_name = ?, gender = ?, birth_date = ?, "
            "rank = ?, unit = ?, email = ? WHERE id = ?");
    sdk::Statement clearLanguages(db, "DELETE FROM rosters_language WHERE officer_id = ?");
    sdk::Statement clearSkills(db, "DELETE FROM rosters_skill WHERE officer_id = ?");
    sdk::Statement insertLanguage(
        db, "INSERT INTO rosters_language (officer_id, language, level) VALUES (?, ?, ?)");
    sdk::Statement insertSkill(db, "INSERT INTO rosters_skill (officer_id, skill) VALUES (?, ?)");
    sdk::Statement setDocuments(db, kSetDocumentsSql);
    sdk::Statement clearDocuments(db, "DELETE FROM rosters_profile WHERE officer_id = ?");
    sdk::Statement clearCourses(db, "DELETE FROM rosters_course WHERE officer_id = ?");
    sdk::Statement clearPeriods(db, "DELETE FROM rosters_unavailability WHERE officer_id = ?");
    sdk::Statement insertCourse(
        db, "INSERT INTO rosters_course (officer_id, name, issued, expires) VALUES (?, ?, ?, ?)");
    sdk::Statement insertPeriod(db, "INSERT INTO rosters_unavailability "
                                    "(officer_id, kind, first_day, last_day, note) "
                                    "VALUES (?, ?, ?, ?, ?)");
    const auto isoOrNull = [](const std::optional<sdk::Date>& d) {
        return d ? std::optional<std::string>(d->toIso()) : std::nullopt;
    };
    const auto run = [](sdk::Statement& st) {
        st.run();
        st.reset();
    };

    for (const RosterRow& row : rows) {
        const sdk::Officer& o = row.officer;
        const std::vector<std::string> after = cellsOf(row);
        const auto stored = before.find(o.serviceNumber);
        // The stored cells, split only when the row is not as stored (most rows of a re-import).
        std::optional<std::vector<std::string>> storedCells;
        if (stored != before.end())
            storedCells = stored->second == joinedCells(after) ? after : splitCells(stored->second);
        const std::vector<std::string>* was = storedCells ? &*storedCells : nullptr;
        // What differs from the stored officer (everything for a new one): only that is written.
        const auto differs = [&](std::size_t first, std::size_t last) {
            if (!was)
                return true;
            for (std::size_t i = first; i <= last && i < after.size(); ++i)
                if ((*was)[i] != after[i])
                    return true;
            return false;
        };
        std::int64_t id = 0;
        if (const auto it = existing.find(o.serviceNumber); it != existing.end()) {
            id = it->second;
            ++report.updated;
            if (!differs(0, after.size() - 1))
                continue; // as it was: nothing written, nothing recorded
            if (differs(0, 7))
                run(updateOfficer.bindAll(o.givenName, o.familyName, o.gender, o.birthDate, o.rank,
                                          o.unit, o.email, id));
            if (differs(8, 8))
                run(clearLanguages.bind(1, id));
            if (differs(9, 9))
                run(clearSkills.bind(1, id));
        } else {
            run(insertOfficer.bindAll(o.serviceNumber, o.givenName, o.familyName, o.gender,
                                      o.birthDate, o.rank, o.unit, o.email));
            id = db.lastInsertId();
            ++report.added;
        }
        audit.recordJson("import", "officer", id, changeOf(row, after, was));
        if (differs(8, 8))
            for (const LanguageSkill& l : row.languages)
                run(insertLanguage.bindAll(id, l.language, l.level));
        if (differs(9, 9))
            for (const std::string& s : row.skills)
                run(insertSkill.bindAll(id, s));
        if (!row.extras)
            continue;
        // No documents and deployable: no profile row, as for an officer never given one.
        const Documents& d = row.extras->documents;
        if (differs(10, 15)) {
            if (!d.competencyTest && d.passportNumber.empty() && !d.passportExpiry
                && d.drivingLicence.empty() && d.deployable) {
                if (was)
                    run(clearDocuments.bind(1, id));
            } else
                run(setDocuments.bindAll(id, isoOrNull(d.competencyTest), d.passportNumber,
                                         isoOrNull(d.passportExpiry), d.drivingLicence,
                                         d.deployable, d.notDeployableReason));
        }
        if (differs(16, 16)) {
            if (was)
                run(clearCourses.bind(1, id));
            for (const Course& c : row.extras->courses)
                run(insertCourse.bindAll(id, c.name, c.issued.toIso(), isoOrNull(c.expires)));
        }
        if (differs(17, 17)) {
            if (was)
                run(clearPeriods.bind(1, id));
            for (const Unavailability& u : row.extras->unavailability)
                run(insertPeriod.bindAll(id, u.kind, u.period.first().toIso(),
                                         u.period.last().toIso(), u.note));
        }
    }

    audit.record("import", "rosters.roster", std::nullopt,
                 QJsonObject{{"added", report.added}, {"updated", report.updated}});
    context.changes().announceAfterCommit(db, QStringLiteral("officer"), 0,
                                          sdk::ChangeKind::Updated);
    scope.commit();
}

} // namespace

ImportReport importRoster(sdk::Context& context, const QByteArray& bytes, RosterFormat format,
                          std::string_view sheet)
{
    ImportReport report;
    report.format = format;
    std::vector<RosterRow> rows;
    RosterRowChecker checker(format, context.today(), report.problems);
    if (format == RosterFormat::Json)
        readJson(bytes, checker, rows);
    else
        readTable(bytes, format, sheet, checker, rows, report);
    sdk::sortProblems(report.problems);
    if (report.ok())
        writeRows(context, rows, report);
    return report;
}

} // namespace contingent::rosters
