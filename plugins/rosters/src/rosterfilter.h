#pragma once
// The Rosters page's filters as one SQL condition over `officer o`, with its
// parameters bound (never spliced).

#include <QVariantMap>

#include <string>
#include <vector>

namespace contingent::rosters {

struct SqlCondition {
    std::string where; ///< "" when nothing is filtered
    std::vector<std::string> args;
    bool operator==(const SqlCondition&) const = default;
};

/// Keys: rank, unit, gender, language (+ level: at or above it), skill,
/// available_from + available_to (no unavailability and no other tour that is
/// not cancelled overlaps the whole period; both or neither). Empty values are
/// ignored. Throws sdk::InputError for a bad date, level or period.
SqlCondition rosterFilter(const QVariantMap& filters);

} // namespace contingent::rosters
