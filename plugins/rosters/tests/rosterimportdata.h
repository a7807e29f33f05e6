#pragma once
// Shared by the rosters import and command tests: rows and records with one
// field changed, a migrated in-memory store, and a runner for the command.

#include "rostercommands.h"
#include "rosterimport.h"
#include "rosterlanguages.h"
#include "rosterrecords.h"
#include <contingent/sdk/changes.h>
#include <contingent/sdk/checks.h>
#include <contingent/sdk/context.h>
#include <contingent/sdk/migrations.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <sstream>

namespace rosterimporttest {

using namespace contingent;
using namespace contingent::rosters;

inline const QByteArray kHeader =
    "service_number,given_name,family_name,gender,birth_date,rank,unit,"
    "email,languages,skills\n";

/// A good CSV row with field `index` replaced by `value` (-1: none replaced).
inline QByteArray csvRow(int index = -1, const QByteArray& value = {},
                         const QByteArray& number = "P-3000")
{
    QList<QByteArray> fields{number,        "Ana",       "Novak",     "F",
                             "1990-01-01",  "inspector", "Ljubljana", "ana@policija.si",
                             "en:C1;fr:B2", "first aid"};
    if (index >= 0)
        fields[index] = value;
    return fields.join(',') + '\n';
}

/// A good full CSV row (kFullHeader) with field `index` replaced by `value` (-1: none).
inline QByteArray fullRow(int index = -1, const QByteArray& value = {},
                          const QByteArray& number = "P-3000")
{
    QList<QByteArray> fields{number,
                             "Ana",
                             "Novak",
                             "F",
                             "1990-01-01",
                             "inspector",
                             "Ljubljana",
                             "ana@policija.si",
                             "en:C1;fr:B2",
                             "first aid",
                             "2025-01-10",
                             "PB1234567",
                             "2030-01-31",
                             "B",
                             "yes",
                             "",
                             "HEAT: 2024-01-01/2027-01-01",
                             "leave: 2026-07-01/2026-07-14: summer"};
    if (index >= 0)
        fields[index] = value;
    return fields.join(',') + '\n';
}

/// A good JSON record with `key` set to `value` (undefined: removed).
inline QJsonObject jsonRecord(const QString& key = {}, const QJsonValue& value = {},
                              const QString& number = QStringLiteral("P-3000"))
{
    QJsonObject o{{"service_number", number},
                  {"given_name", "Ana"},
                  {"family_name", "Novak"},
                  {"gender", "F"},
                  {"birth_date", "1990-01-01"},
                  {"rank", "inspector"},
                  {"unit", "Ljubljana"},
                  {"email", "ana@policija.si"},
                  {"languages", QJsonObject{{"en", "C1"}, {"fr", "B2"}}},
                  {"skills", QJsonArray{"first aid"}}};
    if (key.isEmpty())
        return o;
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}

inline QByteArray json(const QJsonArray& records)
{
    return QJsonDocument(records).toJson();
}

/// Three officers with č, š, ž, a comma and quotes.
inline const QByteArray kRoster =
    kHeader
    + "P-1001,Špela,Kovačič,F,1985-06-30,inspector,\"Ljubljana, border police\","
      "spela@policija.si,en:C1;fr:B2,diving;first aid\n"
      "P-1002,Žiga,Čuk,M,,sergeant,\"Unit \"\"North\"\"\",,sl:C2,\n"
      "P-1003,Matej,Šuštar,X,,,,,,\n";

/// The header of a full roster file, as every export writes it.
inline const QByteArray kFullHeader =
    "service_number,given_name,family_name,gender,birth_date,rank,unit,email,languages,skills,"
    "competency_test,passport_number,passport_expiry,driving_licence,deployable,"
    "not_deployable_reason,courses,unavailability\n";

/// A file of the first ten columns (one line a row) as the export writes it back: the full
/// header, and each officer with no documents, deployable, no courses and no unavailability.
inline QByteArray asExported(const QByteArray& basic)
{
    QList<QByteArray> lines = basic.split('\n');
    QByteArray out = kFullHeader;
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (!lines[i].isEmpty())
            out += lines[i] + ",,,,,yes,,,\n";
    return out;
}

/// A store with the core and rosters schemas, today 2026-11-23, and a user in `role`.
struct Store {
    explicit Store(sdk::Role role = sdk::Role::Planner)
        : context("rosters", db, sdk::CurrentUser{"ana", "Ana", role, std::nullopt, true}, clock,
                  checks, changes)
    {
        sdk::MigrationRunner runner(db, false);
        sdk::migrateCoreSchema(runner);
        const auto schema = migrations();
        runner.apply("rosters", schema);
    }
    std::int64_t count(const std::string& table)
    {
        return db.queryValue<std::int64_t>("SELECT count(*) FROM " + table).value_or(0);
    }
    sdk::Officer officer(const char* serviceNumber)
    {
        const auto o = context.officers().findByServiceNumber(serviceNumber);
        if (!o)
            throw sdk::InputError(std::string("no officer ") + serviceNumber);
        return *o;
    }

    sdk::Database db{":memory:"};
    sdk::FixedClock clock{sdk::Date::fromIso("2026-11-23")};
    sdk::CheckRegistry checks;
    sdk::ChangeNotifier changes;
    sdk::Context context;
};

inline QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

inline QString languagesOf(Store& store, const char* serviceNumber)
{
    auto list = languages(store.db, store.officer(serviceNumber).id);
    std::sort(list.begin(), list.end(), [](const LanguageSkill& a, const LanguageSkill& b) {
        return a.language < b.language;
    });
    return text(formatLanguages(list));
}

inline QString skillsOf(Store& store, const char* serviceNumber)
{
    return text(formatSkills(skills(store.db, store.officer(serviceNumber).id)));
}

struct CommandResult {
    int code = 0;
    QString out;
    QString err;
};

inline CommandResult runCommand(Store& store, const QStringList& args)
{
    std::vector<std::string> argv;
    for (const QString& a : args)
        argv.push_back(a.toStdString());
    std::ostringstream out;
    std::ostringstream err;
    sdk::CommandInvocation call{argv, store.context, out, err};
    const int code = runRostersCommand(call);
    return {code, QString::fromStdString(out.str()), QString::fromStdString(err.str())};
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace rosterimporttest
