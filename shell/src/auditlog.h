#pragma once
// The audit log as people read it (issue #15, item 10): who changed what, filtered by record,
// person and day, on the Audit page and with `contingent audit`, and exported as a table file.

#include <contingent/sdk/store.h>
#include <contingent/sdk/tables.h>

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace contingent::shell {

class Session;

/// Which entries to show; every field empty: all of them.
struct AuditFilter {
    /// A record: an entity ("officer"), one of its rows ("officer 12" or "officer:12"), or a
    /// row's id alone ("12").
    std::string record;
    std::string person; ///< a login
    std::string since;  ///< YYYY-MM-DD: entries on or after that day
    std::string until;  ///< YYYY-MM-DD: entries on or before that day
};

/// The SQL condition on `audit_log a` that `filter` names, and its arguments; throws
/// sdk::InputError for a day that is not YYYY-MM-DD.
std::pair<std::string, std::vector<std::string>> auditCondition(const AuditFilter& filter);

/// The audit log's columns as a table file has them.
const std::vector<sdk::TableColumn>& auditTable();

/// Every entry `filter` keeps, newest first, as auditTable()'s cells.
void forEachAuditEntry(sdk::Database& db, const AuditFilter& filter,
                       const std::function<void(const std::vector<std::string>&)>& each);

/// Whether a role may read the audit log: administrators and viewers.
bool mayReadAudit(sdk::Role role);

/// `contingent audit [--record R] [--user LOGIN] [--since D] [--until D] [--limit N]
/// [--format F] [--out FILE]`: the entries as text (newest first, 50 unless --limit), or as a
/// table file.
int runAudit(Session& session, const std::vector<std::string>& args, std::ostream& out);

} // namespace contingent::shell
