// The rosters plugin's entry point: migrations, demo officers and `contingent rosters`.

#include "demoroster.h"
#include "rosterbackend.h"
#include "rosterlanguages.h"

#include <contingent/sdk/plugin.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iomanip>

namespace contingent::rosters {

namespace {

constexpr const char* kUsage = "Usage: contingent rosters list [--json]\n"
                               "  list    every officer on the roster with their languages";

int listOfficers(sdk::CommandInvocation& call, bool json)
{
    auto& db = call.context.store();
    const auto officers = call.context.officers().all();
    if (json) {
        QJsonArray rows;
        for (const sdk::Officer& o : officers) {
            QJsonArray langs;
            for (const LanguageSkill& l : languages(db, o.id))
                langs.append(QJsonObject{{"language", QString::fromStdString(l.language)},
                                         {"level", QString::fromStdString(l.level)}});
            rows.append(QJsonObject{{"service_number", QString::fromStdString(o.serviceNumber)},
                                    {"given_name", QString::fromStdString(o.givenName)},
                                    {"family_name", QString::fromStdString(o.familyName)},
                                    {"gender", QString::fromStdString(o.gender)},
                                    {"rank", QString::fromStdString(o.rank)},
                                    {"unit", QString::fromStdString(o.unit)},
                                    {"active", o.active},
                                    {"languages", langs}});
        }
        call.out << QJsonDocument(rows).toJson().toStdString();
        return 0;
    }
    for (const sdk::Officer& o : officers)
        call.out << std::left << std::setw(12) << o.serviceNumber << o.familyName << ", "
                 << o.givenName << " (" << o.rank << ", " << o.unit << ") "
                 << formatLanguages(languages(db, o.id)) << "\n";
    call.out << officers.size() << " officer(s)\n";
    return 0;
}

} // namespace

class RostersPlugin final : public sdk::Plugin {
public:
    std::vector<sdk::Migration> migrations() const override { return rosters::migrations(); }

    void start(sdk::Context& context) override
    {
        m_backend = std::make_unique<RosterBackend>(context);
    }

    void stop() override { m_backend.reset(); }

    std::vector<sdk::Page> pages() override
    {
        return {{"roster",
                 QObject::tr("Roster").toStdString(),
                 "people",
                 QUrl(QStringLiteral("qrc:/contingent/rosters/RostersPage.qml")),
                 m_backend.get(),
                 {},
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

    std::vector<sdk::Command> commands() override
    {
        return {{"rosters",
                 "the roster of deployable officers (list)",
                 kUsage,
                 [](sdk::CommandInvocation& call) {
                     const auto& a = call.args;
                     if (a.size() >= 1 && a[0] == "list" && a.size() <= 2
                         && (a.size() == 1 || a[1] == "--json"))
                         return listOfficers(call, a.size() == 2);
                     call.err << kUsage << "\n";
                     return 2;
                 },
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
    std::unique_ptr<RosterBackend> m_backend;
};

} // namespace contingent::rosters

CONTINGENT_PLUGIN(contingent::rosters::RostersPlugin)
