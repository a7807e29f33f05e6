// The insurance plugin's entry point: policies and the cover of high-risk
// tours (Police Act, Art. 89), the exposure and the calculators (Art. 90, 91),
// the check, commands, pages, Home card, facts about a tour, and demo policies.

#include "cover.h"
#include "demopolicies.h"
#include "insurancebackend.h"
#include "insurancecommands.h"
#include "policies.h"

#include <QCoreApplication>
#include <contingent/sdk/plugin.h>

namespace contingent::insurance {

class InsurancePlugin final : public sdk::Plugin {
public:
    std::vector<sdk::Migration> migrations() const override { return insurance::migrations(); }

    void start(sdk::Context& context) override
    {
        m_backend = std::make_unique<InsuranceBackend>(context);
        const auto qml = [](const char* file) {
            return QUrl(QStringLiteral("qrc:/contingent/insurance/") + QLatin1String(file));
        };
        const auto said = [](const char* text) {
            return QCoreApplication::translate("contingent::insurance", text).toStdString();
        };
        context.addPage({"policies",
                         said(QT_TRANSLATE_NOOP("contingent::insurance", "Insurance")),
                         "shield",
                         qml("InsurancePage.qml"),
                         m_backend.get(),
                         {},
                         30});
        context.addPage({"mine",
                         said(QT_TRANSLATE_NOOP("contingent::insurance", "My insurance cover")),
                         "shield",
                         qml("MyCoverPage.qml"),
                         m_backend.get(),
                         {sdk::Role::Officer},
                         14});
        context.addCard(
            {"uncovered",
             said(QT_TRANSLATE_NOOP("contingent::insurance", "High-risk tours without cover")),
             qml("UncoveredCard.qml"),
             m_backend.get(),
             {},
             30,
             "policies"});
        for (sdk::CheckDefinition& check : insuranceChecks())
            context.addCheck(std::move(check));
        context.addCommand(
            {"insurance",
             "insurance of high-risk tours, exposure and compensation (Police Act, Art. 89-91)",
             kInsuranceUsage,
             runInsuranceCommand,
             {sdk::Role::Admin, sdk::Role::Planner, sdk::Role::Viewer, sdk::Role::Officer}});
        context.addDemoGenerator({{}, [](sdk::Context& c, const sdk::DemoRequest& request) {
                                      generateDemoPolicies(c, request.seed);
                                  }});
        context.addFactSection(
            {"cover", said(QT_TRANSLATE_NOOP("contingent::insurance", "Insurance cover")), 30,
             [&context](sdk::DeploymentId tour) { return coverFacts(context, tour); }});
    }

    void stop() override { m_backend.reset(); }

private:
    std::unique_ptr<InsuranceBackend> m_backend;
};

} // namespace contingent::insurance

CONTINGENT_PLUGIN(contingent::insurance::InsurancePlugin)
