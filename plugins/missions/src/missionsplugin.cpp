// The missions plugin's entry point: the catalogue, checks, commands and demo tours.

#include "catalogue.h"
#include "demotours.h"
#include "missionchecks.h"
#include "missioncommands.h"
#include "missionrecords.h"
#include "missionsbackend.h"

#include <QCoreApplication>
#include <contingent/sdk/plugin.h>

namespace contingent::missions {

class MissionsPlugin final : public sdk::Plugin {
public:
    std::vector<sdk::Migration> migrations() const override { return missions::migrations(); }

    void start(sdk::Context& context) override
    {
        seedBuiltInCatalogue(context);
        m_backend = std::make_unique<MissionsBackend>(context);
        const auto qml = [](const char* file) {
            return QUrl(QStringLiteral("qrc:/contingent/missions/") + QLatin1String(file));
        };
        context.addPage(
            {"missions",
             QCoreApplication::translate("contingent::missions", "Missions").toStdString(),
             "globe",
             qml("MissionsPage.qml"),
             m_backend.get(),
             {},
             20});
        context.addPage(
            {"timeline",
             QCoreApplication::translate("contingent::missions", "Officer timeline").toStdString(),
             "calendar",
             qml("OfficerTimelinePage.qml"),
             m_backend.get(),
             {},
             21});
        context.addPage(
            {"statistics",
             QCoreApplication::translate("contingent::missions", "Statistics").toStdString(),
             "chart",
             qml("StatisticsPage.qml"),
             m_backend.get(),
             {},
             22});
        context.addPage(
            {"mine",
             QCoreApplication::translate("contingent::missions", "My missions").toStdString(),
             "globe",
             qml("MyMissionsPage.qml"),
             m_backend.get(),
             {sdk::Role::Officer},
             11});
        context.addCard(
            {"abroad",
             QCoreApplication::translate("contingent::missions", "Abroad today").toStdString(),
             qml("AbroadCard.qml"),
             m_backend.get(),
             {},
             20,
             "missions"});
        // An officer's own Home: the tour they are on, or the next.
        context.addCard(
            {"next",
             QCoreApplication::translate("contingent::missions", "My next tour").toStdString(),
             qml("NextTourCard.qml"),
             m_backend.get(),
             {sdk::Role::Officer},
             11,
             "mine"});
        for (sdk::CheckDefinition& check : missionChecks(context))
            context.addCheck(std::move(check));
        context.addCommand(
            {"missions",
             "the mission catalogue, tours, statistics and statements of service",
             kMissionsUsage,
             runMissionsCommand,
             {sdk::Role::Admin, sdk::Role::Planner, sdk::Role::Viewer, sdk::Role::Officer}});
        context.addDemoGenerator(
            {{{"tours", "fictional tours across the real missions since 1997", 400}},
             [](sdk::Context& c, const sdk::DemoRequest& request) {
                 generateDemoTours(c, request.seed, request.size("tours", 400));
             }});
        // The tour's mission and its Art. 80 facts, for any plugin that shows a tour.
        context.addFactSection(
            {"tour", QCoreApplication::translate("contingent::missions", "Tour").toStdString(), 10,
             [&context](sdk::DeploymentId deploymentId) {
                 return tourFacts(context, deploymentId);
             }});
    }

    void stop() override { m_backend.reset(); }

private:
    std::unique_ptr<MissionsBackend> m_backend;
};

} // namespace contingent::missions

CONTINGENT_PLUGIN(contingent::missions::MissionsPlugin)
