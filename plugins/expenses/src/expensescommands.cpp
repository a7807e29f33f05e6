#include "expensescommands.h"

#include "claims.h"
#include "expensefiles.h"
#include "forecast.h"
#include "rates.h"
#include "reports.h"

#include <contingent/sdk/repositories.h>
#include <contingent/sdk/context.h>
#include <contingent/sdk/tables.h>

#include <iomanip>
#include <sstream>

namespace contingent::expenses {

const char* const kExpensesUsage =
    "Usage: contingent expenses forecast (--deployment ID ... | --mission CODE --year YYYY) "
    "[--json]\n"
    "       contingent expenses rates list [--json] | rates import FILE [--format F] [--sheet S]\n"
    "       contingent expenses rates export --format csv|csv-excel|xlsx|json [--out FILE]\n"
    "       contingent expenses claims add --deployment ID --category C --date YYYY-MM-DD\n"
    "                                      --amount EUR [--receipt FILE] [--description TEXT]\n"
    "       contingent expenses claims list [--deployment ID] [--state S] [--json]\n"
    "       contingent expenses claims decide CLAIM --approve|--reject REASON\n"
    "       contingent expenses claims pay CLAIM [--date YYYY-MM-DD] | claims withdraw CLAIM\n"
    "       contingent expenses claims receipt CLAIM --out FILE\n"
    "       contingent expenses claims import FILE | claims export --format F [--out FILE]\n"
    "       contingent expenses report --year YYYY [--tours] [--json]\n"
    "       contingent expenses terms (--deployment ID | --mission CODE)\n"
    "                                 [--relocates yes|no] [--organisation-pays yes|no|mission]\n"
    "       contingent expenses settings [--set KEY=VALUE]\n"
    "  forecast  what tours will cost (Police Act, Art. 79 and 93): each entitlement per\n"
    "            month with its basis, per category, per month and in total; a mission's\n"
    "            tours for their days in the year\n"
    "  rates     the rate tables (daily allowances abroad, travel, separated living,\n"
    "            moving, base salary, fixed danger bonus) with their valid-from days;\n"
    "            an import replaces the rates of the kinds in the file (admins)\n"
    "  claims    actual costs: an officer submits for their own tours, a planner\n"
    "            approves or rejects with a reason, then marks paid. Categories: travel,\n"
    "            home_leave, separated_living, moving, daily_allowance, danger_bonus, other.\n"
    "            A receipt is a PDF, JPEG or PNG of at most 10 MB\n"
    "  report    a year's forecast against the approved and paid claims, per mission,\n"
    "            category and month (--tours: also per tour)\n"
    "  terms     whether the officer relocates (moving expenses) and who pays the daily\n"
    "            allowance (the mission's organisation, per the Regulation's Art. 1)\n"
    "  settings  home_leave_months, danger_bonus (percent|fixed), danger_bonus_percent,\n"
    "            usd_rate (euros per US dollar); admins set them\n"
    "Amounts are euros with a decimal point (2100.50); --json prints them as strings.";

namespace {

using sdk::UsageError;
using Options = sdk::CommandOptions;

std::string euros(sdk::Money m)
{
    return m.toPlainString();
}

sdk::Money amountOption(const std::string& option, const std::string& text)
{
    try {
        return sdk::Money::parse(text, QLocale::c());
    } catch (const sdk::InputError&) {
        throw sdk::InputError(option + ": " + sdk::quoted(text)
                              + " is not an amount in euros (2100.50)");
    }
}

bool yesNo(const std::string& option, const std::string& text)
{
    if (text == "yes")
        return true;
    if (text == "no")
        return false;
    throw UsageError(option + ": " + sdk::quoted(text) + " is not yes or no");
}

/// A sub-command's verbs (`expenses rates list`): the rest of the arguments.
sdk::CommandInvocation shifted(sdk::CommandInvocation& call)
{
    return {std::vector<std::string>(call.args.begin() + 1, call.args.end()), call.context,
            call.out, call.err};
}

std::string rateText(const Rate& r)
{
    return r.amount.toPlainString() + " " + r.currency;
}

void writeLine(sdk::JsonWriter& json, const ForecastLine& line)
{
    json.beginObject()
        .key("category")
        .value(toString(line.category))
        .key("basis")
        .value(legalBasis(line.category))
        .key("month")
        .value(monthKey(line.days.first()))
        .key("first_day")
        .value(line.days.first().toIso())
        .key("last_day")
        .value(line.days.last().toIso())
        .key("units")
        .value(std::int64_t(line.units))
        .key("rate");
    if (line.rate)
        json.beginObject()
            .key("amount")
            .value(line.rate->amount.toPlainString())
            .key("currency")
            .value(line.rate->currency)
            .key("valid_from")
            .value(line.rate->validFrom.toIso())
            .key("confirmed")
            .value(line.rate->confirmed)
            .endObject();
    else
        json.null();
    json.key("amount").value(euros(line.amount)).key("note").value(line.note).endObject();
}

void writeTotals(sdk::JsonWriter& json, const ForecastTotals& t)
{
    json.key("by_category").beginObject();
    for (const auto& [category, amount] : t.byCategory)
        json.key(toString(category)).value(euros(amount));
    json.endObject().key("by_month").beginObject();
    for (const auto& [month, amount] : t.byMonth)
        json.key(month).value(euros(amount));
    json.endObject()
        .key("total")
        .value(euros(t.total))
        .key("missing_rates")
        .value(std::int64_t(t.missingRates))
        .key("unconfirmed_rates")
        .value(std::int64_t(t.unconfirmedRates));
}

void printTotals(std::ostream& out, const ForecastTotals& t)
{
    out << "By category:\n";
    for (const auto& [category, amount] : t.byCategory)
        out << "  " << std::left << std::setw(18) << toString(category) << std::right
            << std::setw(14) << euros(amount) << "  " << legalBasis(category) << "\n";
    out << "By month:\n";
    for (const auto& [month, amount] : t.byMonth)
        out << "  " << month << "  " << std::setw(14) << euros(amount) << "\n";
    out << "Total: EUR " << euros(t.total) << "\n";
    if (t.missingRates > 0)
        out << "Warning: " << t.missingRates
            << " line(s) have no rate and count as nothing; add the rates (expenses rates).\n";
    if (t.unconfirmedRates > 0)
        out << "Note: " << t.unconfirmedRates
            << " line(s) use a rate marked not confirmed (see expenses rates list).\n";
}

int forecast(sdk::CommandInvocation& call)
{
    const Options o(call.args, {"--json"}, {"--mission", "--year"}, {"--deployment"});
    const std::vector<std::string> ids = o.values("--deployment");
    const bool byMission = o.has("--mission") || o.has("--year");
    if (ids.empty() == !byMission)
        throw UsageError(ids.empty() ? "name the tours (--deployment ID) or a mission and a "
                                       "year (--mission CODE --year YYYY)"
                                     : "give --deployment or --mission with --year, not both");
    sdk::Context& context = call.context;
    const sdk::CurrentUser& user = context.user();
    TourQuery query;
    std::optional<sdk::Period> clip;
    if (byMission) {
        requireReader(context, "a mission's forecast");
        const std::string code = o.required("--mission");
        const std::string yearText = o.required("--year");
        const auto mission = context.missions().findByCode(code);
        if (!mission)
            throw sdk::InputError("--mission: there is no mission " + sdk::quoted(code));
        const auto y = sdk::Date::tryFromIso(yearText + "-01-01");
        if (!y || yearText.size() != 4)
            throw UsageError("--year: " + sdk::quoted(yearText) + " is not a year (YYYY)");
        clip = sdk::Period(*y, sdk::Date::fromYmd(y->year(), 12, 31));
        query.mission = mission->id;
        query.overlapping = clip;
    } else {
        for (const std::string& id : ids)
            query.ids.push_back(sdk::DeploymentId(sdk::parseId("--deployment", id)));
        if (user.role == sdk::Role::Officer)
            query.officer = user.officerId.value_or(sdk::OfficerId(0));
    }
    const std::vector<TourInput> tours = readTours(context.store(), query);
    for (sdk::DeploymentId id : query.ids) {
        const bool found =
            std::any_of(tours.begin(), tours.end(), [&](const TourInput& t) { return t.id == id; });
        if (!found)
            throw sdk::InputError("--deployment: there is no tour with id "
                                  + std::to_string(id.value()));
    }
    const RateTable rates = RateBook(context).table();
    const Forecaster forecaster(rates, readSettings(context));
    ForecastTotals totals;
    QByteArray bytes;
    sdk::JsonWriter json(bytes);
    if (o.has("--json"))
        json.beginObject().key("tours").beginArray();
    for (const TourInput& tour : tours) {
        const TourForecast f = forecaster.forecast(tour);
        // A mission's year: each tour for its days in that year, so the tours
        // add up to the year's total (the whole tour is "tour_total").
        ForecastTotals own;
        addTo(own, f, clip);
        addTo(totals, f, clip);
        if (o.has("--json")) {
            json.beginObject()
                .key("deployment")
                .value(std::int64_t(tour.id.value()))
                .key("mission")
                .value(tour.missionCode)
                .key("first_day")
                .value(tour.period.first().toIso())
                .key("last_day")
                .value(tour.period.last().toIso())
                .key("high_risk")
                .value(tour.highRisk)
                .key("total")
                .value(euros(own.total))
                .key("tour_total")
                .value(euros(f.total));
            if (!byMission) {
                json.key("lines").beginArray();
                for (const ForecastLine& line : f.lines)
                    writeLine(json, line);
                json.endArray();
            }
            json.endObject();
            continue;
        }
        if (byMission) {
            call.out << "Tour " << tour.id.value() << "  " << tour.period.toString() << "  "
                     << toString(tour.status) << "  EUR " << euros(own.total) << " in the year, "
                     << euros(f.total) << " in all\n";
            continue;
        }
        call.out << "Tour " << tour.id.value() << " (" << tour.missionCode << ", "
                 << (tour.country.empty() ? "no host country" : tour.country) << ", "
                 << tour.period.toString() << ", " << toString(tour.status)
                 << (tour.highRisk ? ", high risk" : "") << ")\n";
        for (const ForecastLine& line : f.lines) {
            std::ostringstream what;
            what << line.units << " x "
                 << (line.rate
                         ? rateText(*line.rate) + (line.rate->confirmed ? "" : " (not confirmed)")
                         : std::string("no rate"));
            call.out << "  " << monthKey(line.days.first()) << "  " << std::left << std::setw(17)
                     << toString(line.category) << std::setw(30) << what.str() << std::right
                     << std::setw(12) << euros(line.amount) << "  " << line.note
                     << (line.note.empty() ? "" : "; ") << legalBasis(line.category) << "\n";
        }
        call.out << "  Tour total: EUR " << euros(f.total) << "\n";
    }
    if (o.has("--json")) {
        json.endArray();
        writeTotals(json, totals);
        json.endObject();
        call.out << bytes.toStdString();
        return 0;
    }
    if (byMission)
        call.out << tours.size() << " tour(s) of " << o.required("--mission") << " in "
                 << o.required("--year") << ", their days in that year:\n";
    printTotals(call.out, totals);
    return 0;
}

int ratesList(sdk::CommandInvocation& call)
{
    const Options o(call.args, {"--json"}, {});
    const std::vector<Rate> rates = RateBook(call.context).all();
    if (o.has("--json")) {
        QByteArray bytes;
        sdk::JsonWriter json(bytes);
        json.beginArray();
        for (const Rate& r : rates)
            json.beginObject()
                .key("id")
                .value(r.id)
                .key("kind")
                .value(toString(r.kind))
                .key("country")
                .value(r.country)
                .key("valid_from")
                .value(r.validFrom.toIso())
                .key("valid_until")
                .value(r.validUntil ? std::optional<std::string>(r.validUntil->toIso())
                                    : std::nullopt)
                .key("amount")
                .value(r.amount.toPlainString())
                .key("currency")
                .value(r.currency)
                .key("confirmed")
                .value(r.confirmed)
                .key("source")
                .value(r.source)
                .endObject();
        json.endArray();
        call.out << bytes.toStdString();
        return 0;
    }
    for (const Rate& r : rates)
        call.out << std::right << std::setw(5) << r.id << "  " << std::left << std::setw(17)
                 << toString(r.kind) << std::setw(24) << (r.country.empty() ? "-" : r.country)
                 << r.validFrom.toIso()
                 << (r.validUntil ? " to " + r.validUntil->toIso() : std::string("              "))
                 << std::right << std::setw(10) << r.amount.toPlainString() << " " << r.currency
                 << (r.confirmed ? "" : "  not confirmed") << "\n";
    call.out << rates.size() << " rate(s)\n";
    return 0;
}

int ratesImport(sdk::CommandInvocation& call)
{
    return sdk::runImportVerb(
        call, "rate(s)",
        [&call](const QByteArray& bytes, sdk::FileFormat format, std::string_view sheet) {
            return importRates(call.context, bytes, format, sheet);
        });
}

int ratesExport(sdk::CommandInvocation& call)
{
    return sdk::runExportVerb(call, "the expense rates",
                              [&call](sdk::FileFormat format, std::string_view dateFormat) {
                                  return exportRates(call.context, format, dateFormat);
                              });
}

int rates(sdk::CommandInvocation& call)
{
    static constexpr sdk::CommandVerb kVerbs[] = {
        {"list", ratesList}, {"import", ratesImport}, {"export", ratesExport}};
    sdk::CommandInvocation sub = shifted(call);
    return sdk::runVerb(sub, "expenses rates", kExpensesUsage, kVerbs);
}

int claimsAdd(sdk::CommandInvocation& call)
{
    const Options o(
        call.args, {},
        {"--deployment", "--category", "--date", "--amount", "--receipt", "--description"});
    Claim c;
    c.tour = sdk::DeploymentId(sdk::parseId("--deployment", o.required("--deployment")));
    try {
        c.category = categoryFromString(o.required("--category"));
    } catch (const UsageError&) {
        throw;
    } catch (const sdk::InputError& e) {
        throw sdk::InputError(std::string("--category: ") + e.what());
    }
    c.day = sdk::parseDate("--date", o.required("--date"));
    c.amount = amountOption("--amount", o.required("--amount"));
    c.description = o.value("--description").value_or("");
    // The receipt is read before anything is written: a refused file leaves no claim.
    std::optional<sdk::Attachment> receipt;
    if (const auto path = o.value("--receipt"))
        receipt = sdk::readAttachment("--receipt", QString::fromStdString(*path), kReceiptTypes);
    sdk::WriteScope scope(call.context.store());
    const std::int64_t id = ClaimBook(call.context).add(c, receipt);
    scope.commit();
    call.out << id << "\n";
    return 0;
}

int claimsList(sdk::CommandInvocation& call)
{
    const Options o(call.args, {"--json"}, {"--deployment", "--state"});
    ClaimFilter filter;
    filter.limit = std::numeric_limits<int>::max();
    if (const auto id = o.id("--deployment")) {
        filter.tour = sdk::DeploymentId(*id);
        const auto tour = call.context.deployments().find(*filter.tour);
        const sdk::CurrentUser& user = call.context.user();
        if (!tour
            || (user.role == sdk::Role::Officer
                && (!user.officerId || tour->officerId != *user.officerId)))
            throw sdk::InputError("--deployment: there is no tour with id " + std::to_string(*id));
    }
    if (const auto state = o.value("--state"))
        filter.state = claimStateFromString(*state);
    // Streamed: each claim is printed as it is read, never all held at once.
    std::size_t count = 0;
    if (o.has("--json")) {
        QByteArray bytes;
        sdk::JsonWriter json(bytes);
        json.beginArray();
        ClaimBook(call.context).forEach(filter, [&](const Claim& c) {
            json.beginObject()
                .key("id")
                .value(c.id)
                .key("deployment")
                .value(std::int64_t(c.tour.value()))
                .key("service_number")
                .value(c.serviceNumber)
                .key("mission")
                .value(c.missionCode)
                .key("category")
                .value(toString(c.category))
                .key("date")
                .value(c.day.toIso())
                .key("amount")
                .value(euros(c.amount))
                .key("description")
                .value(c.description)
                .key("state")
                .value(toString(c.state))
                .key("reason")
                .value(c.reason)
                .key("submitted_by")
                .value(c.submittedBy)
                .key("decided_by")
                .value(c.decidedBy)
                .key("paid_on")
                .value(c.paidOn ? std::optional<std::string>(c.paidOn->toIso()) : std::nullopt)
                .key("receipt")
                .value(c.receipt)
                .endObject();
            if (bytes.size() > (1 << 20)) {
                call.out << bytes.toStdString();
                bytes.clear();
            }
        });
        json.endArray();
        call.out << bytes.toStdString();
        return 0;
    }
    ClaimBook(call.context).forEach(filter, [&](const Claim& c) {
        ++count;
        call.out << std::right << std::setw(6) << c.id << "  " << c.day.toIso() << "  tour "
                 << std::left << std::setw(7) << c.tour.value() << std::setw(12) << c.serviceNumber
                 << std::setw(17) << toString(c.category) << std::right << std::setw(11)
                 << euros(c.amount) << "  " << std::left << std::setw(10) << toString(c.state)
                 << (c.reason.empty() ? "" : "(" + c.reason + ") ") << c.description
                 << (c.receipt ? "  [" + *c.receipt + "]" : "") << "\n";
    });
    call.out << count << " claim(s)\n";
    return 0;
}

std::int64_t claimId(const Options& o, const char* verb)
{
    if (o.plain().empty())
        throw UsageError(std::string(verb) + " needs the CLAIM id");
    return sdk::parseId("CLAIM", o.plain()[0]);
}

int claimsDecide(sdk::CommandInvocation& call)
{
    const Options o(call.args, {"--approve"}, {"--reject"}, 1);
    const std::int64_t id = claimId(o, "decide");
    if (o.has("--approve") == o.has("--reject"))
        throw UsageError("decide with --approve or --reject REASON");
    sdk::WriteScope scope(call.context.store());
    ClaimBook(call.context).decide(id, o.has("--approve"), o.value("--reject").value_or(""));
    scope.commit();
    call.out << "Claim " << id << (o.has("--approve") ? " approved" : " rejected") << ".\n";
    return 0;
}

int claimsPay(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {"--date"}, 1);
    const std::int64_t id = claimId(o, "pay");
    const sdk::Date day = o.date("--date").value_or(call.context.today());
    sdk::WriteScope scope(call.context.store());
    ClaimBook(call.context).pay(id, day);
    scope.commit();
    call.out << "Claim " << id << " paid on " << day.toIso() << ".\n";
    return 0;
}

int claimsWithdraw(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {}, 1);
    const std::int64_t id = claimId(o, "withdraw");
    sdk::WriteScope scope(call.context.store());
    ClaimBook(call.context).withdraw(id);
    scope.commit();
    call.out << "Claim " << id << " withdrawn.\n";
    return 0;
}

int claimsReceipt(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {"--out"}, 1);
    const std::int64_t id = claimId(o, "receipt");
    const std::string out = o.required("--out");
    const auto receipt = ClaimBook(call.context).receipt(id);
    if (!receipt)
        throw sdk::InputError("claim " + std::to_string(id) + " has no receipt");
    sdk::saveWholeFile(QString::fromStdString(out), receipt->bytes);
    sdk::recordExport(call.context.audit(), "the claim's receipt " + receipt->name, "file", out,
                      "expenses.claim", id);
    call.out << "Saved " << receipt->name << " to " << out << "\n";
    return 0;
}

int claimsImport(sdk::CommandInvocation& call)
{
    return sdk::runImportVerb(
        call, "claim(s)",
        [&call](const QByteArray& bytes, sdk::FileFormat format, std::string_view sheet) {
            return importClaims(call.context, bytes, format, sheet);
        });
}

int claimsExport(sdk::CommandInvocation& call)
{
    return sdk::runStreamedExportVerb(
        call, "the expense claims",
        [&call](QIODevice& out, sdk::FileFormat format, std::string_view dateFormat) {
            exportClaims(out, call.context, format, dateFormat);
        });
}

int claims(sdk::CommandInvocation& call)
{
    static constexpr sdk::CommandVerb kVerbs[] = {
        {"add", claimsAdd},       {"list", claimsList},         {"decide", claimsDecide},
        {"pay", claimsPay},       {"withdraw", claimsWithdraw}, {"receipt", claimsReceipt},
        {"import", claimsImport}, {"export", claimsExport}};
    sdk::CommandInvocation sub = shifted(call);
    return sdk::runVerb(sub, "expenses claims", kExpensesUsage, kVerbs);
}

void writeRow(sdk::JsonWriter& json, const ReportRow& row, const char* keyName)
{
    json.beginObject().key(keyName).value(row.key);
    if (!row.mission.empty())
        json.key("mission").value(row.mission);
    json.key("forecast")
        .value(euros(row.forecast))
        .key("actual")
        .value(euros(row.actual))
        .key("paid")
        .value(euros(row.paid))
        .key("waiting")
        .value(euros(row.waiting))
        .key("difference")
        .value(euros(row.actual - row.forecast))
        .endObject();
}

void printRow(std::ostream& out, const ReportRow& row)
{
    out << "  " << std::left << std::setw(18) << row.key << std::right << std::setw(14)
        << euros(row.forecast) << std::setw(14) << euros(row.actual) << std::setw(14)
        << euros(row.paid) << std::setw(14) << euros(row.waiting) << std::setw(15)
        << euros(row.actual - row.forecast) << "\n";
}

int report(sdk::CommandInvocation& call)
{
    const Options o(call.args, {"--json", "--tours"}, {"--year"});
    const std::string yearText = o.required("--year");
    const auto y = sdk::Date::tryFromIso(yearText + "-01-01");
    if (!y || yearText.size() != 4)
        throw UsageError("--year: " + sdk::quoted(yearText) + " is not a year (YYYY)");
    const bool json = o.has("--json");
    QByteArray bytes;
    sdk::JsonWriter writer(bytes);
    std::ostringstream tourText;
    std::function<void(const ReportRow&)> eachTour;
    if (o.has("--tours")) {
        if (json)
            writer.beginObject().key("tours").beginArray();
        eachTour = [&](const ReportRow& row) {
            if (json) {
                writeRow(writer, row, "deployment");
                if (bytes.size() > (1 << 20)) { // streamed, not held
                    call.out << bytes.toStdString();
                    bytes.clear();
                }
            } else
                printRow(call.out, row);
        };
        if (!json)
            call.out << "Per tour:\n";
    }
    const YearReport r = yearReport(call.context, y->year(), eachTour);
    if (json) {
        if (o.has("--tours"))
            writer.endArray();
        else
            writer.beginObject();
        writer.key("year").value(std::int64_t(r.year));
        writer.key("missions").beginArray();
        for (const ReportRow& row : r.missions)
            writeRow(writer, row, "mission");
        writer.endArray().key("categories").beginArray();
        for (const ReportRow& row : r.categories)
            writeRow(writer, row, "category");
        writer.endArray().key("months").beginArray();
        for (const ReportRow& row : r.months)
            writeRow(writer, row, "month");
        writer.endArray().key("total");
        writeRow(writer, r.total, "year");
        writer.key("tours_forecast")
            .value(std::int64_t(r.tours))
            .key("claims")
            .value(std::int64_t(r.claims))
            .key("missing_rates")
            .value(std::int64_t(r.missingRates))
            .endObject();
        call.out << bytes.toStdString();
        return 0;
    }
    const auto table = [&](const char* title, const std::vector<ReportRow>& rows) {
        call.out << title
                 << "               forecast        actual          paid       waiting"
                    "     difference\n";
        for (const ReportRow& row : rows)
            printRow(call.out, row);
    };
    call.out << "Expenses " << r.year << ": the forecast of " << r.tours << " tour(s) against "
             << r.claims << " claim(s)\n";
    table("Per mission:", r.missions);
    table("Per category:", r.categories);
    table("Per month:", r.months);
    call.out << "Total:\n";
    printRow(call.out, r.total);
    if (r.missingRates > 0)
        call.out << "Warning: " << r.missingRates
                 << " forecast line(s) have no rate and count as nothing.\n";
    return 0;
}

int terms(sdk::CommandInvocation& call)
{
    const Options o(call.args, {},
                    {"--deployment", "--mission", "--relocates", "--organisation-pays"});
    sdk::Context& context = call.context;
    requireReader(context, "the expense terms of tours and missions");
    if (o.has("--deployment") == o.has("--mission"))
        throw UsageError("name a tour (--deployment ID) or a mission (--mission CODE)");
    if (const auto code = o.value("--mission")) {
        if (o.has("--relocates"))
            throw UsageError("--relocates is a tour's term: use --deployment");
        const auto mission = context.missions().findByCode(*code);
        if (!mission)
            throw sdk::InputError("--mission: there is no mission " + sdk::quoted(*code));
        if (const auto pays = o.value("--organisation-pays")) {
            sdk::WriteScope scope(context.store());
            setMissionOrganisationPays(context, mission->id, yesNo("--organisation-pays", *pays));
            scope.commit();
        }
        call.out << mission->code << ": the daily allowance is paid by "
                 << (missionOrganisationPays(context.store(), mission->id)
                         ? "the mission's organisation"
                         : "the police (national rates)")
                 << "\n";
        return 0;
    }
    const sdk::DeploymentId tour(sdk::parseId("--deployment", o.required("--deployment")));
    if (!context.deployments().find(tour))
        throw sdk::InputError("--deployment: there is no tour with id "
                              + std::to_string(tour.value()));
    TourTerms t = tourTerms(context.store(), tour);
    if (o.has("--relocates") || o.has("--organisation-pays")) {
        if (const auto v = o.value("--relocates"))
            t.relocates = yesNo("--relocates", *v);
        if (const auto v = o.value("--organisation-pays"))
            t.organisationPays = *v == "mission"
                                     ? std::nullopt
                                     : std::optional<bool>(yesNo("--organisation-pays", *v));
        sdk::WriteScope scope(context.store());
        setTourTerms(context, tour, t);
        scope.commit();
    }
    call.out << "Tour " << tour.value() << ": relocates " << (t.relocates ? "yes" : "no")
             << "; daily allowance paid by "
             << (t.organisationPays ? (*t.organisationPays ? "the organisation" : "the police")
                                    : "the mission's rule")
             << "\n";
    return 0;
}

int settings(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {"--set"});
    if (const auto set = o.value("--set")) {
        const auto eq = set->find('=');
        if (eq == std::string::npos)
            throw UsageError("--set KEY=VALUE");
        sdk::WriteScope scope(call.context.store());
        writeSetting(call.context, set->substr(0, eq), set->substr(eq + 1));
        scope.commit();
    }
    const ExpenseSettings s = readSettings(call.context);
    call.out << "home_leave_months     " << s.homeLeaveMonths << "\n"
             << "danger_bonus          "
             << (s.dangerMode == DangerBonusMode::Fixed ? "fixed" : "percent") << "\n"
             << "danger_bonus_percent  " << s.dangerPercent << "\n"
             << "usd_rate              " << usdRateText(s.eurPerUsd) << "\n";
    return 0;
}

} // namespace

int runExpensesCommand(sdk::CommandInvocation& call)
{
    static constexpr sdk::CommandVerb kVerbs[] = {{"forecast", forecast}, {"rates", rates},
                                                  {"claims", claims},     {"report", report},
                                                  {"terms", terms},       {"settings", settings}};
    return sdk::runVerb(call, "expenses", kExpensesUsage, kVerbs);
}

} // namespace contingent::expenses
