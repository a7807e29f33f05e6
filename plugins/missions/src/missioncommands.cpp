#include "missioncommands.h"

#include "catalogue.h"
#include "missionstats.h"
#include "statement.h"
#include "tourfile.h"

#include <contingent/sdk/context.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <iomanip>
#include <map>

namespace contingent::missions {

const char* const kMissionsUsage =
    "Usage: contingent missions list [--json | --csv]\n"
    "       contingent missions tours [--officer SERVICE_NUMBER] [--mission CODE] [--json]\n"
    "       contingent missions import FILE [--format csv|xlsx|json] [--sheet NAME]\n"
    "       contingent missions export --format csv|csv-excel|xlsx|json [--out FILE]\n"
    "       contingent missions stats [--json]\n"
    "       contingent missions stats ID --format csv|csv-excel|xlsx|json [--out FILE]\n"
    "       contingent missions statement --officer SERVICE_NUMBER --out FILE.pdf\n"
    "  list       the mission catalogue: code, organisation, country, dates, time zone, risk\n"
    "  tours      the tours with their ids (the ID other commands take), newest first\n"
    "  import     add or update the tours of a CSV, Excel (.xlsx) or JSON file (all rows\n"
    "             or none); the format comes from the file's extension unless --format\n"
    "             is given; a workbook is read from its first sheet or --sheet\n"
    "  export     every tour (an officer: their own) to standard output or FILE: csv\n"
    "             (UTF-8, for tools), csv-excel (with a byte order mark, for Excel), xlsx\n"
    "             or json\n"
    "  stats      officers per year by organisation (by_organisation), per mission\n"
    "             (by_mission), women and men per year (by_gender), days abroad per year\n"
    "             (days_abroad), 1997 to today; with an ID, that one as a file\n"
    "  statement  the statement of service abroad as PDF (an officer: only their own)";

namespace {

using sdk::UsageError;
using Options = sdk::CommandOptions;

void writeFile(const std::string& path, const QByteArray& bytes)
{
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw sdk::Error("cannot write " + path + ": " + file.errorString().toStdString());
}

int list(sdk::CommandInvocation& call)
{
    const Options o(call.args, {"--json", "--csv"}, {});
    if (o.has("--json") && o.has("--csv"))
        throw UsageError("choose --json or --csv");
    const auto missions = MissionBook(call.context).all();
    if (o.has("--csv")) {
        const QByteArray csv = catalogueCsv(missions);
        call.out.write(csv.constData(), std::streamsize(csv.size()));
        return 0;
    }
    if (o.has("--json")) {
        QJsonArray rows;
        for (const MissionInfo& m : missions)
            rows.append(QJsonObject{
                {"code", QString::fromStdString(m.mission.code)},
                {"name", QString::fromStdString(m.mission.name)},
                {"organisation", QString::fromStdString(m.mission.organisation)},
                {"host_country", QString::fromStdString(m.mission.hostCountry)},
                {"start_date", QString::fromStdString(m.mission.startDate.toIso())},
                {"end_date", m.mission.endDate
                                 ? QJsonValue(QString::fromStdString(m.mission.endDate->toIso()))
                                 : QJsonValue(QJsonValue::Null)},
                {"time_zone", QString::fromStdString(m.timeZone)},
                {"risk_level", QString::fromUtf8(sdk::toString(m.mission.riskLevel).data())},
                {"source", QString::fromStdString(m.source)}});
        call.out << QJsonDocument(rows).toJson().toStdString();
        return 0;
    }
    for (const MissionInfo& m : missions)
        call.out << std::left << std::setw(13) << m.mission.code << std::setw(14)
                 << m.mission.organisation << m.mission.startDate.toIso() << ".." << std::setw(11)
                 << (m.mission.endDate ? m.mission.endDate->toIso() : "") << "  " << std::setw(7)
                 << sdk::toString(m.mission.riskLevel) << m.mission.hostCountry << " ("
                 << m.timeZone << ")\n";
    call.out << missions.size() << " mission(s)\n";
    return 0;
}

int tours(sdk::CommandInvocation& call)
{
    const Options o(call.args, {"--json"}, {"--officer", "--mission"});
    const sdk::CurrentUser& user = call.context.user();
    std::optional<sdk::OfficerId> only;
    if (user.role == sdk::Role::Officer) {
        if (!user.officerId)
            throw sdk::InputError("this login is not linked to an officer record");
        only = user.officerId;
    }
    const std::string officer = o.value("--officer").value_or("");
    const std::string mission = o.value("--mission").value_or("");
    if (!officer.empty() && !call.context.officers().findByServiceNumber(officer))
        throw sdk::InputError("--officer: no officer has service number " + sdk::quoted(officer));
    if (!mission.empty() && !call.context.missions().findByCode(mission))
        throw sdk::InputError("--mission: there is no mission " + sdk::quoted(mission));
    sdk::Statement st(
        call.context.store(),
        "SELECT d.id, o.service_number, o.family_name || ', ' || o.given_name, "
        "m.code, d.first_day, d.last_day, d.status FROM deployment d "
        "JOIN officer o ON o.id = d.officer_id JOIN mission m ON m.id = d.mission_id "
        "WHERE (?1 IS NULL OR d.officer_id = ?1) AND (?2 = '' OR o.service_number = ?2) "
        "AND (?3 = '' OR m.code = ?3) ORDER BY d.first_day DESC, d.id DESC");
    st.bindAll(only, officer, mission);
    QJsonArray rows;
    int count = 0;
    while (st.step()) {
        ++count;
        if (o.has("--json")) {
            rows.append(QJsonObject{{"id", qint64(st.int64(0))},
                                    {"service_number", QString::fromStdString(st.text(1))},
                                    {"officer", QString::fromStdString(st.text(2))},
                                    {"mission", QString::fromStdString(st.text(3))},
                                    {"first_day", QString::fromStdString(st.text(4))},
                                    {"last_day", QString::fromStdString(st.text(5))},
                                    {"status", QString::fromStdString(st.text(6))}});
            continue;
        }
        call.out << std::right << std::setw(7) << st.int64(0) << "  " << std::left << std::setw(12)
                 << st.text(1) << std::setw(10) << st.text(3) << st.text(4) << ".." << st.text(5)
                 << "  " << st.text(6) << "  " << st.text(2) << "\n";
    }
    if (o.has("--json"))
        call.out << QJsonDocument(rows).toJson().toStdString();
    else
        call.out << count << " tour(s)\n";
    return 0;
}

int importFile(sdk::CommandInvocation& call)
{
    const sdk::Role role = call.context.user().role;
    if (!sdk::canEdit(role))
        throw sdk::InputError((role == sdk::Role::Officer ? "an " : "a ")
                              + std::string(sdk::toString(role)) + " cannot import tours");
    return sdk::runImportVerb(
        call, "tour(s)",
        [&call](const QByteArray& bytes, sdk::FileFormat format, std::string_view sheet) {
            return importTours(call.context, bytes, format, sheet);
        });
}

int exportFile(sdk::CommandInvocation& call)
{
    const sdk::CurrentUser& user = call.context.user();
    std::optional<sdk::OfficerId> only;
    if (user.role == sdk::Role::Officer) {
        if (!user.officerId)
            throw sdk::InputError("this login is not linked to an officer record");
        only = user.officerId;
    }
    return sdk::runStreamedExportVerb(
        call, "the tours",
        [&call, only](QIODevice& out, sdk::FileFormat format, std::string_view dateFormat) {
            exportTours(out, call.context.store(), format, only, dateFormat);
        });
}

int stats(sdk::CommandInvocation& call)
{
    const Options o(call.args, {"--json"}, {"--format", "--out"}, 1);
    if (call.context.user().role == sdk::Role::Officer)
        throw sdk::InputError("the statistics are for staff; an officer sees their own record");
    if (!o.plain().empty()) {
        if (!o.has("--format") && !o.has("--out"))
            throw UsageError("stats " + o.plain().front()
                             + " needs --format csv, csv-excel, xlsx or json, or --out FILE");
        const sdk::FileFormat format =
            sdk::fileFormatFromName(o.value("--format").value_or(o.value("--out").value_or("")));
        const QByteArray bytes = toFile(
            statistic(call.context.store(), call.context.today(), o.plain().front()), format);
        if (const auto out = o.value("--out")) {
            writeFile(*out, bytes);
            call.out << "Exported " << o.plain().front() << " to " << *out << "\n";
        } else {
            call.out.write(bytes.constData(), std::streamsize(bytes.size()));
        }
        return 0;
    }
    const auto tables = allStatistics(call.context.store(), call.context.today());
    if (o.has("--json")) {
        QJsonArray all;
        for (const StatTable& t : tables)
            all.append(toJson(t));
        call.out << QJsonDocument(
                        QJsonObject{{"today", QString::fromStdString(call.context.today().toIso())},
                                    {"statistics", all}})
                        .toJson()
                        .toStdString();
        return 0;
    }
    for (const StatTable& t : tables) {
        call.out << t.title << "\n" << std::left << std::setw(13) << t.labelColumn;
        for (const std::string& c : t.columns)
            call.out << std::right << std::setw(14) << c;
        call.out << "\n";
        for (const StatRow& row : t.rows) {
            call.out << std::left << std::setw(13) << row.label;
            for (std::int64_t v : row.values)
                call.out << std::right << std::setw(14) << v;
            call.out << "\n";
        }
        call.out << "\n";
    }
    return 0;
}

int statement(sdk::CommandInvocation& call)
{
    const Options o(call.args, {}, {"--officer", "--out"});
    if (!o.has("--officer") || !o.has("--out"))
        throw UsageError("statement needs --officer SERVICE_NUMBER and --out FILE.pdf");
    const std::string number = *o.value("--officer");
    const auto officer = call.context.officers().findByServiceNumber(number);
    const sdk::CurrentUser& user = call.context.user();
    if (user.role == sdk::Role::Officer && (!officer || user.officerId != officer->id))
        throw sdk::InputError("an officer can produce only their own statement of service");
    if (!officer)
        throw sdk::InputError("no officer has service number \"" + number + "\"");
    const ServiceStatement s = buildStatement(call.context, officer->id, call.context.today());
    writeStatementPdf(s, QString::fromStdString(*o.value("--out")));
    sdk::recordExport(call.context.audit(), "the statement of service abroad", "pdf",
                      *o.value("--out"), "officer", officer->id.value());
    call.out << "Wrote the statement of service abroad of " << officer->givenName << " "
             << officer->familyName << " (" << s.tours.size() << " tour(s), " << s.totalDays
             << " days abroad) to " << *o.value("--out") << "\n";
    return 0;
}

} // namespace

int runMissionsCommand(sdk::CommandInvocation& call)
{
    static constexpr sdk::CommandVerb kVerbs[] = {{"list", list},         {"tours", tours},
                                                  {"import", importFile}, {"export", exportFile},
                                                  {"stats", stats},       {"statement", statement}};
    return sdk::runVerb(call, "missions", kMissionsUsage, kVerbs);
}

} // namespace contingent::missions
