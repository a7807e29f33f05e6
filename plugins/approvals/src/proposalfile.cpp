#include "proposalfile.h"

#include "proposals.h"

#include <contingent/sdk/transaction.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <map>

namespace contingent::approvals {

namespace {

std::optional<std::string> iso(const std::optional<sdk::Date>& d)
{
    return d ? std::optional<std::string>(d->toIso()) : std::nullopt;
}

} // namespace

QByteArray exportProposals(sdk::Context& context)
{
    QByteArray whole;
    exportProposals(context, [&whole](const QByteArray& piece) { whole += piece; });
    return whole;
}

void exportProposals(sdk::Context& context, const std::function<void(const QByteArray&)>& sink)
{
    ProposalBook book(context);
    QByteArray bytes;
    sdk::JsonWriter json(bytes);
    json.beginArray();
    book.forEach([&](const Proposal& p) {
        json.beginObject()
            .key("id")
            .value(p.id)
            .key("title")
            .value(p.title)
            .key("request_organisation")
            .value(p.request.organisation)
            .key("request_reference")
            .value(p.request.reference)
            .key("request_date")
            .value(iso(p.request.date))
            .key("state")
            .value(toString(p.state))
            .key("submitted_on")
            .value(iso(p.submittedOn))
            .key("recommended_on")
            .value(iso(p.recommendedOn))
            .key("recommendation_reference")
            .value(p.recommendationReference)
            .key("decided_on")
            .value(iso(p.decidedOn))
            .key("decision_number")
            .value(p.decisionNumber)
            .key("outcome")
            .value(p.outcome ? std::optional<std::string>(std::string(toString(*p.outcome)))
                             : std::nullopt)
            .key("notified_on")
            .value(iso(p.notifiedOn))
            .key("amends");
        if (p.amends)
            json.value(*p.amends);
        else
            json.null();
        json.key("tours").beginArray();
        for (const ProposalTour& t : p.tours) {
            json.beginObject()
                .key("deployment")
                .value(std::int64_t(t.id.value()))
                .key("service_number")
                .value(t.serviceNumber)
                .key("mission")
                .value(t.missionCode)
                .key("first_day")
                .value(t.period.first().toIso())
                .key("last_day")
                .value(t.period.last().toIso())
                .key("approved");
            if (t.approved)
                json.value(*t.approved);
            else
                json.null();
            json.endObject();
        }
        json.endArray().key("history").beginArray();
        for (const HistoryStep& h : book.history(p.id))
            json.beginObject()
                .key("at")
                .value(h.at)
                .key("actor")
                .value(h.actor)
                .key("action")
                .value(h.action)
                .key("details")
                .value(h.details)
                .endObject();
        json.endArray().endObject();
        if (bytes.size() >= 1 << 16) {
            sink(bytes);
            bytes.clear();
        }
    });
    json.endArray();
    sink(bytes);
}

sdk::ImportReport importProposals(sdk::Context& context, const QByteArray& bytes)
{
    sdk::ImportReport report;
    report.format = sdk::FileFormat::Json;
    const auto array = sdk::readJsonArray(bytes, "proposals", report.problems);
    if (!array)
        return report;
    if (!sdk::canEdit(context.user().role))
        report.problems.push_back(
            {0, "",
             "a " + std::string(sdk::toString(context.user().role)) + " may not import proposals"});
    if (!report.ok())
        return report;
    sdk::WriteScope scope(context.store());
    ProposalBook book(context);
    std::map<qint64, std::int64_t>
        imported; ///< the file's ids -> the store's
                  // Oldest first, so an amendment finds the proposal it amends; problems
    // keep the record numbers of the file.
    std::vector<std::pair<int, QJsonObject>> records;
    for (int i = 0; i < array->size(); ++i)
        records.push_back({i + 1, array->at(i).toObject()});
    std::stable_sort(records.begin(), records.end(), [](const auto& a, const auto& b) {
        return a.second.value("id").toInteger() < b.second.value("id").toInteger();
    });
    for (const auto& [record, o] : records) {
        const std::size_t before = report.problems.size();
        const auto text = [&](const char* key) { return o.value(key).toString().toStdString(); };
        const auto day = [&](const char* key) -> std::optional<sdk::Date> {
            if (o.value(key).isNull() || o.value(key).isUndefined())
                return std::nullopt;
            const auto d = sdk::Date::tryFromIso(text(key));
            if (!d)
                report.problems.push_back(
                    {record, key, sdk::quoted(text(key)) + " is not a date (YYYY-MM-DD)"});
            return d;
        };
        ProposalState state = ProposalState::Draft;
        try {
            state = proposalStateFromString(text("state"));
        } catch (const sdk::InputError& e) {
            report.problems.push_back({record, "state", e.what()});
        }
        const auto requestDate = day("request_date");
        const auto submitted = day("submitted_on");
        const auto recommended = day("recommended_on");
        const auto decided = day("decided_on");
        const auto notified = day("notified_on");
        std::optional<Outcome> outcome;
        if (!o.value("outcome").isNull() && !o.value("outcome").isUndefined()) {
            try {
                outcome = outcomeFromString(text("outcome"));
            } catch (const sdk::InputError& e) {
                report.problems.push_back({record, "outcome", e.what()});
            }
        }
        // The steps in order, each dated no earlier than the one before.
        const std::pair<const char*, std::optional<sdk::Date>> steps[] = {
            {"submitted_on", submitted},
            {"recommended_on", recommended},
            {"decided_on", decided},
            {"notified_on", notified}};
        std::optional<sdk::Date> last;
        for (const auto& [key, d] : steps)
            if (d) {
                if (last && *d < *last)
                    report.problems.push_back(
                        {record, key, "is before the step before it (" + last->toIso() + ")"});
                last = d;
            }
        const bool isDecided = state == ProposalState::Decided || state == ProposalState::Notified;
        if (isDecided && (text("decision_number").empty() || !decided || !outcome))
            report.problems.push_back(
                {record, "decision_number",
                 "a decided proposal has its decision's number, date and outcome"});
        std::vector<std::pair<sdk::DeploymentId, std::optional<bool>>> tours;
        for (const QJsonValue& t : o.value("tours").toArray()) {
            const QJsonObject to = t.toObject();
            const sdk::DeploymentId id(to.value("deployment").toInteger());
            if (!context.deployments().find(id)) {
                report.problems.push_back(
                    {record, "tours", "there is no tour with id " + std::to_string(id.value())});
                continue;
            }
            if (isOpen(state))
                if (const auto open = book.openProposalOf(id))
                    report.problems.push_back({record, "tours",
                                               "tour " + std::to_string(id.value())
                                                   + " is already in open proposal "
                                                   + std::to_string(*open)});
            tours.push_back({id, to.value("approved").isBool()
                                     ? std::optional<bool>(to.value("approved").toBool())
                                     : std::nullopt});
        }
        if (tours.empty())
            report.problems.push_back({record, "tours", "a proposal names at least one tour"});
        if (report.problems.size() != before)
            continue;
        context.store().execute(
            "INSERT INTO approvals_proposal (title, request_organisation, request_reference, "
            "request_date, state, submitted_on, recommended_on, recommendation_reference, "
            "decided_on, decision_number, outcome, notified_on, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            text("title"), text("request_organisation"), text("request_reference"), requestDate,
            std::string(toString(state)), submitted, recommended, text("recommendation_reference"),
            decided, text("decision_number"),
            outcome ? std::optional<std::string>(std::string(toString(*outcome))) : std::nullopt,
            notified, context.user().login,
            QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString());
        const std::int64_t id = context.store().lastInsertId();
        // The amended proposal, when the file holds it too (by its id there).
        if (o.value("amends").isDouble())
            if (const auto it = imported.find(o.value("amends").toInteger()); it != imported.end())
                context.store().execute("UPDATE approvals_proposal SET amends = ? WHERE id = ?",
                                        it->second, id);
        imported[o.value("id").toInteger()] = id;
        for (const auto& [tour, approved] : tours)
            context.store().execute(
                "INSERT OR IGNORE INTO approvals_tour (proposal_id, deployment_id, approved) "
                "VALUES (?, ?, ?)",
                id, tour, approved);
        context.audit().record("import", "approvals.proposal", id,
                               QJsonObject{{"state", QString::fromUtf8(toString(state).data())},
                                           {"from", o.value("id")}});
        ++report.added;
    }
    sdk::sortProblems(report.problems);
    if (report.ok())
        scope.commit();
    else
        report.added = 0;
    return report;
}

} // namespace contingent::approvals
