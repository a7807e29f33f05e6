#pragma once
/// @file tables.h
/// The table file service: one place where every plugin's tables become
/// files and files become rows, in every format the SDK knows.
///
///   - CSV: RFC 4180 in UTF-8 without a byte order mark, for tools.
///   - CSV for Excel: the same with a byte order mark, so Excel reads UTF-8
///     ("Žagar", not "Å½agar").
///   - .xlsx: one sheet named after the table, typed cells (dates as dates in
///     the user's date format, whole numbers as numbers, money as euro numbers
///     with two decimals, text as text: a formula-looking text stays text, and
///     no formula is ever written), a bold frozen header with an autofilter,
///     columns as wide as their values.
///   - JSON (writeTable only): an array of flat objects in column order.
///
/// Values are always the text a CSV row holds (Integer "123", Date
/// "YYYY-MM-DD", Money "1234.56"), so one row check reads every format.

#include "contingent/sdk/export.h"
#include "contingent/sdk/tablefile.h"

#include <QByteArray>
#include <QLocale>

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace contingent::sdk {

/// What a column's values are, for a spreadsheet: how a cell is written and read back.
enum class CellType { Text, Integer, Date, Money };

/// One column of a table file: the CSV header field, JSON key or sheet header.
struct TableColumn {
    std::string name;
    CellType type = CellType::Text;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// The whole file at `path`; throws Error "cannot read PATH: <reason>".
CONTINGENT_SDK_EXPORT QByteArray readWholeFile(const QString& path);
/// Writes `bytes` to `path` whole or not at all (the file it replaces stays
/// as it was until the new one is complete); throws Error "cannot write PATH: <reason>".
CONTINGENT_SDK_EXPORT void saveWholeFile(const QString& path, const QByteArray& bytes);

/// The spreadsheet date format of `locale`'s short date, with a four-digit year
/// ("d. mm. yyyy" for Slovene, "dd/mm/yyyy" for British English; YYYY-MM-DD
/// for the C locale).
CONTINGENT_SDK_EXPORT std::string spreadsheetDateFormat(const QLocale& locale);

/// `rows` (each as wide as `columns`) under a header of the column names, in
/// `format`. `title` names the sheet; `dateFormat` is how a spreadsheet shows
/// dates (spreadsheetDateFormat(); empty: YYYY-MM-DD). Throws InputError for
/// a row of the wrong width and Error when the workbook cannot be made.
CONTINGENT_SDK_EXPORT QByteArray writeTable(FileFormat format, std::string_view title,
                                            std::span<const TableColumn> columns,
                                            const std::vector<std::vector<std::string>>& rows,
                                            std::string_view dateFormat = {});

/// Reads a CSV (either kind) or .xlsx file whose header is `columns`, as
/// readCsvRows() does: every problem of the file goes to `report` (which also
/// learns the format, the columns and the sheet, so describe() names places as
/// the file's program shows them: "sheet Roster, row 26, column I
/// (languages)"), and `row` is called for each row that read cleanly, with its
/// fields in column order and its CSV line or sheet row as firstLine. A .xlsx
/// is read from its first visible sheet, or the one named `sheet`. JSON is an
/// array of flat objects keyed by the column names (what writeTable() writes):
/// each object is a row numbered from 1, its values as the text a CSV row
/// holds (numbers as written, a Money column's with two decimals; null or a
/// missing key: empty), an unknown key or a nested value a problem.
CONTINGENT_SDK_EXPORT void
readTableRows(const QByteArray& bytes, FileFormat format, std::span<const TableColumn> columns,
              ImportReport& report,
              const std::function<void(CsvRecord& record, std::size_t problemsBefore)>& row,
              std::string_view sheet = {});

} // namespace contingent::sdk
