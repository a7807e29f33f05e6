#pragma once
// The mission catalogue that ships with the plugin (data/missions.csv, built
// into the library): the real missions Slovenian police served in since 1997,
// with dates, local time zones, default risk levels and a source note for
// every row. Columns:
//   code,name,organisation,host_country,start_date,end_date,time_zone,risk_level,source
// end_date is empty for a mission still running.
//
// Seeding: every store gets the catalogue when the plugin first starts. Each
// code offered is remembered (missions_catalogue_code), so a later catalogue
// adds only its new codes: nothing a planner edited is overwritten, and a
// mission a planner removed does not come back. A mission a planner added
// under a catalogue code before the catalogue offered it is kept as it is.

#include "missionrecords.h"

#include <QByteArray>

namespace contingent::missions {

/// The catalogue's columns, in file order.
inline constexpr std::string_view kCatalogueColumns[] = {
    "code",     "name",           "organisation", "host_country", "start_date",
    "end_date", "slovenian_from", "time_zone",    "risk_level",   "source"};

/// Parses a catalogue file; problems are reported row by row as for imports.
std::vector<MissionInfo> readCatalogue(const QByteArray& csv,
                                       std::vector<sdk::ImportProblem>& problems);

/// The catalogue built into the plugin. Throws sdk::Error when it cannot be read
/// (a broken build), naming every problem.
std::vector<MissionInfo> builtInCatalogue();

/// Adds the catalogue's codes this store has not been offered yet, in one
/// savepoint, audited as the "catalogue" actor. Returns how many missions were added.
int seedCatalogue(sdk::Context& context, const std::vector<MissionInfo>& catalogue);

/// seedCatalogue() of builtInCatalogue(), at every start: the built-in codes are compared with
/// the store's first, so a start with none to add neither reads the whole catalogue nor loads
/// the time-zone database that checking it needs (1.5 ms of every start and every command).
int seedBuiltInCatalogue(sdk::Context& context);

/// The catalogue as CSV (the same columns), e.g. for `missions list --csv`.
QByteArray catalogueCsv(const std::vector<MissionInfo>& missions);

} // namespace contingent::missions
