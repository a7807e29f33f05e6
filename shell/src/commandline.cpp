#include "commandline.h"

#include "corecommands.h"

#include <contingent/sdk/version.h>

#include <QDir>

#include <algorithm>
#include <QFileInfo>
#include <QStandardPaths>

namespace contingent::shell {

std::string usageText()
{
    return R"(Usage: contingent [options] [command [args...]]

Plans police deployments to international civilian missions. With no command,
opens the window.

Commands:
  init FILE                     make a new store at FILE (a new or empty file); you
                                administer it
  status                        the store, the user, the plugins and the counts
  users [list|add|set] ...      who may use the store, and in which role (admins)
  plugins [--json]              list every plugin, its version, state and any refusal
  check [--all|--json] [--deployment ID] [--severity S] [--rule R] [--since D]
                                run every rule over the deployments: a summary by
                                rule (every finding when few), --all the whole
                                list, blocking first
  audit [--record R] [--user LOGIN] [--since D] [--until D] [--format F] [--out FILE]
                                who changed what, newest first (administrators
                                and viewers)
  demo [--seed S] [--<size> N]  fill an empty store with fictional demo data
                                (sizes come from the plugins, e.g. --officers 200)
  help                          this text, with the commands the plugins add
  <plugin command> [args...]    a command added by a plugin (see `contingent help`)

Options:
  --database FILE     the store (default: contingent.db in the user's data folder)
  --plugin-dir DIR    look for plugins in DIR first (repeatable)
  --safe-mode         load only the plugins shipped with the application
  --read-only         open the store for reading only (as a store whose file or folder
                      cannot be written is opened)
  --user LOGIN        act as LOGIN (default: the operating system login)
  --today YYYY-MM-DD  plan as if today were that day
  --demo              use the demo store (demo.db in the user's data folder,
                      filled with fictional data on first use), never the real one
  --lang sl|en        the language of the window (default: the system's)
  --page KEY          open the window on a page (e.g. rosters/roster, plugins)
  --self-test         open the window offscreen, visit every page as every role,
                      print each QML warning or error; exit 1 if there was any
  --screenshot DIR    write one 1280x800 PNG per page into DIR (offscreen)
  -h, --help          show this help
  --version           show the version

Environment: CONTINGENT_PLUGIN_PATH, a ':'-separated list of plugin folders.
Exit codes: 0 ok, 1 findings or refused plugins to report, or an error; 2 usage error.
)";
}

CommandLine parseCommandLine(const QStringList& arguments)
{
    CommandLine line;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString arg = arguments[i];
        if (!line.command.empty()) {
            line.args.push_back(arg.toStdString());
            continue;
        }
        QString inlineValue;
        bool hasInline = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains('=')) {
            inlineValue = arg.section('=', 1);
            arg = arg.section('=', 0, 0);
            hasInline = true;
        }
        const auto value = [&]() -> QString {
            if (hasInline)
                return inlineValue;
            if (i + 1 >= arguments.size())
                throw UsageError("option " + arg.toStdString() + " needs a value");
            return arguments[++i];
        };
        if (arg == QLatin1String("--database")) {
            line.session.databasePath = value();
        } else if (arg == QLatin1String("--plugin-dir")) {
            line.session.pluginDirs << value();
        } else if (arg == QLatin1String("--user")) {
            line.session.login = value();
        } else if (arg == QLatin1String("--today")) {
            const QString text = value();
            try {
                line.session.today = sdk::Date::fromIso(text.toStdString());
            } catch (const sdk::DateError& e) {
                throw UsageError(std::string("--today: ") + e.what());
            }
        } else if (arg == QLatin1String("--demo")) {
            line.demo = true;
        } else if (arg == QLatin1String("--self-test")) {
            line.selfTest = true;
        } else if (arg == QLatin1String("--screenshot")) {
            line.screenshotDir = value();
        } else if (arg == QLatin1String("--lang")) {
            line.lang = value();
        } else if (arg == QLatin1String("--page")) {
            line.page = value();
        } else if (arg == QLatin1String("--safe-mode")) {
            line.session.safeMode = true;
        } else if (arg == QLatin1String("--read-only")) {
            line.session.readOnly = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            line.help = true;
        } else if (arg == QLatin1String("--version")) {
            line.version = true;
        } else if (arg.startsWith('-')) {
            throw UsageError("unknown option " + arg.toStdString() + " (see contingent --help)");
        } else {
            line.command = arg.toStdString();
        }
    }
    if (line.demo)
        useDemoStore(line);
    if ((line.selfTest || !line.screenshotDir.isEmpty() || !line.page.isEmpty())
        && !line.command.empty())
        throw UsageError("--self-test, --screenshot and --page open the window; they take no "
                         "command");
    return line;
}

void useDemoStore(CommandLine& line)
{
    if (!line.session.databasePath.isEmpty())
        throw UsageError("--demo uses its own store; leave out --database");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    line.session.databasePath = dir + QStringLiteral("/demo.db");
}

void fillDemoStore(Session& session)
{
    if (sdk::OfficerRepository(session.store(), {}).count() > 0)
        return;
    sdk::DemoRequest request;
    request.seed = 1;
    generateDemo(session, request);
}

int runCommandLine(const CommandLine& line, std::ostream& out, std::ostream& err)
{
    if (line.help) {
        out << usageText();
        return 0;
    }
    if (line.version) {
        out << "contingent " << CONTINGENT_VERSION << " (SDK " << sdk::kSdkVersion
            << "; loads plugins built against SDK " << sdk::kSdkMajor << ".0 to " << sdk::kSdkMajor
            << "." << sdk::kSdkMinor << ")\n";
        return 0;
    }
    try {
        // Only Contingent stores are opened: `init` makes one, `status` needs one, and `help`
        // on a path with no file reads no store at all (a typo makes no store, no admin).
        SessionOptions options = line.session;
        const bool asksForHelp = std::any_of(line.args.begin(), line.args.end(), [](const auto& a) {
            return a == "--help" || a == "-h";
        });
        if (line.command == "init" && asksForHelp) {
            options.databasePath = QStringLiteral(":memory:"); // the usage needs no store
        } else if (line.command == "init") {
            if (line.args.size() != 1 || line.args[0].starts_with("-"))
                throw UsageError("init needs one FILE: contingent init FILE");
            if (!options.databasePath.isEmpty()
                && QFileInfo(options.databasePath)
                       != QFileInfo(QString::fromStdString(line.args[0])))
                throw UsageError("init makes the store FILE; leave out --database");
            options.databasePath = QString::fromStdString(line.args[0]);
            options.storeUse = SessionOptions::StoreUse::Init;
        } else if (line.command == "help" || asksForHelp) {
            const QString path =
                options.databasePath.isEmpty() ? defaultDatabasePath() : options.databasePath;
            if (!QFileInfo::exists(path))
                options.databasePath = QStringLiteral(":memory:");
        } else if (line.command == "status") {
            options.storeUse = SessionOptions::StoreUse::Existing;
        }
        Session session(options);
        if (line.command == "init" && !asksForHelp) {
            out << "Made a new store at " << session.store().path() << "; " << session.user().login
                << " administers it (contingent --database " << session.store().path()
                << " users add LOGIN --role ROLE for the others).\n";
            return 0;
        }
        if (line.demo)
            fillDemoStore(session);
        return runCommand(session, line.command, line.args, out, err);
    } catch (const UsageError& e) {
        err << "contingent: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        err << "contingent: error: " << e.what() << "\n";
        return 1;
    }
}

int runCommandLine(const QStringList& arguments, std::ostream& out, std::ostream& err)
{
    try {
        return runCommandLine(parseCommandLine(arguments), out, err);
    } catch (const UsageError& e) {
        err << "contingent: " << e.what() << "\n";
        return 2;
    }
}

} // namespace contingent::shell
