// The expenses plugin's rules (Police Act, Art. 79 and 93): each entitlement
// against hand-worked figures, a tour across a rate change, a leap year, the
// rounding rule, the rate tables' checks, claims and their walls, the report.

#include "expensesbackend.h"
#include "expensesstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace expensestest;

class TestExpenses : public QObject {
    Q_OBJECT

private slots:
    void shippedRatesAreTheRealOnes();
    void aYearInKosovo();
    void aTourAcrossARateChangeUsesEachRateForItsDays();
    void dollarRatesAreConvertedPerDayThenSummed();
    void dangerBonusInALeapFebruary();
    void dangerBonusFixedAndOnlyWhenHighRisk();
    void homeLeaveAtMonthEnds();
    void organisationPaysAndRelocation();
    void aMissingRateIsAWarningNotAZero();
    void rateTablesRefuseOverlaps();
    void rateImportReplacesOnlyItsKinds();
    void onlyAdminsChangeRates();
    void settingsAreCheckedAndAudited();
    void claimsFollowTheirStates();
    void manyClaimsAreCountedOnAWorker();
    void claimsRefuseBadInput();
    void receiptsAreCheckedAndKept();
    void officersSeeAndClaimOnlyTheirOwn();
    void reportComparesForecastAndActual();
    void claimFilesImportAllOrNothing();
};

void TestExpenses::shippedRatesAreTheRealOnes()
{
    Store s;
    const RateTable rates = RateBook(*s.context).table();
    // DOMAIN.md: Uradni list RS 51/2012 from 2012-07-07, 76/2019 from 2021-01-01.
    const Rate* before =
        rates.at(RateKind::DailyAllowance, "Bosnia and Herzegovina", Date::fromIso("2012-07-06"));
    const Rate* cut =
        rates.at(RateKind::DailyAllowance, "Bosnia and Herzegovina", Date::fromIso("2012-07-07"));
    const Rate* now =
        rates.at(RateKind::DailyAllowance, "bosnia and herzegovina", Date::fromIso("2021-01-01"));
    QVERIFY(before && cut && now);
    QCOMPARE(before->amount, eur("40.00"));
    QVERIFY(!before->confirmed);
    QCOMPARE(cut->amount, eur("32.00"));
    QVERIFY(cut->confirmed);
    QVERIFY(cut->source.find("51/2012") != std::string::npos);
    QCOMPARE(now->amount, eur("40.00"));
    // Kosovo was not listed before 2021: the other countries' dollars.
    const Rate* kosovo2019 =
        rates.at(RateKind::DailyAllowance, "Kosovo", Date::fromIso("2019-05-01"));
    QVERIFY(kosovo2019);
    QCOMPARE(kosovo2019->country, std::string("*"));
    QCOMPARE(kosovo2019->currency, std::string("USD"));
    QCOMPARE(kosovo2019->amount, eur("40.00"));
    // Ukraine from 2021 is not confirmed, and says so.
    const Rate* ukraine =
        rates.at(RateKind::DailyAllowance, "Ukraine", Date::fromIso("2024-01-01"));
    QVERIFY(ukraine && !ukraine->confirmed);
    // The other amounts are examples, marked as such.
    const Rate* travel = rates.at(RateKind::Travel, "Kosovo", Date::fromIso("2024-01-01"));
    QVERIFY(travel && !travel->confirmed);
    QVERIFY(travel->source.find("EXAMPLE") != std::string::npos);
    // Offered once: a removed rate does not come back at the next start.
    const std::int64_t n = s.count("expenses_rate");
    RateBook(s.admin()).remove(travel->id);
    QCOMPARE(seedShippedRates(s.admin()), 0);
    QCOMPARE(s.count("expenses_rate"), n - 1);
}

void TestExpenses::aYearInKosovo()
{
    Store s;
    const DeploymentId t = s.tour("2026-01-01", "2026-12-31");
    const TourForecast f = s.forecast(t);
    // Travel: out and back, 2 x 300.00. Home leave every 3 months: 1 April,
    // 1 July, 1 October (1 January next year is after the tour): 3 x 2 x 300.00.
    // Separated living: 365 x 7.00. Daily allowance, Kosovo from 2021: 365 x 40.00.
    QCOMPARE(Store::sum(f, Category::Travel), eur("600.00"));
    QCOMPARE(Store::sum(f, Category::HomeLeave), eur("1800.00"));
    QCOMPARE(Store::sum(f, Category::SeparatedLiving), eur("2555.00"));
    QCOMPARE(Store::sum(f, Category::DailyAllowance), eur("14600.00"));
    QCOMPARE(Store::sum(f, Category::DangerBonus), Money());
    QCOMPARE(Store::sum(f, Category::Moving), Money());
    QCOMPARE(f.total, eur("19555.00"));
    QCOMPARE(f.missingRates, 0);
    // Per month: January is the journey out, 31 days of separated living and allowance.
    ForecastTotals totals;
    addTo(totals, f);
    QCOMPARE(totals.byMonth.at("2026-01"), eur("300.00") + eur("217.00") + eur("1240.00"));
    QCOMPARE(totals.byMonth.at("2026-04"), eur("600.00") + eur("210.00") + eur("1200.00"));
    QCOMPARE(totals.byMonth.size(), std::size_t(12));
    QCOMPARE(totals.total, f.total);
    for (const ForecastLine& line : f.lines)
        QCOMPARE(line.days.first().month(), line.days.last().month());
    // Each line says its basis.
    QCOMPARE(legalBasis(Category::DailyAllowance), std::string_view("Police Act, Art. 79"));
    QCOMPARE(legalBasis(Category::DangerBonus), std::string_view("Police Act, Art. 93"));
}

void TestExpenses::aTourAcrossARateChangeUsesEachRateForItsDays()
{
    Store s;
    // 20-31 December 2020: 12 days at 40 USD (other countries) = 34.40 EUR a
    // day at 0.8600; 1-10 January 2021: 10 days at Kosovo's 40.00 EUR.
    const DeploymentId t = s.tour("2020-12-20", "2021-01-10", {}, sdk::DeploymentStatus::Completed);
    const TourForecast f = s.forecast(t);
    QCOMPARE(Store::sum(f, Category::DailyAllowance), eur("412.80") + eur("400.00"));
    std::vector<const ForecastLine*> allowance;
    for (const ForecastLine& line : f.lines)
        if (line.category == Category::DailyAllowance)
            allowance.push_back(&line);
    QCOMPARE(allowance.size(), std::size_t(2));
    QCOMPARE(allowance[0]->days, Period::fromIso("2020-12-20", "2020-12-31"));
    QCOMPARE(allowance[0]->rate->currency, std::string("USD"));
    QCOMPARE(allowance[1]->days, Period::fromIso("2021-01-01", "2021-01-10"));
    QCOMPARE(allowance[1]->rate->currency, std::string("EUR"));
    // The 2012 cut in Serbia, mid-tour: 6 days at 40.00, 4 at 32.00.
    sdk::Mission serbia = Store::missionNamed("OSCE Serbia", "Serbia", sdk::RiskLevel::Low);
    const sdk::MissionId osce = s.admin().missions().add(serbia);
    const TourForecast g =
        s.forecast(s.tour("2012-07-01", "2012-07-10", osce, sdk::DeploymentStatus::Completed));
    QCOMPARE(Store::sum(g, Category::DailyAllowance), eur("240.00") + eur("128.00"));
}

void TestExpenses::dollarRatesAreConvertedPerDayThenSummed()
{
    Store s;
    // 40 USD at 0.8601 is 34.404 EUR: 34.40 a day, so ten days are 344.00
    // (converting the sum would give 344.04).
    writeSetting(s.admin(), "usd_rate", "0.8601");
    const DeploymentId t = s.tour("2026-03-01", "2026-03-10", s.jordan);
    QCOMPARE(Store::sum(s.forecast(t), Category::DailyAllowance), eur("344.00"));
    // A half cent a day rounds away from zero, per day: 0.05 USD at 0.9000 is
    // 4.5 cents, so 5 cents a day, 50 cents for ten days (not 45).
    writeSetting(s.admin(), "usd_rate", "0.9");
    Rate r;
    r.kind = RateKind::DailyAllowance;
    r.country = "Jordan";
    r.validFrom = Date::fromIso("2026-01-01");
    r.amount = eur("0.05");
    r.currency = "USD";
    RateBook(s.admin()).add(r);
    QCOMPARE(Store::sum(s.forecast(t), Category::DailyAllowance), eur("0.50"));
    QCOMPARE(s.forecast(t).total, eur("600.00") + eur("70.00") + eur("0.50"));
}

void TestExpenses::dangerBonusInALeapFebruary()
{
    Store s;
    // EUAM is high-risk. 10-29 February 2024 (a leap year: 20 of 29 days) and
    // all of March. 10 % of the base salary 1800.00 = 180.00 a month:
    // February 180.00 x 20 / 29 = 124.137... = 124.14; March 180.00.
    const DeploymentId t =
        s.tour("2024-02-10", "2024-03-31", s.ukraine, sdk::DeploymentStatus::Completed);
    const TourForecast f = s.forecast(t);
    QCOMPARE(Store::sum(f, Category::DangerBonus), eur("304.14"));
    // Ukraine from 2021 at the 2012 amount, not confirmed: 51 x 32.00.
    QCOMPARE(Store::sum(f, Category::DailyAllowance), eur("1632.00"));
    QVERIFY(f.unconfirmedRates > 0);
    // No home leave: three months after the first day is after the tour.
    QCOMPARE(Store::sum(f, Category::HomeLeave), Money());
    QCOMPARE(f.total, eur("600.00") + eur("357.00") + eur("1632.00") + eur("304.14"));
    // The same days in 2023 (28-day February): 180.00 x 19 / 28 = 122.142... = 122.14.
    const DeploymentId u =
        s.tour("2023-02-10", "2023-03-31", s.ukraine, sdk::DeploymentStatus::Completed, s.other);
    QCOMPARE(Store::sum(s.forecast(u), Category::DangerBonus), eur("302.14"));
}

void TestExpenses::dangerBonusFixedAndOnlyWhenHighRisk()
{
    Store s;
    writeSetting(s.admin(), "danger_bonus", "fixed");
    // 250.00 a month: February 2024 250.00 x 20 / 29 = 172.41, March 250.00.
    const DeploymentId t =
        s.tour("2024-02-10", "2024-03-31", s.ukraine, sdk::DeploymentStatus::Completed);
    QCOMPARE(Store::sum(s.forecast(t), Category::DangerBonus), eur("422.41"));
    // A tour marked low inside the high-risk mission is not a high-risk assignment.
    const DeploymentId low = s.tour("2024-02-10", "2024-03-31", s.ukraine,
                                    sdk::DeploymentStatus::Completed, s.other, sdk::RiskLevel::Low);
    QCOMPARE(Store::sum(s.forecast(low), Category::DangerBonus), Money());
    // And a tour marked high in a medium-risk mission is one.
    const DeploymentId high = s.tour("2026-01-01", "2026-01-31", s.kosovo,
                                     sdk::DeploymentStatus::Planned, s.other, sdk::RiskLevel::High);
    QCOMPARE(Store::sum(s.forecast(high), Category::DangerBonus), eur("250.00"));
    // Percent of the salary, 0 %: nothing.
    writeSetting(s.admin(), "danger_bonus", "percent");
    writeSetting(s.admin(), "danger_bonus_percent", "0");
    QCOMPARE(Store::sum(s.forecast(high), Category::DangerBonus), Money());
}

void TestExpenses::homeLeaveAtMonthEnds()
{
    Store s;
    // From 30 November: three months on is 28 February 2026 (no 30th), six
    // months on 30 May; nine would be 30 August, after the tour.
    const TourForecast f = s.forecast(s.tour("2025-11-30", "2026-06-15"));
    std::vector<Date> trips;
    for (const ForecastLine& line : f.lines)
        if (line.category == Category::HomeLeave) {
            trips.push_back(line.days.first());
            QCOMPARE(line.units, 2);
        }
    QCOMPARE(trips, (std::vector<Date>{Date::fromIso("2026-02-28"), Date::fromIso("2026-05-30")}));
    // A trip due on the last day is not made: the officer goes home anyway.
    const TourForecast g = s.forecast(s.tour("2026-01-01", "2026-04-01", {}, {}, s.other));
    QCOMPARE(Store::sum(g, Category::HomeLeave), Money());
    // Every 0 months: no home leave at all.
    writeSetting(s.admin(), "home_leave_months", "0");
    QCOMPARE(Store::sum(s.forecast(s.tour("2027-01-01", "2027-12-31", {}, {}, s.other)),
                        Category::HomeLeave),
             Money());
}

void TestExpenses::organisationPaysAndRelocation()
{
    Store s;
    const DeploymentId t = s.tour("2026-01-01", "2026-01-31");
    QCOMPARE(Store::sum(s.forecast(t), Category::DailyAllowance), eur("1240.00"));
    setMissionOrganisationPays(s.admin(), s.kosovo, true);
    const TourForecast paid = s.forecast(t);
    QCOMPARE(Store::sum(paid, Category::DailyAllowance), Money());
    bool said = false;
    for (const ForecastLine& line : paid.lines)
        said |= line.category == Category::DailyAllowance
                && line.note.find("organisation") != std::string::npos;
    QVERIFY(said);
    // The tour's own term overrides the mission's.
    setTourTerms(s.admin(), t, {true, false});
    const TourForecast own = s.forecast(t);
    QCOMPARE(Store::sum(own, Category::DailyAllowance), eur("1240.00"));
    // Relocating: moving out and back, 2 x 500.00.
    QCOMPARE(Store::sum(own, Category::Moving), eur("1000.00"));
    QCOMPARE(s.audits("update"), 2);
    // Viewers may not change terms.
    s.login(sdk::Role::Viewer);
    QVERIFY(!refusal([&] { setTourTerms(*s.context, t, {false, {}}); }).empty());
}

void TestExpenses::aMissingRateIsAWarningNotAZero()
{
    Store s;
    const DeploymentId t = s.tour("2026-01-01", "2026-01-31");
    for (const Rate& r : RateBook(s.admin()).all())
        if (r.kind == RateKind::SeparatedLiving)
            RateBook(s.admin()).remove(r.id);
    const TourForecast f = s.forecast(t);
    QCOMPARE(f.missingRates, 1);
    QCOMPARE(Store::sum(f, Category::SeparatedLiving), Money());
    bool named = false;
    for (const ForecastLine& line : f.lines)
        named |= line.note.find("no separated_living rate") != std::string::npos;
    QVERIFY(named);
}

void TestExpenses::rateTablesRefuseOverlaps()
{
    Store s;
    const QByteArray file = "kind,country,valid_from,valid_until,amount,currency,confirmed,source\n"
                            "daily_allowance,Serbia,2021-01-01,,40.00,EUR,yes,a\n"
                            "daily_allowance,Serbia,2021-01-01,,41.00,EUR,yes,b\n"
                            "daily_allowance,Kosovo,2020-01-01,2021-06-30,40.00,EUR,yes,c\n"
                            "daily_allowance,Kosovo,2021-01-01,,40.00,EUR,yes,d\n"
                            "daily_allowance,,2021-01-01,,40.00,EUR,yes,e\n"
                            "danger_fixed,Kosovo,2021-01-01,,40.00,EUR,yes,f\n"
                            "travel,*,2021-01-01,,-1.00,EUR,yes,g\n"
                            "travel,*,2022-01-01,,1.00,GBP,maybe,h\n"
                            "lunch,*,2022-01-01,,1.00,EUR,yes,i\n";
    const std::int64_t before = s.count("expenses_rate");
    const sdk::ImportReport r = importRates(s.admin(), file, sdk::FileFormat::Csv);
    QVERIFY(!r.ok());
    const std::string text = sdk::describe(r);
    QVERIFY2(text.find("line 3, column valid_from: overlaps: daily_allowance in Serbia already has "
                       "a rate valid from 2021-01-01 (line 2)")
                 != std::string::npos,
             text.c_str());
    QVERIFY2(text.find("line 5, column valid_from: overlaps: daily_allowance in Kosovo has a rate "
                       "valid from 2020-01-01 until 2021-06-30")
                 != std::string::npos,
             text.c_str());
    QVERIFY2(text.find("line 6, column country") != std::string::npos, text.c_str());
    QVERIFY2(text.find("line 7, column country") != std::string::npos, text.c_str());
    QVERIFY2(text.find("line 8, column amount: is negative") != std::string::npos, text.c_str());
    QVERIFY2(text.find("line 9, column currency") != std::string::npos, text.c_str());
    QVERIFY2(text.find("line 9, column confirmed") != std::string::npos, text.c_str());
    QVERIFY2(text.find("line 10, column kind: unknown kind of rate \"lunch\"") != std::string::npos,
             text.c_str());
    QCOMPARE(s.count("expenses_rate"), before);
    // The boundary: a rate valid until the day the next one starts holds that
    // day twice; until the day before, the two meet and nothing overlaps.
    const QByteArray meet = "kind,country,valid_from,valid_until,amount,currency,confirmed,source\n"
                            "travel,Serbia,2021-01-01,2021-05-31,1.00,EUR,yes,a\n"
                            "travel,Serbia,2021-05-31,,2.00,EUR,yes,b\n";
    const sdk::ImportReport twice = importRates(s.admin(), meet, sdk::FileFormat::Csv);
    QVERIFY2(sdk::describe(twice).find("line 3, column valid_from: overlaps") != std::string::npos,
             sdk::describe(twice).c_str());
    QByteArray apart = meet;
    apart.replace("2021-05-31,1.00", "2021-05-30,1.00");
    const sdk::ImportReport fine = importRates(s.admin(), apart, sdk::FileFormat::Csv);
    QVERIFY2(fine.ok(), sdk::describe(fine).c_str());
    const std::int64_t now = s.count("expenses_rate"); // the travel rates were replaced
    // One rate added in the page overlapping a stored one is refused too.
    Rate dup;
    dup.kind = RateKind::DailyAllowance;
    dup.country = "Serbia";
    dup.validFrom = Date::fromIso("2021-01-01");
    dup.amount = eur("1.00");
    QVERIFY(refusal([&] { RateBook(s.admin()).add(dup); }).find("overlaps") != std::string::npos);
    QCOMPARE(s.count("expenses_rate"), now);
}

void TestExpenses::rateImportReplacesOnlyItsKinds()
{
    Store s;
    const QByteArray file = "kind,country,valid_from,valid_until,amount,currency,confirmed,source\n"
                            "daily_allowance,Kosovo,2026-01-01,,45.00,EUR,yes,new annex\n"
                            "daily_allowance,*,2026-01-01,,50.00,USD,no,new annex\n";
    const std::int64_t others = *s.db.queryValue<std::int64_t>(
        "SELECT count(*) FROM expenses_rate WHERE kind <> 'daily_allowance'");
    const sdk::ImportReport r = importRates(s.admin(), file, sdk::FileFormat::Csv);
    QVERIFY2(r.ok(), sdk::describe(r).c_str());
    QCOMPARE(r.added, 2);
    QCOMPARE(s.count("expenses_rate"), others + 2);
    QCOMPARE(s.audits("import"), 1);
    const DeploymentId t = s.tour("2026-01-01", "2026-01-10");
    QCOMPARE(Store::sum(s.forecast(t), Category::DailyAllowance), eur("450.00"));
    // The rates go out and come back the same, in every format.
    for (const sdk::FileFormat format :
         {sdk::FileFormat::Csv, sdk::FileFormat::Xlsx, sdk::FileFormat::Json}) {
        const QByteArray out = exportRates(s.admin(), format);
        const sdk::ImportReport again = importRates(s.admin(), out, format);
        QVERIFY2(again.ok(), sdk::describe(again).c_str());
        QCOMPARE(exportRates(s.admin(), sdk::FileFormat::Csv),
                 exportRates(s.admin(), sdk::FileFormat::Csv));
        QCOMPARE(s.count("expenses_rate"), others + 2);
    }
}

void TestExpenses::onlyAdminsChangeRates()
{
    for (const sdk::Role role : {sdk::Role::Planner, sdk::Role::Viewer, sdk::Role::Officer}) {
        Store s(role);
        const std::int64_t before = s.count("expenses_rate");
        const sdk::ImportReport r = importRates(
            *s.context, exportRates(*s.context, sdk::FileFormat::Csv), sdk::FileFormat::Csv);
        QVERIFY(!r.ok());
        QVERIFY(sdk::describe(r).find("only an admin") != std::string::npos);
        QVERIFY(!refusal([&] { RateBook(*s.context).remove(1); }).empty());
        QVERIFY(!refusal([&] { writeSetting(*s.context, "usd_rate", "1.0"); }).empty());
        QCOMPARE(s.count("expenses_rate"), before);
    }
}

void TestExpenses::settingsAreCheckedAndAudited()
{
    Store s;
    for (const auto& [key, value] :
         std::vector<std::pair<std::string, std::string>>{{"usd_rate", "abc"},
                                                          {"usd_rate", "0"},
                                                          {"usd_rate", "0.12345"},
                                                          {"home_leave_months", "-1"},
                                                          {"home_leave_months", "x"},
                                                          {"danger_bonus_percent", "101"},
                                                          {"danger_bonus", "sometimes"},
                                                          {"lunch", "1"}})
        QVERIFY2(!refusal([&] { writeSetting(s.admin(), key, value); }).empty(), key.c_str());
    QCOMPARE(s.audits("set"), 0);
    writeSetting(s.admin(), "usd_rate", "1,0825");
    QCOMPARE(readSettings(*s.context).eurPerUsd, std::int64_t(10825));
    QCOMPARE(s.audits("set"), 1);
}

void TestExpenses::claimsFollowTheirStates()
{
    Store s;
    const DeploymentId t = s.tour("2026-01-01", "2026-06-30", {}, sdk::DeploymentStatus::Active);
    ClaimBook book(*s.context);
    const std::int64_t id = book.add(s.claim(t, Category::Travel, "2026-01-01", "312.40"));
    QVERIFY(book.find(id)->state == ClaimState::Submitted);
    QCOMPARE(book.waitingCount(), std::int64_t(1));
    // Paid only once approved; a rejection says why.
    QVERIFY(refusal([&] { book.pay(id, s.clock.today()); }).find("only an approved claim")
            != std::string::npos);
    QVERIFY(refusal([&] { book.decide(id, false, "  "); }).find("reason") != std::string::npos);
    book.decide(id, true, {});
    QVERIFY(book.find(id)->state == ClaimState::Approved);
    QCOMPARE(*book.find(id)->decidedBy, std::string("pia"));
    // Decided once.
    const std::string twice = refusal([&] { book.decide(id, false, "late"); });
    QVERIFY2(twice.find("already approved by pia") != std::string::npos, twice.c_str());
    book.pay(id, Date::fromIso("2026-11-29"));
    QVERIFY(book.find(id)->state == ClaimState::Paid);
    QCOMPARE(*book.find(id)->paidOn, Date::fromIso("2026-11-29"));
    QVERIFY(!refusal([&] { book.withdraw(id); }).empty());
    // A rejected one keeps its reason; a submitted one can be withdrawn.
    const std::int64_t r = book.add(s.claim(t, Category::Other, "2026-02-01", "10.00"));
    book.decide(r, false, "not a cost of the tour");
    QCOMPARE(book.find(r)->reason, std::string("not a cost of the tour"));
    const std::int64_t w = book.add(s.claim(t, Category::Other, "2026-02-02", "11.00"));
    book.withdraw(w);
    QVERIFY(!book.find(w));
    // Every change audited.
    QCOMPARE(s.audits("submit"), 3);
    QCOMPARE(s.audits("approve"), 1);
    QCOMPARE(s.audits("reject"), 1);
    QCOMPARE(s.audits("pay"), 1);
    QCOMPARE(s.audits("withdraw"), 1);
    // Viewers only read.
    s.login(sdk::Role::Viewer);
    QVERIFY(!refusal([&] {
                 ClaimBook(*s.context).add(s.claim(t, Category::Other, "2026-02-02", "1.00"));
             }).empty());
    QVERIFY(!refusal([&] { ClaimBook(*s.context).decide(r, true, {}); }).empty());
    QCOMPARE(ClaimBook(*s.context).list().size(), std::size_t(2));
}

void TestExpenses::claimsRefuseBadInput()
{
    Store s;
    const DeploymentId t = s.tour("2026-01-01", "2026-06-30", {}, sdk::DeploymentStatus::Active);
    ClaimBook book(*s.context);
    const auto refused = [&](const Claim& c, const char* expected) {
        const std::string why = refusal([&] { book.add(c); });
        QVERIFY2(why.find(expected) != std::string::npos, why.c_str());
    };
    refused(s.claim(t, Category::Travel, "2026-01-01", "-5.00"), "amount: -5.00 is negative");
    refused(s.claim(t, Category::Travel, "2026-01-01", "0"), "amount: 0.00 is nothing");
    refused(s.claim(DeploymentId(999), Category::Travel, "2026-01-01", "5.00"),
            "deployment: there is no tour with id 999");
    // Per-day items fall within the tour: the day before and after are refused.
    refused(s.claim(t, Category::DailyAllowance, "2025-12-31", "40.00"),
            "date: 2025-12-31 is outside the tour");
    refused(s.claim(t, Category::SeparatedLiving, "2026-07-01", "7.00"),
            "date: 2026-07-01 is outside the tour");
    refused(s.claim(t, Category::DangerBonus, "2026-07-01", "7.00"), "outside the tour");
    refused(s.claim(t, Category::Travel, "2026-12-01", "7.00"), "date: 2026-12-01 is after today");
    // The first and last day are in; a journey may be booked before the tour.
    book.add(s.claim(t, Category::DailyAllowance, "2026-01-01", "40.00"));
    book.add(s.claim(t, Category::DailyAllowance, "2026-06-30", "40.00"));
    book.add(s.claim(t, Category::Travel, "2025-12-15", "300.00"));
    QCOMPARE(s.count("expenses_claim"), 3);
    QVERIFY(!refusal([] { categoryFromString("lunch"); }).empty());
}

void TestExpenses::receiptsAreCheckedAndKept()
{
    Store s;
    const DeploymentId t = s.tour("2026-01-01", "2026-06-30", {}, sdk::DeploymentStatus::Active);
    ClaimBook book(*s.context);
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(100, 'x');
    const std::int64_t id = book.add(s.claim(t, Category::Travel, "2026-01-01", "300.00"),
                                     sdk::Attachment{"ticket.png", sdk::MediaType::Png, png});
    QCOMPARE(*book.find(id)->receipt, std::string("ticket.png"));
    QCOMPARE(book.receipt(id)->bytes, png);
    // Judged by content, not by name: a text file named .pdf is refused, and
    // nothing is written.
    const std::int64_t before = s.count("expenses_claim");
    const std::string wrong = refusal([&] {
        book.add(s.claim(t, Category::Travel, "2026-01-02", "300.00"),
                 sdk::Attachment{"ticket.pdf", sdk::MediaType::Pdf, "just text"});
    });
    QVERIFY2(wrong.find("receipt") != std::string::npos, wrong.c_str());
    const QByteArray big = "%PDF-1.4\n" + QByteArray(10 * 1024 * 1024, ' ');
    QVERIFY(!refusal([&] {
                 book.add(s.claim(t, Category::Travel, "2026-01-02", "300.00"),
                          sdk::Attachment{"big.pdf", sdk::MediaType::Pdf, big});
             }).empty());
    QCOMPARE(s.count("expenses_claim"), before);
    QCOMPARE(s.count("expenses_receipt"), 1);
    // A decided claim's receipt no longer changes.
    book.decide(id, true, {});
    QVERIFY(!refusal([&] {
                 book.attach(id, sdk::Attachment{"t.png", sdk::MediaType::Png, png});
             }).empty());
}

void TestExpenses::officersSeeAndClaimOnlyTheirOwn()
{
    Store s(sdk::Role::Officer, "2026-11-30", true);
    const DeploymentId mine = s.tour("2026-01-01", "2026-06-30", {}, sdk::DeploymentStatus::Active);
    const DeploymentId theirs =
        s.tour("2026-01-01", "2026-06-30", {}, sdk::DeploymentStatus::Active, s.other);
    const std::int64_t other =
        ClaimBook(s.admin()).add(s.claim(theirs, Category::Travel, "2026-01-01", "300.00"));
    ClaimBook book(*s.context);
    const std::int64_t own = book.add(s.claim(mine, Category::Travel, "2026-01-01", "300.00"));
    QVERIFY(refusal([&] {
                book.add(s.claim(theirs, Category::Travel, "2026-01-01", "1.00"));
            }).find("no tour with id " + std::to_string(theirs.value()) + " of yours")
            != std::string::npos);
    QCOMPARE(book.list().size(), std::size_t(1));
    QCOMPARE(book.list().front().id, own);
    QVERIFY(!book.find(other));
    QVERIFY(!refusal([&] { book.receipt(other); }).empty());
    QCOMPARE(book.waitingCount(), std::int64_t(1));
    // An officer does not decide, not even their own claims.
    QVERIFY(!refusal([&] { book.decide(own, true, {}); }).empty());
    QVERIFY(!refusal([&] { book.withdraw(other); }).empty());
    // Nor reads the reports, nor another's forecast.
    QVERIFY(!refusal([&] { yearReport(*s.context, 2026); }).empty());
    const auto run = s.expenses({"forecast", "--deployment", std::to_string(theirs.value())});
    QCOMPARE(run.code, 1);
    QVERIFY(s.expenses({"forecast", "--deployment", std::to_string(mine.value())}).code == 0);
    const auto list = s.expenses({"claims", "list", "--json"});
    QCOMPARE(list.code, 0);
    QVERIFY(list.out.find("\"id\": " + std::to_string(other)) == std::string::npos);
}

void TestExpenses::reportComparesForecastAndActual()
{
    Store s;
    const DeploymentId t = s.tour("2026-01-01", "2026-12-31", {}, sdk::DeploymentStatus::Active);
    s.tour("2026-03-01", "2026-03-31", {}, sdk::DeploymentStatus::Cancelled, s.other);
    // 2025-12-01 to 2026-01-31 counts only its January in 2026.
    const DeploymentId edge =
        s.tour("2025-12-01", "2026-01-31", {}, sdk::DeploymentStatus::Completed, s.other);
    ClaimBook book(*s.context);
    const std::int64_t a = book.add(s.claim(t, Category::Travel, "2026-01-01", "100.00"));
    const std::int64_t p = book.add(s.claim(t, Category::Travel, "2026-02-01", "50.00"));
    book.add(s.claim(t, Category::Other, "2026-02-03", "30.00"));
    const std::int64_t r = book.add(s.claim(t, Category::Other, "2026-02-04", "20.00"));
    book.add(s.claim(edge, Category::Travel, "2025-12-01", "999.00")); // another year
    book.decide(a, true, {});
    book.decide(p, true, {});
    book.pay(p, s.clock.today());
    book.decide(r, false, "duplicate");
    const YearReport report = yearReport(*s.context, 2026);
    // The year's tour forecasts 19555.00; the edge tour's January: journey back
    // 300.00, 31 x 7.00 and 31 x 40.00.
    const Money edgeJanuary = eur("300.00") + eur("217.00") + eur("1240.00");
    QCOMPARE(report.total.forecast, eur("19555.00") + edgeJanuary);
    QCOMPARE(report.total.actual, eur("150.00"));
    QCOMPARE(report.total.paid, eur("50.00"));
    QCOMPARE(report.total.waiting, eur("30.00"));
    QCOMPARE(report.tours, 2);
    QCOMPARE(report.missions.size(), std::size_t(1));
    QCOMPARE(report.missions.front().key, std::string("EULEX"));
    Money months;
    for (const ReportRow& row : report.months)
        months += row.forecast;
    QCOMPARE(months, report.total.forecast);
    int tours = 0;
    yearReport(*s.context, 2026, [&](const ReportRow&) { ++tours; });
    QCOMPARE(tours, 2);
    // The command prints amounts as strings of euros.
    const auto json = s.expenses({"report", "--year", "2026", "--json"});
    QCOMPARE(json.code, 0);
    QVERIFY2(json.out.find("\"actual\": \"150.00\"") != std::string::npos, json.out.c_str());
    QVERIFY(s.expenses({"report", "--year", "26"}).code == 2);
    QCOMPARE(actualByYearAndMission(s.db).size(), std::size_t(1));
}

void TestExpenses::claimFilesImportAllOrNothing()
{
    Store s;
    const DeploymentId t = s.tour("2026-01-01", "2026-06-30", {}, sdk::DeploymentStatus::Active);
    const std::string id = std::to_string(t.value());
    const QByteArray good = QByteArray("deployment,category,date,amount,description\n") + id.c_str()
                            + ",travel,2026-01-01,300.00,Flight\n" + id.c_str()
                            + ",daily_allowance,2026-02-01,40.00,A day\n";
    const QByteArray bad = good + id.c_str() + ",daily_allowance,2026-07-01,40.00,After\n"
                           + "999,travel,2026-01-01,1.00,\n" + id.c_str()
                           + ",lunch,2026-01-01,-1,\n";
    const sdk::ImportReport refused = importClaims(*s.context, bad, sdk::FileFormat::Csv);
    QVERIFY(!refused.ok());
    const std::string text = sdk::describe(refused);
    QVERIFY2(text.find("line 4, column date") != std::string::npos, text.c_str());
    QVERIFY2(text.find("line 5, column deployment") != std::string::npos, text.c_str());
    QVERIFY2(text.find("line 6, column category") != std::string::npos, text.c_str());
    QCOMPARE(s.count("expenses_claim"), 0);
    const sdk::ImportReport ok = importClaims(*s.context, good, sdk::FileFormat::Csv);
    QVERIFY2(ok.ok(), sdk::describe(ok).c_str());
    QCOMPARE(ok.added, 2);
    QCOMPARE(s.count("expenses_claim"), 2);
    // The export carries the decision; as .xlsx too.
    const QByteArray csv = exportClaims(*s.context, sdk::FileFormat::Csv);
    QVERIFY(csv.startsWith("id,deployment,service_number,mission,category,date,amount"));
    QVERIFY(csv.contains(",P-1,EULEX,travel,2026-01-01,300.00,Flight,submitted,"));
    QVERIFY(exportClaims(*s.context, sdk::FileFormat::Xlsx).startsWith("PK"));
}

// From setBackgroundFrom() claims on, the claims waiting for a decision (Home's card, the
// page's tab) are counted on a worker with its own connection (issue #16): nothing at first
// and loading, then the same figure as on the window's thread; a change counts again.
void TestExpenses::manyClaimsAreCountedOnAWorker()
{
    QTemporaryDir dir;
    Store s(sdk::Role::Planner, "2026-11-30", false, dir.filePath("expenses.db").toStdString());
    const DeploymentId t = s.tour("2026-01-01", "2026-06-30", {}, sdk::DeploymentStatus::Active);
    ClaimBook book(*s.context);
    book.add(s.claim(t, Category::Travel, "2026-01-01", "312.40"));
    ExpensesBackend here(*s.context);
    QCOMPARE(here.waitingCount(), 1); // one claim: below the default, counted at once
    QVERIFY(!here.countsLoading());

    ExpensesBackend backend(*s.context);
    backend.setBackgroundFrom(1);
    QSignalSpy counts(&backend, &ExpensesBackend::countsChanged);
    QCOMPARE(backend.waitingCount(), 0); // not counted yet: the window does not wait
    QVERIFY(backend.countsLoading());
    QTRY_VERIFY(!backend.countsLoading());
    QCOMPARE(counts.count(), 1);
    QCOMPARE(backend.waitingCount(), 1);
    book.add(s.claim(t, Category::Other, "2026-02-01", "10.00"));
    QTRY_COMPARE(backend.waitingCount(), 2);
    QVERIFY(!backend.countsLoading());
}

QTEST_GUILESS_MAIN(TestExpenses)
#include "tst_expenses.moc"
