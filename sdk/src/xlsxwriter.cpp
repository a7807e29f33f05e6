#include "xlsx.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace contingent::sdk::xlsx {

namespace {

/// Money cells: two decimals, grouped thousands, the euro sign after the amount.
constexpr const char* kMoneyFormat = "#,##0.00\\ \"€\"";
/// Text cells (and new cells typed into a text column) stay text: "00123" keeps its zeros.
constexpr const char* kTextFormat = "@";
constexpr std::size_t kMostColumnWidth = 60;
constexpr std::size_t kMostRows = 1'048'575; // and the header
constexpr std::size_t kMostColumns = 16'384;

/// Frees a workbook that is not to be written (workbook_close() writes and frees).
struct WorkbookFree {
    void operator()(lxw_workbook* book) const { lxw_workbook_free(book); }
};

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

/// `value` with each "_xHHHH_" in it kept literal, its '_' written as _x005F_ (as Excel does):
/// a reader decodes _xHHHH_ as the character HHHH.
std::string keptLiteral(const std::string& value)
{
    std::string kept;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value.compare(i, 2, "_x") == 0 && i + 7 <= value.size() && value[i + 6] == '_'
            && std::all_of(value.begin() + std::ptrdiff_t(i) + 2,
                           value.begin() + std::ptrdiff_t(i) + 6,
                           [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); }))
            kept += "_x005F";
        kept += value[i];
    }
    return kept;
}

/// `name` as Excel allows a sheet name: no []:*?/\, no apostrophe at either end, 1-31 characters.
std::string sheetTitle(std::string_view name)
{
    std::string title;
    std::size_t count = 0;
    for (std::size_t i = 0; i < name.size() && count < LXW_SHEETNAME_MAX; ++count) {
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

/// Throws for a libxlsxwriter error while writing the cell at `row`, `column` (0-based).
void check(lxw_error error, std::size_t row, std::size_t column)
{
    if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
        throw std::runtime_error("row " + std::to_string(row + 1) + ", column "
                                 + columnLetters(int(column))
                                 + ": text longer than the 32 767 characters a cell holds");
    if (error != LXW_NO_ERROR)
        throw std::runtime_error("cannot write cell " + columnLetters(int(column))
                                 + std::to_string(row + 1) + ": " + lxw_strerror(error));
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

    // Constant-memory mode writes each row as it comes; the widths, the filter's range and the
    // columns' formats are kept apart from the rows until the workbook is closed, so they are
    // measured in the same single pass and set last.
    const std::size_t dateWidth = std::max<std::size_t>(characters(numberFormat), 10);
    std::vector<std::size_t> widths(columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c)
        widths[c] = characters(columns[c].name) + 3; // bold, and the filter's button

    lxw_workbook_options options{
        .constant_memory = LXW_TRUE, .tmpdir = nullptr, .use_zip64 = LXW_FALSE};
    std::unique_ptr<lxw_workbook, WorkbookFree> book(workbook_new_opt(path.c_str(), &options));
    lxw_worksheet* sheet =
        book ? workbook_add_worksheet(book.get(), sheetTitle(sheetName).c_str()) : nullptr;
    if (!sheet)
        throw std::runtime_error("cannot write " + path + ": no memory or temporary file");
    lxw_format* bold = workbook_add_format(book.get());
    format_set_bold(bold);
    lxw_format* text = workbook_add_format(book.get());
    format_set_num_format(text, kTextFormat);
    lxw_format* date = workbook_add_format(book.get());
    format_set_num_format(date, numberFormat.c_str());
    lxw_format* money = workbook_add_format(book.get());
    format_set_num_format(money, kMoneyFormat);

    const auto lastColumn = lxw_col_t(columns.size() - 1);
    for (lxw_col_t c = 0; c <= lastColumn; ++c)
        check(worksheet_write_string(sheet, 0, c, columns[c].name.c_str(), bold), 0, c);

    std::size_t written = 0;
    rows([&](const std::vector<std::string>& values) {
        if (values.size() != columns.size())
            throw std::invalid_argument("row " + std::to_string(written + 1) + " has "
                                        + std::to_string(values.size()) + " values for "
                                        + std::to_string(columns.size()) + " columns");
        if (written == kMostRows)
            throw std::runtime_error("more than 1 048 575 rows do not fit in an .xlsx sheet");
        const auto row = lxw_row_t(++written);
        for (lxw_col_t c = 0; c <= lastColumn; ++c) {
            const std::string& value = values[c];
            if (value.empty())
                continue;
            widths[c] = std::max(widths[c], shownWidth(columns[c], value, dateWidth));
            std::optional<double> number;
            lxw_format* format = nullptr;
            switch (columns[c].type) {
            case ColumnType::Text:
                break;
            case ColumnType::Integer:
                number = integerValue(value);
                break;
            case ColumnType::Date:
                number = dateValue(value);
                format = date;
                break;
            case ColumnType::Money:
                number = moneyValue(value);
                format = money;
                break;
            }
            lxw_error error;
            if (number)
                error = worksheet_write_number(sheet, row, c, *number, format);
            else if (value.find("_x") == std::string::npos)
                error = worksheet_write_string(sheet, row, c, value.c_str(), text);
            else
                error = worksheet_write_string(sheet, row, c, keptLiteral(value).c_str(), text);
            check(error, row, c);
        }
    });

    for (lxw_col_t c = 0; c <= lastColumn; ++c) {
        const bool isText = columns[c].type == ColumnType::Text;
        worksheet_set_column(sheet, c, c, double(std::min(widths[c] + 1, kMostColumnWidth)),
                             isText ? text : nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(written), lastColumn);

    errno = 0;
    const lxw_error error = workbook_close(book.release());
    if (error != LXW_NO_ERROR)
        throw std::runtime_error("cannot write " + path + ": "
                                 + (errno ? std::strerror(errno) : lxw_strerror(error)));
}

} // namespace contingent::sdk::xlsx
