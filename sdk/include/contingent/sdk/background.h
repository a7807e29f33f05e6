#pragma once
/// @file background.h
/// Reading from the store off the window's thread, so a page or a card shows its frame at once
/// and fills in when the figures are ready (issue #16: nothing that reads the data runs before
/// the first frame). Header-only: Qt Core's thread pool, no symbol of the SDK library.

#include "contingent/sdk/store.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QTimer>
#include <QThreadPool>

#include <cstdint>
#include <exception>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

namespace contingent::sdk {

/// True when `table` holds about `rows` rows or more, judged by its largest row id (one step
/// down the table's b-tree: the same cost on any store; rows deleted still count).
/// `table` is a name of the store's own, never user input.
inline bool holdsAtLeast(Database& store, std::string_view table, std::int64_t rows)
{
    Statement st(store, "SELECT coalesce(max(rowid), 0) FROM " + std::string(table));
    return st.step() && st.int64(0) >= rows;
}

/// Runs `read` on a worker thread with its own read-only connection to `store` (a 256 KiB page
/// cache: read once, not kept), then `done` with the result (or the error's text, the value
/// default-made) on the application's thread, unless `owner` is gone by then. A store in memory,
/// which a second connection cannot see, is read at once, on this thread, `done` too.
template <typename T>
void readInBackground(QObject* owner, Database& store, std::function<T(Database&)> read,
                      std::function<void(T value, std::string error)> done)
{
    const std::string path = store.path();
    if (path.empty() || path == ":memory:") {
        try {
            done(read(store), {});
        } catch (const std::exception& e) {
            done(T{}, e.what());
        }
        return;
    }
    QPointer<QObject> guard(owner);
    // Started once the event loop turns: the window's first frame is made before the worker
    // competes with it for a core.
    QTimer::singleShot(
        0, QCoreApplication::instance(),
        [guard, path, read = std::move(read), done = std::move(done)] {
            QThreadPool::globalInstance()->start([guard, path, read, done] {
                T value{};
                std::string error;
                try {
                    Database own(path, OpenMode::ReadOnly);
                    // A worker reads each page about once (the operating system's file cache
                    // holds the file): 256 KiB of cache counts a big store's cards as fast as
                    // 1 or 4 MiB did, and keeps the window's memory bounded by what it shows,
                    // not by what its cards count (issue #16: two readers at once filled 1 MiB
                    // each; Roster's peak on the big store -1.3 MiB).
                    own.exec("PRAGMA cache_size = -256");
                    value = read(own);
                } catch (const std::exception& e) {
                    error = e.what();
                }
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [guard, done, value = std::move(value), error = std::move(error)] {
                        if (guard)
                            done(value, error);
                    },
                    Qt::QueuedConnection);
            });
        });
}

/// A figure a card or a page shows, read again when what it counts changes (a revision number
/// its owner keeps and bumps on each change): at once when `inBackground()` says no (a small
/// table; it is asked only when a read is due), else on a worker (readInBackground), the last
/// figure (at first T{}) answered meanwhile. The window's connection then never reads a big table
/// for a card, so its page cache holds what the pages show (issue #16). Added in 1.0.x.
///
///     int Backend::dueCount() {
///         return m_due.value(this, store, m_revision,
///                            [&] { return sdk::holdsAtLeast(store, "order", 50000); },
///                            &countDue, [this] { emit countsChanged(); });
///     }
///
/// A member of `owner` (the QObject passed to value()): a read that comes back after `owner`
/// is gone is not taken.
template <typename T> class RevisionedRead {
public:
    /// The figure for `revision`. A read on a worker calls `arrived` on the application's
    /// thread once it is done; the owner then tells its views, which ask again and so read once
    /// more if the revision moved on meanwhile. A read that fails, at once or on a worker, is
    /// logged, and the last figure is kept and not read again before the next revision (the
    /// getters that ask are a view's bindings: nothing there could catch).
    const T& value(QObject* owner, Database& store, int revision,
                   const std::function<bool()>& inBackground, std::function<T(Database&)> read,
                   std::function<void()> arrived)
    {
        if (m_revision == revision || m_loading)
            return m_value;
        try {
            if (!inBackground()) {
                m_revision = revision;
                m_value = read(store);
                return m_value;
            }
        } catch (const std::exception& e) {
            m_revision = revision;
            qWarning("contingent: a figure could not be read: %s", e.what());
            return m_value;
        }
        m_loading = true;
        readInBackground<T>(
            owner, store, std::move(read),
            [this, revision, arrived = std::move(arrived)](T value, std::string error) {
                m_loading = false;
                m_revision = revision;
                if (error.empty())
                    m_value = std::move(value);
                else
                    qWarning("contingent: a figure could not be read: %s", error.c_str());
                arrived();
            });
        return m_value;
    }
    /// True while a read on a worker has not come back.
    bool loading() const { return m_loading; }
    /// True when value() for `revision` would read (not read already, not reading): the owner
    /// may then gather what the read needs, and not before; else last() is the answer.
    bool due(int revision) const { return m_revision != revision && !m_loading; }
    /// The last figure read (at first T{}).
    const T& last() const { return m_value; }

private:
    T m_value{};
    int m_revision = -1;
    bool m_loading = false;
};

/// The answer to the latest of a view's requests (a list read again as a filter is typed, or
/// after a change): read at once when `inBackground()` says no (a small table), else on a worker
/// (readInBackground); an answer to an older request is dropped, since a newer one is on its
/// way. Added in 1.0.x.
///
///     void Backend::listTours(const QString& filter) {
///         m_tours.request(this, store, [&] { return sdk::holdsAtLeast(store, "tour", 100000); },
///                         [filter](Database& db) { return readTours(db, filter); },
///                         [this] { emit tourListChanged(); });
///     }
///
/// Like RevisionedRead, a member of `owner`: an answer that comes after `owner` is gone is not
/// taken.
template <typename T> class LatestRead {
public:
    /// Reads for a new request; `told` is called (on the application's thread) when the request
    /// is made and when its answer is in (at once for a read at once). A read that fails, at
    /// once or on a worker, is logged and the last answer kept.
    void request(QObject* owner, Database& store, const std::function<bool()>& inBackground,
                 std::function<T(Database&)> read, const std::function<void()>& told)
    {
        const int request = ++m_request;
        try {
            if (!inBackground()) {
                m_loading = false;
                m_value = read(store);
                told();
                return;
            }
        } catch (const std::exception& e) {
            m_loading = false;
            qWarning("contingent: a list could not be read: %s", e.what());
            told();
            return;
        }
        m_loading = true;
        told();
        readInBackground<T>(
            owner, store, std::move(read), [this, request, told](T value, std::string error) {
                if (request != m_request)
                    return;
                m_loading = false;
                if (error.empty())
                    m_value = std::move(value);
                else
                    qWarning("contingent: a list could not be read: %s", error.c_str());
                told();
            });
    }
    /// The answer to the latest request answered (at first T{}).
    const T& value() const { return m_value; }
    /// True while the latest request is read on a worker.
    bool loading() const { return m_loading; }

private:
    T m_value{};
    bool m_loading = false;
    int m_request = 0;
};

} // namespace contingent::sdk
