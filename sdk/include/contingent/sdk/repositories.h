#pragma once
/// @file repositories.h
/// Typed access to the core tables. Every write is validated (clear InputError
/// naming the field and value), runs in a savepoint together with its audit
/// record (so both land or neither does), and is announced on the ChangeNotifier.

#include "contingent/sdk/domain.h"
#include "contingent/sdk/export.h"
#include "contingent/sdk/migrations.h"
#include "contingent/sdk/store.h"

#include <memory>
#include <QJsonObject>

#include <functional>
#include <optional>
#include <vector>

namespace contingent::sdk {

class ChangeNotifier;

/// Who writes: the login of the person, and the plugin (or "core", "shell").
struct Actor {
    std::string login;
    std::string plugin;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// The append-only record of who changed what.
class CONTINGENT_SDK_EXPORT AuditLog {
public:
    AuditLog(Database& db, Actor actor);
    ~AuditLog();
    AuditLog(const AuditLog& other);
    AuditLog& operator=(const AuditLog& other);
    /// Appends one entry; `details` is stored as JSON.
    void record(std::string_view action, std::string_view entity,
                std::optional<std::int64_t> entityId, const QJsonObject& details = {});
    /// The same with the details as JSON text, one object (the store checks it is valid JSON):
    /// for an import that records each of its rows, where building a QJsonObject a row would
    /// cost more than the row. (Added in 1.0.x.)
    void recordJson(std::string_view action, std::string_view entity,
                    std::optional<std::int64_t> entityId, std::string_view detailsJson);
    /// Newest first; an empty entity means every entity.
    std::vector<AuditEntry> entries(std::string_view entity = {},
                                    std::optional<std::int64_t> entityId = std::nullopt,
                                    int limit = 100);
    /// entries() of one row, by its typed id.
    template <typename Tag>
    std::vector<AuditEntry> entries(std::string_view entity, Id<Tag> id, int limit = 100)
    {
        return entries(entity, std::optional<std::int64_t>(id.value()), limit);
    }
    const Actor& actor() const;

private:
    struct Private;
    std::shared_ptr<const Private> d;
};

/// Records in `audit` that `what` left the store as a file: an export, a statement, a saved
/// document (issue #15, item 10). Action "export"; entity "file" (or `entity` and `entityId`
/// when it is one record's, e.g. an officer's statement); details {"what", "format", "file"}
/// ("file" empty: standard output; "format" empty: the file's extension, in lower case). A
/// read-only store records nothing, as it cannot. (Added in 1.0.x.)
CONTINGENT_SDK_EXPORT void recordExport(AuditLog audit, std::string_view what,
                                        std::string_view format, std::string_view file,
                                        std::string_view entity = "file",
                                        std::optional<std::int64_t> entityId = std::nullopt);

/// Shared plumbing of the core repositories.
class CONTINGENT_SDK_EXPORT Repository {
public:
    Repository(Database& db, Actor actor, ChangeNotifier* changes = nullptr);
    ~Repository();
    Repository(const Repository& other);
    Repository& operator=(const Repository& other);

protected:
    void audited(std::string_view action, std::string_view entity, std::int64_t id,
                 const QJsonObject& details);
    template <typename Tag>
    void audited(std::string_view action, std::string_view entity, Id<Tag> id,
                 const QJsonObject& details)
    {
        audited(action, entity, id.value(), details);
    }
    /// The store it reads and writes.
    Database& db() const;
    /// Where its writes are recorded.
    AuditLog& audit() const;
    /// Who hears of its writes, if anyone.
    ChangeNotifier* changes() const;

private:
    struct Private;
    std::shared_ptr<Private> m_impl; ///< `m_impl`, not `d`: subclasses name tours `d`
};

/// The `officer` table.
class CONTINGENT_SDK_EXPORT OfficerRepository : public Repository {
public:
    using Repository::Repository;
    /// Inserts and returns the new id; throws InputError for an empty or
    /// duplicate service number, an unknown gender, a birth date in the future.
    OfficerId add(const Officer& officer);
    void update(const Officer& officer);
    /// Throws InputError while the officer still has deployments.
    void remove(OfficerId id);
    std::optional<Officer> find(OfficerId id);
    /// Like find(); throws InputError "no officer with id N".
    Officer get(OfficerId id);
    std::optional<Officer> findByServiceNumber(std::string_view serviceNumber);
    std::vector<Officer> all();
    /// Every officer in all()'s order (family name, given name), handed to `each` one at a time
    /// as read: a whole roster printed or exported needs no memory that grows with it.
    /// (Added in 1.0.x.)
    void forEach(const std::function<void(const Officer&)>& each);
    std::int64_t count();
};

/// The `mission` table.
class CONTINGENT_SDK_EXPORT MissionRepository : public Repository {
public:
    using Repository::Repository;
    MissionId add(const Mission& mission);
    void update(const Mission& mission);
    void remove(MissionId id);
    std::optional<Mission> find(MissionId id);
    Mission get(MissionId id);
    std::optional<Mission> findByCode(std::string_view code);
    std::vector<Mission> all();
    std::int64_t count();
};

/// The `deployment` table.
class CONTINGENT_SDK_EXPORT DeploymentRepository : public Repository {
public:
    using Repository::Repository;
    /// Throws InputError for an unknown officer or mission id, and for a
    /// status other than planned, or, as history (audited as an import),
    /// completed or cancelled: the status then moves through
    /// Context::changeStatus() (statusgate.h).
    DeploymentId add(const Deployment& deployment);
    /// Everything but the status, which only Context::changeStatus() changes
    /// (a different status throws InputError).
    void update(const Deployment& deployment);
    void remove(DeploymentId id);
    std::optional<Deployment> find(DeploymentId id);
    Deployment get(DeploymentId id);
    std::vector<Deployment> forOfficer(OfficerId officerId);
    std::vector<Deployment> forMission(MissionId missionId);
    /// The tour's risk level: its own when set, else its mission's. Throws
    /// InputError for an unknown id.
    RiskLevel riskLevel(DeploymentId id);
    std::int64_t count();

private:
    friend class Context;
    /// The status gate's write, audited as "status" with from and to.
    void writeStatus(const Deployment& tour, DeploymentStatus to);
};

/// The `app_user` table.
class CONTINGENT_SDK_EXPORT UserRepository : public Repository {
public:
    using Repository::Repository;
    UserId add(const AppUser& user);
    void update(const AppUser& user);
    std::optional<AppUser> findByLogin(std::string_view login);
    std::vector<AppUser> all();
    std::int64_t count();
};

/// Throws InputError "no <entity> with id N" unless the row exists, reading
/// only its key. `entity` is a core table: officer, mission, deployment or
/// app_user (anything else is a programming error: std::logic_error).
CONTINGENT_SDK_EXPORT void requireRow(Database& db, std::string_view entity, std::int64_t id);
/// requireRow() for a typed id: the entity follows from the type.
inline void requireRow(Database& db, OfficerId id)
{
    requireRow(db, "officer", id.value());
}
inline void requireRow(Database& db, MissionId id)
{
    requireRow(db, "mission", id.value());
}
inline void requireRow(Database& db, DeploymentId id)
{
    requireRow(db, "deployment", id.value());
}

/// Creates or upgrades the core tables (owner "core").
CONTINGENT_SDK_EXPORT void migrateCoreSchema(MigrationRunner& runner);

} // namespace contingent::sdk
