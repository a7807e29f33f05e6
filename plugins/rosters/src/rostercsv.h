#pragma once
// The roster's columns. The CSV reader, the UTF-8 check and the field quoting
// are the SDK's (contingent/sdk/tablefile.h); the file format is described in
// rosterimport.h.

#include "rosterimport.h"
#include "rosterrecords.h"

#include <array>
#include <string_view>

namespace contingent::rosters {

/// The roster's fields in file order: the CSV columns and the JSON keys.
inline constexpr std::array<std::string_view, 10> kRosterColumns = {
    "service_number", "given_name", "family_name", "gender",    "birth_date",
    "rank",           "unit",       "email",       "languages", "skills"};
/// The first line of a roster CSV file.
inline constexpr std::string_view kRosterCsvHeader =
    "service_number,given_name,family_name,gender,birth_date,rank,unit,email,languages,skills";

using sdk::appendCsvField;
using sdk::kUtf8Bom;
using sdk::quoted;

} // namespace contingent::rosters
