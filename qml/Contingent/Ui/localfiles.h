#pragma once
// LocalFiles: what the file chooser needs from the file system and the
// platform, for QML (the singleton `LocalFiles` of Contingent.Ui).

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace contingent::ui {

/// Folders, names and the runtime pieces behind file dialogs. One instance per
/// process (file dialogs are switched off for everyone when a module is missing).
class LocalFiles : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// False when a QML module the file chooser needs is not installed.
    Q_PROPERTY(bool dialogsAvailable READ dialogsAvailable NOTIFY availabilityChanged)
    /// Why file dialogs are off (names the Debian package), or "".
    Q_PROPERTY(QString unavailableReason READ unavailableReason NOTIFY availabilityChanged)
    /// True when the platform has its own file dialog (GNOME, KDE, Windows, macOS).
    Q_PROPERTY(bool nativeDialogs READ nativeDialogs CONSTANT)

public:
    static LocalFiles* instance();
    static LocalFiles* create(QQmlEngine*, QJSEngine*);

    bool dialogsAvailable() const { return m_unavailableReason.isEmpty(); }
    QString unavailableReason() const { return m_unavailableReason; }
    bool nativeDialogs() const;
    /// Switches file dialogs off (non-empty `reason`) or on again.
    void setUnavailable(const QString& reason);

    /// The folder last used for `kind` ("statement", "roster", ...), while it
    /// exists; else the user's documents folder; else the home folder.
    Q_INVOKABLE QUrl folderFor(const QString& kind) const;
    /// Remembers `folder` for the next dialog of `kind`.
    Q_INVOKABLE void rememberFolder(const QString& kind, const QUrl& folder);
    Q_INVOKABLE bool exists(const QUrl& file) const;
    Q_INVOKABLE bool isFolder(const QUrl& file) const;
    Q_INVOKABLE bool isWritableFolder(const QUrl& folder) const;
    /// What a person typed, as a file URL: an absolute path, "~/..." or a name
    /// relative to `folder`.
    Q_INVOKABLE QUrl resolve(const QUrl& folder, const QString& typed) const;
    /// The folder above `folder` (itself at the root).
    Q_INVOKABLE QUrl parentFolder(const QUrl& folder) const;
    /// `file` as a path to show: "~" for the home folder.
    Q_INVOKABLE QString displayPath(const QUrl& file) const;
    /// `name` with `suffix` added when it has no extension of its own.
    Q_INVOKABLE QString withSuffix(const QString& name, const QString& suffix) const;
    /// The extension of `name` in lower case ("csv"), or "".
    Q_INVOKABLE QString suffixOf(const QString& name) const;

signals:
    void availabilityChanged();

private:
    explicit LocalFiles(QObject* parent = nullptr);
    QString m_unavailableReason;
};

} // namespace contingent::ui
