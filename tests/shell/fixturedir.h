#pragma once
// Builds plugin folders for tests: copies of the fixture libraries under the
// ids a test wants, with manifests written by hand.

#include <contingent/sdk/version.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

struct FixturePlugin {
    FixturePlugin(QString id_, QString library_ = "fixture_basic.so", QStringList needs_ = {},
                  int abi_ = contingent::sdk::kAbiVersion)
        : id(std::move(id_))
        , library(std::move(library_))
        , needs(std::move(needs_))
        , abi(abi_)
    {
    }
    QString id;
    QString library;   ///< from FIXTURE_PLUGIN_DIR
    QStringList needs; ///< "id" or "id>=version"
    int abi;
    QString version = "1.0.0";
};

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(bytes);
}

inline void writeManifest(const QString& dir, const FixturePlugin& p)
{
    QJsonArray needs;
    for (const QString& n : p.needs) {
        const QStringList parts = n.split(">=");
        needs.append(QJsonObject{{"id", parts[0]}, {"min_version", parts.value(1, "0")}});
    }
    QJsonObject o{{"id", p.id},
                  {"name", "Fixture " + p.id},
                  {"version", p.version},
                  {"description", "test"},
                  {"library", p.id + ".so"},
                  {"needs", needs}};
    // "sdk": "MAJOR.MINOR" since SDK 1.0; a pre-1.0 manifest had "abi": N.
    if (p.abi >= 1000)
        o.insert("sdk", QString("%1.%2").arg(p.abi / 1000).arg(p.abi % 1000));
    else
        o.insert("abi", p.abi);
    writeFile(dir + "/" + p.id + ".json", QJsonDocument(o).toJson());
}

/// Copies the fixture library as <id>.so into dir and writes its manifest.
inline void addPlugin(const QString& dir, const FixturePlugin& p)
{
    QDir().mkpath(dir);
    const QString target = dir + "/" + p.id + ".so";
    QFile::remove(target);
    QVERIFY(QFile::copy(QStringLiteral(FIXTURE_PLUGIN_DIR) + "/" + p.library, target));
    writeManifest(dir, p);
}
