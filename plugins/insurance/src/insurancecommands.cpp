#include "insurancecommands.h"

#include "compensation.h"
#include "cover.h"
#include "policies.h"
#include "policyfile.h"

#include <contingent/sdk/repositories.h>
#include <contingent/sdk/context.h>
#include <contingent/sdk/tables.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iomanip>
#include <map>

namespace contingent::insurance {

const char* const kInsuranceUsage =
    "Usage: contingent insurance add --insurer TEXT --number TEXT --first YYYY-MM-DD\n"
    "                                --last YYYY-MM-DD --death EUR --disability EUR\n"
    "                                (--officer SN ... | --mission CODE ...) [--document "
    "FILE.pdf]\n"
    "       contingent insurance list [--json]\n"
    "       contingent insurance cover --deployment ID [--json]\n"
    "       contingent insurance exposure [--json]\n"
    "       contingent insurance lump-sum --wages W1,W2,...,W10 [--json]\n"
    "       contingent insurance compensation --sum EUR --outcome death|disability\n"
    "                                         [--degree PERCENT] [--json]\n"
    "       contingent insurance attach POLICY FILE.pdf | document POLICY --out FILE.pdf\n"
    "       contingent insurance remove POLICY\n"
    "       contingent insurance import FILE [--format csv|xlsx|json] [--sheet NAME]\n"
    "       contingent insurance export --format csv|csv-excel|xlsx|json [--out FILE]\n"
    "       contingent insurance reference [--set EUR]\n"
    "  add           a policy (Police Act, Art. 89) covering named officers, or everyone\n"
    "                serving in the listed missions; prints the new policy's id.\n"
    "                --officer and --mission may repeat or list several: A,B\n"
    "  list          the policies, with whom they cover\n"
    "  cover         a tour's covered days and its first uncovered day (an officer: own tours)\n"
    "  exposure      every high-risk tour without full cover, and the special compensation\n"
    "                Art. 90 would make the police owe on death\n"
    "  lump-sum      the Art. 91 lump sum to the family from the last ten monthly wages,\n"
    "                oldest first: at least the last six, at most all ten\n"
    "  compensation  the Art. 90 special compensation: all of the sum on death, the\n"
    "                degree of lost ability (0-100) of it on a permanent loss\n"
    "  attach        keep the policy's document (a PDF, at most 10 MB) with it\n"
    "  reference     the sum insured Art. 90 counts for an uninsured tour; admins set it\n"
    "Amounts are euros with a decimal point (2100.50); --json prints them as strings.";

namespace {

using sdk::UsageError;
using Options = sdk::CommandOptions;

sdk::Money amount(const std::string& option, const std::string& text)
{
    sdk::Money m;
    try {
        m = sdk::Money::parse(text, QLocale::c());
    } catch (const sdk::InputError&) {
        throw sdk::InputError(option + ": \"" + text + "\" is not an amount in euros (2100.50)");
    }
    if (m < sdk::Money())
        throw sdk::InputError(option + ": " + text + " is negative");
    return m;
}

QString euros(sdk::Money m)
{
    return QString::fromStdString(m.toPlainString());
}

QString iso(sdk::Date d)
{
    return QString::fromStdString(d.toIso());
}

void requireStaff(sdk::Context& context, const char* what)
{
    if (context.user().role == sdk::Role::Officer)
        throw sdk::InputError(std::string(what)
                              + " is for the international cooperation staff; "
                                "`contingent insurance cover` shows your tours");
}

int add(sdk::CommandInvocation& call)
{
    const Options o(
        call.args, {},
        {"--insurer", "--number", "--first", "--last", "--death", "--disability", "--document"},
        {"--officer", "--mission"});
    const std::vector<std::string> officers = o.values("--officer");
    const std::vector<std::string> missions = o.values("--mission");
    Policy p;
    p.insurer = o.required("--insurer");
    p.number = o.required("--number");
    const sdk::Date first = sdk::parseDate("--first", o.required("--first"));
    const sdk::Date last = sdk::parseDate("--last", o.required("--last"));
    if (last < first)
        throw sdk::InputError("--last: " + last.toIso() + " comes before --first " + first.toIso());
    p.period = sdk::Period(first, last);
    p.death = amount("--death", o.required("--death"));
    p.disability = amount("--disability", o.required("--disability"));
    if (officers.empty() == missions.empty())
        throw UsageError(officers.empty() ? "name whom the policy covers: --officer SN or "
                                            "--mission CODE"
                                          : "a policy covers --officer or --mission, not both");
    for (const std::string& sn : officers) {
        const auto officer = call.context.officers().findByServiceNumber(sn);
        if (!officer)
            throw sdk::InputError("--officer: no officer has service number \"" + sn + "\"");
        p.officers.push_back(officer->id);
    }
    for (const std::string& code : missions) {
        const auto mission = call.context.missions().findByCode(code);
        if (!mission)
            throw sdk::InputError("--mission: there is no mission \"" + code + "\"");
        p.missions.push_back(mission->id);
    }
    // The document is read before anything is written: a refused file leaves no policy.
    std::optional<sdk::Attachment> document;
    if (const auto path = o.value("--document"))
        document = sdk::readAttachment("--document", QString::fromStdString(*path), kDocumentTypes);
    sdk::WriteScope scope(call.context.store());
    PolicyBook book(call.context);
    const std::int64_t id = book.add(p);
    if (document)
        book.attach(id, *document);
    scope.commit();
    call.out << id << "\n";
    return 0;
}

int list(sdk::CommandInvocation& call)
{
    requireStaff(call.context, "the list of policies");
    const Options o(call.args, {"--json"}, {});
    QJsonArray rows;
    const std::vector<Policy> policies = PolicyBook(call.context).all();
    for (const Policy& p : policies) {
        QJsonArray officers, missions;
        std::string covered;
        for (const std::string& sn : p.serviceNumbers) {
            officers.append(QString::fromStdString(sn));
            covered += (covered.empty() ? "" : ", ") + sn;
        }
        for (const std::string& code : p.missionCodes) {
            missions.append(QString::fromStdString(code));
            covered += (covered.empty() ? "everyone in " : ", ") + code;
        }
        if (o.has("--json")) {
            rows.append(QJsonObject{
                {"id", qint64(p.id)},
                {"insurer", QString::fromStdString(p.insurer)},
                {"number", QString::fromStdString(p.number)},
                {"first_day", iso(p.period.first())},
                {"last_day", iso(p.period.last())},
                {"death", euros(p.death)},
                {"disability", euros(p.disability)},
                {"officers", officers},
                {"missions", missions},
                {"document",
                 p.document ? QJsonValue(QString::fromStdString(*p.document)) : QJsonValue()}});
            continue;
        }
        call.out << std::right << std::setw(5) << p.id << "  " << std::left << std::setw(24)
                 << (p.number + " (" + p.insurer + ")") << " " << p.period.toString() << "  death "
                 << p.death.toPlainString() << ", disability " << p.disability.toPlainString()
                 << "  " << covered << (p.document ? "  [" + *p.document + "]" : "") << "\n";
    }
    if (o.has("--json"))
        call.out << QJsonDocument(rows).toJson().toStdString();
    else
        call.out << policies.size() << " polic" << (policies.size() == 1 ? "y" : "ies") << "\n";
    return 0;
}

int cover(sdk::CommandInvocation& call)
{
    const Options o(call.args, {"--json"}, {"--deployment"});
    const sdk::DeploymentId tour(sdk::parseId("--deployment", o.required("--deployment")));
    const sdk::CurrentUser& user = call.context.user();
    const auto found = call.context.deployments().find(tour);
    if (!found
        || (user.role == sdk::Role::Officer
            && (!user.officerId || found->officerId != *user.officerId)))
        throw sdk::InputError("--deployment: there is no tour with id "
                              + std::to_string(tour.value()));
    const TourCover c = tourCover(call.context.store(), tour, true).front();
    PolicyBook book(call.context);
    QJsonArray stretches;
    int coveredDays = 0;
    for (const CoveredStretch& s : c.covered) {
        coveredDays += s.days.lengthInDays();
        const auto p = book.find(s.policy);
        stretches.append(QJsonObject{{"first_day", iso(s.days.first())},
                                     {"last_day", iso(s.days.last())},
                                     {"policy", qint64(s.policy)},
                                     {"number", QString::fromStdString(p ? p->number : "")},
                                     {"insurer", QString::fromStdString(p ? p->insurer : "")}});
    }
    if (o.has("--json")) {
        const auto lapsing = c.lapsing ? book.find(*c.lapsing) : std::nullopt;
        call.out << QJsonDocument(
                        QJsonObject{
                            {"deployment", qint64(tour.value())},
                            {"first_day", iso(c.period.first())},
                            {"last_day", iso(c.period.last())},
                            {"status", QString::fromStdString(std::string(toString(c.status)))},
                            {"high_risk", c.highRisk},
                            {"needs_cover", c.needsCover},
                            {"days", c.period.lengthInDays()},
                            {"covered_days", coveredDays},
                            {"uncovered_days", c.uncoveredDays},
                            {"first_uncovered",
                             c.firstUncovered ? QJsonValue(iso(*c.firstUncovered)) : QJsonValue()},
                            {"lapsing_policy",
                             lapsing ? QJsonValue(qint64(lapsing->id)) : QJsonValue()},
                            {"covered", stretches}})
                        .toJson()
                        .toStdString();
        return 0;
    }
    call.out << "Tour " << tour.value() << ", " << c.period.toString() << ", " << toString(c.status)
             << ": "
             << (c.highRisk ? "high-risk, every day needs cover (Police Act, Art. 89)"
                            : "not high-risk, no cover required (Police Act, Art. 89)")
             << "\n";
    for (const QJsonValue& s : stretches)
        call.out << "  covered " << s["first_day"].toString().toStdString() << " - "
                 << s["last_day"].toString().toStdString() << " by policy "
                 << s["number"].toString().toStdString() << " ("
                 << s["insurer"].toString().toStdString() << ")\n";
    if (c.firstUncovered)
        call.out << "  " << (c.highRisk ? "NOT INSURED" : "not insured") << " from "
                 << c.firstUncovered->toIso() << ": " << c.uncoveredDays << " of "
                 << c.period.lengthInDays() << " days without cover"
                 << (c.lapsing ? "; " + policyName(*book.find(*c.lapsing)) + " lapses on "
                                     + c.firstUncovered->addDays(-1).toIso()
                               : std::string())
                 << "\n";
    else
        call.out << "  every day is covered\n";
    return 0;
}

int exposureVerb(sdk::CommandInvocation& call)
{
    requireStaff(call.context, "the exposure");
    const Options o(call.args, {"--json"}, {});
    const Exposure e = exposure(call.context);
    std::map<std::int64_t, std::string> missions;
    for (const sdk::Mission& m : call.context.missions().all())
        missions[m.id.value()] = m.code;
    QJsonArray rows;
    for (const TourCover& c : e.tours) {
        const sdk::Officer officer = call.context.officers().get(c.officer);
        const std::string name = officer.familyName + ", " + officer.givenName;
        if (o.has("--json")) {
            rows.append(
                QJsonObject{{"deployment", qint64(c.tour.value())},
                            {"officer", QString::fromStdString(officer.serviceNumber)},
                            {"name", QString::fromStdString(name)},
                            {"mission", QString::fromStdString(missions[c.mission.value()])},
                            {"first_day", iso(c.period.first())},
                            {"last_day", iso(c.period.last())},
                            {"first_uncovered", iso(*c.firstUncovered)},
                            {"uncovered_days", c.uncoveredDays},
                            {"on_death", euros(specialCompensation(e.reference, Outcome::Death))},
                            {"on_disability", "degree x " + euros(e.reference)}});
            continue;
        }
        call.out << std::right << std::setw(6) << c.tour.value() << "  " << std::left
                 << std::setw(28) << (name + " (" + officer.serviceNumber + ")") << " "
                 << std::setw(10) << missions[c.mission.value()] << " " << c.period.toString()
                 << "  uncovered from " << c.firstUncovered->toIso() << " (" << c.uncoveredDays
                 << " days)\n";
    }
    if (o.has("--json")) {
        call.out << QJsonDocument(QJsonObject{{"reference_sum", euros(e.reference)},
                                              {"tours", rows},
                                              {"uncovered_tours", qint64(e.tours.size())},
                                              {"uncovered_days", e.uncoveredDays},
                                              {"total_on_death", euros(e.totalOnDeath)},
                                              {"legal_basis", "Police Act, Art. 90"}})
                        .toJson()
                        .toStdString();
        return 0;
    }
    call.out << e.tours.size() << " high-risk tour(s) without full cover, " << e.uncoveredDays
             << " uncovered days.\n"
             << "Special compensation (Police Act, Art. 90), on the reference sum insured "
             << e.reference.toPlainString() << ":\n"
             << "  on death: 100% each, " << e.totalOnDeath.toPlainString() << " in all\n"
             << "  on a permanent loss of the ability to work: the degree of the loss times "
             << e.reference.toPlainString() << " each\n";
    return 0;
}

int lumpSumVerb(sdk::CommandInvocation& call)
{
    const Options o(call.args, {"--json"}, {"--wages"});
    std::vector<sdk::Money> wages;
    for (const std::string& wage : sdk::splitList(o.required("--wages"), ',', true))
        wages.push_back(amount("--wages (month " + std::to_string(wages.size() + 1) + ")", wage));
    const LumpSum sum = lumpSum(wages);
    if (o.has("--json")) {
        call.out << QJsonDocument(QJsonObject{{"minimum", euros(sum.minimum)},
                                              {"maximum", euros(sum.maximum)},
                                              {"funeral", "covered by the police"},
                                              {"legal_basis", "Police Act, Art. 91"}})
                        .toJson()
                        .toStdString();
        return 0;
    }
    call.out << "Lump sum to the family (Police Act, Art. 91(2)): at least "
             << sum.minimum.toPlainString() << " (the last six months' wages), at most "
             << sum.maximum.toPlainString() << " (all ten); the director general sets it.\n"
             << "The funeral is paid by the police (Art. 91(1)); the lump sum comes in addition "
                "to compensation (Art. 91(3)).\n";
    return 0;
}

int compensationVerb(sdk::CommandInvocation& call)
{
    const Options o(call.args, {"--json"}, {"--sum", "--outcome", "--degree"});
    const sdk::Money sum = amount("--sum", o.required("--sum"));
    const Outcome outcome = outcomeFromString(o.required("--outcome"));
    int degree = 10000;
    if (outcome == Outcome::Disability)
        degree = parseDegree(o.required("--degree"));
    else if (o.has("--degree"))
        throw UsageError("--degree: on death the compensation is 100% (Art. 90(2)); give "
                         "--degree with --outcome disability");
    const sdk::Money owed = specialCompensation(sum, outcome, degree);
    const QString percent = QString::number(degree / 100)
                            + (degree % 100 ? QString::asprintf(".%02d", degree % 100) : QString());
    if (o.has("--json")) {
        call.out << QJsonDocument(QJsonObject{{"sum_insured", euros(sum)},
                                              {"outcome", o.required("--outcome").c_str()},
                                              {"degree", percent},
                                              {"compensation", euros(owed)},
                                              {"legal_basis", "Police Act, Art. 90"}})
                        .toJson()
                        .toStdString();
        return 0;
    }
    call.out << "Special compensation (Police Act, Art. 90(2)): " << owed.toPlainString() << " ("
             << percent.toStdString() << "% of " << sum.toPlainString() << ")\n";
    return 0;
}

int attach(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {}, 2);
    if (o.plain().size() != 2)
        throw UsageError("attach needs the POLICY id and a FILE.pdf");
    const std::int64_t id = sdk::parseId("POLICY", o.plain()[0]);
    PolicyBook(call.context)
        .attach(id,
                sdk::readAttachment("FILE", QString::fromStdString(o.plain()[1]), kDocumentTypes));
    call.out << "Kept " << o.plain()[1] << " with policy " << id << ".\n";
    return 0;
}

int document(sdk::CommandInvocation& call)
{
    requireStaff(call.context, "a policy's document");
    const Options o(call.args, {}, {"--out"}, 1);
    if (o.plain().empty())
        throw UsageError("document needs the POLICY id");
    const std::int64_t id = sdk::parseId("POLICY", o.plain()[0]);
    const std::string out = o.required("--out");
    const auto doc = PolicyBook(call.context).document(id);
    if (!doc)
        throw sdk::InputError("policy " + std::to_string(id) + " has no document");
    sdk::saveWholeFile(QString::fromStdString(out), doc->bytes);
    sdk::recordExport(call.context.audit(), "the policy's document " + doc->name, "file", out,
                      "insurance.policy", id);
    call.out << "Wrote " << doc->name << " to " << out << "\n";
    return 0;
}

int remove(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {}, 1);
    if (o.plain().empty())
        throw UsageError("remove needs the POLICY id");
    const std::int64_t id = sdk::parseId("POLICY", o.plain()[0]);
    PolicyBook(call.context).remove(id);
    call.out << "Removed policy " << id << ".\n";
    return 0;
}

int importFile(sdk::CommandInvocation& call)
{
    return sdk::runImportVerb(
        call, "polic(ies)",
        [&call](const QByteArray& bytes, sdk::FileFormat format, std::string_view sheet) {
            return importPolicies(call.context, bytes, format, sheet);
        });
}

int exportFile(sdk::CommandInvocation& call)
{
    requireStaff(call.context, "the export of policies");
    return sdk::runExportVerb(call, "the insurance policies",
                              [&call](sdk::FileFormat format, std::string_view dateFormat) {
                                  return exportPolicies(call.context, format, dateFormat);
                              });
}

int reference(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {"--set"});
    if (const auto set = o.value("--set"))
        setReferenceSum(call.context, amount("--set", *set));
    call.out << "Reference sum insured (Police Act, Art. 90): "
             << referenceSum(call.context).toPlainString() << "\n";
    return 0;
}

} // namespace

int runInsuranceCommand(sdk::CommandInvocation& call)
{
    static constexpr sdk::CommandVerb kVerbs[] = {{"add", add},
                                                  {"list", list},
                                                  {"cover", cover},
                                                  {"exposure", exposureVerb},
                                                  {"lump-sum", lumpSumVerb},
                                                  {"compensation", compensationVerb},
                                                  {"attach", attach},
                                                  {"document", document},
                                                  {"remove", remove},
                                                  {"import", importFile},
                                                  {"export", exportFile},
                                                  {"reference", reference}};
    return sdk::runVerb(call, "insurance", kInsuranceUsage, kVerbs);
}

} // namespace contingent::insurance
