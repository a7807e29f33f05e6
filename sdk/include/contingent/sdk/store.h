#pragma once
/// @file store.h
/// The shared SQLite store: RAII handles over the sqlite3 C API.
///
/// Every connection has foreign keys on, a WAL journal and a busy timeout.
/// Values always travel as bound parameters: never build SQL from user input.
/// Errors are StoreError with a message that names the file, what SQLite said
/// and the start of the statement that failed.

#include "contingent/sdk/dates.h"
#include "contingent/sdk/ids.h"
#include "contingent/sdk/error.h"
#include "contingent/sdk/export.h"

#include <QByteArray>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace contingent::sdk {

/// What went wrong in the store, for callers that react differently.
enum class StoreErrorKind {
    Busy,         ///< another connection holds a lock longer than the busy timeout
    ReadOnly,     ///< the file or the connection cannot be written
    NotADatabase, ///< the file is not SQLite, or is encrypted
    Corrupt,      ///< the file is damaged
    CantOpen,     ///< the file or its folder cannot be opened or created
    Constraint,   ///< a CHECK, UNIQUE, NOT NULL or FOREIGN KEY rule refused a write
    Schema,       ///< the schema is not what the code expects (see migrations.h)
    Other,
};

/// An error from the store.
class CONTINGENT_SDK_EXPORT StoreError : public Error {
public:
    StoreError(StoreErrorKind kind, const std::string& message, int sqliteCode = 0);
    ~StoreError() override;
    StoreErrorKind kind() const { return m_kind; }
    /// The extended SQLite result code, 0 when the error did not come from SQLite.
    int sqliteCode() const { return m_code; }

private:
    StoreErrorKind m_kind;
    int m_code;
};

class Statement;

/// How Database opens its file.
enum class OpenMode {
    ReadWriteCreate, ///< create the file if missing
    ReadWrite,       ///< the file must exist
    ReadOnly,        ///< the file must exist; every write fails with StoreErrorKind::ReadOnly
};

/// One connection to a store file (or ":memory:"). Not copyable; movable.
class CONTINGENT_SDK_EXPORT Database {
public:
    /// Opens and checks the file is SQLite; throws StoreError naming the path.
    explicit Database(const std::string& path, OpenMode mode = OpenMode::ReadWriteCreate,
                      std::chrono::milliseconds busyTimeout = std::chrono::milliseconds(5000));
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;

    /// The file name as given ("" or ":memory:" for an in-memory store).
    const std::string& path() const;
    bool isReadOnly() const;
    /// True while a transaction or savepoint is open on this connection.
    bool inTransaction() const;

    /// Runs one or more statements that take no parameters (schema, pragmas).
    void exec(std::string_view sql);
    /// Compiles one statement; bind its `?` parameters, then step it.
    Statement prepare(std::string_view sql);
    /// Prepares, binds `args` in order and runs a statement that returns no rows.
    template <typename... Args> void execute(std::string_view sql, const Args&... args);
    /// The first column of the first row, or nothing when there is no row.
    template <typename T, typename... Args>
    std::optional<T> queryValue(std::string_view sql, const Args&... args);
    /// Every row of `sql`, bound to `args`, each made by `read(const Statement&)`.
    template <typename T, typename Read, typename... Args>
    std::vector<T> queryAll(std::string_view sql, Read read, const Args&... args);
    /// The first row of `sql` made by `read`, or nothing when there is none.
    template <typename T, typename Read, typename... Args>
    std::optional<T> queryOne(std::string_view sql, Read read, const Args&... args);

    /// Row id of the last successful INSERT on this connection.
    std::int64_t lastInsertId() const;
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;
    /// True when the main schema has a table or view of that name.
    bool hasTable(std::string_view name);
    /// Copies the whole store to `targetPath` with SQLite's online backup API.
    void backupTo(const std::string& targetPath);

    /// Runs `action` once the writes made so far are committed: at once outside
    /// a transaction, else when the outermost Transaction or Savepoint commits.
    /// Dropped if those writes are rolled back (also by an inner Savepoint).
    void afterCommit(std::function<void()> action);

private:
    friend class Statement;
    friend class Transaction;
    friend class Savepoint;
    friend class SqlTableModel;
    [[noreturn]] void fail(int code, std::string_view sql) const;
    /// Called when a Transaction or Savepoint ends: runs or drops the actions.
    void settleAfterCommit(bool committed, std::size_t keep = 0);
    struct Private;
    std::unique_ptr<Private> d;
};

/// SQLite's storage classes.
enum class ColumnType { Integer, Real, Text, Blob, Null };

/// A compiled statement. Parameters are 1-based, columns 0-based.
class CONTINGENT_SDK_EXPORT Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;

    Statement& bind(int index, std::nullptr_t);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement& bind(int index, bool value) { return bind(index, std::int64_t(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::string& text)
    {
        return bind(index, std::string_view(text));
    }
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    /// A strong id is stored as its rowid.
    template <typename Tag> Statement& bind(int index, Id<Tag> id)
    {
        return bind(index, id.value());
    }
    /// A Date is stored as ISO text.
    Statement& bind(int index, Date value) { return bind(index, value.toIso()); }
    /// Binds the bytes as a BLOB (an attachment's content).
    Statement& bind(int index, const QByteArray& bytes);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }
    /// Binds every argument in order, from parameter 1.
    template <typename... Args> Statement& bindAll(const Args&... args)
    {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    /// Advances to the next row: true while a row is ready, false when done.
    bool step();
    /// Steps until done (for statements that return no rows).
    void run();
    /// Rewinds so the statement can run again; bindings are cleared.
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    /// The storage class of the column's value in the current row.
    ColumnType columnType(int column) const;
    std::string text(int column) const;
    /// The column's bytes (a BLOB; a text's UTF-8), empty for NULL.
    QByteArray blob(int column) const;
    /// The column's text without a copy; valid until the next step() or reset().
    std::string_view textView(int column) const;
    /// Parses the column as strict ISO; throws DateError naming the column.
    Date date(int column) const;
    std::optional<std::string> optionalText(int column) const;
    std::optional<Date> optionalDate(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;
    /// Typed read for the template helpers: int64, int, double, string or Date.
    template <typename T> T get(int column) const
    {
        if constexpr (std::is_same_v<T, std::int64_t>)
            return int64(column);
        else if constexpr (std::is_same_v<T, int>)
            return integer(column);
        else if constexpr (std::is_same_v<T, double>)
            return real(column);
        else if constexpr (std::is_same_v<T, std::string>)
            return text(column);
        else if constexpr (std::is_same_v<T, Date>)
            return date(column);
        else if constexpr (requires { T(std::int64_t()).value(); })
            return T(int64(column));
        else
            static_assert(sizeof(T) == 0, "Statement::get: unsupported column type");
    }

private:
    Database* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

template <typename... Args> void Database::execute(std::string_view sql, const Args&... args)
{
    Statement st(*this, sql);
    st.bindAll(args...);
    st.run();
}

template <typename T, typename... Args>
std::optional<T> Database::queryValue(std::string_view sql, const Args&... args)
{
    Statement st(*this, sql);
    st.bindAll(args...);
    if (!st.step() || st.isNull(0))
        return std::nullopt;
    return st.get<T>(0);
}

template <typename T, typename Read, typename... Args>
std::vector<T> Database::queryAll(std::string_view sql, Read read, const Args&... args)
{
    Statement st(*this, sql);
    st.bindAll(args...);
    std::vector<T> out;
    while (st.step())
        out.push_back(read(st));
    return out;
}

template <typename T, typename Read, typename... Args>
std::optional<T> Database::queryOne(std::string_view sql, Read read, const Args&... args)
{
    Statement st(*this, sql);
    st.bindAll(args...);
    if (!st.step())
        return std::nullopt;
    return read(st);
}

} // namespace contingent::sdk

// Transaction, Savepoint and WriteScope, which every writer needs beside the store.
#include "contingent/sdk/transaction.h"
