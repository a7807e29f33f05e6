#pragma once
// What the expenses backend's two files share: text for QML and a form's
// refusal. Internal to the plugin.

#include <contingent/sdk/money.h>
#include <contingent/sdk/tablefile.h>

#include <QString>
#include <QUrl>
#include <QVariantMap>

#include <map>
#include <string>
#include <string_view>

namespace contingent::expenses::text {

inline QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

inline QString money(sdk::Money m)
{
    return m.format();
}

inline QString localPath(const QUrl& file)
{
    return file.isLocalFile() ? file.toLocalFile() : file.toString();
}

/// A refusal "field: reason" (split by sdk::problemFromRefusal) for a form:
/// the reason under the form's name for that field (`fields`: the refusal's
/// field -> the form's), or the whole text on top of the form.
inline QVariantMap refusal(const std::string& message, const std::map<std::string, QString>& fields)
{
    const sdk::ImportProblem p = sdk::problemFromRefusal(0, message);
    const std::string field = p.column.rfind("--", 0) == 0 ? p.column.substr(2) : p.column;
    const auto it = fields.find(field);
    if (it == fields.end())
        return {{"ok", false},
                {"errors", QVariantMap{{QString(), q(message)}}},
                {"message", q(message)}};
    return {
        {"ok", false}, {"errors", QVariantMap{{it->second, q(p.reason)}}}, {"message", q(message)}};
}

} // namespace contingent::expenses::text
