// The insurance plugin's rules (Police Act, Art. 89): which days of which
// tours need cover and have it (the edges: cover ending a day early, policies
// meeting, a one-day gap, a leap day, a high-risk tour in a low-risk mission),
// the check's message, the policy's checks, its document, files and facts.
// The exposure and the calculators (Art. 90, 91) are in tst_compensation.
#include "compensation.h"
#include "insurancebackend.h"
#include "insurancestore.h"

#include "policyfile.h"

#include <contingent/sdk/tables.h>
#include <contingent/sdk/transaction.h>

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace insurancetest;

namespace {

struct PolicySpec {
    const char* first;
    const char* last;
    bool group; ///< covers the mission rather than the officer
};

const QByteArray kPdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n";

} // namespace

Q_DECLARE_METATYPE(std::vector<PolicySpec>)

class TestInsurance : public QObject {
    Q_OBJECT
private slots:
    void coverEdges_data();
    void coverEdges();
    void findingNamesDayAndLapsingPolicy();
    void eachStretchNamesThePolicyCoveringIt();
    void onlyToursStillToServeNeedCover();
    void manyToursAreCountedOnAWorker();
    void policyChecks_data();
    void policyChecks();
    void documentIsAPdfKeptInTheStore();
    void filesRoundTrip_data();
    void filesRoundTrip();
    void badFileWritesNothing();
    void factsSayTheCover();
    void everyWriteIsAnnounced();
};

void TestInsurance::coverEdges_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<bool>("highMission");
    QTest::addColumn<int>("tourRisk"); // -1: none of its own
    QTest::addColumn<std::vector<PolicySpec>>("policies");
    QTest::addColumn<QString>("firstUncovered"); // empty: every day covered
    QTest::addColumn<int>("uncoveredDays");
    QTest::addColumn<int>("lapsing"); // the index of the policy that lapses, or -1

    const int none = -1;
    const int high = int(sdk::RiskLevel::High);
    const int low = int(sdk::RiskLevel::Low);
    using P = std::vector<PolicySpec>;
    QTest::newRow("covered exactly") << "2025-03-01"
                                     << "2025-08-31" << true << none
                                     << P{{"2025-03-01", "2025-08-31", false}} << "" << 0 << none;
    QTest::newRow("cover ends one day early")
        << "2025-03-01"
        << "2025-08-31" << true << none << P{{"2025-03-01", "2025-08-30", false}} << "2025-08-31"
        << 1 << 0;
    QTest::newRow("cover starts four days late")
        << "2025-03-01"
        << "2025-08-31" << true << none << P{{"2025-03-05", "2025-12-31", false}} << "2025-03-01"
        << 4 << none;
    QTest::newRow("two policies meet with no gap")
        << "2025-03-01"
        << "2025-08-31" << true << none
        << P{{"2025-03-01", "2025-05-31", false}, {"2025-06-01", "2025-08-31", false}} << "" << 0
        << none;
    QTest::newRow("a gap of one day between two policies")
        << "2025-03-01"
        << "2025-08-31" << true << none
        << P{{"2025-03-01", "2025-05-30", false}, {"2025-06-01", "2025-08-31", false}}
        << "2025-05-31" << 1 << 0;
    QTest::newRow("a group policy and a named one together")
        << "2025-03-01"
        << "2025-08-31" << true << none
        << P{{"2025-01-01", "2025-06-30", true}, {"2025-07-01", "2025-09-30", false}} << "" << 0
        << none;
    QTest::newRow("group policy lapses, named one reaches further")
        << "2025-03-01"
        << "2025-08-31" << true << none
        << P{{"2025-01-01", "2025-04-30", true}, {"2025-03-01", "2025-05-31", false}}
        << "2025-06-01" << 92 << 1;
    QTest::newRow("overlapping policies, the longer counts")
        << "2025-03-01"
        << "2025-08-31" << true << none
        << P{{"2025-03-01", "2025-08-31", false}, {"2025-03-01", "2025-04-30", false}} << "" << 0
        << none;
    QTest::newRow("two gaps add up")
        << "2025-03-01"
        << "2025-06-30" << true << none
        << P{{"2025-03-01", "2025-03-31", false}, {"2025-05-01", "2025-05-31", false}}
        << "2025-04-01" << 60 << 0;
    QTest::newRow("a low-risk mission with a high-risk tour")
        << "2025-03-01"
        << "2025-08-31" << false << high << P{} << "2025-03-01" << 184 << none;
    QTest::newRow("a high-risk mission with a tour marked low")
        << "2025-03-01"
        << "2025-03-10" << true << low << P{} << "2025-03-01" << 10 << none;
    QTest::newRow("leap day uncovered")
        << "2024-02-01"
        << "2024-03-31" << true << none
        << P{{"2024-02-01", "2024-02-28", false}, {"2024-03-01", "2024-03-31", false}}
        << "2024-02-29" << 1 << 0;
    QTest::newRow("leap day covered")
        << "2024-02-01"
        << "2024-03-31" << true << none
        << P{{"2024-02-01", "2024-02-29", false}, {"2024-03-01", "2024-03-31", true}} << "" << 0
        << none;
    QTest::newRow("year end: a policy to 31 December and one from 1 January")
        << "2025-11-15"
        << "2026-02-14" << true << none
        << P{{"2025-01-01", "2025-12-31", true}, {"2026-01-01", "2026-12-31", true}} << "" << 0
        << none;
}

void TestInsurance::coverEdges()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(bool, highMission);
    QFETCH(int, tourRisk);
    QFETCH(std::vector<PolicySpec>, policies);
    QFETCH(QString, firstUncovered);
    QFETCH(int, uncoveredDays);
    QFETCH(int, lapsing);

    Store s;
    const sdk::MissionId mission = highMission ? s.high : s.medium;
    const DeploymentId t =
        s.tour(first.toLatin1().constData(), last.toLatin1().constData(), mission,
               tourRisk < 0 ? std::nullopt : std::optional(sdk::RiskLevel(tourRisk)));
    std::vector<std::int64_t> ids;
    int n = 0;
    for (const PolicySpec& p : policies)
        ids.push_back(s.add(
            p.group ? s.policy(("G" + std::to_string(++n)).c_str(), p.first, p.last, {}, {mission})
                    : s.policy(("N" + std::to_string(++n)).c_str(), p.first, p.last, {s.officer})));
    // Policies of someone else never count: another officer's, another mission's.
    s.add(s.policy("OTHER-O", "2000-01-01", "2040-12-31", {s.other}));
    s.add(s.policy("OTHER-M", "2000-01-01", "2040-12-31", {}, {highMission ? s.medium : s.high}));

    const std::vector<TourCover> cover = tourCover(s.db, t);
    QCOMPARE(cover.size(), std::size_t(1));
    const TourCover& c = cover.front();
    QVERIFY(c.highRisk && c.needsCover);
    QCOMPARE(c.firstUncovered ? QString::fromStdString(c.firstUncovered->toIso()) : QString(),
             firstUncovered);
    QCOMPARE(c.uncoveredDays, uncoveredDays);
    QCOMPARE(c.lapsing ? std::optional(*c.lapsing) : std::nullopt,
             lapsing < 0 ? std::nullopt : std::optional(ids[std::size_t(lapsing)]));
    int covered = 0;
    for (const CoveredStretch& st : c.covered)
        covered += st.days.lengthInDays();
    QCOMPARE(covered + c.uncoveredDays, c.period.lengthInDays());
    // The check says the same, once per uncovered tour.
    QCOMPARE(s.findings().size(), std::size_t(firstUncovered.isEmpty() ? 0 : 1));
}

void TestInsurance::findingNamesDayAndLapsingPolicy()
{
    Store s;
    s.tour("2025-03-01", "2025-08-31");
    s.add(s.policy("12-3456", "2025-01-01", "2025-06-30", {s.officer}));
    const auto f = s.findings();
    QCOMPARE(f.size(), std::size_t(1));
    QCOMPARE(f.front(), std::string("high-risk tour 2025-03-01..2025-08-31 is not insured from "
                                    "2025-07-01 (62 of 184 days uncovered); policy 12-3456 "
                                    "(Triglav) lapses on 2025-06-30"));
}

void TestInsurance::eachStretchNamesThePolicyCoveringIt()
{
    // Yearly group policies meeting at each new year, and one far ahead: a
    // tour over a new year is covered by that year's policies, and says so.
    Store s;
    const DeploymentId t = s.tour("2024-11-15", "2025-02-14");
    const std::int64_t y2024 = s.add(s.policy("GP-2024", "2024-01-01", "2024-12-31", {}, {s.high}));
    const std::int64_t y2025 = s.add(s.policy("GP-2025", "2025-01-01", "2025-12-31", {}, {s.high}));
    s.add(s.policy("GP-2026", "2026-01-01", "2026-12-31", {}, {s.high}));
    const TourCover c = tourCover(s.db, t).front();
    QVERIFY(c.fullyCovered());
    QCOMPARE(c.covered.size(), std::size_t(2));
    QCOMPARE(c.covered[0].policy, y2024);
    QVERIFY(c.covered[0].days == Period::fromIso("2024-11-15", "2024-12-31"));
    QCOMPARE(c.covered[1].policy, y2025);
    QVERIFY(c.covered[1].days == Period::fromIso("2025-01-01", "2025-02-14"));
    const std::vector<sdk::FactLine> lines = coverFacts(*s.context, t);
    QCOMPARE(lines.size(), std::size_t(2));
    QCOMPARE(lines[0].value, std::string("covered by policy GP-2024 (Triglav) to 2024-12-31"));
    QCOMPARE(lines[1].value, std::string("covered by policy GP-2025 (Triglav) to 2025-02-14"));
}

void TestInsurance::onlyToursStillToServeNeedCover()
{
    Store s;
    using S = sdk::DeploymentStatus;
    int month = 0;
    for (S status : {S::Planned, S::Proposed, S::Approved, S::Active, S::Completed, S::Cancelled}) {
        const sdk::Period days =
            Period::ofMonths(sdk::Date::fromYmd(2024, unsigned(++month), 1), 1);
        s.tour(days.first().toIso().c_str(), days.last().toIso().c_str(), s.high, std::nullopt,
               status);
    }
    s.tour("2024-09-01", "2024-09-30", s.medium); // not high-risk
    QCOMPARE(s.findings().size(), std::size_t(4));
    QCOMPARE(tourCover(s.db).size(), std::size_t(4));
}

void TestInsurance::policyChecks_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("no insurer") << "insurer"
                                << "insurer: is required";
    QTest::newRow("no number") << "number"
                               << "number: is required";
    QTest::newRow("negative death sum") << "death"
                                        << "death: the sum insured is negative";
    QTest::newRow("negative disability sum") << "disability"
                                             << "disability: the sum insured is negative";
    QTest::newRow("nobody covered") << "nobody"
                                    << "covered: name the officers or the missions";
    QTest::newRow("officers and missions") << "both"
                                           << "covered: a policy covers named officers";
    QTest::newRow("unknown officer") << "ghost"
                                     << "officers: there is no officer with id 999";
    QTest::newRow("unknown mission") << "nowhere"
                                     << "missions: there is no mission with id 999";
    QTest::newRow("the same number again") << "duplicate"
                                           << "number: policy 1-A (Triglav) is already";
    QTest::newRow("a viewer") << "viewer"
                              << "a viewer may not change insurance policies";
}

void TestInsurance::policyChecks()
{
    QFETCH(QString, change);
    QFETCH(QString, refusal);
    Store s(change == "viewer" ? sdk::Role::Viewer : sdk::Role::Planner);
    s.add(s.policy("1-A", "2025-01-01", "2025-12-31", {s.officer}));
    const std::int64_t before = s.count("insurance_policy");
    const std::int64_t audited = s.count("audit_log");
    Policy p = s.policy("2-B", "2025-01-01", "2025-12-31", {s.officer});
    if (change == "insurer")
        p.insurer = " ";
    else if (change == "number")
        p.number = "";
    else if (change == "death")
        p.death = Money::fromCents(-1);
    else if (change == "disability")
        p.disability = Money::fromCents(-1);
    else if (change == "nobody")
        p.officers.clear();
    else if (change == "both")
        p.missions = {s.high};
    else if (change == "ghost")
        p.officers = {sdk::OfficerId(999)};
    else if (change == "nowhere")
        p = s.policy("2-B", "2025-01-01", "2025-12-31", {}, {sdk::MissionId(999)});
    else if (change == "duplicate")
        p.number = "1-A";
    const std::string said = ::refusal([&] { PolicyBook(*s.context).add(p); });
    QVERIFY2(said.starts_with(refusal.toStdString()), said.c_str());
    QCOMPARE(s.count("insurance_policy"), before); // nothing written
    QCOMPARE(s.count("audit_log"), audited);
}

void TestInsurance::documentIsAPdfKeptInTheStore()
{
    Store s;
    const std::int64_t id = s.add(s.policy("1-A", "2025-01-01", "2025-12-31", {s.officer}));
    PolicyBook book(*s.context);
    QVERIFY(!book.document(id));
    const sdk::Attachment png{"scan.png", sdk::MediaType::Png, QByteArray("\x89PNG\r\n\x1A\n..")};
    QCOMPARE(refusal([&] { book.attach(id, png); }),
             std::string("document: scan.png is not a PDF file"));
    QVERIFY(!book.document(id));
    book.attach(id, {"policy 1-A.pdf", sdk::MediaType::Pdf, kPdf});
    const auto kept = book.document(id);
    QVERIFY(kept && kept->bytes == kPdf && kept->name == "policy 1-A.pdf");
    QCOMPARE(*book.find(id)->document, std::string("policy 1-A.pdf"));
    QCOMPARE(s.context->audit()
                 .entries("insurance.policy", std::optional<std::int64_t>(id), 10)
                 .front()
                 .action,
             std::string("attach"));
    // Removing the policy removes its document.
    book.remove(id);
    QCOMPARE(s.count("insurance_document"), 0);
}

void TestInsurance::filesRoundTrip_data()
{
    QTest::addColumn<sdk::FileFormat>("format");
    QTest::newRow("csv") << sdk::FileFormat::Csv;
    QTest::newRow("xlsx") << sdk::FileFormat::Xlsx;
    QTest::newRow("json") << sdk::FileFormat::Json;
}

void TestInsurance::filesRoundTrip()
{
    QFETCH(sdk::FileFormat, format);
    Store s;
    s.add(s.policy("1-A", "2025-01-01", "2025-12-31", {s.officer, s.other}));
    Policy group = s.policy("GP/7", "2024-02-29", "2025-02-28", {}, {s.high, s.medium});
    group.death = Money::fromCents(12345678);
    s.add(group);
    const QByteArray first = exportPolicies(*s.context, format);
    s.db.execute("DELETE FROM insurance_policy");
    const sdk::ImportReport report = importPolicies(*s.context, first, format);
    QVERIFY2(report.ok(), sdk::describe(report).c_str());
    QCOMPARE(report.added, 2);
    QCOMPARE(exportPolicies(*s.context, format), first);
    // Again: the same insurer and number update, nothing is added.
    const sdk::ImportReport again = importPolicies(*s.context, first, format);
    QCOMPARE(again.added, 0);
    QCOMPARE(again.updated, 2);
}

void TestInsurance::badFileWritesNothing()
{
    Store s;
    const QByteArray csv = "insurer,number,first_day,last_day,death,disability,officers,missions,"
                           "document\n"
                           "Triglav,1,2025-01-01,2025-12-31,100000.00,150000.00,P-1,,\n"
                           "Triglav,2,2025-01-01,2024-12-31,100000.00,150000.00,P-1,,\n"
                           "Triglav,3,2025-01-01,2025-12-31,lots,-5,P-9,,\n"
                           "Triglav,4,2025-01-01,2025-12-31,1.00,1.00,P-1,EUAM,\n"
                           "Triglav,5,2025-01-01,2025-12-31,1.00,1.00,,NOWHERE,\n";
    const sdk::ImportReport r = importPolicies(*s.context, csv, sdk::FileFormat::Csv);
    QVERIFY(!r.ok());
    const std::string text = sdk::describe(r);
    for (const char* expected :
         {"line 3, column last_day", "line 4, column death", "\"lots\" is not an amount",
          "line 4, column disability", "line 4, column officers", "\"P-9\"",
          "line 5, column officers", "not both", "line 6, column missions", "\"NOWHERE\""})
        QVERIFY2(text.find(expected) != std::string::npos, (expected + ("\n" + text)).c_str());
    QCOMPARE(s.count("insurance_policy"), 0);
    // A viewer may not import at all.
    Store viewer(sdk::Role::Viewer);
    QVERIFY(
        !importPolicies(*viewer.context, csv.left(csv.indexOf("Triglav,2")), sdk::FileFormat::Csv)
             .ok());
}

void TestInsurance::factsSayTheCover()
{
    Store s;
    const DeploymentId risky = s.tour("2025-03-01", "2025-08-31");
    const DeploymentId calm = s.tour("2025-09-01", "2025-09-30", s.medium);
    s.add(s.policy("12-3456", "2025-01-01", "2025-06-30", {s.officer}));
    const std::vector<sdk::FactLine> lines = coverFacts(*s.context, risky);
    QCOMPARE(lines.size(), std::size_t(3));
    QCOMPARE(lines[0].value, std::string("covered by policy 12-3456 (Triglav) to 2025-06-30"));
    QCOMPARE(lines[1].label, std::string("Uncovered"));
    QCOMPARE(lines[1].value, std::string("from 2025-07-01 (62 day(s) without cover, Art. 89)"));
    QCOMPARE(lines[2].label, std::string("Owed on death (Art. 90)"));
    const std::vector<sdk::FactLine> none = coverFacts(*s.context, calm);
    QCOMPARE(none.size(), std::size_t(1));
    QVERIFY(none[0].value.starts_with("not required"));
    QVERIFY(coverFacts(*s.context, DeploymentId(999)).empty());
}

// From setBackgroundFrom() tours on, Home's card counts on a worker with its own connection
// (issue #16): nothing at first and loading, then the same figure as on the window's thread;
// a change counts again.
void TestInsurance::manyToursAreCountedOnAWorker()
{
    QTemporaryDir dir;
    Store s(sdk::Role::Planner, "2025-01-15", std::nullopt,
            dir.filePath("insurance.db").toStdString());
    s.tour("2025-02-01", "2025-07-31"); // high risk, in 17 days, no policy (Art. 89)
    s.tour("2025-02-10", "2025-07-31", s.medium);
    InsuranceBackend here(*s.context);
    QCOMPARE(here.soonUncoveredCount(), 1); // two tours: below the default, counted at once
    QVERIFY(!here.countsLoading());

    InsuranceBackend backend(*s.context);
    backend.setBackgroundFrom(1);
    QSignalSpy counts(&backend, &InsuranceBackend::countsChanged);
    QCOMPARE(backend.soonUncoveredCount(), 0); // not counted yet: the window does not wait
    QVERIFY(backend.countsLoading());
    QTRY_VERIFY(!backend.countsLoading());
    QCOMPARE(counts.count(), 1);
    QCOMPARE(backend.soonUncoveredCount(), 1);
    // A policy covering the tour: counted again, on the worker.
    const auto id = s.add(s.policy("P-9", "2025-01-01", "2025-12-31", {s.officer}));
    s.changes.announce("insurance.policy", id, sdk::ChangeKind::Created);
    QVERIFY(backend.countsLoading());
    QTRY_COMPARE(backend.soonUncoveredCount(), 0);
    QVERIFY(!backend.countsLoading());
}

// Each write to the policies and the reference sum is announced once it commits: the approvals
// plugin's cover column and every other insurance backend (Home's card) follow it. Before, only
// the backend that wrote refreshed itself, and approvals showed the old cover until reopened.
void TestInsurance::everyWriteIsAnnounced()
{
    Store s(sdk::Role::Admin);
    QSignalSpy spy(&s.changes, &sdk::ChangeNotifier::changed);
    const auto announced = [&] {
        QStringList out;
        for (const QList<QVariant>& args : std::as_const(spy))
            out << args.at(0).toString() + " " + QString::number(args.at(1).toLongLong()) + " "
                       + QString::number(int(args.at(2).value<sdk::ChangeKind>()));
        spy.clear();
        return out;
    };
    const auto kind = [](sdk::ChangeKind k) { return QString::number(int(k)); };
    PolicyBook book(*s.context);
    Policy p = s.policy("1-A", "2025-01-01", "2025-12-31", {s.officer});
    p.id = book.add(p);
    const QString id = QString::number(p.id);
    QCOMPARE(announced(),
             QStringList{"insurance.policy " + id + " " + kind(sdk::ChangeKind::Created)});
    p.number = "1-B";
    book.update(p);
    QCOMPARE(announced(),
             QStringList{"insurance.policy " + id + " " + kind(sdk::ChangeKind::Updated)});
    book.attach(p.id, {"policy.pdf", sdk::MediaType::Pdf, kPdf});
    QCOMPARE(announced(),
             QStringList{"insurance.policy " + id + " " + kind(sdk::ChangeKind::Updated)});
    setReferenceSum(*s.context, Money::fromCents(5000000));
    QCOMPARE(announced(), QStringList{"insurance.setting 0 " + kind(sdk::ChangeKind::Updated)});
    // Not before the commit, and not at all when rolled back or refused.
    {
        sdk::Transaction tx(s.db);
        book.add(s.policy("2-A", "2025-01-01", "2025-12-31", {s.officer}));
        QVERIFY(announced().isEmpty());
    }
    QVERIFY(announced().isEmpty());
    QVERIFY(!refusal([&] {
                 book.add(s.policy("1-B", "2025-01-01", "2025-12-31", {s.officer}));
             }).empty());
    QVERIFY(announced().isEmpty());
    book.remove(p.id);
    QCOMPARE(announced(),
             QStringList{"insurance.policy " + id + " " + kind(sdk::ChangeKind::Removed)});

    // The page's form: Home's card (another backend) counts again; the page's once.
    InsuranceBackend page(*s.context);
    InsuranceBackend card(*s.context);
    QSignalSpy pageChanged(&page, &InsuranceBackend::changed);
    QSignalSpy cardChanged(&card, &InsuranceBackend::changed);
    const QVariantMap saved = page.savePolicy({{"insurer", "Triglav"},
                                               {"number", "T-1"},
                                               {"firstDay", "2025-01-01"},
                                               {"lastDay", "2025-12-31"},
                                               {"death", "100000"},
                                               {"disability", "150000"},
                                               {"officers", "P-1"}});
    QVERIFY2(saved["ok"].toBool(), qPrintable(saved["message"].toString()));
    QCOMPARE(pageChanged.count(), 1);
    QCOMPARE(cardChanged.count(), 1);
    QVERIFY(page.removePolicy(saved["id"].toLongLong())["ok"].toBool());
    QCOMPARE(pageChanged.count(), 2);
    QCOMPARE(cardChanged.count(), 2);
    QVERIFY(page.setReference("60000")["ok"].toBool());
    QCOMPARE(cardChanged.count(), 3);
}

QTEST_GUILESS_MAIN(TestInsurance)
#include "tst_insurance.moc"
