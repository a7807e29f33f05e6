#pragma once
// Rates and claims as files: .xlsx, CSV or JSON through the SDK's table files.
//
//   - rates: kind, country, valid_from, valid_until, amount, currency,
//     confirmed, source. An import replaces every rate of the kinds the file
//     holds (an allowance file leaves the other amounts alone).
//   - claims, exported: id, deployment, service_number, mission, category,
//     date, amount, description, state, reason, receipt.
//   - claims, imported (new claims, as submitted): deployment, category,
//     date, amount, description.

#include <contingent/sdk/context.h>
#include <contingent/sdk/tablefile.h>

#include <QByteArray>

#include <QIODevice>

namespace contingent::expenses {

sdk::ImportReport importRates(sdk::Context& context, const QByteArray& bytes,
                              sdk::FileFormat format, std::string_view sheet = {});
QByteArray exportRates(sdk::Context& context, sdk::FileFormat format,
                       std::string_view dateFormat = {});
sdk::ImportReport importClaims(sdk::Context& context, const QByteArray& bytes,
                               sdk::FileFormat format, std::string_view sheet = {});
/// The claims the user may see (an officer: their own).
QByteArray exportClaims(sdk::Context& context, sdk::FileFormat format,
                        std::string_view dateFormat = {});
/// The same, written to `out` as the claims are read: memory does not grow with them.
void exportClaims(QIODevice& out, sdk::Context& context, sdk::FileFormat format,
                  std::string_view dateFormat = {});

/// The report of `year`: one row per mission, category and month, and the
/// total (section, key, forecast, actual, paid, waiting, difference).
QByteArray exportReport(sdk::Context& context, int year, sdk::FileFormat format,
                        std::string_view dateFormat = {});

} // namespace contingent::expenses
