#pragma once
// Government approvals (Police Act, Art. 19): officers take part in
// operations abroad only when the Government decides, on the Minister's
// recommendation. A proposal groups tours (usually one mission, one rotation)
// with the international request it answers, and goes
//
//   draft -> submitted to the Minister -> recommended by the Minister ->
//   decided by the Government (approved, rejected, or partly approved
//   naming the tours) -> officers notified;
//
// or is withdrawn before the decision. The tours follow it through the SDK's
// status gate, whose proposed -> approved step this plugin owns: submitting
// makes them proposed, only a decision makes them approved, a rejection or a
// withdrawal sends them back to planned. A later decision can amend an
// earlier one (extend a tour, end it early, replace an officer): a proposal
// that names the one it amends. Every step is audited; the history is read
// back from the audit log.

#include <contingent/sdk/checks.h>
#include <contingent/sdk/context.h>
#include <contingent/sdk/facts.h>

#include <QJsonObject>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace contingent::approvals {

/// The plugin's schema (tables prefixed `approvals_`).
std::vector<sdk::Migration> migrations();

/// The tours waiting for a decision (planned or proposed) that start between ?1 and ?2: how many,
/// and the first 200 of them. Their condition is migration 2's index's, word for word.
inline constexpr const char* kUndecidedCountSql =
    "SELECT count(*) FROM deployment d WHERE d.first_day BETWEEN ?1 AND ?2 "
    "AND d.status IN ('planned', 'proposed')";
inline constexpr const char* kUndecidedToursSql =
    "SELECT d.id, o.given_name || ' ' || o.family_name, m.code, d.first_day, d.status, "
    "(SELECT max(t.proposal_id) FROM approvals_tour t JOIN approvals_proposal p ON "
    "p.id = t.proposal_id WHERE t.deployment_id = d.id "
    "AND p.state IN ('draft', 'submitted', 'recommended')) "
    "FROM deployment d JOIN officer o ON o.id = d.officer_id JOIN mission m ON "
    "m.id = d.mission_id WHERE d.first_day BETWEEN ?1 AND ?2 AND d.status IN "
    "('planned', 'proposed') ORDER BY d.first_day, d.id LIMIT 200";

enum class ProposalState { Draft, Submitted, Recommended, Decided, Notified, Withdrawn };
/// "draft", "submitted", "recommended", "decided", "notified", "withdrawn".
std::string_view toString(ProposalState state);
/// Throws InputError naming the text and the states.
ProposalState proposalStateFromString(std::string_view text);
/// Whether the proposal still waits for the Government (draft, submitted, recommended).
constexpr bool isOpen(ProposalState s)
{
    return s == ProposalState::Draft || s == ProposalState::Submitted
           || s == ProposalState::Recommended;
}

enum class Outcome { Approved, Rejected, Partly };
std::string_view toString(Outcome outcome);
/// Throws InputError naming the text ("approved", "rejected", "partly").
Outcome outcomeFromString(std::string_view text);

/// The international request a proposal answers.
struct Request {
    std::string organisation; ///< e.g. "EU (EEAS, CPCC)"
    std::string reference;
    std::optional<sdk::Date> date;
};

/// One tour of a proposal; `approved` is set by the decision.
struct ProposalTour {
    sdk::DeploymentId id;
    std::optional<bool> approved;
    // Filled when read, for lists and documents:
    std::string officer;       ///< "Ana Novak"
    std::string serviceNumber; ///< "P-1"
    std::string missionCode;
    sdk::Period period{sdk::Date(), sdk::Date()};
    sdk::DeploymentStatus status = sdk::DeploymentStatus::Planned;
};

struct Proposal {
    std::int64_t id = 0;
    std::string title;
    Request request;
    ProposalState state = ProposalState::Draft;
    std::optional<sdk::Date> submittedOn;
    std::optional<sdk::Date> recommendedOn;
    std::string recommendationReference;
    std::optional<sdk::Date> decidedOn;
    std::string decisionNumber;
    std::optional<Outcome> outcome;
    std::optional<sdk::Date> notifiedOn;
    std::optional<std::int64_t> amends; ///< the proposal whose decision this one amends
    std::string createdBy;
    std::vector<ProposalTour> tours;
    /// The first day of its earliest tour (none without tours).
    std::optional<sdk::Date> firstDay() const;
};

/// "proposal 12 (EULEX rotation 2027)".
std::string proposalName(const Proposal& p);

/// One step of a proposal's history, from the audit log.
struct HistoryStep {
    std::string at; ///< when it was recorded (UTC)
    std::string actor;
    std::string
        action; ///< propose, add, remove, submit, recommend, decide, notify, withdraw, import
    std::string details; ///< the step's own date and reference, in words
};

/// The proposals of the store. Every write is audited and announced; planners
/// and admins write, everyone but officers reads (an officer: the proposals of
/// their own tours).
class ProposalBook {
public:
    explicit ProposalBook(sdk::Context& context)
        : m_context(context)
    {
    }
    /// A new draft of `tours` (at least one, each planned, or for an amendment
    /// also approved or active, and in no other open proposal). Returns its id.
    std::int64_t propose(const std::vector<sdk::DeploymentId>& tours, const std::string& title,
                         const Request& request = {},
                         std::optional<std::int64_t> amends = std::nullopt);
    /// Adds or removes a tour of a draft.
    void addTour(std::int64_t proposal, sdk::DeploymentId tour);
    void removeTour(std::int64_t proposal, sdk::DeploymentId tour);
    /// Changes a draft's title and request.
    void describe(std::int64_t proposal, const std::string& title, const Request& request);
    /// Draft -> submitted on `day`: refused while any tour has a blocking
    /// finding of any plugin (each named with its article); the planned tours
    /// become proposed.
    void submit(std::int64_t proposal, sdk::Date day);
    /// Submitted -> recommended on `day` (not before the submission), with
    /// the Minister's reference.
    void recommend(std::int64_t proposal, sdk::Date day, const std::string& reference);
    /// Recommended -> decided on `day` (not before the recommendation), with
    /// the decision's number: approved (every tour), rejected (every tour back
    /// to planned) or partly (the `approvedTours` approved, the rest back).
    void decide(std::int64_t proposal, sdk::Date day, const std::string& number, Outcome outcome,
                const std::vector<sdk::DeploymentId>& approvedTours = {});
    /// Decided -> notified on `day` (the officers were told).
    void notify(std::int64_t proposal, sdk::Date day);
    /// Any open proposal -> withdrawn; its proposed tours go back to planned.
    void withdraw(std::int64_t proposal);

    /// The proposal if the user may see it; throws "there is no proposal with id N".
    Proposal get(std::int64_t proposal);
    std::optional<Proposal> find(std::int64_t proposal);
    /// Every proposal the user may see (of one state), newest first, with tours.
    std::vector<Proposal> list(std::optional<ProposalState> state = std::nullopt);
    /// The same, 100 proposals at a time (their tours read a page at a time): an export of
    /// every proposal holds one page.
    void forEach(const std::function<void(const Proposal&)>& each);
    /// The open proposal a tour is in, if any.
    std::optional<std::int64_t> openProposalOf(sdk::DeploymentId tour);
    /// Up to `limit` proposals (-1: all) of `state`, below the id `below`, newest first.
    std::vector<Proposal> page(std::optional<ProposalState> state,
                               std::optional<std::int64_t> below, int limit);
    /// The proposal's steps, oldest first.
    std::vector<HistoryStep> history(std::int64_t proposal);

private:
    Proposal editable(std::int64_t proposal, const char* step, ProposalState expected);
    void checkDay(const Proposal& p, sdk::Date day, std::optional<sdk::Date> previous,
                  const char* previousName);
    void record(const char* action, std::int64_t proposal, QJsonObject details);
    void addTourUnrecorded(std::int64_t proposal, sdk::DeploymentId tour, bool amendment);
    sdk::Context& m_context;
};

/// Throws InputError unless the user may edit (planners, admins).
void requireEditor(sdk::Context& context);

/// The settings: `deadline_days` (default 30), how many days before a tour's
/// first day a proposal without a decision is flagged.
int deadlineDays(sdk::Context& context);
void setDeadlineDays(sdk::Context& context, int days);

/// The rule `approvals.decision_deadline` (Police Act, Art. 19): a planned or
/// proposed tour in a proposal without a Government decision, starting within
/// `deadline_days` days (warning), or started (blocking).
sdk::CheckDefinition decisionDeadlineCheck();

/// The "Government decision" fact of a tour (Art. 19): its proposal's state,
/// the decision's number and date and whether the tour was approved.
std::vector<sdk::FactLine> decisionFacts(sdk::Context& context, sdk::DeploymentId tour);

} // namespace contingent::approvals
