// The rosters plugin's entry point: migrations, demo officers and `contingent rosters`.

#include "demoroster.h"
#include "candidatebackend.h"
#include "rosterbackend.h"
#include "rosterchecks.h"
#include "rostercommands.h"
#include "rosterlanguages.h"

#include <QCoreApplication>
#include <contingent/sdk/plugin.h>

namespace contingent::rosters {

class RostersPlugin final : public sdk::Plugin {
public:
    std::vector<sdk::Migration> migrations() const override { return rosters::migrations(); }

    void start(sdk::Context& context) override
    {
        m_backend = std::make_unique<RosterBackend>(context);
        m_candidates = std::make_unique<CandidateBackend>(context);
        const auto qml = [](const char* file) {
            return QUrl(QStringLiteral("qrc:/contingent/rosters/") + QLatin1String(file));
        };
        context.addPage({"roster",
                         QCoreApplication::translate("contingent::rosters", "Roster").toStdString(),
                         "people",
                         qml("RostersPage.qml"),
                         m_backend.get(),
                         {},
                         10});
        context.addPage(
            {"candidates",
             QCoreApplication::translate("contingent::rosters", "Find candidates").toStdString(),
             "approval",
             qml("CandidatesPage.qml"),
             m_candidates.get(),
             {},
             11});
        context.addPage(
            {"profile",
             QCoreApplication::translate("contingent::rosters", "My profile").toStdString(),
             "person",
             qml("MyProfilePage.qml"),
             m_backend.get(),
             {sdk::Role::Officer},
             10});
        context.addCard({"roster",
                         QCoreApplication::translate("contingent::rosters", "Roster").toStdString(),
                         qml("RosterCard.qml"),
                         m_backend.get(),
                         {},
                         10,
                         "roster"});
        // An officer's own Home: their documents.
        context.addCard(
            {"documents",
             QCoreApplication::translate("contingent::rosters", "My documents").toStdString(),
             qml("MyDocumentsCard.qml"),
             m_backend.get(),
             {sdk::Role::Officer},
             12,
             "profile"});
        for (sdk::CheckDefinition& check : rosterChecks(context))
            context.addCheck(std::move(check));
        // Staff roles; import itself refuses those who may not edit.
        context.addCommand({"rosters",
                            "the roster of deployable officers (list, import, export)",
                            kRostersUsage,
                            runRostersCommand,
                            {}});
        context.addDemoGenerator({{{"officers", "fictional officers on the roster", 120}},
                                  [](sdk::Context& c, const sdk::DemoRequest& request) {
                                      generateDemoOfficers(c, request.seed,
                                                           request.size("officers", 120));
                                  }});
    }

    void stop() override
    {
        m_candidates.reset();
        m_backend.reset();
    }

private:
    std::unique_ptr<RosterBackend> m_backend;
    std::unique_ptr<CandidateBackend> m_candidates;
};

} // namespace contingent::rosters

CONTINGENT_PLUGIN(contingent::rosters::RostersPlugin)
