#include "transferfile.h"

#include <contingent/sdk/tables.h>
#include <contingent/sdk/transaction.h>

#include <QBuffer>

#include <charconv>
#include <functional>

namespace contingent::transfers {

namespace {

const std::vector<sdk::TableColumn>& orderTable()
{
    static const std::vector<sdk::TableColumn> columns{
        {"tour", sdk::CellType::Integer},    {"number", sdk::CellType::Text},
        {"first_day", sdk::CellType::Date},  {"last_day", sdk::CellType::Date},
        {"handed_on", sdk::CellType::Date},  {"signed_by", sdk::CellType::Text},
        {"legal_basis", sdk::CellType::Text}};
    return columns;
}

/// One row's fields as an order, or the problems with them.
std::optional<TransferOrder> parseRow(int line, const std::vector<std::string>& f,
                                      const std::string& defaultSigner,
                                      std::vector<sdk::ImportProblem>& problems)
{
    const std::size_t before = problems.size();
    TransferOrder o;
    std::int64_t tour = 0;
    const auto [end, ec] = std::from_chars(f[0].data(), f[0].data() + f[0].size(), tour);
    if (f[0].empty() || ec != std::errc() || end != f[0].data() + f[0].size() || tour <= 0)
        problems.push_back({line, "tour", sdk::quoted(f[0]) + " is not a tour id"});
    o.deployment = sdk::DeploymentId(tour);
    o.number = f[1];
    const auto day = [&](std::size_t i, const char* column, bool required) {
        if (f[i].empty()) {
            if (required)
                problems.push_back({line, column, "is required (YYYY-MM-DD)"});
            return std::optional<sdk::Date>();
        }
        const auto d = sdk::Date::tryFromIso(f[i]);
        if (!d)
            problems.push_back({line, column, sdk::quoted(f[i]) + " is not a date (YYYY-MM-DD)"});
        return d;
    };
    const auto first = day(2, "first_day", true);
    const auto last = day(3, "last_day", true);
    o.handedOn = day(4, "handed_on", false);
    if (first && last && *last < *first)
        problems.push_back({line, "last_day", "comes before first_day"});
    if (problems.size() != before)
        return std::nullopt;
    o.period = sdk::Period(*first, *last);
    o.signedBy = f[5].empty() ? defaultSigner : f[5];
    if (!f[6].empty())
        o.legalBasis = f[6];
    return o;
}

} // namespace

sdk::ImportReport importOrders(sdk::Context& context, const QByteArray& bytes,
                               sdk::FileFormat format, std::string_view sheet)
{
    sdk::ImportReport report;
    report.format = format;
    std::vector<std::pair<int, std::vector<std::string>>> rows;
    sdk::readTableRows(
        bytes, format, orderTable(), report,
        [&](sdk::CsvRecord& r, std::size_t) {
            rows.push_back({r.firstLine, std::move(r.fields)});
        },
        sheet);
    if (!sdk::canEdit(context.user().role))
        report.problems.push_back({0, "",
                                   "a " + std::string(sdk::toString(context.user().role))
                                       + " may not import transfer orders"});
    if (!report.ok())
        return report;

    const std::string signer = context.settings().value("signed_by", TransferOrder().signedBy);
    sdk::WriteScope scope(context.store());
    OrderBook book(context);
    for (const auto& [line, fields] : rows) {
        auto order = parseRow(line, fields, signer, report.problems);
        if (!order)
            continue;
        try {
            std::optional<TransferOrder> stored;
            for (const TransferOrder& o : book.forTour(order->deployment))
                if (o.period.first() == order->period.first())
                    stored = o;
            if (stored) {
                order->id = stored->id;
                book.update(*order);
                ++report.updated;
            } else {
                book.add(*order);
                ++report.added;
            }
        } catch (const sdk::InputError& e) {
            report.problems.push_back(sdk::problemFromRefusal(line, e.what()));
        }
    }
    sdk::sortProblems(report.problems);
    if (report.ok())
        scope.commit();
    else
        report.added = report.updated = 0; // rolled back
    return report;
}

void exportOrders(QIODevice& out, sdk::Context& context, sdk::FileFormat format,
                  std::string_view dateFormat)
{
    const sdk::CurrentUser& user = context.user();
    const bool officer = user.role == sdk::Role::Officer;
    sdk::writeTable(
        out, format, "Transfer orders", orderTable(),
        [&](const std::function<void(const std::vector<std::string>&)>& each) {
            if (officer && !user.officerId)
                return; // an officer's login without an officer: nothing of theirs
            OrderBook(context).forEach(
                officer ? user.officerId : std::nullopt, [&each](const TransferOrder& o) {
                    each({std::to_string(o.deployment.value()), o.number, o.period.first().toIso(),
                          o.period.last().toIso(), o.handedOn ? o.handedOn->toIso() : "",
                          o.signedBy, o.legalBasis});
                });
        },
        dateFormat);
}

QByteArray exportOrders(sdk::Context& context, sdk::FileFormat format, std::string_view dateFormat)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    exportOrders(buffer, context, format, dateFormat);
    return bytes;
}

} // namespace contingent::transfers
