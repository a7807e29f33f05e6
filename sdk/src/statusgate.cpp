#include "contingent/sdk/statusgate.h"

#include "contingent/sdk/error.h"

#include <algorithm>
#include <utility>

namespace contingent::sdk {

namespace {

constexpr DeploymentStatus kChain[] = {DeploymentStatus::Planned, DeploymentStatus::Proposed,
                                       DeploymentStatus::Approved, DeploymentStatus::Active,
                                       DeploymentStatus::Completed};

int placeOf(DeploymentStatus status)
{
    const auto it = std::find(std::begin(kChain), std::end(kChain), status);
    return it == std::end(kChain) ? -1 : int(it - std::begin(kChain));
}

} // namespace

bool isAllowedTransition(DeploymentStatus from, DeploymentStatus to)
{
    if (to == DeploymentStatus::Cancelled)
        return from != DeploymentStatus::Cancelled;
    const int a = placeOf(from), b = placeOf(to);
    return a >= 0 && b == a + 1;
}

std::vector<StatusTransition> transitionPath(DeploymentStatus from, DeploymentStatus to)
{
    if (to == DeploymentStatus::Cancelled)
        return from == DeploymentStatus::Cancelled ? std::vector<StatusTransition>{}
                                                   : std::vector<StatusTransition>{{from, to}};
    std::vector<StatusTransition> steps;
    const int a = placeOf(from), b = placeOf(to);
    if (a < 0 || b <= a)
        return steps;
    for (int i = a; i < b; ++i)
        steps.push_back({kChain[i], kChain[i + 1]});
    return steps;
}

struct StatusGate::Private {
    std::vector<std::pair<StatusTransition, std::string>> owners;
};

StatusGate::StatusGate()
    : d(std::make_unique<Private>())
{
}

StatusGate::~StatusGate() = default;

void StatusGate::own(const std::string& plugin, StatusTransition step)
{
    const std::string name =
        std::string(toString(step.from)) + " -> " + std::string(toString(step.to));
    if (!isAllowedTransition(step.from, step.to) || step.to == DeploymentStatus::Cancelled)
        throw InputError("the status step " + name
                         + " cannot be owned: only the steps forward (planned -> proposed -> "
                           "approved -> active -> completed) can");
    if (const auto owner = ownerOf(step))
        throw InputError("the status step " + name + " is owned by " + *owner + " already");
    d->owners.emplace_back(step, plugin);
}

std::optional<std::string> StatusGate::ownerOf(StatusTransition step) const
{
    for (const auto& [owned, plugin] : d->owners)
        if (owned.from == step.from && owned.to == step.to)
            return plugin;
    return std::nullopt;
}

void StatusGate::removePlugin(const std::string& plugin)
{
    std::erase_if(d->owners, [&](const auto& o) { return o.second == plugin; });
}

} // namespace contingent::sdk
