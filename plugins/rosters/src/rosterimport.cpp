#include "rosterimport.h"

#include "rosterlanguages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <unordered_map>
#include <utility>

namespace contingent::rosters {

namespace {

constexpr std::array<std::string_view, 10> kColumns = {
    "service_number", "given_name", "family_name", "gender",    "birth_date",
    "rank",           "unit",       "email",       "languages", "skills"};
constexpr std::string_view kHeader =
    "service_number,given_name,family_name,gender,birth_date,rank,unit,email,languages,skills";
constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kSpace = " \t";

std::string trimmed(std::string_view s, std::string_view space = kSpace)
{
    const auto first = s.find_first_not_of(space);
    if (first == std::string_view::npos)
        return {};
    return std::string(s.substr(first, s.find_last_not_of(space) - first + 1));
}

std::string quoted(std::string_view s)
{
    return "\"" + std::string(s) + "\"";
}

/// Splits "a;b;c" into its trimmed pieces, empty pieces included.
std::vector<std::string> splitList(std::string_view text)
{
    std::vector<std::string> out;
    if (text.empty())
        return out;
    for (std::size_t start = 0;;) {
        const auto semicolon = text.find(';', start);
        out.push_back(trimmed(text.substr(start, semicolon - start)));
        if (semicolon == std::string_view::npos)
            return out;
        start = semicolon + 1;
    }
}

/// The lines (1-based, ascending) holding bytes that are not well-formed UTF-8.
std::vector<int> nonUtf8Lines(std::string_view s)
{
    std::vector<int> bad;
    int line = 1;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            line += c == '\n';
            ++i;
            continue;
        }
        const int tail = (c & 0xE0) == 0xC0   ? 1
                         : (c & 0xF0) == 0xE0 ? 2
                         : (c & 0xF8) == 0xF0 ? 3
                                              : 0;
        char32_t cp = c & (0x3F >> tail);
        bool ok = tail > 0 && i + tail < s.size();
        for (int k = 1; ok && k <= tail; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            ok = (b & 0xC0) == 0x80;
            cp = (cp << 6) | (b & 0x3F);
        }
        constexpr char32_t kMin[] = {0, 0x80, 0x800, 0x10000};
        ok = ok && cp >= kMin[tail] && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
        if (!ok && (bad.empty() || bad.back() != line))
            bad.push_back(line);
        i += ok ? std::size_t(tail) + 1 : 1;
    }
    return bad;
}

/// One officer as the file has it, before any check.
struct RawOfficer {
    int line = 0;
    std::string serviceNumber, givenName, familyName, gender, birthDate, rank, unit, email;
    std::vector<std::string> languageItems;   ///< CSV: "en:C1" each
    std::vector<LanguageSkill> languagePairs; ///< JSON
    std::vector<std::string> skills;
};

/// One officer that passed every check, ready to write.
struct RosterRow {
    sdk::Officer officer;
    std::vector<LanguageSkill> languages;
    std::vector<std::string> skills;
};

/// Collects problems and checks rows with the rules of OfficerRepository and the
/// rosters tables, so the bulk write cannot store what the repository would refuse.
class RowChecker {
public:
    RowChecker(RosterFormat format, sdk::Date today, std::vector<ImportProblem>& problems)
        : m_place(format == RosterFormat::Csv ? "line " : "record ")
        , m_today(today)
        , m_problems(problems)
    {
    }

    void problem(int line, std::string_view column, std::string reason)
    {
        m_problems.push_back({line, std::string(column), std::move(reason)});
    }
    std::size_t problemCount() const { return m_problems.size(); }

    /// Checks `raw`; appends it to `rows` when neither this nor the reading
    /// (problems since `before`) found anything wrong with it.
    void check(RawOfficer&& raw, std::size_t before, std::vector<RosterRow>& rows);

private:
    bool reported(std::size_t before, std::string_view column) const
    {
        return std::any_of(m_problems.begin() + std::ptrdiff_t(before), m_problems.end(),
                           [&](const ImportProblem& p) { return p.column == column; });
    }

    std::string m_place;
    sdk::Date m_today;
    std::vector<ImportProblem>& m_problems;
    std::unordered_map<std::string, int> m_firstLine; ///< service number -> line
};

void RowChecker::check(RawOfficer&& raw, std::size_t before, std::vector<RosterRow>& rows)
{
    const int line = raw.line;
    for (auto [value, column] : {std::pair{&raw.serviceNumber, "service_number"},
                                 {&raw.givenName, "given_name"},
                                 {&raw.familyName, "family_name"}}) {
        if (value->empty() && !reported(before, column))
            problem(line, column, "is empty");
    }
    if (!raw.serviceNumber.empty()) {
        const auto [first, isNew] = m_firstLine.try_emplace(raw.serviceNumber, line);
        if (!isNew)
            problem(line, "service_number",
                    quoted(raw.serviceNumber) + " is also on " + m_place
                        + std::to_string(first->second));
    }
    if (raw.gender != "F" && raw.gender != "M" && raw.gender != "X" && !reported(before, "gender"))
        problem(line, "gender",
                raw.gender.empty() ? "is empty (F, M or X)"
                                   : quoted(raw.gender) + " is not F, M or X");

    std::optional<sdk::Date> birthDate;
    if (!raw.birthDate.empty()) {
        birthDate = sdk::Date::tryFromIso(raw.birthDate);
        if (!birthDate)
            problem(line, "birth_date", quoted(raw.birthDate) + " is not a date (YYYY-MM-DD)");
        else if (*birthDate > m_today)
            problem(line, "birth_date",
                    quoted(raw.birthDate) + " is after today (" + m_today.toIso() + ")");
    }
    if (!raw.email.empty()
        && (raw.email.find('@') == std::string::npos
            || raw.email.find_first_of(" \t\r\n") != std::string::npos))
        problem(line, "email", quoted(raw.email) + " is not an e-mail address");

    for (const std::string& item : raw.languageItems) {
        if (item.empty())
            continue;
        const auto colon = item.find(':');
        if (colon == std::string::npos || item.find(':', colon + 1) != std::string::npos) {
            problem(line, "languages", quoted(item) + " is not language:level (e.g. en:C1)");
            continue;
        }
        raw.languagePairs.push_back({trimmed(std::string_view(item).substr(0, colon)),
                                     trimmed(std::string_view(item).substr(colon + 1))});
    }
    std::vector<LanguageSkill> languages;
    for (LanguageSkill& l : raw.languagePairs) {
        bool good = true;
        if (!isLanguageCode(l.language)) {
            problem(line, "languages",
                    quoted(l.language) + " is not an ISO 639-1 language code (en, fr, sl, ...)");
            good = false;
        }
        if (!isCefrLevel(l.level)) {
            problem(line, "languages",
                    l.language + ": " + quoted(l.level)
                        + " is not a CEFR level (A1, A2, B1, B2, C1, C2)");
            good = false;
        }
        const auto same = [&](const LanguageSkill& o) { return o.language == l.language; };
        if (std::any_of(languages.begin(), languages.end(), same)) {
            problem(line, "languages", l.language + " is listed twice");
            good = false;
        }
        if (good)
            languages.push_back(std::move(l));
    }

    std::vector<std::string> skills;
    for (std::string& s : raw.skills) {
        if (s.empty() || std::find(skills.begin(), skills.end(), s) != skills.end())
            continue;
        if (s.find(';') != std::string::npos)
            problem(line, "skills", "skill " + quoted(s) + " must not contain ';'");
        else
            skills.push_back(std::move(s));
    }

    if (m_problems.size() != before)
        return;
    sdk::Officer o;
    o.serviceNumber = std::move(raw.serviceNumber);
    o.givenName = std::move(raw.givenName);
    o.familyName = std::move(raw.familyName);
    o.gender = std::move(raw.gender);
    o.birthDate = birthDate;
    o.rank = std::move(raw.rank);
    o.unit = std::move(raw.unit);
    o.email = std::move(raw.email);
    rows.push_back({std::move(o), std::move(languages), std::move(skills)});
}

/// A CSV record: its fields and the lines it spans.
struct CsvRecord {
    int firstLine = 0;
    int lastLine = 0;
    std::vector<std::string> fields;
    bool blank = false;  ///< an empty line
    bool broken = false; ///< a quoting problem was reported
};

/// RFC 4180 records, one at a time.
class CsvReader {
public:
    CsvReader(std::string_view text, RowChecker& problems)
        : m_text(text)
        , m_problems(problems)
    {
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    void read(CsvRecord& record);

private:
    bool atFieldEnd() const
    {
        return atEnd() || m_text[m_pos] == ',' || m_text[m_pos] == '\n'
               || m_text.substr(m_pos, 2) == "\r\n";
    }
    /// Reads a quoted field from just after its opening quote; false when it is not closed.
    bool readQuoted(std::string& field);

    std::string_view m_text;
    RowChecker& m_problems;
    std::size_t m_pos = 0;
    int m_line = 1;
};

bool CsvReader::readQuoted(std::string& field)
{
    for (;;) {
        const auto quote = m_text.find('"', m_pos);
        const auto chunk = m_text.substr(m_pos, quote - m_pos);
        for (std::size_t i = 0; i < chunk.size(); ++i) {
            if (chunk[i] == '\r' && i + 1 < chunk.size() && chunk[i + 1] == '\n')
                continue; // a CRLF inside a field is kept as LF
            m_line += chunk[i] == '\n';
            field += chunk[i];
        }
        if (quote == std::string_view::npos) {
            m_pos = m_text.size();
            return false;
        }
        m_pos = quote + 1;
        if (m_pos < m_text.size() && m_text[m_pos] == '"') {
            field += '"';
            ++m_pos;
            continue;
        }
        return true;
    }
}

void CsvReader::read(CsvRecord& record)
{
    record = CsvRecord{m_line, m_line, {}, false, false};
    for (;;) {
        const std::size_t index = record.fields.size();
        const std::string_view column = index < kColumns.size() ? kColumns[index] : "";
        std::string field;
        const bool isQuoted = !atEnd() && m_text[m_pos] == '"';
        if (isQuoted) {
            ++m_pos;
            if (!readQuoted(field)) {
                m_problems.problem(record.firstLine, column, "the quote opened here is not closed");
                record.broken = true;
                record.lastLine = m_line;
                return;
            }
            if (!atFieldEnd()) {
                m_problems.problem(m_line, column, "text after the closing quote");
                record.broken = true;
                m_pos = std::min(m_text.find_first_of(",\n", m_pos), m_text.size());
            }
        } else {
            const std::size_t end = std::min(m_text.find_first_of(",\n", m_pos), m_text.size());
            auto value = m_text.substr(m_pos, end - m_pos);
            if (!value.empty() && value.back() == '\r')
                value.remove_suffix(1);
            if (value.find('"') != std::string_view::npos) {
                m_problems.problem(m_line, column,
                                   "a quote in an unquoted field (quote the whole field and "
                                   "double the quote: \"\")");
                record.broken = true;
            }
            field = value;
            m_pos = end;
        }
        record.fields.push_back(trimmed(field));
        if (!atEnd() && m_text[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        record.lastLine = m_line;
        if (!atEnd()) {
            m_pos += m_text[m_pos] == '\r' ? 2 : 1;
            ++m_line;
        }
        record.blank = record.fields.size() == 1 && record.fields[0].empty() && !isQuoted;
        return;
    }
}

void readCsv(std::string_view text, RowChecker& checker, std::vector<RosterRow>& rows)
{
    if (text.starts_with(kBom))
        text.remove_prefix(kBom.size());
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return checker.problem(0, "", "the file is empty");
    const std::vector<int> badLines = nonUtf8Lines(text);
    for (int line : badLines)
        checker.problem(line, "", "is not UTF-8 text (save the file as UTF-8)");
    const auto spansBadLine = [&](const CsvRecord& r) {
        const auto it = std::lower_bound(badLines.begin(), badLines.end(), r.firstLine);
        return it != badLines.end() && *it <= r.lastLine;
    };

    rows.reserve(std::size_t(std::count(text.begin(), text.end(), '\n')));
    CsvReader reader(text, checker);
    CsvRecord record;
    reader.read(record);
    if (record.broken || spansBadLine(record))
        return;
    if (!std::equal(record.fields.begin(), record.fields.end(), kColumns.begin(), kColumns.end())) {
        const auto found = text.substr(0, std::min(text.find('\n'), std::size_t(200)));
        checker.problem(1, "",
                        "the header is " + quoted(trimmed(found, " \t\r")) + "; expected "
                            + quoted(kHeader));
        return;
    }
    std::vector<int> blankLines;
    while (!reader.atEnd()) {
        const std::size_t before = checker.problemCount();
        reader.read(record);
        if (record.blank) {
            blankLines.push_back(record.firstLine);
            continue;
        }
        for (int line : blankLines)
            checker.problem(line, "", "the line is empty");
        blankLines.clear();
        if (record.broken || spansBadLine(record))
            continue;
        if (record.fields.size() != kColumns.size()) {
            checker.problem(record.firstLine, "",
                            "has " + std::to_string(record.fields.size()) + " fields, expected "
                                + std::to_string(kColumns.size()));
            continue;
        }
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
                       splitList(f[8]),
                       {},
                       splitList(f[9])};
        checker.check(std::move(raw), before, rows);
    }
}

void readJson(const QByteArray& bytes, RowChecker& checker, std::vector<RosterRow>& rows)
{
    std::string_view text(bytes.constData(), std::size_t(bytes.size()));
    if (text.starts_with(kBom))
        text.remove_prefix(kBom.size());
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return checker.problem(0, "", "the file is empty");
    if (const std::vector<int> bad = nonUtf8Lines(text); !bad.empty()) {
        for (int line : bad)
            checker.problem(0, "",
                            "line " + std::to_string(line)
                                + " is not UTF-8 text (save the file as UTF-8)");
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(text.data(), qsizetype(text.size())), &error);
    if (error.error != QJsonParseError::NoError) {
        const auto upTo = text.substr(0, std::size_t(error.offset));
        const auto lineStart = upTo.rfind('\n');
        checker.problem(
            0, "",
            "the file is not valid JSON: " + error.errorString().toStdString() + " at line "
                + std::to_string(std::count(upTo.begin(), upTo.end(), '\n') + 1) + ", column "
                + std::to_string(upTo.size()
                                 - (lineStart == std::string_view::npos ? 0 : lineStart + 1) + 1));
        return;
    }
    if (!doc.isArray())
        return checker.problem(0, "", "the file must hold a JSON array of officers: [{...}, ...]");

    const QJsonArray records = doc.array();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const int n = int(i) + 1;
        const std::size_t before = checker.problemCount();
        if (!records[i].isObject()) {
            checker.problem(n, "", "is not an object");
            continue;
        }
        const QJsonObject o = records[i].toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const std::string key = it.key().toStdString();
            if (std::find(kColumns.begin(), kColumns.end(), key) == kColumns.end())
                checker.problem(n, key, "is not a roster field");
        }
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
    std::optional<sdk::Savepoint> inner;
    std::optional<sdk::Transaction> transaction;
    if (db.inTransaction())
        inner.emplace(db);
    else
        transaction.emplace(db);

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
    if (transaction)
        transaction->commit();
    else
        inner->release();
}

/// One officer as the export writes it.
struct ExportRow {
    std::int64_t id = 0;
    std::array<std::string, 8> fields; ///< service_number .. email; birth_date "" when none
    std::vector<LanguageSkill> languages;
    std::vector<std::string> skills;
};

void appendCsvField(QByteArray& out, std::string_view value)
{
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(value.data(), qsizetype(value.size()));
        return;
    }
    out += '"';
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendCsv(QByteArray& out, const ExportRow& row)
{
    for (const std::string& field : row.fields) {
        appendCsvField(out, field);
        out += ',';
    }
    appendCsvField(out, formatLanguages(row.languages));
    out += ',';
    std::string skills;
    for (const std::string& s : row.skills)
        skills.append(skills.empty() ? "" : ";").append(s);
    appendCsvField(out, skills);
    out += '\n';
}

void appendJsonString(QByteArray& out, std::string_view value)
{
    out += '"';
    for (char c : value) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendJson(QByteArray& out, const ExportRow& row, bool first)
{
    out += first ? "\n    {" : ",\n    {";
    for (std::size_t i = 0; i < row.fields.size(); ++i) {
        out += i == 0 ? "\n        \"" : ",\n        \"";
        out.append(kColumns[i].data(), qsizetype(kColumns[i].size()));
        out += "\": ";
        if (kColumns[i] == "birth_date" && row.fields[i].empty())
            out += "null";
        else
            appendJsonString(out, row.fields[i]);
    }
    out += ",\n        \"languages\": {";
    for (std::size_t i = 0; i < row.languages.size(); ++i) {
        out += i == 0 ? "\n            " : ",\n            ";
        appendJsonString(out, row.languages[i].language);
        out += ": ";
        appendJsonString(out, row.languages[i].level);
    }
    out += row.languages.empty() ? "}" : "\n        }";
    out += ",\n        \"skills\": [";
    for (std::size_t i = 0; i < row.skills.size(); ++i) {
        out += i == 0 ? "\n            " : ",\n            ";
        appendJsonString(out, row.skills[i]);
    }
    out += row.skills.empty() ? "]" : "\n        ]";
    out += "\n    }";
}

} // namespace

ImportReport importRoster(sdk::Context& context, const QByteArray& bytes, RosterFormat format)
{
    ImportReport report;
    report.format = format;
    std::vector<RosterRow> rows;
    RowChecker checker(format, context.today(), report.problems);
    if (format == RosterFormat::Csv)
        readCsv(std::string_view(bytes.constData(), std::size_t(bytes.size())), checker, rows);
    else
        readJson(bytes, checker, rows);
    std::stable_sort(
        report.problems.begin(), report.problems.end(),
        [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    if (report.ok())
        writeRows(context, rows, report);
    return report;
}

QByteArray exportRoster(sdk::Database& db, RosterFormat format)
{
    // Officers, their languages and their skills come in the same officer order
    // (service_number is unique), so three sorted queries are merged in one pass.
    sdk::Savepoint snapshot(db);
    sdk::Statement officers(db, "SELECT id, service_number, given_name, family_name, gender, "
                                "coalesce(birth_date, ''), rank, unit, email "
                                "FROM officer ORDER BY service_number");
    sdk::Statement languages(db, "SELECT l.officer_id, l.language, l.level FROM rosters_language l "
                                 "JOIN officer o ON o.id = l.officer_id "
                                 "ORDER BY o.service_number, l.language");
    sdk::Statement skills(db, "SELECT s.officer_id, s.skill FROM rosters_skill s "
                              "JOIN officer o ON o.id = s.officer_id "
                              "ORDER BY o.service_number, s.skill");
    bool moreLanguages = languages.step();
    bool moreSkills = skills.step();

    QByteArray out;
    if (format == RosterFormat::Csv)
        out.append(kHeader.data(), qsizetype(kHeader.size())).append('\n');
    else
        out += '[';
    ExportRow row;
    bool first = true;
    while (officers.step()) {
        row.id = officers.int64(0);
        for (std::size_t i = 0; i < row.fields.size(); ++i)
            row.fields[i] = officers.text(int(i) + 1);
        row.languages.clear();
        for (; moreLanguages && languages.int64(0) == row.id; moreLanguages = languages.step())
            row.languages.push_back({languages.text(1), languages.text(2)});
        row.skills.clear();
        for (; moreSkills && skills.int64(0) == row.id; moreSkills = skills.step())
            row.skills.push_back(skills.text(1));
        if (format == RosterFormat::Csv)
            appendCsv(out, row);
        else
            appendJson(out, row, first);
        first = false;
    }
    if (format == RosterFormat::Json)
        out += first ? "]\n" : "\n]\n";
    snapshot.release();
    return out;
}

RosterFormat formatFromName(std::string_view name)
{
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    if (lower == "csv" || lower.ends_with(".csv"))
        return RosterFormat::Csv;
    if (lower == "json" || lower.ends_with(".json"))
        return RosterFormat::Json;
    throw sdk::InputError(quoted(name)
                          + " is neither csv nor json (use --format csv or --format json)");
}

std::string describe(const ImportReport& report)
{
    const bool csv = report.format == RosterFormat::Csv;
    std::string out;
    for (const ImportProblem& p : report.problems) {
        if (p.line > 0) {
            out.append(csv ? "line " : "record ").append(std::to_string(p.line));
            if (!p.column.empty())
                out.append(csv ? ", column " : ", key ").append(p.column);
            out += ": ";
        }
        out.append(p.reason).append("\n");
    }
    return out;
}

} // namespace contingent::rosters
