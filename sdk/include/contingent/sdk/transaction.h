#pragma once
/// @file transaction.h
/// Writes that land together or not at all: a transaction, a nestable
/// savepoint, and a WriteScope that is whichever of the two fits. Included
/// by store.h.

#include "contingent/sdk/store.h"

#include <optional>

namespace contingent::sdk {

/// A transaction that rolls back unless commit() is called.
class CONTINGENT_SDK_EXPORT Transaction {
public:
    enum class Kind { Deferred, Immediate };
    /// Immediate takes the write lock at once, so a busy store fails early.
    explicit Transaction(Database& db, Kind kind = Kind::Immediate);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();
    void rollback();

private:
    Database& m_db;
    bool m_open = true;
};

/// A nestable savepoint: works inside or outside a transaction, rolls back
/// its own changes unless release() is called.
class CONTINGENT_SDK_EXPORT Savepoint {
public:
    explicit Savepoint(Database& db);
    ~Savepoint();
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    void release();
    void rollback();

private:
    Database& m_db;
    std::string m_name;
    std::size_t m_actionsBefore = 0; ///< afterCommit actions queued before it
    bool m_open = true;
};

/// A Transaction when none is open, else a Savepoint inside the caller's: for
/// a bulk write that runs on its own (a command) or inside another transaction
/// (the demo). Rolls back unless commit() is called.
class WriteScope {
public:
    explicit WriteScope(Database& db)
    {
        if (db.inTransaction())
            m_savepoint.emplace(db);
        else
            m_transaction.emplace(db);
    }
    /// Commits the transaction, or releases the savepoint.
    void commit()
    {
        if (m_transaction)
            m_transaction->commit();
        else
            m_savepoint->release();
    }

private:
    std::optional<Transaction> m_transaction;
    std::optional<Savepoint> m_savepoint;
};

} // namespace contingent::sdk
