#include "contingent/sdk/facts.h"

#include "contingent/sdk/error.h"

#include <algorithm>
#include <tuple>

namespace contingent::sdk {

struct FactRegistry::Private {
    struct Entry {
        std::string plugin;
        FactSection section;
    };
    std::vector<Entry> entries;
};

FactRegistry::FactRegistry()
    : d(std::make_unique<Private>())
{
}

FactRegistry::~FactRegistry() = default;

void FactRegistry::add(const std::string& plugin, FactSection section)
{
    if (section.id.empty())
        throw InputError("a fact section from " + plugin + " has no id");
    if (!section.read)
        throw InputError("fact section \"" + section.id + "\" from " + plugin
                         + " has no read function");
    for (const auto& e : d->entries)
        if (e.plugin == plugin && e.section.id == section.id)
            throw InputError("fact section \"" + section.id + "\" is registered twice by "
                             + plugin);
    d->entries.push_back({plugin, std::move(section)});
    std::stable_sort(d->entries.begin(), d->entries.end(), [](const auto& a, const auto& b) {
        return std::tie(a.section.order, a.plugin, a.section.id)
               < std::tie(b.section.order, b.plugin, b.section.id);
    });
}

void FactRegistry::removePlugin(const std::string& plugin)
{
    std::erase_if(d->entries, [&](const auto& e) { return e.plugin == plugin; });
}

std::vector<FactSheet> FactRegistry::sheets(DeploymentId deploymentId) const
{
    std::vector<FactSheet> out;
    for (const auto& e : d->entries) {
        FactSheet sheet{e.plugin, e.section.id, e.section.title, {}, {}};
        try {
            sheet.lines = e.section.read(deploymentId);
        } catch (const std::exception& ex) {
            sheet.error = ex.what();
        } catch (...) {
            sheet.error = "an exception that is not a std::exception";
        }
        out.push_back(std::move(sheet));
    }
    return out;
}

std::size_t FactRegistry::size() const
{
    return d->entries.size();
}

} // namespace contingent::sdk
