#include "approvalcommands.h"

#include "approvaldocument.h"
#include "proposalfile.h"
#include "proposals.h"

#include <QSaveFile>
#include <contingent/sdk/repositories.h>
#include <contingent/sdk/context.h>
#include <contingent/sdk/tables.h>
#include <contingent/sdk/transaction.h>

#include <iomanip>

namespace contingent::approvals {

const char* const kApprovalsUsage =
    "Usage: contingent approvals propose --deployment ID [--deployment ID ...] [--title TEXT]\n"
    "                                    [--request-organisation TEXT] [--request-reference TEXT]\n"
    "                                    [--request-date YYYY-MM-DD] [--amends P]\n"
    "       contingent approvals add P --deployment ID ... | remove P --deployment ID ...\n"
    "       contingent approvals submit P --date YYYY-MM-DD\n"
    "       contingent approvals recommend P --date YYYY-MM-DD --reference TEXT\n"
    "       contingent approvals decide P --date YYYY-MM-DD --number TEXT\n"
    "                                   --outcome approved|rejected|partly [--deployment ID ...]\n"
    "       contingent approvals notify P --date YYYY-MM-DD\n"
    "       contingent approvals withdraw P\n"
    "       contingent approvals show P [--json] | list [--state S] [--json] | history P\n"
    "       contingent approvals pdf P --kind proposal|decision --out FILE.pdf\n"
    "       contingent approvals export [--out FILE.json] | import FILE.json\n"
    "       contingent approvals settings [--deadline-days N]\n"
    "  propose    a draft proposal of tours (planned; for an amendment of decision P also\n"
    "             approved ones); prints its id. --deployment repeats or lists several: 1,2\n"
    "  submit     to the Minister: refused while any tour has a blocking finding; the tours\n"
    "             become proposed (Police Act, Art. 19)\n"
    "  recommend  the Minister's recommendation, not before the submission\n"
    "  decide     the Government's decision, not before the recommendation, with its number:\n"
    "             approved tours become approved, the others go back to planned\n"
    "  notify     the officers were told of the decision\n"
    "  withdraw   before the decision; the tours go back to planned\n"
    "  pdf        the proposal to the Minister, or the draft Government decision\n"
    "  settings   deadline_days: a tour starting within so many days without a decision is\n"
    "             flagged (default 30); admins set it";

namespace {

using sdk::UsageError;
using Options = sdk::CommandOptions;

std::int64_t proposalId(const Options& o, const char* verb)
{
    if (o.plain().empty())
        throw UsageError(std::string(verb) + " needs the proposal P (its id)");
    return sdk::parseId("P", o.plain()[0]);
}

std::vector<sdk::DeploymentId> tourIds(const Options& o)
{
    std::vector<sdk::DeploymentId> ids;
    for (const std::string& text : o.values("--deployment"))
        ids.push_back(sdk::DeploymentId(sdk::parseId("--deployment", text)));
    return ids;
}

sdk::Date requiredDate(const Options& o)
{
    return sdk::parseDate("--date", o.required("--date"));
}

/// Runs one write in a transaction: all of it or nothing.
template <typename F> void written(sdk::CommandInvocation& call, F&& f)
{
    sdk::WriteScope scope(call.context.store());
    f(ProposalBook(call.context));
    scope.commit();
}

int propose(sdk::CommandInvocation& call)
{
    const Options o(
        call.args, {},
        {"--title", "--request-organisation", "--request-reference", "--request-date", "--amends"},
        {"--deployment"});
    const std::vector<sdk::DeploymentId> tours = tourIds(o);
    if (tours.empty())
        throw UsageError("name the tours: --deployment ID");
    Request request{o.value("--request-organisation").value_or(""),
                    o.value("--request-reference").value_or(""), o.date("--request-date")};
    std::int64_t id = 0;
    written(call, [&](ProposalBook book) {
        id = book.propose(tours, o.value("--title").value_or(""), request, o.id("--amends"));
    });
    call.out << id << "\n";
    return 0;
}

int add(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {}, {"--deployment"}, 1);
    const std::int64_t p = proposalId(o, "add");
    written(call, [&](ProposalBook book) {
        for (sdk::DeploymentId t : tourIds(o))
            book.addTour(p, t);
    });
    call.out << "Proposal " << p << ": tours added.\n";
    return 0;
}

int remove(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {}, {"--deployment"}, 1);
    const std::int64_t p = proposalId(o, "remove");
    written(call, [&](ProposalBook book) {
        for (sdk::DeploymentId t : tourIds(o))
            book.removeTour(p, t);
    });
    call.out << "Proposal " << p << ": tours removed.\n";
    return 0;
}

int submit(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {"--date"}, 1);
    const std::int64_t p = proposalId(o, "submit");
    const sdk::Date day = requiredDate(o);
    written(call, [&](ProposalBook book) { book.submit(p, day); });
    call.out << "Proposal " << p << " submitted to the Minister on " << day.toIso() << ".\n";
    return 0;
}

int recommend(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {"--date", "--reference"}, 1);
    const std::int64_t p = proposalId(o, "recommend");
    const sdk::Date day = requiredDate(o);
    const std::string reference = o.required("--reference");
    written(call, [&](ProposalBook book) { book.recommend(p, day, reference); });
    call.out << "Proposal " << p << " recommended by the Minister on " << day.toIso() << ".\n";
    return 0;
}

int decide(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {"--date", "--number", "--outcome"}, {"--deployment"}, 1);
    const std::int64_t p = proposalId(o, "decide");
    const sdk::Date day = requiredDate(o);
    const std::string number = o.value("--number").value_or("");
    const Outcome outcome = outcomeFromString(o.required("--outcome"));
    written(call, [&](ProposalBook book) { book.decide(p, day, number, outcome, tourIds(o)); });
    call.out << "Proposal " << p << " decided on " << day.toIso() << " (" << number
             << "): " << toString(outcome) << ".\n";
    return 0;
}

int notify(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {"--date"}, 1);
    const std::int64_t p = proposalId(o, "notify");
    const sdk::Date day = requiredDate(o);
    written(call, [&](ProposalBook book) { book.notify(p, day); });
    call.out << "Proposal " << p << ": officers notified on " << day.toIso() << ".\n";
    return 0;
}

int withdraw(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {}, 1);
    const std::int64_t p = proposalId(o, "withdraw");
    written(call, [&](ProposalBook book) { book.withdraw(p); });
    call.out << "Proposal " << p << " withdrawn.\n";
    return 0;
}

std::optional<std::string> iso(const std::optional<sdk::Date>& d)
{
    return d ? std::optional<std::string>(d->toIso()) : std::nullopt;
}

void writeProposal(sdk::JsonWriter& json, const Proposal& p)
{
    json.beginObject()
        .key("id")
        .value(p.id)
        .key("title")
        .value(p.title)
        .key("state")
        .value(toString(p.state))
        .key("request_organisation")
        .value(p.request.organisation)
        .key("request_reference")
        .value(p.request.reference)
        .key("request_date")
        .value(iso(p.request.date))
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
        .key("tours")
        .beginArray();
    for (const ProposalTour& t : p.tours) {
        json.beginObject()
            .key("deployment")
            .value(std::int64_t(t.id.value()))
            .key("officer")
            .value(t.officer)
            .key("service_number")
            .value(t.serviceNumber)
            .key("mission")
            .value(t.missionCode)
            .key("first_day")
            .value(t.period.first().toIso())
            .key("last_day")
            .value(t.period.last().toIso())
            .key("status")
            .value(sdk::toString(t.status))
            .key("approved");
        if (t.approved)
            json.value(*t.approved);
        else
            json.null();
        json.endObject();
    }
    json.endArray().endObject();
}

void printProposal(std::ostream& out, const Proposal& p)
{
    out << proposalName(p) << ": " << toString(p.state);
    if (p.submittedOn)
        out << "; submitted " << p.submittedOn->toIso();
    if (p.recommendedOn)
        out << "; recommended " << p.recommendedOn->toIso() << " (" << p.recommendationReference
            << ")";
    if (p.decidedOn)
        out << "; decided " << p.decidedOn->toIso() << ", " << p.decisionNumber << ", "
            << toString(*p.outcome);
    if (p.notifiedOn)
        out << "; notified " << p.notifiedOn->toIso();
    out << "\n";
    for (const ProposalTour& t : p.tours)
        out << "  tour " << std::left << std::setw(7) << t.id.value() << std::setw(30)
            << (t.officer + " (" + t.serviceNumber + ")") << std::setw(12) << t.missionCode
            << t.period.toString() << "  " << sdk::toString(t.status)
            << (t.approved ? (*t.approved ? "  approved" : "  not approved") : "") << "\n";
}

int show(sdk::CommandInvocation& call)
{
    const Options o(call.args, {"--json"}, {}, 1);
    const Proposal p = ProposalBook(call.context).get(proposalId(o, "show"));
    if (o.has("--json")) {
        QByteArray bytes;
        sdk::JsonWriter json(bytes);
        writeProposal(json, p);
        call.out << bytes.toStdString();
        return 0;
    }
    printProposal(call.out, p);
    return 0;
}

int list(sdk::CommandInvocation& call)
{
    const Options o(call.args, {"--json"}, {"--state"});
    std::optional<ProposalState> state;
    if (const auto s = o.value("--state"))
        state = proposalStateFromString(*s);
    const std::vector<Proposal> proposals = ProposalBook(call.context).list(state);
    if (o.has("--json")) {
        QByteArray bytes;
        sdk::JsonWriter json(bytes);
        json.beginArray();
        for (const Proposal& p : proposals)
            writeProposal(json, p);
        json.endArray();
        call.out << bytes.toStdString();
        return 0;
    }
    for (const Proposal& p : proposals)
        printProposal(call.out, p);
    call.out << proposals.size() << " proposal(s)\n";
    return 0;
}

int history(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {}, 1);
    for (const HistoryStep& h : ProposalBook(call.context).history(proposalId(o, "history")))
        call.out << h.at << "  " << std::left << std::setw(12) << h.actor << std::setw(10)
                 << h.action << h.details << "\n";
    return 0;
}

int pdf(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {"--kind", "--out"}, 1);
    const std::int64_t p = proposalId(o, "pdf");
    const DocumentKind kind = documentKindFromString(o.required("--kind"));
    const std::string out = o.required("--out");
    writeDocumentPdf(call.context, p, kind, QString::fromStdString(out));
    sdk::recordExport(call.context.audit(), "the proposal's " + o.required("--kind"), "pdf", out,
                      "approvals.proposal", p);
    call.out << "Wrote " << out << "\n";
    return 0;
}

int exportFile(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {"--out"});
    if (call.context.user().role == sdk::Role::Officer)
        throw sdk::InputError("the export of proposals is for the staff");
    if (const auto out = o.value("--out")) {
        // Written as read, whole or not at all.
        QSaveFile file(QString::fromStdString(*out));
        if (!file.open(QIODevice::WriteOnly))
            throw sdk::Error("cannot write " + *out + ": " + file.errorString().toStdString());
        exportProposals(call.context, [&](const QByteArray& piece) {
            if (file.write(piece) != piece.size())
                throw sdk::Error("cannot write " + *out + ": " + file.errorString().toStdString());
        });
        if (!file.commit())
            throw sdk::Error("cannot write " + *out + ": " + file.errorString().toStdString());
        call.out << "Exported the proposals to " << *out << "\n";
    } else {
        exportProposals(call.context, [&call](const QByteArray& piece) {
            call.out.write(piece.constData(), std::streamsize(piece.size()));
        });
    }
    sdk::recordExport(call.context.audit(), "the proposals", "json", o.value("--out").value_or(""));
    return 0;
}

int importFile(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {}, 1);
    if (o.plain().empty())
        throw UsageError("import needs FILE.json");
    const sdk::ImportReport report =
        importProposals(call.context, sdk::readWholeFile(QString::fromStdString(o.plain()[0])));
    if (!report.ok()) {
        call.err << sdk::describe(report) << "Nothing was written.\n";
        return 1;
    }
    call.out << "Imported " << o.plain()[0] << ": " << report.added << " proposal(s) added.\n";
    return 0;
}

int settings(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {"--deadline-days"});
    if (const auto days = o.value("--deadline-days")) {
        int n = 0;
        try {
            std::size_t used = 0;
            n = std::stoi(*days, &used);
            if (used != days->size())
                throw std::invalid_argument("trailing");
        } catch (const std::exception&) {
            throw UsageError("--deadline-days: " + sdk::quoted(*days) + " is not a number of days");
        }
        sdk::WriteScope scope(call.context.store());
        setDeadlineDays(call.context, n);
        scope.commit();
    }
    call.out << "deadline_days  " << deadlineDays(call.context) << "\n";
    return 0;
}

} // namespace

int runApprovalsCommand(sdk::CommandInvocation& call)
{
    static constexpr sdk::CommandVerb kVerbs[] = {{"propose", propose},     {"add", add},
                                                  {"remove", remove},       {"submit", submit},
                                                  {"recommend", recommend}, {"decide", decide},
                                                  {"notify", notify},       {"withdraw", withdraw},
                                                  {"show", show},           {"list", list},
                                                  {"history", history},     {"pdf", pdf},
                                                  {"export", exportFile},   {"import", importFile},
                                                  {"settings", settings}};
    return sdk::runVerb(call, "approvals", kApprovalsUsage, kVerbs);
}

} // namespace contingent::approvals
