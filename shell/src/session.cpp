#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace contingent::shell {

QStringList environmentPluginDirs()
{
    return qEnvironmentVariable("CONTINGENT_PLUGIN_PATH").split(':', Qt::SkipEmptyParts);
}

QStringList shippedPluginDirs()
{
    QStringList dirs;
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty())
        dirs << QDir::cleanPath(appDir + QStringLiteral("/../lib/contingent/plugins"));
    const QString installed = QStringLiteral(CONTINGENT_INSTALLED_PLUGIN_DIR);
    if (!dirs.contains(QDir::cleanPath(installed)))
        dirs << QDir::cleanPath(installed);
    return dirs;
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/contingent.db");
}

QString systemLogin()
{
    for (const char* var : {"USER", "LOGNAME", "USERNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("user");
}

sdk::CurrentUser resolveUser(sdk::Database& db, const std::string& login)
{
    sdk::UserRepository users(db, sdk::Actor{login, "core"});
    if (auto u = users.findByLogin(login)) {
        if (!u->active) // disabled: known, but no access at all
            return {login, login, sdk::Role::Viewer, std::nullopt, false};
        return {u->login, u->displayName, u->role, u->officerId, true};
    }
    if (users.count() == 0 && !db.isReadOnly()) {
        // The first person to open a new store administers it.
        users.add(sdk::AppUser{{}, login, login, sdk::Role::Admin, std::nullopt, true});
        return {login, login, sdk::Role::Admin, std::nullopt, true};
    }
    return {login, login, sdk::Role::Viewer, std::nullopt, false};
}

namespace {

/// Refuses a path that is not a Contingent store, as `use` asks (one line each, naming the
/// fix): another program's SQLite file is never made into a store, an empty file only by
/// `contingent init`, and a path with no file only where a new store is wanted.
void adoptStore(const QString& path, SessionOptions::StoreUse use)
{
    using Use = SessionOptions::StoreUse;
    if (path == QLatin1String(":memory:"))
        return;
    const std::string shown = path.toStdString();
    const QFileInfo info(path);
    if (!info.exists()) {
        if (use == Use::Existing)
            throw sdk::InputError("there is no store at " + shown
                                  + "; make one with `contingent init " + shown + "`");
        return;
    }
    if (info.size() == 0) {
        if (use == Use::Init)
            return;
        throw sdk::InputError(shown
                              + " is an empty file, not a Contingent store; make it one with "
                                "`contingent init "
                              + shown + "`");
    }
    // A SQLite file (the Database says so otherwise): ours has the migration record.
    sdk::Database probe(shown, sdk::OpenMode::ReadOnly);
    const auto tables =
        probe.queryValue<std::int64_t>("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
            .value_or(0);
    const auto ours = probe
                          .queryValue<std::int64_t>(
                              "SELECT count(*) FROM sqlite_master WHERE name = 'schema_migration'")
                          .value_or(0);
    if (ours > 0) {
        if (use == Use::Init)
            throw sdk::InputError(shown + " is already a Contingent store");
        return;
    }
    if (tables == 0 && use == Use::Init)
        return; // an empty SQLite file, as the sqlite3 shell leaves one
    throw sdk::InputError(
        shown + " is "
        + (tables == 0 ? "an empty SQLite database" : "another program's SQLite database")
        + ", not a Contingent store; "
        + (tables == 0 ? "make it one with `contingent init " + shown + "`"
                       : std::string("choose another file")));
}

} // namespace

Session::Session(const SessionOptions& options)
{
    const QString path =
        options.databasePath.isEmpty() ? defaultDatabasePath() : options.databasePath;
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (info.isDir())
            throw sdk::StoreError(sdk::StoreErrorKind::CantOpen,
                                  "cannot open store " + path.toStdString() + ": it is a folder");
        if (!info.absoluteDir().exists())
            throw sdk::StoreError(sdk::StoreErrorKind::CantOpen,
                                  "cannot open store " + path.toStdString() + ": folder "
                                      + info.absolutePath().toStdString() + " does not exist");
    }
    adoptStore(path, options.storeUse);
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
        m_readOnly = info.exists() && (options.readOnly || !writable);
        m_readOnlyAsked = m_readOnly && writable;
    }
    m_db = std::make_unique<sdk::Database>(
        path.toStdString(), m_readOnly ? sdk::OpenMode::ReadOnly : sdk::OpenMode::ReadWriteCreate);
    m_migrations = std::make_unique<sdk::MigrationRunner>(*m_db);
    try {
        sdk::migrateCoreSchema(*m_migrations);
    } catch (const sdk::StoreError& e) {
        if (!m_readOnly)
            throw;
        throw sdk::StoreError(e.kind(), path.toStdString()
                                            + " is read-only and was made by an older "
                                              "Contingent: open it once where it can be written, "
                                              "to bring it up to date ("
                                            + e.what() + ")");
    }
    if (options.today)
        m_clock = std::make_unique<sdk::FixedClock>(*options.today);
    else
        m_clock = std::make_unique<sdk::SystemClock>();
    const QString login = options.login.isEmpty() ? systemLogin() : options.login;
    m_user = resolveUser(*m_db, login.toStdString());
    if (m_readOnly && m_user.registered
        && (m_user.role == sdk::Role::Admin || m_user.role == sdk::Role::Planner))
        m_user.role = sdk::Role::Viewer; // nothing can be written: what a viewer may do

    const bool inMemory = path == QLatin1String(":memory:");
    m_host = std::make_unique<PluginHost>(
        HostEnvironment{*m_db, *m_migrations, m_user, *m_clock,
                        inMemory ? QString() : path + QStringLiteral(".plugin-guard")});
    m_pluginDirs = options.pluginDirs + environmentPluginDirs();
    m_safeMode = options.safeMode;
    if (options.loadPlugins)
        loadPlugins();
}

void Session::loadPlugins()
{
    if (m_pluginsLoaded)
        return;
    m_pluginsLoaded = true;
    m_host->discover(m_pluginDirs, shippedPluginDirs(), m_safeMode);
    m_host->loadAll();
}

// The host goes first (it is the last member): plugins stop while the store is open.
Session::~Session() = default;

std::string Session::readOnlyNote() const
{
    if (!m_readOnly)
        return {};
    return m_db->path()
           + (m_readOnlyAsked ? " is open for reading only (--read-only)"
                              : " is read-only (the file or its folder cannot be written): it is "
                                "open for reading only")
           + ", and nothing can be changed in it";
}

std::string registerCommand(Session& session, bool demo)
{
    std::string command = "contingent ";
    const QString store =
        QFileInfo(QString::fromStdString(session.store().path())).absoluteFilePath();
    if (demo) {
        command += "--demo ";
    } else if (store != QFileInfo(defaultDatabasePath()).absoluteFilePath()) {
        QString quoted = store;
        if (quoted.contains(QLatin1Char(' ')) || quoted.contains(QLatin1Char('\'')))
            quoted = QLatin1Char('\'') + quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"))
                     + QLatin1Char('\'');
        command += "--database " + quoted.toStdString() + " ";
    }
    return command + "users add " + session.user().login + " --role viewer";
}

} // namespace contingent::shell
