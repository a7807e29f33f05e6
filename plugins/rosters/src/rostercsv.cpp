#include "rostercsv.h"

#include <algorithm>

namespace contingent::rosters {

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
                m_pos = std::min(m_text.find_first_of(",\n", m_pos), m_text.size());
            }
        } else {
            const std::size_t end = std::min(m_text.find_first_of(",\n", m_pos), m_text.size());
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

} // namespace contingent::rosters
