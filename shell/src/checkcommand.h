#pragma once
// `contingent check` and the finding counts of `contingent status`.

#include "session.h"

#include <array>
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace contingent::shell {

/// Runs `contingent check ARGS`: a summary by rule and severity with the first blocking
/// findings (or every finding when there are few), every finding with --all or --json,
/// streamed. Returns the exit status. Throws UsageError for a usage mistake.
int runCheck(Session& session, const std::vector<std::string>& args, std::ostream& out);

/// The number of findings of each severity (indexed by sdk::Severity) over the whole store, an
/// officer's own only, counted as the checks return them; and the checks that failed to run.
struct FindingCounts {
    std::array<std::size_t, 3> bySeverity{};
    std::vector<std::string> errors;
    std::size_t total() const { return bySeverity[0] + bySeverity[1] + bySeverity[2]; }
};
FindingCounts countFindings(Session& session);

} // namespace contingent::shell
