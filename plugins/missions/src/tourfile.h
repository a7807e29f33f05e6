#pragma once
// Importing and exporting tours (past or planned) as CSV, an Excel workbook or JSON.
//
// The file rules (encoding, quoting, header, JSON array) are the SDK's
// (contingent/sdk/tablefile.h). The columns, in order:
//   service_number,mission,position,first_day,last_day,status,host_supervisor,return_position
// - service_number: an officer already in the store; mission: a mission code in the store.
// - first_day, last_day: YYYY-MM-DD, first <= last, within the mission's dates.
// - status: planned, proposed, approved, active, completed or cancelled; empty means
//   completed when the tour ended before today, otherwise planned.
// - position, host_supervisor, return_position (Police Act, Art. 80): free text, may be empty.
// .xlsx (the SDK's table files): one sheet, "Tours", with the CSV's header;
// first_day and last_day are date cells. "CSV for Excel" is the CSV with a
// UTF-8 byte order mark.
// JSON: an array of objects with these keys, every value a string (an export
// also gives each tour's "id" in this store, which an import ignores); position,
// status, host_supervisor and return_position may be absent: a new tour gets
// them empty, an update keeps what is stored. An empty status on an update
// keeps the stored status too.
//
// A tour is known by officer, mission and first day: a row matching a tour in
// the store updates it, the others are added. No two tours of one officer may
// share a day (cancelled ones aside), in the file or against the store.
// Every row is checked, and all are written, in one transaction (so no other
// writer can add a clashing tour in between); any problem rolls it back, and
// nothing is written. One audit entry ("import", "missions.tours").
// Export: every tour ordered by service number, first day and mission; an
// export imported into a store with the same officers and missions and
// exported again gives the same bytes (JSON: but for the ids, the store's own).

#include <contingent/sdk/context.h>
#include <contingent/sdk/tablefile.h>
#include <contingent/sdk/tables.h>

#include <QByteArray>

namespace contingent::missions {

inline constexpr std::string_view kTourColumns[] = {"service_number",  "mission",        "position",
                                                    "first_day",       "last_day",       "status",
                                                    "host_supervisor", "return_position"};

/// Checks every row, then writes all or nothing. Throws sdk::StoreError when the store fails.
/// `sheet` names the workbook's sheet to read (empty: the first).
sdk::ImportReport importTours(sdk::Context& context, const QByteArray& bytes,
                              sdk::FileFormat format, std::string_view sheet = {});

/// Every tour in `format` to `out`, written as read (memory does not grow with the tours);
/// `officerId` limits it to one officer's tours; `dateFormat` is how a workbook shows dates
/// (empty: YYYY-MM-DD).
void exportTours(QIODevice& out, sdk::Database& db, sdk::FileFormat format,
                 std::optional<sdk::OfficerId> officerId = std::nullopt,
                 std::string_view dateFormat = {});
/// The same, as bytes.
QByteArray exportTours(sdk::Database& db, sdk::FileFormat format,
                       std::optional<sdk::OfficerId> officerId = std::nullopt,
                       std::string_view dateFormat = {});

/// The tours as a table file: the days are dates in a spreadsheet.
const std::vector<sdk::TableColumn>& tourTable();

} // namespace contingent::missions
