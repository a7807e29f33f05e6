#pragma once
// Importing and exporting the whole roster as CSV, an Excel workbook or JSON.
//
// .xlsx (the SDK's table files, contingent/sdk/tables.h): one sheet, "Roster",
// with the CSV's header and columns; birth_date is a date cell shown in the
// user's date format, every other cell text (a service number keeps its
// leading zeros). An import reads the first sheet (or the one named), and a
// birth date typed as text (1985-03-02 or 2.3.1985) as that day. "CSV for
// Excel" is the CSV with a UTF-8 byte order mark.
//
// CSV
//   - UTF-8 text; an optional byte order mark (EF BB BF) is accepted.
//   - Lines end in LF or CRLF. Empty lines at the end are ignored; an empty
//     line between rows is a problem.
//   - RFC 4180 quoting: a field holding a comma, a double quote or a line break
//     is written in double quotes, and a quote inside it is doubled ("").
//     A quoted field may span several lines (a line break inside it is read as LF).
//   - The first line is exactly the header
//       service_number,given_name,family_name,gender,birth_date,rank,unit,email,languages,skills
//     and every row has these ten fields. Spaces and tabs around a value are dropped.
//   - service_number, given_name and family_name are required; gender is F, M or X;
//     birth_date is YYYY-MM-DD (a real day, not after today) or empty; email is
//     empty or an address with '@' and no spaces; rank and unit are free text.
//   - languages: ISO 639-1 code ':' CEFR level, ';'-separated, e.g. en:C1;fr:B2
//     (each language once); may be empty.
//   - skills: free text, ';'-separated, e.g. border policing;forensics; may be
//     empty; repeated skills count once.
//
// JSON
//   An array of objects with the same keys, except that "languages" is an
//   object ({"en": "C1", "fr": "B2"}) and "skills" an array of strings.
//   birth_date may be null or absent; rank, unit, email, languages and skills
//   may be absent (empty). Other keys are refused.
//
// Import: every row is checked first and every problem is reported; only when
// there is none are all rows written, in one transaction. An officer whose
// service number is already in the store is updated (names, gender, birth
// date, rank, unit, email; languages and skills replaced; `active` kept); the
// others are added as active. Each officer added or changed has its own audit
// entry ("import", "officer", its id) with the row it came from and, column by
// column as the export writes them, the old and the new values of what
// changed (an officer the file leaves as it was has none); one more
// ("import", "rosters.roster") records the counts. All in the import's
// transaction.
//
// Export: every officer ordered by service number, languages ordered by code,
// skills sorted; CSV quotes only the fields that need it, JSON is indented
// with the keys in the order above. Exporting, importing into an empty store
// and exporting again gives the same bytes.

#include <contingent/sdk/context.h>
#include <contingent/sdk/tablefile.h>

#include <QByteArray>
#include <QIODevice>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace contingent::rosters {

/// The file formats, problems and report are the SDK's (contingent/sdk/tablefile.h).
using RosterFormat = sdk::FileFormat;
using sdk::describe;
using sdk::ImportProblem;
using sdk::ImportReport;

/// Parses and validates every row first; only when all are good writes them all in one
/// transaction. A bad file writes nothing. Throws sdk::StoreError when the store fails.
/// `sheet` names the workbook's sheet to read (empty: the first).
ImportReport importRoster(sdk::Context& context, const QByteArray& bytes, RosterFormat format,
                          std::string_view sheet = {});

/// Every officer in the store, in `format` (see the file comment); `dateFormat`
/// is how a workbook shows dates (sdk::spreadsheetDateFormat(); empty: YYYY-MM-DD).
QByteArray exportRoster(sdk::Database& db, RosterFormat format, std::string_view dateFormat = {});
/// The same, written to `out` as it is read: memory does not grow with the roster.
void exportRoster(QIODevice& out, sdk::Database& db, RosterFormat format,
                  std::string_view dateFormat = {});

/// Every officer's cells as an export writes them (kRosterColumns), joinedCells() by service
/// number: what an import compares a row with (one string an officer, not eighteen).
std::unordered_map<std::string, std::string> storedRosterCells(sdk::Database& db);
/// `cells` as one string, each cell as its length, ':' and its text.
std::string joinedCells(const std::vector<std::string>& cells);
/// The cells of a joinedCells() string.
std::vector<std::string> splitCells(std::string_view joined);

/// The format a --format value or a file name's extension names (sdk::fileFormatFromName).
inline RosterFormat formatFromName(std::string_view name)
{
    return sdk::fileFormatFromName(name);
}

} // namespace contingent::rosters
