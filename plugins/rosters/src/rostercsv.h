#pragma once
// The text layer under the roster's import and export: its column names, an
// RFC 4180 CSV reader that reports every quoting problem, the CSV quoting of
// one field, and the UTF-8 check. The file format is described in rosterimport.h.

#include "rosterimport.h"
#include "rosterrecords.h"

#include <QByteArray>

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace contingent::rosters {

/// The roster's fields in file order: the CSV columns and the JSON keys.
inline constexpr std::array<std::string_view, 10> kRosterColumns = {
    "service_number", "given_name", "family_name", "gender",    "birth_date",
    "rank",           "unit",       "email",       "languages", "skills"};
/// The first line of a roster CSV file.
inline constexpr std::string_view kRosterCsvHeader =
    "service_number,given_name,family_name,gender,birth_date,rank,unit,email,languages,skills";
/// The UTF-8 byte order mark an import accepts at the start of a file.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

/// `s` in double quotes, for messages.
inline std::string quoted(std::string_view s)
{
    return "\"" + std::string(s) + "\"";
}

/// The lines (1-based, ascending) holding bytes that are not well-formed UTF-8.
std::vector<int> nonUtf8Lines(std::string_view s);

/// Appends `value` to `out` as one CSV field, quoted only when it holds a comma,
/// a double quote or a line break.
void appendCsvField(QByteArray& out, std::string_view value);

/// A CSV record: its fields and the lines it spans.
struct CsvRecord {
    int firstLine = 0;
    int lastLine = 0;
    std::vector<std::string> fields; ///< trimmed of spaces and tabs
    bool blank = false;              ///< an empty line
    bool broken = false;             ///< a quoting problem was reported
};

/// RFC 4180 records, one at a time. A quoting problem is appended to `problems`
/// (its column named from `columns` by position) and marks the record broken;
/// reading goes on with the next field or line.
class CsvReader {
public:
    CsvReader(std::string_view text, std::span<const std::string_view> columns,
              std::vector<ImportProblem>& problems)
        : m_text(text)
        , m_columns(columns)
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
    void problem(int line, std::string_view column, std::string reason)
    {
        m_problems.push_back({line, std::string(column), std::move(reason)});
    }

    std::string_view m_text;
    std::span<const std::string_view> m_columns;
    std::vector<ImportProblem>& m_problems;
    std::size_t m_pos = 0;
    int m_line = 1;
};

} // namespace contingent::rosters
