#include "auditlog.h"

#include "commandline.h"
#include "session.h"

#include <contingent/sdk/command.h>
#include <contingent/sdk/context.h>
#include <contingent/sdk/error.h>
#include <contingent/sdk/repositories.h>

#include <QFile>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <iomanip>
#include <ostream>

namespace contingent::shell {

namespace {

/// The columns, and the SQL of each, in the order of auditTable().
constexpr std::pair<const char*, const char*> kColumns[] = {
    {"at", "replace(substr(a.at, 1, 19), 'T', ' ')"},
    {"user", "a.actor"},
    {"plugin", "a.plugin"},
    {"action", "a.action"},
    {"record", "a.entity"},
    {"record_id", "coalesce(a.entity_id, '')"},
    {"details", "a.details"},
};

bool allDigits(std::string_view s)
{
    return !s.empty()
           && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string day(const std::string& text, const char* what)
{
    if (!sdk::Date::tryFromIso(text))
        throw sdk::InputError(std::string(what) + " takes a day as YYYY-MM-DD, not \"" + text
                              + "\"");
    return text;
}

} // namespace

std::pair<std::string, std::vector<std::string>> auditCondition(const AuditFilter& filter)
{
    std::vector<std::string> conditions;
    std::vector<std::string> args;
    std::string record = sdk::trimmed(filter.record);
    std::replace(record.begin(), record.end(), ':', ' ');
    if (!record.empty()) {
        const auto space = record.find(' ');
        const std::string entity = sdk::trimmed(record.substr(0, space));
        const std::string id =
            space == std::string::npos ? std::string() : sdk::trimmed(record.substr(space + 1));
        if (allDigits(entity) && id.empty()) {
            conditions.push_back("a.entity_id = ?");
            args.push_back(entity);
        } else {
            conditions.push_back("a.entity = ?");
            args.push_back(entity);
            if (!id.empty()) {
                if (!allDigits(id))
                    throw sdk::InputError("a record is an entity and a number (officer 12), not \""
                                          + filter.record + "\"");
                conditions.push_back("a.entity_id = ?");
                args.push_back(id);
            }
        }
    }
    if (const std::string person = sdk::trimmed(filter.person); !person.empty()) {
        conditions.push_back("a.actor = ?");
        args.push_back(person);
    }
    // `at` is ISO text (2026-12-01T09:30:00.000Z): a day compares as text.
    if (!filter.since.empty()) {
        conditions.push_back("a.at >= ?");
        args.push_back(day(filter.since, "since"));
    }
    if (!filter.until.empty()) {
        conditions.push_back("a.at < date(?, '+1 day')");
        args.push_back(day(filter.until, "until"));
    }
    std::string where;
    for (const std::string& c : conditions)
        where += (where.empty() ? "" : " AND ") + c;
    return {where, args};
}

const std::vector<sdk::TableColumn>& auditTable()
{
    static const std::vector<sdk::TableColumn> columns = [] {
        std::vector<sdk::TableColumn> out;
        for (const auto& [name, sql] : kColumns)
            out.push_back({name, std::string_view(name) == "record_id" ? sdk::CellType::Integer
                                                                       : sdk::CellType::Text});
        return out;
    }();
    return columns;
}

void forEachAuditEntry(sdk::Database& db, const AuditFilter& filter,
                       const std::function<void(const std::vector<std::string>&)>& each)
{
    const auto [where, args] = auditCondition(filter);
    std::string sql = "SELECT ";
    for (const auto& [name, expression] : kColumns)
        sql += std::string(sql.size() > 7 ? ", " : "") + expression;
    sql += " FROM audit_log a" + (where.empty() ? std::string() : " WHERE " + where)
           + " ORDER BY a.id DESC";
    sdk::Statement st(db, sql);
    for (std::size_t i = 0; i < args.size(); ++i)
        st.bind(int(i + 1), args[i]);
    std::vector<std::string> row(std::size(kColumns));
    while (st.step()) {
        for (std::size_t c = 0; c < row.size(); ++c)
            row[c] = st.text(int(c));
        each(row);
    }
}

bool mayReadAudit(sdk::Role role)
{
    return role == sdk::Role::Admin || role == sdk::Role::Viewer;
}

int runAudit(Session& session, const std::vector<std::string>& args, std::ostream& out)
{
    const sdk::CurrentUser& user = session.user();
    if (!mayReadAudit(user.role))
        throw sdk::InputError("audit: only administrators and viewers read the audit log (you are "
                              + std::string(sdk::toString(user.role)) + ")");
    const sdk::CommandOptions o = [&args] {
        try {
            return sdk::CommandOptions(
                args, {},
                {"--record", "--user", "--since", "--until", "--limit", "--format", "--out"}, 0, 0);
        } catch (const sdk::UsageError& e) {
            throw UsageError(std::string("audit: ") + e.what());
        }
    }();
    AuditFilter filter{o.value("--record").value_or(""), o.value("--user").value_or(""),
                       o.value("--since").value_or(""), o.value("--until").value_or("")};
    if (!filter.since.empty() && !sdk::Date::tryFromIso(filter.since))
        throw UsageError("audit: --since takes a day as YYYY-MM-DD, not \"" + filter.since + "\"");
    if (!filter.until.empty() && !sdk::Date::tryFromIso(filter.until))
        throw UsageError("audit: --until takes a day as YYYY-MM-DD, not \"" + filter.until + "\"");
    sdk::Database& db = session.store();

    if (o.has("--format") || o.has("--out")) {
        const auto format =
            sdk::fileFormatFromName(o.value("--format").value_or(o.value("--out").value_or("")));
        const auto rows = [&](const std::function<void(const std::vector<std::string>&)>& each) {
            forEachAuditEntry(db, filter, each);
        };
        const std::string dateFormat = sdk::spreadsheetDateFormat(QLocale());
        const std::string path = o.value("--out").value_or("");
        if (path.empty()) {
            QFile stdoutFile;
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
                throw sdk::Error("cannot write to standard output");
            sdk::writeTable(stdoutFile, format, "Audit log", auditTable(), rows, dateFormat);
        } else {
            QSaveFile file(QString::fromStdString(path));
            if (!file.open(QIODevice::WriteOnly))
                throw sdk::Error("cannot write " + path + ": " + file.errorString().toStdString());
            sdk::writeTable(file, format, "Audit log", auditTable(), rows, dateFormat);
            if (!file.commit())
                throw sdk::Error("cannot write " + path + ": " + file.errorString().toStdString());
            out << "Exported the audit log to " << path << "\n";
        }
        sdk::recordExport(sdk::AuditLog(db, {user.login, "core"}), "the audit log",
                          o.value("--format").value_or(""), path);
        return 0;
    }

    std::size_t limit = 50;
    if (const auto l = o.value("--limit")) {
        if (!allDigits(*l) || l->size() > 9 || std::stoul(*l) == 0)
            throw UsageError("audit: --limit takes a whole number above 0, not \"" + *l + "\"");
        limit = std::stoul(*l);
    }
    std::size_t shown = 0, total = 0;
    forEachAuditEntry(db, filter, [&](const std::vector<std::string>& e) {
        if (++total > limit)
            return;
        ++shown;
        out << e[0] << "  " << std::left << std::setw(12) << e[1] << " " << std::setw(10) << e[2]
            << " " << std::setw(10) << e[3] << " " << e[4] << (e[5].empty() ? "" : " " + e[5])
            << "  " << e[6] << "\n";
    });
    out << shown << (shown == 1 ? " entry" : " entries");
    if (total > shown)
        out << " of " << total << " (the newest; --limit N shows more)";
    out << "\n";
    return 0;
}

} // namespace contingent::shell
