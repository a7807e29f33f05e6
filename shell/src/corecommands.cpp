#include "corecommands.h"

#include "auditlog.h"

#include "checkcommand.h"
#include "commandline.h"
#include "usercommands.h"

#include <algorithm>
#include <QJsonArray>
#include <QScopeGuard>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <iomanip>
#include <set>
#include <unordered_map>

namespace contingent::shell {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

void writeJson(std::ostream& out, const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << doc.toJson(QJsonDocument::Indented).toStdString();
}

/// Accepts exactly the flags in `allowed`; returns those given.
std::set<std::string> flags(const std::string& command, const std::vector<std::string>& args,
                            std::initializer_list<std::string_view> allowed)
{
    std::set<std::string> given;
    for (const std::string& a : args) {
        if (std::find(allowed.begin(), allowed.end(), a) == allowed.end())
            throw UsageError(command + ": unexpected argument \"" + a + "\"");
        given.insert(a);
    }
    return given;
}

std::string stateName(const PluginRecord& p)
{
    return p.state == PluginState::Loaded ? "loaded" : "refused";
}

int runDemo(Session& session, const std::vector<std::string>& args, std::ostream& out)
{
    sdk::DemoRequest request;
    std::map<std::string, const sdk::DemoSize*> known;
    for (PluginRecord* p : session.host().loadedInOrder())
        for (const sdk::DemoGenerator& g : p->demoGenerators)
            for (const sdk::DemoSize& s : g.sizes)
                known[s.name] = &s;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.rfind("--", 0) != 0 || i + 1 >= args.size()) {
            throw UsageError("demo: expected --seed S or --<size> N, got \"" + a + "\"");
        }
        const std::string name = a.substr(2);
        const std::string value = args[++i];
        if (name == "seed") {
            request.seed = parseNumber<std::uint64_t>("--seed", value);
        } else if (known.count(name)) {
            const int n = parseNumber<int>(a, value);
            if (n < 0)
                throw UsageError(a + " must not be negative");
            request.sizes[name] = n;
        } else {
            std::string sizes;
            for (const auto& [k, v] : known)
                sizes += " --" + k;
            throw UsageError("demo: unknown size " + a + " (the loaded plugins offer:"
                             + (sizes.empty() ? std::string(" none") : sizes) + ")");
        }
    }
    generateDemo(session, request);
    out << "Demo data (seed " << request.seed << ") written to " << session.store().path() << ":\n";
    out << "  officers:    " << sdk::OfficerRepository(session.store(), {}).count() << "\n";
    out << "  missions:    " << sdk::MissionRepository(session.store(), {}).count() << "\n";
    out << "  deployments: " << sdk::DeploymentRepository(session.store(), {}).count() << "\n";
    return 0;
}

int overview(Session& session, std::ostream& out)
{
    auto& host = session.host();
    std::size_t loaded = 0;
    for (const auto& p : host.plugins())
        loaded += p->state == PluginState::Loaded;
    const FindingCounts findings = countFindings(session);
    const sdk::CurrentUser& user = session.user();
    const bool officer = user.role == sdk::Role::Officer;
    out << "Contingent " << CONTINGENT_VERSION << "\n"
        << "  store:       " << session.store().path() << "\n"
        << "  user:        " << session.user().login << " ("
        << (session.user().registered ? std::string(sdk::toString(session.user().role))
                                      : std::string("not registered"))
        << ")\n"
        << "  plugins:     " << loaded << " loaded, " << host.plugins().size() - loaded
        << " refused\n";
    if (officer) {
        // An officer's own counts: their tours and what the rules say of them.
        out << "  your tours:  "
            << (user.officerId ? sdk::DeploymentRepository(session.store(), {})
                                     .forOfficer(*user.officerId)
                                     .size()
                               : 0)
            << "\n"
            << "  findings:    " << findings.total() << " on your tours (" << findings.bySeverity[0]
            << " blocking)\n";
    } else {
        out << "  officers:    " << sdk::OfficerRepository(session.store(), {}).count() << "\n"
            << "  missions:    " << sdk::MissionRepository(session.store(), {}).count() << "\n"
            << "  deployments: " << sdk::DeploymentRepository(session.store(), {}).count() << "\n"
            << "  findings:    " << findings.total() << " (" << findings.bySeverity[0]
            << " blocking, " << findings.bySeverity[1] << " warning(s), " << findings.bySeverity[2]
            << " info; `contingent check` for the summary)\n";
    }
    if (!findings.errors.empty())
        out << "  " << findings.errors.size()
            << " check(s) failed to run: see `contingent check`\n";
    out << "Run `contingent help` for the commands.\n";
    return 0;
}

int help(Session& session, std::ostream& out)
{
    out << usageText();
    bool any = false;
    for (PluginRecord* p : session.host().loadedInOrder()) {
        for (const sdk::Command& c : p->commands) {
            if (!any)
                out << "\nCommands added by plugins:\n";
            any = true;
            out << "  " << std::left << std::setw(28) << c.name << c.summary << " [" << p->id
                << "]\n";
        }
    }
    return 0;
}

} // namespace

int listPlugins(PluginHost& host, bool json, std::ostream& out)
{
    int status = 0;
    QJsonArray rows;
    for (const auto& p : host.plugins()) {
        if (p->state == PluginState::Refused)
            status = 1;
        QJsonObject row{{"id", q(p->id)},
                        {"name", q(p->manifest.name)},
                        {"version", q(p->manifest.version)},
                        {"state", q(stateName(*p))},
                        {"shipped", p->shipped},
                        {"path", p->libraryPath}};
        if (p->state == PluginState::Refused)
            row.insert("reason", q(p->reason));
        rows.append(row);
    }
    if (json) {
        writeJson(out, QJsonObject{{"plugins", rows}});
        return status;
    }
    for (const std::string& note : host.notes())
        out << "note: " << note << "\n";
    if (host.plugins().empty())
        out << "No plugins found.\n";
    for (const auto& p : host.plugins()) {
        out << std::left << std::setw(16) << p->id << std::setw(10)
            << (p->manifest.version.empty() ? "-" : p->manifest.version) << std::setw(9)
            << stateName(*p) << (p->state == PluginState::Loaded ? p->manifest.name : p->reason)
            << "\n";
    }
    return status;
}

void generateDemo(Session& session, const sdk::DemoRequest& request)
{
    sdk::Database& db = session.store();
    const auto existing = db.queryValue<std::int64_t>(
        "SELECT (SELECT count(*) FROM officer) + (SELECT count(*) FROM deployment)");
    if (existing.value_or(0) > 0)
        throw sdk::InputError("store " + db.path()
                              + " already holds officers or deployments; demo data goes only "
                                "into a new or empty store (choose another --database)");
    sdk::Transaction tx(db);
    for (PluginRecord* p : session.host().loadedInOrder()) {
        for (const sdk::DemoGenerator& g : p->demoGenerators) {
            try {
                g.generate(*p->context, request);
            } catch (const std::exception& e) {
                throw sdk::Error("demo data of plugin " + p->id
                                 + " failed, nothing was written: " + e.what());
            } catch (...) {
                throw sdk::Error("demo data of plugin " + p->id
                                 + " failed with an exception that is not a std::exception, "
                                   "nothing was written");
            }
        }
    }
    sdk::PluginSettings(db, "core").setValue("demo_seed", std::to_string(request.seed));
    tx.commit();
}

namespace {

/// `--help` (or `-h`) anywhere among a command's arguments.
bool asksForHelp(const std::vector<std::string>& args)
{
    return std::any_of(args.begin(), args.end(),
                       [](const std::string& a) { return a == "--help" || a == "-h"; });
}

/// The usage of each built-in command, for `contingent <command> --help`.
const char* builtInUsage(const std::string& name)
{
    if (name == "init")
        return "Usage: contingent init FILE\n"
               "  make a new store at FILE (a new or an empty file); the one who makes it\n"
               "  administers it. No other command turns a file into a store.";
    if (name == "status")
        return "Usage: contingent status\n"
               "  the store, the user, the plugins and the counts";
    if (name == "help")
        return "Usage: contingent help\n"
               "  every command, the plugins' included, and the options";
    if (name == "plugins")
        return "Usage: contingent plugins [--json]\n"
               "  every plugin found: id, version, state and the reason for a refusal\n"
               "  exit 1 when a plugin was refused";
    if (name == "check")
        return "Usage: contingent check [--all | --json] [--deployment ID]\n"
               "                        [--severity blocking|warning|info]\n"
               "                        [--rule RULE_ID | --rule PLUGIN.] [--since YYYY-MM-DD]\n"
               "  every rule over the deployments (or one). With more than 20 findings: a\n"
               "  summary by rule and severity and the first 10 blocking findings; --all lists\n"
               "  every finding (its officer, mission, days and legal basis), blocking first,\n"
               "  then warnings, then information, rule by rule; --json the same as JSON.\n"
               "  --severity keeps that one and the graver; --since keeps the tours that end\n"
               "  on or after that day\n"
               "  exit 1 when there are findings (an officer: blocking or warnings only)";
    if (name == "demo")
        return "Usage: contingent demo [--seed S] [--<size> N ...]\n"
               "  fill an empty store with fictional demo data; the sizes come from the\n"
               "  plugins (e.g. --officers 200 --tours 400); the same seed gives the same store";
    if (name == "audit")
        return "Usage: contingent audit [--record RECORD] [--user LOGIN] [--since YYYY-MM-DD]\n"
               "                        [--until YYYY-MM-DD] [--limit N]\n"
               "       contingent audit [the same filters] --format csv|csv-excel|xlsx|json "
               "[--out FILE]\n"
               "  who changed what, newest first: every import's officers and tours with their\n"
               "  old and new values, every form's change, every export and statement.\n"
               "  RECORD is an entity (officer), one of its rows (officer 12) or an id (12).\n"
               "  Text shows the newest 50 (--limit N); a table file holds every entry.\n"
               "  Administrators and viewers only";
    if (name == "users")
        return "Usage: contingent users [list]\n"
               "       contingent users add LOGIN --role admin|planner|officer|viewer [--name "
               "NAME]\n"
               "                            [--officer ID|SERVICE_NUMBER]\n"
               "       contingent users set LOGIN [--role R] [--name NAME] [--officer "
               "ID|SERVICE_NUMBER|none]\n"
               "  who may use the store, and in which role (administrators only); the last\n"
               "  administrator keeps the role";
    return nullptr;
}

} // namespace

int runCommand(Session& session, const std::string& name, const std::vector<std::string>& args,
               std::ostream& out, std::ostream& err)
{
    if (const char* usage = builtInUsage(name.empty() ? "status" : name);
        usage && asksForHelp(args)) {
        out << usage << "\n";
        return 0;
    }
    if (session.readOnly())
        err << "note: " << session.readOnlyNote() << "\n";
    // The two that run every rule over every tour read twice the window's page cache: on
    // 500 000 tours `check` takes 3.0 s and 64 MB with 16 MiB, 3.2 s and 55 MB with 8 MiB
    // (with 32 MiB, 2.9 s and 81 MB). A command has no screen to keep small.
    if (name.empty() || name == "status" || name == "check")
        session.store().exec("PRAGMA cache_size = -16384");
    if (name.empty() || name == "status")
        return overview(session, out);
    if (name == "help")
        return help(session, out);
    const sdk::CurrentUser& user = session.user();
    if (!user.registered)
        throw sdk::InputError(user.login + " is not registered in " + session.store().path()
                              + "; ask an administrator to run `" + registerCommand(session) + "`");
    if (name == "users")
        return runUsers(session, args, out);
    if (name == "audit")
        return runAudit(session, args, out);
    if (name == "plugins")
        return listPlugins(session.host(), flags(name, args, {"--json"}).count("--json") > 0, out);
    if (name == "check")
        return runCheck(session, args, out);
    if (name == "demo") {
        if (!sdk::canEdit(user.role))
            throw sdk::InputError("demo: a " + std::string(sdk::toString(user.role))
                                  + " cannot write to the store");
        return runDemo(session, args, out);
    }

    for (PluginRecord* p : session.host().loadedInOrder()) {
        for (const sdk::Command& c : p->commands) {
            if (c.name != name)
                continue;
            if (!sdk::isVisibleTo(c.roles, user.role))
                throw sdk::InputError(name + ": not available to the "
                                      + std::string(sdk::toString(user.role)) + " role");
            if (asksForHelp(args)) { // on the command or any of its subcommands
                out << c.usage << "\n";
                return 0;
            }
            sdk::CommandInvocation invocation{args, *p->context, out, err};
            // A command that takes the process down is named on the next start.
            CrashGuard& guard = session.host().crashGuard();
            guard.begin(QString::fromStdString(p->id),
                        QStringLiteral("running its command ") + QString::fromStdString(name));
            const auto done = qScopeGuard([&guard] { guard.end(); });
            try {
                return c.run(invocation);
            } catch (const std::exception& e) {
                err << "contingent " << name << ": error: " << e.what() << "\n";
                return 1;
            } catch (...) {
                err << "contingent " << name << ": error: plugin " << p->id
                    << " threw an exception that is not a std::exception\n";
                return 1;
            }
        }
    }
    std::string refusedHint;
    for (const auto& p : session.host().plugins())
        if (p->id == name && p->state == PluginState::Refused)
            refusedHint = " (plugin " + p->id + " was refused: " + p->reason + ")";
    if (!refusedHint.empty()) {
        // Not a typo: the command exists, but its plugin could not be loaded.
        err << "contingent: " << name << " is not available" << refusedHint << "\n";
        return 1;
    }
    throw UsageError("unknown command \"" + name + "\"; see contingent help");
}

} // namespace contingent::shell
