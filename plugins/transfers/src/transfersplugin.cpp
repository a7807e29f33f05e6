// The transfers plugin's entry point: transfer orders (Police Act, Art. 77),
// their checks, commands, page, Home card, facts about a tour, and demo orders.

#include "demoorders.h"
#include "transfercommands.h"
#include "transferdocument.h"
#include "transferorders.h"
#include "transfersbackend.h"

#include <QCoreApplication>
#include <contingent/sdk/plugin.h>

namespace contingent::transfers {

class TransfersPlugin final : public sdk::Plugin {
public:
    std::vector<sdk::Migration> migrations() const override { return transfers::migrations(); }

    void start(sdk::Context& context) override
    {
        m_backend = std::make_unique<TransfersBackend>(context);
        const auto qml = [](const char* file) {
            return QUrl(QStringLiteral("qrc:/contingent/transfers/") + QLatin1String(file));
        };
        const auto said = [](const char* text) {
            return QCoreApplication::translate("contingent::transfers", text).toStdString();
        };
        context.addPage({"orders",
                         said(QT_TRANSLATE_NOOP("contingent::transfers", "Transfer orders")),
                         "transfer",
                         qml("TransfersPage.qml"),
                         m_backend.get(),
                         {},
                         25});
        context.addPage({"mine",
                         said(QT_TRANSLATE_NOOP("contingent::transfers", "My transfer orders")),
                         "transfer",
                         qml("MyOrdersPage.qml"),
                         m_backend.get(),
                         {sdk::Role::Officer},
                         12});
        context.addCard(
            {"due",
             said(QT_TRANSLATE_NOOP("contingent::transfers", "Transfer orders to hand over")),
             qml("DueCard.qml"),
             m_backend.get(),
             {},
             25,
             "orders"});
        for (sdk::CheckDefinition& check : transferChecks())
            context.addCheck(std::move(check));
        context.addCommand(
            {"transfers",
             "transfer orders (Police Act, Art. 77)",
             kTransfersUsage,
             runTransfersCommand,
             {sdk::Role::Admin, sdk::Role::Planner, sdk::Role::Viewer, sdk::Role::Officer}});
        context.addDemoGenerator({{}, [](sdk::Context& c, const sdk::DemoRequest& request) {
                                      generateDemoOrders(c, request.seed);
                                  }});
        context.addFactSection(
            {"orders", said(QT_TRANSLATE_NOOP("contingent::transfers", "Transfer orders")), 20,
             [&context](sdk::DeploymentId tour) { return orderFacts(context, tour); }});
    }

    void stop() override { m_backend.reset(); }

private:
    std::unique_ptr<TransfersBackend> m_backend;
};

} // namespace contingent::transfers

CONTINGENT_PLUGIN(contingent::transfers::TransfersPlugin)
