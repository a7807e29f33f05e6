#pragma once
/// @file context.h
/// What the host gives a plugin: the store, the current user and role, a clock,
/// the audit log, the check registry, the change bus, a logger and the plugin's
/// own settings. One Context per plugin; it outlives the plugin's stop().

#include "contingent/sdk/changes.h"
#include "contingent/sdk/checks.h"
#include "contingent/sdk/dates.h"
#include "contingent/sdk/domain.h"
#include "contingent/sdk/export.h"
#include "contingent/sdk/repositories.h"
#include "contingent/sdk/store.h"

#include <QLoggingCategory>

#include <memory>
#include <optional>
#include <string>

namespace contingent::sdk {

/// Today's date. The host uses the system's local date; tests and what-if
/// planning (`contingent --today`) use a fixed one.
class CONTINGENT_SDK_EXPORT Clock {
public:
    virtual ~Clock();
    virtual Date today() const = 0;
};

/// The local calendar date of the machine.
class CONTINGENT_SDK_EXPORT SystemClock final : public Clock {
public:
    Date today() const override;
};

/// Always the same day.
class CONTINGENT_SDK_EXPORT FixedClock final : public Clock {
public:
    explicit FixedClock(Date day)
        : m_day(day)
    {
    }
    Date today() const override { return m_day; }
    void set(Date day) { m_day = day; }

private:
    Date m_day;
};

/// The person using the application. `registered` is false for a login with
/// no app_user row (they get the viewer role and no officer).
struct CurrentUser {
    std::string login;
    std::string displayName;
    Role role = Role::Viewer;
    std::optional<std::int64_t> officerId;
    bool registered = false;
};

/// A plugin's settings, kept in the store (`plugin_setting`) under its id.
/// Rule parameters live here, with the law's value as the default.
class CONTINGENT_SDK_EXPORT PluginSettings {
public:
    PluginSettings(Database& db, std::string pluginId)
        : m_db(db)
        , m_plugin(std::move(pluginId))
    {
    }
    std::optional<std::string> value(std::string_view key);
    std::string value(std::string_view key, std::string_view fallback);
    /// Throws InputError when the stored text is not an integer.
    int intValue(std::string_view key, int fallback);
    void setValue(std::string_view key, std::string_view value);
    void remove(std::string_view key);

private:
    Database& m_db;
    std::string m_plugin;
};

/// The services the host lends one plugin.
class CONTINGENT_SDK_EXPORT Context {
public:
    Context(std::string pluginId, Database& store, CurrentUser user, const Clock& clock,
            CheckRegistry& checks, ChangeNotifier& changes);
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    const std::string& pluginId() const { return m_pluginId; }
    Database& store() { return m_store; }
    const CurrentUser& user() const { return m_user; }
    Date today() const { return m_clock.today(); }
    const Clock& clock() const { return m_clock; }
    CheckRegistry& checks() { return m_checks; }
    ChangeNotifier& changes() { return m_changes; }
    /// The category `contingent.plugin.<id>`.
    const QLoggingCategory& log() const { return *m_log; }
    PluginSettings settings() { return {m_store, m_pluginId}; }
    /// Writes made through these are audited as this user and plugin.
    AuditLog audit() { return {m_store, actor()}; }
    OfficerRepository officers() { return {m_store, actor(), &m_changes}; }
    MissionRepository missions() { return {m_store, actor(), &m_changes}; }
    DeploymentRepository deployments() { return {m_store, actor(), &m_changes}; }
    UserRepository users() { return {m_store, actor(), &m_changes}; }
    Actor actor() const { return {m_user.login, m_pluginId}; }

private:
    std::string m_pluginId;
    std::string m_logName;
    Database& m_store;
    CurrentUser m_user;
    const Clock& m_clock;
    CheckRegistry& m_checks;
    ChangeNotifier& m_changes;
    std::unique_ptr<QLoggingCategory> m_log;
};

} // namespace contingent::sdk
