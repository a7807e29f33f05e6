#pragma once
// Policies as files: .xlsx, CSV or JSON through the SDK's table files.
// Columns: insurer, number, first_day, last_day, death, disability, officers
// (service numbers), missions (codes), document (the kept file's name; read
// back as nothing). officers and missions list several separated by ";".

#include <contingent/sdk/context.h>
#include <contingent/sdk/tablefile.h>

#include <QByteArray>

namespace contingent::insurance {

/// Adds or updates (same insurer and number) every policy of the file, or
/// none: the report names each problem's row and column.
sdk::ImportReport importPolicies(sdk::Context& context, const QByteArray& bytes,
                                 sdk::FileFormat format, std::string_view sheet = {});
/// Every policy, in `format`.
QByteArray exportPolicies(sdk::Context& context, sdk::FileFormat format,
                          std::string_view dateFormat = {});

} // namespace contingent::insurance
