// The .xlsx writer (xlsx.h): SpreadsheetML written as it streams, zipped with the system's
// minizip. It replaced libxlsxwriter, which took 6x the time of the same CSV export against
// issue #18's 3x: its cell XML alone took 1.8x, and it deflates at zlib's default level, which
// no caller can change. Here the rows' XML is deflated at the fastest level on a second thread.
#include "xlsx.h"

#include "xlsxzip.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace contingent::sdk::xlsx {

namespace {

using detail::Archive;
using detail::Deflater;
using detail::kChunkSize;
using detail::RowsDeflater;

/// Money cells: two decimals, grouped thousands, the euro sign after the amount.
constexpr const char* kMoneyFormat = "#,##0.00\\ \"€\"";
/// Text cells (and new cells typed into a text column) stay text: "00123" keeps its zeros.
constexpr const char* kTextFormat = "@";
constexpr std::size_t kMostColumnWidth = 60;
constexpr std::size_t kMostRows = 1'048'575; // and the header
constexpr std::size_t kMostColumns = 16'384;
constexpr std::size_t kMostSheetNameCharacters = 31;
constexpr std::size_t kMostCellCharacters = 32'767;

/// The number of characters (not bytes) in UTF-8 text.
std::size_t characters(std::string_view s)
{
    return std::size_t(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool allDigits(std::string_view s)
{
    return !s.empty()
           && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// The value of digits (at most 18 of them).
long long digitValue(std::string_view s)
{
    long long v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

/// `text` as a number when it is an integer in canonical form with at most 15 digits
/// (Excel keeps 15), so reading it back gives the same text.
std::optional<double> integerValue(std::string_view text)
{
    const bool negative = text.starts_with('-');
    const std::string_view digits = negative ? text.substr(1) : text;
    if (!allDigits(digits) || digits.size() > 15 || (digits.size() > 1 && digits[0] == '0')
        || (negative && digits == "0"))
        return std::nullopt;
    const double v = double(digitValue(digits));
    return negative ? -v : v;
}

/// `text` as a number of euros when it is money in its plain form: "1234.56", "-0.50".
std::optional<double> moneyValue(std::string_view text)
{
    const bool negative = text.starts_with('-');
    const std::string_view s = negative ? text.substr(1) : text;
    const std::size_t point = s.find('.');
    if (point == std::string_view::npos || point == 0 || point > 13 || s.size() != point + 3)
        return std::nullopt;
    const std::string_view whole = s.substr(0, point);
    const std::string_view cents = s.substr(point + 1);
    if (!allDigits(whole) || !allDigits(cents) || (whole.size() > 1 && whole[0] == '0')
        || (negative && text == "-0.00"))
        return std::nullopt;
    const double v = double(digitValue(whole) * 100 + digitValue(cents)) / 100;
    return negative ? -v : v;
}

/// The Excel serial number of a YYYY-MM-DD day from 1900-01-01 on (1900 date system).
std::optional<double> dateValue(std::string_view text)
{
    using namespace std::chrono;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !allDigits(text.substr(0, 4))
        || !allDigits(text.substr(5, 2)) || !allDigits(text.substr(8, 2)))
        return std::nullopt;
    const year_month_day ymd{year{int(digitValue(text.substr(0, 4)))},
                             month{unsigned(digitValue(text.substr(5, 2)))},
                             day{unsigned(digitValue(text.substr(8, 2)))}};
    if (!ymd.ok() || ymd.year() < year{1900})
        return std::nullopt;
    auto serial = (sys_days(ymd) - sys_days(year{1899} / December / 30)).count();
    if (serial < 61)
        --serial; // Excel counts a 1900-02-29 that never was (Lotus 1-2-3's leap year bug)
    return double(serial);
}

/// How many characters a cell shows: a money amount gains its separators and " €".
std::size_t shownWidth(const Column& column, const std::string& value, std::size_t dateWidth)
{
    if (value.empty())
        return 0;
    if (column.type == ColumnType::Date && dateValue(value))
        return dateWidth;
    if (column.type == ColumnType::Money && moneyValue(value)) {
        const std::size_t whole = value.find('.') - (value.starts_with('-') ? 1 : 0);
        return value.size() + (whole - 1) / 3 + 2;
    }
    return characters(value);
}

/// `name` as Excel allows a sheet name: no []:*?/\, no apostrophe at either end, 1-31 characters.
std::string sheetTitle(std::string_view name)
{
    std::string title;
    std::size_t count = 0;
    for (std::size_t i = 0; i < name.size() && count < kMostSheetNameCharacters; ++count) {
        std::size_t length = 1;
        while (i + length < name.size()
               && (static_cast<unsigned char>(name[i + length]) & 0xC0) == 0x80)
            ++length;
        const bool banned = length == 1
                            && (std::string_view("[]:*?/\\").find(name[i]) != std::string_view::npos
                                || static_cast<unsigned char>(name[i]) < 0x20);
        title += banned ? std::string_view("_") : name.substr(i, length);
        i += length;
    }
    while (title.starts_with('\''))
        title.erase(0, 1);
    while (title.ends_with('\''))
        title.pop_back();
    return title.empty() ? std::string("Sheet1") : title;
}

/// Appends `text` as XML character data: & < > (and " for attributes) as entities; the control
/// characters XML can't hold as _xHHHH_, the way Excel writes them, and a "_xHHHH_" that is
/// really in the text with its '_' as _x005F_, so a reader's decoding gives the text back.
void appendEscaped(std::string& out, std::string_view text)
{
    std::size_t plain = 0; // start of the run not yet appended
    const auto flush = [&](std::size_t i) { out.append(text.substr(plain, i - plain)); };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const char* entity = nullptr;
        switch (c) {
        case '&':
            entity = "&amp;";
            break;
        case '<':
            entity = "&lt;";
            break;
        case '>':
            entity = "&gt;";
            break;
        case '"':
            entity = "&quot;";
            break;
        case '_':
            if (i + 7 <= text.size() && text[i + 1] == 'x' && text[i + 6] == '_'
                && std::all_of(text.begin() + std::ptrdiff_t(i) + 2,
                               text.begin() + std::ptrdiff_t(i) + 6,
                               [](char h) { return std::isxdigit(static_cast<unsigned char>(h)); }))
                entity = "_x005F";
            break;
        default:
            if (c < 0x20 && c != '\t' && c != '\n') {
                flush(i);
                constexpr const char* hex = "0123456789ABCDEF";
                out.append("_x00").push_back(hex[c >> 4]);
                out.push_back(hex[c & 0xF]);
                out.push_back('_');
                plain = i + 1;
            }
            continue;
        }
        if (!entity)
            continue;
        flush(i);
        out.append(entity);
        plain = c == '_' ? i : i + 1; // the '_' itself stays, after its _x005F
    }
    flush(text.size());
}

void appendNumber(std::string& out, std::uint64_t n)
{
    char digits[24];
    out.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
}

/// A cell reference range from A1 to the last column of the last row: "A1:R121".
std::string sheetRange(std::size_t columns, std::size_t rows)
{
    return "A1:" + columnLetters(int(columns - 1)) + std::to_string(rows);
}

/// The column width Excel stores for `characters` of Calibri 11: the pixels it takes (seven a
/// character and five of padding), in characters again, to 1/256 (as Excel itself writes it).
double storedWidth(std::size_t characters)
{
    const double pixels = double(characters * 7 + 5);
    return double(long(pixels / 7 * 256)) / 256;
}

constexpr const char* kXmlDeclaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kMainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* kRelationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string contentTypes()
{
    const std::string office = "application/vnd.openxmlformats-officedocument.";
    return std::string(kXmlDeclaration)
           + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
             "<Default Extension=\"rels\" "
             "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
             "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
             "<Override PartName=\"/xl/workbook.xml\" ContentType=\""
           + office
           + "spreadsheetml.sheet.main+xml\"/>"
             "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\""
           + office
           + "spreadsheetml.worksheet+xml\"/>"
             "<Override PartName=\"/xl/styles.xml\" ContentType=\""
           + office + "spreadsheetml.styles+xml\"/></Types>";
}

std::string relationship(int id, const char* type, const char* target)
{
    return "<Relationship Id=\"rId" + std::to_string(id) + "\" Type=\"" + kRelationships + "/"
           + type + "\" Target=\"" + target + "\"/>";
}

std::string packageRelationships()
{
    return std::string(kXmlDeclaration)
           + "<Relationships "
             "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           + relationship(1, "officeDocument", "xl/workbook.xml") + "</Relationships>";
}

std::string workbookRelationships()
{
    return std::string(kXmlDeclaration)
           + "<Relationships "
             "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           + relationship(1, "worksheet", "worksheets/sheet1.xml")
           + relationship(2, "styles", "styles.xml") + "</Relationships>";
}

/// The workbook: its one sheet, and the hidden name Excel keeps for the sheet's filter.
std::string workbook(const std::string& title, const std::string& filterRange)
{
    std::string quoted = "'";
    for (char c : title)
        quoted += c == '\'' ? std::string("''") : std::string(1, c);
    quoted += "'!" + filterRange;
    std::string xml = std::string(kXmlDeclaration) + "<workbook xmlns=\"" + kMainNamespace
                      + "\" xmlns:r=\"" + kRelationships
                      + "\"><bookViews><workbookView xWindow=\"240\" yWindow=\"15\" "
                        "windowWidth=\"16095\" windowHeight=\"9660\"/></bookViews><sheets>"
                        "<sheet name=\"";
    appendEscaped(xml, title);
    xml += "\" sheetId=\"1\" r:id=\"rId1\"/></sheets><definedNames>"
           "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">";
    appendEscaped(xml, quoted);
    return xml + "</definedName></definedNames></workbook>";
}

/// The cell formats, by their index in cellXfs.
enum Style { Plain = 0, Bold = 1, TextStyle = 2, DateStyle = 3, MoneyStyle = 4 };

std::string styles(const std::string& dateFormat)
{
    std::string xml = std::string(kXmlDeclaration) + "<styleSheet xmlns=\"" + kMainNamespace
                      + "\"><numFmts count=\"3\">";
    int id = 164; // the first number a workbook's own formats may take
    for (const char* code : {kTextFormat, dateFormat.c_str(), kMoneyFormat}) {
        xml += "<numFmt numFmtId=\"" + std::to_string(id++) + "\" formatCode=\"";
        appendEscaped(xml, code);
        xml += "\"/>";
    }
    const std::string font = "<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/>";
    xml += "</numFmts><fonts count=\"2\"><font>" + font + "</font><font><b/>" + font
           + "</font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
             "<fill><patternFill patternType=\"gray125\"/></fill></fills><borders count=\"1\">"
             "<border><left/><right/><top/><bottom/><diagonal/></border></borders>"
             "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
             "borderId=\"0\"/></cellStyleXfs><cellXfs count=\"5\">"
             "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
             "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
             "applyFont=\"1\"/>";
    for (int format = 164; format <= 166; ++format)
        xml += "<xf numFmtId=\"" + std::to_string(format)
               + "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>";
    return xml
           + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" "
             "builtinId=\"0\"/></cellStyles></styleSheet>";
}

/// Appends one inline text cell.
void appendTextCell(std::string& xml, const std::string& reference, Style style,
                    std::string_view text)
{
    xml += "<c r=\"";
    xml += reference;
    xml += "\" s=\"";
    xml += char('0' + style);
    xml += "\" t=\"inlineStr\"><is><t";
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    if (!text.empty() && (isSpace(text.front()) || isSpace(text.back())))
        xml += " xml:space=\"preserve\"";
    xml += '>';
    appendEscaped(xml, text);
    xml += "</t></is></c>";
}

/// The sheet's XML before its rows: the filled range, the frozen header, the columns' widths and
/// formats, and the header row itself.
std::string sheetStart(const std::vector<Column>& columns, const std::vector<std::size_t>& widths,
                       const std::string& range)
{
    std::string xml = std::string(kXmlDeclaration) + "<worksheet xmlns=\"" + kMainNamespace
                      + "\" xmlns:r=\"" + kRelationships + "\"><dimension ref=\"" + range
                      + "\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
                        "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                        "state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView>"
                        "</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>";
    char width[32];
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const std::string n = std::to_string(c + 1);
        const double stored = storedWidth(std::min(widths[c] + 1, kMostColumnWidth));
        xml += "<col min=\"" + n + "\" max=\"" + n + "\" width=\"";
        xml.append(width, std::to_chars(width, width + sizeof width, stored).ptr);
        xml += columns[c].type == ColumnType::Text ? "\" style=\"2\"" : "\"";
        xml += " customWidth=\"1\"/>";
    }
    xml += "</cols><sheetData><row r=\"1\">";
    for (std::size_t c = 0; c < columns.size(); ++c)
        appendTextCell(xml, columnLetters(int(c)) + "1", Bold, columns[c].name);
    return xml + "</row>";
}

std::string sheetEnd(const std::string& range)
{
    return "</sheetData><autoFilter ref=\"" + range
           + "\"/><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" "
             "header=\"0.3\" footer=\"0.3\"/></worksheet>";
}

} // namespace

void write(const std::string& path, const std::string& sheetName,
           const std::vector<Column>& columns, const std::vector<std::vector<std::string>>& rows,
           const std::string& dateFormat)
{
    write(
        path, sheetName, columns,
        [&rows](const std::function<void(const std::vector<std::string>&)>& each) {
            for (const auto& row : rows)
                each(row);
        },
        dateFormat);
}

void write(const std::string& path, const std::string& sheetName,
           const std::vector<Column>& columns, const RowSource& rows, const std::string& dateFormat)
{
    if (columns.empty() || columns.size() > kMostColumns)
        throw std::invalid_argument("an .xlsx sheet has 1 to 16 384 columns, not "
                                    + std::to_string(columns.size()));
    const std::string numberFormat = dateFormat.empty() ? kIsoDateFormat : dateFormat;

    // The rows are written as they come, to a deflate stream of their own; the widths, the
    // filter's range and the filled range, which the sheet states before its rows, are measured
    // on the way, and the sheet's entry is put together last from its start, the deflated rows
    // and its end: one pass over the rows, and memory that does not grow with them.
    const std::size_t dateWidth = std::max<std::size_t>(characters(numberFormat), 10);
    std::vector<std::size_t> widths(columns.size());
    std::vector<std::string> letters(columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c) {
        widths[c] = characters(columns[c].name) + 3; // bold, and the filter's button
        letters[c] = columnLetters(int(c));
    }

    RowsDeflater deflater;
    std::string xml;
    xml.reserve(kChunkSize + kChunkSize / 8);
    std::string reference;
    std::size_t written = 0;
    rows([&](const std::vector<std::string>& values) {
        if (values.size() != columns.size())
            throw std::invalid_argument("row " + std::to_string(written + 1) + " has "
                                        + std::to_string(values.size()) + " values for "
                                        + std::to_string(columns.size()) + " columns");
        if (written == kMostRows)
            throw std::runtime_error("more than 1 048 575 rows do not fit in an .xlsx sheet");
        const std::size_t row = ++written + 1; // under the header
        char digits[24];
        const std::string_view number(digits, std::to_chars(digits, digits + 24, row).ptr);
        xml += "<row r=\"";
        xml += number;
        xml += "\">";
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const std::string& value = values[c];
            if (value.empty())
                continue;
            const std::size_t shown = shownWidth(columns[c], value, dateWidth);
            widths[c] = std::max(widths[c], shown);
            reference.assign(letters[c]).append(number);
            std::optional<double> serial;
            Style style = Plain;
            switch (columns[c].type) {
            case ColumnType::Text:
                break;
            case ColumnType::Integer:
                if (integerValue(value))
                    serial = 0;
                break;
            case ColumnType::Date:
                serial = dateValue(value);
                style = DateStyle;
                break;
            case ColumnType::Money:
                if (moneyValue(value))
                    serial = 0;
                style = MoneyStyle;
                break;
            }
            if (!serial) {
                if (shown > kMostCellCharacters) // as text, its width is its characters
                    throw std::runtime_error("row " + std::to_string(row) + ", column " + letters[c]
                                             + ": text longer than the 32 767 characters a "
                                               "cell holds");
                appendTextCell(xml, reference, TextStyle, value);
                continue;
            }
            xml += "<c r=\"";
            xml += reference;
            if (style != Plain) {
                xml += "\" s=\"";
                xml += char('0' + style);
            }
            xml += "\"><v>";
            if (columns[c].type == ColumnType::Date)
                appendNumber(xml, std::uint64_t(*serial));
            else
                xml += value; // an integer or an amount in its plain form is a number as it is
            xml += "</v></c>";
        }
        xml += "</row>";
        if (xml.size() >= kChunkSize)
            deflater.push(xml);
    });
    if (!xml.empty())
        deflater.push(xml);
    deflater.finish();

    const std::string range = sheetRange(columns.size(), written + 1);
    const std::string title = sheetTitle(sheetName);
    Archive zip(path);
    zip.add("[Content_Types].xml", contentTypes());
    zip.add("_rels/.rels", packageRelationships());
    zip.add("xl/workbook.xml",
            workbook(title, "$A$1:$" + letters.back() + "$" + std::to_string(written + 1)));
    zip.add("xl/_rels/workbook.xml.rels", workbookRelationships());
    zip.add("xl/styles.xml", styles(numberFormat));

    Deflater start, end;
    std::string startBytes, endBytes;
    const auto into = [](std::string& bytes) {
        return [&bytes](const unsigned char* b, std::size_t n) {
            bytes.append(reinterpret_cast<const char*>(b), n);
        };
    };
    start.deflate(sheetStart(columns, widths, range), Z_SYNC_FLUSH, into(startBytes));
    end.deflate(sheetEnd(range), Z_FINISH, into(endBytes));
    const uLong crc =
        crc32_combine64(crc32_combine64(start.crc(), deflater.crc(), z_off64_t(deflater.size())),
                        end.crc(), z_off64_t(end.size()));
    zip.addDeflated(
        "xl/worksheets/sheet1.xml", start.size() + deflater.size() + end.size(), crc, [&] {
            zip.writeRaw(startBytes.data(), startBytes.size());
            std::vector<char> buffer(1 << 16);
            for (std::size_t n;
                 (n = std::fread(buffer.data(), 1, buffer.size(), deflater.file())) > 0;)
                zip.writeRaw(buffer.data(), n);
            if (std::ferror(deflater.file()))
                throw std::runtime_error("cannot read the temporary file back");
            zip.writeRaw(endBytes.data(), endBytes.size());
        });
    zip.close();
}

} // namespace contingent::sdk::xlsx
