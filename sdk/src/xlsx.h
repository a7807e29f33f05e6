#pragma once
/// @file xlsx.h
/// Reading and writing one-sheet .xlsx workbooks for the imports and exports.
///
/// Values are UTF-8 text in the form the CSV rows use, so the same row checks read both:
///   - Text as it is (spaces and tabs around it dropped when read, as the CSV reader does);
///   - Integer as digits ("123", "-7"); Date as YYYY-MM-DD; Money as "1234.56" (two decimals,
///     '.' separator, may be negative); an empty value is an empty cell.
/// Written cells are typed: Text is always a text cell (so "=1+1" or "00123" stay text, and
/// no formula is ever written), Integer and Money are numbers, Date is an Excel date.
/// Read cells come back as a person meant them: a date cell as YYYY-MM-DD, a number as its
/// shortest text (123, not 123.0), a boolean as "true"/"false"; a formula or an error is a problem.

#include <QByteArray>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace contingent::sdk::xlsx {

/// How a column's values are written as cells and read back.
enum class ColumnType { Text, Integer, Date, Money };

/// One column of a sheet: its header and its type.
struct Column {
    std::string name;
    ColumnType type = ColumnType::Text;
};

/// The Excel date format code for YYYY-MM-DD; "dd.mm.yyyy" is the Slovene one.
inline constexpr const char* kIsoDateFormat = "yyyy-mm-dd";

/// Writes `rows` (each as many values as `columns`) under a header of the column names as the one
/// sheet of a new workbook at `path`. The sheet is named `sheetName` without []:*?/\ and cut to
/// 31 characters; the header is bold and frozen with an autofilter; columns are as wide as their
/// longest value (at most 60 characters). Integer and Money values not in their form, and dates
/// not YYYY-MM-DD or before 1900, are written as text. Dates are shown with the Excel format code
/// `dateFormat` (kIsoDateFormat when empty), money as "1,234.56 €". Throws std::invalid_argument
/// for a row of the wrong width and std::runtime_error (one line) when the file can't be written.
void write(const std::string& path, const std::string& sheetName,
           const std::vector<Column>& columns, const std::vector<std::vector<std::string>>& rows,
           const std::string& dateFormat = kIsoDateFormat);
/// The rows of a sheet, one after another: `rows(each)` calls `each` with every row in order.
using RowSource =
    std::function<void(const std::function<void(const std::vector<std::string>& row)>& each)>;
/// As above, the rows read from `rows` once and written as they come: their XML is deflated on a
/// thread of its own into a temporary file, while the next rows are read (the widths are measured
/// on the way), so memory does not grow with the rows.
void write(const std::string& path, const std::string& sheetName,
           const std::vector<Column>& columns, const RowSource& rows,
           const std::string& dateFormat = kIsoDateFormat);

/// One sheet as read: the rows holding at least one value, each as wide as the header.
struct Sheet {
    std::string name;
    std::vector<std::vector<std::string>> rows; ///< rows[0] is the header
    std::vector<int> rowNumbers;                ///< the Excel row number (1-based) of each row
};

/// One thing wrong with a workbook: a cell, a row, or the whole file.
struct Problem {
    int row = 0;        ///< the Excel row number (1-based); 0: the whole file
    int column = -1;    ///< 0-based column index (columnLetters() names it); -1: the whole row
    std::string reason; ///< e.g. "holds a formula; paste it as a value"
};

/// The column letters Excel shows for a 0-based index: 0 -> "A", 25 -> "Z", 26 -> "AA".
std::string columnLetters(int index);

/// Reads the first visible sheet of the .xlsx workbook `bytes`, or the one named `sheetName` (in
/// any case) when that is not empty. The header is the first row holding a value; rows without any
/// value are left out (rowNumbers tells where each row was). Date cells read as YYYY-MM-DD (with
/// " HH:MM" when they hold a time of day too), time cells as HH:MM. `columns` types the values by
/// header name: a number in a Money column reads "12.50", a plain number in a Date column as the
/// day it counts. A cell holding a formula (its value is still read), an error, or a value right
/// of the header is a problem of its own. When the file can't be read at all (not a workbook,
/// password-protected, no such sheet, an empty sheet, merged header cells, more than 1 048 576
/// rows), returns nothing and appends one problem, for row 0. Reasons follow a place:
/// "holds a formula; paste it as a value", "is password-protected; save it without a password".
std::optional<Sheet> read(const QByteArray& bytes, const std::string& sheetName,
                          const std::vector<Column>& columns, std::vector<Problem>& problems);

} // namespace contingent::sdk::xlsx
