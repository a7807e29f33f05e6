#include "transferdocument.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace contingent::transfers {

namespace {

QString html(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size())).toHtmlEscaped();
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"padding-right: 12px;\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label, value);
}

} // namespace

QString orderHtml(sdk::Context& context, std::int64_t orderId)
{
    const auto order = OrderBook(context).find(orderId);
    if (!order)
        throw sdk::InputError("there is no transfer order with id " + std::to_string(orderId));
    const sdk::Deployment tour = context.deployments().get(order->deployment);
    const sdk::Officer officer = context.officers().get(tour.officerId);
    const sdk::Mission mission = context.missions().get(tour.missionId);
    const RuleSet rules = ruleSetOn(ruleSets(context.store()), order->period.first());
    const sdk::Date deadline = handOverDeadline(order->period.first(), rules.noticeDays);

    QString out =
        QStringLiteral(
            "<html><body style=\"font-family: 'DejaVu Sans'; font-size: 10pt;\">"
            "<h2>Temporary transfer order%1</h2>"
            "<p>Under Article 77 of the Police Act, the %2 temporarily transfers the police "
            "officer named below to service abroad, in the international civilian mission and "
            "for the days below.</p><table>")
            .arg(order->number.empty() ? QString() : " " + html(order->number),
                 html(order->signedBy));
    out += row("Officer", html(officer.givenName + " " + officer.familyName));
    out += row("Service number", html(officer.serviceNumber));
    out += row("Mission", html(mission.code + " (" + mission.name + ")"));
    out += row("Host country", html(mission.hostCountry));
    out += row("First day of duty", html(order->period.first().toIso()));
    out += row("Last day", html(order->period.last().toIso()));
    out += row("Days", QString::number(order->period.lengthInDays()));
    out += row(
        "To be handed over by",
        html(deadline.toIso())
            + QStringLiteral(" (at least %1 days before duty, Art. 77(3))").arg(rules.noticeDays));
    out += row("Handed over", order->handedOn ? html(order->handedOn->toIso()) : "—");
    out += row("Legal basis", html(order->legalBasis));
    out += QStringLiteral("</table>");
    // What the other plugins know about the tour (missions: the position to return to, Art. 80).
    for (const sdk::FactSheet& sheet : context.facts(order->deployment)) {
        if (sheet.plugin == "transfers" || sheet.lines.empty())
            continue;
        out += "<h4>" + html(sheet.title) + "</h4><table>";
        for (const sdk::FactLine& line : sheet.lines)
            out += row(html(line.label), html(line.value));
        out += QStringLiteral("</table>");
    }
    out +=
        QStringLiteral(
            "<p>The order is final (Article 77(3) of the Police Act). For the time of the transfer "
            "the officer is entitled to the reimbursement of travel costs, or of the costs of "
            "separated living and moving, under Article 79 of the Police Act. On return the "
            "officer takes up the position stated above (Article 80).</p>"
            "<p style=\"margin-top: 36px;\">%1<br/>(signature)</p>"
            "<p style=\"margin-top: 24px;\">Received by the officer on: ______________</p>"
            "</body></html>")
            .arg(html(order->signedBy));
    return out;
}

void writeOrderPdf(sdk::Context& context, std::int64_t orderId, const QString& path)
{
    const QString text = orderHtml(context, orderId);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw sdk::Error("cannot write " + path.toStdString() + ": "
                         + file.errorString().toStdString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setTitle(QStringLiteral("Temporary transfer order %1").arg(orderId));
        writer.setCreator(QStringLiteral("Contingent"));
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setPageSize(writer.pageLayout().paintRectPoints().size());
        document.setHtml(text);
        document.print(&writer);
    }
    if (!file.commit())
        throw sdk::Error("cannot write " + path.toStdString() + ": "
                         + file.errorString().toStdString());
}

std::vector<sdk::FactLine> orderFacts(sdk::Context& context, sdk::DeploymentId tour)
{
    const auto said = [](const char* text) {
        return QCoreApplication::translate("contingent::transfers", text).toStdString();
    };
    const std::vector<TransferOrder> orders = OrderBook(context).forTour(tour);
    const std::vector<RuleSet> sets = ruleSets(context.store());
    std::vector<sdk::FactLine> lines;
    for (const TransferOrder& o : orders) {
        const sdk::Date deadline =
            handOverDeadline(o.period.first(), ruleSetOn(sets, o.period.first()).noticeDays);
        lines.push_back(
            {said(QT_TRANSLATE_NOOP("contingent::transfers", "Transfer order")) + " "
                 + (o.number.empty() ? "#" + std::to_string(o.id) : o.number),
             o.period.first().toIso() + " – " + o.period.last().toIso() + ", "
                 + (o.handedOn ? said(QT_TRANSLATE_NOOP("contingent::transfers", "handed over"))
                                     + " " + o.handedOn->toIso()
                               : said(QT_TRANSLATE_NOOP("contingent::transfers", "to hand over by"))
                                     + " " + deadline.toIso())});
    }
    if (orders.empty())
        lines.push_back({said(QT_TRANSLATE_NOOP("contingent::transfers", "Transfer order")),
                         said(QT_TRANSLATE_NOOP("contingent::transfers", "none yet"))});
    return lines;
}

} // namespace contingent::transfers
