#include "contingent/sdk/tablefile.h"

#include <QStringDecoder>

#include "contingent/sdk/error.h"
#include "tablefileprivate.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cstdio>

namespace contingent::sdk {

std::optional<std::string> detail::controlCharacterProblem(std::string_view field)
{
    const auto bad = std::find_if(field.begin(), field.end(), [](char c) {
        return (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\r' && c != '\t')
               || c == '\x7f';
    });
    if (bad == field.end())
        return std::nullopt;
    char code[8];
    std::snprintf(code, sizeof code, "U+%04X", unsigned(static_cast<unsigned char>(*bad)));
    return std::string("holds the control character ") + code + ", which no field may hold";
}

FileFormat fileFormatFromName(std::string_view name)
{
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    if (lower == "csv" || lower.ends_with(".csv"))
        return FileFormat::Csv;
    if (lower == "json" || lower.ends_with(".json"))
        return FileFormat::Json;
    if (lower == "xlsx" || lower.ends_with(".xlsx"))
        return FileFormat::Xlsx;
    if (lower == "csv-excel")
        return FileFormat::CsvForExcel;
    throw InputError(quoted(name)
                     + " is not a table file format (use --format csv, csv-excel, json or xlsx)");
}

std::string describe(const ImportReport& report)
{
    const bool csv = report.format == FileFormat::Csv || report.format == FileFormat::CsvForExcel;
    const bool sheet = report.format == FileFormat::Xlsx;
    const auto letters = [&](const std::string& column) {
        const auto at = std::find(report.columns.begin(), report.columns.end(), column);
        std::string name;
        for (auto n = at == report.columns.end() ? -1 : int(at - report.columns.begin()); n >= 0;
             n = n / 26 - 1)
            name.insert(name.begin(), char('A' + n % 26));
        return name.empty() ? column : name + " (" + column + ")";
    };
    std::string out;
    std::size_t listed = 0;
    for (const ImportProblem& p : report.problems) {
        if (listed++ == kMostProblemsDescribed) {
            out.append("… and ")
                .append(std::to_string(report.problems.size() - kMostProblemsDescribed))
                .append(" more problem(s)\n");
            break;
        }
        if (p.line > 0 && sheet) {
            if (!report.sheet.empty())
                out.append("sheet ").append(report.sheet).append(", ");
            out.append("row ").append(std::to_string(p.line));
            if (!p.column.empty())
                out.append(", column ").append(letters(p.column));
            out += ": ";
        } else if (p.line > 0) {
            out.append(csv ? "line " : "record ").append(std::to_string(p.line));
            if (!p.column.empty())
                out.append(csv ? ", column " : ", key ").append(p.column);
            out += ": ";
        }
        out.append(p.reason).append("\n");
    }
    return out;
}

ImportProblem problemFromRefusal(int line, std::string_view message)
{
    const auto colon = message.find(": ");
    if (colon == 0 || colon == std::string_view::npos
        || message.substr(0, colon).find(' ') != std::string_view::npos)
        return {line, {}, std::string(message)};
    return {line, std::string(message.substr(0, colon)), std::string(message.substr(colon + 2))};
}

void sortProblems(std::vector<ImportProblem>& problems)
{
    std::stable_sort(
        problems.begin(), problems.end(),
        [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
}

std::string trimmed(std::string_view s, std::string_view space)
{
    const auto first = s.find_first_not_of(space);
    if (first == std::string_view::npos)
        return {};
    return std::string(s.substr(first, s.find_last_not_of(space) - first + 1));
}

std::vector<std::string> splitList(std::string_view text, char separator, bool keepEmpty)
{
    std::vector<std::string> out;
    if (text.empty())
        return out;
    for (std::size_t start = 0;;) {
        const auto end = text.find(separator, start);
        if (std::string piece = trimmed(text.substr(start, end - start));
            keepEmpty || !piece.empty())
            out.push_back(std::move(piece));
        if (end == std::string_view::npos)
            return out;
        start = end + 1;
    }
}

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

void appendCsvField(QByteArray& out, std::string_view value)
{
    // OWASP's CSV injection rule: text a spreadsheet would run as a formula
    // gets a leading apostrophe, which the spreadsheet shows as text and
    // readCsvRows() takes off again.
    std::string guarded;
    if (!value.empty() && std::string_view("=+-@").find(value.front()) != std::string_view::npos) {
        guarded = "'" + std::string(value);
        value = guarded;
    }
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

void appendCsvLine(QByteArray& out, std::span<const std::string> values)
{
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        appendCsvField(out, values[i]);
    }
    out += '\n';
}

QByteArray textAsUtf8(const QByteArray& bytes, std::string_view encoding)
{
    std::string name(encoding);
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    if (name == "utf-8" || name == "utf8")
        return bytes;
    if (name != "windows-1250" && name != "cp1250")
        throw InputError("--encoding takes utf-8 or windows-1250, not " + quoted(encoding));
    QStringDecoder decoder("windows-1250");
    if (!decoder.isValid())
        throw Error("this build of Qt cannot read Windows-1250 text");
    return QString(decoder(bytes)).toUtf8();
}

namespace {

/// True when every byte that is not ASCII is a letter (or a sign) of Windows-1250's
/// Central European range, at least one is Č, Š, Ž, Ć or Đ (either case), and none starts a
/// well-formed UTF-8 sequence: a file Excel saved as "CSV" in a Slovene Windows, not a UTF-8
/// file with a broken spot.
bool looksLikeWindows1250(std::string_view text)
{
    static constexpr std::string_view kSigns =
        "\x8a\x8c\x8d\x8e\x8f\x9a\x9c\x9d\x9e\x9f\xa3\xa5\xaa\xaf\xb3\xb9\xba\xbc\xbe\xbf"
        "\x80\x84\x93\x94\x96\x97\xa7\xb0\xab\xbb";
    static constexpr std::string_view kSlovene = "\x8a\x9a\x8e\x9e\xc8\xe8\xc6\xe6\xd0\xf0";
    bool slovene = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto u = static_cast<unsigned char>(text[i]);
        if (u < 0x80)
            continue;
        slovene = slovene || kSlovene.find(text[i]) != std::string_view::npos;
        const bool letter = u >= 0xc0 && u != 0xd7 && u != 0xf7 && u != 0xff;
        if (!letter && kSigns.find(text[i]) == std::string_view::npos)
            return false;
        // A UTF-8 lead byte with its continuation (Š is C5 A0): the file is UTF-8.
        if (u >= 0xc2 && u <= 0xf4 && i + 1 < text.size()
            && (static_cast<unsigned char>(text[i + 1]) & 0xc0) == 0x80)
            return false;
    }
    return slovene;
}

} // namespace

void readCsvRows(std::string_view text, std::span<const std::string_view> columns,
                 std::vector<ImportProblem>& problems,
                 const std::function<void(CsvRecord&, std::size_t)>& row)
{
    const auto problem = [&](int line, std::string reason) {
        problems.push_back({line, {}, std::move(reason)});
    };
    if (text.starts_with(kUtf8Bom))
        text.remove_prefix(kUtf8Bom.size());
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return problem(0, "the file is empty");
    const std::vector<int> badLines = nonUtf8Lines(text);
    if (!badLines.empty() && looksLikeWindows1250(text))
        problem(0, "the file is not UTF-8 but Windows-1250 text (Excel's \"CSV\" in a Slovene "
                   "Windows): import it with --encoding windows-1250, or save it as \"CSV UTF-8\"");
    else
        for (int line : badLines)
            problem(line, "is not UTF-8 text (save the file as UTF-8)");
    const auto spansBadLine = [&](const CsvRecord& r) {
        const auto it = std::lower_bound(badLines.begin(), badLines.end(), r.firstLine);
        return it != badLines.end() && *it <= r.lastLine;
    };

    CsvReader reader(text, columns, problems);
    // The separator is what the header line uses: ';' when it holds more
    // semicolons than commas (a spreadsheet's export in a Slovene locale).
    const std::string_view headerLine = text.substr(0, text.find('\n'));
    const bool semicolons = std::count(headerLine.begin(), headerLine.end(), ';')
                            > std::count(headerLine.begin(), headerLine.end(), ',');
    reader.setDelimiter(semicolons ? ';' : ',');
    CsvRecord record;
    reader.read(record);
    if (record.broken || spansBadLine(record))
        return;
    if (!std::equal(record.fields.begin(), record.fields.end(), columns.begin(), columns.end())) {
        std::string header;
        for (std::string_view c : columns)
            header.append(header.empty() ? "" : ",").append(c);
        const auto found = text.substr(0, std::min(text.find('\n'), std::size_t(200)));
        return problem(1, "the header is " + quoted(trimmed(found, " \t\r")) + "; expected " + "\""
                              + header + "\" (fields separated by commas or semicolons)");
    }
    std::vector<int> blankLines;
    while (!reader.atEnd()) {
        const std::size_t before = problems.size();
        reader.read(record);
        if (record.blank) {
            blankLines.push_back(record.firstLine);
            continue;
        }
        for (int line : blankLines)
            problem(line, "the line is empty");
        blankLines.clear();
        if (record.broken || spansBadLine(record))
            continue;
        if (record.fields.size() != columns.size()) {
            problem(record.firstLine, "has " + std::to_string(record.fields.size())
                                          + " fields, expected " + std::to_string(columns.size()));
            continue;
        }
        bool controls = false;
        for (std::size_t i = 0; i < record.fields.size(); ++i) {
            std::string& field = record.fields[i];
            // What appendCsvField() guarded against formulas comes back as written.
            if (field.size() > 1 && field.front() == '\''
                && std::string_view("=+-@").find(field[1]) != std::string_view::npos)
                field.erase(0, 1);
            if (auto control = detail::controlCharacterProblem(field)) {
                problems.push_back(
                    {record.firstLine, std::string(columns[i]), std::move(*control)});
                controls = true;
            }
        }
        if (controls)
            continue;
        row(record, before);
    }
}

std::optional<QJsonArray> readJsonArray(const QByteArray& bytes, std::string_view noun,
                                        std::vector<ImportProblem>& problems)
{
    const auto problem = [&](std::string reason) {
        problems.push_back({0, {}, std::move(reason)});
    };
    std::string_view text(bytes.constData(), std::size_t(bytes.size()));
    if (text.starts_with(kUtf8Bom))
        text.remove_prefix(kUtf8Bom.size());
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        problem("the file is empty");
        return std::nullopt;
    }
    if (const std::vector<int> bad = nonUtf8Lines(text); !bad.empty()) {
        for (int line : bad)
            problem("line " + std::to_string(line) + " is not UTF-8 text (save the file as UTF-8)");
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(text.data(), qsizetype(text.size())), &error);
    if (error.error != QJsonParseError::NoError) {
        const auto upTo = text.substr(0, std::size_t(error.offset));
        const auto lineStart = upTo.rfind('\n');
        problem("the file is not valid JSON: " + error.errorString().toStdString() + " at line "
                + std::to_string(std::count(upTo.begin(), upTo.end(), '\n') + 1) + ", column "
                + std::to_string(upTo.size()
                                 - (lineStart == std::string_view::npos ? 0 : lineStart + 1) + 1));
        return std::nullopt;
    }
    if (!doc.isArray()) {
        problem("the file must hold a JSON array of " + std::string(noun) + ": [{...}, ...]");
        return std::nullopt;
    }
    return doc.array();
}

void reportUnknownKeys(const QJsonObject& object, int record,
                       std::span<const std::string_view> columns, std::string_view noun,
                       std::vector<ImportProblem>& problems)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string key = it.key().toStdString();
        if (std::find(columns.begin(), columns.end(), key) == columns.end())
            problems.push_back({record, key, "is not a " + std::string(noun) + " field"});
    }
}

} // namespace contingent::sdk

namespace contingent::sdk {

namespace {

/// Appends `text` to `out` as a JSON string: quoted, '"', '\\' and control characters escaped;
/// UTF-8 passes through.
template <typename Out> void appendJsonString(Out& out, std::string_view text)
{
    out += '"';
    for (char c : text) {
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

} // namespace

std::string jsonString(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    appendJsonString(out, text);
    return out;
}

struct JsonWriter::Private {
    QByteArray& out;
    struct Level {
        bool object = false;
        bool empty = true;
    };
    std::vector<Level> levels;
    bool afterKey = false;

    void indent() { out.append(qsizetype(levels.size()) * 4, ' '); }
    /// Before a value or a key: the comma and the line of the next member.
    void place()
    {
        if (afterKey) {
            afterKey = false;
            return;
        }
        if (!levels.empty()) {
            out += levels.back().empty ? "\n" : ",\n";
            levels.back().empty = false;
            indent();
        }
    }
    /// `text` quoted and escaped; UTF-8 passes through.
    void string(std::string_view text) { appendJsonString(out, text); }
    void open(char c, bool object)
    {
        place();
        out += c;
        levels.push_back({object, true});
    }
    void close(char c)
    {
        const bool empty = levels.back().empty;
        levels.pop_back();
        if (!empty) {
            out += '\n';
            indent();
        }
        out += c;
        if (levels.empty())
            out += '\n';
    }
};

JsonWriter::JsonWriter(QByteArray& out)
    : d(std::make_unique<Private>(Private{out, {}, false}))
{
}

JsonWriter::~JsonWriter() = default;

JsonWriter& JsonWriter::beginArray()
{
    d->open('[', false);
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    d->close(']');
    return *this;
}

JsonWriter& JsonWriter::beginObject()
{
    d->open('{', true);
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    d->close('}');
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name)
{
    d->place();
    d->string(name);
    d->out += ": ";
    d->afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text)
{
    d->place();
    d->string(text);
    return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number)
{
    d->place();
    d->out += QByteArray::number(qlonglong(number));
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    d->place();
    d->out += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::value(const std::optional<std::string>& text)
{
    return text ? value(std::string_view(*text)) : null();
}

JsonWriter& JsonWriter::null()
{
    d->place();
    d->out += "null";
    return *this;
}

} // namespace contingent::sdk
