// The expenses plugin's entry point: what tours will cost and did cost
// (Police Act, Art. 79 and 93): rates, forecasts, claims, reports, the pages,
// the Home card, the "Costs" fact about a tour, and demo claims.

#include "costfacts.h"
#include "demoexpenses.h"
#include "expensesbackend.h"
#include "expensescommands.h"
#include "rates.h"
#include "schema.h"

#include <QCoreApplication>
#include <contingent/sdk/plugin.h>

namespace contingent::expenses {

class ExpensesPlugin final : public sdk::Plugin {
public:
    std::vector<sdk::Migration> migrations() const override { return expenses::migrations(); }

    void start(sdk::Context& context) override
    {
        seedShippedRates(context);
        m_backend = std::make_unique<ExpensesBackend>(context);
        const auto qml = [](const char* file) {
            return QUrl(QStringLiteral("qrc:/contingent/expenses/") + QLatin1String(file));
        };
        const auto said = [](const char* text) {
            return QCoreApplication::translate("contingent::expenses", text).toStdString();
        };
        context.addPage({"expenses",
                         said(QT_TRANSLATE_NOOP("contingent::expenses", "Expenses")),
                         "money",
                         qml("ExpensesPage.qml"),
                         m_backend.get(),
                         {sdk::Role::Admin, sdk::Role::Planner, sdk::Role::Viewer},
                         40});
        context.addPage({"mine",
                         said(QT_TRANSLATE_NOOP("contingent::expenses", "My expenses")),
                         "money",
                         qml("MyExpensesPage.qml"),
                         m_backend.get(),
                         {sdk::Role::Officer},
                         16});
        context.addCard({"year",
                         said(QT_TRANSLATE_NOOP("contingent::expenses", "Expenses this year")),
                         qml("ExpensesCard.qml"),
                         m_backend.get(),
                         {sdk::Role::Admin, sdk::Role::Planner, sdk::Role::Viewer},
                         40,
                         "expenses"});
        context.addCommand(
            {"expenses",
             "what tours will cost and did cost: forecasts, rates, claims, reports (Police Act, "
             "Art. 79, 93)",
             kExpensesUsage,
             runExpensesCommand,
             {sdk::Role::Admin, sdk::Role::Planner, sdk::Role::Viewer, sdk::Role::Officer}});
        context.addDemoGenerator({{}, [](sdk::Context& c, const sdk::DemoRequest& request) {
                                      generateDemoExpenses(c, request.seed);
                                  }});
        context.addFactSection(
            {"costs", said(QT_TRANSLATE_NOOP("contingent::expenses", "Costs")), 20,
             [&context](sdk::DeploymentId tour) { return costFacts(context, tour); }});
    }

    void stop() override { m_backend.reset(); }

private:
    std::unique_ptr<ExpensesBackend> m_backend;
};

} // namespace contingent::expenses

CONTINGENT_PLUGIN(contingent::expenses::ExpensesPlugin)
