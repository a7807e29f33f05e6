// The missions plugin's entry point: the catalogue, checks, commands and demo tours.

#include "catalogue.h"
#include "demotours.h"
#include "missionchecks.h"
#include "missioncommands.h"
#include "missionrecords.h"
#include "missionsbackend.h"

#include <contingent/sdk/plugin.h>

namespace contingent::missions {

class MissionsPlugin final : public sdk::Plugin {
public:
    std::vector<sdk::Migration> migrations() const override { return missions::migrations(); }

    void start(sdk::Context& context) override
    {
        m_context = &context;
        seedCatalogue(context, builtInCatalogue());
        m_backend = std::make_unique<MissionsBackend>(context);
    }

    void stop() override { m_backend.reset(); }

    std::vector<sdk::Page> pages() override
    {
        const auto qml = [](const char* file) {
            return QUrl(QStringLiteral("qrc:/contingent/missions/") + QLatin1String(file));
        };
        return {{"missions",
                 QObject::tr("Missions").toStdString(),
                 "globe",
                 qml("MissionsPage.qml"),
                 m_backend.get(),
                 {},
                 20},
                {"timeline",
                 QObject::tr("Officer timeline").toStdString(),
                 "calendar",
                 qml("OfficerTimelinePage.qml"),
                 m_backend.get(),
                 {},
                 21},
                {"statistics",
                 QObject::tr("Statistics").toStdString(),
                 "chart",
                 qml("StatisticsPage.qml"),
                 m_backend.get(),
                 {},
                 22},
                {"mine",
                 QObject::tr("My missions").toStdString(),
                 "globe",
                 qml("MyMissionsPage.qml"),
                 m_backend.get(),
                 {sdk::Role::Officer},
                 11}};
    }

    std::vector<sdk::Card> cards() override
    {
        return {{"abroad",
                 QObject::tr("Abroad today").toStdString(),
                 QUrl(QStringLiteral("qrc:/contingent/missions/AbroadCard.qml")),
                 m_backend.get(),
                 {},
                 20,
                 "missions"}};
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
    std::unique_ptr<MissionsBackend> m_backend;
};

} // namespace contingent::missions

CONTINGENT_PLUGIN(contingent::missions::MissionsPlugin)
