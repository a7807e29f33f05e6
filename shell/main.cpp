// contingent: parses the command line and hands it to the shell core.

#include "commandline.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <iostream>

int main(int argc, char* argv[])
{
    // The command line reports in its own words; Qt's debug and info logs are
    // for QT_LOGGING_RULES=contingent.*=true (which overrides these rules).
    QLoggingCategory::setFilterRules(
        QStringLiteral("contingent.*.debug=false\ncontingent.*.info=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Contingent"));
    QCoreApplication::setApplicationName(QStringLiteral("contingent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTINGENT_VERSION));
    return contingent::shell::runCommandLine(app.arguments().mid(1), std::cout, std::cerr);
}
