// Runs the Qt Quick tests of Contingent.Ui (tst_*.qml in this folder),
// offscreen, against the module as the shell links it.
#include <QFile>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Contingent_UiPlugin)

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        QStandardPaths::setTestModeEnabled(true); // remembered folders go to ~/.qttest
    }
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        // tst_filechooser: a folder of its own with one file in it and a subfolder.
        QFile existing(m_folder.filePath(QStringLiteral("existing.csv")));
        existing.open(QIODevice::WriteOnly);
        existing.write("a,b\n");
        existing.close();
        QDir(m_folder.path()).mkdir(QStringLiteral("sub"));
        engine->rootContext()->setContextProperty(QStringLiteral("testFolder"),
                                                  QUrl::fromLocalFile(m_folder.path()));
    }

private:
    QTemporaryDir m_folder;
};

QUICK_TEST_MAIN_WITH_SETUP(contingent_ui, Setup)

#include "tst_ui.moc"
