// contingent: parses the command line, then opens the window or runs a command.

#include "commandline.h"
#include "shellwindow.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

#include <csignal>
#include <iostream>
#include <memory>

Q_IMPORT_QML_PLUGIN(Contingent_UiPlugin)
Q_IMPORT_QML_PLUGIN(Contingent_ShellPlugin)

namespace {

QtMessageHandler g_qtHandler = nullptr;

/// Commands (and --self-test, --screenshot) run on the offscreen platform, which asks for the
/// runtime folder; where XDG_RUNTIME_DIR is not set (root shells, CI) Qt says so on every run. That
/// one line is dropped; every other message goes to Qt's handler.
void commandMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg
        && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    g_qtHandler(type, context, message);
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Contingent"));
    QCoreApplication::setApplicationName(QStringLiteral("contingent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTINGENT_VERSION));
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
           || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

int runGui(int argc, char* argv[], contingent::shell::CommandLine& line)
{
    using namespace contingent::shell;
    const bool offscreen = line.selfTest || !line.screenshotDir.isEmpty();
    if (offscreen) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        g_qtHandler = qInstallMessageHandler(commandMessages);
        if (!qEnvironmentVariableIsSet("QT_QUICK_BACKEND"))
            qputenv("QT_QUICK_BACKEND", "software");
    } else if (!hasDisplay()) {
        std::cerr << "contingent: no display to open the window on (DISPLAY is not set).\n"
                     "  Run it in a desktop session, or under a virtual one: xvfb-run contingent\n"
                     "  Screenshots of every page work without a display: contingent "
                     "--screenshot DIR\n"
                     "  The commands work anywhere: contingent help\n";
        return 1;
    }
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Contingent"));
    if (!qEnvironmentVariableIsSet("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    try {
        installTranslations(line.lang);
        if (line.demo) {
            Session session(line.session);
            fillDemoStore(session);
        }
        if (line.selfTest)
            return runSelfTest(line, std::cout, std::cerr);
        if (!line.screenshotDir.isEmpty())
            return runScreenshots(line, std::cout, std::cerr);
        return runWindow(line, std::cerr);
    } catch (const UsageError& e) {
        std::cerr << "contingent: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "contingent: error: " << e.what() << "\n";
        return 1;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    // `contingent rosters list | head`: when the reader goes away, writing fails (and is
    // ignored) instead of a SIGPIPE killing the process in the middle of a plugin's command,
    // which the crash guard would take for the plugin crashing and skip it from then on.
    std::signal(SIGPIPE, SIG_IGN);
    // The command line reports in its own words; Qt's debug and info logs are
    // for QT_LOGGING_RULES=contingent.*=true (which overrides these rules).
    QLoggingCategory::setFilterRules(
        QStringLiteral("contingent.*.debug=false\ncontingent.*.info=false"));
    describeApplication(); // before parsing: --demo asks QStandardPaths for the data folder
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    contingent::shell::CommandLine line;
    try {
        line = contingent::shell::parseCommandLine(arguments);
    } catch (const contingent::shell::UsageError& e) {
        std::cerr << "contingent: " << e.what() << "\n";
        return 2;
    }
    if (line.opensWindow())
        return runGui(argc, argv, line);
    // Commands never open a window, but some draw (the missions plugin's
    // statement PDF needs fonts): a GUI application on the offscreen platform,
    // whatever display there is or is not.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    g_qtHandler = qInstallMessageHandler(commandMessages);
    QGuiApplication app(argc, argv);
    // Commands speak the language asked for (--lang); without it, English,
    // whatever the system's, so that scripts read the same words everywhere.
    if (!line.lang.isEmpty()) {
        try {
            contingent::shell::installTranslations(line.lang);
        } catch (const contingent::shell::UsageError& e) {
            std::cerr << "contingent: " << e.what() << "\n";
            return 2;
        }
    }
    return contingent::shell::runCommandLine(line, std::cout, std::cerr);
}
