#include "statement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace contingent::missions {

namespace {

QString html(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size())).toHtmlEscaped();
}

} // namespace

int daysServed(const sdk::Period& period, sdk::Date today)
{
    if (period.first() > today)
        return 0;
    return sdk::Period(period.first(), std::min(period.last(), today)).lengthInDays();
}

ServiceStatement buildStatement(sdk::Context& context, sdk::OfficerId officerId, sdk::Date today)
{
    ServiceStatement s;
    s.officer = context.officers().get(officerId);
    s.madeOn = today;
    for (TourView& v : TourBook(context).forOfficer(officerId)) {
        const sdk::Deployment& d = v.tour.deployment;
        if (!sdk::isService(d.status) || d.period.first() > today)
            continue;
        const int days = daysServed(d.period, today);
        auto it = std::find_if(s.perMission.begin(), s.perMission.end(), [&](const MissionDays& m) {
            return m.missionCode == v.missionCode;
        });
        if (it == s.perMission.end())
            s.perMission.push_back({v.missionCode, v.missionName, days});
        else
            it->days += days;
        s.totalDays += days;
        s.tourDays.push_back(days);
        s.tours.push_back(std::move(v));
    }
    return s;
}

QString statementReference(const ServiceStatement& s)
{
    QCryptographicHash digest(QCryptographicHash::Sha256);
    digest.addData(QByteArray::fromStdString(s.officer.serviceNumber));
    for (std::size_t i = 0; i < s.tours.size(); ++i) {
        const TourView& t = s.tours[i];
        digest.addData(QByteArray::fromStdString(t.missionCode + "|"
                                                 + t.tour.deployment.period.toString() + "|"
                                                 + std::to_string(s.tourDays[i]) + ";"));
    }
    return QString::fromStdString(s.officer.serviceNumber) + QLatin1Char('/')
           + QString::fromStdString(s.madeOn.toIso()).remove(QLatin1Char('-')) + QLatin1Char('/')
           + QString::fromLatin1(digest.result().toHex().left(6).toUpper());
}

QString statementHtml(const ServiceStatement& s)
{
    const sdk::Officer& o = s.officer;
    QString out;
    out += QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans'; font-size: 9pt;\">");
    // In the language of the window or of `--lang` (the plugin's translation), English otherwise.
    out += QStringLiteral("<p style=\"font-size: 8pt; color: #555;\">%1</p>")
               .arg(QCoreApplication::translate(
                   "contingent::missions::Statement",
                   "Police of the Republic of Slovenia, international cooperation"));
    out += QStringLiteral("<h2>%1</h2>")
               .arg(QCoreApplication::translate("contingent::missions::Statement",
                                                "Statement of service abroad"));
    out += QStringLiteral("<p style=\"font-size: 8pt;\">%1</p>")
               .arg(QCoreApplication::translate("contingent::missions::Statement",
                                                "Reference: <b>%1</b>")
                        .arg(html(statementReference(s).toStdString())));
    out +=
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">"
                       "<tr><td>%5</td><td><b>%1 %2</b></td></tr>"
                       "<tr><td>%6</td><td><b>%3</b></td></tr>"
                       "<tr><td>%7</td><td>%4</td></tr></table>")
            .arg(html(o.givenName), html(o.familyName), html(o.serviceNumber),
                 html(o.rank + (o.rank.empty() || o.unit.empty() ? "" : ", ") + o.unit),
                 QCoreApplication::translate("contingent::missions::Statement", "Name"),
                 QCoreApplication::translate("contingent::missions::Statement", "Service number"),
                 QCoreApplication::translate("contingent::missions::Statement", "Rank, unit"));
    if (s.tours.empty()) {
        out += QStringLiteral("<p>%1</p>")
                   .arg(QCoreApplication::translate(
                       "contingent::missions::Statement",
                       "No service abroad is recorded for this officer."));
    } else {
        const auto word = [](const char* english) {
            return QCoreApplication::translate("contingent::missions::Statement", english);
        };
        const QString th = QStringLiteral("<th style=\"white-space: nowrap;\" align=\"left\">");
        out += QStringLiteral("<h3>")
               + word(QT_TRANSLATE_NOOP("contingent::missions::Statement", "Tours"));
        out += QStringLiteral("</h3><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                              "border=\"1\" style=\"border-collapse: collapse; border-color: #999; "
                              "font-size: 8pt;\"><tr style=\"background: #e8e8e8;\">"
                              "<th style=\"white-space: nowrap;\" align=\"left\" width=\"40%\">")
               + word(QT_TRANSLATE_NOOP("contingent::missions::Statement", "Mission, position"))
               + QStringLiteral("</th>") + th
               + word(QT_TRANSLATE_NOOP("contingent::missions::Statement", "Organisation"))
               + QStringLiteral("</th>") + th
               + word(QT_TRANSLATE_NOOP("contingent::missions::Statement", "Country"))
               + QStringLiteral("</th>") + th
               + word(QT_TRANSLATE_NOOP("contingent::missions::Statement", "First day"))
               + QStringLiteral("</th>") + th
               + word(QT_TRANSLATE_NOOP("contingent::missions::Statement", "Last day"))
               + QStringLiteral("</th><th style=\"white-space: nowrap;\" align=\"right\">")
               + word(QT_TRANSLATE_NOOP("contingent::missions::Statement", "Days"))
               + QStringLiteral("</th></tr>");
        for (std::size_t i = 0; i < s.tours.size(); ++i) {
            const TourView& t = s.tours[i];
            const sdk::Period& p = t.tour.deployment.period;
            out += QStringLiteral(
                       // The position under the mission, in the widest column: no word of it
                       // (nor of the country) is broken to fit a narrow one.
                       "<tr><td>%1 <span style=\"font-size: 7pt; color: #555;\">%2</span><br/>"
                       "<i>%7</i></td><td>%3</td><td>%4</td><td style=\"white-space: nowrap;\">%5"
                       "</td><td style=\"white-space: nowrap;\">%6</td>"
                       "<td align=\"right\" style=\"white-space: nowrap;\">%8</td></tr>")
                       .arg(html(t.missionCode), html(t.missionName), html(t.organisation),
                            html(t.hostCountry), html(p.first().toIso()),
                            html(p.last().toIso())
                                + (p.last() > s.madeOn
                                       ? QStringLiteral("<br/>")
                                             + QCoreApplication::translate(
                                                 "contingent::missions::Statement", "(running)")
                                       : QString()),
                            html(t.tour.deployment.position), QString::number(s.tourDays[i]));
        }
        out +=
            QStringLiteral("</table><h3>%1</h3><table cellspacing=\"0\" cellpadding=\"2\">")
                .arg(QCoreApplication::translate("contingent::missions::Statement", "Days abroad"));
        for (const MissionDays& m : s.perMission)
            out += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                       .arg(html(m.missionCode), QString::number(m.days));
        out += QStringLiteral("<tr><td><b>%2</b></td><td align=\"right\"><b>%1</b></td></tr>"
                              "</table>")
                   .arg(s.totalDays)
                   .arg(QCoreApplication::translate("contingent::missions::Statement", "Total"));
    }
    out += QStringLiteral("<p style=\"margin-top: 24px;\">%1</p>")
               .arg(QCoreApplication::translate(
                        "contingent::missions::Statement",
                        "Made on %1. Days are calendar days, first and last day included; a tour "
                        "still running is counted to this date.")
                        .arg(html(s.madeOn.toIso())));
    // Where the issuing officer signs and the unit stamps it.
    out +=
        QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-top: 20px;\">"
            "<tr><td width=\"50%\">%1 ______________________</td>"
            "<td width=\"50%\" align=\"right\">%2 ______________________</td></tr>"
            "<tr><td></td><td align=\"right\" style=\"padding-top: 16px; color: #555;\">"
            "%3</td></tr></table></body></html>")
            .arg(QCoreApplication::translate("contingent::missions::Statement", "Place and date:"),
                 QCoreApplication::translate("contingent::missions::Statement", "Signature:"),
                 QCoreApplication::translate("contingent::missions::Statement", "(stamp)"));
    return out;
}

void writeStatementPdf(const ServiceStatement& statement, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw sdk::Error("cannot write " + path.toStdString() + ": "
                         + file.errorString().toStdString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setTitle(QStringLiteral("Statement of service abroad: %1")
                            .arg(QString::fromStdString(statement.officer.serviceNumber)));
        writer.setCreator(QStringLiteral("Contingent"));
        QTextDocument document;
        document.setDocumentMargin(0); // the writer's margins are the page's
        document.setPageSize(writer.pageLayout().paintRectPoints().size());
        document.setHtml(statementHtml(statement));
        document.print(&writer);
    }
    if (!file.commit())
        throw sdk::Error("cannot write " + path.toStdString() + ": "
                         + file.errorString().toStdString());
}

} // namespace contingent::missions
