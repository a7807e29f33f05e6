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

#include "contingent/sdk/command.h"
#include "contingent/sdk/export.h"
#include "contingent/sdk/tablefile.h"

#include <QByteArray>
#include <QIODevice>
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

/// A table's rows one after another: `rows(each)` calls `each` with every row, its values in
/// column order. Called once, for every format (before 1.0.x's single-pass workbook it was called
/// twice for a workbook; a source that can give its rows again stays correct). (Added in 1.0.x.)
using TableRows =
    std::function<void(const std::function<void(const std::vector<std::string>& row)>& each)>;

/// writeTable() for rows as they come, written to `out` as they come: memory does not grow with
/// the rows (a workbook is written row by row in a temporary file, then copied). Throws as
/// writeTable(), and Error when `out` refuses a write. (Added in 1.0.x.)
CONTINGENT_SDK_EXPORT void writeTable(QIODevice& out, FileFormat format, std::string_view title,
                                      std::span<const TableColumn> columns, const TableRows& rows,
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

/// Reads a table file into the store: what `import` does with the file's
/// bytes, its format and the sheet asked for.
using TableImport =
    std::function<ImportReport(const QByteArray& bytes, FileFormat format, std::string_view sheet)>;
/// Makes a table file in `format`, dates shown as `dateFormat` in a spreadsheet.
using TableExport = std::function<QByteArray(FileFormat format, std::string_view dateFormat)>;

/// The verb `contingent <command> import FILE [--format csv|xlsx|json]
/// [--sheet NAME]`: the format from --format or the file's extension, the
/// file's bytes to `import`; prints "Imported FILE: N <noun> added, M
/// updated." (exit 0), or every problem and "Nothing was written." (exit 1).
/// Dispatch it with runVerb(), which reports a file that cannot be read.
CONTINGENT_SDK_EXPORT int runImportVerb(CommandInvocation& call, std::string_view noun,
                                        const TableImport& import);
/// The verb `contingent <command> export --format csv|csv-excel|xlsx|json
/// [--out FILE]`: what `exporter` makes (dates in this locale's spreadsheet
/// format), to standard output or, whole or not at all, to FILE ("Exported
/// <what> to FILE"; the format then also follows FILE's extension).
CONTINGENT_SDK_EXPORT int runExportVerb(CommandInvocation& call, std::string_view what,
                                        const TableExport& exporter);
/// Writes a table file in `format` to `out` as it is made.
using TableStreamExport =
    std::function<void(QIODevice& out, FileFormat format, std::string_view dateFormat)>;
/// runExportVerb() for an exporter that writes as it goes: to FILE through a QSaveFile (whole
/// or not at all), or to standard output; the file is never held whole in memory.
/// (Added in 1.0.x.)
CONTINGENT_SDK_EXPORT int runStreamedExportVerb(CommandInvocation& call, std::string_view what,
                                                const TableStreamExport& exporter);

} // namespace contingent::sdk
