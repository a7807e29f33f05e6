#include "qmlruntime.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace contingent::shell {

const QList<QmlModuleNeed>& qmlRuntimeModules()
{
    static const QList<QmlModuleNeed> needs{
        {"QtQuick", "qml6-module-qtquick",
         QT_TRANSLATE_NOOP("contingent::shell::QmlRuntime", "the window"), false},
        {"QtQuick.Window", "qml6-module-qtquick-window",
         QT_TRANSLATE_NOOP("contingent::shell::QmlRuntime", "the window"), false},
        {"QtQuick.Controls", "qml6-module-qtquick-controls",
         QT_TRANSLATE_NOOP("contingent::shell::QmlRuntime", "the window"), false},
        {"QtQuick.Templates", "qml6-module-qtquick-templates",
         QT_TRANSLATE_NOOP("contingent::shell::QmlRuntime", "the window"), false},
        {"QtQuick.Layouts", "qml6-module-qtquick-layouts",
         QT_TRANSLATE_NOOP("contingent::shell::QmlRuntime", "the window"), false},
        {"QtQml.Models", "qml6-module-qtqml-models",
         QT_TRANSLATE_NOOP("contingent::shell::QmlRuntime", "the window"), false},
        {"QtQml.WorkerScript", "qml6-module-qtqml-workerscript",
         QT_TRANSLATE_NOOP("contingent::shell::QmlRuntime", "the window"), false},
        {"Qt.labs.qmlmodels", "qml6-module-qt-labs-qmlmodels",
         QT_TRANSLATE_NOOP("contingent::shell::QmlRuntime", "tables"), false},
        {"QtQuick.Dialogs", "qml6-module-qtquick-dialogs",
         QT_TRANSLATE_NOOP("contingent::shell::QmlRuntime",
                           "file dialogs (import, export, statements)"),
         true},
        {"Qt.labs.folderlistmodel", "qml6-module-qt-labs-folderlistmodel",
         QT_TRANSLATE_NOOP("contingent::shell::QmlRuntime",
                           "file dialogs (import, export, statements)"),
         true},
    };
    return needs;
}

QList<QmlModuleNeed> missingQmlModules(const QStringList& importPaths,
                                       const QList<QmlModuleNeed>& needs)
{
    QList<QmlModuleNeed> missing;
    for (const QmlModuleNeed& need : needs) {
        const QString relative = QString(need.uri).replace('.', '/') + QStringLiteral("/qmldir");
        bool found = false;
        for (QString root : importPaths) {
            if (root.startsWith(QLatin1String("qrc:")))
                root = root.mid(3); // "qrc:/x" -> ":/x"
            if (!root.endsWith('/'))
                root += '/';
            if (QFileInfo::exists(root + relative)) {
                found = true;
                break;
            }
        }
        if (!found)
            missing << need;
    }
    return missing;
}

QString describeMissing(const QmlModuleNeed& need)
{
    return QCoreApplication::translate("contingent::shell::QmlRuntime",
                                       "The QML module %1 is not installed, so %2 cannot work: "
                                       "install the Debian package %3.")
        .arg(need.uri,
             QCoreApplication::translate("contingent::shell::QmlRuntime",
                                         need.feature.toUtf8().constData()),
             need.package);
}

} // namespace contingent::shell
