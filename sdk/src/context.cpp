#include "contingent/sdk/context.h"

#include "contingent/sdk/plugin.h"

#include <QDate>

#include <algorithm>
#include <charconv>

namespace contingent::sdk {

namespace {

template <typename Enum, std::size_t N>
Enum parseEnum(std::string_view text, const std::string_view (&names)[N], const char* what)
{
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == text)
            return Enum(i);
    std::string allowed;
    for (std::size_t i = 0; i < N; ++i)
        allowed += (i ? ", " : "") + std::string(names[i]);
    throw InputError(std::string("unknown ") + what + " \"" + std::string(text)
                     + "\" (expected one of: " + allowed + ")");
}

constexpr std::string_view kRoles[] = {"admin", "planner", "officer", "viewer"};
constexpr std::string_view kStatuses[] = {"planned", "proposed",  "approved",
                                          "active",  "completed", "cancelled"};
constexpr std::string_view kRiskLevels[] = {"low", "medium", "high"};

} // namespace

std::string_view toString(Role role)
{
    return kRoles[std::size_t(role)];
}

Role roleFromString(std::string_view text)
{
    return parseEnum<Role>(text, kRoles, "role");
}

bool isVisibleTo(const Audience& audience, Role role)
{
    if (audience.empty())
        return role != Role::Officer;
    return std::find(audience.begin(), audience.end(), role) != audience.end();
}

bool canEdit(Role role)
{
    return role == Role::Admin || role == Role::Planner;
}

std::string_view toString(DeploymentStatus status)
{
    return kStatuses[std::size_t(status)];
}

DeploymentStatus deploymentStatusFromString(std::string_view text)
{
    return parseEnum<DeploymentStatus>(text, kStatuses, "deployment status");
}

std::optional<std::string> birthDateProblem(Date birth, Date today)
{
    if (birth > today)
        return "\"" + birth.toIso() + "\" is after today (" + today.toIso() + ")";
    if (birth < today.addMonths(-12 * 100))
        return "\"" + birth.toIso() + "\" is more than 100 years ago";
    return std::nullopt;
}

std::optional<std::string> tourPlausibilityProblem(const Period& days, DeploymentStatus status,
                                                   Date today)
{
    if (days.last() > today.addMonths(12 * 10))
        return "the tour " + days.toString() + " ends more than 10 years ahead (after "
               + today.addMonths(12 * 10).toIso() + ")";
    if (status == DeploymentStatus::Completed && days.last() >= today)
        return "the tour " + days.toString() + " is completed, but its last day "
               + days.last().toIso() + " has not passed (today is " + today.toIso() + ")";
    return std::nullopt;
}

std::string_view toString(RiskLevel level)
{
    return kRiskLevels[std::size_t(level)];
}

RiskLevel riskLevelFromString(std::string_view text)
{
    return parseEnum<RiskLevel>(text, kRiskLevels, "risk level");
}

void ChangeNotifier::announce(const QString& entity, qint64 id, ChangeKind kind)
{
    Q_EMIT changed(entity, id, kind);
}

void ChangeNotifier::announceAfterCommit(Database& store, const QString& entity, qint64 id,
                                         ChangeKind kind)
{
    store.afterCommit([this, entity, id, kind] { announce(entity, id, kind); });
}

Clock::~Clock() = default;

Date SystemClock::today() const
{
    const QDate d = QDate::currentDate();
    return Date::fromYmd(d.year(), unsigned(d.month()), unsigned(d.day()));
}

struct PluginSettings::Private {
    Database& db;
    std::string plugin;
};

PluginSettings::PluginSettings(Database& db, std::string pluginId)
    : d(std::make_shared<const Private>(Private{db, std::move(pluginId)}))
{
}
PluginSettings::~PluginSettings() = default;
PluginSettings::PluginSettings(const PluginSettings& other) = default;
PluginSettings& PluginSettings::operator=(const PluginSettings& other) = default;

std::optional<std::string> PluginSettings::value(std::string_view key)
{
    return d->db.queryValue<std::string>(
        "SELECT value FROM plugin_setting WHERE plugin = ? AND key = ?", d->plugin, key);
}

std::string PluginSettings::value(std::string_view key, std::string_view fallback)
{
    return value(key).value_or(std::string(fallback));
}

int PluginSettings::intValue(std::string_view key, int fallback)
{
    const auto text = value(key);
    if (!text)
        return fallback;
    int v = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), v);
    if (ec != std::errc() || end != text->data() + text->size())
        throw InputError("setting " + d->plugin + "." + std::string(key) + " = \"" + *text
                         + "\" is not a whole number");
    return v;
}

void PluginSettings::setValue(std::string_view key, std::string_view value)
{
    d->db.execute("INSERT INTO plugin_setting (plugin, key, value) VALUES (?, ?, ?) "
                  "ON CONFLICT (plugin, key) DO UPDATE SET value = excluded.value",
                  d->plugin, key, value);
}

void PluginSettings::remove(std::string_view key)
{
    d->db.execute("DELETE FROM plugin_setting WHERE plugin = ? AND key = ?", d->plugin, key);
}

struct Context::Private {
    std::string pluginId;
    std::string logName;
    Database& store;
    CurrentUser user;
    const Clock& clock;
    CheckRegistry& checks;
    ChangeNotifier& changes;
    FactRegistry* facts;
    StatusGate* gate;
    std::unique_ptr<QLoggingCategory> log;
    Contributions contributions;
};

Context::Context(std::string pluginId, Database& store, CurrentUser user, const Clock& clock,
                 CheckRegistry& checks, ChangeNotifier& changes, FactRegistry* facts,
                 StatusGate* gate)
    : d(std::make_unique<Private>(Private{pluginId,
                                          "contingent.plugin." + pluginId,
                                          store,
                                          std::move(user),
                                          clock,
                                          checks,
                                          changes,
                                          facts,
                                          gate,
                                          nullptr,
                                          {}}))
{
    d->log = std::make_unique<QLoggingCategory>(d->logName.c_str());
}

Context::~Context() = default;

const std::string& Context::pluginId() const
{
    return d->pluginId;
}
Database& Context::store()
{
    return d->store;
}
const CurrentUser& Context::user() const
{
    return d->user;
}
Date Context::today() const
{
    return d->clock.today();
}
const Clock& Context::clock() const
{
    return d->clock;
}
CheckRegistry& Context::checks()
{
    return d->checks;
}
ChangeNotifier& Context::changes()
{
    return d->changes;
}
const QLoggingCategory& Context::log() const
{
    return *d->log;
}
PluginSettings Context::settings()
{
    return {d->store, d->pluginId};
}
AuditLog Context::audit()
{
    return {d->store, actor()};
}
OfficerRepository Context::officers()
{
    return {d->store, actor(), &d->changes};
}
MissionRepository Context::missions()
{
    return {d->store, actor(), &d->changes};
}
DeploymentRepository Context::deployments()
{
    return {d->store, actor(), &d->changes};
}
UserRepository Context::users()
{
    return {d->store, actor(), &d->changes};
}
Actor Context::actor() const
{
    return {d->user.login, d->pluginId};
}

namespace {

/// A unique, non-empty id among `ids` and a qrc:/ (or file) QML URL.
template <typename T>
void checkShown(const std::vector<T>& existing, const std::string& id, const QUrl& qml,
                std::string_view kind)
{
    if (id.empty())
        throw InputError("a " + std::string(kind) + " has no id");
    for (const T& e : existing)
        if (e.id == id)
            throw InputError("two " + std::string(kind) + "s share the id \"" + id + "\"");
    if (!qml.isValid() || qml.isEmpty() || qml.isRelative())
        throw InputError(std::string(kind) + " \"" + id + "\" has no QML URL (use qrc:/...)");
}

} // namespace

void Context::addPage(Page page)
{
    checkShown(d->contributions.pages, page.id, page.qml, "page");
    d->contributions.pages.push_back(std::move(page));
}

void Context::addCard(Card card)
{
    checkShown(d->contributions.cards, card.id, card.qml, "card");
    const auto& pages = d->contributions.pages;
    if (!card.pageId.empty() && std::none_of(pages.begin(), pages.end(), [&](const Page& p) {
            return p.id == card.pageId;
        }))
        throw InputError("card \"" + card.id + "\" opens page \"" + card.pageId
                         + "\", which the plugin has not added");
    d->contributions.cards.push_back(std::move(card));
}

void Context::addCheck(CheckDefinition check)
{
    const std::string prefix = d->pluginId + ".";
    if (check.ruleId.size() <= prefix.size() || check.ruleId.compare(0, prefix.size(), prefix) != 0)
        throw InputError("check \"" + check.ruleId + "\" is not under the plugin's own id (\""
                         + prefix + "...\")");
    if (!check.run)
        throw InputError("check " + check.ruleId + " has no run function");
    for (const CheckDefinition& c : d->contributions.checks)
        if (c.ruleId == check.ruleId)
            throw InputError("check " + check.ruleId + " is added twice");
    d->contributions.checks.push_back(std::move(check));
}

void Context::addCommand(Command command)
{
    if (command.name.empty() || !command.run)
        throw InputError("a command needs a name and a run function");
    for (const Command& c : d->contributions.commands)
        if (c.name == command.name)
            throw InputError("the command \"" + command.name + "\" is added twice");
    d->contributions.commands.push_back(std::move(command));
}

void Context::addDemoGenerator(DemoGenerator generator)
{
    if (!generator.generate)
        throw InputError("a demo generator needs a generate function");
    d->contributions.demoGenerators.push_back(std::move(generator));
}

void Context::addFactSection(FactSection section)
{
    if (section.id.empty() || !section.read)
        throw InputError("a fact section needs an id and a read function");
    for (const FactSection& f : d->contributions.factSections)
        if (f.id == section.id)
            throw InputError("the fact section \"" + section.id + "\" is added twice");
    d->contributions.factSections.push_back(std::move(section));
}

std::vector<FactSheet> Context::facts(DeploymentId deploymentId) const
{
    if (d->facts)
        return d->facts->sheets(deploymentId);
    FactRegistry own;
    for (const FactSection& f : d->contributions.factSections)
        own.add(d->pluginId, f);
    return own.sheets(deploymentId);
}

void Context::ownTransition(StatusTransition step)
{
    StatusGate probe; // the same rules as the host's gate, before anything is kept
    probe.own(d->pluginId, step);
    for (const StatusTransition& t : d->contributions.ownedTransitions)
        if (t.from == step.from && t.to == step.to)
            throw InputError("the status step " + std::string(toString(step.from)) + " -> "
                             + std::string(toString(step.to)) + " is claimed twice");
    d->contributions.ownedTransitions.push_back(step);
}

void Context::changeStatus(DeploymentId deploymentId, DeploymentStatus to)
{
    DeploymentRepository tours = deployments();
    const Deployment tour = tours.get(deploymentId);
    if (tour.status == to)
        return;
    const std::string which = "tour " + std::to_string(deploymentId.value());
    if (!canEdit(d->user.role))
        throw InputError(which + ": a " + std::string(toString(d->user.role))
                         + " may not change a tour's status");
    const auto steps = transitionPath(tour.status, to);
    if (steps.empty())
        throw InputError(which + " cannot go from " + std::string(toString(tour.status)) + " to "
                         + std::string(toString(to))
                         + " (a tour moves planned -> proposed -> approved -> active -> "
                           "completed, or is cancelled)");
    for (const StatusTransition& step : steps) {
        const auto owner = d->gate ? d->gate->ownerOf(step) : std::nullopt;
        if (owner && *owner != d->pluginId)
            throw InputError(which + ": only the " + *owner + " plugin moves a tour from "
                             + std::string(toString(step.from)) + " to "
                             + std::string(toString(step.to)));
    }
    if (const auto why = tourPlausibilityProblem(tour.period, to, today()))
        throw InputError(which + ": " + *why);
    if (to != DeploymentStatus::Cancelled) {
        std::string blocking;
        for (const Finding& f : d->checks.runFor(d->store, today(), deploymentId).findings)
            if (f.severity == Severity::Blocking)
                blocking += (blocking.empty() ? "" : "; ") + f.ruleId + " (" + f.legalBasis
                            + "): " + f.message;
        if (!blocking.empty())
            throw InputError(which + " cannot become " + std::string(toString(to))
                             + " while it has blocking findings: " + blocking);
    }
    Savepoint sp(d->store);
    Deployment current = tour;
    for (const StatusTransition& step : steps) { // audited step by step
        tours.writeStatus(current, step.to);
        current.status = step.to;
    }
    sp.release();
}

void Context::sendBack(DeploymentId deploymentId, DeploymentStatus to)
{
    DeploymentRepository tours = deployments();
    const Deployment tour = tours.get(deploymentId);
    if (tour.status == to)
        return;
    const std::string which = "tour " + std::to_string(deploymentId.value());
    if (!canEdit(d->user.role))
        throw InputError(which + ": a " + std::string(toString(d->user.role))
                         + " may not change a tour's status");
    const StatusTransition decision{DeploymentStatus::Proposed, DeploymentStatus::Approved};
    const bool owns =
        d->gate
            ? d->gate->ownerOf(decision) == d->pluginId
            : std::any_of(d->contributions.ownedTransitions.begin(),
                          d->contributions.ownedTransitions.end(), [&](const StatusTransition& t) {
                              return t.from == decision.from && t.to == decision.to;
                          });
    if (!owns)
        throw InputError(which
                         + ": only the plugin that owns the decision (proposed -> approved) "
                           "sends a tour back");
    const bool back = (tour.status == DeploymentStatus::Proposed && to == DeploymentStatus::Planned)
                      || (tour.status == DeploymentStatus::Approved
                          && (to == DeploymentStatus::Proposed || to == DeploymentStatus::Planned));
    if (!back)
        throw InputError(which + " cannot go back from " + std::string(toString(tour.status))
                         + " to " + std::string(toString(to))
                         + " (only a proposed or approved tour goes back, before it is active)");
    tours.writeStatus(tour, to);
}

const Contributions& Context::contributions() const
{
    return d->contributions;
}

Plugin::~Plugin() = default;

std::vector<Migration> Plugin::migrations() const
{
    return {};
}

void Plugin::start(Context&) {}

void Plugin::stop() {}

} // namespace contingent::sdk
