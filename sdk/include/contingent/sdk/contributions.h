#pragma once
/// @file contributions.h
/// What a plugin registers in start() through its Context: pages, cards,
/// checks, commands, demo generators and deployment fact sections. The host
/// takes them only once start() returned: a plugin refused on the way leaves
/// nothing behind.

#include "contingent/sdk/checks.h"
#include "contingent/sdk/command.h"
#include "contingent/sdk/demo.h"
#include "contingent/sdk/facts.h"
#include "contingent/sdk/page.h"
#include "contingent/sdk/statusgate.h"

#include <memory>
#include <functional>
#include <vector>

namespace contingent::sdk {

class Context;

/// Writes fictional data for `contingent demo`; the host runs every plugin's
/// generator in start order, inside one transaction, with one seed.
struct DemoGenerator {
    std::vector<DemoSize> sizes; ///< the `--<name> N` options it understands
    std::function<void(Context&, const DemoRequest&)> generate;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// Everything one plugin registered, in registration order.
struct Contributions {
    std::vector<Page> pages;
    std::vector<Card> cards;
    std::vector<CheckDefinition> checks;
    std::vector<Command> commands;
    std::vector<DemoGenerator> demoGenerators;
    std::vector<FactSection> factSections;
    std::vector<StatusTransition> ownedTransitions;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

} // namespace contingent::sdk
