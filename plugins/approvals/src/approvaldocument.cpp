#include "approvaldocument.h"

#include "proposals.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <set>

namespace contingent::approvals {

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

/// The figures a proposal shows for each tour, and the plugin each comes from.
struct Expected {
    const char* plugin;
    const char* section;
    const char* title;
};
constexpr Expected kExpected[] = {{"expenses", "costs", "Costs"},
                                  {"insurance", "cover", "Insurance cover"},
                                  {"transfers", "orders", "Transfer orders"}};

} // namespace

DocumentKind documentKindFromString(std::string_view text)
{
    if (text == "proposal")
        return DocumentKind::Proposal;
    if (text == "decision")
        return DocumentKind::Decision;
    throw sdk::InputError("kind: " + std::string(text) + " is not proposal or decision");
}

QString documentHtml(sdk::Context& context, std::int64_t id, DocumentKind kind)
{
    const Proposal p = ProposalBook(context).get(id);
    std::set<std::string> missions;
    for (const ProposalTour& t : p.tours)
        missions.insert(t.missionCode);
    std::string missionList;
    for (const std::string& m : missions)
        missionList += (missionList.empty() ? "" : ", ") + m;
    std::string request = p.request.organisation;
    if (!p.request.reference.empty())
        request += (request.empty() ? "ref. " : ", ref. ") + p.request.reference;
    if (p.request.date)
        request += (request.empty() ? "of " : ", of ") + p.request.date->toIso();
    if (request.empty())
        request = "(not recorded)";

    QString out = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans'; "
                                 "font-size: 10pt;\">");
    if (kind == DocumentKind::Proposal) {
        out += QStringLiteral("<h2>Proposal to the Minister of the Interior</h2>"
                              "<p>Participation of police officers in the international "
                              "civilian mission(s) %1</p>")
                   .arg(html(missionList));
        out += QStringLiteral("<p>Under Article 19 of the Police Act police officers take part in "
                              "operations abroad on the Government's decision, on the Minister's "
                              "recommendation. The police propose that the Minister recommend to "
                              "the Government that the officers below take part in the mission "
                              "for the periods below, in answer to the international request "
                              "%1.</p>")
                   .arg(html(request));
    } else {
        out += QStringLiteral("<h2>Draft decision of the Government of the Republic of "
                              "Slovenia</h2>");
        out += QStringLiteral("<p>On the basis of Article 19 of the Police Act, on the "
                              "recommendation of the Minister of the Interior%1, and in answer to "
                              "the international request %2, the Government decides:</p>"
                              "<p>The police officers below take part in the international "
                              "civilian mission(s) %3 for the periods below.</p>")
                   .arg(p.recommendedOn ? html(" of " + p.recommendedOn->toIso()
                                               + (p.recommendationReference.empty()
                                                      ? std::string()
                                                      : ", ref. " + p.recommendationReference))
                                        : QString(),
                        html(request), html(missionList));
    }
    out += "<table>";
    out += row("Proposal", html(proposalName(p)));
    out += row("State", html(std::string(toString(p.state))));
    if (p.amends)
        out += row("Amends", html("the decision of proposal " + std::to_string(*p.amends)));
    out += row("Legal basis", html("Police Act, Article 19; international request " + request));
    if (p.decidedOn)
        out += row("Government decision", html(p.decisionNumber + " of " + p.decidedOn->toIso()
                                               + " (" + std::string(toString(*p.outcome)) + ")"));
    out += "</table>";

    // Which plugins contributed sections: a figure from one that is not loaded
    // is said to be not available, never left out.
    int n = 0;
    for (const ProposalTour& t : p.tours) {
        const sdk::Officer officer =
            context.officers().get(context.deployments().get(t.id).officerId);
        const sdk::Mission mission =
            context.missions().get(context.deployments().get(t.id).missionId);
        out += QStringLiteral("<h3>%1. %2</h3><table>")
                   .arg(++n)
                   .arg(html(officer.givenName + " " + officer.familyName));
        out += row("Service number", html(officer.serviceNumber));
        out += row("Rank", html(officer.rank.empty() ? "—" : officer.rank));
        out += row("Unit", html(officer.unit.empty() ? "—" : officer.unit));
        out += row("Mission",
                   html(mission.code + " (" + mission.name + ", " + mission.organisation + ")"));
        out += row("Host country", html(mission.hostCountry.empty() ? "—" : mission.hostCountry));
        out += row("Period", html(t.period.first().toIso() + " – " + t.period.last().toIso() + " ("
                                  + std::to_string(t.period.lengthInDays()) + " days)"));
        if (t.approved)
            out += row("Decision", *t.approved ? "approved" : "not approved");
        const std::vector<sdk::FactSheet> sheets = context.facts(t.id);
        for (const Expected& e : kExpected) {
            const auto it =
                std::find_if(sheets.begin(), sheets.end(), [&](const sdk::FactSheet& s) {
                    return s.plugin == e.plugin && s.section == e.section;
                });
            if (it == sheets.end()) {
                out += row(html(e.title), html(std::string("not available: the ") + e.plugin
                                               + " plugin is not loaded"));
                continue;
            }
            if (!it->error.empty()) {
                out += row(html(it->title), html("not available: " + it->error));
                continue;
            }
            for (const sdk::FactLine& line : it->lines)
                out += row(html(it->title + ": " + line.label), html(line.value));
        }
        out += "</table>";
    }
    out += kind == DocumentKind::Proposal
               ? QStringLiteral("<p style=\"margin-top: 36px;\">Prepared by: ______________ "
                                "&nbsp;&nbsp; Date: ______________</p>")
               : QStringLiteral("<p style=\"margin-top: 24px;\">The Ministry of the Interior "
                                "and the police carry out this decision. The costs are paid "
                                "from the police budget (Police Act, Articles 79 and 93).</p>"
                                "<p style=\"margin-top: 36px;\">Number: ______________ "
                                "&nbsp;&nbsp; Date: ______________</p>");
    out += "</body></html>";
    return out;
}

void writeDocumentPdf(sdk::Context& context, std::int64_t proposal, DocumentKind kind,
                      const QString& path)
{
    const QString text = documentHtml(context, proposal, kind);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw sdk::Error("cannot write " + path.toStdString() + ": "
                         + file.errorString().toStdString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setTitle(
            kind == DocumentKind::Proposal
                ? QStringLiteral("Proposal %1 to the Minister").arg(proposal)
                : QStringLiteral("Draft Government decision, proposal %1").arg(proposal));
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

} // namespace contingent::approvals
