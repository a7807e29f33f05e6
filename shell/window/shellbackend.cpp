#include "shellbackend.h"

#include "auditbackend.h"

#include <QFileInfo>

#include <contingent/sdk/version.h>

#include <QDate>
#include <QLocale>

namespace contingent::shell {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

ShellBackend::ShellBackend(Session& session, bool demo, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_demo(demo)
    , m_plugins(session.host())
{
    if (session.readOnly())
        m_problems << (session.readOnlyAsked()
                           ? tr("%1 is open for reading only (--read-only): you can read "
                                "everything in it, but change nothing.")
                           : tr("%1 is read-only (the file or its folder cannot be written): you "
                                "can read everything in it, but change nothing."))
                          .arg(q(session.store().path()));
    if (session.pluginsLoaded())
        takePlugins();
}

void ShellBackend::loadPlugins()
{
    if (m_session.pluginsLoaded())
        return;
    m_plugins.beginReload();
    QString failure;
    try {
        m_session.loadPlugins();
    } catch (const std::exception& e) {
        failure = tr("The plugins could not be loaded: %1").arg(QString::fromUtf8(e.what()));
    }
    m_plugins.endReload();
    takePlugins();
    if (!failure.isEmpty())
        reportProblem(failure);
}

void ShellBackend::takePlugins()
{
    if (registered()) {
        m_pages.reset(visiblePages(m_session.host(), m_session.user().role));
        m_cards.reset(visibleCards(m_session.host(), m_session.user().role));
    }
    const qsizetype before = m_problems.size();
    for (const std::string& note : m_session.host().notes())
        m_problems << q(note);
    for (const auto& p : m_session.host().plugins())
        if (p->state == PluginState::Refused)
            m_problems << tr("Plugin %1 was refused: %2").arg(q(p->id), q(p->reason));
    emit pluginsReadyChanged();
    if (m_problems.size() != before)
        emit problemsChanged();
}

QString ShellBackend::userLogin() const
{
    return q(m_session.user().login);
}

QString ShellBackend::userName() const
{
    return q(m_session.user().displayName);
}

QString ShellBackend::role() const
{
    return registered() ? q(std::string(sdk::toString(m_session.user().role))) : QString();
}

QString ShellBackend::roleTitle() const
{
    if (!registered())
        return tr("not registered");
    switch (m_session.user().role) {
    case sdk::Role::Admin:
        return tr("Administrator");
    case sdk::Role::Planner:
        return tr("Planner");
    case sdk::Role::Officer:
        return tr("Officer");
    case sdk::Role::Viewer:
        return tr("Viewer (read-only)");
    }
    return role();
}

bool ShellBackend::registered() const
{
    return m_session.user().registered;
}

bool ShellBackend::canEdit() const
{
    return registered() && sdk::canEdit(m_session.user().role);
}

QString ShellBackend::registerCommand() const
{
    return QString::fromStdString(shell::registerCommand(m_session, m_demo));
}

QString ShellBackend::storePath() const
{
    return q(m_session.store().path());
}

QString ShellBackend::version() const
{
    return QStringLiteral(CONTINGENT_VERSION);
}

QString ShellBackend::sdkVersion() const
{
    return QString::fromLatin1(sdk::kSdkVersion);
}

QString ShellBackend::today() const
{
    return q(m_session.clock().today().toIso());
}

QObject* ShellBackend::audit()
{
    if (!m_audit && registered() && mayReadAudit(m_session.user().role))
        m_audit = new AuditBackend(m_session.store(), m_session.user().login, today(), this);
    return m_audit;
}

bool ShellBackend::mayOpen(const QString& key) const
{
    if (!registered())
        return false;
    if (key == QLatin1String("home") || key == QLatin1String("plugins"))
        return true;
    if (key == QLatin1String("audit"))
        return mayReadAudit(m_session.user().role);
    return m_pages.indexOf(key) >= 0;
}

void ShellBackend::reportPageError(const QString& key, const QString& message)
{
    const QString plugin = key.section('/', 0, 0);
    const QString text = tr("Page %1 of plugin %2 failed to load: %3").arg(key, plugin, message);
    m_pageErrors << text;
    reportProblem(text);
}

void ShellBackend::reportProblem(const QString& message)
{
    if (m_problems.contains(message))
        return;
    m_problems << message;
    emit problemsChanged();
}

void ShellBackend::dismissProblems()
{
    if (m_problems.isEmpty())
        return;
    m_problems.clear();
    emit problemsChanged();
}

QString ShellBackend::formatDate(const QString& iso) const
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    if (!date.isValid())
        return iso;
    // The locale's short format with a four-digit year (Slovene's is "d. MM. yy").
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(date, format);
}

} // namespace contingent::shell
