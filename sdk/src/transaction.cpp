// Transactions, savepoints, and the actions that wait for the outermost commit.

#include "contingent/sdk/store.h"

#include "databaseprivate.h"
#include "storelog.h"

#include <algorithm>
#include <atomic>

namespace contingent::sdk {

void Database::afterCommit(std::function<void()> action)
{
    if (inTransaction())
        d->afterCommit.push_back(std::move(action));
    else
        action();
}

void Database::settleAfterCommit(bool committed, std::size_t keep)
{
    if (!committed) {
        d->afterCommit.resize(std::min(keep, d->afterCommit.size()));
        return;
    }
    if (inTransaction())
        return; // an inner savepoint: the outer transaction decides
    std::vector<std::function<void()>> actions;
    actions.swap(d->afterCommit);
    for (const auto& action : actions) {
        try {
            action();
        } catch (const std::exception& e) {
            qCWarning(lcStore) << "an action after commit failed:" << e.what();
        }
    }
}

Transaction::Transaction(Database& db, Kind kind)
    : m_db(db)
{
    m_db.exec(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            rollback();
        } catch (const std::exception& e) {
            qCWarning(lcStore) << "rollback failed:" << e.what();
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_open = false;
    m_db.settleAfterCommit(true);
}

void Transaction::rollback()
{
    m_open = false;
    m_db.settleAfterCommit(false);
    if (m_db.inTransaction())
        m_db.exec("ROLLBACK");
}

namespace {
std::atomic<unsigned> s_savepointCounter{0};
}

Savepoint::Savepoint(Database& db)
    : m_db(db)
    , m_name("sp_" + std::to_string(++s_savepointCounter))
    , m_actionsBefore(db.d->afterCommit.size())
{
    m_db.exec("SAVEPOINT " + m_name);
}

Savepoint::~Savepoint()
{
    if (m_open) {
        try {
            rollback();
        } catch (const std::exception& e) {
            qCWarning(lcStore) << "rollback to savepoint failed:" << e.what();
        }
    }
}

void Savepoint::release()
{
    m_db.exec("RELEASE " + m_name);
    m_open = false;
    m_db.settleAfterCommit(true);
}

void Savepoint::rollback()
{
    m_open = false;
    m_db.settleAfterCommit(false, m_actionsBefore);
    m_db.exec("ROLLBACK TO " + m_name);
    m_db.exec("RELEASE " + m_name);
}

} // namespace contingent::sdk
