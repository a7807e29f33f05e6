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

/// The roster's fields in file order: the CSV columns and the JSON keys. The first ten are the
/// officer, languages and skills; the rest (the documents, the deployable flag, courses and
/// unavailability, rosterextras.h) make an export a complete backup. A file may hold the first
/// ten only: it then leaves the rest of each officer's record as it is.
inline constexpr std::array<std::string_view, 18> kRosterColumns = {"service_number",
                                                                    "given_name",
                                                                    "family_name",
                                                                    "gender",
                                                                    "birth_date",
                                                                    "rank",
                                                                    "unit",
                                                                    "email",
                                                                    "languages",
                                                                    "skills",
                                                                    "competency_test",
                                                                    "passport_number",
                                                                    "passport_expiry",
                                                                    "driving_licence",
                                                                    "deployable",
                                                                    "not_deployable_reason",
                                                                    "courses",
                                                                    "unavailability"};
/// How many of kRosterColumns a file of the officer, languages and skills only has.
inline constexpr std::size_t kBasicRosterColumns = 10;

/// The roster as a table file (tables.h): dates are dates in a spreadsheet. `basic`: the
/// first kBasicRosterColumns only.
inline const std::vector<sdk::TableColumn>& rosterTable(bool basic = false)
{
    static const auto make = [](std::size_t count) {
        std::vector<sdk::TableColumn> out;
        for (std::size_t i = 0; i < count; ++i) {
            const std::string_view name = kRosterColumns[i];
            const bool date =
                name == "birth_date" || name == "competency_test" || name == "passport_expiry";
            out.push_back({std::string(name), date ? sdk::CellType::Date : sdk::CellType::Text});
        }
        return out;
    };
    static const std::vector<sdk::TableColumn> full = make(kRosterColumns.size());
    static const std::vector<sdk::TableColumn> first = make(kBasicRosterColumns);
    return basic ? first : full;
}
/// The first line of a roster CSV file.
inline constexpr std::string_view kRosterCsvHeader =
    "service_number,given_name,family_name,gender,birth_date,rank,unit,email,languages,skills,"
    "competency_test,passport_number,passport_expiry,driving_licence,deployable,"
    "not_deployable_reason,courses,unavailability";
/// The first line of a file of the officer, languages and skills only.
inline constexpr std::string_view kBasicRosterCsvHeader =
    "service_number,given_name,family_name,gender,birth_date,rank,unit,email,languages,skills";

using sdk::appendCsvField;
using sdk::kUtf8Bom;
using sdk::quoted;

} // namespace contingent::rosters
