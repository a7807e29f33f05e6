// The rosters plugin's entry point: migrations, demo officers and `contingent rosters`.

#include "demoroster.h"
#include "candidatebackend.h"
#include "rosterbackend.h"
#include "rosterchecks.h"
#include "rostercommands.h"
#include "rosterlanguages.h"

#include <contingent/sdk/plugin.h>

namespace contingent::rosters {

class RostersPlugin final : public sdk::Plugin {
public:
    std::vector<sdk::Migration> migrations() const override { return rosters::migrations(); }

    void start(sdk::Context& context) override
    {
        m_context = &context;
        m_backend = std::make_unique<RosterBackend>(context);
        m_candidates = std::make_unique<CandidateBackend>(context);
    }

    void stop() override
    {
        m_candidates.reset();
        m_backend.reset();
    }

    std::vector<sdk::Page> pages() override
    {
        const auto qml = [](const char* file) {
            return QUrl(QStringLiteral("qrc:/contingent/rosters/") + QLatin1String(file));
        };
        return {{"roster",
                 QObject::tr("Roster").toStdString(),
                 "people",
                 qml("RostersPage.qml"),
                 m_backend.get(),
                 {},
                 10},
                {"candidates",
                 QObject::tr("Find candidates").toStdString(),
                 "approval",
                 qml("CandidatesPage.qml"),
                 m_candidates.get(),
                 {},
                 11},
                {"profile",
                 QObject::tr("My profile").toStdString(),
                 "person",
                 qml("MyProfilePage.qml"),
                 m_backend.get(),
                 {sdk::Role::Officer},
                 10}};
    }

    std::vector<sdk::Card> cards() override
    {
        return {{"roster",
                 QObject::tr("Roster").toStdString(),
                 QUrl(QStringLiteral("qrc:/contingent/rosters/RosterCard.qml")),
                 m_backend.get(),
                 {},
                 10,
                 "roster"}};
    }

    std::vector<sdk::CheckDefinition> checks() override { return rosterChecks(*m_context); }

    std::vector<sdk::Command> commands() override
    {
        // Staff roles; import itself refuses those who may not edit.
        return {{"rosters",
                 "the roster of deployable officers (list, import, export)",
                 kRostersUsage,
                 runRostersCommand,
                 {}}};
    }

    std::vector<sdk::DemoSize> demoSizes() const override
    {
        return {{"officers", "fictional officers on the roster", 120}};
    }

    void generateDemo(sdk::Context& context, const sdk::DemoRequest& request) override
    {
        generateDemoOfficers(context, request.seed, request.size("officers", 120));
    }

private:
    sdk::Context* m_context = nullptr;
    std::unique_ptr<RosterBackend> m_backend;
    std::unique_ptr<CandidateBackend> m_candidates;
};

} // namespace contingent::rosters

CONTINGENT_PLUGIN(contingent::rosters::RostersPlugin)
