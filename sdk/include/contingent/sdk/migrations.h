#pragma once
/// @file migrations.h
/// Versioned schema changes, one ordered list per owner (a plugin id, or "core").
///
/// Applied migrations are recorded in `schema_migration(owner, version, name,
/// checksum, applied_at)`. Each pending migration runs in its own transaction.
/// A store whose recorded checksum differs from the code's, or whose recorded
/// version is newer than the code knows, is refused before anything is written.

#include "contingent/sdk/error.h"
#include "contingent/sdk/export.h"
#include "contingent/sdk/store.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace contingent::sdk {

/// One schema change: plain SQL (no BEGIN/COMMIT), numbered from 1 without gaps.
struct Migration {
    int version = 0;
    std::string name;
    std::string sql;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// A migration was refused or failed; the store is as it was before it.
class CONTINGENT_SDK_EXPORT MigrationError : public Error {
public:
    using Error::Error;
    ~MigrationError() override;
};

/// SHA-256 (hex) of a migration's SQL: what schema_migration records.
CONTINGENT_SDK_EXPORT std::string migrationChecksum(const Migration& migration);

/// Applies migrations to one store; takes one backup before the first pending
/// migration of an existing store (a store that already had tables).
class CONTINGENT_SDK_EXPORT MigrationRunner {
public:
    /// Creates `schema_migration` if needed. `backupExisting` = false skips backups.
    explicit MigrationRunner(Database& db, bool backupExisting = true);
    ~MigrationRunner();
    MigrationRunner(const MigrationRunner&) = delete;
    MigrationRunner& operator=(const MigrationRunner&) = delete;

    /// Validates `migrations` against what the store recorded and returns the
    /// ones still to run; throws MigrationError on a changed checksum, a newer
    /// store, or a list that is not numbered 1, 2, 3...
    std::vector<Migration> pending(std::string_view owner, std::span<const Migration> migrations);
    /// Applies what pending() returns; returns how many ran.
    int apply(std::string_view owner, std::span<const Migration> migrations);
    /// The highest version recorded for owner (0 when none).
    int recordedVersion(std::string_view owner);
    /// Where the backup went, once one was taken.
    const std::optional<std::string>& backupPath() const;

private:
    void backupOnce();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace contingent::sdk
