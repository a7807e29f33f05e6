#include "rosterextras.h"

#include <algorithm>
#include <cctype>

namespace contingent::rosters {

std::string joinEscaped(const std::vector<std::string>& items)
{
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty())
            out += "; ";
        for (char c : item) {
            if (c == ';' || c == '\\')
                out += '\\';
            out += c;
        }
    }
    return out;
}

std::vector<std::string> splitEscaped(std::string_view text)
{
    std::vector<std::string> items;
    std::string item;
    const auto finish = [&] {
        if (std::string t = trimmed(item); !t.empty())
            items.push_back(std::move(t));
        item.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size())
            item += text[++i];
        else if (text[i] == ';')
            finish();
        else
            item += text[i];
    }
    finish();
    return items;
}

std::string formatCourse(std::string_view name, std::string_view issued, std::string_view expires)
{
    std::string out = std::string(name) + ": " + std::string(issued);
    if (!expires.empty())
        out += "/" + std::string(expires);
    return out;
}

std::optional<RawCourse> parseCourse(std::string_view item)
{
    const auto colon = item.rfind(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    const std::string_view dates = item.substr(colon + 1);
    const auto slash = dates.find('/');
    return RawCourse{trimmed(item.substr(0, colon)), trimmed(dates.substr(0, slash)),
                     slash == std::string_view::npos ? std::string()
                                                     : trimmed(dates.substr(slash + 1))};
}

std::string formatPeriod(std::string_view kind, std::string_view first, std::string_view last,
                         std::string_view note)
{
    std::string out = std::string(kind) + ": " + std::string(first) + "/" + std::string(last);
    if (!note.empty())
        out += ": " + std::string(note);
    return out;
}

std::optional<RawPeriod> parsePeriod(std::string_view item)
{
    const auto colon = item.find(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    const auto second = item.find(':', colon + 1);
    const std::string_view dates = item.substr(colon + 1, second - colon - 1);
    const auto slash = dates.find('/');
    if (slash == std::string_view::npos)
        return std::nullopt;
    return RawPeriod{trimmed(item.substr(0, colon)), trimmed(dates.substr(0, slash)),
                     trimmed(dates.substr(slash + 1)),
                     second == std::string_view::npos ? std::string()
                                                      : trimmed(item.substr(second + 1))};
}

std::optional<bool> parseDeployable(std::string_view text)
{
    std::string lower;
    for (char c : trimmed(text))
        lower += char(std::tolower(static_cast<unsigned char>(c)));
    for (const char* yes : {"", "yes", "y", "true", "1", "da", "d"})
        if (lower == yes)
            return true;
    for (const char* no : {"no", "n", "false", "0", "ne"})
        if (lower == no)
            return false;
    return std::nullopt;
}

} // namespace contingent::rosters
