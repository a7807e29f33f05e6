#include "xlsxparts.h"

#include <QDir>
#include <QString>

#include <unzip.h> // minizip

#include <algorithm>
#include <charconv>
#include <cstring>

namespace contingent::sdk::xlsx::detail {

namespace {

constexpr ZPOS64_T kMostPartBytes = ZPOS64_T(1) << 30;

} // namespace

void refuse(std::string reason)
{
    throw Refusal{std::move(reason)};
}

void refuseDamaged(const std::string& part, const std::string& why)
{
    refuse("is damaged (" + part + ": " + why + ")");
}

void appendCodePoint(std::string& out, unsigned c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

void appendDecoded(std::string& out, std::string_view raw)
{
    for (std::size_t i = 0; i < raw.size();) {
        const std::size_t special = std::min(raw.find_first_of("&\r", i), raw.size());
        out.append(raw.substr(i, special - i));
        if (special == raw.size())
            break;
        if (raw[special] == '\r') { // CR LF and a lone CR are read as LF
            out += '\n';
            i = special + (raw.substr(special, 2) == "\r\n" ? 2 : 1);
            continue;
        }
        const std::size_t semicolon = raw.find(';', special);
        const std::string_view entity = raw.substr(
            special + 1, semicolon == std::string_view::npos ? 0 : semicolon - special - 1);
        constexpr std::string_view kNames[] = {"amp", "lt", "gt", "quot", "apos"};
        const auto known = std::find(std::begin(kNames), std::end(kNames), entity);
        const bool hex = entity.starts_with("#x");
        const char* digits = entity.data() + (hex ? 2 : 1);
        const char* end = entity.data() + entity.size();
        unsigned code = 0;
        if (known != std::end(kNames))
            out += "&<>\"'"[known - std::begin(kNames)];
        else if (entity.starts_with('#')
                 && std::from_chars(digits, end, code, hex ? 16 : 10).ptr == end)
            appendCodePoint(out, code);
        else
            refuse("is damaged (its XML has an unknown entity &" + std::string(entity) + ";)");
        i = special + entity.size() + 2;
    }
}

XmlScanner::XmlScanner(std::string_view xml, const std::string& part)
    : m_xml(xml.starts_with("\xEF\xBB\xBF") ? xml.substr(3) : xml)
    , m_part(part)
{
}

XmlScanner::Token XmlScanner::next()
{
    if (m_endPending) {
        m_endPending = false;
        return Token::End;
    }
    while (m_pos < m_xml.size()) {
        if (m_xml[m_pos] != '<') {
            const std::size_t end = std::min(m_xml.find('<', m_pos), m_xml.size());
            m_text = m_xml.substr(m_pos, end - m_pos);
            m_cdata = false;
            m_pos = end;
            return Token::Text;
        }
        const std::string_view rest = m_xml.substr(m_pos);
        if (rest.starts_with("<!--")) {
            m_pos = past("-->");
        } else if (rest.starts_with("<![CDATA[")) {
            m_pos += 9;
            const std::size_t end = past("]]>");
            m_text = m_xml.substr(m_pos, end - 3 - m_pos);
            m_cdata = true;
            m_pos = end;
            return Token::Text;
        } else if (rest.starts_with("<?")) {
            m_pos = past("?>");
        } else if (rest.starts_with("<!")) {
            refuseDamaged(m_part, "a document type declaration, which .xlsx files do not have");
        } else {
            std::size_t end = m_pos + 1; // the tag's '>', outside quoted attribute values
            for (char quote = 0; end < m_xml.size() && (quote || m_xml[end] != '>'); ++end) {
                const char c = m_xml[end];
                if (c == '"' || c == '\'')
                    quote = quote == c ? 0 : quote ? quote : c;
                else if (c == '<' && !quote)
                    broken();
            }
            if (end >= m_xml.size())
                broken();
            const bool isEnd = m_xml[m_pos + 1] == '/';
            m_endPending = !isEnd && m_xml[end - 1] == '/';
            const std::size_t start = m_pos + (isEnd ? 2 : 1);
            const std::string_view tag = m_xml.substr(start, end - start - m_endPending);
            const std::size_t nameEnd = std::min(tag.find_first_of(" \t\r\n"), tag.size());
            m_name = tag.substr(0, nameEnd);
            if (const std::size_t colon = m_name.find(':'); colon != std::string_view::npos)
                m_name.remove_prefix(colon + 1);
            m_attributes = tag.substr(nameEnd);
            m_pos = end + 1;
            return isEnd ? Token::End : Token::Start;
        }
    }
    return Token::Done;
}

std::string_view XmlScanner::attribute(std::string_view name) const
{
    std::string_view rest = m_attributes;
    while (true) {
        const std::size_t start = rest.find_first_not_of(" \t\r\n");
        const std::size_t equals = rest.find('=', start);
        const std::size_t open = rest.find_first_of("\"'", equals);
        if (open == std::string_view::npos)
            return {};
        const std::size_t close = rest.find(rest[open], open + 1);
        if (close == std::string_view::npos)
            return {};
        std::string_view key =
            rest.substr(start, rest.find_last_not_of(" \t\r\n", equals - 1) + 1 - start);
        if (!key.starts_with("xmlns")) {
            if (const std::size_t colon = key.find(':'); colon != std::string_view::npos)
                key.remove_prefix(colon + 1);
            if (key == name)
                return rest.substr(open + 1, close - open - 1);
        }
        rest.remove_prefix(close + 1);
    }
}

void XmlScanner::skipElement()
{
    for (int depth = 1; depth > 0;) {
        const Token token = next();
        depth += token == Token::Start ? 1 : token == Token::End ? -1 : 0;
        if (token == Token::Done)
            broken();
    }
}

void XmlScanner::broken() const
{
    refuseDamaged(m_part, "broken XML near byte " + std::to_string(m_pos));
}

std::size_t XmlScanner::past(std::string_view end) const
{
    const std::size_t found = m_xml.find(end, m_pos);
    if (found == std::string_view::npos)
        broken();
    return found + end.size();
}

std::string attributeText(const XmlScanner& xml, std::string_view name)
{
    std::string text;
    appendDecoded(text, xml.attribute(name));
    return text;
}

Package::Package(const QByteArray& bytes)
    : m_bytes(bytes)
{
    zlib_filefunc64_def io{};
    io.zopen64_file = [](voidpf opaque, const void*, int) -> voidpf { return opaque; };
    io.zread_file = [](voidpf, voidpf stream, void* buffer, uLong size) -> uLong {
        auto* self = static_cast<Package*>(stream);
        const auto n = std::min<ZPOS64_T>(size, ZPOS64_T(self->m_bytes.size()) - self->m_pos);
        std::memcpy(buffer, self->m_bytes.constData() + self->m_pos, n);
        self->m_pos += n;
        return uLong(n);
    };
    io.zwrite_file = [](voidpf, voidpf, const void*, uLong) -> uLong { return 0; };
    io.ztell64_file = [](voidpf, voidpf stream) -> ZPOS64_T {
        return static_cast<Package*>(stream)->m_pos;
    };
    io.zseek64_file = [](voidpf, voidpf stream, ZPOS64_T offset, int origin) -> long {
        auto* self = static_cast<Package*>(stream);
        const auto size = ZPOS64_T(self->m_bytes.size());
        const ZPOS64_T base = origin == ZLIB_FILEFUNC_SEEK_SET   ? 0
                              : origin == ZLIB_FILEFUNC_SEEK_CUR ? self->m_pos
                                                                 : size;
        if (base > size || offset > size - base)
            return -1;
        self->m_pos = base + offset;
        return 0;
    };
    io.zclose_file = [](voidpf, voidpf) { return 0; };
    io.zerror_file = [](voidpf, voidpf) { return 0; };
    io.opaque = this;
    m_zip = unzOpen2_64("", &io);
}

Package::~Package()
{
    if (m_zip)
        unzClose(m_zip);
}

std::optional<std::string> Package::part(const std::string& name)
{
    if (name.empty() || unzLocateFile(m_zip, name.c_str(), 2) != UNZ_OK)
        return std::nullopt; // 2: in any case, as OPC names parts
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
        || info.uncompressed_size > kMostPartBytes || unzOpenCurrentFile(m_zip) != UNZ_OK)
        refuseDamaged(name, "can't be unpacked");
    std::string data(info.uncompressed_size, '\0');
    char extra = 0;
    const int read =
        data.empty() ? 0 : unzReadCurrentFile(m_zip, data.data(), unsigned(data.size()));
    const bool longer = unzReadCurrentFile(m_zip, &extra, 1) != 0;
    if (unzCloseCurrentFile(m_zip) != UNZ_OK || read != int(data.size()) || longer)
        refuseDamaged(name, "can't be unpacked");
    if (data.starts_with("\xFF\xFE") || data.starts_with("\xFE\xFF")) // UTF-16, which Excel
        data = QString::fromUtf16(reinterpret_cast<const char16_t*>(data.data()),
                                  qsizetype(data.size() / 2))
                   .toStdString(); // never writes but the standard allows
    return data;
}

std::vector<Relationship> relationships(Package& package, const std::string& from)
{
    const std::size_t slash = from.rfind('/');
    const std::string folder = slash == std::string::npos ? "" : from.substr(0, slash + 1);
    const std::string name = folder + "_rels/" + from.substr(folder.size()) + ".rels";
    std::vector<Relationship> found;
    const auto data = package.part(name);
    if (!data)
        return found;
    XmlScanner xml(*data, name);
    for (auto token = xml.next(); token != XmlScanner::Token::Done; token = xml.next()) {
        if (token != XmlScanner::Token::Start || xml.name() != "Relationship"
            || xml.attribute("TargetMode") == "External")
            continue;
        const std::string target = attributeText(xml, "Target");
        const std::string path = target.starts_with('/') ? target.substr(1) : folder + target;
        found.push_back({attributeText(xml, "Id"), attributeText(xml, "Type"),
                         QDir::cleanPath(QString::fromStdString(path)).toStdString()});
    }
    return found;
}

std::string targetOf(const std::vector<Relationship>& relationships, std::string_view kind)
{
    for (const Relationship& r : relationships)
        if (r.type.ends_with(kind) && r.type.size() > kind.size()
            && r.type[r.type.size() - kind.size() - 1] == '/')
            return r.target;
    return {};
}

} // namespace contingent::sdk::xlsx::detail
