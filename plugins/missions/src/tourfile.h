#pragma once
// Importing and exporting tours (past or planned) as CSV or JSON.
//
// The file rules (encoding, quoting, header, JSON array) are the SDK's
// (contingent/sdk/tablefile.h). The columns, in order:
//   service_number,mission,position,first_day,last_day,status,host_supervisor,return_position
// - service_number: an officer already in the store; mission: a mission code in the store.
// - first_day, last_day: YYYY-MM-DD, first <= last, within the mission's dates.
// - status: planned, proposed, approved, active, completed or cancelled; empty means
//   completed when the tour ended before today, otherwise planned.
// - position, host_supervisor, return_position (Police Act, Art. 80): free text, may be empty.
// JSON: an array of objects with these keys, every value a string; position,
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
// exported again gives the same bytes.

#include <contingent/sdk/context.h>
#include <contingent/sdk/tablefile.h>

#include <QByteArray>

namespace contingent::missions {

inline constexpr std::string_view kTourColumns[] = {"service_number",  "mission",        "position",
                                                    "first_day",       "last_day",       "status",
                                                    "host_supervisor", "return_position"};

/// Checks every row, then writes all or nothing. Throws sdk::StoreError when the store fails.
sdk::ImportReport importTours(sdk::Context& context, const QByteArray& bytes,
                              sdk::FileFormat format);

/// Every tour in `format`; `officerId` limits it to one officer's tours.
QByteArray exportTours(sdk::Database& db, sdk::FileFormat format,
                       std::optional<sdk::OfficerId> officerId = std::nullopt);

} // namespace contingent::missions
