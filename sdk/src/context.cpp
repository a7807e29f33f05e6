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

void ChangeNotifier::announce(const QString& entity, qint64 id, ChangeKind kind)
{
    Q_EMIT changed(entity, id, kind);
}

Clock::~Clock() = default;

Date SystemClock::today() const
{
    const QDate d = QDate::currentDate();
    return Date::fromYmd(d.year(), unsigned(d.month()), unsigned(d.day()));
}

std::optional<std::string> PluginSettings::value(std::string_view key)
{
    return m_db.queryValue<std::string>(
        "SELECT value FROM plugin_setting WHERE plugin = ? AND key = ?", m_plugin, key);
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
        throw InputError("setting " + m_plugin + "." + std::string(key) + " = \"" + *text
                         + "\" is not a whole number");
    return v;
}

void PluginSettings::setValue(std::string_view key, std::string_view value)
{
    m_db.execute("INSERT INTO plugin_setting (plugin, key, value) VALUES (?, ?, ?) "
                 "ON CONFLICT (plugin, key) DO UPDATE SET value = excluded.value",
                 m_plugin, key, value);
}

void PluginSettings::remove(std::string_view key)
{
    m_db.execute("DELETE FROM plugin_setting WHERE plugin = ? AND key = ?", m_plugin, key);
}

Context::Context(std::string pluginId, Database& store, CurrentUser user, const Clock& clock,
                 CheckRegistry& checks, ChangeNotifier& changes)
    : m_pluginId(std::move(pluginId))
    , m_logName("contingent.plugin." + m_pluginId)
    , m_store(store)
    , m_user(std::move(user))
    , m_clock(clock)
    , m_checks(checks)
    , m_changes(changes)
    , m_log(std::make_unique<QLoggingCategory>(m_logName.c_str()))
{
}

Context::~Context() = default;

Plugin::~Plugin() = default;

std::vector<Migration> Plugin::migrations() const
{
    return {};
}

void Plugin::start(Context&) {}

void Plugin::stop() {}

std::vector<Page> Plugin::pages()
{
    return {};
}

std::vector<Card> Plugin::cards()
{
    return {};
}

std::vector<CheckDefinition> Plugin::checks()
{
    return {};
}

std::vector<Command> Plugin::commands()
{
    return {};
}

std::vector<DemoSize> Plugin::demoSizes() const
{
    return {};
}

void Plugin::generateDemo(Context&, const DemoRequest&) {}

} // namespace contingent::sdk
