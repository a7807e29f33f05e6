#include "transfercommands.h"

#include "transferdocument.h"
#include "transferfile.h"
#include "transferorders.h"

#include <contingent/sdk/repositories.h>
#include <contingent/sdk/context.h>
#include <contingent/sdk/tables.h>
#include <contingent/sdk/transaction.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <iomanip>

namespace contingent::transfers {

const char* const kTransfersUsage =
    "Usage: contingent transfers add --deployment ID --first YYYY-MM-DD --last YYYY-MM-DD\n"
    "                                [--number TEXT] [--handed YYYY-MM-DD]\n"
    "       contingent transfers hand-over ORDER --date YYYY-MM-DD\n"
    "       contingent transfers list [--deployment ID] [--json]\n"
    "       contingent transfers split --deployment ID [--apply] [--json]\n"
    "       contingent transfers pdf ORDER --out FILE.pdf\n"
    "       contingent transfers import FILE [--format csv|xlsx|json] [--sheet NAME]\n"
    "       contingent transfers export --format csv|csv-excel|xlsx|json [--out FILE]\n"
    "       contingent transfers rules [--json]\n"
    "       contingent transfers rules set --from YYYY-MM-DD --months N --notice DAYS\n"
    "  add        a transfer order for a tour (ID from `contingent missions tours`);\n"
    "             prints the new order's id\n"
    "  hand-over  record the day the order was handed to the officer (Art. 77(3))\n"
    "  list       the orders, with each one's hand-over deadline (an officer: their own)\n"
    "  split      consecutive orders within the limit that cover the tour's uncovered\n"
    "             days (Art. 77(1)-(2)), with their deadlines; --apply adds them\n"
    "  pdf        the order as a document for the officer (an officer: their own)\n"
    "  import     add or update orders from a file (all rows or none)\n"
    "  export     every order, to standard output or FILE\n"
    "  rules      the limits of Art. 77 in force from each day; admins set new ones";

namespace {

using sdk::UsageError;
using Options = sdk::CommandOptions;

std::int64_t number(const std::string& option, const std::string& text)
{
    return sdk::parseId(option, text);
}

int wholeDays(const std::string& option, const std::string& text)
{
    int n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || n < 0)
        throw UsageError(option + ": \"" + text + "\" is not a number of days");
    return n;
}

/// The order, when the user may see it (an officer: only an order of their own tours).
TransferOrder visibleOrder(sdk::Context& context, std::int64_t id)
{
    const auto order = OrderBook(context).find(id);
    const sdk::CurrentUser& user = context.user();
    const bool own =
        order
        && (user.role != sdk::Role::Officer
            || (user.officerId
                && context.deployments().get(order->deployment).officerId == *user.officerId));
    if (!own)
        throw sdk::InputError("there is no transfer order with id " + std::to_string(id));
    return *order;
}

QJsonObject json(const TransferOrder& o, sdk::Date deadline)
{
    return {{"id", qint64(o.id)},
            {"deployment", qint64(o.deployment.value())},
            {"number", QString::fromStdString(o.number)},
            {"first_day", QString::fromStdString(o.period.first().toIso())},
            {"last_day", QString::fromStdString(o.period.last().toIso())},
            {"handed_on",
             o.handedOn ? QJsonValue(QString::fromStdString(o.handedOn->toIso())) : QJsonValue()},
            {"hand_over_by", QString::fromStdString(deadline.toIso())},
            {"signed_by", QString::fromStdString(o.signedBy)},
            {"legal_basis", QString::fromStdString(o.legalBasis)}};
}

int add(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {"--deployment", "--first", "--last", "--number", "--handed"});
    TransferOrder order;
    order.deployment = sdk::DeploymentId(number("--deployment", o.required("--deployment")));
    const sdk::Date first = sdk::parseDate("--first", o.required("--first"));
    const sdk::Date last = sdk::parseDate("--last", o.required("--last"));
    if (last < first)
        throw sdk::InputError("--last: " + last.toIso() + " comes before --first " + first.toIso());
    order.period = sdk::Period(first, last);
    order.number = o.value("--number").value_or("");
    if (const auto handed = o.value("--handed"))
        order.handedOn = sdk::parseDate("--handed", *handed);
    order.signedBy = call.context.settings().value("signed_by", order.signedBy);
    call.out << OrderBook(call.context).add(order) << "\n";
    return 0;
}

int handOver(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {"--date"}, 1);
    if (o.plain().empty())
        throw UsageError("hand-over needs the ORDER id");
    const std::int64_t id = number("ORDER", o.plain().front());
    const sdk::Date date = sdk::parseDate("--date", o.required("--date"));
    OrderBook(call.context).handOver(id, date);
    const TransferOrder order = *OrderBook(call.context).find(id);
    const int notice = ruleSetOn(ruleSets(call.context.store()), order.period.first()).noticeDays;
    const sdk::Date deadline = handOverDeadline(order.period.first(), notice);
    call.out << "Order " << id << " handed over on " << date.toIso()
             << (date > deadline ? ", after its deadline " + deadline.toIso()
                                       + " (Police Act, Art. 77(3)): recorded, and reported by "
                                         "`contingent check`"
                                 : "")
             << ".\n";
    return 0;
}

int list(sdk::CommandInvocation& call)
{
    const Options o(call.args, {"--json"}, {"--deployment"});
    OrderBook book(call.context);
    const sdk::CurrentUser& user = call.context.user();
    std::vector<TransferOrder> orders;
    if (const auto tour = o.value("--deployment"))
        orders = book.forTour(sdk::DeploymentId(number("--deployment", *tour)));
    else if (user.role == sdk::Role::Officer)
        orders = user.officerId ? book.forOfficer(*user.officerId) : orders;
    else
        orders = book.all();
    // forOfficer() holds only an officer's own; a tour asked by id is checked once.
    if (user.role == sdk::Role::Officer && o.has("--deployment") && !orders.empty()
        && (!user.officerId
            || call.context.deployments().get(orders.front().deployment).officerId
                   != *user.officerId))
        orders.clear();
    const auto sets = ruleSets(call.context.store());
    QJsonArray rows;
    for (const TransferOrder& t : orders) {
        const sdk::Date deadline =
            handOverDeadline(t.period.first(), ruleSetOn(sets, t.period.first()).noticeDays);
        if (o.has("--json")) {
            rows.append(json(t, deadline));
            continue;
        }
        call.out << std::right << std::setw(6) << t.id << "  tour " << std::left << std::setw(7)
                 << t.deployment.value() << t.period.toString() << "  "
                 << (t.handedOn ? "handed over " + t.handedOn->toIso()
                                : "to hand over by " + deadline.toIso())
                 << (t.number.empty() ? "" : "  " + t.number) << "\n";
    }
    if (o.has("--json"))
        call.out << QJsonDocument(rows).toJson().toStdString();
    else
        call.out << orders.size() << " order(s)\n";
    return 0;
}

int split(sdk::CommandInvocation& call)
{
    const Options o(call.args, {"--apply", "--json"}, {"--deployment"});
    const sdk::DeploymentId tour(number("--deployment", o.required("--deployment")));
    std::vector<TransferOrder> proposal = proposeSplit(call.context, tour);
    const auto sets = ruleSets(call.context.store());
    if (o.has("--apply") && !proposal.empty()) {
        sdk::WriteScope scope(call.context.store());
        const std::string signer =
            call.context.settings().value("signed_by", TransferOrder().signedBy);
        for (TransferOrder& t : proposal) {
            t.signedBy = signer;
            t.id = OrderBook(call.context).add(t);
        }
        scope.commit();
    }
    QJsonArray rows;
    for (const TransferOrder& t : proposal) {
        const sdk::Date deadline =
            handOverDeadline(t.period.first(), ruleSetOn(sets, t.period.first()).noticeDays);
        if (o.has("--json"))
            rows.append(json(t, deadline));
        else
            call.out << (o.has("--apply") ? "added order " + std::to_string(t.id) + ": "
                                          : std::string("proposed: "))
                     << t.period.toString() << ", to hand over by " << deadline.toIso() << "\n";
    }
    if (o.has("--json"))
        call.out << QJsonDocument(rows).toJson().toStdString();
    else if (proposal.empty())
        call.out << "Every day of the tour has an order.\n";
    return 0;
}

int pdf(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {"--out"}, 1);
    if (o.plain().empty())
        throw UsageError("pdf needs the ORDER id");
    const TransferOrder order = visibleOrder(call.context, number("ORDER", o.plain().front()));
    const std::string out = o.required("--out");
    writeOrderPdf(call.context, order.id, QString::fromStdString(out));
    sdk::recordExport(call.context.audit(), "the transfer order", "pdf", out, "transfers.order",
                      order.id);
    call.out << "Wrote order " << order.id << " to " << out << "\n";
    return 0;
}

int importFile(sdk::CommandInvocation& call)
{
    return sdk::runImportVerb(
        call, "order(s)",
        [&call](const QByteArray& bytes, sdk::FileFormat format, std::string_view sheet) {
            return importOrders(call.context, bytes, format, sheet);
        });
}

int exportFile(sdk::CommandInvocation& call)
{
    return sdk::runStreamedExportVerb(
        call, "the transfer orders",
        [&call](QIODevice& out, sdk::FileFormat format, std::string_view dateFormat) {
            exportOrders(out, call.context, format, dateFormat);
        });
}

int rules(sdk::CommandInvocation& call)
{
    if (call.args.size() > 1 && call.args[1] == "set") {
        const Options o(call.args, {}, {"--from", "--months", "--notice"}, 0, 2);
        const RuleSet set{sdk::parseDate("--from", o.required("--from")),
                          int(number("--months", o.required("--months"))),
                          wholeDays("--notice", o.required("--notice"))};
        saveRuleSet(call.context, set);
        call.out << "From " << set.validFrom.toIso() << ": at most " << set.maxMonths
                 << " months an order, handed over at least " << set.noticeDays
                 << " days before duty.\n";
        return 0;
    }
    const Options o(call.args, {"--json"}, {});
    QJsonArray rows;
    for (const RuleSet& s : ruleSets(call.context.store())) {
        if (o.has("--json"))
            rows.append(QJsonObject{{"valid_from", QString::fromStdString(s.validFrom.toIso())},
                                    {"max_months", s.maxMonths},
                                    {"notice_days", s.noticeDays}});
        else
            call.out << "from " << s.validFrom.toIso() << ": at most " << s.maxMonths
                     << " months an order (Art. 77(1)-(2)), handed over at least " << s.noticeDays
                     << " days before duty (Art. 77(3))\n";
    }
    if (o.has("--json"))
        call.out << QJsonDocument(rows).toJson().toStdString();
    return 0;
}

} // namespace

int runTransfersCommand(sdk::CommandInvocation& call)
{
    static constexpr sdk::CommandVerb kVerbs[] = {
        {"add", add}, {"hand-over", handOver}, {"list", list},         {"split", split},
        {"pdf", pdf}, {"import", importFile},  {"export", exportFile}, {"rules", rules}};
    return sdk::runVerb(call, "transfers", kTransfersUsage, kVerbs);
}

} // namespace contingent::transfers
