#pragma once
/// @file attachments.h
/// Files kept in the store beside a record: an insurance policy's document, an
/// expense claim's receipt. A file is judged by what it holds (its first
/// bytes), never by its name, and is at most kMaxAttachmentBytes. A plugin
/// keeps the name, the type and the bytes in its own table (a BLOB column,
/// Statement::bind(int, const QByteArray&) and Statement::blob()).

#include "contingent/sdk/export.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace contingent::sdk {

/// The kinds of file an attachment may be.
enum class MediaType { Pdf, Jpeg, Png };

/// 10 MB (10 * 1024 * 1024 bytes): the largest attachment the store keeps.
inline constexpr std::int64_t kMaxAttachmentBytes = 10 * 1024 * 1024;

/// "application/pdf", "image/jpeg", "image/png" (the MIME type, for the store).
CONTINGENT_SDK_EXPORT std::string_view toString(MediaType type);
/// The MIME type back; throws InputError naming the text.
CONTINGENT_SDK_EXPORT MediaType mediaTypeFromString(std::string_view text);
/// "PDF", "JPEG", "PNG": what a person calls it.
CONTINGENT_SDK_EXPORT std::string_view displayName(MediaType type);
/// ".pdf", ".jpg", ".png".
CONTINGENT_SDK_EXPORT std::string_view fileExtension(MediaType type);

/// The type `bytes` hold, by their signature ("%PDF-"; FF D8 FF; the PNG
/// header), or nothing.
CONTINGENT_SDK_EXPORT std::optional<MediaType> sniffMediaType(const QByteArray& bytes);

/// A file to keep: its name (without a folder), its type and its bytes.
struct Attachment {
    std::string name;
    MediaType type = MediaType::Pdf;
    QByteArray bytes;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// `bytes`, named `name`, as an attachment for the form field `field`.
/// Throws InputError "<field>: ..." when it is empty, larger than `maxBytes`
/// ("scan.pdf is 12.4 MB; at most 10 MB"), or holds none of the `allowed`
/// types ("notes.docx is not a PDF, JPEG or PNG file").
CONTINGENT_SDK_EXPORT Attachment makeAttachment(std::string_view field, std::string name,
                                                QByteArray bytes,
                                                std::span<const MediaType> allowed,
                                                std::int64_t maxBytes = kMaxAttachmentBytes);

/// The file at `path`, as makeAttachment() judges it; a file that is too
/// large is refused before it is read. Throws InputError "<field>: ..." also
/// when the file cannot be read.
CONTINGENT_SDK_EXPORT Attachment readAttachment(std::string_view field, const QString& path,
                                                std::span<const MediaType> allowed,
                                                std::int64_t maxBytes = kMaxAttachmentBytes);

} // namespace contingent::sdk
