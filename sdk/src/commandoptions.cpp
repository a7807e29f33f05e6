#include "contingent/sdk/command.h"

#include "contingent/sdk/tablefile.h"

#include <charconv>

#include <algorithm>
#include <map>

namespace contingent::sdk {

UsageError::~UsageError() = default;

int runVerb(CommandInvocation& call, std::string_view command, std::string_view usage,
            std::span<const CommandVerb> verbs)
{
    const std::string verb = call.args.empty() ? "" : call.args[0];
    try {
        for (const CommandVerb& v : verbs)
            if (verb == v.name)
                return v.run(call);
        call.err << usage << "\n";
        return 2;
    } catch (const UsageError& e) {
        call.err << command << " " << verb << ": " << e.what() << "\n" << usage << "\n";
        return 2;
    } catch (const Error& e) {
        call.err << command << " " << verb << ": " << e.what() << "\n";
        return 1;
    }
}

struct CommandOptions::Private {
    std::map<std::string, std::string> values;
    std::map<std::string, std::vector<std::string>> repeated;
    std::vector<std::string> plain;
};

CommandOptions::CommandOptions(const std::vector<std::string>& args,
                               std::initializer_list<const char*> flags,
                               std::initializer_list<const char*> valued, std::size_t positional,
                               std::size_t from)
    : CommandOptions(args, flags, valued, {}, positional, from)
{
}

CommandOptions::CommandOptions(const std::vector<std::string>& args,
                               std::initializer_list<const char*> flags,
                               std::initializer_list<const char*> valued,
                               std::initializer_list<const char*> repeatable,
                               std::size_t positional, std::size_t from)
    : d(std::make_unique<Private>())
{
    const auto in = [](std::initializer_list<const char*> list, const std::string& a) {
        return std::find_if(list.begin(), list.end(), [&](const char* n) { return a == n; })
               != list.end();
    };
    for (std::size_t i = from; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (d->values.count(a))
            throw UsageError(a + " is given twice");
        if (in(repeatable, a) && (i + 1 >= args.size() || args[i + 1].starts_with("--")))
            throw UsageError(a + " needs a value");
        if (in(repeatable, a))
            for (std::string& item : splitList(args[++i], ','))
                d->repeated[a].push_back(std::move(item));
        else if (in(flags, a))
            d->values[a] = "";
        else if (in(valued, a) && i + 1 < args.size())
            d->values[a] = args[++i];
        else if (in(valued, a))
            throw UsageError(a + " needs a value");
        else if (!a.starts_with("--") && d->plain.size() < positional)
            d->plain.push_back(a);
        else
            throw UsageError("unexpected argument \"" + a + "\"");
    }
}

CommandOptions::~CommandOptions() = default;

CommandOptions::CommandOptions(const CommandOptions& other)
    : d(std::make_unique<Private>(*other.d))
{
}

CommandOptions& CommandOptions::operator=(const CommandOptions& other)
{
    *d = *other.d;
    return *this;
}

bool CommandOptions::has(const std::string& name) const
{
    return d->values.count(name) > 0 || d->repeated.count(name) > 0;
}

std::vector<std::string> CommandOptions::values(const std::string& name) const
{
    const auto it = d->repeated.find(name);
    return it == d->repeated.end() ? std::vector<std::string>() : it->second;
}

std::optional<std::string> CommandOptions::value(const std::string& name) const
{
    const auto it = d->values.find(name);
    return it == d->values.end() ? std::nullopt : std::optional(it->second);
}

const std::vector<std::string>& CommandOptions::plain() const
{
    return d->plain;
}

std::string CommandOptions::required(const std::string& name) const
{
    const auto v = value(name);
    if (!v)
        throw UsageError(name + " is required");
    return *v;
}

std::optional<std::int64_t> CommandOptions::id(const std::string& name) const
{
    const auto v = value(name);
    return v ? std::optional(parseId(name, *v)) : std::nullopt;
}

std::optional<Date> CommandOptions::date(const std::string& name) const
{
    const auto v = value(name);
    return v ? std::optional(parseDate(name, *v)) : std::nullopt;
}

std::int64_t parseId(std::string_view what, std::string_view text)
{
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || n <= 0)
        throw UsageError(std::string(what) + ": \"" + std::string(text)
                         + "\" is not an id (a whole number)");
    return n;
}

Date parseDate(std::string_view what, std::string_view text)
{
    const auto d = Date::tryFromIso(text);
    if (!d)
        throw UsageError(std::string(what) + ": \"" + std::string(text)
                         + "\" is not a date (YYYY-MM-DD)");
    return *d;
}

} // namespace contingent::sdk
