#include "catalogue.h"

#include <QFile>

#include <set>

namespace contingent::missions {

std::vector<MissionInfo> readCatalogue(const QByteArray& csv,
                                       std::vector<sdk::ImportProblem>& problems)
{
    std::vector<MissionInfo> out;
    sdk::readCsvRows(
        std::string_view(csv.constData(), std::size_t(csv.size())), kCatalogueColumns, problems,
        [&](sdk::CsvRecord& record, std::size_t) {
            auto& f = record.fields;
            const int line = record.firstLine;
            const auto start = sdk::Date::tryFromIso(f[4]);
            const auto end = sdk::Date::tryFromIso(f[5]);
            if (!start)
                problems.push_back(
                    {line, "start_date", sdk::quoted(f[4]) + " is not a date (YYYY-MM-DD)"});
            if (!f[5].empty() && !end)
                problems.push_back(
                    {line, "end_date", sdk::quoted(f[5]) + " is not a date (YYYY-MM-DD)"});
            const auto slovenian = sdk::Date::tryFromIso(f[6]);
            if (!f[6].empty() && !slovenian)
                problems.push_back(
                    {line, "slovenian_from", sdk::quoted(f[6]) + " is not a date (YYYY-MM-DD)"});
            if (!start || (!f[5].empty() && !end) || (!f[6].empty() && !slovenian))
                return;
            MissionInfo info{{{}, f[0], f[1], f[2], f[3], *start, end}, f[7], f[9], slovenian};
            try {
                info.mission.riskLevel = riskLevelField(f[8]);
                validate(info);
            } catch (const sdk::InputError& e) {
                const std::string message = e.what();
                const auto colon = message.find(": ");
                problems.push_back({line, message.substr(0, colon), message.substr(colon + 2)});
                return;
            }
            for (const MissionInfo& earlier : out)
                if (earlier.mission.code == info.mission.code)
                    problems.push_back({line, "code", sdk::quoted(f[0]) + " is listed twice"});
            out.push_back(std::move(info));
        });
    sdk::sortProblems(problems);
    return out;
}

namespace {

QByteArray builtInCatalogueFile()
{
    QFile file(QStringLiteral(":/contingent/missions/data/missions.csv"));
    if (!file.open(QIODevice::ReadOnly))
        throw sdk::Error("the built-in mission catalogue is missing: "
                         + file.errorString().toStdString());
    return file.readAll();
}

/// The codes this store has been offered (missions_catalogue_code): one read at every start.
std::set<std::string> offeredCodes(sdk::Database& db)
{
    std::set<std::string> offered;
    for (sdk::Statement st(db, "SELECT code FROM missions_catalogue_code"); st.step();)
        offered.insert(st.text(0));
    return offered;
}

} // namespace

std::vector<MissionInfo> builtInCatalogue()
{
    std::vector<sdk::ImportProblem> problems;
    auto catalogue = readCatalogue(builtInCatalogueFile(), problems);
    if (!problems.empty())
        throw sdk::Error("the built-in mission catalogue is broken:\n"
                         + sdk::describe({0, 0, problems}));
    return catalogue;
}

int seedCatalogue(sdk::Context& context, const std::vector<MissionInfo>& catalogue)
{
    sdk::Database& db = context.store();
    const std::set<std::string> offered = offeredCodes(db);
    std::vector<const MissionInfo*> fresh;
    for (const MissionInfo& info : catalogue)
        if (!offered.count(info.mission.code))
            fresh.push_back(&info);
    if (fresh.empty() || db.isReadOnly())
        return 0;

    int added = 0;
    sdk::Savepoint sp(db);
    sdk::MissionRepository repository(db, {"catalogue", context.pluginId()}, &context.changes());
    for (const MissionInfo* info : fresh) {
        if (!repository.findByCode(info->mission.code)) {
            const sdk::MissionId id = repository.add(info->mission);
            db.execute("INSERT INTO missions_mission (mission_id, time_zone, source, "
                       "slovenian_from) VALUES (?, ?, ?, ?)",
                       id, info->timeZone, info->source, info->slovenianFrom);
            ++added;
        }
        db.execute("INSERT INTO missions_catalogue_code (code, added_on) VALUES (?, ?)",
                   info->mission.code, context.today());
    }
    sp.release();
    return added;
}

int seedBuiltInCatalogue(sdk::Context& context)
{
    const std::set<std::string> offered = offeredCodes(context.store());
    const QByteArray file = builtInCatalogueFile();
    bool fresh = false;
    std::vector<sdk::ImportProblem> problems; // a broken file: builtInCatalogue() says so
    sdk::readCsvRows(std::string_view(file.constData(), std::size_t(file.size())),
                     kCatalogueColumns, problems, [&](sdk::CsvRecord& record, std::size_t) {
                         fresh = fresh || !offered.count(record.fields[0]);
                     });
    return fresh || !problems.empty() ? seedCatalogue(context, builtInCatalogue()) : 0;
}

QByteArray catalogueCsv(const std::vector<MissionInfo>& missions)
{
    QByteArray out;
    std::vector<std::string> row(std::begin(kCatalogueColumns), std::end(kCatalogueColumns));
    sdk::appendCsvLine(out, row);
    for (const MissionInfo& m : missions) {
        row = {m.mission.code,
               m.mission.name,
               m.mission.organisation,
               m.mission.hostCountry,
               m.mission.startDate.toIso(),
               m.mission.endDate ? m.mission.endDate->toIso() : "",
               m.slovenianFrom ? m.slovenianFrom->toIso() : "",
               m.timeZone,
               std::string(sdk::toString(m.mission.riskLevel)),
               m.source};
        sdk::appendCsvLine(out, row);
    }
    return out;
}

} // namespace contingent::missions
