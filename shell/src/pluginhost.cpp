#include "pluginhost.h"

#include <contingent/sdk/version.h>

#include <boost/dll/shared_library.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

#include "pluginorder.h"

Q_LOGGING_CATEGORY(lcHost, "contingent.shell.host")

namespace contingent::shell {

namespace {

/// Libraries stay loaded for the life of the process: code of a plugin may
/// still run (destructors, queued Qt events) after its object is gone.
std::vector<boost::dll::shared_library>& loadedLibraries()
{
    static auto* libraries = new std::vector<boost::dll::shared_library>();
    return *libraries;
}

/// Runs `f`, turning anything it throws into a message.
template <typename F> std::optional<std::string> guarded(F&& f)
{
    try {
        f();
        return std::nullopt;
    } catch (const std::exception& e) {
        return std::string(e.what());
    } catch (...) {
        return std::string("an exception that is not a std::exception");
    }
}

/// Checks that the file is a complete 64-bit ELF object before dlopen() sees it:
/// a truncated copy can still load when only its debug sections were cut, and
/// then fail much later. Returns a reason, or nothing when the file looks whole.
std::optional<std::string> elfProblem(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "cannot be read: " + file.errorString().toStdString();
    const QByteArray header = file.read(64);
    if (header.size() < 64
        || !header.startsWith("\x7f"
                              "ELF"))
        return std::string("is not a shared library (no ELF header)");
    if (header[4] != 2)
        return std::string("is not a 64-bit library");
    const auto read = [&](int offset, int size) {
        quint64 v = 0;
        for (int i = size - 1; i >= 0; --i)
            v = (v << 8) | quint8(header[offset + i]);
        return v;
    };
    const quint64 sectionsEnd = read(0x28, 8) + read(0x3A, 2) * read(0x3C, 2);
    const quint64 programEnd = read(0x20, 8) + read(0x36, 2) * read(0x38, 2);
    const quint64 size = quint64(file.size());
    if (sectionsEnd > size || programEnd > size)
        return "is truncated: " + std::to_string(size) + " bytes, but its ELF header describes "
               + std::to_string(std::max(sectionsEnd, programEnd));
    return std::nullopt;
}

/// The plugin's translation into the window's language (kLanguageProperty; else the default
/// QLocale's), from its resources (contingent_add_plugin TS_FILES), if
/// it has one. Installed before the plugin is created, so that page titles
/// and messages made in start() are translated too; removed if the plugin is refused.
QTranslator* installTranslation(const std::string& id)
{
    if (!QCoreApplication::instance())
        return nullptr;
    const QString asked = QCoreApplication::instance()->property(kLanguageProperty).toString();
    const QString language = asked.isEmpty() ? QLocale().name().section('_', 0, 0) : asked;
    if (language == QLatin1String("C") || (language == QLatin1String("en") && asked.isEmpty()))
        return nullptr;
    auto* translator = new QTranslator(QCoreApplication::instance());
    const QString plugin = QString::fromStdString(id);
    if (translator->load(QStringLiteral(":/contingent/%1/i18n/%1_%2.qm").arg(plugin, language))) {
        QCoreApplication::installTranslator(translator);
        return translator;
    }
    delete translator;
    return nullptr;
}

/// A refused plugin's messages must not translate anyone else's.
void removeTranslation(QTranslator* translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

/// Says on stderr, from a watchdog thread, that a call into a plugin is still
/// running after `after` (a start() that holds up the window is named while it
/// runs, not only once it returns).
class SlowCallWarning {
public:
    SlowCallWarning(std::string what, std::chrono::milliseconds after)
        : m_thread([this, what = std::move(what), after] {
            std::unique_lock lock(m_mutex);
            if (!m_done.wait_for(lock, after, [this] { return m_finished; }))
                qCWarning(lcHost).noquote()
                    << QString::fromStdString(what) << "after"
                    << QString::number(double(after.count()) / 1000.0) + QStringLiteral(" s:")
                    << "the application waits for it";
        })
    {
    }
    ~SlowCallWarning()
    {
        {
            std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_done.notify_all();
        m_thread.join();
    }
    SlowCallWarning(const SlowCallWarning&) = delete;
    SlowCallWarning& operator=(const SlowCallWarning&) = delete;

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    std::thread m_thread; // last: it starts once the rest is ready
};

/// How long a plugin's start() may run before it is named: 5 s, or
/// CONTINGENT_SLOW_START_MS (for tests).
std::chrono::milliseconds slowStartLimit()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("CONTINGENT_SLOW_START_MS", &ok);
    return std::chrono::milliseconds(ok && ms > 0 ? ms : 5000);
}

constexpr const char* kCreateSymbol = "contingent_plugin_create";
constexpr const char* kAbiSymbol = "contingent_sdk_abi";
constexpr std::string_view kCoreCommands[] = {"plugins", "check",  "demo", "help",
                                              "users",   "status", "audit"};

} // namespace

PluginHost::PluginHost(HostEnvironment env)
    : m_env(std::move(env))
    , m_guard(m_env.crashMarkerPath)
{
    m_checks.add("core", sdk::overlappingDeploymentsCheck());
    m_crashed = m_guard.takeLeftover();
    // A check that takes the process down is named, and its plugin skipped, as a start is.
    m_checks.setGuard(
        [this](const std::string& plugin, const std::string& ruleId) {
            if (plugin != "core")
                m_guard.begin(QString::fromStdString(plugin), QStringLiteral("running its check ")
                                                                  + QString::fromStdString(ruleId));
        },
        [this] { m_guard.end(); });
}

PluginHost::~PluginHost()
{
    stopAll();
}

void PluginHost::refuse(PluginRecord& record, std::string reason)
{
    record.state = PluginState::Refused;
    record.reason = std::move(reason);
    qCWarning(lcHost).noquote() << "refused plugin" << QString::fromStdString(record.id) << ":"
                                << QString::fromStdString(record.reason);
}

void PluginHost::addCandidate(std::unique_ptr<PluginRecord> record)
{
    if (PluginRecord* first = find(record->id)) {
        refuse(*record, "duplicate id \"" + record->id + "\": already provided by "
                            + first->manifestPath.toStdString());
    }
    m_plugins.push_back(std::move(record));
}

void PluginHost::discover(const QStringList& userDirs, const QStringList& shippedDirs,
                          bool safeMode)
{
    std::vector<std::pair<QString, bool>> dirs;
    if (safeMode) {
        m_notes.push_back("safe mode: only the plugins shipped with the application are loaded");
    } else {
        for (const QString& d : userDirs)
            dirs.emplace_back(d, false);
    }
    for (const QString& d : shippedDirs)
        dirs.emplace_back(d, true);

    std::set<QString> seen;
    for (const auto& [dirPath, shipped] : dirs) {
        const QDir dir(dirPath);
        const QString canonical = QFileInfo(dirPath).canonicalFilePath();
        if (!dir.exists() || canonical.isEmpty() || !seen.insert(canonical).second)
            continue;
        const QStringList manifests =
            dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString& name : manifests) {
            auto record = std::make_unique<PluginRecord>();
            record->manifestPath = dir.filePath(name);
            record->id = QFileInfo(name).completeBaseName().toStdString();
            record->shipped = shipped;
            try {
                record->manifest = readManifest(record->manifestPath);
                record->libraryPath =
                    dir.filePath(QString::fromStdString(record->manifest.library));
                record->state = PluginState::Loaded; // provisionally: not refused so far
                if (!QFileInfo::exists(record->libraryPath))
                    refuse(*record,
                           "its library " + record->libraryPath.toStdString() + " is missing");
                else if (auto problem = sdkProblem(record->manifest.abi, sdk::kAbiVersion))
                    refuse(*record, *problem);
            } catch (const std::exception& e) {
                refuse(*record, std::string("bad manifest: ") + e.what());
            }
            addCandidate(std::move(record));
        }
        // A library with no manifest next to it is never loaded: its code is unknown.
        const QStringList libraries =
            dir.entryList({QStringLiteral("*.so")}, QDir::Files, QDir::Name);
        for (const QString& name : libraries) {
            const bool described =
                std::any_of(m_plugins.begin(), m_plugins.end(),
                            [&](const auto& p) { return p->libraryPath == dir.filePath(name); });
            if (described)
                continue;
            auto record = std::make_unique<PluginRecord>();
            record->id = QFileInfo(name).completeBaseName().toStdString();
            record->libraryPath = dir.filePath(name);
            record->shipped = shipped;
            refuse(*record, "no manifest: " + dir.filePath(record->id.c_str()).toStdString()
                                + ".json is missing next to the library");
            addCandidate(std::move(record));
        }
    }
}

PluginRecord* PluginHost::find(std::string_view id) const
{
    for (const auto& p : m_plugins)
        if (p->id == id)
            return p.get();
    return nullptr;
}

std::vector<PluginRecord*> PluginHost::loadedInOrder() const
{
    return m_startOrder;
}

void PluginHost::loadAll()
{
    if (m_crashed) {
        const PluginRecord* p = find(m_crashed->pluginId.toStdString());
        m_guard.remember(*m_crashed, p ? CrashGuard::fingerprint(p->libraryPath) : QString());
        m_notes.push_back("the last run crashed inside plugin " + m_crashed->pluginId.toStdString()
                          + " (" + m_crashed->phase.toStdString() + ")");
    }
    // A plugin that took the process down stays out until its library changes.
    for (const auto& p : m_plugins)
        if (p->state == PluginState::Loaded)
            if (const auto crash = m_guard.recordedCrash(QString::fromStdString(p->id),
                                                         CrashGuard::fingerprint(p->libraryPath)))
                refuse(*p, "crashed the application while " + crash->phase.toStdString()
                               + "; skipped until its library changes (rebuild or reinstall it)");

    std::vector<PluginNode> nodes;
    std::map<std::string, std::string> refused;
    for (const auto& p : m_plugins) {
        if (p->state == PluginState::Refused) {
            refused.emplace(p->id, p->reason); // the first of duplicate ids keeps its reason
            continue;
        }
        nodes.push_back({p->id, p->manifest.version, p->manifest.needs, p->manifest.after});
    }
    const PluginOrder order = orderPlugins(nodes, refused);
    for (const auto& [id, reason] : order.refused)
        if (PluginRecord* p = find(id); p && p->state == PluginState::Loaded)
            refuse(*p, reason);

    for (const std::string& id : order.order) {
        PluginRecord* p = find(id);
        // A dependency refused while loading takes its dependants with it.
        for (const PluginNeed& need : p->manifest.needs) {
            PluginRecord* dep = find(need.id);
            if (dep && dep->state == PluginState::Refused) {
                refuse(*p, "needs " + need.id + ", which was refused: " + dep->reason);
                break;
            }
        }
        if (p->state == PluginState::Loaded)
            loadOne(*p);
    }
}

void PluginHost::loadOne(PluginRecord& p)
{
    const QString id = QString::fromStdString(p.id);
    if (auto problem = elfProblem(p.libraryPath))
        return refuse(p, "cannot load " + p.libraryPath.toStdString() + ": the file " + *problem);
    m_guard.begin(id, QStringLiteral("loading"));
    boost::dll::shared_library library;
    if (auto error = guarded(
            [&] { library.load(p.libraryPath.toStdString(), boost::dll::load_mode::rtld_now); })) {
        m_guard.end();
        return refuse(p, "cannot load " + p.libraryPath.toStdString() + ": " + *error);
    }
    loadedLibraries().push_back(library);
    m_guard.end();

    if (!library.has(kCreateSymbol) || !library.has(kAbiSymbol))
        return refuse(p, std::string("lacks the entry point ")
                             + (library.has(kCreateSymbol) ? kAbiSymbol : kCreateSymbol)
                             + " (was it built with CONTINGENT_PLUGIN?)");
    const int abi = library.get_alias<const int>(kAbiSymbol);
    if (auto problem = sdkProblem(abi, sdk::kAbiVersion))
        return refuse(p, "its library, unlike its manifest (" + describeSdk(p.manifest.abi)
                             + "), was " + *problem);

    QTranslator* translator = installTranslation(p.id);
    auto create = library.get_alias<sdk::PluginFactory>(kCreateSymbol);
    m_guard.begin(id, QStringLiteral("starting"));
    std::optional<std::string> error = guarded([&] { p.instance.reset(create()); });
    if (!error && !p.instance)
        error = "its factory returned no plugin";
    if (error) {
        m_guard.end();
        return refuse(p, "failed while being created: " + *error);
    }
    p.context = std::make_unique<sdk::Context>(p.id, m_env.store, m_env.user, m_env.clock, m_checks,
                                               m_changes, &m_facts, &m_gate);
    if (auto e = guarded([&] { m_env.migrations.apply(p.id, p.instance->migrations()); })) {
        error = "migration failed: " + *e;
    } else if (auto s = guarded([&] {
                   const SlowCallWarning slow("plugin " + p.id + " is still starting",
                                              slowStartLimit());
                   p.instance->start(*p.context);
               })) {
        error = "failed to start: " + *s;
    } else {
        p.started = true;
        // What start() registered, checked against the others before any of it is kept.
        error = guarded([&] {
            for (const sdk::Command& c : p.context->contributions().commands) {
                if (std::find(std::begin(kCoreCommands), std::end(kCoreCommands), c.name)
                    != std::end(kCoreCommands))
                    throw sdk::InputError("its command \"" + c.name
                                          + "\" clashes with a built-in one");
                for (PluginRecord* other : m_startOrder)
                    for (const sdk::Command& oc : other->commands)
                        if (oc.name == c.name)
                            throw sdk::InputError("its command \"" + c.name
                                                  + "\" clashes with plugin " + other->id);
            }
            for (const sdk::StatusTransition& step : p.context->contributions().ownedTransitions)
                if (const auto owner = m_gate.ownerOf(step))
                    throw sdk::InputError("it claims the status step "
                                          + std::string(sdk::toString(step.from)) + " -> "
                                          + std::string(sdk::toString(step.to)) + ", which plugin "
                                          + *owner + " owns");
        });
    }
    m_guard.end();
    if (error) {
        if (p.started)
            guarded([&] { p.instance->stop(); });
        guarded([&] { p.instance.reset(); });
        p.started = false;
        removeTranslation(translator);
        return refuse(p, *error);
    }
    const sdk::Contributions& c = p.context->contributions();
    p.pages = c.pages;
    p.cards = c.cards;
    p.commands = c.commands;
    p.demoGenerators = c.demoGenerators;
    for (const sdk::CheckDefinition& check : c.checks)
        m_checks.add(p.id, check); // ids are under the plugin's own, so none clashes
    for (const sdk::FactSection& section : c.factSections)
        m_facts.add(p.id, section);
    for (const sdk::StatusTransition& step : c.ownedTransitions)
        m_gate.own(p.id, step);
    m_startOrder.push_back(&p);
    qCInfo(lcHost).noquote() << "loaded plugin" << id << QString::fromStdString(p.manifest.version);
}

void PluginHost::stopAll()
{
    for (auto it = m_startOrder.rbegin(); it != m_startOrder.rend(); ++it) {
        PluginRecord& p = **it;
        if (p.started) {
            if (auto e = guarded([&] { p.instance->stop(); }))
                qCWarning(lcHost).noquote()
                    << "plugin" << QString::fromStdString(p.id) << "failed to stop:" << e->c_str();
            p.started = false;
        }
    }
    for (auto it = m_startOrder.rbegin(); it != m_startOrder.rend(); ++it) {
        PluginRecord& p = **it;
        p.pages.clear();
        p.cards.clear();
        p.commands.clear();
        p.demoGenerators.clear();
        m_facts.removePlugin(p.id);
        m_gate.removePlugin(p.id);
        guarded([&] { p.instance.reset(); });
    }
    m_startOrder.clear();
}

} // namespace contingent::shell
