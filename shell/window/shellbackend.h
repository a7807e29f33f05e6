#pragma once
// The object the window's QML binds to (`shell`): who is using it, which pages
// and cards they may see, every plugin, and the problems to show in the banner.

#include "pagelistmodel.h"
#include "pluginlistmodel.h"
#include "session.h"

#include <QObject>
#include <QStringList>

namespace contingent::shell {

class ShellBackend : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString userLogin READ userLogin CONSTANT)
    Q_PROPERTY(QString userName READ userName CONSTANT)
    Q_PROPERTY(QString role READ role CONSTANT)
    Q_PROPERTY(QString roleTitle READ roleTitle CONSTANT)
    Q_PROPERTY(bool registered READ registered CONSTANT)
    Q_PROPERTY(bool canEdit READ canEdit CONSTANT)
    Q_PROPERTY(QString storePath READ storePath CONSTANT)
    /// The command an administrator runs to register this login on this store
    /// (with --database unless it is the default store, --demo for the demo's).
    Q_PROPERTY(QString registerCommand READ registerCommand CONSTANT)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString sdkVersion READ sdkVersion CONSTANT)
    Q_PROPERTY(QString today READ today CONSTANT)
    Q_PROPERTY(QObject* pages READ pages CONSTANT)
    Q_PROPERTY(QObject* cards READ cards CONSTANT)
    Q_PROPERTY(QObject* plugins READ plugins CONSTANT)
    /// The Audit page's data (administrators and viewers; null for the others), made when
    /// first asked for.
    Q_PROPERTY(QObject* audit READ audit CONSTANT)
    Q_PROPERTY(QStringList problems READ problems NOTIFY problemsChanged)
    /// False while the window is up before the plugins are (it opens on Home first and loads
    /// them after its first frame): pages, cards and plugins are empty until then, and Home
    /// does not yet say that no plugin added a card.
    Q_PROPERTY(bool pluginsReady READ pluginsReady NOTIFY pluginsReadyChanged)
public:
    ShellBackend(Session& session, bool demo, QObject* parent = nullptr);

    QString userLogin() const;
    QString userName() const;
    QString role() const;
    /// The role in the window's language ("Administrator", "Načrtovalec", ...).
    QString roleTitle() const;
    bool registered() const;
    bool canEdit() const;
    QString storePath() const;
    QString registerCommand() const;
    bool demo() const { return m_demo; }
    QString version() const;
    QString sdkVersion() const;
    QString today() const;
    QObject* pages() { return &m_pages; }
    QObject* cards() { return &m_cards; }
    QObject* plugins() { return &m_plugins; }
    QObject* audit();
    QStringList problems() const { return m_problems; }
    bool pluginsReady() const { return m_session.pluginsLoaded(); }
    /// Loads the session's plugins when they are not yet (Session::loadPlugins()), then fills
    /// pages, cards and plugins and adds the host's notes and refusals to the problems. A
    /// failure to load them is a problem in the banner, not an exception.
    void loadPlugins();

    /// Whether the current role may open the page "<plugin>/<id>" (or a
    /// built-in page: "home", "plugins").
    Q_INVOKABLE bool mayOpen(const QString& key) const;
    /// A page's QML failed to load or create: shown in the banner and kept for
    /// the self-test.
    Q_INVOKABLE void reportPageError(const QString& key, const QString& message);
    /// Something else the person should know (e.g. a refused navigation).
    Q_INVOKABLE void reportProblem(const QString& message);
    Q_INVOKABLE void dismissProblems();
    /// An ISO date (YYYY-MM-DD) in the locale's short format; other text unchanged.
    Q_INVOKABLE QString formatDate(const QString& iso) const;

    /// Every page error reported since start (not cleared by dismissing).
    const QStringList& pageErrors() const { return m_pageErrors; }

signals:
    void problemsChanged();
    void pluginsReadyChanged();

private:
    void takePlugins();

    Session& m_session;
    bool m_demo;
    ContributionModel m_pages;
    ContributionModel m_cards;
    PluginListModel m_plugins;
    QStringList m_problems;
    QStringList m_pageErrors;
    QObject* m_audit = nullptr;
};

} // namespace contingent::shell
