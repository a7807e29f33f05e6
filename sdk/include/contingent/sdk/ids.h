#pragma once
/// @file ids.h
/// Strong id types: an officer id is not a mission id. Each wraps the row's
/// SQLite rowid; 0 means "no row yet" (a record not yet added). The compiler
/// refuses `deployments.forOfficer(missionId)`.

#include <compare>
#include <cstdint>
#include <functional>
#include <ostream>

namespace contingent::sdk {

/// The id of one row of the core table `Tag` names. Explicit both ways.
template <typename Tag> class Id {
public:
    constexpr Id() = default;
    constexpr explicit Id(std::int64_t value)
        : m_value(value)
    {
    }
    /// The rowid, for SQL and for text.
    constexpr std::int64_t value() const { return m_value; }
    /// Whether it names a row (is not 0).
    constexpr bool isValid() const { return m_value != 0; }
    friend constexpr auto operator<=>(Id, Id) = default;
    friend std::ostream& operator<<(std::ostream& out, Id id) { return out << id.m_value; }

private:
    std::int64_t m_value = 0;
};

/// A row of `officer`.
using OfficerId = Id<struct OfficerTag>;
/// A row of `mission`.
using MissionId = Id<struct MissionTag>;
/// A row of `deployment` (a tour).
using DeploymentId = Id<struct DeploymentTag>;
/// A row of `app_user`.
using UserId = Id<struct UserTag>;

} // namespace contingent::sdk

template <typename Tag> struct std::hash<contingent::sdk::Id<Tag>> {
    std::size_t operator()(contingent::sdk::Id<Tag> id) const noexcept
    {
        return std::hash<std::int64_t>()(id.value());
    }
};
