#pragma once
// The roster file's columns beyond the core officer (issue #15, item 3): the
// documents, the deployable flag, courses and unavailability, written and read
// back so that an export is a complete backup of the roster.
//
// In a CSV or a workbook cell a list is ';'-separated, and a ';' or '\' inside
// an item is written "\;" or "\\":
//   courses         name: issued[/expires]          first aid: 2024-03-01/2027-03-01; diving:
//   2019-05-20 unavailability  kind: first/last[: note]        leave: 2026-07-01/2026-07-14: summer
//   deployable      yes or no (also y/n, true/false, 1/0, da/ne, any case; empty: yes)

#include "rosterrecords.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace contingent::rosters {

/// A course as a file has it, before its dates are checked.
struct RawCourse {
    std::string name, issued, expires;
};
/// An unavailability period as a file has it.
struct RawPeriod {
    std::string kind, firstDay, lastDay, note;
};

/// `items` joined by "; ", each ';' and '\' in them escaped with '\'.
std::string joinEscaped(const std::vector<std::string>& items);
/// The items of a joinEscaped() list, unescaped and trimmed; empty items dropped.
std::vector<std::string> splitEscaped(std::string_view text);

/// "name: issued" or "name: issued/expires".
std::string formatCourse(std::string_view name, std::string_view issued, std::string_view expires);
/// A course item split at its last ':'; nullopt when it has none.
std::optional<RawCourse> parseCourse(std::string_view item);

/// "kind: first/last" or "kind: first/last: note".
std::string formatPeriod(std::string_view kind, std::string_view first, std::string_view last,
                         std::string_view note);
/// A period item split at its first two ':'; nullopt without a ':' or a '/'.
std::optional<RawPeriod> parsePeriod(std::string_view item);

/// "yes" or "no".
inline const char* formatDeployable(bool deployable)
{
    return deployable ? "yes" : "no";
}
/// The flag for the usual spellings; nullopt for anything else. Empty is yes.
std::optional<bool> parseDeployable(std::string_view text);

/// What a full roster row holds beyond the officer, languages and skills.
struct RosterExtras {
    Documents documents;
    std::vector<Course> courses;
    std::vector<Unavailability> unavailability;
};

} // namespace contingent::rosters
