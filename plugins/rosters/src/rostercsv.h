#pragma once
// The roster's columns. The CSV reader, the UTF-8 check and the field quoting
// are the SDK's (contingent/sdk/tablefile.h); the file format is described in
// rosterimport.h.

#include "rosterimport.h"
#include "rosterrecords.h"

#include <contingent/sdk/tables.h>

#include <array>
#include <string_view>
#include <vector>

namespace contingent::rosters {

/// The roster's fields in file order: the CSV columns and the JSON keys.
inline constexpr std::array<std::string_view, 10> kRosterColumns = {
    "service_number", "given_name", "family_name", "gender",    "birth_date",
    "rank",           "unit",       "email",       "languages", "skills"};
/// The roster as a table file (tables.h): birth dates are dates in a spreadsheet.
inline const std::vector<sdk::TableColumn>& rosterTable()
{
    static const std::vector<sdk::TableColumn> columns = [] {
        std::vector<sdk::TableColumn> out;
        for (std::string_view name : kRosterColumns)
            out.push_back({std::string(name),
                           name == "birth_date" ? sdk::CellType::Date : sdk::CellType::Text});
        return out;
    }();
    return columns;
}
/// The first line of a roster CSV file.
inline constexpr std::string_view kRosterCsvHeader =
    "service_number,given_name,family_name,gender,birth_date,rank,unit,email,languages,skills";

using sdk::appendCsvField;
using sdk::kUtf8Bom;
using sdk::quoted;

} // namespace contingent::rosters
