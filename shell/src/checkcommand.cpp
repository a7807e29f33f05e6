#include "checkcommand.h"

#include "commandline.h"

#include <QTemporaryFile>

#include <algorithm>
#include <iomanip>
#include <map>
#include <optional>
#include <set>

namespace contingent::shell {

namespace {

/// A summary lists every finding when there are at most this many, else the counts by rule.
constexpr std::size_t kListedInSummary = 20;
/// The blocking findings a summary shows in full, the first tours first.
constexpr std::size_t kBlockingInSummary = 10;

struct CheckOptions {
    bool json = false;
    bool all = false;
    std::optional<sdk::DeploymentId> deployment;
    std::optional<sdk::Severity> severity; // this one and the graver ones
    std::string rule;                      // a rule id, or a prefix ending in '.' (a plugin)
    std::optional<sdk::Date> since;        // tours that end on or after this day
};

CheckOptions parseOptions(const std::vector<std::string>& args)
{
    CheckOptions o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const bool valued = args[i] == "--deployment" || args[i] == "--severity"
                            || args[i] == "--rule" || args[i] == "--since";
        if (valued && i + 1 >= args.size())
            throw UsageError("check: " + args[i] + " needs a value");
        if (args[i] == "--json") {
            o.json = true;
        } else if (args[i] == "--all") {
            o.all = true;
        } else if (args[i] == "--deployment") {
            o.deployment = sdk::DeploymentId(parseNumber<std::int64_t>("--deployment", args[++i]));
        } else if (args[i] == "--severity") {
            const std::string& v = args[++i];
            if (v == "blocking")
                o.severity = sdk::Severity::Blocking;
            else if (v == "warning")
                o.severity = sdk::Severity::Warning;
            else if (v == "info")
                o.severity = sdk::Severity::Info;
            else
                throw UsageError("check: --severity takes blocking, warning or info, not \"" + v
                                 + "\"");
        } else if (args[i] == "--rule") {
            o.rule = args[++i];
        } else if (args[i] == "--since") {
            o.since = sdk::Date::tryFromIso(args[++i]);
            if (!o.since)
                throw UsageError("check: --since takes a day as YYYY-MM-DD, not \"" + args[i]
                                 + "\"");
        } else {
            throw UsageError("check: unexpected argument \"" + args[i] + "\"");
        }
    }
    return o;
}

/// The deployments of the signed-in officer (an officer sees the findings on their own only).
std::optional<std::set<sdk::DeploymentId>> ownTours(Session& session)
{
    const sdk::CurrentUser& user = session.user();
    if (user.role != sdk::Role::Officer)
        return std::nullopt;
    std::set<sdk::DeploymentId> own;
    if (user.officerId) {
        sdk::Statement st(session.store(), "SELECT id FROM deployment WHERE officer_id = ?");
        st.bind(1, *user.officerId);
        while (st.step())
            own.insert(st.get<sdk::DeploymentId>(0));
    }
    return own;
}

/// What a finding's tour is, in words: who, where, which days. Findings come tour by tour
/// within a rule, so the last tour read is kept, and nothing else: memory does not grow.
class TourNames {
public:
    explicit TourNames(sdk::Database& db)
        : m_query(db, "SELECT o.service_number, o.given_name || ' ' || o.family_name, m.code, "
                      "d.first_day, d.last_day FROM deployment d "
                      "JOIN officer o ON o.id = d.officer_id JOIN mission m ON m.id = d.mission_id "
                      "WHERE d.id = ?")
    {
    }
    struct Tour {
        std::string serviceNumber, officer, mission, firstDay, lastDay;
    };
    const Tour& of(sdk::DeploymentId id)
    {
        if (m_id == id)
            return m_tour;
        m_id = id;
        m_tour = {};
        m_query.reset();
        m_query.bind(1, id);
        if (m_query.step())
            m_tour = {m_query.text(0), m_query.text(1), m_query.text(2), m_query.text(3),
                      m_query.text(4)};
        return m_tour;
    }

private:
    sdk::Statement m_query;
    std::optional<sdk::DeploymentId> m_id;
    Tour m_tour;
};

std::string upper(std::string_view s)
{
    std::string u(s);
    for (char& c : u)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    return u;
}

/// `s` as a JSON string, quotes included (RFC 8259: '"', '\' and control characters escaped).
void appendJsonString(std::string& out, std::string_view s)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u < 0x20) {
            out += "\\u00";
            out += kHex[u >> 4];
            out += kHex[u & 15];
        } else {
            out += c;
        }
    }
    out += '"';
}

/// One finding as `check` prints it: four lines, or one JSON object on one line.
std::string formatFinding(const sdk::Finding& f, const TourNames::Tour& t, bool json)
{
    std::string s;
    if (!json) {
        s = upper(sdk::toString(f.severity));
        s.resize(std::max<std::size_t>(s.size() + 1, 9), ' ');
        s += "deployment " + std::to_string(f.deploymentId.value()) + "  " + f.ruleId + "\n    "
             + t.serviceNumber + " " + t.officer + ", " + t.mission + ", " + t.firstDay + ".."
             + t.lastDay + "\n    " + f.message + "\n    (" + f.legalBasis + ")\n";
        return s;
    }
    s = "{\"deployment\": " + std::to_string(f.deploymentId.value());
    const std::pair<const char*, std::string_view> fields[] = {
        {"service_number", t.serviceNumber},
        {"officer", t.officer},
        {"mission", t.mission},
        {"first_day", t.firstDay},
        {"last_day", t.lastDay},
        {"severity", sdk::toString(f.severity)},
        {"rule", f.ruleId},
        {"legal_basis", f.legalBasis},
        {"message", f.message},
        {"plugin", f.plugin}};
    for (const auto& [key, value] : fields) {
        s += ", \"";
        s += key;
        s += "\": ";
        appendJsonString(s, value);
    }
    s += "}\n";
    return s;
}

/// The findings as they are printed, one spill file per severity, so the list comes out graver
/// first while only one finding is in memory.
class SeveritySpill {
public:
    void add(sdk::Severity severity, const std::string& text)
    {
        QTemporaryFile& file = m_files[std::size_t(severity)];
        if (!file.isOpen() && !file.open())
            throw sdk::Error("check: cannot make a temporary file for the findings: "
                             + file.errorString().toStdString());
        if (file.write(text.data(), qint64(text.size())) != qint64(text.size()))
            throw sdk::Error("check: cannot write the findings to a temporary file: "
                             + file.errorString().toStdString());
    }
    /// Writes every file in severity order; JSON objects (one per line) are joined by commas.
    void copyTo(std::ostream& out, bool json)
    {
        bool first = true;
        for (QTemporaryFile& file : m_files) {
            if (!file.isOpen())
                continue;
            file.seek(0);
            if (!json) {
                char buffer[1 << 16];
                for (qint64 n; (n = file.read(buffer, sizeof buffer)) > 0;)
                    out.write(buffer, n);
                continue;
            }
            while (!file.atEnd()) {
                const QByteArray line = file.readLine();
                out << (first ? "    " : ",\n    ");
                out.write(line.constData(), line.size() - (line.endsWith('\n') ? 1 : 0));
                first = false;
            }
        }
    }

private:
    std::array<QTemporaryFile, 3> m_files;
};

/// How many findings of each rule, by severity, in the order the rules first appear.
struct RuleCount {
    std::string ruleId, legalBasis;
    std::array<std::size_t, 3> bySeverity{};
};

void writeTotals(std::ostream& out, const std::array<std::size_t, 3>& counts,
                 const std::vector<std::string>& errors)
{
    for (const std::string& e : errors)
        out << "ERROR    " << e << "\n";
    out << counts[0] + counts[1] + counts[2] << " finding(s): " << counts[0] << " blocking, "
        << counts[1] << " warning(s), " << counts[2] << " info";
    if (!errors.empty())
        out << "; " << errors.size() << " check(s) failed to run";
    out << "\n";
}

void writeJsonErrors(std::ostream& out, const std::vector<std::string>& errors)
{
    std::string list;
    for (const std::string& e : errors) {
        list += list.empty() ? "\n    " : ",\n    ";
        appendJsonString(list, e);
    }
    out << "\n  ],\n  \"errors\": [" << list << (errors.empty() ? "" : "\n  ") << "]\n}\n";
}

bool byTourThenSeverity(const sdk::Finding& a, const sdk::Finding& b)
{
    if (int(a.severity) != int(b.severity))
        return int(a.severity) < int(b.severity);
    return a.deploymentId < b.deploymentId;
}

} // namespace

int runCheck(Session& session, const std::vector<std::string>& args, std::ostream& out)
{
    const CheckOptions options = parseOptions(args);
    auto& host = session.host();
    const sdk::CurrentUser& user = session.user();
    if (options.deployment) {
        const sdk::Deployment d = sdk::DeploymentRepository(session.store(), {user.login, "core"})
                                      .get(*options.deployment);
        if (user.role == sdk::Role::Officer && d.officerId != user.officerId)
            throw sdk::InputError("check: deployment " + std::to_string(options.deployment->value())
                                  + " is not yours");
    }
    const std::optional<std::set<sdk::DeploymentId>> own = ownTours(session);
    TourNames tours(session.store());
    // --severity S: S and the graver; --rule R: that rule, or a plugin's ("missions.");
    // --since D: tours that end on or after D (ISO text compares as the days do).
    const auto wanted = [&](const sdk::Finding& f) {
        if (own && !own->count(f.deploymentId))
            return false;
        if (options.severity && int(f.severity) > int(*options.severity))
            return false;
        if (!options.rule.empty()
            && (options.rule.back() == '.' ? f.ruleId.rfind(options.rule, 0) != 0
                                           : f.ruleId != options.rule))
            return false;
        return !options.since || tours.of(f.deploymentId).lastDay >= options.since->toIso();
    };

    // Every finding passes once: counted by rule and severity, and either spilled in the form it
    // is printed (--all, --json) or, for the summary, kept only while there are few, plus the
    // first blocking ones by tour.
    const bool everything = options.all || options.json || options.deployment;
    std::array<std::size_t, 3> counts{};
    std::vector<RuleCount> rules;
    SeveritySpill spill;
    std::vector<sdk::Finding> few, firstBlocking;
    const auto take = [&](sdk::Finding& f) {
        if (!wanted(f))
            return;
        ++counts[std::size_t(f.severity)];
        auto rule = std::find_if(rules.begin(), rules.end(),
                                 [&](const RuleCount& r) { return r.ruleId == f.ruleId; });
        if (rule == rules.end())
            rule = rules.insert(rules.end(), RuleCount{f.ruleId, f.legalBasis, {}});
        ++rule->bySeverity[std::size_t(f.severity)];
        if (everything) {
            spill.add(f.severity, formatFinding(f, tours.of(f.deploymentId), options.json));
            return;
        }
        if (f.severity == sdk::Severity::Blocking) {
            firstBlocking.push_back(f);
            std::sort(firstBlocking.begin(), firstBlocking.end(), byTourThenSeverity);
            if (firstBlocking.size() > kBlockingInSummary)
                firstBlocking.pop_back();
        }
        if (few.size() <= kListedInSummary)
            few.push_back(std::move(f));
    };
    std::vector<std::string> errors;
    if (options.deployment) {
        sdk::CheckReport report =
            host.checks().runFor(session.store(), session.clock().today(), *options.deployment);
        std::stable_sort(report.findings.begin(), report.findings.end(), byTourThenSeverity);
        for (sdk::Finding& f : report.findings)
            take(f);
        errors = std::move(report.errors);
    } else {
        errors = host.checks().forEachFinding(session.store(), session.clock().today(), take);
    }
    if (own)
        errors.clear(); // a check that failed is for the staff to see, not the officer

    const std::size_t total = counts[0] + counts[1] + counts[2];
    if (options.json) {
        out << "{\n  \"findings\": [\n";
        spill.copyTo(out, true);
        writeJsonErrors(out, errors);
    } else if (everything || total <= kListedInSummary) {
        if (everything) {
            spill.copyTo(out, false);
        } else {
            std::stable_sort(few.begin(), few.end(), byTourThenSeverity);
            for (const sdk::Finding& f : few)
                out << formatFinding(f, tours.of(f.deploymentId), false);
        }
        writeTotals(out, counts, errors);
    } else {
        out << "Findings by rule, " << total << " in all (each of them: `contingent check --all`"
            << " or --json;\nfewer: --severity, --rule, --since):\n";
        std::stable_sort(rules.begin(), rules.end(), [](const RuleCount& a, const RuleCount& b) {
            return std::make_tuple(a.bySeverity[0] == 0, a.bySeverity[1] == 0)
                   < std::make_tuple(b.bySeverity[0] == 0, b.bySeverity[1] == 0);
        });
        out << "  " << std::left << std::setw(34) << "rule" << std::right << std::setw(9)
            << "blocking" << std::setw(10) << "warning" << std::setw(9) << "info"
            << "  legal basis\n";
        for (const RuleCount& r : rules)
            out << "  " << std::left << std::setw(34) << r.ruleId << std::right << std::setw(9)
                << r.bySeverity[0] << std::setw(10) << r.bySeverity[1] << std::setw(9)
                << r.bySeverity[2] << "  " << r.legalBasis << "\n";
        if (!firstBlocking.empty()) {
            if (firstBlocking.size() < counts[0])
                out << "\nThe first " << firstBlocking.size() << " of " << counts[0]
                    << " blocking findings, by tour:\n";
            else
                out << "\nThe blocking finding(s), by tour:\n";
            for (const sdk::Finding& f : firstBlocking)
                out << formatFinding(f, tours.of(f.deploymentId), false);
        }
        out << "\n";
        writeTotals(out, counts, errors);
    }
    // An officer's own record with only information on it is nothing to act
    // on: exit 0, as for no findings at all.
    if (own && errors.empty() && counts[0] == 0 && counts[1] == 0)
        return 0;
    return total == 0 && errors.empty() ? 0 : 1;
}

FindingCounts countFindings(Session& session)
{
    const std::optional<std::set<sdk::DeploymentId>> own = ownTours(session);
    FindingCounts counts;
    counts.errors = session.host().checks().forEachFinding(
        session.store(), session.clock().today(), [&](const sdk::Finding& f) {
            if (!own || own->count(f.deploymentId))
                ++counts.bySeverity[std::size_t(f.severity)];
        });
    if (own)
        counts.errors.clear();
    return counts;
}

} // namespace contingent::shell
