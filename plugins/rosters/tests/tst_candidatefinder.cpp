// The candidate finder: who is available for the whole period, in which
// order, and the reason for everyone left out.
#include "candidatefinder.h"
#include "rosterstore.h"

#include <QTest>

using namespace contingent;
using namespace contingent::rosters;

class TestCandidateFinder : public QObject {
    Q_OBJECT
private slots:
    void leftOutWithEveryReason_data();
    void leftOutWithEveryReason();
    void rankedByRequirementsThenExperienceThenDaysAbroad();
    void requirementsAtOrAboveTheLevel();
    void badRequirementsAreRefused();

private:
    CandidateResult find(RosterStore& s, const char* first, const char* last,
                         std::vector<LanguageSkill> languages = {},
                         std::vector<std::string> skills = {});
};

CandidateResult TestCandidateFinder::find(RosterStore& s, const char* first, const char* last,
                                          std::vector<LanguageSkill> languages,
                                          std::vector<std::string> skills)
{
    CandidateQuery q;
    q.period = sdk::Period::fromIso(first, last);
    q.languages = std::move(languages);
    q.skills = std::move(skills);
    return findCandidates(s.db, q);
}

void TestCandidateFinder::leftOutWithEveryReason_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("reason");
    QTest::newRow("on leave") << "leave"
                              << "on leave 2025-03-01..2025-03-14";
    QTest::newRow("competency test lapses") << "test"
                                            << "competency test lapses 2025-06-02";
    QTest::newRow("passport expires") << "passport"
                                      << "passport expires before the tour ends (2025-05-31)";
    QTest::newRow("already deployed") << "tour"
                                      << "already in EULEX until 2025-08-31";
    QTest::newRow("not deployable") << "flag"
                                    << "not deployable: disciplinary procedure";
    QTest::newRow("inactive") << "inactive"
                              << "not active on the roster";
}

void TestCandidateFinder::leftOutWithEveryReason()
{
    QFETCH(QString, change);
    QFETCH(QString, reason);
    RosterStore s;
    const auto ana = s.officer("P-1", "Novak", "Ana");
    s.officer("P-2", "Kralj", "Luka");
    Documents d = documents(s.db, ana);
    if (change == "leave")
        addUnavailability(s.db, ana,
                          {0, "leave", sdk::Period::fromIso("2025-03-01", "2025-03-14"), ""});
    if (change == "test")
        d.competencyTest = sdk::Date::fromIso("2022-06-02");
    if (change == "passport")
        d.passportExpiry = sdk::Date::fromIso("2025-05-31");
    if (change == "flag") {
        d.deployable = false;
        d.notDeployableReason = "disciplinary procedure";
    }
    setDocuments(s.db, ana, d);
    if (change == "tour")
        s.tour(ana, s.mission("EULEX"), "2025-01-01", "2025-08-31",
               sdk::DeploymentStatus::Approved);
    if (change == "inactive") {
        sdk::Officer o = s.context->officers().get(ana);
        o.active = false;
        s.context->officers().update(o);
    }
    const CandidateResult r = find(s, "2025-02-01", "2025-07-31");
    QCOMPARE(r.candidateCount, std::size_t(1));
    QCOMPARE(r.candidates[0].serviceNumber, std::string("P-2"));
    QCOMPARE(r.excluded.size(), std::size_t(1));
    QCOMPARE(r.excluded[0].serviceNumber, std::string("P-1"));
    QCOMPARE(r.excluded[0].reasons, std::vector<std::string>{reason.toStdString()});
}

void TestCandidateFinder::rankedByRequirementsThenExperienceThenDaysAbroad()
{
    RosterStore s;
    const auto mission = s.mission("EULEX");
    const auto a = s.officer("A", "Adams"); // meets both, no experience
    const auto b = s.officer("B", "Bolt");  // meets one
    const auto c = s.officer("C", "Cruz");  // meets both, one earlier tour, 90 days recently
    const auto d = s.officer("D", "Dorn");  // meets both, one earlier tour, 30 days recently
    for (auto id : {a, c, d}) {
        setLanguages(s.db, id, {{"en", "C1"}});
        setSkills(s.db, id, {"forensics"});
    }
    setLanguages(s.db, b, {{"en", "B2"}});
    s.tour(c, mission, "2024-01-01", "2024-03-30", sdk::DeploymentStatus::Completed);
    s.tour(d, mission, "2024-06-01", "2024-06-30", sdk::DeploymentStatus::Completed);
    const CandidateResult r = find(s, "2025-02-01", "2025-07-31", {{"en", "B2"}}, {"forensics"});
    QCOMPARE(r.candidateCount, std::size_t(4));
    std::vector<std::string> order;
    for (const Candidate& x : r.candidates)
        order.push_back(x.serviceNumber);
    QCOMPARE(order, (std::vector<std::string>{"D", "C", "A", "B"}));
    QCOMPARE(r.candidates[0].daysAbroadRecently, 30);
    QCOMPARE(r.candidates[1].daysAbroadRecently, 90);
    QCOMPARE(r.candidates[3].requirementsMet, 1);
    QCOMPARE(r.candidates[3].missing, std::vector<std::string>{"forensics"});
}

void TestCandidateFinder::requirementsAtOrAboveTheLevel()
{
    RosterStore s;
    const auto a = s.officer("A");
    setLanguages(s.db, a, {{"fr", "B1"}});
    auto r = find(s, "2025-02-01", "2025-03-01", {{"fr", "B1"}});
    QCOMPARE(r.candidates[0].requirementsMet, 1);
    r = find(s, "2025-02-01", "2025-03-01", {{"fr", "B2"}});
    QCOMPARE(r.candidates[0].requirementsMet, 0);
    QCOMPARE(r.candidates[0].missing, std::vector<std::string>{"fr B2"});
}

void TestCandidateFinder::badRequirementsAreRefused()
{
    RosterStore s;
    QVERIFY_THROWS_EXCEPTION(sdk::InputError, find(s, "2025-02-01", "2025-03-01", {{"fr", "D1"}}));
    QVERIFY_THROWS_EXCEPTION(sdk::InputError, find(s, "2025-02-01", "2025-03-01", {{"xx", "B1"}}));
    CandidateQuery q;
    q.period = sdk::Period::fromIso("2025-02-01", "2025-03-01");
    q.missionId = sdk::MissionId(999);
    QVERIFY_THROWS_EXCEPTION(sdk::InputError, findCandidates(s.db, q));
}

QTEST_GUILESS_MAIN(TestCandidateFinder)
#include "tst_candidatefinder.moc"
