#include "contingent/sdk/attachments.h"

#include "contingent/sdk/error.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>

namespace contingent::sdk {

namespace {

struct Kind {
    MediaType type;
    std::string_view mime;
    std::string_view name;
    std::string_view extension;
    std::string_view signature;
};

constexpr std::array<Kind, 3> kKinds{{
    {MediaType::Pdf, "application/pdf", "PDF", ".pdf", "%PDF-"},
    {MediaType::Jpeg, "image/jpeg", "JPEG", ".jpg", "\xFF\xD8\xFF"},
    {MediaType::Png, "image/png", "PNG", ".png", "\x89PNG\r\n\x1A\n"},
}};

const Kind& kind(MediaType type)
{
    for (const Kind& k : kKinds)
        if (k.type == type)
            return k;
    return kKinds.front();
}

std::string megabytes(std::int64_t bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1).toStdString() + " MB";
}

std::string allowedNames(std::span<const MediaType> allowed)
{
    std::string out;
    for (std::size_t i = 0; i < allowed.size(); ++i) {
        if (i > 0)
            out += i + 1 == allowed.size() ? " or " : ", ";
        out += displayName(allowed[i]);
    }
    return out;
}

std::string tooLarge(std::string_view field, const std::string& name, std::int64_t size,
                     std::int64_t maxBytes)
{
    return std::string(field) + ": " + name + " is " + megabytes(size) + "; at most "
           + megabytes(maxBytes) + " can be kept in the store";
}

} // namespace

std::string_view toString(MediaType type)
{
    return kind(type).mime;
}

MediaType mediaTypeFromString(std::string_view text)
{
    for (const Kind& k : kKinds)
        if (k.mime == text)
            return k.type;
    throw InputError("\"" + std::string(text)
                     + "\" is not a kind of attachment (application/pdf, image/jpeg, image/png)");
}

std::string_view displayName(MediaType type)
{
    return kind(type).name;
}

std::string_view fileExtension(MediaType type)
{
    return kind(type).extension;
}

std::optional<MediaType> sniffMediaType(const QByteArray& bytes)
{
    for (const Kind& k : kKinds)
        if (bytes.startsWith(QByteArrayView(k.signature.data(), qsizetype(k.signature.size()))))
            return k.type;
    return std::nullopt;
}

Attachment makeAttachment(std::string_view field, std::string name, QByteArray bytes,
                          std::span<const MediaType> allowed, std::int64_t maxBytes)
{
    if (bytes.isEmpty())
        throw InputError(std::string(field) + ": " + name + " is empty");
    if (bytes.size() > maxBytes)
        throw InputError(tooLarge(field, name, bytes.size(), maxBytes));
    const auto type = sniffMediaType(bytes);
    if (!type || std::find(allowed.begin(), allowed.end(), *type) == allowed.end())
        throw InputError(std::string(field) + ": " + name + " is not a " + allowedNames(allowed)
                         + " file");
    return {std::move(name), *type, std::move(bytes)};
}

Attachment readAttachment(std::string_view field, const QString& path,
                          std::span<const MediaType> allowed, std::int64_t maxBytes)
{
    const QFileInfo info(path);
    const std::string name = info.fileName().toStdString();
    if (info.exists() && info.size() > maxBytes)
        throw InputError(tooLarge(field, name, info.size(), maxBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(std::string(field) + ": cannot read " + path.toStdString() + ": "
                         + file.errorString().toStdString());
    return makeAttachment(field, name, file.read(maxBytes + 1), allowed, maxBytes);
}

} // namespace contingent::sdk
