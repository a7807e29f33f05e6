#pragma once
// Transfer orders in and out of files, with the SDK's table files (tables.h):
// CSV, CSV for Excel, .xlsx and JSON. The columns, in order:
//   tour,number,first_day,last_day,handed_on,signed_by,legal_basis
// - tour: the tour's id in this store (`contingent missions tours` lists them).
// - first_day, last_day: YYYY-MM-DD; handed_on: YYYY-MM-DD or empty.
// - signed_by, legal_basis: empty means the defaults (the director general of
//   police, "Police Act, Art. 77").
// JSON: an array of objects with these keys (tour a number, the others strings).
// A row whose tour and first day match an order in the store updates it; the
// others are added. Every row is checked as the form checks an order (inside
// its tour, no overlap, a hand-over not after today), in one transaction: any
// problem and nothing is written. One audit entry per order written.

#include "transferorders.h"

#include <contingent/sdk/tablefile.h>

#include <QByteArray>
#include <QIODevice>

namespace contingent::transfers {

/// Checks every row, then writes all or nothing.
sdk::ImportReport importOrders(sdk::Context& context, const QByteArray& bytes,
                               sdk::FileFormat format, std::string_view sheet = {});

/// Every order (an officer: their own) in `format`; `dateFormat` is how a
/// workbook shows dates (empty: YYYY-MM-DD).
QByteArray exportOrders(sdk::Context& context, sdk::FileFormat format,
                        std::string_view dateFormat = {});
/// The same, written to `out` as the orders are read: memory does not grow with them.
void exportOrders(QIODevice& out, sdk::Context& context, sdk::FileFormat format,
                  std::string_view dateFormat = {});

} // namespace contingent::transfers
