#pragma once
// The pages and dashboard cards the current role may see, as list models for QML.

#include "pluginhost.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QUrl>

namespace contingent::shell {

/// One page or card as the window shows it.
struct Contribution {
    QString key; ///< "<plugin>/<id>", unique in the window
    QString title;
    QString icon; ///< resolved to a URL the Image element can load
    QUrl source;
    /// The plugin's object: C++ owns it (never QML's garbage collector), and
    /// it reads as null once the plugin deleted it.
    QPointer<QObject> backend;
    QString pluginId;
    QString pluginName;
    QString pageKey; ///< cards: the page they open, or empty
    int order = 100;
};

/// Pages or cards of the loaded plugins, filtered by role and sorted by
/// (order, plugin id, title).
class ContributionModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Roles {
        KeyRole = Qt::UserRole + 1,
        TitleRole,
        IconRole,
        SourceRole,
        BackendRole,
        PluginIdRole,
        PluginNameRole,
        PageKeyRole
    };

    explicit ContributionModel(QObject* parent = nullptr);
    void reset(std::vector<Contribution> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }

    /// Row of `key`, or -1.
    Q_INVOKABLE int indexOf(const QString& key) const;
    /// The row as a JS object (key, title, icon, source, backend, pluginId, ...).
    Q_INVOKABLE QVariantMap get(int row) const;
    const std::vector<Contribution>& rows() const { return m_rows; }

signals:
    void countChanged();

private:
    std::vector<Contribution> m_rows;
};

/// Pages of `host`'s loaded plugins that `role` may see.
std::vector<Contribution> visiblePages(const PluginHost& host, sdk::Role role);
/// Cards of `host`'s loaded plugins that `role` may see.
std::vector<Contribution> visibleCards(const PluginHost& host, sdk::Role role);
/// An icon name from the shell's set, or a qrc:/ URL as given; unknown names
/// fall back to the generic page icon.
QString iconUrl(const QString& icon);

} // namespace contingent::shell
