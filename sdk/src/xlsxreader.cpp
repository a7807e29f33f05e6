#include "xlsx.h"
#include "xlsxparts.h"

#include <QString>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string_view>

namespace contingent::sdk::xlsx {

namespace {

using namespace detail;

constexpr int kMostRows = 1'048'576;
constexpr int kMostColumns = 16'384;

std::string named(std::string_view name)
{
    return "\"" + std::string(name) + "\"";
}

int toInt(std::string_view s, int fallback)
{
    int v = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), v);
    return error == std::errc() && end == s.data() + s.size() ? v : fallback;
}

/// A cell's text: its _xHHHH_ escapes (control characters) decoded, and without spaces and tabs
/// around it (as the CSV reader drops them).
std::string cellText(std::string s)
{
    if (s.find("_x") != std::string::npos) {
        std::string decoded;
        for (std::size_t i = 0; i < s.size();) {
            unsigned code = 0;
            const char* hex = s.data() + i + 2;
            if (s.compare(i, 2, "_x") == 0 && i + 7 <= s.size() && s[i + 6] == '_'
                && std::from_chars(hex, hex + 4, code, 16).ptr == hex + 4) {
                appendCodePoint(decoded, code);
                i += 7;
            } else {
                decoded += s[i++];
            }
        }
        s = std::move(decoded);
    }
    const std::size_t first = s.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    s.erase(s.find_last_not_of(" \t") + 1);
    s.erase(0, first);
    return s;
}

/// What a cell style shows a number as.
enum class Shown : unsigned char { Number, Date, DateTime, Time };

/// What a number format code shows: looks at its first section, outside quotes and brackets.
Shown shownBy(std::string_view code)
{
    bool date = false, month = false, time = false;
    for (std::size_t i = 0; i < code.size() && code[i] != ';'; ++i) {
        const char c = char(std::tolower(static_cast<unsigned char>(code[i])));
        if (c == '"') {
            i = std::min(code.find('"', i + 1), code.size());
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i;
        } else if (c == '[') { // [Red], [$€-424], or elapsed time: [h]:mm
            const std::size_t end = std::min(code.find(']', i), code.size());
            const int first =
                i + 1 < end ? std::tolower(static_cast<unsigned char>(code[i + 1])) : 0;
            time = time || first == 'h' || first == 'm' || first == 's';
            i = end;
        } else {
            date = date || c == 'd' || c == 'y';
            month = month || c == 'm';
            time = time || c == 'h' || c == 's';
        }
    }
    if (date || (month && !time))
        return time ? Shown::DateTime : Shown::Date;
    return time ? Shown::Time : Shown::Number;
}

/// What a built-in number format (one that no numFmt defines) shows.
Shown shownByBuiltIn(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 58))
        return Shown::Date;
    if (id == 22)
        return Shown::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47))
        return Shown::Time;
    return Shown::Number;
}

/// A number as its shortest text: 123, -4.5, 0.1 (at most 15 significant digits).
std::string numberText(double v)
{
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return std::to_string(static_cast<long long>(v));
    char buffer[32];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::general, 15);
    return std::string(buffer, result.ptr);
}

/// A number of euros as "1234.56" when it is a whole number of cents.
std::optional<std::string> moneyText(double v)
{
    const double cents = std::round(v * 100);
    if (std::fabs(v * 100 - cents) > 1e-6 || std::fabs(cents) >= 1e15)
        return std::nullopt;
    const long long whole = std::llabs(static_cast<long long>(cents));
    char buffer[32];
    const int n = std::snprintf(buffer, sizeof buffer, "%s%lld.%02lld", cents < 0 ? "-" : "",
                                whole / 100, whole % 100);
    return std::string(buffer, std::size_t(n));
}

/// A time of day as "HH:MM", or "HH:MM:SS" when it has seconds.
std::optional<std::string> timeText(double v)
{
    const long long seconds = std::llround(v * 86400);
    if (!(v >= 0) || seconds >= 86400)
        return std::nullopt;
    char buffer[16];
    const int n = std::snprintf(buffer, sizeof buffer,
                                seconds % 60 ? "%02lld:%02lld:%02lld" : "%02lld:%02lld",
                                seconds / 3600, seconds / 60 % 60, seconds % 60);
    return std::string(buffer, std::size_t(n));
}

/// An Excel serial day number as YYYY-MM-DD, and " HH:MM" after it when `withTime` and it has one.
std::optional<std::string> dateText(double serial, bool date1904, bool withTime)
{
    using namespace std::chrono;
    if (!(serial >= 0 && serial < 2958466)) // 9999-12-31
        return std::nullopt;
    long long whole = static_cast<long long>(serial);
    long long seconds = std::llround((serial - double(whole)) * 86400);
    if (seconds >= 86400) {
        ++whole;
        seconds -= 86400;
    }
    if (!date1904 && whole < 1)
        return std::nullopt;
    if (!date1904 && whole == 60)
        return "1900-02-29"; // the day Lotus 1-2-3, and so Excel, counts but that never was
    const sys_days epoch = date1904 ? sys_days(year{1904} / January / 1)
                                    : sys_days(year{1899} / December / (whole < 60 ? 31 : 30));
    const year_month_day ymd{epoch + days(whole)};
    char buffer[16];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(ymd.year()),
                                unsigned(ymd.month()), unsigned(ymd.day()));
    std::string out(buffer, std::size_t(n));
    if (withTime && seconds != 0)
        out += " " + *timeText(double(seconds) / 86400);
    return out;
}

/// Parses "C7" into a 0-based column and a 1-based row; false when it is not a cell reference.
bool parseReference(std::string_view ref, int& column, int& row)
{
    std::size_t i = 0;
    column = 0;
    for (; i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i])); ++i) {
        column = column * 26 + (std::toupper(static_cast<unsigned char>(ref[i])) - 'A' + 1);
        if (column > kMostColumns)
            return false;
    }
    --column;
    row = toInt(ref.substr(i), 0);
    return column >= 0 && row > 0;
}

/// What each cell style (by its s index) shows a number as, from styles.xml.
std::vector<Shown> readStyles(Package& package, const std::string& part)
{
    std::vector<std::pair<int, Shown>> custom;
    std::vector<Shown> styles;
    const auto data = package.part(part);
    if (!data)
        return styles;
    XmlScanner xml(*data, part);
    bool inCellXfs = false;
    for (auto token = xml.next(); token != XmlScanner::Token::Done; token = xml.next()) {
        if (token == XmlScanner::Token::End && xml.name() == "cellXfs")
            inCellXfs = false;
        if (token != XmlScanner::Token::Start)
            continue;
        if (xml.name() == "numFmt") {
            custom.emplace_back(toInt(xml.attribute("numFmtId"), -1),
                                shownBy(attributeText(xml, "formatCode")));
        } else if (xml.name() == "cellXfs") {
            inCellXfs = true;
        } else if (xml.name() == "xf" && inCellXfs) {
            const int id = toInt(xml.attribute("numFmtId"), 0);
            const auto found = std::find_if(custom.begin(), custom.end(),
                                            [&](const auto& c) { return c.first == id; });
            styles.push_back(found != custom.end() ? found->second : shownByBuiltIn(id));
        }
    }
    return styles;
}

/// The shared strings, their rich text runs joined (phonetic runs left out).
std::vector<std::string> readSharedStrings(Package& package, const std::string& part)
{
    std::vector<std::string> strings;
    const auto data = package.part(part);
    if (!data)
        return strings;
    XmlScanner xml(*data, part);
    std::string current;
    bool inText = false;
    for (auto token = xml.next(); token != XmlScanner::Token::Done; token = xml.next()) {
        if (token == XmlScanner::Token::Text && inText) {
            xml.appendText(current);
        } else if (token == XmlScanner::Token::Start) {
            inText = xml.name() == "t";
            if (xml.name() == "si")
                current.clear();
            else if (xml.name() == "rPh")
                xml.skipElement();
        } else if (token == XmlScanner::Token::End) {
            inText = false;
            if (xml.name() == "si")
                strings.push_back(cellText(current));
        }
    }
    return strings;
}

/// How a cell holds its value: its t attribute.
enum class Stored : unsigned char { Number, Shared, Inline, Text, Boolean, Error, IsoDate };

/// Reads a worksheet's cells row by row into a Sheet.
class SheetReader {
public:
    SheetReader(Sheet& sheet, const std::vector<Column>& columns, const std::vector<Shown>& styles,
                const std::vector<std::string>& strings, bool date1904)
        : m_sheet(sheet)
        , m_columns(columns)
        , m_styles(styles)
        , m_strings(strings)
        , m_date1904(date1904)
    {
    }
    void read(std::string_view data, const std::string& part);
    std::vector<Problem> problems;
    std::vector<std::string> merges; ///< mergeCell refs, e.g. "A1:B1"

private:
    void startRow(const XmlScanner& xml);
    void startCell(const XmlScanner& xml);
    void endCell();
    void endRow();
    std::string value() const;
    std::string numberValue(double v) const;

    Sheet& m_sheet;
    const std::vector<Column>& m_columns;
    const std::vector<Shown>& m_styles;
    const std::vector<std::string>& m_strings;
    const bool m_date1904;
    std::vector<ColumnType> m_types; ///< by column, once the header is read
    std::size_t m_width = 0;         ///< the header's, once read
    bool m_headerRead = false;

    std::vector<std::string> m_row;
    std::vector<Problem> m_rowProblems;
    int m_rowNumber = 0;
    bool m_rowHasValue = false;

    enum class In : unsigned char { Other, Value, Text } m_in = In::Other;
    bool m_inCell = false;
    int m_column = -1;
    int m_style = 0;
    Stored m_stored = Stored::Number;
    bool m_formula = false;
    std::string m_value; ///< <v>
    std::string m_text;  ///< <is><t>
};

void SheetReader::read(std::string_view data, const std::string& part)
{
    using Token = XmlScanner::Token;
    XmlScanner xml(data, part);
    for (auto token = xml.next(); token != Token::Done; token = xml.next()) {
        if (token == Token::Text) {
            if (m_in != In::Other)
                xml.appendText(m_in == In::Value ? m_value : m_text);
        } else if (token == Token::Start) {
            const std::string_view name = xml.name();
            if (name == "c") {
                startCell(xml);
            } else if (name == "v" || name == "t") {
                m_in = !m_inCell ? In::Other : name == "v" ? In::Value : In::Text;
            } else if (name == "f") {
                m_formula = m_inCell;
                xml.skipElement();
            } else if (name == "rPh") {
                xml.skipElement();
            } else if (name == "row") {
                startRow(xml);
            } else if (name == "mergeCell") {
                merges.emplace_back(xml.attribute("ref"));
            }
        } else {
            const std::string_view name = xml.name();
            if (name == "v" || name == "t")
                m_in = In::Other;
            else if (name == "c")
                endCell();
            else if (name == "row")
                endRow();
        }
    }
}

void SheetReader::startRow(const XmlScanner& xml)
{
    const int number = toInt(xml.attribute("r"), m_rowNumber + 1);
    if (number > kMostRows)
        refuse("has more than 1 048 576 rows");
    m_rowNumber = number;
    m_column = -1;
    m_row.assign(m_width, {});
    m_rowProblems.clear();
    m_rowHasValue = false;
}

void SheetReader::startCell(const XmlScanner& xml)
{
    m_inCell = true;
    m_formula = false;
    m_value.clear();
    m_text.clear();
    m_style = toInt(xml.attribute("s"), 0);
    const std::string_view t = xml.attribute("t");
    m_stored = t.empty() || t == "n" ? Stored::Number
               : t == "s"            ? Stored::Shared
               : t == "inlineStr"    ? Stored::Inline
               : t == "str"          ? Stored::Text
               : t == "b"            ? Stored::Boolean
               : t == "e"            ? Stored::Error
               : t == "d"            ? Stored::IsoDate
                                     : Stored::Number;
    const std::string_view ref = xml.attribute("r");
    int row = 0;
    if (ref.empty() ? ++m_column >= kMostColumns : !parseReference(ref, m_column, row))
        refuse("is damaged (a cell is at " + (ref.empty() ? "column 16 385" : std::string(ref))
               + ")");
}

std::string SheetReader::value() const
{
    switch (m_stored) {
    case Stored::Shared: {
        if (m_value.empty())
            return {};
        const int index = toInt(m_value, -1);
        if (index < 0 || std::size_t(index) >= m_strings.size())
            refuse("is damaged (a cell refers to shared string " + m_value + ", which is missing)");
        return m_strings[std::size_t(index)];
    }
    case Stored::Inline:
        return cellText(m_text.empty() ? m_value : m_text);
    case Stored::Text:
    case Stored::Error:
        return cellText(m_value);
    case Stored::Boolean:
        return m_value.empty() ? std::string() : m_value == "1" ? "true" : "false";
    case Stored::IsoDate:
        return cellText(m_value.substr(0, m_value.find('T')));
    case Stored::Number:
        break;
    }
    if (m_value.empty())
        return {};
    double v = 0;
    const char* end = m_value.data() + m_value.size();
    const auto [ptr, error] = std::from_chars(m_value.data(), end, v);
    if (error != std::errc() || ptr != end || !std::isfinite(v))
        return cellText(m_value);
    return numberValue(v);
}

std::string SheetReader::numberValue(double v) const
{
    Shown shown =
        std::size_t(m_style) < m_styles.size() ? m_styles[std::size_t(m_style)] : Shown::Number;
    const ColumnType type =
        std::size_t(m_column) < m_types.size() ? m_types[std::size_t(m_column)] : ColumnType::Text;
    if (type == ColumnType::Date && shown == Shown::Number)
        shown = Shown::DateTime; // a plain number in a date column counts days
    std::optional<std::string> shownText;
    if (shown == Shown::Date || shown == Shown::DateTime)
        shownText = dateText(v, m_date1904, shown == Shown::DateTime);
    else if (shown == Shown::Time)
        shownText = timeText(v);
    else if (type == ColumnType::Money)
        shownText = moneyText(v);
    return shownText ? std::move(*shownText) : numberText(v);
}

void SheetReader::endCell()
{
    m_inCell = false;
    std::string v = value();
    if (m_formula)
        m_rowProblems.push_back({m_rowNumber, m_column, "holds a formula; paste it as a value"});
    else if (m_stored == Stored::Error)
        m_rowProblems.push_back({m_rowNumber, m_column, "is an error (" + v + ")"});
    if (v.empty())
        return;
    m_rowHasValue = true;
    if (m_headerRead && std::size_t(m_column) >= m_width) {
        m_rowProblems.push_back({m_rowNumber, m_column,
                                 "holds a value right of the header's last column ("
                                     + columnLetters(int(m_width) - 1) + ")"});
        return;
    }
    if (std::size_t(m_column) >= m_row.size())
        m_row.resize(std::size_t(m_column) + 1);
    m_row[std::size_t(m_column)] = std::move(v);
}

void SheetReader::endRow()
{
    if (!m_rowHasValue)
        return; // nor are its formulas reported: they show nothing
    if (!m_headerRead) {
        while (m_row.back().empty())
            m_row.pop_back();
        m_headerRead = true;
        m_width = m_row.size();
        for (const std::string& name : m_row) {
            const auto column = std::find_if(m_columns.begin(), m_columns.end(),
                                             [&](const Column& c) { return c.name == name; });
            m_types.push_back(column != m_columns.end() ? column->type : ColumnType::Text);
        }
    }
    m_sheet.rows.push_back(std::move(m_row));
    m_sheet.rowNumbers.push_back(m_rowNumber);
    problems.insert(problems.end(), m_rowProblems.begin(), m_rowProblems.end());
}

/// A sheet of a workbook: its name, relationship id and whether it is shown.
struct SheetEntry {
    std::string name;
    std::string id;
    bool visible = true;
};

/// The workbook's sheets in order, and whether it counts days from 1904.
std::vector<SheetEntry> readWorkbook(const std::string& data, const std::string& part,
                                     bool& date1904)
{
    std::vector<SheetEntry> sheets;
    XmlScanner xml(data, part);
    for (auto token = xml.next(); token != XmlScanner::Token::Done; token = xml.next()) {
        if (token != XmlScanner::Token::Start)
            continue;
        if (xml.name() == "workbookPr") {
            date1904 = xml.attribute("date1904") == "1" || xml.attribute("date1904") == "true";
        } else if (xml.name() == "sheet") {
            const std::string_view state = xml.attribute("state");
            sheets.push_back({attributeText(xml, "name"), attributeText(xml, "id"),
                              state != "hidden" && state != "veryHidden"});
        }
    }
    return sheets;
}

Sheet readSheet(const QByteArray& bytes, const std::string& sheetName,
                const std::vector<Column>& columns, std::vector<Problem>& problems)
{
    if (bytes.isEmpty())
        refuse("is empty");
    if (bytes.startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
        // An OLE compound file: an old .xls, or an .xlsx encrypted inside one.
        if (bytes.contains(QByteArrayView("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28)))
            refuse("is password-protected; save it without a password");
        refuse("is an old .xls workbook; save it as .xlsx");
    }
    Package package(bytes);
    if (!package.isOpen())
        refuse("is not an .xlsx workbook");
    std::string bookPart = targetOf(relationships(package, {}), "officeDocument");
    if (bookPart.empty())
        bookPart = "xl/workbook.xml";
    const auto bookData = package.part(bookPart);
    if (!bookData) {
        if (package.part("mimetype").value_or("").find("spreadsheet") != std::string::npos)
            refuse("is an OpenDocument spreadsheet (.ods); save it as .xlsx");
        if (package.part("xl/workbook.bin"))
            refuse("is a binary .xlsb workbook; save it as .xlsx");
        refuse("is not an .xlsx workbook");
    }
    bool date1904 = false;
    const std::vector<SheetEntry> sheets = readWorkbook(*bookData, bookPart, date1904);
    const auto visible =
        std::find_if(sheets.begin(), sheets.end(), [](const SheetEntry& s) { return s.visible; });
    auto chosen = visible != sheets.end() ? visible : sheets.begin();
    if (!sheetName.empty()) {
        const QString wanted = QString::fromStdString(sheetName);
        chosen = std::find_if(sheets.begin(), sheets.end(), [&](const SheetEntry& s) {
            return QString::fromStdString(s.name).compare(wanted, Qt::CaseInsensitive) == 0;
        });
        if (chosen == sheets.end()) {
            std::string names;
            for (const SheetEntry& s : sheets)
                names += (names.empty() ? "" : ", ") + named(s.name);
            refuse("has no sheet " + named(sheetName) + " (its sheets: " + names + ")");
        }
    }
    if (chosen == sheets.end())
        refuse("has no sheets");
    const auto rels = relationships(package, bookPart);
    const auto sheetRel = std::find_if(rels.begin(), rels.end(),
                                       [&](const Relationship& r) { return r.id == chosen->id; });
    const auto sheetData = sheetRel != rels.end() ? package.part(sheetRel->target) : std::nullopt;
    if (!sheetData)
        refuse("is damaged (sheet " + named(chosen->name) + " is missing)");

    Sheet sheet;
    sheet.name = chosen->name;
    const std::vector<Shown> styles = readStyles(package, targetOf(rels, "styles"));
    const std::vector<std::string> strings =
        readSharedStrings(package, targetOf(rels, "sharedStrings"));
    SheetReader reader(sheet, columns, styles, strings, date1904);
    reader.read(*sheetData, sheetRel->target);
    if (sheet.rows.empty())
        refuse("sheet " + named(sheet.name) + " is empty");

    std::string merged;
    for (const std::string& ref : reader.merges) {
        const std::string_view from = std::string_view(ref).substr(0, ref.find(':'));
        const std::string_view to =
            from.size() < ref.size() ? std::string_view(ref).substr(from.size() + 1) : from;
        int column = 0, first = 0, last = 0;
        if (parseReference(from, column, first) && parseReference(to, column, last)
            && first <= sheet.rowNumbers.front() && sheet.rowNumbers.front() <= last)
            merged += (merged.empty() ? "" : ", ") + ref;
    }
    if (!merged.empty())
        refuse("sheet " + named(sheet.name) + ": the header has merged cells (" + merged
               + "); unmerge them");
    problems.insert(problems.end(), reader.problems.begin(), reader.problems.end());
    return sheet;
}

} // namespace

std::string columnLetters(int index)
{
    std::string letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.insert(letters.begin(), char('A' + (n - 1) % 26));
    return letters;
}

std::optional<Sheet> read(const QByteArray& bytes, const std::string& sheetName,
                          const std::vector<Column>& columns, std::vector<Problem>& problems)
{
    try {
        return readSheet(bytes, sheetName, columns, problems);
    } catch (const Refusal& refusal) {
        problems.push_back({0, -1, refusal.reason});
        return std::nullopt;
    }
}

} // namespace contingent::sdk::xlsx
