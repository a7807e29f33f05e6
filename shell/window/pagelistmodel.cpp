#include "pagelistmodel.h"

#include <QQmlEngine>

#include <QFile>

#include <algorithm>

namespace contingent::shell {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

void sortRows(std::vector<Contribution>& rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Contribution& a, const Contribution& b) {
        return std::tie(a.order, a.pluginId, a.title) < std::tie(b.order, b.pluginId, b.title);
    });
}

} // namespace

QString iconUrl(const QString& icon)
{
    if (icon.startsWith(QLatin1String("qrc:/")))
        return icon;
    const QString path = QStringLiteral(":/Contingent/Shell/icons/%1.png").arg(icon);
    if (!icon.isEmpty() && QFile::exists(path))
        return QLatin1String("qrc") + path;
    return QStringLiteral("qrc:/Contingent/Shell/icons/page.png");
}

/// The backend for QML: owned by its plugin, so never collected by the engine.
QObject* cppOwned(QObject* backend)
{
    if (backend)
        QQmlEngine::setObjectOwnership(backend, QQmlEngine::CppOwnership);
    return backend;
}

std::vector<Contribution> visiblePages(const PluginHost& host, sdk::Role role)
{
    std::vector<Contribution> rows;
    for (PluginRecord* p : host.loadedInOrder())
        for (const sdk::Page& page : p->pages)
            if (sdk::isVisibleTo(page.roles, role))
                rows.push_back({q(p->id + "/" + page.id),
                                q(page.title),
                                iconUrl(q(page.icon)),
                                page.qml,
                                cppOwned(page.backend),
                                q(p->id),
                                q(p->manifest.name),
                                {},
                                page.order});
    sortRows(rows);
    return rows;
}

std::vector<Contribution> visibleCards(const PluginHost& host, sdk::Role role)
{
    std::vector<Contribution> rows;
    for (PluginRecord* p : host.loadedInOrder()) {
        for (const sdk::Card& card : p->cards) {
            if (!sdk::isVisibleTo(card.roles, role))
                continue;
            QString pageKey;
            // A card only links to a page the role may open.
            for (const sdk::Page& page : p->pages)
                if (page.id == card.pageId && sdk::isVisibleTo(page.roles, role))
                    pageKey = q(p->id + "/" + page.id);
            rows.push_back({q(p->id + "/" + card.id),
                            q(card.title),
                            {},
                            card.qml,
                            cppOwned(card.backend),
                            q(p->id),
                            q(p->manifest.name),
                            pageKey,
                            card.order});
        }
    }
    sortRows(rows);
    return rows;
}

ContributionModel::ContributionModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void ContributionModel::reset(std::vector<Contribution> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

int ContributionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ContributionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contribution& c = m_rows[std::size_t(index.row())];
    switch (role) {
    case KeyRole:
        return c.key;
    case Qt::DisplayRole:
    case TitleRole:
        return c.title;
    case IconRole:
        return c.icon;
    case SourceRole:
        return c.source;
    case BackendRole:
        return QVariant::fromValue(c.backend.data());
    case PluginIdRole:
        return c.pluginId;
    case PluginNameRole:
        return c.pluginName;
    case PageKeyRole:
        return c.pageKey;
    }
    return {};
}

QHash<int, QByteArray> ContributionModel::roleNames() const
{
    return {{KeyRole, "key"},
            {TitleRole, "title"},
            {IconRole, "iconUrl"},
            {SourceRole, "source"},
            {BackendRole, "backend"},
            {PluginIdRole, "pluginId"},
            {PluginNameRole, "pluginName"},
            {PageKeyRole, "pageKey"}};
}

int ContributionModel::indexOf(const QString& key) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].key == key)
            return int(i);
    return -1;
}

QVariantMap ContributionModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= count())
        return map;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

} // namespace contingent::shell
