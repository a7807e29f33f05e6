#pragma once
// One run of the application: the store opened and migrated, the user known,
// the plugins loaded. The command line and the window both start from here.

#include "pluginhost.h"

#include <contingent/sdk/context.h>

#include <QStringList>

#include <memory>
#include <optional>

namespace contingent::shell {

struct SessionOptions {
    QString databasePath;   ///< empty: defaultDatabasePath()
    QStringList pluginDirs; ///< from --plugin-dir, in order
    bool safeMode = false;
    /// Open the store for reading only (--read-only), as when its file or folder cannot be
    /// written.
    bool readOnly = false;
    QString login; ///< empty: the operating system login
    std::optional<sdk::Date> today;
    bool loadPlugins = true;
    /// How the store at databasePath is taken (only Contingent stores are opened):
    ///   Open:   a store, or a new one where no file is (the window, most commands);
    ///   Existing: a store only; no file there is an error (`status`);
    ///   Init:   a new store, in a new or empty file (`contingent init FILE`).
    enum class StoreUse { Open, Existing, Init };
    StoreUse storeUse = StoreUse::Open;
};

/// `$CONTINGENT_PLUGIN_PATH`, split on ':'.
QStringList environmentPluginDirs();
/// The application's own plugin folders: lib/contingent/plugins beside the
/// executable's bin/ (the build tree and an installed tree look alike), then
/// the configured install prefix.
QStringList shippedPluginDirs();
/// contingent.db in the user's data folder.
QString defaultDatabasePath();
/// The operating system login ($USER, else $LOGNAME, else "user").
QString systemLogin();

class Session {
public:
    /// Opens (creating if needed) and migrates the store, then loads plugins (unless
    /// options.loadPlugins is false: loadPlugins()).
    /// Throws sdk::Error with a one-line reason when the store cannot be used.
    explicit Session(const SessionOptions& options);
    ~Session();

    sdk::Database& store() { return *m_db; }
    PluginHost& host() { return *m_host; }
    const sdk::CurrentUser& user() const { return m_user; }
    /// The store's file or its folder cannot be written (a read-only share, a CD, a file
    /// without write permission): it is open for reading, and its administrators and planners
    /// act as viewers (issue #15, item 7).
    bool readOnly() const { return m_readOnly; }
    /// One line that says so, naming the store; empty when it is not read-only.
    std::string readOnlyNote() const;
    const sdk::Clock& clock() const { return *m_clock; }
    /// The backup taken before migrating, if one was.
    const std::optional<std::string>& backupPath() const { return m_migrations->backupPath(); }
    /// Finds and loads the plugins, once: the constructor does unless the options said
    /// loadPlugins = false. The window opens on Home first and calls this after its first
    /// frame (issue #16). The same folders, in the same order, either way.
    void loadPlugins();
    bool pluginsLoaded() const { return m_pluginsLoaded; }

private:
    std::unique_ptr<sdk::Database> m_db;
    std::unique_ptr<sdk::MigrationRunner> m_migrations;
    std::unique_ptr<sdk::Clock> m_clock;
    sdk::CurrentUser m_user;
    bool m_readOnly = false;
    bool m_readOnlyAsked = false; ///< --read-only, not the file system
    QStringList m_pluginDirs;     ///< --plugin-dir's, then $CONTINGENT_PLUGIN_PATH's
    bool m_safeMode = false;
    bool m_pluginsLoaded = false;

public:
    /// Whether --read-only asked for it (else the file or its folder cannot be written).
    bool readOnlyAsked() const { return m_readOnlyAsked; }
    std::unique_ptr<PluginHost> m_host;
};

/// The command an administrator runs to register the session's login on its
/// store: with --database unless it is the default store (--demo for the demo's).
std::string registerCommand(Session& session, bool demo = false);

/// Finds the login in app_user. On a store with no users yet, registers it as
/// the first admin. An unknown login comes back with registered = false.
sdk::CurrentUser resolveUser(sdk::Database& db, const std::string& login);

} // namespace contingent::shell
