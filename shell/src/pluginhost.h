#pragma once
// Finds, checks, orders, loads, migrates, starts and stops plugins. Every call
// into a plugin is guarded: whatever it throws becomes a refusal with a reason.

#include "crashguard.h"
#include "manifest.h"

#include <contingent/sdk/plugin.h>

#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace contingent::shell {

/// The application's property naming the language the window (or --lang) asked for: "sl" or
/// "en". Each plugin's translation into it is installed as the plugin loads; unset (commands
/// without --lang), the system's language, English's plural forms left out, so that scripts
/// read the same words everywhere.
inline constexpr char kLanguageProperty[] = "contingentLanguage";

enum class PluginState { Loaded, Refused };

/// Everything the host knows about one plugin, loaded or not.
struct PluginRecord {
    std::string id;
    Manifest manifest; ///< as far as it could be read
    QString manifestPath;
    QString libraryPath;
    bool shipped = false; ///< found in a folder of the application itself
    PluginState state = PluginState::Refused;
    std::string reason; ///< why it was refused
    std::unique_ptr<sdk::Context> context;
    std::unique_ptr<sdk::Plugin> instance;
    std::vector<sdk::Page> pages;
    std::vector<sdk::Card> cards;
    std::vector<sdk::Command> commands;
    std::vector<sdk::DemoGenerator> demoGenerators;
    bool started = false;
};

struct HostEnvironment {
    sdk::Database& store;
    sdk::MigrationRunner& migrations;
    sdk::CurrentUser user;
    const sdk::Clock& clock;
    QString crashMarkerPath; ///< empty: no crash guard
};

class PluginHost {
public:
    explicit PluginHost(HostEnvironment env);
    ~PluginHost();
    PluginHost(const PluginHost&) = delete;
    PluginHost& operator=(const PluginHost&) = delete;

    /// Scans `userDirs` then `shippedDirs` (in order); with safeMode only the latter.
    void discover(const QStringList& userDirs, const QStringList& shippedDirs, bool safeMode);
    /// Orders and loads what discover() found; refusals never stop the others.
    void loadAll();
    /// stop() in reverse start order, then destroys the plugin objects. Idempotent.
    void stopAll();

    const std::vector<std::unique_ptr<PluginRecord>>& plugins() const { return m_plugins; }
    PluginRecord* find(std::string_view id) const;
    /// Loaded plugins in start order.
    std::vector<PluginRecord*> loadedInOrder() const;
    sdk::CheckRegistry& checks() { return m_checks; }
    sdk::FactRegistry& facts() { return m_facts; }
    sdk::StatusGate& statusGate() { return m_gate; }
    sdk::ChangeNotifier& changes() { return m_changes; }
    const HostEnvironment& environment() const { return m_env; }
    /// Notes for the person: safe mode, crash-guard skips.
    const std::vector<std::string>& notes() const { return m_notes; }
    /// The marker around risky calls into plugins (commands use it too).
    CrashGuard& crashGuard() { return m_guard; }

private:
    void loadOne(PluginRecord& record);
    void refuse(PluginRecord& record, std::string reason);
    void addCandidate(std::unique_ptr<PluginRecord> record);

    HostEnvironment m_env;
    CrashGuard m_guard;
    sdk::CheckRegistry m_checks;
    sdk::FactRegistry m_facts;
    sdk::StatusGate m_gate;
    sdk::ChangeNotifier m_changes;
    std::vector<std::unique_ptr<PluginRecord>> m_plugins;
    std::vector<PluginRecord*> m_startOrder;
    std::vector<std::string> m_notes;
    std::optional<CrashGuard::Leftover> m_crashed;
};

} // namespace contingent::shell
