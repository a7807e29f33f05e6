#include "contingent/sdk/tables.h"

#include "contingent/sdk/context.h"
#include "contingent/sdk/error.h"
#include "contingent/sdk/repositories.h"
#include "tablefileprivate.h"
#include "xlsx.h"

#include <QBuffer>
#include <QFile>
#include <QIODevice>
#include <QLocale>
#include <QSaveFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QTemporaryDir>

#include <algorithm>
#include <charconv>
#include <set>

namespace contingent::sdk {

namespace {

xlsx::ColumnType cellType(CellType type)
{
    switch (type) {
    case CellType::Integer:
        return xlsx::ColumnType::Integer;
    case CellType::Date:
        return xlsx::ColumnType::Date;
    case CellType::Money:
        return xlsx::ColumnType::Money;
    case CellType::Text:
        break;
    }
    return xlsx::ColumnType::Text;
}

std::vector<xlsx::Column> sheetColumns(std::span<const TableColumn> columns)
{
    std::vector<xlsx::Column> out;
    out.reserve(columns.size());
    for (const TableColumn& c : columns)
        out.push_back({c.name, cellType(c.type)});
    return out;
}

/// One row as a JSON object: integers as numbers, an empty date as null.
void writeJsonRow(JsonWriter& json, std::span<const TableColumn> columns,
                  const std::vector<std::string>& row)
{
    {
        json.beginObject();
        for (std::size_t i = 0; i < columns.size(); ++i) {
            json.key(columns[i].name);
            const std::string& v = row[i];
            std::int64_t number = 0;
            const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), number);
            if (columns[i].type == CellType::Integer && !v.empty() && ec == std::errc()
                && end == v.data() + v.size())
                json.value(number);
            else if (columns[i].type == CellType::Date && v.empty())
                json.null();
            else
                json.value(v);
        }
        json.endObject();
    }
}

/// Writes `bytes` to `out` and empties it; throws when the device refuses.
void flushTo(QIODevice& out, QByteArray& bytes)
{
    if (!bytes.isEmpty() && out.write(bytes) != bytes.size())
        throw Error("cannot write the table: " + out.errorString().toStdString());
    bytes.clear();
}

/// A QIODevice over a std::ostream (standard output, a test's string stream).
class OstreamDevice : public QIODevice {
public:
    explicit OstreamDevice(std::ostream& out)
        : m_out(out)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        m_out.write(data, std::streamsize(size));
        return m_out ? size : -1;
    }

private:
    std::ostream& m_out;
};

/// "2.3.1985" or "02. 03. 1985" as YYYY-MM-DD (the day first, as in Slovenia), else nothing.
std::optional<std::string> dottedDate(std::string_view text)
{
    int parts[3] = {};
    std::size_t at = 0;
    for (int i = 0; i < 3; ++i) {
        while (at < text.size() && text[at] == ' ')
            ++at;
        const auto [end, ec] =
            std::from_chars(text.data() + at, text.data() + text.size(), parts[i]);
        if (ec != std::errc() || end == text.data() + at)
            return std::nullopt;
        at = std::size_t(end - text.data());
        if (i < 2) {
            if (at >= text.size() || text[at] != '.')
                return std::nullopt;
            ++at;
        }
    }
    if (at != text.size() || parts[2] < 1000)
        return std::nullopt;
    char iso[32];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", parts[2], parts[1], parts[0]);
    return std::string(iso);
}

void readWorkbook(const QByteArray& bytes, std::span<const TableColumn> columns,
                  ImportReport& report, const std::function<void(CsvRecord&, std::size_t)>& row,
                  std::string_view sheet)
{
    std::vector<xlsx::Problem> found;
    const auto read = xlsx::read(bytes, std::string(sheet), sheetColumns(columns), found);
    const auto columnName = [&](int index) {
        return index >= 0 && std::size_t(index) < columns.size() ? columns[std::size_t(index)].name
               : index >= 0                                      ? xlsx::columnLetters(index)
                                                                 : std::string();
    };
    std::set<int> brokenRows;
    for (const xlsx::Problem& p : found) {
        // A whole file's problem reads as a sentence: "the file is password-protected; ..."
        const bool sentence = p.row == 0 && p.reason.starts_with("is ");
        report.problems.push_back(
            {p.row, columnName(p.column), (sentence ? "the file " : "") + p.reason});
        brokenRows.insert(p.row);
    }
    if (!read)
        return;
    report.sheet = read->name;
    const auto& header = read->rows.front();
    const bool sameHeader =
        std::equal(header.begin(), header.end(), columns.begin(), columns.end(),
                   [](const std::string& h, const TableColumn& c) { return h == c.name; });
    if (!sameHeader) {
        std::string given, expected;
        for (const std::string& h : header)
            given.append(given.empty() ? "" : ", ").append(h);
        for (const TableColumn& c : columns)
            expected.append(expected.empty() ? "" : ", ").append(c.name);
        report.problems.push_back({read->rowNumbers.front(),
                                   {},
                                   "the header is " + sdk::quoted(given) + "; expected " + "\""
                                       + expected + "\" (one name a column, from A)"});
        return;
    }
    CsvRecord record;
    for (std::size_t r = 1; r < read->rows.size(); ++r) {
        const int number = read->rowNumbers[r];
        if (brokenRows.count(number))
            continue;
        const std::size_t before = report.problems.size();
        record.firstLine = record.lastLine = number;
        record.fields = read->rows[r];
        record.fields.resize(columns.size());
        bool controls = false;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            std::string& field = record.fields[i];
            if (columns[i].type == CellType::Date)
                if (const auto iso = dottedDate(field))
                    field = *iso; // a date typed as text, the Slovene way
            if (auto problem = detail::controlCharacterProblem(field)) {
                report.problems.push_back({number, columns[i].name, std::move(*problem)});
                controls = true;
            }
        }
        if (!controls)
            row(record, before);
    }
}

} // namespace

QByteArray readWholeFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error("cannot read " + path.toStdString() + ": " + file.errorString().toStdString());
    return file.readAll();
}

void saveWholeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error("cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
}

namespace {

/// A JSON array of flat objects keyed by the column names, each object as one
/// row of the text a CSV row holds: numbers as written (a money column's with
/// two decimals), true/false, null or a missing key as empty.
void readJsonRows(const QByteArray& bytes, std::span<const TableColumn> columns,
                  ImportReport& report, const std::function<void(CsvRecord&, std::size_t)>& row)
{
    const auto array = readJsonArray(bytes, "rows", report.problems);
    if (!array)
        return;
    std::vector<std::string_view> keys;
    for (const TableColumn& c : columns)
        keys.push_back(c.name);
    for (qsizetype i = 0; i < array->size(); ++i) {
        const std::size_t before = report.problems.size();
        CsvRecord record;
        record.firstLine = record.lastLine = int(i) + 1;
        const QJsonValue item = array->at(i);
        if (!item.isObject()) {
            report.problems.push_back({record.firstLine, "", "is not an object"});
            continue;
        }
        const QJsonObject object = item.toObject();
        reportUnknownKeys(object, record.firstLine, keys, "table", report.problems);
        for (const TableColumn& c : columns) {
            const QJsonValue v = object.value(QString::fromStdString(c.name));
            std::string text;
            if (v.isString()) {
                text = trimmed(v.toString().toStdString());
            } else if (v.isBool()) {
                text = v.toBool() ? "true" : "false";
            } else if (v.isDouble()) {
                const double n = v.toDouble();
                text = c.type == CellType::Money ? QString::number(n, 'f', 2).toStdString()
                       : n == double(qint64(n))  ? std::to_string(qint64(n))
                                                 : QString::number(n, 'g', 17).toStdString();
            } else if (v.isArray() || v.isObject()) {
                report.problems.push_back({record.firstLine, c.name, "is not a single value"});
            }
            record.fields.push_back(std::move(text));
        }
        if (report.problems.size() == before)
            row(record, before);
    }
}

} // namespace

std::string spreadsheetDateFormat(const QLocale& locale)
{
    if (locale.language() == QLocale::C)
        return xlsx::kIsoDateFormat;
    const QString qt = locale.dateFormat(QLocale::ShortFormat);
    std::string out;
    for (qsizetype i = 0; i < qt.size();) {
        const QChar c = qt[i];
        qsizetype run = 1;
        while (i + run < qt.size() && qt[i + run] == c)
            ++run;
        if (c == u'\'') { // quoted text
            const qsizetype close = qt.indexOf(u'\'', i + 1);
            const QString text = qt.mid(i + 1, close < 0 ? -1 : close - i - 1);
            out += "\"" + text.toStdString() + "\"";
            i = close < 0 ? qt.size() : close + 1;
            continue;
        }
        if (c == u'y')
            out += "yyyy";
        else if (c == u'M' || c == u'd')
            out += std::string(std::size_t(std::min<qsizetype>(run, 4)), c == u'M' ? 'm' : 'd');
        else
            out += QString(run, c).toStdString();
        i += run;
    }
    return out;
}

QByteArray writeTable(FileFormat format, std::string_view title,
                      std::span<const TableColumn> columns,
                      const std::vector<std::vector<std::string>>& rows,
                      std::string_view dateFormat)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    writeTable(
        buffer, format, title, columns,
        [&rows](const std::function<void(const std::vector<std::string>&)>& each) {
            for (const auto& row : rows)
                each(row);
        },
        dateFormat);
    return out;
}

void writeTable(QIODevice& out, FileFormat format, std::string_view title,
                std::span<const TableColumn> columns, const TableRows& rows,
                std::string_view dateFormat)
{
    constexpr qsizetype kFlushAt = 1 << 16;
    // Every row as wide as the header, checked on every pass.
    const TableRows checkedRows =
        [&](const std::function<void(const std::vector<std::string>&)>& each) {
            std::size_t count = 0;
            rows([&](const std::vector<std::string>& row) {
                ++count;
                if (row.size() != columns.size())
                    throw InputError("table " + std::string(title) + ": row "
                                     + std::to_string(count) + " has " + std::to_string(row.size())
                                     + " values, expected " + std::to_string(columns.size()));
                each(row);
            });
        };
    QByteArray buffer;
    switch (format) {
    case FileFormat::Xlsx: {
        // A zip archive is written to a file: made in a private folder, then copied a block at a
        // time.
        QTemporaryDir dir;
        if (!dir.isValid())
            throw Error("cannot make a temporary folder for the workbook: "
                        + dir.errorString().toStdString());
        const QString path = dir.filePath(QStringLiteral("table.xlsx"));
        try {
            xlsx::write(path.toStdString(), std::string(title), sheetColumns(columns), checkedRows,
                        dateFormat.empty() ? xlsx::kIsoDateFormat : std::string(dateFormat));
        } catch (const Error&) {
            throw;
        } catch (const std::invalid_argument& e) {
            throw InputError(e.what());
        } catch (const std::exception& e) {
            throw Error(e.what());
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error("cannot read the workbook back: " + file.errorString().toStdString());
        while (!(buffer = file.read(kFlushAt)).isEmpty())
            flushTo(out, buffer);
        return;
    }
    case FileFormat::Json: {
        JsonWriter json(buffer);
        json.beginArray();
        checkedRows([&](const std::vector<std::string>& row) {
            writeJsonRow(json, columns, row);
            if (buffer.size() >= kFlushAt)
                flushTo(out, buffer);
        });
        json.endArray();
        flushTo(out, buffer);
        return;
    }
    case FileFormat::CsvForExcel:
        buffer.append(kUtf8Bom.data(), qsizetype(kUtf8Bom.size()));
        [[fallthrough]];
    case FileFormat::Csv: {
        std::vector<std::string> header;
        for (const TableColumn& c : columns)
            header.push_back(c.name);
        appendCsvLine(buffer, header);
        checkedRows([&](const std::vector<std::string>& row) {
            appendCsvLine(buffer, row);
            if (buffer.size() >= kFlushAt)
                flushTo(out, buffer);
        });
        flushTo(out, buffer);
        return;
    }
    }
}

void readTableRows(const QByteArray& bytes, FileFormat format, std::span<const TableColumn> columns,
                   ImportReport& report, const std::function<void(CsvRecord&, std::size_t)>& row,
                   std::string_view sheet)
{
    report.format = format;
    report.columns.clear();
    for (const TableColumn& c : columns)
        report.columns.push_back(c.name);
    switch (format) {
    case FileFormat::Xlsx:
        return readWorkbook(bytes, columns, report, row, sheet);
    case FileFormat::Csv:
    case FileFormat::CsvForExcel: {
        std::vector<std::string_view> names(report.columns.begin(), report.columns.end());
        return readCsvRows(std::string_view(bytes.constData(), std::size_t(bytes.size())), names,
                           report.problems, row);
    }
    case FileFormat::Json:
        return readJsonRows(bytes, columns, report, row);
    }
}

int runImportVerb(CommandInvocation& call, std::string_view noun, const TableImport& import)
{
    const CommandOptions o(call.args, {}, {"--format", "--sheet", "--encoding"}, 1);
    if (o.plain().empty())
        throw UsageError("import needs a FILE");
    const std::string& path = o.plain().front();
    const FileFormat format = fileFormatFromName(o.value("--format").value_or(path));
    QByteArray bytes = readWholeFile(QString::fromStdString(path));
    if (const auto encoding = o.value("--encoding")) {
        if (format != FileFormat::Csv && format != FileFormat::CsvForExcel)
            throw UsageError("--encoding is for CSV files (a workbook and JSON are UTF-8)");
        try {
            bytes = textAsUtf8(bytes, *encoding);
        } catch (const InputError& e) {
            throw UsageError(e.what());
        }
    }
    const ImportReport report = import(bytes, format, o.value("--sheet").value_or(""));
    if (!report.ok()) {
        call.err << describe(report) << "Nothing was written.\n";
        return 1;
    }
    call.out << "Imported " << path << ": " << report.added << " " << noun << " added, "
             << report.updated << " updated.\n";
    return 0;
}

namespace {

/// The --format value that names `format`.
const char* formatName(FileFormat format)
{
    switch (format) {
    case FileFormat::Csv:
        return "csv";
    case FileFormat::CsvForExcel:
        return "csv-excel";
    case FileFormat::Json:
        return "json";
    case FileFormat::Xlsx:
        return "xlsx";
    }
    return "";
}

} // namespace

int runExportVerb(CommandInvocation& call, std::string_view what, const TableExport& exporter)
{
    const CommandOptions o(call.args, {}, {"--format", "--out"});
    if (!o.has("--format") && !o.has("--out"))
        throw UsageError("export needs --format csv, csv-excel, xlsx or json, or --out FILE");
    const FileFormat format =
        fileFormatFromName(o.value("--format").value_or(o.value("--out").value_or("")));
    const QByteArray bytes = exporter(format, spreadsheetDateFormat(QLocale()));
    const std::string path = o.value("--out").value_or("");
    if (!path.empty()) {
        saveWholeFile(QString::fromStdString(path), bytes);
        call.out << "Exported " << what << " to " << path << "\n";
    } else {
        call.out.write(bytes.constData(), std::streamsize(bytes.size()));
    }
    recordExport(call.context.audit(), what, formatName(format), path);
    return 0;
}

int runStreamedExportVerb(CommandInvocation& call, std::string_view what,
                          const TableStreamExport& exporter)
{
    const CommandOptions o(call.args, {}, {"--format", "--out"});
    if (!o.has("--format") && !o.has("--out"))
        throw UsageError("export needs --format csv, csv-excel, xlsx or json, or --out FILE");
    const FileFormat format =
        fileFormatFromName(o.value("--format").value_or(o.value("--out").value_or("")));
    const std::string dateFormat = spreadsheetDateFormat(QLocale());
    if (const auto path = o.value("--out")) {
        // Whole or not at all: the file appears only once every row is in it.
        QSaveFile file(QString::fromStdString(*path));
        if (!file.open(QIODevice::WriteOnly))
            throw Error("cannot write " + *path + ": " + file.errorString().toStdString());
        exporter(file, format, dateFormat);
        if (!file.commit())
            throw Error("cannot write " + *path + ": " + file.errorString().toStdString());
        call.out << "Exported " << what << " to " << *path << "\n";
        recordExport(call.context.audit(), what, formatName(format), *path);
        return 0;
    }
    OstreamDevice out(call.out);
    exporter(out, format, dateFormat);
    recordExport(call.context.audit(), what, formatName(format), {});
    return 0;
}

} // namespace contingent::sdk
