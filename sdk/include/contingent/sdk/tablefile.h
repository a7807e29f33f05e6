#pragma once
/// @file tablefile.h
/// Reading and writing the CSV and JSON files plugins import and export: the
/// RFC 4180 reader that reports every quoting problem, the UTF-8 check, the
/// header and field-count checks, the JSON array reader, and the row-by-row
/// problem report. A plugin supplies its columns and checks each row's values;
/// everything about the file itself is decided here, once.
///
/// CSV, as every importer reads it:
///   - UTF-8; an optional byte order mark (EF BB BF) is accepted.
///   - Lines end in LF or CRLF. Empty lines at the end are ignored; an empty
///     line between rows is a problem.
///   - A field holding a comma, a double quote or a line break is written in
///     double quotes, with a quote inside it doubled (""). A quoted field may
///     span lines (a line break inside it is read as LF).
///   - The first line is exactly the header; every row has that many fields.
///     Spaces and tabs around a value are dropped.
/// JSON: an array of objects; keys other than the columns are refused.

#include "contingent/sdk/export.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace contingent::sdk {

/// The file formats of imports and exports (tables.h writes and reads them all).
enum class FileFormat {
    Csv,         ///< RFC 4180, UTF-8 without a byte order mark: for tools
    Json,        ///< an array of objects
    Xlsx,        ///< an Excel workbook (Office Open XML)
    CsvForExcel, ///< CSV with a UTF-8 byte order mark, which Excel needs to read UTF-8
};

/// The format a --format value ("csv", "csv-excel", "json", "xlsx") or a file
/// name's extension (.csv, .json, .xlsx; any case) names; throws InputError otherwise.
CONTINGENT_SDK_EXPORT FileFormat fileFormatFromName(std::string_view name);

/// One thing wrong with an import file.
struct ImportProblem {
    int line = 0;       ///< CSV line (1 = header) or JSON record (1-based); 0: the whole file
    std::string column; ///< the CSV column or JSON key, or "" for the whole line
    std::string reason; ///< e.g. "\"2023-02-30\" is not a date (YYYY-MM-DD)"
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// What an import did, or why it did nothing.
struct ImportReport {
    int added = 0;
    int updated = 0;
    std::vector<ImportProblem> problems;
    FileFormat format = FileFormat::Csv;   ///< how describe() names places (line / record / row)
    std::vector<std::string> columns = {}; ///< a sheet's columns in order, for their letters
    std::string sheet = {};                ///< the sheet read, for a workbook
    bool ok() const { return problems.empty(); }
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// The problems as text, one per line, ordered as given:
/// "line 7, column birth_date: \"2023-02-30\" is not a date (YYYY-MM-DD)"
/// (JSON: "record 7, key birth_date: ..."; a workbook:
/// "sheet Roster, row 7, column E (birth_date): ...").
CONTINGENT_SDK_EXPORT std::string describe(const ImportReport& report);
/// The most problems describe() lists; a line then counts the rest.
inline constexpr std::size_t kMostProblemsDescribed = 200;

/// Orders problems by line, keeping the order within a line.
CONTINGENT_SDK_EXPORT void sortProblems(std::vector<ImportProblem>& problems);

/// A form's refusal ("first_day/last_day: the order ... overlaps ...", as an
/// InputError says it) as a problem of `line`: the field before the first
/// ": " (one word, no space) becomes the column, the rest the reason; a
/// message without such a field is the whole line's.
CONTINGENT_SDK_EXPORT ImportProblem problemFromRefusal(int line, std::string_view message);

/// The UTF-8 byte order mark an import accepts at the start of a file.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

/// `s` in double quotes, for messages: on one line, and at most 80
/// characters of it (a 5 MB field is not repeated in a report).
inline std::string quoted(std::string_view s)
{
    constexpr std::size_t kShown = 80;
    std::string shown(s.substr(0, kShown));
    if (s.size() > kShown) {
        while (!shown.empty() && (static_cast<unsigned char>(shown.back()) & 0xC0) == 0x80)
            shown.pop_back(); // not inside a UTF-8 character
        if (!shown.empty() && static_cast<unsigned char>(shown.back()) >= 0xC0)
            shown.pop_back();
        shown += "…";
    }
    for (char& c : shown)
        if (c == '\n' || c == '\r')
            c = ' ';
    return "\"" + shown + "\"";
}

/// `s` without leading and trailing `space` characters.
CONTINGENT_SDK_EXPORT std::string trimmed(std::string_view s, std::string_view space = " \t");

/// "a; b;;c" split at `separator` into its trimmed pieces; an empty piece is
/// kept only with `keepEmpty` (for a row check that reports it). Empty text
/// has no pieces.
CONTINGENT_SDK_EXPORT std::vector<std::string>
splitList(std::string_view text, char separator = ';', bool keepEmpty = false);

/// The lines (1-based, ascending) holding bytes that are not well-formed UTF-8.
CONTINGENT_SDK_EXPORT std::vector<int> nonUtf8Lines(std::string_view s);

/// The text `bytes` in `encoding` ("utf-8", or "windows-1250": how Excel saves "CSV" in a
/// Slovene Windows) as UTF-8; throws InputError naming the encodings there are for another.
/// (Added in 1.0.x.)
CONTINGENT_SDK_EXPORT QByteArray textAsUtf8(const QByteArray& bytes, std::string_view encoding);

/// Appends `value` to `out` as one CSV field, quoted only when it holds a comma,
/// a double quote or a line break. Text a spreadsheet would run as a formula
/// (starting with =, +, - or @) gets a leading apostrophe, so it is shown,
/// not run (OWASP's CSV injection rule); readCsvRows() takes it off again.
CONTINGENT_SDK_EXPORT void appendCsvField(QByteArray& out, std::string_view value);

/// Appends `values` as one CSV line ending in LF.
CONTINGENT_SDK_EXPORT void appendCsvLine(QByteArray& out, std::span<const std::string> values);

/// `text` as a JSON string: quoted, with '"', '\\' and control characters escaped; UTF-8
/// passes through. For JSON written by hand, such as AuditLog::recordJson()'s details.
/// (Added in 1.0.x.)
CONTINGENT_SDK_EXPORT std::string jsonString(std::string_view text);

/// Writes JSON as it goes, keys in the order given (QJsonObject sorts them),
/// indented by four spaces like QJsonDocument::Indented, empty containers as
/// `[]` and `{}`; the document ends with a line break. Every export writes
/// its JSON with it, so a file lists its fields as the CSV does.
class CONTINGENT_SDK_EXPORT JsonWriter {
public:
    explicit JsonWriter(QByteArray& out);
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& beginObject();
    JsonWriter& endObject();
    /// The next member's name (inside an object).
    JsonWriter& key(std::string_view name);
    /// A string, escaped; UTF-8 passes through.
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(std::int64_t number);
    JsonWriter& value(bool flag);
    /// A string, or null when there is none.
    JsonWriter& value(const std::optional<std::string>& text);
    JsonWriter& null();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// A CSV record: its fields and the lines it spans.
struct CsvRecord {
    int firstLine = 0;
    int lastLine = 0;
    std::vector<std::string> fields; ///< trimmed of spaces and tabs
    bool blank = false;              ///< an empty line
    bool broken = false;             ///< a quoting problem was reported
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// RFC 4180 records, one at a time. A quoting problem is appended to `problems`
/// (its column named from `columns` by position) and marks the record broken;
/// reading goes on with the next field or line.
class CONTINGENT_SDK_EXPORT CsvReader {
public:
    CsvReader(std::string_view text, std::span<const std::string_view> columns,
              std::vector<ImportProblem>& problems);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;
    bool atEnd() const;
    void read(CsvRecord& record);
    /// The field separator: ',' (RFC 4180), or ';' as Excel and LibreOffice
    /// write CSV in locales whose decimal separator is a comma (Slovene).
    void setDelimiter(char delimiter);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Reads a whole CSV file whose header is `columns` joined by commas, or by
/// semicolons (as a spreadsheet writes CSV in a Slovene locale). Reports
/// an empty file, lines that are not UTF-8, a wrong header, empty lines between
/// rows, rows with the wrong number of fields and fields holding a control
/// character (line breaks and tabs aside); calls `row` for every other
/// record that read cleanly, with the number of problems before it was read
/// (so a row check can tell whether its columns were already reported).
CONTINGENT_SDK_EXPORT void
readCsvRows(std::string_view text, std::span<const std::string_view> columns,
            std::vector<ImportProblem>& problems,
            const std::function<void(CsvRecord& record, std::size_t problemsBefore)>& row);

/// Parses a JSON array of objects. Reports (as line 0) an empty file, lines
/// that are not UTF-8 and JSON syntax errors with their line and column, or a
/// document that is not an array ("the file must hold a JSON array of
/// <noun>: [{...}, ...]"); returns nothing then.
CONTINGENT_SDK_EXPORT std::optional<QJsonArray>
readJsonArray(const QByteArray& bytes, std::string_view noun, std::vector<ImportProblem>& problems);

/// Reports every key of `object` that is not one of `columns`, as
/// "is not a <noun> field".
CONTINGENT_SDK_EXPORT void reportUnknownKeys(const QJsonObject& object, int record,
                                             std::span<const std::string_view> columns,
                                             std::string_view noun,
                                             std::vector<ImportProblem>& problems);

} // namespace contingent::sdk
