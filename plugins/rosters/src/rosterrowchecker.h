#pragma once
// An imported officer before and after the checks every row passes before
// anything is written.

#include "rosterextras.h"
#include "rosterimport.h"
#include "rosterlanguages.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace contingent::rosters {

/// One officer as the file has it, before any check.
struct RawOfficer {
    int line = 0;
    std::string serviceNumber, givenName, familyName, gender, birthDate, rank, unit, email;
    std::vector<std::string> languageItems;   ///< CSV: "en:C1" each
    std::vector<LanguageSkill> languagePairs; ///< JSON
    std::vector<std::string> skills;
    /// A full row (kRosterColumns, not only the first kBasicRosterColumns): the documents,
    /// courses and unavailability below replace the officer's.
    bool full = false;
    std::string competencyTest, passportNumber, passportExpiry, drivingLicence, deployable,
        notDeployableReason;
    std::vector<std::string> courseItems, periodItems; ///< a table's cells, split
    std::vector<RawCourse> courses;                    ///< JSON, or parsed from courseItems
    std::vector<RawPeriod> periods;                    ///< JSON, or parsed from periodItems
};

/// One officer that passed every check, ready to write.
struct RosterRow {
    sdk::Officer officer;
    std::vector<LanguageSkill> languages;
    std::vector<std::string> skills;
    std::optional<RosterExtras> extras; ///< none: the officer's are left as they are
    int line = 0;                       ///< where the file has it (line, row or record)
};

/// Collects problems and checks rows with the rules of OfficerRepository and the
/// rosters tables, so the bulk write cannot store what the repository would refuse.
class RosterRowChecker {
public:
    RosterRowChecker(RosterFormat format, sdk::Date today, std::vector<ImportProblem>& problems)
        : m_place(format == RosterFormat::Json   ? "record "
                  : format == RosterFormat::Xlsx ? "row "
                                                 : "line ")
        , m_today(today)
        , m_problems(problems)
    {
    }

    void problem(int line, std::string_view column, std::string reason)
    {
        m_problems.push_back({line, std::string(column), std::move(reason)});
    }
    std::size_t problemCount() const { return m_problems.size(); }
    std::vector<ImportProblem>& problems() { return m_problems; }

    /// Checks `raw`; appends it to `rows` when neither this nor the reading
    /// (problems since `before`) found anything wrong with it.
    void check(RawOfficer&& raw, std::size_t before, std::vector<RosterRow>& rows);

private:
    /// The documents, courses and unavailability of a full row, or problems.
    RosterExtras checkExtras(RawOfficer& raw);
    std::optional<sdk::Date> date(int line, std::string_view column, const std::string& text,
                                  std::string_view what = {});

    bool reported(std::size_t before, std::string_view column) const
    {
        return std::any_of(m_problems.begin() + std::ptrdiff_t(before), m_problems.end(),
                           [&](const ImportProblem& p) { return p.column == column; });
    }

    std::string m_place;
    sdk::Date m_today;
    std::vector<ImportProblem>& m_problems;
    std::unordered_map<std::string, int> m_firstLine; ///< service number -> line
};

} // namespace contingent::rosters
