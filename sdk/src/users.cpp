#include "repositoryhelpers.h"

#include <algorithm>

#include "contingent/sdk/changes.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace contingent::sdk {

using namespace detail;

void requireRow(Database& db, std::string_view entity, std::int64_t id)
{
    // Table names cannot be bound, so each entity has its own fixed statement.
    const char* sql = nullptr;
    if (entity == "officer")
        sql = "SELECT 1 FROM officer WHERE id = ?";
    else if (entity == "mission")
        sql = "SELECT 1 FROM mission WHERE id = ?";
    else if (entity == "deployment")
        sql = "SELECT 1 FROM deployment WHERE id = ?";
    else if (entity == "app_user")
        sql = "SELECT 1 FROM app_user WHERE id = ?";
    else
        throw std::logic_error("requireRow: unknown entity " + std::string(entity));
    if (!db.queryValue<std::int64_t>(sql, id))
        throw InputError("no " + std::string(entity) + " with id " + std::to_string(id));
}

struct AuditLog::Private {
    Database& db;
    Actor actor;
    /// Prepared on the first record() and kept: an import records each of its rows.
    mutable std::unique_ptr<Statement> insert;
};

AuditLog::AuditLog(Database& db, Actor actor)
    : d(std::make_shared<const Private>(Private{db, std::move(actor), nullptr}))
{
}
AuditLog::~AuditLog() = default;
AuditLog::AuditLog(const AuditLog& other) = default;
AuditLog& AuditLog::operator=(const AuditLog& other) = default;

const Actor& AuditLog::actor() const
{
    return d->actor;
}

void AuditLog::record(std::string_view action, std::string_view entity,
                      std::optional<std::int64_t> entityId, const QJsonObject& details)
{
    recordJson(action, entity, entityId,
               QJsonDocument(details).toJson(QJsonDocument::Compact).toStdString());
}

void AuditLog::recordJson(std::string_view action, std::string_view entity,
                          std::optional<std::int64_t> entityId, std::string_view detailsJson)
{
    if (!d->insert)
        d->insert = std::make_unique<Statement>(
            d->db, "INSERT INTO audit_log (actor, plugin, action, entity, entity_id, details) "
                   "VALUES (?, ?, ?, ?, ?, ?)");
    Statement& st = *d->insert;
    st.reset();
    st.bindAll(d->actor.login, d->actor.plugin, action, entity, entityId, detailsJson);
    st.run();
    st.reset();
}

void recordExport(AuditLog audit, std::string_view what, std::string_view format,
                  std::string_view file, std::string_view entity,
                  std::optional<std::int64_t> entityId)
{
    const auto text = [](std::string_view s) {
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    };
    const QString shownFormat =
        format.empty() ? QFileInfo(text(file)).suffix().toLower() : text(format);
    try {
        audit.record(
            "export", entity, entityId,
            QJsonObject{{"what", text(what)}, {"format", shownFormat}, {"file", text(file)}});
    } catch (const StoreError& e) {
        if (e.kind() != StoreErrorKind::ReadOnly)
            throw;
    }
}

std::vector<AuditEntry> AuditLog::entries(std::string_view entity,
                                          std::optional<std::int64_t> entityId, int limit)
{
    // Only the conditions given, so the (entity, entity_id) index serves a record's history
    // (with "?1 = '' OR entity = ?1" SQLite scanned the whole log, newest first, each time).
    std::string sql = "SELECT id, at, actor, plugin, action, entity, entity_id, details "
                      "FROM audit_log WHERE 1";
    if (!entity.empty())
        sql += " AND entity = ?1";
    if (entityId)
        sql += " AND entity_id = ?2";
    sql += " ORDER BY id DESC LIMIT ?3";
    Statement st(d->db, sql);
    if (!entity.empty())
        st.bind(1, entity);
    if (entityId)
        st.bind(2, *entityId);
    st.bind(3, limit);
    std::vector<AuditEntry> out;
    while (st.step())
        out.push_back(AuditEntry{st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4),
                                 st.text(5), st.optionalInt64(6), st.text(7)});
    return out;
}

struct Repository::Private {
    Database& db;
    AuditLog audit;
    ChangeNotifier* changes;
};

Repository::Repository(Database& db, Actor actor, ChangeNotifier* changes)
    : m_impl(std::make_shared<Private>(Private{db, AuditLog(db, std::move(actor)), changes}))
{
}
Repository::~Repository() = default;
Repository::Repository(const Repository& other) = default;
Repository& Repository::operator=(const Repository& other) = default;

Database& Repository::db() const
{
    return m_impl->db;
}

AuditLog& Repository::audit() const
{
    return m_impl->audit;
}

ChangeNotifier* Repository::changes() const
{
    return m_impl->changes;
}

void Repository::audited(std::string_view action, std::string_view entity, std::int64_t id,
                         const QJsonObject& details)
{
    m_impl->audit.record(action, entity, id, details);
    if (m_impl->changes) {
        const ChangeKind kind = action == "create" || action == "import" ? ChangeKind::Created
                                : action == "remove"                     ? ChangeKind::Removed
                                                                         : ChangeKind::Updated;
        // Heard only once the write is committed, never for a rolled-back one.
        m_impl->changes->announceAfterCommit(m_impl->db, q(entity), id, kind);
    }
}

namespace {

AppUser readUser(const Statement& st)
{
    return AppUser{st.get<UserId>(0),
                   st.text(1),
                   st.text(2),
                   roleFromString(st.text(3)),
                   st.isNull(4) ? std::nullopt : std::optional(st.get<OfficerId>(4)),
                   st.int64(5) != 0};
}

QJsonObject json(const AppUser& u)
{
    return {{"login", q(u.login)},
            {"display_name", q(u.displayName)},
            {"role", q(toString(u.role))},
            {"officer_id", u.officerId ? QJsonValue(qint64(u.officerId->value())) : QJsonValue()},
            {"active", u.active}};
}

/// A login as an operating system or directory gives one: not blank, at most
/// 64 characters, no control characters or line breaks, no surrounding spaces.
void validateLogin(const std::string& login)
{
    require(!blank(login), "user: login is empty");
    require(login.size() <= 64,
            "user: login \"" + login.substr(0, 64) + "…\" is longer than 64 characters");
    require(std::none_of(login.begin(), login.end(),
                         [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }),
            "user: a login may not hold control characters or line breaks");
    require(login.front() != ' ' && login.back() != ' ',
            "user: login \"" + login + "\" starts or ends with a space");
}

} // namespace

UserId UserRepository::add(const AppUser& u)
{
    validateLogin(u.login);
    require(!findByLogin(u.login), "user: login " + u.login + " is already registered");
    if (u.officerId)
        requireRow(db(), *u.officerId);
    Savepoint sp(db());
    db().execute("INSERT INTO app_user (login, display_name, role, officer_id, active) "
                 "VALUES (?, ?, ?, ?, ?)",
                 u.login, u.displayName, toString(u.role), u.officerId, u.active);
    const std::int64_t id = db().lastInsertId();
    audited("create", "app_user", id, json(u));
    sp.release();
    return UserId(id);
}

void UserRepository::update(const AppUser& u)
{
    validateLogin(u.login);
    if (u.officerId)
        requireRow(db(), *u.officerId);
    // The store keeps an administrator: the last one cannot give the role away.
    const auto stored =
        db().queryValue<std::string>("SELECT role FROM app_user WHERE id = ? AND active = 1", u.id);
    if (stored && *stored == "admin" && (u.role != Role::Admin || !u.active))
        require(db().queryValue<std::int64_t>(
                        "SELECT count(*) FROM app_user WHERE role = 'admin' AND active = 1")
                        .value_or(0)
                    > 1,
                "user " + u.login
                    + " is the last administrator of this store; make another user an "
                      "administrator first");
    Savepoint sp(db());
    translatingConstraints("user " + u.login, [&] {
        db().execute("UPDATE app_user SET login = ?, display_name = ?, role = ?, officer_id = ?, "
                     "active = ? WHERE id = ?",
                     u.login, u.displayName, toString(u.role), u.officerId, u.active, u.id);
    });
    require(db().changes() == 1, "no user with id " + std::to_string(u.id.value()));
    audited("update", "app_user", u.id, json(u));
    sp.release();
}

std::optional<AppUser> UserRepository::findByLogin(std::string_view login)
{
    return one<AppUser>(db(),
                        "SELECT id, login, display_name, role, officer_id, active FROM app_user "
                        "WHERE login = ?",
                        readUser, login);
}

std::vector<AppUser> UserRepository::all()
{
    return list<AppUser>(
        db(),
        "SELECT id, login, display_name, role, officer_id, active FROM app_user ORDER BY login",
        readUser);
}

std::int64_t UserRepository::count()
{
    return db().queryValue<std::int64_t>("SELECT count(*) FROM app_user").value_or(0);
}

} // namespace contingent::sdk
