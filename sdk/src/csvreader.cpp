// CsvReader (tablefile.h): RFC 4180 records, one at a time, every quoting
// problem reported with its line and column.

#include "contingent/sdk/tablefile.h"

#include <algorithm>

namespace contingent::sdk {

struct CsvReader::Private {
    Private(std::string_view text, std::span<const std::string_view> columns,
            std::vector<ImportProblem>& problems)
        : m_text(text)
        , m_columns(columns)
        , m_problems(problems)
    {
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    void read(CsvRecord& record);

    bool atFieldEnd() const
    {
        return atEnd() || m_text[m_pos] == m_delimiter || m_text[m_pos] == '\n'
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
    char m_delimiter = ',';
};

CsvReader::CsvReader(std::string_view text, std::span<const std::string_view> columns,
                     std::vector<ImportProblem>& problems)
    : d(std::make_unique<Private>(text, columns, problems))
{
}

CsvReader::~CsvReader() = default;

bool CsvReader::atEnd() const
{
    return d->atEnd();
}

void CsvReader::read(CsvRecord& record)
{
    d->read(record);
}

void CsvReader::setDelimiter(char delimiter)
{
    d->m_delimiter = delimiter;
}

bool CsvReader::Private::readQuoted(std::string& field)
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

void CsvReader::Private::read(CsvRecord& record)
{
    const char ends[] = {m_delimiter, '\n', '\0'}; // what ends an unquoted field
    record = CsvRecord{m_line, m_line, {}, false, false};
    for (;;) {
        const std::size_t index = record.fields.size();
        const std::string_view column = index < m_columns.size() ? m_columns[index] : "";
        std::string field;
        const bool isQuoted = !atEnd() && m_text[m_pos] == '"';
        if (isQuoted) {
            ++m_pos;
            if (!readQuoted(field)) {
                problem(record.firstLine, column, "the quote opened here is not closed");
                record.broken = true;
                record.lastLine = m_line;
                return;
            }
            if (!atFieldEnd()) {
                problem(m_line, column, "text after the closing quote");
                record.broken = true;
                m_pos = std::min(m_text.find_first_of(ends, m_pos), m_text.size());
            }
        } else {
            const std::size_t end = std::min(m_text.find_first_of(ends, m_pos), m_text.size());
            auto value = m_text.substr(m_pos, end - m_pos);
            if (!value.empty() && value.back() == '\r')
                value.remove_suffix(1);
            if (value.find('"') != std::string_view::npos) {
                problem(m_line, column,
                        "a quote in an unquoted field (quote the whole field and "
                        "double the quote: \"\")");
                record.broken = true;
            }
            field = value;
            m_pos = end;
        }
        record.fields.push_back(trimmed(field));
        if (!atEnd() && m_text[m_pos] == m_delimiter) {
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

} // namespace contingent::sdk
