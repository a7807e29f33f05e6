#include "contingent/sdk/checks.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QScopeGuard>

#include <algorithm>
#include <unordered_set>

Q_LOGGING_CATEGORY(lcChecks, "contingent.sdk.checks")

namespace contingent::sdk {

std::string_view toString(Severity severity)
{
    switch (severity) {
    case Severity::Blocking:
        return "blocking";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return "info";
}

bool CheckReport::hasBlocking() const
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::Blocking; });
}

struct CheckDefinition::Private {
    std::function<void(const CheckScope&, const FindingSink&)> stream;
};

CheckDefinition streamedCheck(std::string ruleId, std::string title, std::string legalBasis,
                              std::function<void(const CheckScope&, const FindingSink&)> stream)
{
    CheckDefinition check{
        std::move(ruleId), std::move(title), std::move(legalBasis),
        [stream](const CheckScope& scope) {
            std::vector<Finding> findings;
            stream(scope, [&findings](Finding&& f) { findings.push_back(std::move(f)); });
            return findings;
        }};
    check.d = std::make_shared<const CheckDefinition::Private>(
        CheckDefinition::Private{std::move(stream)});
    return check;
}

struct CheckRegistry::Private {
    struct Entry {
        std::string plugin;
        CheckDefinition check;
    };
    std::vector<Entry> checks;
    std::function<void(const std::string&, const std::string&)> before;
    std::function<void()> after;
};

CheckRegistry::CheckRegistry()
    : d(std::make_unique<Private>())
{
}

CheckRegistry::~CheckRegistry() = default;

std::size_t CheckRegistry::size() const
{
    return d->checks.size();
}

void CheckRegistry::add(std::string plugin, CheckDefinition check)
{
    if (check.ruleId.empty())
        throw InputError("check from " + plugin + " has no rule id");
    if (!check.run)
        throw InputError("check " + check.ruleId + " from " + plugin + " has no run function");
    for (const Private::Entry& e : d->checks)
        if (e.check.ruleId == check.ruleId)
            throw InputError("check " + check.ruleId + " from " + plugin
                             + " is already registered by " + e.plugin);
    d->checks.push_back({std::move(plugin), std::move(check)});
}

std::vector<std::string> CheckRegistry::each(const CheckScope& scope,
                                             const std::function<void(Finding&)>& found) const
{
    std::vector<std::string> errors;
    for (const Private::Entry& e : d->checks) {
        if (d->before)
            d->before(e.plugin, e.check.ruleId);
        const auto done = qScopeGuard([this] {
            if (d->after)
                d->after();
        });
        QElapsedTimer timer;
        timer.start();
        const auto pass = [&](Finding& f) {
            if (!scope.includes(f.deploymentId))
                return;
            f.plugin = e.plugin;
            if (f.ruleId.empty())
                f.ruleId = e.check.ruleId;
            if (f.legalBasis.empty())
                f.legalBasis = e.check.legalBasis;
            found(f);
        };
        try {
            // A streamed check hands each finding on as it finds it; any other check's
            // findings are handed on together and freed before the next check runs.
            if (e.check.d && e.check.d->stream)
                e.check.d->stream(scope, [&pass](Finding&& f) { pass(f); });
            else
                for (Finding& f : e.check.run(scope))
                    pass(f);
        } catch (const std::exception& ex) {
            errors.push_back("check " + e.check.ruleId + " (" + e.plugin
                             + ") failed: " + ex.what());
            qCWarning(lcChecks) << "check" << e.check.ruleId.c_str() << "failed:" << ex.what();
        } catch (...) {
            errors.push_back("check " + e.check.ruleId + " (" + e.plugin
                             + ") failed with an unknown error");
        }
        qCDebug(lcChecks) << "check" << e.check.ruleId.c_str() << "took" << timer.elapsed() << "ms";
    }
    return errors;
}

CheckReport CheckRegistry::run(const CheckScope& scope) const
{
    CheckReport report;
    report.errors = each(scope, [&report](Finding& f) { report.findings.push_back(std::move(f)); });
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const Finding& a, const Finding& b) {
                         if (a.deploymentId != b.deploymentId)
                             return a.deploymentId < b.deploymentId;
                         return int(a.severity) < int(b.severity);
                     });
    return report;
}

std::vector<std::string>
CheckRegistry::forEachFinding(Database& db, Date today,
                              const std::function<void(Finding&)>& found) const
{
    return each(CheckScope{db, today, std::nullopt}, found);
}

CheckReport CheckRegistry::runAll(Database& db, Date today) const
{
    return run(CheckScope{db, today, std::nullopt});
}

CheckReport CheckRegistry::runFor(Database& db, Date today, DeploymentId deploymentId) const
{
    return run(CheckScope{db, today, deploymentId});
}

void CheckRegistry::setGuard(
    std::function<void(const std::string& plugin, const std::string& ruleId)> before,
    std::function<void()> after)
{
    d->before = std::move(before);
    d->after = std::move(after);
}

std::vector<CheckDefinition> CheckRegistry::definitions() const
{
    std::vector<CheckDefinition> out;
    for (const Private::Entry& e : d->checks)
        out.push_back(e.check);
    return out;
}

namespace {

struct Tour {
    DeploymentId id;
    std::int64_t officer;
    date::sys_days first;
    date::sys_days last;
    std::string mission;
};

Finding overlapFinding(const Tour& tour, const Tour& other, const std::string& serviceNumber)
{
    const auto iso = [](date::sys_days d) { return Date::fromDays(d).toIso(); };
    return Finding{Severity::Blocking,
                   "core.overlapping_deployments",
                   {},
                   "officer " + serviceNumber + " is already deployed to " + other.mission + " "
                       + iso(other.first) + ".." + iso(other.last) + " (deployment "
                       + std::to_string(other.id.value()) + "), which overlaps this tour "
                       + iso(tour.first) + ".." + iso(tour.last),
                   tour.id,
                   {}};
}

std::vector<Finding> findOverlaps(const CheckScope& scope)
{
    // One officer's tours are read together, ordered by first day; a sweep that
    // remembers the tour reaching furthest finds every tour that overlaps an
    // earlier one in O(n log n) (the ORDER BY), instead of comparing all pairs.
    std::string sql =
        "SELECT d.id, d.officer_id, d.first_day, d.last_day, m.code, o.service_number "
        "FROM deployment d JOIN mission m ON m.id = d.mission_id "
        "JOIN officer o ON o.id = d.officer_id WHERE d.status <> 'cancelled' ";
    if (scope.deploymentId)
        sql += "AND d.officer_id = (SELECT officer_id FROM deployment WHERE id = ?) ";
    sql += "ORDER BY d.officer_id, d.first_day, d.id";
    Statement st(scope.db, sql);
    if (scope.deploymentId)
        st.bind(1, *scope.deploymentId);

    std::vector<Finding> findings;
    std::optional<Tour> reach; // the current officer's tour that ends last so far
    std::string serviceNumber;
    while (st.step()) {
        Tour t{DeploymentId(st.int64(0)), st.int64(1), st.date(2).sysDays(), st.date(3).sysDays(),
               st.text(4)};
        if (!reach || reach->officer != t.officer) {
            serviceNumber = st.text(5);
            reach = std::move(t);
            continue;
        }
        if (t.first <= reach->last) {
            if (scope.includes(t.id))
                findings.push_back(overlapFinding(t, *reach, serviceNumber));
            if (scope.includes(reach->id))
                findings.push_back(overlapFinding(*reach, t, serviceNumber));
        }
        if (t.last > reach->last)
            reach = std::move(t);
    }
    return findings;
}

} // namespace

CheckDefinition overlappingDeploymentsCheck()
{
    return CheckDefinition{"core.overlapping_deployments",
                           "An officer can serve in one deployment at a time",
                           "Planning rule (Police Act, Art. 19 and 77(1): one deployment decision "
                           "and transfer order per posting)",
                           &findOverlaps};
}

} // namespace contingent::sdk
