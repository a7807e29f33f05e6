#pragma once
// Every plugin the host found, loaded or refused, for the Plugins page.

#include "pluginhost.h"

#include <QAbstractListModel>

namespace contingent::shell {

class PluginListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCountProperty NOTIFY countChanged)
    Q_PROPERTY(int refusedCount READ refusedCount NOTIFY countChanged)
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        VersionRole,
        DescriptionRole,
        StateRole,
        LoadedRole,
        ReasonRole,
        ShippedRole,
        PathRole,
        PageCountRole
    };

    explicit PluginListModel(const PluginHost& host, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int refusedCount() const;
    /// Around the host's discovering and loading its plugins after the model was made: the
    /// rows are read anew.
    void beginReload() { beginResetModel(); }
    void endReload()
    {
        endResetModel();
        emit countChanged();
    }

signals:
    void countChanged();

private:
    int rowCountProperty() const { return rowCount(); }
    const PluginHost& m_host;
};

} // namespace contingent::shell
