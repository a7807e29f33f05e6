// The approvals plugin's entry point (Police Act, Art. 19): proposals from the
// planner's draft to the Government's decision. It owns the status gate's
// proposed -> approved step, so nothing else approves a tour while it is
// loaded; it adds the decision-deadline rule, commands, pages, the Home card,
// the "Government decision" fact of a tour, and demo proposals.

#include "approvalcommands.h"
#include "approvalsbackend.h"
#include "demoapprovals.h"
#include "proposals.h"

#include <QCoreApplication>
#include <contingent/sdk/plugin.h>

namespace contingent::approvals {

class ApprovalsPlugin final : public sdk::Plugin {
public:
    std::vector<sdk::Migration> migrations() const override { return approvals::migrations(); }

    void start(sdk::Context& context) override
    {
        context.ownTransition({sdk::DeploymentStatus::Proposed, sdk::DeploymentStatus::Approved});
        m_backend = std::make_unique<ApprovalsBackend>(context);
        const auto qml = [](const char* file) {
            return QUrl(QStringLiteral("qrc:/contingent/approvals/") + QLatin1String(file));
        };
        const auto said = [](const char* text) {
            return QCoreApplication::translate("contingent::approvals", text).toStdString();
        };
        context.addPage({"proposals",
                         said(QT_TRANSLATE_NOOP("contingent::approvals", "Approvals")),
                         "approval",
                         qml("ApprovalsPage.qml"),
                         m_backend.get(),
                         {sdk::Role::Admin, sdk::Role::Planner, sdk::Role::Viewer},
                         25});
        context.addPage(
            {"mine",
             said(QT_TRANSLATE_NOOP("contingent::approvals", "My Government decisions")),
             "approval",
             qml("MyDecisionsPage.qml"),
             m_backend.get(),
             {sdk::Role::Officer},
             12});
        context.addCard({"waiting",
                         said(QT_TRANSLATE_NOOP("contingent::approvals", "Waiting for a decision")),
                         qml("ApprovalsCard.qml"),
                         m_backend.get(),
                         {sdk::Role::Admin, sdk::Role::Planner, sdk::Role::Viewer},
                         15,
                         "proposals"});
        context.addCheck(decisionDeadlineCheck());
        context.addCommand(
            {"approvals",
             "proposals to the Minister and the Government's decisions (Police Act, Art. 19)",
             kApprovalsUsage,
             runApprovalsCommand,
             {sdk::Role::Admin, sdk::Role::Planner, sdk::Role::Viewer, sdk::Role::Officer}});
        context.addDemoGenerator({{}, [](sdk::Context& c, const sdk::DemoRequest& request) {
                                      generateDemoProposals(c, request.seed);
                                  }});
        context.addFactSection(
            {"decision", said(QT_TRANSLATE_NOOP("contingent::approvals", "Government decision")),
             15, [&context](sdk::DeploymentId tour) { return decisionFacts(context, tour); }});
    }

    void stop() override { m_backend.reset(); }

private:
    std::unique_ptr<ApprovalsBackend> m_backend;
};

} // namespace contingent::approvals

CONTINGENT_PLUGIN(contingent::approvals::ApprovalsPlugin)
