// The proposal to the Minister and the draft Government decision (Police Act,
// Art. 19) as PDF, read back with pdftotext: officers, mission, host country,
// periods, the legal basis and the request; with the expenses, insurance and
// transfers plugins' facts when they are there, and saying "not available"
// when they are not. Also the command line's whole path, and its refusals
// (exit 1, nothing written).

#include "approvalsstore.h"

#include "costfacts.h"
#include "cover.h"
#include "policies.h"
#include "rates.h"
#include "schema.h"
#include "transferdocument.h"
#include "transferorders.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace approvalstest;

namespace {

/// The PDF's text, as `pdftotext -layout` reads it, on one line per line.
QString pdfText(const QString& path)
{
    QProcess p;
    p.start("pdftotext", {"-layout", path, "-"});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return "pdftotext failed: " + p.readAllStandardError();
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

/// The three other plugins' schemas and fact sections, as the host loads them.
void loadOtherPlugins(Store& s, std::vector<std::unique_ptr<sdk::Context>>& contexts)
{
    sdk::MigrationRunner runner(s.db, false);
    runner.apply("expenses", expenses::migrations());
    runner.apply("insurance", insurance::migrations());
    runner.apply("transfers", transfers::migrations());
    for (const char* id : {"expenses", "insurance", "transfers"})
        contexts.push_back(std::make_unique<sdk::Context>(
            id, s.db, sdk::CurrentUser{"ad", "Ad", sdk::Role::Admin, {}, true}, s.clock, s.checks,
            s.changes, &s.facts, &s.gate));
    sdk::Context* e = contexts[0].get();
    sdk::Context* i = contexts[1].get();
    sdk::Context* t = contexts[2].get();
    expenses::seedShippedRates(*e);
    s.facts.add("expenses",
                {"costs", "Costs", 20, [e](DeploymentId d) { return expenses::costFacts(*e, d); }});
    s.facts.add("insurance", {"cover", "Insurance cover", 30,
                              [i](DeploymentId d) { return insurance::coverFacts(*i, d); }});
    s.facts.add("transfers", {"orders", "Transfer orders", 20,
                              [t](DeploymentId d) { return transfers::orderFacts(*t, d); }});
}

} // namespace

class TestApprovalDocuments : public QObject {
    Q_OBJECT
private slots:
    void withoutTheOtherPlugins();
    void withTheOtherPlugins();
    void theWholePathOnTheCommandLine();
};

void TestApprovalDocuments::withoutTheOtherPlugins()
{
    Store s;
    const DeploymentId a = s.tour("2027-03-01", "2027-08-31");
    const std::int64_t p = s.book().propose(
        {a}, "EULEX rotation", {"EU (EEAS)", "EEAS(2026)77", Date::fromIso("2026-10-01")});
    QTemporaryDir dir;
    const QString proposal = dir.filePath("p.pdf");
    writeDocumentPdf(*s.context, p, DocumentKind::Proposal, proposal);
    const QString text = pdfText(proposal);
    QVERIFY2(text.contains("Proposal to the Minister of the Interior"), qPrintable(text));
    QVERIFY2(text.contains("Article 19 of the Police Act"), qPrintable(text));
    QVERIFY2(text.contains("EU (EEAS), ref. EEAS(2026)77, of 2026-10-01"), qPrintable(text));
    QVERIFY2(text.contains("Ana Novak"), qPrintable(text));
    QVERIFY2(text.contains("police inspector"), qPrintable(text));
    QVERIFY2(text.contains("PU Ljubljana"), qPrintable(text));
    QVERIFY2(text.contains("EULEX"), qPrintable(text));
    QVERIFY2(text.contains("Kosovo"), qPrintable(text));
    QVERIFY2(text.contains("2027-03-01 – 2027-08-31"), qPrintable(text));
    // Never silently missing: each figure says why it is not there.
    for (const char* plugin : {"expenses", "insurance", "transfers"})
        QVERIFY2(text.contains(QString("not available: the %1 plugin is not loaded").arg(plugin)),
                 qPrintable(text));
}

void TestApprovalDocuments::withTheOtherPlugins()
{
    Store s;
    std::vector<std::unique_ptr<sdk::Context>> contexts;
    loadOtherPlugins(s, contexts);
    const DeploymentId a = s.tour("2027-03-01", "2027-08-31");
    const std::int64_t p = s.book().propose({a}, "EULEX rotation");
    s.book().submit(p, Date::fromIso("2026-11-02"));
    s.book().recommend(p, Date::fromIso("2026-11-03"), "MNZ 0100-4/2026");
    s.book().decide(p, Date::fromIso("2026-11-04"), "51100-9/2026", Outcome::Approved);
    QTemporaryDir dir;
    const QString decision = dir.filePath("d.pdf");
    writeDocumentPdf(*s.context, p, DocumentKind::Decision, decision);
    const QString text = pdfText(decision);
    QVERIFY2(text.contains("Draft decision of the Government of the Republic of Slovenia"),
             qPrintable(text));
    QVERIFY2(text.contains("of 2026-11-03, ref. MNZ 0100-4/2026"), qPrintable(text));
    QVERIFY2(text.contains("51100-9/2026 of 2026-11-04 (approved)"), qPrintable(text));
    // The other plugins' figures: the forecast of a half-year in Kosovo, the
    // cover (not required: not high-risk) and the transfer orders (none yet).
    QVERIFY2(text.contains("Costs: Forecast (Art. 79, 93)"), qPrintable(text));
    QVERIFY2(text.contains("Insurance cover: Cover"), qPrintable(text));
    QVERIFY2(text.contains("Transfer orders: Transfer order"), qPrintable(text));
    QVERIFY2(!text.contains("not available"), qPrintable(text));
}

void TestApprovalDocuments::theWholePathOnTheCommandLine()
{
    Store s;
    const DeploymentId a = s.tour("2027-03-01", "2027-08-31");
    const DeploymentId b = s.tour("2027-03-01", "2027-08-31", s.other);
    const auto proposed =
        s.approvals({"propose", "--deployment", std::to_string(a.value()), "--deployment",
                     std::to_string(b.value()), "--title", "EULEX rotation"});
    QVERIFY2(proposed.code == 0, proposed.err.c_str());
    const std::string p = proposed.out.substr(0, proposed.out.find('\n'));
    // Each refusal: exit 1, the rule named, nothing written.
    const auto refused = [&](std::vector<std::string> args, const char* expected) {
        const std::int64_t audits = s.count("audit_log");
        const auto run = s.approvals(std::move(args));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.find(expected) != std::string::npos, run.err.c_str());
        QCOMPARE(s.count("audit_log"), audits);
    };
    refused({"propose", "--deployment", std::to_string(a.value())}, "is already in open proposal");
    refused({"recommend", p, "--date", "2026-11-03", "--reference", "R"},
            "only a submitted proposal can be recommended");
    QCOMPARE(s.approvals({"submit", p, "--date", "2026-11-02"}).code, 0);
    refused({"recommend", p, "--date", "2026-11-01", "--reference", "R"},
            "is before the submission");
    QCOMPARE(s.approvals({"recommend", p, "--date", "2026-11-03", "--reference", "MNZ-1"}).code, 0);
    refused({"decide", p, "--date", "2026-11-04", "--outcome", "approved"},
            "a Government decision has a number");
    refused({"decide", p, "--date", "2026-11-04", "--number", "N", "--outcome", "maybe"},
            "is not approved, rejected or partly");
    QCOMPARE(s.approvals({"decide", p, "--date", "2026-11-04", "--number", "51100-1/2026",
                          "--outcome", "partly", "--deployment", std::to_string(b.value())})
                 .code,
             0);
    QVERIFY(s.status(a) == DeploymentStatus::Planned);
    QVERIFY(s.status(b) == DeploymentStatus::Approved);
    QCOMPARE(s.approvals({"notify", p, "--date", "2026-11-05"}).code, 0);
    const auto shown = s.approvals({"show", p, "--json"});
    QVERIFY(shown.out.find("\"state\": \"notified\"") != std::string::npos);
    QVERIFY(s.approvals({"list", "--state", "notified"}).out.find("1 proposal(s)")
            != std::string::npos);
    QVERIFY(s.approvals({"history", p}).out.find("notify") != std::string::npos);
    QTemporaryDir dir;
    const std::string out = dir.filePath("p.pdf").toStdString();
    QCOMPARE(s.approvals({"pdf", p, "--kind", "proposal", "--out", out}).code, 0);
    QVERIFY(pdfText(QString::fromStdString(out)).contains("Proposal to the Minister"));
    QCOMPARE(s.approvals({"pdf", p, "--kind", "memo", "--out", out}).code, 1);
    // Withdrawn: a planner's step names the rule.
    const DeploymentId c = s.tour("2028-01-01", "2028-01-31");
    const std::string qid = s.approvals({"propose", "--deployment", std::to_string(c.value())}).out;
    QVERIFY(!qid.empty());
    const std::string id = qid.substr(0, qid.find('\n'));
    QCOMPARE(s.approvals({"withdraw", id}).code, 0);
    refused({"submit", id, "--date", "2026-11-06"}, "is withdrawn");
    QCOMPARE(s.approvals({"nonsense"}).code, 2);
    QCOMPARE(s.approvals({"submit", p}).code, 2);
}

QTEST_MAIN(TestApprovalDocuments)
#include "tst_approvaldocuments.moc"
