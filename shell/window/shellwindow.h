#pragma once
// The desktop window over one Session: the QML engine, the translations, the
// remembered geometry, and the offscreen runs (--self-test, --screenshot).

#include "commandline.h"
#include "qmlruntime.h"
#include "shellbackend.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSettings>

#include <memory>

namespace contingent::shell {

/// Loads Main.qml for `session`. The QML engine is destroyed before the
/// session (plugins' backends outlive every QML object that binds to them).
class ShellWindow {
public:
    /// A QML engine that has begun compiling Main.qml: its loader thread reads the imports (Qt
    /// Quick Controls' plugins and style) while this thread goes on. Needs no store.
    static std::unique_ptr<QQmlApplicationEngine> startEngine();

    /// `startPage` is the page the window is made on (restoreState() opens the last page when
    /// it is "last"); Home otherwise, or when the role may not see it. Made on it, the window
    /// makes no other page first: Home's cards read nothing when the start is elsewhere.
    /// `engine` is startEngine()'s, made before the session when the caller has something to
    /// do meanwhile (runWindow opens the store, and loads the plugins unless they wait).
    ShellWindow(Session& session, bool demo, const QString& startPage = {},
                std::unique_ptr<QQmlApplicationEngine> engine = startEngine());
    ~ShellWindow();
    ShellWindow(const ShellWindow&) = delete;
    ShellWindow& operator=(const ShellWindow&) = delete;

    /// Null when Main.qml itself failed to load (see warnings()).
    QQuickWindow* window() const { return m_window; }
    ShellBackend& backend() { return *m_backend; }
    QQmlApplicationEngine& engine() { return *m_engine; }
    /// "home", the visible plugin pages in rail order, "plugins".
    QStringList pageKeys() const;
    /// Opens a page; false when the role may not see it (the banner says so).
    bool showPage(const QString& key);
    QString currentPage() const;
    /// Restores size, position and maximised state from `settings` (ignored
    /// when off every screen or tiny), then opens `page`, or else the last
    /// page when the role may still see it. False when `page` is refused.
    bool restoreState(QSettings& settings, const QString& page = {});
    /// Remembers size, position, maximised state (shared by everyone on this
    /// computer), the page on show (per login and store: lastPageKey()) and the rail's widest
    /// title (per language and role: railTitleWidthKey()).
    void saveState(QSettings& settings) const;
    /// Opens or closes the About box (F1).
    void setAboutVisible(bool visible);
    /// True while the About box is open.
    bool aboutVisible() const;
    /// Says in the banner and on stderr which runtime modules are missing and
    /// switches off what needs them (file dialogs); the constructor calls it
    /// with what missingQmlModules() finds.
    void reportMissingModules(const QList<QmlModuleNeed>& missing);
    /// The messages of the last reportMissingModules().
    const QStringList& missingModules() const { return m_missingModules; }
    /// Opens and closes every dialog of the page on show (forms, confirmations,
    /// file dialogs); each that fails to open is added to `problems`. Returns
    /// how many opened.
    int exerciseDialogs(QStringList& problems);
    /// Every QML warning or error the engine reported, in order.
    const QStringList& warnings() const { return m_warnings; }

    /// The item named `name` among `item` and its visual descendants (a
    /// Repeater's items have no QObject parent, so findChild() misses them).
    static QQuickItem* findItem(QQuickItem* item, const QString& name);
    /// The settings key of the last page of this login on this store.
    static QString lastPageKey(Session& session);
    /// The settings key of the rail's widest title in the window's language for `role` (its
    /// pages' titles: an officer's are not an administrator's): the rail is as wide as it was
    /// while the next start's plugins load.
    static QString railTitleWidthKey(const QString& role);

private:
    std::unique_ptr<ShellBackend> m_backend;
    QString m_lastPageKey;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;
    QStringList m_warnings;
    QStringList m_missingModules;
};

/// Loads the Slovene or English translation: `lang` ("sl", "en"), else the
/// system locale. Sets the default QLocale so dates follow the language.
/// Throws UsageError for another language.
void installTranslations(const QString& lang);

/// Whether a window that opens on `startPage` ("" is Home) may show its first frame before
/// the plugins load: Home and the audit log need none of them to be drawn (issue #16).
bool pluginsMayWait(const QString& startPage);
/// `contingent` with no command: the window, until it is closed. On Home, the plugins load
/// right after the first frame (pluginsMayWait()).
int runWindow(const CommandLine& line, std::ostream& err);
/// `contingent --screenshot DIR`: one 1280x800 PNG per page the user may see.
int runScreenshots(const CommandLine& line, std::ostream& out, std::ostream& err);
/// `contingent --self-test`: every page for every role, offscreen; exit 1 on
/// any QML warning or page error, each printed.
int runSelfTest(const CommandLine& line, std::ostream& out, std::ostream& err);

} // namespace contingent::shell
