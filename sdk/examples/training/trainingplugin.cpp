// training: an example third-party plugin for Contingent.
//
// It shows what most plugins do, each in a few lines:
//   - own a table (migrations()): its name starts with the plugin id;
//   - in start(), register through the context what it adds:
//     a rule the host runs over the deployments (addCheck), a subcommand of
//     `contingent` (addCommand), and a section of deployment facts that any
//     other plugin may show (addFactSection);
//   - read what other plugins say about a tour (context.facts()): the
//     missions plugin's "Tour" section, when it is loaded, without reading
//     its tables (`contingent training tour ID`).
// The one macro at the end, CONTINGENT_PLUGIN, exports the class to the host.
//
// Everything goes through the SDK: the store (sdk::Database, sdk::Statement),
// the core repositories (context.officers()), dates (sdk::Date). Values are
// always bound as `?` parameters, never pasted into the SQL text.

#include <contingent/sdk/plugin.h>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace training {

namespace sdk = contingent::sdk;

namespace {

constexpr const char* kUsage =
    "Usage: contingent training add SERVICE_NUMBER COURSE YYYY-MM-DD\n"
    "       contingent training list [SERVICE_NUMBER]\n"
    "       contingent training tour DEPLOYMENT_ID\n"
    "  add     record a course an officer completed (e.g. pre-deployment)\n"
    "  list    the courses on record, of every officer or of one\n"
    "  tour    what every loaded plugin says about one tour";

// The check's rule id ("<plugin id>.<rule>"), its basis, and the course it looks for.
constexpr const char* kRuleId = "training.predeployment_course";
constexpr const char* kLegalBasis = "Planning rule: UN-certified pre-deployment course";
constexpr const char* kPreDeployment = "pre-deployment";

// `training add SERVICE_NUMBER COURSE YYYY-MM-DD`
int addCourse(sdk::CommandInvocation& call)
{
    const std::vector<std::string>& args = call.args;
    if (args.size() != 4) {
        call.err << kUsage << "\n";
        return 2;
    }
    // fromIso() accepts only a real day written YYYY-MM-DD and throws
    // sdk::DateError naming the text otherwise. The host catches exceptions
    // thrown by a command, prints the message on err and exits with 1.
    const sdk::Date completedOn = sdk::Date::fromIso(args[3]);

    const auto officer = call.context.officers().findByServiceNumber(args[1]);
    if (!officer) {
        call.err << "contingent training: no officer with service number \"" << args[1] << "\"\n";
        return 1;
    }

    // The row and its audit record land together or not at all.
    sdk::Database& db = call.context.store();
    sdk::Savepoint savepoint(db);
    db.execute("INSERT INTO training_course (officer_id, course, completed_on) VALUES (?, ?, ?)",
               officer->id, args[2], completedOn);
    const std::int64_t id = db.lastInsertId();
    call.context.audit().record("add", "training.course", id,
                                {{"officer", QString::fromStdString(officer->serviceNumber)},
                                 {"course", QString::fromStdString(args[2])},
                                 {"completed_on", QString::fromStdString(completedOn.toIso())}});
    // Lets open pages (of any plugin) refresh, once the row is committed.
    call.context.changes().announceAfterCommit(db, QStringLiteral("training.course"), id,
                                               sdk::ChangeKind::Created);
    savepoint.release();

    call.out << "Recorded " << args[2] << " (" << completedOn.toIso() << ") for "
             << officer->serviceNumber << "\n";
    return 0;
}

// `training list [SERVICE_NUMBER]`
int listCourses(sdk::CommandInvocation& call)
{
    const std::vector<std::string>& args = call.args;
    if (args.size() > 2) {
        call.err << kUsage << "\n";
        return 2;
    }
    std::optional<std::string> serviceNumber;
    if (args.size() == 2) {
        serviceNumber = args[1];
        if (!call.context.officers().findByServiceNumber(*serviceNumber)) {
            call.err << "contingent training: no officer with service number \"" << *serviceNumber
                     << "\"\n";
            return 1;
        }
    }

    // ?1 is NULL (every officer) or one service number: one statement serves both.
    sdk::Statement rows(call.context.store(), R"SQL(
        SELECT o.service_number, o.family_name, t.course, t.completed_on
        FROM training_course t JOIN officer o ON o.id = t.officer_id
        WHERE ?1 IS NULL OR o.service_number = ?1
        ORDER BY o.service_number, t.completed_on, t.id)SQL");
    rows.bind(1, serviceNumber);
    int count = 0;
    while (rows.step()) {
        call.out << rows.text(0) << "  " << rows.text(1) << "  " << rows.text(2) << "  "
                 << rows.date(3).toIso() << "\n";
        ++count;
    }
    call.out << count << " course(s)\n";
    return 0;
}

// `training tour DEPLOYMENT_ID`: every fact section the loaded plugins
// contribute about the tour, this plugin's own "Training" among them. A
// plugin that is not loaded is a section that is not there, never an error.
int showTour(sdk::CommandInvocation& call)
{
    if (call.args.size() != 2) {
        call.err << kUsage << "\n";
        return 2;
    }
    const sdk::DeploymentId id(std::stoll(call.args[1]));
    if (!call.context.deployments().find(id)) {
        call.err << "contingent training: no tour with id " << id << "\n";
        return 1;
    }
    for (const sdk::FactSheet& sheet : call.context.facts(id)) {
        call.out << sheet.title << " (" << sheet.plugin << ")\n";
        if (!sheet.error.empty())
            call.out << "  could not be read: " << sheet.error << "\n";
        for (const sdk::FactLine& line : sheet.lines)
            call.out << "  " << line.label << ": " << line.value << "\n";
    }
    return 0;
}

// The "Training" section about a tour: the officer's last pre-deployment
// course before the first day, or that there is none.
std::vector<sdk::FactLine> trainingFacts(sdk::Context& context, sdk::DeploymentId deploymentId)
{
    sdk::Statement row(context.store(), R"SQL(
        SELECT max(t.completed_on)
        FROM deployment d LEFT JOIN training_course t
          ON t.officer_id = d.officer_id AND t.course = ?2 AND t.completed_on < d.first_day
        WHERE d.id = ?1)SQL");
    row.bind(1, deploymentId).bind(2, kPreDeployment);
    if (!row.step())
        return {};
    const std::optional<sdk::Date> completed = row.optionalDate(0);
    return {{"Pre-deployment course", completed ? "completed " + completed->toIso() : "none"}};
}

// The check: every deployment that still counts (not cancelled) whose
// officer completed no pre-deployment course before its first day. One
// query, whatever the number of deployments; ?1 narrows it to the one
// deployment the scope asks about (NULL: all of them). ISO dates compare
// correctly as text.
std::vector<sdk::Finding> missingPreDeployment(const sdk::CheckScope& scope)
{
    sdk::Statement rows(scope.db, R"SQL(
        SELECT d.id, o.service_number, d.first_day
        FROM deployment d JOIN officer o ON o.id = d.officer_id
        WHERE d.status <> 'cancelled'
          AND (?1 IS NULL OR d.id = ?1)
          AND NOT EXISTS (SELECT 1 FROM training_course t
                          WHERE t.officer_id = d.officer_id AND t.course = ?2
                            AND t.completed_on < d.first_day)
        ORDER BY d.id)SQL");
    rows.bind(1, scope.deploymentId).bind(2, kPreDeployment);

    std::vector<sdk::Finding> findings;
    while (rows.step()) {
        sdk::Finding f;
        f.severity = sdk::Severity::Warning;
        f.ruleId = kRuleId;
        f.legalBasis = kLegalBasis;
        f.message = "officer " + rows.text(1)
                    + " has not completed the pre-deployment course before " + rows.date(2).toIso();
        f.deploymentId = rows.get<sdk::DeploymentId>(0);
        findings.push_back(std::move(f));
    }
    return findings;
}

} // namespace

class TrainingPlugin final : public sdk::Plugin {
public:
    // Numbered from 1, never edited once released: the host records each
    // migration's checksum and refuses a store whose recorded one differs.
    // Add a migration 2, 3... to change the schema later.
    std::vector<sdk::Migration> migrations() const override
    {
        // date(x, '+0 days') gives back x only for a real YYYY-MM-DD day
        // (plain date() lets '2023-02-30' through), as the core tables do.
        return {{1, "training courses", R"SQL(
CREATE TABLE training_course (
    id           INTEGER PRIMARY KEY,
    officer_id   INTEGER NOT NULL REFERENCES officer (id) ON DELETE CASCADE,
    course       TEXT NOT NULL,
    completed_on TEXT NOT NULL CHECK (completed_on IS date(completed_on, '+0 days'))
);
CREATE INDEX training_course_officer ON training_course (officer_id, course, completed_on);
)SQL"}};
    }

    // Everything the plugin adds, registered once, when the host starts it.
    void start(sdk::Context& context) override
    {
        // Rule ids are "<plugin id>.<rule>": a plugin checks under its own id.
        context.addCheck(
            {kRuleId, "Pre-deployment course completed", kLegalBasis, &missingPreDeployment});
        context.addCommand({"training",
                            "officers' training courses (add, list, tour)",
                            kUsage,
                            [](sdk::CommandInvocation& call) {
                                const auto& args = call.args;
                                if (!args.empty() && args[0] == "add")
                                    return addCourse(call);
                                if (!args.empty() && args[0] == "list")
                                    return listCourses(call);
                                if (!args.empty() && args[0] == "tour")
                                    return showTour(call);
                                call.err << kUsage << "\n";
                                return 2;
                            },
                            {}});
        // The context outlives the plugin's stop(): capturing it is safe.
        context.addFactSection({"training", "Training", 50, [&context](sdk::DeploymentId id) {
                                    return trainingFacts(context, id);
                                }});
    }
};

} // namespace training

CONTINGENT_PLUGIN(training::TrainingPlugin)
