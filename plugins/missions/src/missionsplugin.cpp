// The missions plugin's entry point: the catalogue, checks, commands and demo tours.

#include "catalogue.h"
#include "demotours.h"
#include "missionchecks.h"
#include "missioncommands.h"
#include "missionrecords.h"

#include <contingent/sdk/plugin.h>

namespace contingent::missions {

class MissionsPlugin final : public sdk::Plugin {
public:
    std::vector<sdk::Migration> migrations() const override { return missions::migrations(); }

    void start(sdk::Context& context) override
    {
        m_context = &context;
        seedCatalogue(context, builtInCatalogue());
    }

    std::vector<sdk::CheckDefinition> checks() override { return missionChecks(*m_context); }

    std::vector<sdk::Command> commands() override
    {
        return {{"missions",
                 "the mission catalogue, tours, statistics and statements of service",
                 kMissionsUsage,
                 runMissionsCommand,
                 {sdk::Role::Admin, sdk::Role::Planner, sdk::Role::Viewer, sdk::Role::Officer}}};
    }

    std::vector<sdk::DemoSize> demoSizes() const override
    {
        return {{"tours", "fictional tours across the real missions since 1997", 400}};
    }

    void generateDemo(sdk::Context& context, const sdk::DemoRequest& request) override
    {
        generateDemoTours(context, request.seed, request.size("tours", 400));
    }

private:
    sdk::Context* m_context = nullptr;
};

} // namespace contingent::missions

CONTINGENT_PLUGIN(contingent::missions::MissionsPlugin)
