// The crash guard's marker: written around each risky call into a plugin,
// read (and removed) on the next start when the process died inside one.
#include "crashguard.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace contingent::shell;

class TestCrashGuard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aCleanStartLeavesNothing();
    void aDeathInsideAPluginIsNamedOnce();
    void anEmptyPathDisablesTheGuard();
    void aBrokenMarkerIsIgnored();
};

void TestCrashGuard::aCleanStartLeavesNothing()
{
    QTemporaryDir dir;
    CrashGuard guard(dir.filePath("store.db.plugin-guard"));
    QVERIFY(!guard.takeLeftover());
    guard.begin("rosters", "starting");
    QVERIFY(QFile::exists(guard.path()));
    guard.end();
    QVERIFY(!QFile::exists(guard.path()));
    QVERIFY(!CrashGuard(guard.path()).takeLeftover());
}

void TestCrashGuard::aDeathInsideAPluginIsNamedOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("store.db.plugin-guard");
    CrashGuard(path).begin("crashy", "loading"); // and then the process died: no end()
    CrashGuard next(path);
    const auto leftover = next.takeLeftover();
    QVERIFY(leftover);
    QCOMPARE(leftover->pluginId, QString("crashy"));
    QCOMPARE(leftover->phase, QString("loading"));
    QVERIFY(!QFile::exists(path)); // read once
    QVERIFY(!next.takeLeftover());
}

void TestCrashGuard::anEmptyPathDisablesTheGuard()
{
    CrashGuard guard{QString()};
    guard.begin("rosters", "starting");
    guard.end();
    QVERIFY(!guard.takeLeftover());
}

void TestCrashGuard::aBrokenMarkerIsIgnored()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("guard");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close(); // empty: a crash while writing the marker itself
    QVERIFY(!CrashGuard(path).takeLeftover());
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCrashGuard)
#include "tst_crashguard.moc"
