// exportRoster(), declared with the import in rosterimport.h.
#include "rosterimport.h"

#include "rostercsv.h"
#include "rosterextras.h"
#include "rosterlanguages.h"

#include <QBuffer>

#include <cstdio>
#include <unordered_map>
#include <functional>

namespace contingent::rosters {

namespace {

/// One officer as the export writes it.
struct ExportRow {
    std::int64_t id = 0;
    std::array<std::string, 8> fields; ///< service_number .. email; birth_date "" when none
    std::vector<LanguageSkill> languages;
    std::vector<std::string> skills;
    /// competency_test .. not_deployable_reason, as the file has them ("" for no date)
    std::array<std::string, 6> documents;
    std::vector<RawCourse> courses; ///< "" expires: does not lapse
    std::vector<RawPeriod> unavailability;
};

/// The courses as one cell: "first aid: 2024-03-01/2027-03-01; diving: 2019-05-20".
std::string coursesCell(const ExportRow& row)
{
    std::vector<std::string> items;
    for (const RawCourse& c : row.courses)
        items.push_back(formatCourse(c.name, c.issued, c.expires));
    return joinEscaped(items);
}

/// The unavailability as one cell: "leave: 2026-07-01/2026-07-14: summer".
std::string unavailabilityCell(const ExportRow& row)
{
    std::vector<std::string> items;
    for (const RawPeriod& u : row.unavailability)
        items.push_back(formatPeriod(u.kind, u.firstDay, u.lastDay, u.note));
    return joinEscaped(items);
}

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
    values.insert(values.end(), row.documents.begin(), row.documents.end());
    values.push_back(coursesCell(row));
    values.push_back(unavailabilityCell(row));
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
    for (const std::string& field : row.documents) {
        out += ',';
        appendCsvField(out, field);
    }
    out += ',';
    appendCsvField(out, coursesCell(row));
    out += ',';
    appendCsvField(out, unavailabilityCell(row));
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
    const auto date = [&json](const std::string& iso) {
        if (iso.empty())
            json.null();
        else
            json.value(iso);
    };
    json.key("competency_test");
    date(row.documents[0]);
    json.key("passport_number").value(row.documents[1]);
    json.key("passport_expiry");
    date(row.documents[2]);
    json.key("driving_licence").value(row.documents[3]);
    json.key("deployable").value(row.documents[4] == formatDeployable(true));
    json.key("not_deployable_reason").value(row.documents[5]);
    json.key("courses").beginArray();
    for (const RawCourse& c : row.courses) {
        json.beginObject().key("name").value(c.name).key("issued").value(c.issued);
        json.key("expires");
        date(c.expires);
        json.endObject();
    }
    json.endArray();
    json.key("unavailability").beginArray();
    for (const RawPeriod& u : row.unavailability) {
        json.beginObject().key("kind").value(u.kind).key("first_day").value(u.firstDay);
        json.key("last_day").value(u.lastDay).key("note").value(u.note).endObject();
    }
    json.endArray();
    json.endObject();
}

} // namespace

namespace {

/// Every officer with their languages, skills, documents, courses and unavailability, in
/// service-number order. The officers and each of their lists come in the same order
/// (service_number is unique), so sorted queries are merged in one pass, one officer in memory
/// at a time.
void forEachOfficer(sdk::Database& db, const std::function<void(const ExportRow&)>& each)
{
    sdk::Statement officers(db,
                            "SELECT o.id, o.service_number, o.given_name, o.family_name, o.gender, "
                            "coalesce(o.birth_date, ''), o.rank, o.unit, o.email, "
                            "coalesce(p.competency_test, ''), coalesce(p.passport_number, ''), "
                            "coalesce(p.passport_expiry, ''), coalesce(p.driving_licence, ''), "
                            "coalesce(p.deployable, 1), coalesce(p.not_deployable_reason, '') "
                            "FROM officer o LEFT JOIN rosters_profile p ON p.officer_id = o.id "
                            "ORDER BY o.service_number");
    sdk::Statement languages(db, "SELECT l.officer_id, l.language, l.level FROM rosters_language l "
                                 "JOIN officer o ON o.id = l.officer_id "
                                 "ORDER BY o.service_number, l.language");
    sdk::Statement skills(db, "SELECT s.officer_id, s.skill FROM rosters_skill s "
                              "JOIN officer o ON o.id = s.officer_id "
                              "ORDER BY o.service_number, s.skill");
    sdk::Statement courses(db, "SELECT c.officer_id, c.name, c.issued, coalesce(c.expires, '') "
                               "FROM rosters_course c JOIN officer o ON o.id = c.officer_id "
                               "ORDER BY o.service_number, c.issued, c.name, c.expires");
    sdk::Statement periods(db, "SELECT u.officer_id, u.kind, u.first_day, u.last_day, u.note "
                               "FROM rosters_unavailability u "
                               "JOIN officer o ON o.id = u.officer_id "
                               "ORDER BY o.service_number, u.first_day, u.last_day, u.kind, "
                               "u.note");
    bool moreLanguages = languages.step();
    bool moreSkills = skills.step();
    bool moreCourses = courses.step();
    bool morePeriods = periods.step();
    ExportRow row;
    while (officers.step()) {
        row.id = officers.int64(0);
        for (std::size_t i = 0; i < row.fields.size(); ++i)
            row.fields[i] = officers.text(int(i) + 1);
        for (std::size_t i = 0; i < row.documents.size(); ++i)
            row.documents[i] = officers.text(int(i + row.fields.size()) + 1);
        row.documents[4] = formatDeployable(officers.integer(13) != 0);
        row.languages.clear();
        for (; moreLanguages && languages.int64(0) == row.id; moreLanguages = languages.step())
            row.languages.push_back({languages.text(1), languages.text(2)});
        row.skills.clear();
        for (; moreSkills && skills.int64(0) == row.id; moreSkills = skills.step())
            row.skills.push_back(skills.text(1));
        row.courses.clear();
        for (; moreCourses && courses.int64(0) == row.id; moreCourses = courses.step())
            row.courses.push_back({courses.text(1), courses.text(2), courses.text(3)});
        row.unavailability.clear();
        for (; morePeriods && periods.int64(0) == row.id; morePeriods = periods.step())
            row.unavailability.push_back(
                {periods.text(1), periods.text(2), periods.text(3), periods.text(4)});
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

namespace contingent::rosters {

std::unordered_map<std::string, std::string> storedRosterCells(sdk::Database& db)
{
    std::unordered_map<std::string, std::string> cells;
    forEachOfficer(db, [&cells](const ExportRow& row) {
        cells.emplace(row.fields[0], joinedCells(tableRow(row)));
    });
    return cells;
}

std::string joinedCells(const std::vector<std::string>& cells)
{
    std::string joined;
    for (const std::string& cell : cells)
        joined.append(std::to_string(cell.size())).append(":").append(cell);
    return joined;
}

std::vector<std::string> splitCells(std::string_view joined)
{
    std::vector<std::string> cells;
    while (!joined.empty()) {
        const auto colon = joined.find(':');
        const std::size_t size = std::stoul(std::string(joined.substr(0, colon)));
        cells.emplace_back(joined.substr(colon + 1, size));
        joined.remove_prefix(colon + 1 + size);
    }
    return cells;
}

} // namespace contingent::rosters
