#pragma once
/// @file context.h
/// What the host gives a plugin: the store, the current user and role, a clock,
/// the audit log, the check registry, the change bus, a logger and the plugin's
/// own settings. One Context per plugin; it outlives the plugin's stop().

#include "contingent/sdk/changes.h"
#include "contingent/sdk/checks.h"
#include "contingent/sdk/contributions.h"
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
    std::optional<OfficerId> officerId;
    bool registered = false;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// A plugin's settings, kept in the store (`plugin_setting`) under its id.
/// Rule parameters live here, with the law's value as the default.
class CONTINGENT_SDK_EXPORT PluginSettings {
public:
    PluginSettings(Database& db, std::string pluginId);
    ~PluginSettings();
    PluginSettings(const PluginSettings& other);
    PluginSettings& operator=(const PluginSettings& other);
    std::optional<std::string> value(std::string_view key);
    std::string value(std::string_view key, std::string_view fallback);
    /// Throws InputError when the stored text is not an integer.
    int intValue(std::string_view key, int fallback);
    void setValue(std::string_view key, std::string_view value);
    void remove(std::string_view key);

private:
    struct Private;
    std::shared_ptr<const Private> d;
};

/// The services the host lends one plugin, and where it registers what it
/// contributes. Registration happens in Plugin::start(); the add functions
/// throw InputError for a bad contribution, which refuses the plugin with that
/// reason (and the host keeps nothing it registered).
class CONTINGENT_SDK_EXPORT Context {
public:
    /// `facts` is the host's registry of every plugin's fact sections; without
    /// one (tests), facts() reads only this plugin's own sections.
    Context(std::string pluginId, Database& store, CurrentUser user, const Clock& clock,
            CheckRegistry& checks, ChangeNotifier& changes, FactRegistry* facts = nullptr,
            StatusGate* gate = nullptr);
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    const std::string& pluginId() const;
    Database& store();
    const CurrentUser& user() const;
    Date today() const;
    const Clock& clock() const;
    CheckRegistry& checks();
    ChangeNotifier& changes();
    /// The category `contingent.plugin.<id>`.
    const QLoggingCategory& log() const;
    PluginSettings settings();
    /// Writes made through these are audited as this user and plugin.
    AuditLog audit();
    OfficerRepository officers();
    MissionRepository missions();
    DeploymentRepository deployments();
    UserRepository users();
    Actor actor() const;

    /// A page for the window: a unique id, a qrc:/ QML URL.
    void addPage(Page page);
    /// A card for Home: a unique id, a qrc:/ QML URL, and a page of this
    /// plugin added before it (or none) to open.
    void addCard(Card card);
    /// A rule the host runs; its id is "<plugin id>.<rule>": a plugin checks
    /// only under its own id.
    void addCheck(CheckDefinition check);
    /// A subcommand (`contingent <name> ...`); names are unique.
    void addCommand(Command command);
    /// Demo data for `contingent demo`.
    void addDemoGenerator(DemoGenerator generator);
    /// A section about tours that any plugin may read through facts().
    void addFactSection(FactSection section);
    /// What every started plugin's sections say about `deploymentId`, in
    /// order; a plugin that is not loaded is simply not there.
    std::vector<FactSheet> facts(DeploymentId deploymentId) const;
    /// Claims a step of the tour status for this plugin (statusgate.h): only
    /// it may then make the step (an approvals plugin owns proposed ->
    /// approved). Only steps forward can be owned, each by one plugin.
    void ownTransition(StatusTransition step);
    /// Moves the tour to `to` through the gate, step by step (planned ->
    /// approved is two steps), audited: refuses with InputError a move that
    /// is not allowed (backwards, out of cancelled), a user who may not edit
    /// (viewers, officers), a step another plugin owns, and a move forward (anything but
    /// cancelling) while the tour has blocking findings, naming them.
    void changeStatus(DeploymentId deploymentId, DeploymentStatus to);
    /// Sends a proposed or approved tour back to an earlier status (planned,
    /// or proposed from approved), audited: what a rejected or withdrawn
    /// proposal does. Only the plugin that owns the decision's step
    /// (proposed -> approved) may, and only for a user who may edit; an
    /// active, completed or cancelled tour does not go back. Throws
    /// InputError naming the rule.
    void sendBack(DeploymentId deploymentId, DeploymentStatus to);
    /// Everything this plugin registered so far (the host reads it after start()).
    const Contributions& contributions() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace contingent::sdk
