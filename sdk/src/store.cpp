#include "contingent/sdk/store.h"

#include "databaseprivate.h"
#include "storelog.h"

#include <QLoggingCategory>

#include <sqlite3.h>

#include <cstdio>

Q_LOGGING_CATEGORY(lcStore, "contingent.sdk.store")

namespace contingent::sdk {

namespace {

StoreErrorKind kindOf(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreErrorKind::Busy;
    case SQLITE_READONLY:
        return StoreErrorKind::ReadOnly;
    case SQLITE_NOTADB:
        return StoreErrorKind::NotADatabase;
    case SQLITE_CORRUPT:
        return StoreErrorKind::Corrupt;
    case SQLITE_CANTOPEN:
        return StoreErrorKind::CantOpen;
    case SQLITE_CONSTRAINT:
        return StoreErrorKind::Constraint;
    default:
        return StoreErrorKind::Other;
    }
}

std::string displayPath(const std::string& path)
{
    return path.empty() || path == ":memory:" ? std::string("(in-memory store)") : path;
}

/// The statement's first line, shortened, so a message stays one readable line.
std::string excerpt(std::string_view sql)
{
    std::string s;
    for (char c : sql) {
        if (c == '\n' || c == '\t')
            c = ' ';
        if (c == ' ' && (s.empty() || s.back() == ' '))
            continue;
        s += c;
    }
    if (s.size() > 80)
        s = s.substr(0, 77) + "...";
    return s;
}

std::string advice(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return " (another program holds a lock on the store; close it and try again)";
    case SQLITE_READONLY:
        return " (the store or its folder cannot be written)";
    case SQLITE_NOTADB:
        return " (the file is not a Contingent store)";
    default:
        return "";
    }
}

} // namespace

StoreError::StoreError(StoreErrorKind kind, const std::string& message, int sqliteCode)
    : Error(message)
    , m_kind(kind)
    , m_code(sqliteCode)
{
}

StoreError::~StoreError() = default;

Database::Database(const std::string& path, OpenMode mode, std::chrono::milliseconds busyTimeout)
    : d(std::make_unique<Private>())
{
    d->path = path;
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    int rc = sqlite3_open_v2(path.c_str(), &d->handle, flags, nullptr);
    // A store in WAL mode on a read-only medium (the file and its folder not writable): SQLite
    // cannot make the -shm file a reader needs, so it is read as immutable, which needs none.
    // Nothing can change the file there while it is open.
    if (rc == SQLITE_OK && mode == OpenMode::ReadOnly && path != ":memory:" && !path.empty()
        && sqlite3_exec(d->handle, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr)
               != SQLITE_OK) {
        const int code = sqlite3_extended_errcode(d->handle);
        if ((code & 0xff) == SQLITE_READONLY || (code & 0xff) == SQLITE_CANTOPEN) {
            sqlite3_close_v2(d->handle);
            d->handle = nullptr;
            std::string uri = "file:";
            for (char c : path) {
                if (c == '%' || c == '?' || c == '#' || c == ' ') {
                    char escaped[4];
                    std::snprintf(escaped, sizeof escaped, "%%%02X",
                                  unsigned(static_cast<unsigned char>(c)));
                    uri += escaped;
                } else {
                    uri += c;
                }
            }
            rc = sqlite3_open_v2((uri + "?immutable=1").c_str(), &d->handle, flags, nullptr);
        }
    }
    if (rc != SQLITE_OK) {
        const std::string msg = d->handle ? sqlite3_errmsg(d->handle) : sqlite3_errstr(rc);
        sqlite3_close_v2(d->handle);
        d->handle = nullptr;
        throw StoreError(kindOf(rc), "cannot open store " + displayPath(path) + ": " + msg, rc);
    }
    sqlite3_extended_result_codes(d->handle, 1);
    sqlite3_busy_timeout(d->handle, int(busyTimeout.count()));
    try {
        // Reading the schema is what tells a non-SQLite file apart.
        exec("SELECT count(*) FROM sqlite_master");
        exec("PRAGMA foreign_keys = ON");
        // 8 MiB of page cache (taken only as pages are read), not SQLite's 2 MiB: the roster's
        // filtered search on 100 000 officers takes 95 ms, against 87 ms with 64 MiB, and the
        // window's memory stays flat however much of a big store its pages read (issue #16).
        // The operating system's file cache holds the rest of a store.
        exec(cacheSizePragma(kPageCacheKiB));
        if (mode != OpenMode::ReadOnly && !isReadOnly())
            exec("PRAGMA journal_mode = WAL");
    } catch (const StoreError& e) {
        sqlite3_close_v2(d->handle);
        d->handle = nullptr;
        if (e.kind() == StoreErrorKind::NotADatabase)
            throw StoreError(e.kind(), "not a SQLite database: " + displayPath(path),
                             e.sqliteCode());
        throw;
    }
    qCDebug(lcStore) << "opened" << QString::fromStdString(displayPath(path));
}

Database::~Database() = default;
Database::Database(Database&& other) noexcept = default;
Database& Database::operator=(Database&& other) noexcept = default;

const std::string& Database::path() const
{
    return d->path;
}

void Database::fail(int code, std::string_view sql) const
{
    std::string msg =
        "store " + displayPath(d->path) + ": " + sqlite3_errmsg(d->handle) + advice(code);
    if (!sql.empty())
        msg += " [while running: " + excerpt(sql) + "]";
    throw StoreError(kindOf(code), msg, code);
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(d->handle, "main") == 1;
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(d->handle) == 0;
}

void Database::exec(std::string_view sql)
{
    const std::string text(sql);
    const int rc = sqlite3_exec(d->handle, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        fail(sqlite3_extended_errcode(d->handle), sql);
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(*this, sql);
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(d->handle);
}

int Database::changes() const
{
    return sqlite3_changes(d->handle);
}

bool Database::hasTable(std::string_view name)
{
    return queryValue<std::int64_t>(
               "SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?", name)
        .has_value();
}

void Database::backupTo(const std::string& targetPath)
{
    sqlite3* target = nullptr;
    int rc = sqlite3_open_v2(targetPath.c_str(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(target);
        throw StoreError(kindOf(rc),
                         "cannot create backup " + targetPath + ": " + sqlite3_errstr(rc), rc);
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", d->handle, "main");
    if (!backup) {
        const std::string msg = sqlite3_errmsg(target);
        sqlite3_close_v2(target);
        throw StoreError(StoreErrorKind::Other, "cannot back up to " + targetPath + ": " + msg);
    }
    rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        sqlite3_close_v2(target);
        throw StoreError(kindOf(rc),
                         "backup of " + displayPath(d->path) + " to " + targetPath
                             + " failed: " + sqlite3_errstr(rc),
                         rc);
    }
    sqlite3_close_v2(target);
    qCInfo(lcStore) << "backed up" << QString::fromStdString(d->path) << "to"
                    << QString::fromStdString(targetPath);
}

Statement::Statement(Database& db, std::string_view sql)
    : m_db(&db)
{
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(db.d->handle, sql.data(), int(sql.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK)
        db.fail(rc, sql);
    if (!m_stmt)
        throw StoreError(StoreErrorKind::Other, "empty statement: \"" + excerpt(sql) + "\"");
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

#define CONTINGENT_CHECK_BIND(call)                                                                \
    do {                                                                                           \
        const int rc_ = (call);                                                                    \
        if (rc_ != SQLITE_OK)                                                                      \
            m_db->fail(rc_, sqlite3_sql(m_stmt));                                                  \
    } while (false)

Statement& Statement::bind(int index, std::nullptr_t)
{
    CONTINGENT_CHECK_BIND(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    CONTINGENT_CHECK_BIND(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    CONTINGENT_CHECK_BIND(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& bytes)
{
    // An empty array has no data pointer either: an empty BLOB, not NULL.
    CONTINGENT_CHECK_BIND(sqlite3_bind_blob64(m_stmt, index,
                                              bytes.isNull() ? "" : bytes.constData(),
                                              sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    // An empty view may have no data pointer, which SQLite would take for NULL.
    const char* data = text.data() ? text.data() : "";
    CONTINGENT_CHECK_BIND(
        sqlite3_bind_text64(m_stmt, index, data, text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

#undef CONTINGENT_CHECK_BIND

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const int code = sqlite3_extended_errcode(m_db->d->handle);
    const std::string sql = sqlite3_sql(m_stmt);
    sqlite3_reset(m_stmt);
    m_db->fail(code, sql);
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

ColumnType Statement::columnType(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return ColumnType::Integer;
    case SQLITE_FLOAT:
        return ColumnType::Real;
    case SQLITE_BLOB:
        return ColumnType::Blob;
    case SQLITE_NULL:
        return ColumnType::Null;
    default:
        return ColumnType::Text;
    }
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string_view Statement::textView(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return {data, std::size_t(sqlite3_column_bytes(m_stmt, column))};
}

QByteArray Statement::blob(int column) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return p ? QByteArray(p, qsizetype(sqlite3_column_bytes(m_stmt, column))) : QByteArray();
}

std::string Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? std::string(p, std::size_t(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

Date Statement::date(int column) const
{
    const std::string t = text(column);
    try {
        return Date::fromIso(t);
    } catch (const DateError& e) {
        throw DateError(std::string("column ") + sqlite3_column_name(m_stmt, column) + ": "
                        + e.what());
    }
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

std::optional<Date> Statement::optionalDate(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return date(column);
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

} // namespace contingent::sdk
