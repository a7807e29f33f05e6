#include "expensefiles.h"

#include "claims.h"
#include "rates.h"
#include "reports.h"

#include <contingent/sdk/tables.h>
#include <contingent/sdk/transaction.h>

#include <QBuffer>

#include <algorithm>
#include <functional>

namespace contingent::expenses {

namespace {

const std::vector<sdk::TableColumn>& claimExportColumns()
{
    static const std::vector<sdk::TableColumn> columns{
        {"id", sdk::CellType::Integer},          {"deployment", sdk::CellType::Integer},
        {"service_number", sdk::CellType::Text}, {"mission", sdk::CellType::Text},
        {"category", sdk::CellType::Text},       {"date", sdk::CellType::Date},
        {"amount", sdk::CellType::Money},        {"description", sdk::CellType::Text},
        {"state", sdk::CellType::Text},          {"reason", sdk::CellType::Text},
        {"receipt", sdk::CellType::Text}};
    return columns;
}

const std::vector<sdk::TableColumn>& claimImportColumns()
{
    static const std::vector<sdk::TableColumn> columns{{"deployment", sdk::CellType::Integer},
                                                       {"category", sdk::CellType::Text},
                                                       {"date", sdk::CellType::Date},
                                                       {"amount", sdk::CellType::Money},
                                                       {"description", sdk::CellType::Text}};
    return columns;
}

} // namespace

sdk::ImportReport importRates(sdk::Context& context, const QByteArray& bytes,
                              sdk::FileFormat format, std::string_view sheet)
{
    sdk::ImportReport report;
    std::vector<int> lines;
    const std::vector<Rate> rates = readRates(bytes, format, report, lines, sheet);
    if (context.user().role != sdk::Role::Admin)
        report.problems.insert(report.problems.begin(),
                               {0, "", "only an admin may change the rate tables"});
    if (rates.empty() && report.ok())
        report.problems.push_back({0, "", "the file holds no rates"});
    if (!report.ok())
        return report;
    sdk::WriteScope scope(context.store());
    RateBook(context).replaceKinds(rates);
    scope.commit();
    report.added = int(rates.size());
    return report;
}

QByteArray exportRates(sdk::Context& context, sdk::FileFormat format, std::string_view dateFormat)
{
    return writeRates(RateBook(context).all(), format, dateFormat);
}

sdk::ImportReport importClaims(sdk::Context& context, const QByteArray& bytes,
                               sdk::FileFormat format, std::string_view sheet)
{
    sdk::ImportReport report;
    std::vector<std::pair<int, Claim>> claims;
    sdk::readTableRows(
        bytes, format, claimImportColumns(), report,
        [&](sdk::CsvRecord& record, std::size_t) {
            const std::vector<std::string>& f = record.fields;
            const int line = record.firstLine;
            const std::size_t before = report.problems.size();
            Claim c;
            try {
                c.tour = sdk::DeploymentId(sdk::parseId("deployment", f[0]));
            } catch (const sdk::InputError&) {
                report.problems.push_back(
                    {line, "deployment", sdk::quoted(f[0]) + " is not a tour id (a whole number)"});
            }
            try {
                c.category = categoryFromString(f[1]);
            } catch (const sdk::InputError& e) {
                report.problems.push_back({line, "category", e.what()});
            }
            const auto day = sdk::Date::tryFromIso(f[2]);
            if (!day)
                report.problems.push_back(
                    {line, "date", sdk::quoted(f[2]) + " is not a date (YYYY-MM-DD)"});
            try {
                c.amount = sdk::Money::parse(f[3], QLocale::c());
            } catch (const sdk::InputError&) {
                report.problems.push_back(
                    {line, "amount", sdk::quoted(f[3]) + " is not an amount in euros (1234.56)"});
            }
            c.description = f[4];
            if (report.problems.size() != before)
                return;
            c.day = *day;
            claims.push_back({line, std::move(c)});
        },
        sheet);
    if (context.user().role == sdk::Role::Viewer)
        report.problems.insert(report.problems.begin(), {0, "", "a viewer may not submit claims"});
    // A problem with the whole file stops here; otherwise every row that read
    // cleanly is tried too, so one report names every problem (nothing is
    // kept unless there are none).
    if (std::any_of(report.problems.begin(), report.problems.end(),
                    [](const sdk::ImportProblem& p) { return p.line == 0; }))
        return report;
    sdk::WriteScope scope(context.store());
    ClaimBook book(context);
    for (const auto& [line, claim] : claims) {
        try {
            book.add(claim);
            ++report.added;
        } catch (const sdk::InputError& e) {
            report.problems.push_back(sdk::problemFromRefusal(line, e.what()));
        }
    }
    sdk::sortProblems(report.problems);
    if (report.ok())
        scope.commit();
    else
        report.added = 0;
    return report;
}

void exportClaims(QIODevice& out, sdk::Context& context, sdk::FileFormat format,
                  std::string_view dateFormat)
{
    sdk::writeTable(
        out, format, "Expense claims", claimExportColumns(),
        [&context](const std::function<void(const std::vector<std::string>&)>& each) {
            ClaimBook(context).forEach(
                {{}, {}, std::numeric_limits<int>::max()}, [&each](const Claim& c) {
                    each({std::to_string(c.id), std::to_string(c.tour.value()), c.serviceNumber,
                          c.missionCode, std::string(toString(c.category)), c.day.toIso(),
                          c.amount.toPlainString(), c.description, std::string(toString(c.state)),
                          c.reason, c.receipt.value_or("")});
                });
        },
        dateFormat);
}

QByteArray exportClaims(sdk::Context& context, sdk::FileFormat format, std::string_view dateFormat)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    exportClaims(buffer, context, format, dateFormat);
    return bytes;
}

QByteArray exportReport(sdk::Context& context, int year, sdk::FileFormat format,
                        std::string_view dateFormat)
{
    static const std::vector<sdk::TableColumn> columns{
        {"section", sdk::CellType::Text},    {"key", sdk::CellType::Text},
        {"forecast", sdk::CellType::Money},  {"actual", sdk::CellType::Money},
        {"paid", sdk::CellType::Money},      {"waiting", sdk::CellType::Money},
        {"difference", sdk::CellType::Money}};
    const YearReport r = yearReport(context, year);
    std::vector<std::vector<std::string>> rows;
    const auto add = [&rows](const char* section, const ReportRow& row) {
        rows.push_back({section, row.key, row.forecast.toPlainString(), row.actual.toPlainString(),
                        row.paid.toPlainString(), row.waiting.toPlainString(),
                        (row.actual - row.forecast).toPlainString()});
    };
    for (const ReportRow& row : r.missions)
        add("mission", row);
    for (const ReportRow& row : r.categories)
        add("category", row);
    for (const ReportRow& row : r.months)
        add("month", row);
    add("year", r.total);
    return sdk::writeTable(format, "Expenses " + std::to_string(year), columns, rows, dateFormat);
}

} // namespace contingent::expenses
