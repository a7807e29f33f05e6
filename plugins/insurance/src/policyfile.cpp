#include "policyfile.h"

#include "policies.h"

#include <contingent/sdk/tables.h>
#include <contingent/sdk/transaction.h>

#include <map>

namespace contingent::insurance {

namespace {

const std::vector<sdk::TableColumn>& policyTable()
{
    static const std::vector<sdk::TableColumn> columns{
        {"insurer", sdk::CellType::Text},   {"number", sdk::CellType::Text},
        {"first_day", sdk::CellType::Date}, {"last_day", sdk::CellType::Date},
        {"death", sdk::CellType::Money},    {"disability", sdk::CellType::Money},
        {"officers", sdk::CellType::Text},  {"missions", sdk::CellType::Text},
        {"document", sdk::CellType::Text}};
    return columns;
}

/// One row as a policy, or its problems (the officers and missions looked up).
std::optional<Policy> parseRow(sdk::Context& context, int line, const std::vector<std::string>& f,
                               std::vector<sdk::ImportProblem>& problems)
{
    const std::size_t before = problems.size();
    Policy p;
    p.insurer = f[0];
    p.number = f[1];
    if (p.insurer.empty())
        problems.push_back({line, "insurer", "is required"});
    if (p.number.empty())
        problems.push_back({line, "number", "is required"});
    const auto day = [&](std::size_t i, const char* column) {
        const auto d = sdk::Date::tryFromIso(f[i]);
        if (!d)
            problems.push_back({line, column,
                                f[i].empty() ? std::string("is required (YYYY-MM-DD)")
                                             : sdk::quoted(f[i]) + " is not a date (YYYY-MM-DD)"});
        return d;
    };
    const auto first = day(2, "first_day");
    const auto last = day(3, "last_day");
    if (first && last && *last < *first)
        problems.push_back({line, "last_day", "comes before first_day"});
    const auto money = [&](std::size_t i, const char* column) {
        try {
            const sdk::Money m = sdk::Money::parse(f[i], QLocale::c());
            if (m < sdk::Money())
                problems.push_back({line, column, sdk::quoted(f[i]) + " is negative"});
            return m;
        } catch (const sdk::InputError&) {
            problems.push_back({line, column, sdk::quoted(f[i]) + " is not an amount in euros"});
            return sdk::Money();
        }
    };
    p.death = money(4, "death");
    p.disability = money(5, "disability");
    for (const std::string& sn : sdk::splitList(f[6])) {
        if (const auto o = context.officers().findByServiceNumber(sn))
            p.officers.push_back(o->id);
        else
            problems.push_back(
                {line, "officers", "no officer has service number " + sdk::quoted(sn)});
    }
    for (const std::string& code : sdk::splitList(f[7])) {
        if (const auto m = context.missions().findByCode(code))
            p.missions.push_back(m->id);
        else
            problems.push_back({line, "missions", "there is no mission " + sdk::quoted(code)});
    }
    if (f[6].empty() == f[7].empty())
        problems.push_back({line, "officers",
                            f[6].empty() ? "name the officers or the missions covered"
                                         : "a policy covers officers or missions, not both"});
    if (problems.size() != before)
        return std::nullopt;
    p.period = sdk::Period(*first, *last);
    return p;
}

} // namespace

sdk::ImportReport importPolicies(sdk::Context& context, const QByteArray& bytes,
                                 sdk::FileFormat format, std::string_view sheet)
{
    sdk::ImportReport report;
    std::vector<std::pair<int, std::vector<std::string>>> rows;
    sdk::readTableRows(
        bytes, format, policyTable(), report,
        [&](sdk::CsvRecord& r, std::size_t) {
            rows.push_back({r.firstLine, std::move(r.fields)});
        },
        sheet);
    if (!sdk::canEdit(context.user().role))
        report.problems.push_back({0, "",
                                   "a " + std::string(sdk::toString(context.user().role))
                                       + " may not import insurance policies"});
    if (!report.ok())
        return report;
    sdk::WriteScope scope(context.store());
    PolicyBook book(context);
    for (const auto& [line, fields] : rows) {
        auto policy = parseRow(context, line, fields, report.problems);
        if (!policy)
            continue;
        try {
            if (const auto stored = book.find(policy->insurer, policy->number)) {
                policy->id = stored->id;
                book.update(*policy);
                ++report.updated;
            } else {
                book.add(*policy);
                ++report.added;
            }
        } catch (const sdk::InputError& e) {
            report.problems.push_back(sdk::problemFromRefusal(line, e.what()));
        }
    }
    sdk::sortProblems(report.problems);
    if (report.ok())
        scope.commit();
    else
        report.added = report.updated = 0; // rolled back
    return report;
}

QByteArray exportPolicies(sdk::Context& context, sdk::FileFormat format,
                          std::string_view dateFormat)
{
    const auto joined = [](const std::vector<std::string>& names) {
        std::string out;
        for (const std::string& n : names)
            out += (out.empty() ? "" : ";") + n;
        return out;
    };
    std::vector<std::vector<std::string>> rows;
    for (const Policy& p : PolicyBook(context).all()) {
        rows.push_back({p.insurer, p.number, p.period.first().toIso(), p.period.last().toIso(),
                        p.death.toPlainString(), p.disability.toPlainString(),
                        joined(p.serviceNumbers), joined(p.missionCodes), p.document.value_or("")});
    }
    return sdk::writeTable(format, "Insurance policies", policyTable(), rows, dateFormat);
}

} // namespace contingent::insurance
