#pragma once
/// @file xlsxparts.h
/// The package under the .xlsx reader (xlsx.h): the zip archive read from memory, its XML parts
/// read by a small pull parser (QXmlStreamReader is four times slower on a big sheet), and the
/// relationships that name the parts.

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace contingent::sdk::xlsx::detail {

/// Why a workbook can't be read at all; read() makes it the one problem, for row 0.
struct Refusal {
    std::string reason;
};

/// Throws a Refusal.
[[noreturn]] void refuse(std::string reason);
/// Refuses with "is damaged (PART: WHY)".
[[noreturn]] void refuseDamaged(const std::string& part, const std::string& why);

/// Appends the Unicode code point `c` as UTF-8.
void appendCodePoint(std::string& out, unsigned c);
/// Appends XML character data with its entities (&amp; &#269; ...) and line ends decoded.
void appendDecoded(std::string& out, std::string_view raw);

/// A pull parser over a UTF-8 XML part, made for speed on big sheets: elements by local name,
/// attributes and text; comments, declarations and processing instructions are skipped.
/// Refuses XML it can't read, and a document type declaration.
class XmlScanner {
public:
    enum class Token { Start, End, Text, Done };
    XmlScanner(std::string_view xml, const std::string& part);
    /// The next token (an empty element gives Start and End).
    Token next();
    /// The local name of the element of a Start or End token.
    std::string_view name() const { return m_name; }
    /// The raw value of the start tag's attribute with this local name ("" when there is none).
    std::string_view attribute(std::string_view name) const;
    /// Appends the text of a Text token, decoded.
    void appendText(std::string& out) const
    {
        m_cdata ? void(out.append(m_text)) : appendDecoded(out, m_text);
    }
    /// After a Start token: skips past the end of its element.
    void skipElement();

private:
    [[noreturn]] void broken() const;
    /// The position just past the next `end`, or refuses.
    std::size_t past(std::string_view end) const;

    std::string_view m_xml;
    const std::string& m_part;
    std::size_t m_pos = 0;
    std::string_view m_name, m_attributes, m_text;
    bool m_cdata = false;
    bool m_endPending = false; ///< after an empty element's Start
};

/// An attribute's text, its entities decoded.
std::string attributeText(const XmlScanner& xml, std::string_view name);

/// The zip archive of a workbook, read from memory with the system's minizip, which the writer
/// zips with too (QuaZip's copy of minizip has the same symbol names and crashes a process
/// holding both).
class Package {
public:
    explicit Package(const QByteArray& bytes);
    ~Package();
    Package(const Package&) = delete;
    Package& operator=(const Package&) = delete;

    /// False when the bytes are not a zip archive.
    bool isOpen() const { return m_zip != nullptr; }
    /// The unpacked part `name` (in any case) as UTF-8, or nothing when there is none;
    /// refuses a damaged one, or one that unpacks to more than 1 GiB.
    std::optional<std::string> part(const std::string& name);

private:
    QByteArray m_bytes;
    std::uint64_t m_pos = 0;
    void* m_zip = nullptr;
};

/// A relationship of a part: its id, its type and the name of the part it targets.
struct Relationship {
    std::string id;
    std::string type;
    std::string target;
};

/// The relationships of the part `from` ("" for the package's own), internal ones only.
std::vector<Relationship> relationships(Package& package, const std::string& from);
/// The target of the first relationship of type ".../`kind`" ("" when there is none).
std::string targetOf(const std::vector<Relationship>& relationships, std::string_view kind);

} // namespace contingent::sdk::xlsx::detail
