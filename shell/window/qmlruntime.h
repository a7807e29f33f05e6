#pragma once
// The QML modules the window imports at run time, directly or through Qt's own
// components, and the Debian packages that bring them.

#include <QList>
#include <QString>
#include <QStringList>

namespace contingent::shell {

/// One QML module the window needs, where it comes from, and what stops without it.
struct QmlModuleNeed {
    QString uri;              ///< "Qt.labs.folderlistmodel"
    QString package;          ///< "qml6-module-qt-labs-folderlistmodel"
    QString feature;          ///< what does not work without it, for the message
    bool fileDialogs = false; ///< file dialogs are switched off without it
};

/// Every module the window and the shipped plugins import.
const QList<QmlModuleNeed>& qmlRuntimeModules();

/// The modules of `needs` with no qmldir under any of `importPaths` (folders,
/// or "qrc:/" and ":/" resource roots).
QList<QmlModuleNeed> missingQmlModules(const QStringList& importPaths,
                                       const QList<QmlModuleNeed>& needs = qmlRuntimeModules());

/// One line for the banner and stderr: the module, the package, the feature.
QString describeMissing(const QmlModuleNeed& need);

} // namespace contingent::shell
