#pragma once
// What a Database holds, shared by store.cpp and transaction.cpp.

#include "contingent/sdk/store.h"

#include <sqlite3.h>

namespace contingent::sdk {

struct Database::Private {
    sqlite3* handle = nullptr;
    std::string path;
    std::vector<std::function<void()>> afterCommit; ///< waiting for the outermost commit
    ~Private()
    {
        if (handle)
            sqlite3_close_v2(handle);
    }
};

} // namespace contingent::sdk
