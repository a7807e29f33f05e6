#pragma once
// Helpers shared by the core repositories' sources (not part of the SDK's API).

#include "contingent/sdk/repositories.h"

#include <QString>

namespace contingent::sdk::detail {

inline QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

inline void require(bool ok, const std::string& message)
{
    if (!ok)
        throw InputError(message);
}

inline bool blank(const std::string& s)
{
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

/// Turns the store's constraint failures into messages that name the value.
template <typename F> auto translatingConstraints(const std::string& what, F&& f)
{
    try {
        return f();
    } catch (const StoreError& e) {
        if (e.kind() == StoreErrorKind::Constraint)
            throw InputError(what + ": " + e.what());
        throw;
    }
}

template <typename T, typename Read, typename... Args>
inline std::vector<T> list(Database& db, std::string_view sql, Read read, const Args&... args)
{
    return db.queryAll<T>(sql, read, args...);
}

template <typename T, typename Read, typename... Args>
inline std::optional<T> one(Database& db, std::string_view sql, Read read, const Args&... args)
{
    return db.queryOne<T>(sql, read, args...);
}

inline std::string sql(std::string_view a, std::string_view b, std::string_view c = {})
{
    return std::string(a).append(b).append(c);
}

} // namespace contingent::sdk::detail
