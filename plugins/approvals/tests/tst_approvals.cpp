// The approvals plugin's rules (Police Act, Art. 19): every state transition
// with the tours following through the status gate, and every refusal the
// issue names (steps out of order or predating the one before, a decision
// without a number, a tour already in an open proposal, a blocking finding,
// an unknown proposal or tour, a step on a withdrawn proposal), each leaving
// nothing written; the history, the deadline rule, the facts, the walls.

#include "approvalsbackend.h"
#include "approvalsstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>

using namespace approvalstest;

class TestApprovals : public QObject {
    Q_OBJECT
private slots:
    void aProposalFromDraftToNotified();
    void theListIsReadOnAWorkerForABigStore();
    void partlyApprovedAndRejected();
    void withdrawnBeforeTheDecision();
    void stepsInOrderAndDated();
    void aDecisionNeedsItsNumber();
    void aTourInOneOpenProposal();
    void blockingFindingsStopTheSubmission();
    void unknownProposalsAndTours();
    void nothingElseApprovesATour();
    void amendingADecision();
    void deadlineRule();
    void factsAndHistory();
    void officersAndViewers();
    void proposalsAsJson();
    void aLateDecisionIsRecorded();
    void aTourProposedByHandJoins();
    void undecidedToursReadTheirIndex();
};

void TestApprovals::aProposalFromDraftToNotified()
{
    Store s;
    const DeploymentId a = s.tour("2027-03-01", "2027-08-31");
    const DeploymentId b = s.tour("2027-03-01", "2027-08-31", s.other);
    const std::int64_t p = s.book().propose(
        {a, b}, "EULEX rotation 2027", {"EU (EEAS)", "EEAS(2026)1", Date::fromIso("2026-10-01")});
    QVERIFY(s.book().get(p).state == ProposalState::Draft);
    QVERIFY(s.status(a) == DeploymentStatus::Planned);
    s.book().submit(p, Date::fromIso("2026-11-02"));
    QVERIFY(s.book().get(p).state == ProposalState::Submitted);
    QVERIFY(s.status(a) == DeploymentStatus::Proposed);
    QVERIFY(s.status(b) == DeploymentStatus::Proposed);
    s.book().recommend(p, Date::fromIso("2026-11-10"), "MNZ 0100-1/2026");
    QVERIFY(s.book().get(p).state == ProposalState::Recommended);
    QVERIFY(s.status(a) == DeploymentStatus::Proposed); // only the Government approves
    s.book().decide(p, Date::fromIso("2026-11-20"), "51100-12/2026", Outcome::Approved);
    const Proposal decided = s.book().get(p);
    QVERIFY(decided.state == ProposalState::Decided);
    QCOMPARE(decided.decisionNumber, std::string("51100-12/2026"));
    QVERIFY(s.status(a) == DeploymentStatus::Approved);
    QVERIFY(s.status(b) == DeploymentStatus::Approved);
    QVERIFY(*decided.tours[0].approved && *decided.tours[1].approved);
    s.book().notify(p, Date::fromIso("2026-11-21"));
    QVERIFY(s.book().get(p).state == ProposalState::Notified);
    // Nothing follows the notification; a decided proposal is not withdrawn.
    QVERIFY(!refusal([&] { s.book().withdraw(p); }).empty());
    QVERIFY(!refusal([&] { s.book().notify(p, Date::fromIso("2026-11-22")); }).empty());
    // Every step audited.
    for (const char* step : {"propose", "submit", "recommend", "decide", "notify"})
        QCOMPARE(s.audits(step), std::int64_t(1));
    // The tours' own status changes are audited by the gate too.
    QCOMPARE(*s.db.queryValue<std::int64_t>(
                 "SELECT count(*) FROM audit_log WHERE action = 'status' AND entity_id = ?", a),
             std::int64_t(2));
}

void TestApprovals::partlyApprovedAndRejected()
{
    Store s;
    const DeploymentId a = s.tour("2027-03-01", "2027-08-31");
    const DeploymentId b = s.tour("2027-03-01", "2027-08-31", s.other);
    const auto through = [&](std::vector<DeploymentId> tours) {
        const std::int64_t p = s.book().propose(tours, "t");
        s.book().submit(p, Date::fromIso("2026-11-02"));
        s.book().recommend(p, Date::fromIso("2026-11-03"), "R");
        return p;
    };
    const std::int64_t p = through({a, b});
    // Partly names what it approves, and only tours of the proposal.
    QVERIFY(refusal([&] {
                s.book().decide(p, Date::fromIso("2026-11-04"), "N", Outcome::Partly);
            }).find("names the tours it approves")
            != std::string::npos);
    const DeploymentId stranger = s.tour("2028-01-01", "2028-02-01");
    QVERIFY(refusal([&] {
                s.book().decide(p, Date::fromIso("2026-11-04"), "N", Outcome::Partly, {stranger});
            }).find("is not in proposal")
            != std::string::npos);
    QVERIFY(!refusal([&] {
                 s.book().decide(p, Date::fromIso("2026-11-04"), "N", Outcome::Approved, {a});
             }).empty());
    s.book().decide(p, Date::fromIso("2026-11-04"), "N-1", Outcome::Partly, {a});
    QVERIFY(s.status(a) == DeploymentStatus::Approved);
    QVERIFY(s.status(b) == DeploymentStatus::Planned); // back, free for another proposal
    const Proposal decided = s.book().get(p);
    QVERIFY(*decided.tours[0].approved != *decided.tours[1].approved);
    // A rejection sends every tour back to planned.
    const std::int64_t q = through({b});
    s.book().decide(q, Date::fromIso("2026-11-05"), "N-2", Outcome::Rejected);
    QVERIFY(s.status(b) == DeploymentStatus::Planned);
    QVERIFY(!*s.book().get(q).tours[0].approved);
}

void TestApprovals::withdrawnBeforeTheDecision()
{
    Store s;
    const DeploymentId a = s.tour("2027-03-01", "2027-08-31");
    const std::int64_t p = s.book().propose({a}, "t");
    s.book().submit(p, Date::fromIso("2026-11-02"));
    s.book().withdraw(p);
    QVERIFY(s.book().get(p).state == ProposalState::Withdrawn);
    QVERIFY(s.status(a) == DeploymentStatus::Planned);
    // A planner's step on a withdrawn proposal names the rule; nothing is written.
    const std::int64_t before = s.count("audit_log");
    for (const auto& step : std::vector<std::function<void()>>{
             [&] { s.book().recommend(p, Date::fromIso("2026-11-03"), "R"); },
             [&] { s.book().submit(p, Date::fromIso("2026-11-03")); },
             [&] { s.book().decide(p, Date::fromIso("2026-11-03"), "N", Outcome::Approved); },
             [&] { s.book().addTour(p, s.tour("2028-01-01", "2028-01-31", s.other)); }})
        QVERIFY(refusal(step).find("is withdrawn: no step follows a withdrawal")
                != std::string::npos);
    QVERIFY(refusal([&] { s.book().withdraw(p); }).find("withdrawn") != std::string::npos);
    QCOMPARE(s.count("audit_log"), before + 1); // the tour the last step tried to add
    // The tour is free again.
    QVERIFY(s.book().propose({a}, "again") > p);
}

void TestApprovals::stepsInOrderAndDated()
{
    Store s;
    const DeploymentId a = s.tour("2027-03-01", "2027-08-31");
    const std::int64_t p = s.book().propose({a}, "t", {"EU", "R-1", Date::fromIso("2026-10-10")});
    // Out of order.
    QVERIFY(refusal([&] {
                s.book().recommend(p, Date::fromIso("2026-11-03"), "R");
            }).find("only a submitted proposal can be recommended")
            != std::string::npos);
    QVERIFY(refusal([&] {
                s.book().decide(p, Date::fromIso("2026-11-03"), "N", Outcome::Approved);
            }).find("only a recommended proposal can be decided")
            != std::string::npos);
    QVERIFY(refusal([&] {
                s.book().notify(p, Date::fromIso("2026-11-03"));
            }).find("only a decided proposal can be notified")
            != std::string::npos);
    // Dated before the step before it, or after today.
    QVERIFY(refusal([&] {
                s.book().submit(p, Date::fromIso("2026-10-09"));
            }).find("is before the international request (2026-10-10)")
            != std::string::npos);
    QVERIFY(refusal([&] { s.book().submit(p, Date::fromIso("2026-12-01")); }).find("is after today")
            != std::string::npos);
    QVERIFY(s.status(a) == DeploymentStatus::Planned);
    s.book().submit(p, Date::fromIso("2026-11-10"));
    const std::string early =
        refusal([&] { s.book().recommend(p, Date::fromIso("2026-11-09"), "R"); });
    QVERIFY2(early.find("date: 2026-11-09 is before the submission (2026-11-10)")
                 != std::string::npos,
             early.c_str());
    s.book().recommend(p, Date::fromIso("2026-11-10"), "R"); // the same day is fine
    QVERIFY(refusal([&] {
                s.book().decide(p, Date::fromIso("2026-11-09"), "N", Outcome::Approved);
            }).find("is before the recommendation")
            != std::string::npos);
    QVERIFY(s.status(a) == DeploymentStatus::Proposed);
    s.book().decide(p, Date::fromIso("2026-11-10"), "N", Outcome::Approved);
    QVERIFY(refusal([&] {
                s.book().notify(p, Date::fromIso("2026-11-09"));
            }).find("is before the decision")
            != std::string::npos);
    // The recommendation has a reference.
    const std::int64_t q = s.book().propose({s.tour("2028-01-01", "2028-01-31")}, "q");
    s.book().submit(q, Date::fromIso("2026-11-10"));
    QVERIFY(
        refusal([&] { s.book().recommend(q, Date::fromIso("2026-11-11"), " "); }).find("reference")
        != std::string::npos);
}

void TestApprovals::aDecisionNeedsItsNumber()
{
    Store s;
    const DeploymentId a = s.tour("2027-03-01", "2027-08-31");
    const std::int64_t p = s.book().propose({a}, "t");
    s.book().submit(p, Date::fromIso("2026-11-02"));
    s.book().recommend(p, Date::fromIso("2026-11-03"), "R");
    const std::int64_t audits = s.count("audit_log");
    QVERIFY(refusal([&] {
                s.book().decide(p, Date::fromIso("2026-11-04"), "  ", Outcome::Approved);
            }).find("number: a Government decision has a number")
            != std::string::npos);
    QVERIFY(s.book().get(p).state == ProposalState::Recommended);
    QVERIFY(s.status(a) == DeploymentStatus::Proposed);
    QCOMPARE(s.count("audit_log"), audits);
}

void TestApprovals::aTourInOneOpenProposal()
{
    Store s;
    const DeploymentId a = s.tour("2027-03-01", "2027-08-31");
    const std::int64_t p = s.book().propose({a}, "t");
    const std::int64_t proposals = s.count("approvals_proposal");
    const std::string why = refusal([&] { s.book().propose({a}, "twice"); });
    QVERIFY2(why.find("tour " + std::to_string(a.value()) + " is already in open proposal "
                      + std::to_string(p))
                 != std::string::npos,
             why.c_str());
    QCOMPARE(s.count("approvals_proposal"), proposals); // nothing written
    // Only planned tours (a completed one is history).
    const DeploymentId old =
        s.tour("2020-01-01", "2020-06-30", s.other, {}, DeploymentStatus::Completed);
    QVERIFY(refusal([&] { s.book().propose({old}, "old"); }).find("is completed")
            != std::string::npos);
    QVERIFY(refusal([&] { s.book().propose({}, "none"); }).find("at least one tour")
            != std::string::npos);
}

void TestApprovals::blockingFindingsStopTheSubmission()
{
    Store s;
    // Two tours of one officer that overlap: the core rule blocks both.
    const DeploymentId a = s.tour("2027-03-01", "2027-08-31");
    const DeploymentId b = s.tour("2027-08-01", "2027-12-31", {}, s.euam);
    const DeploymentId c = s.tour("2027-03-01", "2027-08-31", s.other);
    const std::int64_t p = s.book().propose({a, b, c}, "t");
    const std::string why = refusal([&] { s.book().submit(p, Date::fromIso("2026-11-02")); });
    QVERIFY2(why.find("cannot be submitted while its tours have blocking findings")
                 != std::string::npos,
             why.c_str());
    // Both tours named, each with the rule and its article.
    QVERIFY2(why.find("tour " + std::to_string(a.value())) != std::string::npos, why.c_str());
    QVERIFY2(why.find("tour " + std::to_string(b.value())) != std::string::npos, why.c_str());
    QVERIFY2(why.find("core.overlapping_deployments") != std::string::npos, why.c_str());
    // Nothing moved: the tour that passed is planned still.
    QVERIFY(s.status(c) == DeploymentStatus::Planned);
    QVERIFY(s.book().get(p).state == ProposalState::Draft);
    QCOMPARE(s.audits("submit"), std::int64_t(0));
    // Resolved (one tour leaves the proposal and is cancelled): it goes.
    s.book().removeTour(p, b);
    s.admin().changeStatus(b, DeploymentStatus::Cancelled);
    s.book().submit(p, Date::fromIso("2026-11-02"));
    QVERIFY(s.status(c) == DeploymentStatus::Proposed);
}

void TestApprovals::unknownProposalsAndTours()
{
    Store s;
    QVERIFY(refusal([&] {
                s.book().submit(999, Date::fromIso("2026-11-02"));
            }).find("there is no proposal with id 999")
            != std::string::npos);
    QVERIFY(refusal([&] {
                s.book().propose({DeploymentId(77)}, "t");
            }).find("there is no tour with id 77")
            != std::string::npos);
    QCOMPARE(s.count("approvals_proposal"), std::int64_t(0));
    const auto run = s.approvals({"submit", "999", "--date", "2026-11-02"});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.find("there is no proposal with id 999") != std::string::npos);
}

void TestApprovals::nothingElseApprovesATour()
{
    Store s;
    const DeploymentId a = s.tour("2027-03-01", "2027-08-31");
    sdk::Context missions("missions", s.db, {"pia", "Pia", sdk::Role::Planner, {}, true}, s.clock,
                          s.checks, s.changes, &s.facts, &s.gate);
    missions.changeStatus(a, DeploymentStatus::Proposed);
    QVERIFY(refusal([&] {
                missions.changeStatus(a, DeploymentStatus::Approved);
            }).find("only the approvals plugin")
            != std::string::npos);
    QVERIFY(s.status(a) == DeploymentStatus::Proposed);
}

void TestApprovals::amendingADecision()
{
    Store s;
    const DeploymentId a = s.tour("2027-03-01", "2027-08-31");
    const std::int64_t p = s.book().propose({a}, "t");
    QVERIFY(refusal([&] {
                s.book().propose({s.tour("2028-01-01", "2028-01-31")}, "x", {}, p);
            }).find("only a decision can be amended")
            != std::string::npos);
    s.book().submit(p, Date::fromIso("2026-11-02"));
    s.book().recommend(p, Date::fromIso("2026-11-03"), "R");
    s.book().decide(p, Date::fromIso("2026-11-04"), "N-1", Outcome::Approved);
    // Replace an officer, keep the approved tour: an amendment names both.
    const DeploymentId replacement = s.tour("2027-05-01", "2027-08-31", s.other);
    const std::int64_t amendment = s.book().propose({a, replacement}, "replacement", {}, p);
    QCOMPARE(*s.book().get(amendment).amends, p);
    s.book().submit(amendment, Date::fromIso("2026-11-10"));
    QVERIFY(s.status(a) == DeploymentStatus::Approved); // stays
    QVERIFY(s.status(replacement) == DeploymentStatus::Proposed);
    s.book().recommend(amendment, Date::fromIso("2026-11-11"), "R2");
    s.book().decide(amendment, Date::fromIso("2026-11-12"), "N-2", Outcome::Approved);
    QVERIFY(s.status(replacement) == DeploymentStatus::Approved);
    // An approved tour is not proposed again outside an amendment.
    QVERIFY(refusal([&] { s.book().propose({a}, "again"); }).find("is approved")
            != std::string::npos);
}

void TestApprovals::deadlineRule()
{
    Store s;
    const DeploymentId soon = s.tour("2026-12-20", "2027-06-30"); // in 20 days
    const DeploymentId later = s.tour("2027-02-01", "2027-06-30", s.other);
    const DeploymentId started = s.tour("2026-11-30", "2027-01-15", s.other, s.euam); // today
    const std::int64_t p = s.book().propose({soon, later}, "t");
    s.book().propose({started}, "late");
    std::map<std::int64_t, sdk::Severity> found;
    std::map<std::int64_t, std::string> said;
    for (const sdk::Finding& f :
         decisionDeadlineCheck().run({s.db, s.clock.today(), std::nullopt})) {
        QCOMPARE(f.legalBasis, std::string("Police Act, Art. 19"));
        found[f.deploymentId.value()] = f.severity;
        said[f.deploymentId.value()] = f.message;
    }
    QVERIFY2(said[soon.value()].find("starts on 2026-12-20, in 20 days, and") != std::string::npos,
             said[soon.value()].c_str());
    QCOMPARE(found.size(), std::size_t(2)); // 30 days by default: not the one in 63 days
    QVERIFY(found.at(soon.value()) == sdk::Severity::Warning);
    QVERIFY(found.at(started.value()) == sdk::Severity::Blocking);
    // The boundary: a tour starting on day 30 is flagged, on day 31 not.
    setDeadlineDays(s.admin(), 63);
    QCOMPARE(decisionDeadlineCheck().run({s.db, s.clock.today(), later}).size(), std::size_t(1));
    setDeadlineDays(s.admin(), 62);
    QCOMPARE(decisionDeadlineCheck().run({s.db, s.clock.today(), later}).size(), std::size_t(0));
    // Decided: no more finding.
    s.book().submit(p, Date::fromIso("2026-11-02"));
    s.book().recommend(p, Date::fromIso("2026-11-03"), "R");
    s.book().decide(p, Date::fromIso("2026-11-04"), "N", Outcome::Approved);
    QCOMPARE(decisionDeadlineCheck().run({s.db, s.clock.today(), soon}).size(), std::size_t(0));
    // Only an admin sets the deadline, within reason.
    QVERIFY(!refusal([&] { setDeadlineDays(*s.context, 10); }).empty());
    QVERIFY(!refusal([&] { setDeadlineDays(s.admin(), -1); }).empty());
}

void TestApprovals::factsAndHistory()
{
    Store s;
    const DeploymentId a = s.tour("2027-03-01", "2027-08-31");
    QVERIFY(decisionFacts(*s.context, a).front().value.find("in no proposal") != std::string::npos);
    const std::int64_t p = s.book().propose({a}, "t");
    s.book().submit(p, Date::fromIso("2026-11-02"));
    QVERIFY(decisionFacts(*s.context, a).front().value.find("with the Minister since 2026-11-02")
            != std::string::npos);
    s.book().recommend(p, Date::fromIso("2026-11-03"), "MNZ-7");
    s.book().decide(p, Date::fromIso("2026-11-04"), "51100-3/2026", Outcome::Approved);
    const std::string fact = decisionFacts(*s.context, a).front().value;
    QVERIFY2(fact.find("51100-3/2026, 2026-11-04: approved") != std::string::npos, fact.c_str());
    const std::vector<HistoryStep> h = s.book().history(p);
    QCOMPARE(h.size(), std::size_t(4));
    QCOMPARE(h.front().action, std::string("propose"));
    QCOMPARE(h.back().action, std::string("decide"));
    QCOMPARE(h[2].actor, std::string("pia"));
    QVERIFY(h[2].details.find("MNZ-7") != std::string::npos);
}

void TestApprovals::officersAndViewers()
{
    Store s(sdk::Role::Officer, true);
    const DeploymentId mine = s.tour("2027-03-01", "2027-08-31");
    const DeploymentId theirs = s.tour("2027-03-01", "2027-08-31", s.other);
    const std::int64_t both = ProposalBook(s.admin()).propose({mine, theirs}, "both");
    const std::int64_t other =
        ProposalBook(s.admin()).propose({s.tour("2028-03-01", "2028-08-31", s.other)}, "other");
    // An officer sees the proposals of their own tours, and only their own tours in them.
    QCOMPARE(s.book().list().size(), std::size_t(1));
    QCOMPARE(s.book().get(both).tours.size(), std::size_t(1));
    QVERIFY(refusal([&] { s.book().get(other); }).find("no proposal") != std::string::npos);
    // And changes nothing.
    QVERIFY(!refusal([&] { s.book().submit(both, Date::fromIso("2026-11-02")); }).empty());
    QVERIFY(!refusal([&] { s.book().propose({mine}, "x"); }).empty());
    // A viewer reads everything and changes nothing.
    s.login(sdk::Role::Viewer);
    QCOMPARE(s.book().list().size(), std::size_t(2));
    QVERIFY(!refusal([&] { s.book().withdraw(both); }).empty());
    QCOMPARE(s.approvals({"list", "--json"}).code, 0);
    QCOMPARE(s.approvals({"withdraw", std::to_string(both)}).code, 1);
}

void TestApprovals::proposalsAsJson()
{
    Store s;
    const DeploymentId a = s.tour("2027-03-01", "2027-08-31");
    const std::int64_t p =
        s.book().propose({a}, "EULEX", {"EU", "R-1", Date::fromIso("2026-10-01")});
    s.book().submit(p, Date::fromIso("2026-11-02"));
    s.book().recommend(p, Date::fromIso("2026-11-03"), "MNZ-1");
    s.book().decide(p, Date::fromIso("2026-11-04"), "51100-1", Outcome::Approved);
    const QByteArray json = exportProposals(*s.context);
    const QJsonObject o = QJsonDocument::fromJson(json).array()[0].toObject();
    QCOMPARE(o["state"].toString(), QString("decided"));
    QCOMPARE(o["decision_number"].toString(), QString("51100-1"));
    QCOMPARE(o["history"].toArray().size(), 4);
    QVERIFY(o["tours"].toArray()[0].toObject()["approved"].toBool());
    // Into another store with the same tours, as history: the same record.
    Store t;
    t.tour("2027-03-01", "2027-08-31");
    const sdk::ImportReport r = importProposals(*t.context, json);
    QVERIFY2(r.ok(), sdk::describe(r).c_str());
    QCOMPARE(r.added, 1);
    const Proposal copy = t.book().list().front();
    QVERIFY(copy.state == ProposalState::Decided);
    QCOMPARE(copy.decisionNumber, std::string("51100-1"));
    QCOMPARE(*copy.decidedOn, Date::fromIso("2026-11-04"));
    // Bad records: all or nothing, each problem named.
    QByteArray bad = json;
    bad.replace("\"2026-11-03\"", "\"2026-11-09\""); // recommended after the decision
    Store u;
    u.tour("2027-03-01", "2027-08-31");
    const sdk::ImportReport refused = importProposals(*u.context, bad);
    QVERIFY(!refused.ok());
    QVERIFY2(sdk::describe(refused).find("decided_on: is before the step before it")
                 != std::string::npos,
             sdk::describe(refused).c_str());
    QCOMPARE(u.count("approvals_proposal"), std::int64_t(0));
}

void TestApprovals::aLateDecisionIsRecorded()
{
    Store s;
    // A rotation that started on 2026-11-20 still waits for the Government
    // (its proposal brought in as history): the deadline rule blocks the tour,
    // but recording the decision it asks for is not refused by it; the planned
    // tour of the imported proposal is approved too.
    const DeploymentId a = s.tour("2026-11-20", "2027-05-19");
    const QByteArray file =
        QByteArray("[{\"id\": 7, \"title\": \"late\", \"state\": \"recommended\", ")
        + "\"submitted_on\": \"2026-10-01\", \"recommended_on\": \"2026-10-15\", "
        + "\"recommendation_reference\": \"MNZ-9\", \"tours\": [{\"deployment\": "
        + QByteArray::number(qint64(a.value())) + "}]}]";
    const sdk::ImportReport r = importProposals(*s.context, file);
    QVERIFY2(r.ok(), sdk::describe(r).c_str());
    const std::int64_t p = s.book().list().front().id;
    QVERIFY(decisionDeadlineCheck().run({s.db, s.clock.today(), a}).front().severity
            == sdk::Severity::Blocking);
    s.book().decide(p, Date::fromIso("2026-11-25"), "51100-40/2026", Outcome::Approved);
    QVERIFY(s.status(a) == DeploymentStatus::Approved);
    QVERIFY(decisionDeadlineCheck().run({s.db, s.clock.today(), a}).empty());
}

void TestApprovals::aTourProposedByHandJoins()
{
    Store s;
    const DeploymentId a = s.tour("2027-03-01", "2027-08-31");
    s.admin().changeStatus(a, DeploymentStatus::Proposed); // the step is nobody's
    const std::int64_t p = s.book().propose({a}, "t");
    s.book().submit(p, Date::fromIso("2026-11-02"));
    s.book().withdraw(p); // and goes back to planned with the proposal
    QVERIFY(s.status(a) == DeploymentStatus::Planned);
    // A cancelled tour is named when the proposal is submitted.
    const DeploymentId b = s.tour("2027-03-01", "2027-08-31", s.other);
    const std::int64_t q = s.book().propose({a, b}, "q");
    s.admin().changeStatus(b, DeploymentStatus::Cancelled);
    QVERIFY(refusal([&] {
                s.book().submit(q, Date::fromIso("2026-11-02"));
            }).find("tour " + std::to_string(b.value()) + " is cancelled")
            != std::string::npos);
    QVERIFY(s.status(a) == DeploymentStatus::Planned);
}

// Issue #16: Home's count of the tours waiting for a decision, and the page's list of them, read
// a range of migration 2's partial index, not every tour of the month in the table.
void TestApprovals::undecidedToursReadTheirIndex()
{
    Store s;
    for (const char* sql : {kUndecidedCountSql, kUndecidedToursSql}) {
        std::string plan;
        for (sdk::Statement st(s.db, std::string("EXPLAIN QUERY PLAN ") + sql); st.step();)
            plan += st.text(3) + "\n";
        QVERIFY2(plan.find("USING INDEX approvals_undecided_tour") != std::string::npos,
                 plan.c_str());
    }
}

// The page's list (listProposals): at once on a small store; from setBackgroundFrom() tours on,
// on a worker with its own connection (issue #16), loading meanwhile, then the same list as
// proposals() gives; an answer to an older filter is dropped for the newer one.
void TestApprovals::theListIsReadOnAWorkerForABigStore()
{
    QTemporaryDir dir;
    Store s(sdk::Role::Planner, false, dir.filePath("approvals.db").toStdString());
    const DeploymentId a = s.tour("2027-01-01", "2027-06-30");
    const DeploymentId b = s.tour("2027-02-01", "2027-07-31", s.other, s.euam);
    s.book().propose({a}, "Kosovo");
    s.book().propose({b}, "Ukraine");
    ApprovalsBackend here(*s.context);
    QSignalSpy told(&here, &ApprovalsBackend::proposalListChanged);
    here.listProposals("");
    QCOMPARE(told.count(), 1); // two tours: below the default, read at once
    QVERIFY(!here.proposalsLoading());
    QCOMPARE(here.proposalList(), here.proposals(""));
    QCOMPARE(here.proposalList().size(), 2);

    ApprovalsBackend backend(*s.context);
    backend.setBackgroundFrom(1);
    backend.listProposals("");
    QVERIFY(backend.proposalsLoading());
    QVERIFY(backend.proposalList().isEmpty()); // not read yet: the window does not wait
    QSignalSpy changed(&backend, &ApprovalsBackend::proposalListChanged);
    backend.listProposals("EUAM"); // typed on before the first answer came
    QTRY_VERIFY(!backend.proposalsLoading());
    QCOMPARE(backend.proposalList(), here.proposals("EUAM"));
    QCOMPARE(backend.proposalList().size(), 1);
    // The answer to "" came too, whichever came first, and was dropped: told of the second
    // request and of its answer only.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(backend.proposalList(), here.proposals("EUAM"));
}

QTEST_GUILESS_MAIN(TestApprovals)
#include "tst_approvals.moc"
