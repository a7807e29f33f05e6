#include "manifest.h"

#include <contingent/sdk/error.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace contingent::shell {

using sdk::InputError;

bool isValidPluginId(std::string_view id)
{
    if (id.empty() || id.front() < 'a' || id.front() > 'z')
        return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    return true;
}

namespace {

std::string requiredString(const QJsonObject& o, const char* key, const std::string& where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        throw InputError("manifest " + where + ": \"" + key + "\" is missing or not a string");
    return v.toString().toStdString();
}

} // namespace

Manifest readManifest(const QString& path)
{
    const std::string where = path.toStdString();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError("manifest " + where
                         + " cannot be read: " + file.errorString().toStdString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        throw InputError("manifest " + where
                         + " is not valid JSON: " + error.errorString().toStdString()
                         + " at offset " + std::to_string(error.offset));
    if (!doc.isObject())
        throw InputError("manifest " + where + " is not a JSON object");
    const QJsonObject o = doc.object();

    Manifest m;
    m.id = requiredString(o, "id", where);
    if (!isValidPluginId(m.id))
        throw InputError("manifest " + where + ": id \"" + m.id
                         + "\" must be lowercase, [a-z][a-z0-9_]*");
    if (QFileInfo(path).completeBaseName().toStdString() != m.id)
        throw InputError("manifest " + where + ": a plugin with id \"" + m.id
                         + "\" must be described by " + m.id + ".json");
    m.name = requiredString(o, "name", where);
    m.version = requiredString(o, "version", where);
    static const QRegularExpression versionPattern(QStringLiteral("^\\d+(\\.\\d+)*$"));
    if (!versionPattern.match(QString::fromStdString(m.version)).hasMatch())
        throw InputError("manifest " + where + ": version \"" + m.version
                         + "\" is not dotted numbers like 1.2.0");
    m.description = o.value(QLatin1String("description")).toString().toStdString();
    const QJsonValue translations = o.value(QLatin1String("translations"));
    if (!translations.isUndefined() && !translations.isObject())
        throw InputError("manifest " + where
                         + ": \"translations\" must be an object such as {\"sl\": {\"name\": "
                           "\"...\", \"description\": \"...\"}}");
    const QJsonObject byLanguage = translations.toObject();
    for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it) {
        if (!it.value().isObject())
            throw InputError("manifest " + where + ": translation \"" + it.key().toStdString()
                             + "\" must be an object with a name and a description");
        const QJsonObject t = it.value().toObject();
        m.translations[it.key().toStdString()] = {
            t.value(QLatin1String("name")).toString().toStdString(),
            t.value(QLatin1String("description")).toString().toStdString()};
    }
    m.library = requiredString(o, "library", where);
    if (m.library.find('/') != std::string::npos)
        throw InputError("manifest " + where + ": library \"" + m.library
                         + "\" must be a file name in the manifest's folder");
    const QJsonValue sdk = o.value(QLatin1String("sdk"));
    const QJsonValue abi = o.value(QLatin1String("abi"));
    static const QRegularExpression sdkPattern(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})$"));
    if (sdk.isString()) {
        const QRegularExpressionMatch match = sdkPattern.match(sdk.toString());
        if (!match.hasMatch() || match.captured(1).toInt() < 1)
            throw InputError("manifest " + where
                             + ": \"sdk\" must be MAJOR.MINOR like \"1.0\", not \""
                             + sdk.toString().toStdString() + "\"");
        m.abi = match.captured(1).toInt() * 1000 + match.captured(2).toInt();
    } else if (abi.isDouble() && abi.toDouble() == double(abi.toInt()) && abi.toInt() >= 1
               && abi.toInt() < 1000) {
        m.abi = abi.toInt(); // a manifest from before SDK 1.0
    } else {
        throw InputError(
            "manifest " + where
            + ": \"sdk\" (the SDK version it was built against, like \"1.0\") is missing");
    }

    const QJsonValue needs = o.value(QLatin1String("needs"));
    if (!needs.isUndefined() && !needs.isArray())
        throw InputError("manifest " + where + ": \"needs\" must be an array");
    for (const QJsonValue& n : needs.toArray()) {
        if (!n.isObject())
            throw InputError("manifest " + where + ": each entry of \"needs\" must be an object");
        PluginNeed need{
            requiredString(n.toObject(), "id", where),
            n.toObject().value(QLatin1String("min_version")).toString("0").toStdString()};
        if (!isValidPluginId(need.id))
            throw InputError("manifest " + where + ": needs an invalid id \"" + need.id + "\"");
        m.needs.push_back(std::move(need));
    }
    const QJsonValue after = o.value(QLatin1String("after"));
    if (!after.isUndefined() && !after.isArray())
        throw InputError("manifest " + where + ": \"after\" must be an array of plugin ids");
    for (const QJsonValue& a : after.toArray()) {
        const std::string id = a.toString().toStdString();
        if (!isValidPluginId(id))
            throw InputError("manifest " + where + ": \"after\" holds an invalid id");
        m.after.push_back(id);
    }
    return m;
}

std::string describeSdk(int abi)
{
    if (abi < 1000)
        return "a pre-1.0 SDK (ABI " + std::to_string(abi) + ")";
    return "SDK " + std::to_string(abi / 1000) + "." + std::to_string(abi % 1000);
}

std::optional<std::string> sdkProblem(int pluginAbi, int hostAbi)
{
    const int hostMajor = hostAbi / 1000;
    const std::string host = describeSdk(hostAbi);
    if (pluginAbi / 1000 != hostMajor)
        return "built for " + describeSdk(pluginAbi) + ", but this application provides " + host
               + " (another major version): rebuild the plugin against SDK "
               + std::to_string(hostMajor) + ".x";
    if (pluginAbi % 1000 > hostAbi % 1000)
        return "built for " + describeSdk(pluginAbi) + ", newer than this application's " + host
               + ": update Contingent, or rebuild the plugin against " + host;
    return std::nullopt;
}

} // namespace contingent::shell
