// A plugin's manifest, read before its library is loaded: every field, every
// way it can be wrong, each named with the file.
#include "manifest.h"

#include <contingent/sdk/error.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace contingent;
using namespace contingent::shell;

class TestManifest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsEveryField();
    void refuses_data();
    void refuses();
    void pluginIds_data();
    void pluginIds();

private:
    QString write(const QString& name, const QByteArray& json);
    QTemporaryDir m_dir;
};

QString TestManifest::write(const QString& name, const QByteArray& json)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(json);
    return path;
}

void TestManifest::readsEveryField()
{
    const Manifest m = readManifest(write("approvals.json", R"({
        "id": "approvals", "name": "Government approvals", "version": "1.2.0",
        "description": "Art. 19", "sdk": "1.3", "library": "approvals.so",
        "needs": [{"id": "missions", "min_version": "0.1"}, {"id": "rosters"}],
        "after": ["expenses"]})"));
    QCOMPARE(m.id, std::string("approvals"));
    QCOMPARE(m.name, std::string("Government approvals"));
    QCOMPARE(m.version, std::string("1.2.0"));
    QCOMPARE(m.description, std::string("Art. 19"));
    QCOMPARE(m.abi, 1003);
    QCOMPARE(m.library, std::string("approvals.so"));
    QCOMPARE(m.needs.size(), std::size_t(2));
    QCOMPARE(m.needs[0].minVersion, std::string("0.1"));
    QCOMPARE(m.needs[1].minVersion, std::string("0")); // any version
    QCOMPARE(m.after, std::vector<std::string>({"expenses"}));
    // A manifest from before SDK 1.0 still reads, so that the host can say why it is refused.
    QCOMPARE(readManifest(write("old.json", R"({"id": "old", "name": "x", "version": "1",
        "abi": 2, "library": "old.so"})"))
                 .abi,
             2);
}

void TestManifest::refuses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray rest = R"("name": "x", "version": "1.0", "sdk": "1.0", "library": "p.so")";
    QTest::newRow("not JSON") << "p.json" << QByteArray("{ \"id\": ") << "is not valid JSON";
    QTest::newRow("not an object") << "p.json" << QByteArray("[]") << "is not a JSON object";
    QTest::newRow("no id") << "p.json"
                           << "{" + rest + "}"
                           << "\"id\"";
    QTest::newRow("an id in capitals") << "P.json"
                                       << R"({"id": "P", )" + rest + "}"
                                       << "must be lowercase";
    QTest::newRow("another file name") << "q.json"
                                       << R"({"id": "p", )" + rest + "}"
                                       << "must be described by p.json";
    QTest::newRow("no version")
        << "p.json" << QByteArray(R"({"id": "p", "name": "x", "sdk": "1.0", "library": "p.so"})")
        << "\"version\"";
    QTest::newRow("a version in words")
        << "p.json"
        << QByteArray(
               R"({"id": "p", "name": "x", "version": "one", "sdk": "1.0", "library": "p.so"})")
        << "is not dotted numbers";
    QTest::newRow("a library elsewhere")
        << "p.json"
        << QByteArray(
               R"({"id": "p", "name": "x", "version": "1", "sdk": "1.0", "library": "../p.so"})")
        << "must be a file name in the manifest's folder";
    QTest::newRow("no sdk") << "p.json"
                            << QByteArray(
                                   R"({"id": "p", "name": "x", "version": "1", "library": "p.so"})")
                            << "\"sdk\" (the SDK version it was built against";
    QTest::newRow("sdk 0.9")
        << "p.json"
        << QByteArray(
               R"({"id": "p", "name": "x", "version": "1", "sdk": "0.9", "library": "p.so"})")
        << "must be MAJOR.MINOR";
    QTest::newRow("needs not an array") << "p.json"
                                        << R"({"id": "p", "needs": "rosters", )" + rest + "}"
                                        << "\"needs\" must be an array";
    QTest::newRow("a need not an object") << "p.json"
                                          << R"({"id": "p", "needs": ["rosters"], )" + rest + "}"
                                          << "must be an object";
}

void TestManifest::refuses()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const QString path = write(file, json);
    try {
        readManifest(path);
        QFAIL("accepted");
    } catch (const sdk::InputError& e) {
        QVERIFY2(QString(e.what()).contains(message), e.what());
        QVERIFY2(QString(e.what()).contains(path), e.what()); // names the file
    }
}

void TestManifest::pluginIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "rosters" << true;
    QTest::newRow("digits and underscore") << "rosters_2" << true;
    QTest::newRow("capital") << "Rosters" << false;
    QTest::newRow("leading digit") << "2fast" << false;
    QTest::newRow("dash") << "my-plugin" << false;
    QTest::newRow("empty") << "" << false;
}

void TestManifest::pluginIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(isValidPluginId(id.toStdString()), valid);
}

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
