#include "rostercommands.h"

#include "rosterimport.h"
#include "rosterlanguages.h"

#include <contingent/sdk/context.h>
#include <contingent/sdk/tables.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <iomanip>
#include <optional>

namespace contingent::rosters {

const char* const kRostersUsage =
    "Usage: contingent rosters list [--json]\n"
    "       contingent rosters import FILE [--format csv|xlsx|json] [--sheet NAME]\n"
    "                                      [--encoding utf-8|windows-1250]\n"
    "       contingent rosters export --format csv|csv-excel|xlsx|json [--out FILE]\n"
    "  list    every officer on the roster with their languages\n"
    "  import  add or update the officers of a CSV, Excel (.xlsx) or JSON file (all\n"
    "          rows or none); the format comes from the file's extension unless\n"
    "          --format is given; a workbook is read from its first sheet or --sheet;\n"
    "          a CSV file is UTF-8 unless --encoding windows-1250 (Excel in Slovene)\n"
    "  export  every officer to standard output or to FILE: csv (UTF-8, for tools),\n"
    "          csv-excel (CSV with a byte order mark, for Excel), xlsx or json";

namespace {

int usageError(sdk::CommandInvocation& call, const std::string& message = {})
{
    if (!message.empty())
        call.err << "rosters: " << message << "\n";
    call.err << kRostersUsage << "\n";
    return 2;
}

/// Every officer, one at a time as read (the roster's order), with their languages: memory
/// does not grow with the roster.
int listOfficers(sdk::CommandInvocation& call, bool json)
{
    sdk::Statement languages(call.context.store(),
                             "SELECT language, level FROM rosters_language WHERE officer_id = ? "
                             "ORDER BY level DESC, language");
    const auto languagesOf = [&languages](sdk::OfficerId id) {
        languages.reset();
        languages.bind(1, id);
        std::vector<LanguageSkill> skills;
        while (languages.step())
            skills.push_back({languages.text(0), languages.text(1)});
        return skills;
    };
    QByteArray buffer;
    sdk::JsonWriter writer(buffer);
    if (json)
        writer.beginArray();
    std::size_t count = 0;
    call.context.officers().forEach([&](const sdk::Officer& o) {
        ++count;
        if (!json) {
            call.out << std::left << std::setw(12) << o.serviceNumber << o.familyName << ", "
                     << o.givenName << " (" << o.rank << ", " << o.unit << ") "
                     << formatLanguages(languagesOf(o.id)) << "\n";
            return;
        }
        writer.beginObject()
            .key("service_number")
            .value(o.serviceNumber)
            .key("given_name")
            .value(o.givenName)
            .key("family_name")
            .value(o.familyName)
            .key("gender")
            .value(o.gender)
            .key("rank")
            .value(o.rank)
            .key("unit")
            .value(o.unit)
            .key("active")
            .value(o.active)
            .key("languages")
            .beginArray();
        for (const LanguageSkill& l : languagesOf(o.id))
            writer.beginObject()
                .key("language")
                .value(l.language)
                .key("level")
                .value(l.level)
                .endObject();
        writer.endArray().endObject();
        call.out.write(buffer.constData(), buffer.size());
        buffer.clear();
    });
    if (json) {
        writer.endArray();
        call.out.write(buffer.constData(), buffer.size());
    } else {
        call.out << count << " officer(s)\n";
    }
    return 0;
}

/// `import` and `export` take one optional FILE (import only) and --format / --out.
struct TransferArgs {
    std::optional<std::string> file;
    std::optional<std::string> format;
    std::optional<std::string> out;
    std::optional<std::string> sheet;
    std::optional<std::string> encoding;
};

/// Parses args[1..]; returns nothing (after printing the usage) on a usage error.
std::optional<TransferArgs> parseTransferArgs(sdk::CommandInvocation& call, bool isImport)
{
    TransferArgs parsed;
    const auto& a = call.args;
    for (std::size_t i = 1; i < a.size(); ++i) {
        std::optional<std::string>* option = a[i] == "--format"                 ? &parsed.format
                                             : a[i] == "--out" && !isImport     ? &parsed.out
                                             : a[i] == "--sheet" && isImport    ? &parsed.sheet
                                             : a[i] == "--encoding" && isImport ? &parsed.encoding
                                                                                : nullptr;
        if (option && !*option && i + 1 < a.size()) {
            *option = a[++i];
        } else if (isImport && !parsed.file && !a[i].starts_with("--")) {
            parsed.file = a[i];
        } else {
            usageError(call, "unexpected argument \"" + a[i] + "\"");
            return std::nullopt;
        }
    }
    return parsed;
}

int importFile(sdk::CommandInvocation& call)
{
    const auto args = parseTransferArgs(call, true);
    if (!args)
        return 2;
    if (!args->file)
        return usageError(call, "import needs a FILE");
    RosterFormat format;
    try {
        format = formatFromName(args->format.value_or(*args->file));
    } catch (const sdk::InputError& e) {
        return usageError(call, e.what());
    }
    const sdk::Role role = call.context.user().role;
    if (!sdk::canEdit(role)) {
        call.err << "rosters import: " << (role == sdk::Role::Officer ? "an " : "a ")
                 << sdk::toString(role) << " cannot import\n";
        return 1;
    }
    QFile file(QString::fromStdString(*args->file));
    if (!file.open(QIODevice::ReadOnly)) {
        call.err << "rosters import: cannot read " << *args->file << ": "
                 << file.errorString().toStdString() << "\n";
        return 1;
    }
    QByteArray bytes = file.readAll();
    if (args->encoding) {
        if (format != RosterFormat::Csv && format != RosterFormat::CsvForExcel)
            return usageError(call, "--encoding is for CSV files (a workbook and JSON are UTF-8)");
        try {
            bytes = sdk::textAsUtf8(bytes, *args->encoding);
        } catch (const sdk::InputError& e) {
            return usageError(call, e.what());
        }
    }
    const ImportReport report = importRoster(call.context, bytes, format, args->sheet.value_or(""));
    if (!report.ok()) {
        call.err << describe(report) << "Nothing was written.\n";
        return 1;
    }
    call.out << "Imported " << *args->file << ": " << report.added << " added, " << report.updated
             << " updated.\n";
    return 0;
}

int exportFile(sdk::CommandInvocation& call)
{
    const auto args = parseTransferArgs(call, false);
    if (!args)
        return 2;
    if (!args->format && !args->out)
        return usageError(call,
                          "export needs --format csv, csv-excel, xlsx or json, or --out FILE");
    RosterFormat format;
    try {
        format = formatFromName(args->format.value_or(args->out.value_or("")));
    } catch (const sdk::InputError& e) {
        return usageError(call, e.what());
    }
    auto& db = call.context.store();
    const std::string dateFormat = sdk::spreadsheetDateFormat(QLocale());
    if (!args->out) {
        const QByteArray bytes = exportRoster(db, format, dateFormat);
        call.out.write(bytes.constData(), std::streamsize(bytes.size()));
        sdk::recordExport(call.context.audit(), "the roster", args->format.value_or(std::string()),
                          {});
        return 0;
    }
    // Written as read, whole or not at all.
    QSaveFile file(QString::fromStdString(*args->out));
    try {
        if (!file.open(QIODevice::WriteOnly))
            throw sdk::Error(file.errorString().toStdString());
        exportRoster(file, db, format, dateFormat);
        if (!file.commit())
            throw sdk::Error(file.errorString().toStdString());
    } catch (const sdk::Error& e) {
        call.err << "rosters export: cannot write " << *args->out << ": " << e.what() << "\n";
        return 1;
    }
    const auto count = db.queryValue<std::int64_t>("SELECT count(*) FROM officer").value_or(0);
    call.out << "Exported " << count << (count == 1 ? " officer" : " officers") << " to "
             << *args->out << "\n";
    sdk::recordExport(call.context.audit(), "the roster", args->format.value_or(""), *args->out);
    return 0;
}

} // namespace

int runRostersCommand(sdk::CommandInvocation& call)
{
    const auto& a = call.args;
    const std::string verb = a.empty() ? "" : a[0];
    try {
        if (verb == "list" && a.size() <= 2 && (a.size() == 1 || a[1] == "--json"))
            return listOfficers(call, a.size() == 2);
        if (verb == "import")
            return importFile(call);
        if (verb == "export")
            return exportFile(call);
    } catch (const sdk::Error& e) {
        call.err << "rosters " << verb << ": " << e.what() << "\n";
        return 1;
    }
    return usageError(call);
}

} // namespace contingent::rosters
