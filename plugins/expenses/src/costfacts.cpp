#include "costfacts.h"

#include "expenses.h"
#include "forecast.h"

#include <QCoreApplication>

namespace contingent::expenses {

namespace {

std::string said(const char* text)
{
    return QCoreApplication::translate("contingent::expenses", text).toStdString();
}

} // namespace

std::vector<sdk::FactLine> costFacts(sdk::Context& context, sdk::DeploymentId tour)
{
    sdk::Database& db = context.store();
    const std::vector<TourInput> tours = readTours(db, {{tour}, {}, {}, {}});
    if (tours.empty())
        return {};
    const RateTable rates = RateBook(context).table();
    const TourForecast f = Forecaster(rates, readSettings(context)).forecast(tours.front());
    ForecastTotals totals;
    addTo(totals, f);
    std::string parts;
    for (const auto& [category, amount] : totals.byCategory)
        if (amount > sdk::Money())
            parts += (parts.empty() ? "" : ", ") + categoryTitle(category) + " "
                     + amount.format().toStdString();
    std::vector<sdk::FactLine> lines;
    lines.push_back({said(QT_TRANSLATE_NOOP("contingent::expenses", "Forecast (Art. 79, 93)")),
                     totals.total.format().toStdString()
                         + (parts.empty() ? std::string() : " (" + parts + ")")});
    if (tours.front().organisationPays)
        lines.push_back({said(QT_TRANSLATE_NOOP("contingent::expenses", "Daily allowance")),
                         said(QT_TRANSLATE_NOOP("contingent::expenses",
                                                "paid by the mission's organisation"))});
    if (f.missingRates > 0)
        lines.push_back({said(QT_TRANSLATE_NOOP("contingent::expenses", "Missing rates")),
                         std::to_string(f.missingRates) + " "
                             + said(QT_TRANSLATE_NOOP("contingent::expenses",
                                                      "line(s) without a rate count as nothing"))});
    sdk::Statement st(db, "SELECT state, sum(amount_cents), count(*) FROM expenses_claim "
                          "WHERE deployment_id = ? GROUP BY state");
    st.bind(1, tour);
    sdk::Money approved, waiting, paid;
    int count = 0;
    while (st.step()) {
        const std::string state = st.text(0);
        const sdk::Money m = sdk::Money::fromCents(st.int64(1));
        count += st.integer(2);
        if (state == "approved")
            approved += m;
        else if (state == "paid")
            paid += m;
        else if (state == "submitted")
            waiting += m;
    }
    if (count > 0)
        lines.push_back(
            {said(QT_TRANSLATE_NOOP("contingent::expenses", "Claims")),
             QCoreApplication::translate("contingent::expenses", "paid %1, approved %2, waiting %3")
                 .arg(paid.format(), approved.format(), waiting.format())
                 .toStdString()});
    return lines;
}

} // namespace contingent::expenses
