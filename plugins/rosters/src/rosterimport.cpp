#include "rosterimport.h"

#include "rostercsv.h"
#include "rosterlanguages.h"
#include "rosterrowchecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace contingent::rosters {

namespace {

void readTable(const QByteArray& bytes, RosterFormat format, std::string_view sheet,
               RosterRowChecker& checker, std::vector<RosterRow>& rows, ImportReport& report)
{
    if (format != RosterFormat::Xlsx)
        rows.reserve(std::size_t(std::count(bytes.begin(), bytes.end(), '\n')));
    sdk::readTableRows(
        bytes, format, rosterTable(), report,
        [&](sdk::CsvRecord& record, std::size_t before) {
            auto& f = record.fields;
            RawOfficer raw{record.firstLine,
                           std::move(f[0]),
                           std::move(f[1]),
                           std::move(f[2]),
                           std::move(f[3]),
                           std::move(f[4]),
                           std::move(f[5]),
                           std::move(f[6]),
                           std::move(f[7]),
                           sdk::splitList(f[8], ';', true),
                           {},
                           sdk::splitList(f[9], ';', true)};
            checker.check(std::move(raw), before, rows);
        },
        sheet);
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
        RawOfficer raw{n,
                       field("service_number", true),
                       field("given_name", true),
                       field("family_name", true),
                       field("gender", true),
                       field("birth_date", false),
                       field("rank", false),
                       field("unit", false),
                       field("email", false),
                       {},
                       {},
                       {}};
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
        checker.check(std::move(raw), before, rows);
    }
}

void writeRows(sdk::Context& context, const std::vector<RosterRow>& rows, ImportReport& report)
{
    sdk::Database& db = context.store();
    sdk::WriteScope scope(db);

    std::unordered_map<std::string, std::int64_t> existing;
    for (sdk::Statement st(db, "SELECT service_number, id FROM officer"); st.step();)
        existing.emplace(st.text(0), st.int64(1));

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
    const auto run = [](sdk::Statement& st) {
        st.run();
        st.reset();
    };

    for (const RosterRow& row : rows) {
        const sdk::Officer& o = row.officer;
        std::int64_t id = 0;
        if (const auto it = existing.find(o.serviceNumber); it != existing.end()) {
            id = it->second;
            run(updateOfficer.bindAll(o.givenName, o.familyName, o.gender, o.birthDate, o.rank,
                                      o.unit, o.email, id));
            run(clearLanguages.bind(1, id));
            run(clearSkills.bind(1, id));
            ++report.updated;
        } else {
            run(insertOfficer.bindAll(o.serviceNumber, o.givenName, o.familyName, o.gender,
                                      o.birthDate, o.rank, o.unit, o.email));
            id = db.lastInsertId();
            ++report.added;
        }
        for (const LanguageSkill& l : row.languages)
            run(insertLanguage.bindAll(id, l.language, l.level));
        for (const std::string& s : row.skills)
            run(insertSkill.bindAll(id, s));
    }

    context.audit().record("import", "rosters.roster", std::nullopt,
                           QJsonObject{{"added", report.added}, {"updated", report.updated}});
    db.afterCommit([&changes = context.changes()] {
        changes.announce(QStringLiteral("officer"), 0, sdk::ChangeKind::Updated);
    });
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
