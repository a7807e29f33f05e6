#include "pluginlistmodel.h"

#include <QLocale>

namespace contingent::shell {

PluginListModel::PluginListModel(const PluginHost& host, QObject* parent)
    : QAbstractListModel(parent)
    , m_host(host)
{
}

int PluginListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_host.plugins().size());
}

int PluginListModel::refusedCount() const
{
    int n = 0;
    for (const auto& p : m_host.plugins())
        n += p->state == PluginState::Refused;
    return n;
}

QVariant PluginListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PluginRecord& p = *m_host.plugins()[std::size_t(index.row())];
    const auto q = [](const std::string& s) { return QString::fromStdString(s); };
    switch (role) {
    case IdRole:
        return q(p.id);
    case Qt::DisplayRole:
    case NameRole: {
        // In the window's language when the manifest has it.
        const auto t = p.manifest.translations.find(QLocale().name().left(2).toStdString());
        if (t != p.manifest.translations.end() && !t->second.first.empty())
            return q(t->second.first);
        return p.manifest.name.empty() ? q(p.id) : q(p.manifest.name);
    }
    case VersionRole:
        return q(p.manifest.version);
    case DescriptionRole: {
        const auto t = p.manifest.translations.find(QLocale().name().left(2).toStdString());
        if (t != p.manifest.translations.end() && !t->second.second.empty())
            return q(t->second.second);
        return q(p.manifest.description);
    }
    case StateRole:
        return p.state == PluginState::Loaded ? QStringLiteral("loaded")
                                              : QStringLiteral("refused");
    case LoadedRole:
        return p.state == PluginState::Loaded;
    case ReasonRole:
        return q(p.reason);
    case ShippedRole:
        return p.shipped;
    case PathRole:
        return p.libraryPath;
    case PageCountRole:
        return int(p.pages.size());
    }
    return {};
}

QHash<int, QByteArray> PluginListModel::roleNames() const
{
    return {{IdRole, "pluginId"},     {NameRole, "name"},
            {VersionRole, "version"}, {DescriptionRole, "description"},
            {StateRole, "state"},     {LoadedRole, "loaded"},
            {ReasonRole, "reason"},   {ShippedRole, "shipped"},
            {PathRole, "path"},       {PageCountRole, "pageCount"}};
}

} // namespace contingent::shell
