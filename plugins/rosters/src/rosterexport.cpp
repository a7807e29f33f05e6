// exportRoster(), declared with the import in rosterimport.h.
#include "rosterimport.h"

#include "rostercsv.h"
#include "rosterlanguages.h"

#include <QBuffer>

#include <cstdio>
#include <functional>

namespace contingent::rosters {

namespace {

/// One officer as the export writes it.
struct ExportRow {
    std::int64_t id = 0;
    std::array<std::string, 8> fields; ///< service_number .. email; birth_date "" when none
    std::vector<LanguageSkill> languages;
    std::vector<std::string> skills;
};

std::string joinedSkills(const ExportRow& row)
{
    std::string skills;
    for (const std::string& s : row.skills)
        skills.append(skills.empty() ? "" : ";").append(s);
    return skills;
}

/// The row's values in the CSV's text form, for a workbook.
std::vector<std::string> tableRow(const ExportRow& row)
{
    std::vector<std::string> values(row.fields.begin(), row.fields.end());
    values.push_back(formatLanguages(row.languages));
    values.push_back(joinedSkills(row));
    return values;
}

void appendCsv(QByteArray& out, const ExportRow& row)
{
    for (const std::string& field : row.fields) {
        appendCsvField(out, field);
        out += ',';
    }
    appendCsvField(out, formatLanguages(row.languages));
    out += ',';
    appendCsvField(out, joinedSkills(row));
    out += '\n';
}

void appendJson(sdk::JsonWriter& json, const ExportRow& row)
{
    json.beginObject();
    for (std::size_t i = 0; i < row.fields.size(); ++i) {
        json.key(kRosterColumns[i]);
        if (kRosterColumns[i] == "birth_date" && row.fields[i].empty())
            json.null();
        else
            json.value(row.fields[i]);
    }
    json.key("languages").beginObject();
    for (const auto& language : row.languages)
        json.key(language.language).value(language.level);
    json.endObject();
    json.key("skills").beginArray();
    for (const std::string& skill : row.skills)
        json.value(skill);
    json.endArray();
    json.endObject();
}

} // namespace

namespace {

/// Every officer with their languages and skills, in service-number order. Officers, their
/// languages and their skills come in the same order (service_number is unique), so three
/// sorted queries are merged in one pass, one officer in memory at a time.
void forEachOfficer(sdk::Database& db, const std::function<void(const ExportRow&)>& each)
{
    sdk::Statement officers(db, "SELECT id, service_number, given_name, family_name, gender, "
                                "coalesce(birth_date, ''), rank, unit, email "
                                "FROM officer ORDER BY service_number");
    sdk::Statement languages(db, "SELECT l.officer_id, l.language, l.level FROM rosters_language l "
                                 "JOIN officer o ON o.id = l.officer_id "
                                 "ORDER BY o.service_number, l.language");
    sdk::Statement skills(db, "SELECT s.officer_id, s.skill FROM rosters_skill s "
                              "JOIN officer o ON o.id = s.officer_id "
                              "ORDER BY o.service_number, s.skill");
    bool moreLanguages = languages.step();
    bool moreSkills = skills.step();
    ExportRow row;
    while (officers.step()) {
        row.id = officers.int64(0);
        for (std::size_t i = 0; i < row.fields.size(); ++i)
            row.fields[i] = officers.text(int(i) + 1);
        row.languages.clear();
        for (; moreLanguages && languages.int64(0) == row.id; moreLanguages = languages.step())
            row.languages.push_back({languages.text(1), languages.text(2)});
        row.skills.clear();
        for (; moreSkills && skills.int64(0) == row.id; moreSkills = skills.step())
            row.skills.push_back(skills.text(1));
        each(row);
    }
}

void flushTo(QIODevice& out, QByteArray& bytes)
{
    if (out.write(bytes) != bytes.size())
        throw sdk::Error("cannot write the roster: " + out.errorString().toStdString());
    bytes.clear();
}

} // namespace

void exportRoster(QIODevice& out, sdk::Database& db, RosterFormat format,
                  std::string_view dateFormat)
{
    // One snapshot for the officers and their languages and skills, read by separate statements.
    sdk::Savepoint snapshot(db);
    if (format == RosterFormat::Xlsx) {
        sdk::writeTable(
            out, format, "Roster", rosterTable(),
            [&db](const std::function<void(const std::vector<std::string>&)>& each) {
                forEachOfficer(db, [&each](const ExportRow& row) { each(tableRow(row)); });
            },
            dateFormat);
        snapshot.release();
        return;
    }
    QByteArray buffer;
    sdk::JsonWriter json(buffer);
    if (format == RosterFormat::CsvForExcel)
        buffer.append(kUtf8Bom.data(), qsizetype(kUtf8Bom.size()));
    if (format == RosterFormat::Csv || format == RosterFormat::CsvForExcel)
        buffer.append(kRosterCsvHeader.data(), qsizetype(kRosterCsvHeader.size())).append('\n');
    else
        json.beginArray();
    forEachOfficer(db, [&](const ExportRow& row) {
        if (format == RosterFormat::Json)
            appendJson(json, row);
        else
            appendCsv(buffer, row);
        if (buffer.size() >= 1 << 16)
            flushTo(out, buffer);
    });
    if (format == RosterFormat::Json)
        json.endArray();
    flushTo(out, buffer);
    snapshot.release();
}

QByteArray exportRoster(sdk::Database& db, RosterFormat format, std::string_view dateFormat)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    exportRoster(buffer, db, format, dateFormat);
    return bytes;
}

} // namespace contingent::rosters
