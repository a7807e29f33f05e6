#pragma once
// What a Database holds, shared by store.cpp and transaction.cpp.

#include "contingent/sdk/store.h"

#include <sqlite3.h>

namespace contingent::sdk {

/// Each connection's page cache (PRAGMA cache_size), in KiB; a store that fits in it has its
/// SqlTableModel counts on its own connection (sqltablemodel.cpp).
inline constexpr int kPageCacheKiB = 8192;
/// The page cache of what reads each page once (a count, a page of rows on a big store), in
/// KiB: as fast as a bigger one, since the operating system's file cache holds the file
/// (sdk::readInBackground's workers use the same, background.h).
inline constexpr int kReadOnceCacheKiB = 256;
/// `PRAGMA cache_size` for `kib` KiB.
inline std::string cacheSizePragma(int kib)
{
    return "PRAGMA cache_size = -" + std::to_string(kib);
}

struct Database::Private {
    sqlite3* handle = nullptr;
    std::string path;
    std::vector<std::function<void()>> afterCommit; ///< waiting for the outermost commit
    /// SqlTableModel's counts: a read-only connection of their own, with a small page cache,
    /// made on the first count (see SqlTableModel::refresh). Null until then, or when it could
    /// not be opened (the counts then run on this connection).
    std::unique_ptr<Database> counts;
    bool countsUnavailable = false;
    ~Private()
    {
        if (handle)
            sqlite3_close_v2(handle);
    }
};

} // namespace contingent::sdk
