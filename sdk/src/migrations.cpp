#include "contingent/sdk/migrations.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMigrations, "contingent.sdk.migrations")

namespace contingent::sdk {

MigrationError::~MigrationError() = default;

std::string migrationChecksum(const Migration& migration)
{
    const QByteArray sql = QByteArray::fromStdString(migration.sql);
    return QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex().toStdString();
}

struct MigrationRunner::Private {
    Database& db;
    bool backupExisting = true;
    bool existing = false; ///< the store had tables before
    std::optional<std::string> backupPath;
};

MigrationRunner::MigrationRunner(Database& db, bool backupExisting)
    : d(std::make_unique<Private>(Private{db, backupExisting, false, std::nullopt}))
{
    d->existing =
        d->db.queryValue<std::int64_t>("SELECT count(*) FROM sqlite_master").value_or(0) > 0;
    if (!d->db.hasTable("schema_migration")) {
        if (d->db.isReadOnly())
            throw MigrationError("store " + d->db.path()
                                 + " is read-only and has no schema: it cannot be set up");
        d->db.exec(R"(CREATE TABLE schema_migration (
            owner      TEXT    NOT NULL,
            version    INTEGER NOT NULL CHECK (version >= 1),
            name       TEXT    NOT NULL,
            checksum   TEXT    NOT NULL,
            applied_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            PRIMARY KEY (owner, version)))");
    }
}

MigrationRunner::~MigrationRunner() = default;

const std::optional<std::string>& MigrationRunner::backupPath() const
{
    return d->backupPath;
}

int MigrationRunner::recordedVersion(std::string_view owner)
{
    return int(d->db
                   .queryValue<std::int64_t>(
                       "SELECT max(version) FROM schema_migration WHERE owner = ?", owner)
                   .value_or(0));
}

std::vector<Migration> MigrationRunner::pending(std::string_view owner,
                                                std::span<const Migration> migrations)
{
    const std::string who(owner);
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != int(i + 1))
            throw MigrationError(who + ": migrations must be numbered 1, 2, 3... in order; entry "
                                 + std::to_string(i + 1) + " (\"" + migrations[i].name
                                 + "\") has version " + std::to_string(migrations[i].version));
    }
    const int known = int(migrations.size());
    const int recorded = recordedVersion(owner);
    if (recorded > known)
        throw MigrationError("store " + d->db.path() + " has " + who + " schema version "
                             + std::to_string(recorded) + ", newer than this build knows ("
                             + std::to_string(known)
                             + "); use a newer Contingent, or restore a backup");

    Statement applied(d->db, "SELECT version, name, checksum FROM schema_migration "
                             "WHERE owner = ? ORDER BY version");
    applied.bind(1, owner);
    while (applied.step()) {
        const int version = applied.integer(0);
        const Migration& m = migrations[std::size_t(version - 1)];
        if (applied.text(2) != migrationChecksum(m))
            throw MigrationError(who + " migration " + std::to_string(version) + " (\""
                                 + applied.text(1) + "\") was changed after store " + d->db.path()
                                 + " applied it (checksum differs); the store was left untouched");
    }
    return {migrations.begin() + recorded, migrations.end()};
}

void MigrationRunner::backupOnce()
{
    if (!d->existing || !d->backupExisting || d->backupPath)
        return;
    const QString path = QString::fromStdString(d->db.path());
    if (path.isEmpty() || path == QLatin1String(":memory:")
        || path.startsWith(QLatin1String("file:")))
        return;
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".backup-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".backup-") + stamp + QLatin1Char('-') + QString::number(n);
    d->db.backupTo(target.toStdString());
    d->backupPath = target.toStdString();
}

int MigrationRunner::apply(std::string_view owner, std::span<const Migration> migrations)
{
    const std::vector<Migration> todo = pending(owner, migrations);
    if (todo.empty())
        return 0;
    if (d->db.isReadOnly())
        throw MigrationError("store " + d->db.path() + " is read-only but " + std::string(owner)
                             + " needs " + std::to_string(todo.size())
                             + " schema change(s); open it writable");
    backupOnce();
    for (const Migration& m : todo) {
        Transaction tx(d->db);
        try {
            d->db.exec(m.sql);
        } catch (const StoreError& e) {
            throw MigrationError(std::string(owner) + " migration " + std::to_string(m.version)
                                 + " (\"" + m.name
                                 + "\") failed, nothing of it was applied: " + e.what());
        }
        d->db.execute("INSERT INTO schema_migration (owner, version, name, checksum) "
                      "VALUES (?, ?, ?, ?)",
                      owner, m.version, m.name, migrationChecksum(m));
        tx.commit();
        qCInfo(lcMigrations).noquote()
            << QString::fromUtf8(owner.data(), qsizetype(owner.size())) << "migration" << m.version
            << QString::fromStdString(m.name) << "applied";
    }
    return int(todo.size());
}

} // namespace contingent::sdk
