#include "shellwindow.h"

#include "corecommands.h"
#include "localfiles.h"
#include "pluginhost.h"
#include "pngimages.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQuickItem>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>

namespace contingent::shell {

namespace {

Q_LOGGING_CATEGORY(lcWindow, "contingent.shell.window", QtWarningMsg)

const QUrl kMainQml(QStringLiteral("qrc:/Contingent/Shell/Main.qml"));
constexpr QSize kDefaultSize(1280, 800);

/// Lets the engine's event queue settle: component creation, bindings, the background readers
/// (sdk::readInBackground) and the results they post back, and one rendered frame (grabWindow
/// renders synchronously offscreen). A screenshot then shows a card's figures, not its busy
/// indicator, however long its reader took.
void settle(QQuickWindow* window)
{
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        QThreadPool::globalInstance()->waitForDone(10000);
    }
    QCoreApplication::processEvents();
    if (window)
        window->grabWindow();
}

} // namespace

std::unique_ptr<QQmlApplicationEngine> ShellWindow::startEngine()
{
    auto engine = std::make_unique<QQmlApplicationEngine>();
    engine->addImportPath(QStringLiteral("qrc:/"));
    engine->setOutputWarningsToStandardError(false);
    installPngImages(*engine);
    // Only its compilation: the constructor's load() asks for the same document, waits for what
    // is left of it, and makes the window. The errors, if any, are load()'s to report.
    auto* main =
        new QQmlComponent(engine.get(), kMainQml, QQmlComponent::Asynchronous, engine.get());
    QObject::connect(main, &QQmlComponent::statusChanged, main, [main](QQmlComponent::Status s) {
        if (s != QQmlComponent::Loading)
            main->deleteLater();
    });
    return engine;
}

ShellWindow::ShellWindow(Session& session, bool demo, const QString& startPage,
                         std::unique_ptr<QQmlApplicationEngine> engine)
    : m_backend(std::make_unique<ShellBackend>(session, demo))
    , m_lastPageKey(lastPageKey(session))
    , m_engine(std::move(engine))
{
    QObject::connect(m_engine.get(), &QQmlEngine::warnings, m_engine.get(),
                     [](const QList<QQmlError>& errors) {
                         for (const QQmlError& e : errors)
                             qCWarning(lcWindow).noquote() << e.toString();
                     });
    QObject::connect(m_engine.get(), &QQmlEngine::warnings, m_engine.get(),
                     [this](const QList<QQmlError>& errors) {
                         for (const QQmlError& e : errors)
                             m_warnings << e.toString();
                     });
    reportMissingModules(missingQmlModules(m_engine->importPathList()));
    QVariantMap initial{{QStringLiteral("shell"), QVariant::fromValue<QObject*>(m_backend.get())}};
    const QString first = startPage == QLatin1String("last")
                              ? QSettings().value(m_lastPageKey).toString()
                              : startPage;
    if (!first.isEmpty() && m_backend->mayOpen(first))
        initial.insert(QStringLiteral("currentKey"), first);
    initial.insert(QStringLiteral("railTitleWidth"),
                   QSettings().value(railTitleWidthKey(m_backend->role())).toReal());
    m_engine->setInitialProperties(initial);
    m_engine->load(kMainQml);
    if (!m_engine->rootObjects().isEmpty())
        m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().constFirst());
    if (!m_window)
        m_warnings << QStringLiteral("%1 did not create a window").arg(kMainQml.toString());
}

QString ShellWindow::lastPageKey(Session& session)
{
    // Per login and store: one person's last page is not another's start.
    const QString store =
        QFileInfo(QString::fromStdString(session.store().path())).absoluteFilePath();
    const QByteArray id = QCryptographicHash::hash(
        (store + QLatin1Char('\n') + QString::fromStdString(session.user().login)).toUtf8(),
        QCryptographicHash::Sha1);
    return QStringLiteral("lastPage/") + QString::fromLatin1(id.toHex().left(16));
}

// The engine (and every page) goes before the backend it binds to.
ShellWindow::~ShellWindow()
{
    m_engine.reset();
}

QStringList ShellWindow::pageKeys() const
{
    QStringList keys{QStringLiteral("home")};
    if (!m_backend->registered())
        return {};
    auto* pages = static_cast<ContributionModel*>(m_backend->pages());
    for (const Contribution& c : pages->rows())
        keys << c.key;
    if (m_backend->mayOpen(QStringLiteral("audit")))
        keys << QStringLiteral("audit");
    keys << QStringLiteral("plugins");
    return keys;
}

bool ShellWindow::showPage(const QString& key)
{
    if (!m_window)
        return false;
    QVariant ok;
    QMetaObject::invokeMethod(m_window, "showPage", Q_RETURN_ARG(QVariant, ok),
                              Q_ARG(QVariant, key));
    return ok.toBool();
}

QString ShellWindow::currentPage() const
{
    return m_window ? m_window->property("currentKey").toString() : QString();
}

bool ShellWindow::restoreState(QSettings& settings, const QString& page)
{
    if (!m_window)
        return false;
    const QRect saved = settings.value(QStringLiteral("window/geometry")).toRect();
    bool onScreen = false;
    for (const QScreen* screen : QGuiApplication::screens())
        onScreen = onScreen || screen->availableGeometry().intersects(saved);
    if (saved.isValid() && onScreen && saved.width() >= 640 && saved.height() >= 480)
        m_window->setGeometry(saved);
    if (settings.value(QStringLiteral("window/maximized")).toBool())
        m_window->setVisibility(QWindow::Maximized);
    if (!page.isEmpty())
        return showPage(page);
    // The last page, when the role still may see it; else Home, quietly.
    const QString last = settings.value(m_lastPageKey).toString();
    if (!last.isEmpty() && m_backend->mayOpen(last))
        showPage(last);
    return true;
}

void ShellWindow::saveState(QSettings& settings) const
{
    if (!m_window)
        return;
    const bool maximized = m_window->visibility() == QWindow::Maximized;
    settings.setValue(QStringLiteral("window/maximized"), maximized);
    if (!maximized)
        settings.setValue(QStringLiteral("window/geometry"), m_window->geometry());
    settings.setValue(m_lastPageKey, currentPage());
    // The plugins' titles measured: not a window closed while they were loading.
    if (m_backend->pluginsReady())
        settings.setValue(railTitleWidthKey(m_backend->role()),
                          m_window->property("measuredRailTitleWidth").toReal());
}

QString ShellWindow::railTitleWidthKey(const QString& role)
{
    return QStringLiteral("window/railTitleWidth/%1/%2")
        .arg(QCoreApplication::instance()->property(kLanguageProperty).toString(), role);
}

void ShellWindow::reportMissingModules(const QList<QmlModuleNeed>& missing)
{
    m_missingModules.clear();
    QString fileDialogsOff;
    for (const QmlModuleNeed& need : missing) {
        const QString message = describeMissing(need);
        m_missingModules << message;
        qCWarning(lcWindow).noquote() << message;
        m_backend->reportProblem(message);
        if (need.fileDialogs && fileDialogsOff.isEmpty())
            fileDialogsOff = message;
    }
    ui::LocalFiles::instance()->setUnavailable(fileDialogsOff);
}

namespace {

/// The dialog's name for messages: its objectName, else its QML type.
QString dialogName(const QObject* dialog)
{
    if (!dialog->objectName().isEmpty())
        return dialog->objectName();
    return QString::fromLatin1(dialog->metaObject()->className())
        .section(QStringLiteral("_QML"), 0, 0);
}

bool insideFileChooser(const QObject* object)
{
    for (const QObject* p = object->parent(); p; p = p->parent())
        if (p->property("fileChooser").toBool())
            return true;
    return false;
}

} // namespace

QQuickItem* ShellWindow::findItem(QQuickItem* item, const QString& name)
{
    if (!item)
        return nullptr;
    if (item->objectName() == name)
        return item;
    for (QQuickItem* child : item->childItems())
        if (QQuickItem* found = findItem(child, name))
            return found;
    return nullptr;
}

int ShellWindow::exerciseDialogs(QStringList& problems)
{
    if (!m_window)
        return 0;
    const QString key = currentPage();
    const QQuickItem* host = findItem(m_window->contentItem(), QStringLiteral("pageHost:") + key);
    QObject* page = host ? host->property("item").value<QObject*>() : nullptr;
    if (!page)
        return 0;
    int opened = 0;
    // Forms and dialogs a page makes when first opened (Contingent.Ui's Lazy) are made now.
    // What they make may hold more of them: again until nothing new is made.
    for (bool madeSome = true; madeSome;) {
        madeSome = false;
        for (QObject* object : page->findChildren<QObject*>()) {
            if (!object->property("lazy").toBool() || object->property("item").value<QObject*>())
                continue;
            QVariant made;
            QMetaObject::invokeMethod(object, "get", Q_RETURN_ARG(QVariant, made));
            madeSome = madeSome || made.value<QObject*>();
        }
    }
    // Guarded: opening and closing a dialog lets the page's readers answer, and what they
    // answer may delete objects of the page there and then (a view handed a new list deletes
    // the model it made for the old one: the officer's profile page on a big store).
    QList<QPointer<QObject>> objects;
    for (QObject* object : page->findChildren<QObject*>())
        objects << object;
    for (const QPointer<QObject>& guarded : objects) {
        QObject* object = guarded.data();
        if (!object)
            continue;
        const bool chooser = object->property("fileChooser").toBool();
        if ((!chooser && !object->inherits("QQuickDialog")) || insideFileChooser(object))
            continue;
        QVariant ok = true;
        if (chooser)
            QMetaObject::invokeMethod(object, "open", Q_RETURN_ARG(QVariant, ok));
        else
            QMetaObject::invokeMethod(object, "open");
        settle(m_window);
        if (!guarded)
            continue; // deleted while it was open
        const bool shown = ok.toBool() && object->property(chooser ? "opened" : "visible").toBool();
        if (shown)
            ++opened;
        else
            problems << QStringLiteral("%1: the dialog %2 did not open%3")
                            .arg(key, dialogName(object),
                                 chooser ? QStringLiteral(": ")
                                               + object->property("loadError").toString()
                                         : QString());
        QMetaObject::invokeMethod(object, "close");
        settle(m_window);
    }
    return opened;
}

void ShellWindow::setAboutVisible(bool visible)
{
    if (m_window)
        QMetaObject::invokeMethod(m_window, visible ? "openAbout" : "closeAbout");
}

bool ShellWindow::aboutVisible() const
{
    QVariant shown;
    if (m_window)
        QMetaObject::invokeMethod(m_window, "aboutVisible", Q_RETURN_ARG(QVariant, shown));
    return shown.toBool();
}

void installTranslations(const QString& lang)
{
    QString language = lang;
    if (language.isEmpty())
        language = QLocale::system().name().section('_', 0, 0);
    if (!lang.isEmpty() && lang != QLatin1String("sl") && lang != QLatin1String("en"))
        throw UsageError("--lang: \"" + lang.toStdString() + "\" is not one of sl, en");
    if (language == QLatin1String("sl")) {
        QLocale::setDefault(QLocale(QLocale::Slovenian, QLocale::Slovenia));
    } else {
        // English (any other system language too): the sources are English, but their counts
        // ("proposal(s)") take English's two forms from a translation of their own.
        language = QStringLiteral("en");
        if (!lang.isEmpty())
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    // The plugins' translations follow (PluginHost installs each plugin's own).
    QCoreApplication::instance()->setProperty(kLanguageProperty, language);
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral(":/i18n/contingent_%1.qm").arg(language)))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

namespace {

/// What the first frame needs and this thread would otherwise wait for, prepared on the thread
/// pool: the font list (fontconfig reads its configuration and caches: about 10 ms). It is
/// thread-safe; the window's text then finds it ready. (The images need no image-format
/// plugin: pngimages.h.)
void warmUpInBackground()
{
    QThreadPool::globalInstance()->start([] { QFontDatabase::families(); });
}

void printWarnings(const QStringList& warnings, std::ostream& err)
{
    for (const QString& w : warnings)
        err << "contingent: " << w.toStdString() << "\n";
}

} // namespace

bool pluginsMayWait(const QString& startPage)
{
    return startPage.isEmpty() || startPage == QLatin1String("home")
           || startPage == QLatin1String("audit");
}

int runWindow(const CommandLine& line, std::ostream& err)
{
    // Meanwhile, beside this thread: the fonts the first frame needs, and the
    // engine's compilation of the window. The store opens here.
    warmUpInBackground();
    auto engine = ShellWindow::startEngine();
    SessionOptions options = line.session;
    options.loadPlugins = false;
    Session session(options);
    QSettings settings;
    // A window that opens on Home (or the audit log) shows its first frame before the plugins
    // load, and they load right after it: their rail entries and cards come in then. On a
    // plugin's page (--page, or the last page) they load first.
    const QString start = line.page.isEmpty()
                              ? settings.value(ShellWindow::lastPageKey(session)).toString()
                              : line.page;
    const bool pluginsLater = line.session.loadPlugins && pluginsMayWait(start);
    if (line.session.loadPlugins && !pluginsLater)
        session.loadPlugins();
    ShellWindow shell(session, line.demo, start, std::move(engine));
    if (!shell.window()) {
        printWarnings(shell.warnings(), err);
        return 1;
    }
    if (!shell.restoreState(settings, line.page))
        err << "contingent: page " << line.page.toStdString()
            << " is not available (see the banner)\n";
    // Queued: after whoever else waits for the frame (the start-up measurement among them).
    if (pluginsLater)
        QObject::connect(shell.window(), &QQuickWindow::frameSwapped, &shell.backend(),
                         &ShellBackend::loadPlugins,
                         Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    // For the start-up benchmark: say "first frame" on stderr once it is on
    // screen, then quit.
    if (qEnvironmentVariableIsSet("CONTINGENT_EXIT_AFTER_FIRST_FRAME"))
        QObject::connect(shell.window(), &QQuickWindow::frameSwapped, shell.window(), [&err] {
            err << "first frame" << std::endl;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        });
    shell.window()->show();
    const int status = QGuiApplication::exec();
    shell.saveState(settings);
    return status;
}

int runScreenshots(const CommandLine& line, std::ostream& out, std::ostream& err)
{
    const QDir dir(line.screenshotDir);
    if (!QDir().mkpath(dir.absolutePath()))
        throw sdk::Error("--screenshot: cannot create folder " + line.screenshotDir.toStdString());
    Session session(line.session);
    ShellWindow shell(session, line.demo);
    if (!shell.window()) {
        printWarnings(shell.warnings(), err);
        return 1;
    }
    shell.window()->resize(kDefaultSize);
    shell.window()->show();
    const QStringList keys =
        shell.pageKeys().isEmpty() ? QStringList{QStringLiteral("home")} : shell.pageKeys();
    const auto save = [&](const QString& name) {
        settle(shell.window());
        const QString file = dir.absoluteFilePath(name + QStringLiteral(".png"));
        if (!shell.window()->grabWindow().save(file))
            throw sdk::Error("--screenshot: cannot write " + file.toStdString());
        out << file.toStdString() << "\n";
    };
    for (const QString& key : keys) {
        shell.showPage(key);
        save(QString(key).replace('/', '-'));
    }
    shell.setAboutVisible(true);
    save(QStringLiteral("about"));
    shell.setAboutVisible(false);
    printWarnings(shell.warnings(), err);
    return shell.warnings().isEmpty() ? 0 : 1;
}

namespace {

/// Fails when a QML warning reaches Qt's message handler outside the engine
/// (Qt Quick Controls and the scene graph log through qWarning).
QStringList* g_messages = nullptr;
QtMessageHandler g_previousHandler = nullptr;

/// QML, Qt Quick and JavaScript messages; not, say, QStandardPaths' notes.
bool isQmlMessage(const QMessageLogContext& context, const QString& text)
{
    const QLatin1String category(context.category ? context.category : "");
    return category == QLatin1String("qml") || category == QLatin1String("js")
           || category.startsWith(QLatin1String("qt.qml"))
           || category.startsWith(QLatin1String("qt.quick")) || text.contains(QLatin1String(".qml"))
           || text.contains(QLatin1String("QQml")) || text.contains(QLatin1String("QQuick"));
}

void recordMessage(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    if (g_messages && type != QtDebugMsg && type != QtInfoMsg && isQmlMessage(context, text)) {
        g_messages->append(text); // printed with the run's summary
        return;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}

struct RoleRun {
    QString name;
    std::optional<sdk::Role> role; ///< none: an unregistered login
};

/// A copy of the store with a user of `run.role` registered, so the real
/// store is never written.
QString prepareCopy(Session& original, const QTemporaryDir& dir, const RoleRun& run, QString& login)
{
    const QString path = dir.filePath(QStringLiteral("self-test-%1.db").arg(run.name));
    QFile::remove(path);
    original.store().execute("VACUUM INTO ?", path.toStdString());
    login = QStringLiteral("self-test-") + run.name;
    if (!run.role)
        return path;
    sdk::Database copy(path.toStdString());
    std::optional<sdk::OfficerId> officer;
    if (*run.role == sdk::Role::Officer)
        officer = copy.queryValue<sdk::OfficerId>("SELECT min(id) FROM officer");
    sdk::UserRepository(copy, {"self-test", "core"})
        .add(sdk::AppUser{{},
                          login.toStdString(),
                          "Self-test " + run.name.toStdString(),
                          *run.role,
                          officer,
                          true});
    return path;
}

} // namespace

int runSelfTest(const CommandLine& line, std::ostream& out, std::ostream& err)
{
    QStringList messages;
    g_messages = &messages;
    g_previousHandler = qInstallMessageHandler(recordMessage);
    const QTemporaryDir dir;
    if (!dir.isValid())
        throw sdk::Error("--self-test: cannot create a temporary folder");
    int problems = 0;
    int totalDialogs = 0;
    {
        SessionOptions originalOptions = line.session;
        originalOptions.loadPlugins = false;
        Session original(originalOptions);
        const std::vector<RoleRun> runs{{"admin", sdk::Role::Admin},
                                        {"planner", sdk::Role::Planner},
                                        {"viewer", sdk::Role::Viewer},
                                        {"officer", sdk::Role::Officer},
                                        {"unregistered", std::nullopt}};
        for (const RoleRun& run : runs) {
            QString login;
            SessionOptions options = line.session;
            options.databasePath = prepareCopy(original, dir, run, login);
            options.login = login;
            Session session(options);
            ShellWindow shell(session, line.demo);
            QStringList visited;
            QStringList dialogProblems;
            int dialogs = 0;
            if (shell.window()) {
                shell.window()->resize(kDefaultSize);
                shell.window()->show();
                settle(shell.window());
                for (const QString& key : shell.pageKeys()) {
                    if (!shell.showPage(key))
                        shell.backend().reportPageError(key, QStringLiteral("could not be opened"));
                    settle(shell.window());
                    dialogs += shell.exerciseDialogs(dialogProblems);
                    visited << key;
                }
                // Back to every created page once more: switching must not recreate or warn.
                for (const QString& key : shell.pageKeys())
                    shell.showPage(key);
                shell.setAboutVisible(true);
                settle(shell.window());
                if (shell.aboutVisible())
                    ++dialogs;
                else
                    dialogProblems << QStringLiteral("the About box did not open");
                shell.setAboutVisible(false);
                settle(shell.window());
            }
            QStringList found = shell.missingModules() + shell.warnings()
                                + shell.backend().pageErrors() + dialogProblems + messages;
            for (const auto& p : session.host().plugins())
                if (p->state == PluginState::Refused)
                    found << QStringLiteral("plugin %1 was refused: %2")
                                 .arg(QString::fromStdString(p->id),
                                      QString::fromStdString(p->reason));
            found.removeDuplicates();
            messages.clear();
            out << "self-test " << run.name.toStdString() << ": " << visited.size()
                << " page(s) visited" << (visited.isEmpty() ? "" : " (")
                << visited.join(QStringLiteral(", ")).toStdString()
                << (visited.isEmpty() ? "" : ")") << ", " << dialogs << " dialog(s) opened, "
                << found.size() << " problem(s)\n";
            totalDialogs += dialogs;
            printWarnings(found, err);
            problems += int(found.size());
        }
    }
    qInstallMessageHandler(g_previousHandler);
    g_messages = nullptr;
    out << "self-test: " << totalDialogs << " dialog(s) opened and closed\n";
    out << "self-test: " << (problems ? "FAILED" : "passed") << "\n";
    return problems ? 1 : 0;
}

} // namespace contingent::shell
