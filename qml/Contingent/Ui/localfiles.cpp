#include "localfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QSettings>
#include <QStandardPaths>
#include <QtGui/private/qguiapplication_p.h>
#include <qpa/qplatformtheme.h>

namespace contingent::ui {

namespace {

QString settingsKey(const QString& kind)
{
    return QStringLiteral("fileDialogs/") + (kind.isEmpty() ? QStringLiteral("other") : kind);
}

QString localPath(const QUrl& url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

} // namespace

LocalFiles::LocalFiles(QObject* parent)
    : QObject(parent)
{
}

LocalFiles* LocalFiles::instance()
{
    static LocalFiles* files = [] {
        auto* f = new LocalFiles(QCoreApplication::instance());
        QQmlEngine::setObjectOwnership(f, QQmlEngine::CppOwnership);
        return f;
    }();
    return files;
}

LocalFiles* LocalFiles::create(QQmlEngine*, QJSEngine*)
{
    return instance();
}

bool LocalFiles::nativeDialogs() const
{
    if (QCoreApplication::testAttribute(Qt::AA_DontUseNativeDialogs))
        return false;
    const QPlatformTheme* theme = QGuiApplicationPrivate::platformTheme();
    return theme && theme->usePlatformNativeDialog(QPlatformTheme::FileDialog);
}

void LocalFiles::setUnavailable(const QString& reason)
{
    if (reason == m_unavailableReason)
        return;
    m_unavailableReason = reason;
    emit availabilityChanged();
}

QUrl LocalFiles::folderFor(const QString& kind) const
{
    const QString remembered = QSettings().value(settingsKey(kind)).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return QUrl::fromLocalFile(remembered);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return QUrl::fromLocalFile(documents);
    return QUrl::fromLocalFile(QDir::homePath());
}

void LocalFiles::rememberFolder(const QString& kind, const QUrl& folder)
{
    if (folder.isLocalFile() && QFileInfo(folder.toLocalFile()).isDir())
        QSettings().setValue(settingsKey(kind), QDir::cleanPath(folder.toLocalFile()));
}

bool LocalFiles::exists(const QUrl& file) const
{
    return QFileInfo::exists(localPath(file));
}

bool LocalFiles::isFolder(const QUrl& file) const
{
    return QFileInfo(localPath(file)).isDir();
}

bool LocalFiles::isWritableFolder(const QUrl& folder) const
{
    const QFileInfo info(localPath(folder));
    return info.isDir() && info.isWritable();
}

QUrl LocalFiles::resolve(const QUrl& folder, const QString& typed) const
{
    QString text = typed.trimmed();
    if (text.startsWith(QLatin1String("file:")))
        return QUrl(text);
    if (text == QLatin1String("~") || text.startsWith(QLatin1String("~/")))
        text = QDir::homePath() + text.mid(1);
    const QString path =
        QDir::isAbsolutePath(text) ? text : QDir(localPath(folder)).absoluteFilePath(text);
    return QUrl::fromLocalFile(QDir::cleanPath(path));
}

QUrl LocalFiles::parentFolder(const QUrl& folder) const
{
    QDir dir(localPath(folder));
    if (!dir.cdUp())
        return folder;
    return QUrl::fromLocalFile(dir.absolutePath());
}

QString LocalFiles::displayPath(const QUrl& file) const
{
    const QString path = QDir::cleanPath(localPath(file));
    const QString home = QDir::homePath();
    if (path == home)
        return QStringLiteral("~");
    if (home != QLatin1String("/") && path.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + path.mid(home.size());
    return QDir::toNativeSeparators(path);
}

QString LocalFiles::withSuffix(const QString& name, const QString& suffix) const
{
    if (name.isEmpty() || suffix.isEmpty() || !QFileInfo(name).suffix().isEmpty())
        return name;
    return name + QLatin1Char('.') + suffix;
}

QString LocalFiles::suffixOf(const QString& name) const
{
    return QFileInfo(name).suffix().toLower();
}

} // namespace contingent::ui
