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
    void theRecordHoldsUntilTheLibraryChanges();
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

void TestCrashGuard::theRecordHoldsUntilTheLibraryChanges()
{
    QTemporaryDir dir;
    const QString library = dir.filePath("crashy.so");
    QFile f(library);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("v1");
    f.close();
    CrashGuard guard(dir.filePath("store.db.plugin-guard"));
    const QString v1 = CrashGuard::fingerprint(library);
    QVERIFY(!v1.isEmpty());
    guard.remember({"crashy", "starting"}, v1);
    QCOMPARE(guard.recordedCrash("crashy", v1)->phase, QString("starting"));
    QCOMPARE(CrashGuard(guard.path()).recordedCrash("crashy", v1)->phase,
             QString("starting")); // kept across starts
    QVERIFY(!guard.recordedCrash("calm", v1));
    // Recorded without a library (safe mode): the next start's library is the one.
    guard.remember({"other", "loading"}, QString());
    QVERIFY(guard.recordedCrash("other", "7@1"));
    QVERIFY(guard.recordedCrash("other", "7@1"));
    // Rebuilt: forgotten, tried again.
    QVERIFY(f.open(QIODevice::Append));
    f.write("v2");
    f.close();
    QVERIFY(CrashGuard::fingerprint(library) != v1);
    QVERIFY(!guard.recordedCrash("crashy", CrashGuard::fingerprint(library)));
    QVERIFY(!guard.recordedCrash("crashy", v1)); // the record is gone
}

QTEST_GUILESS_MAIN(TestCrashGuard)
#include "tst_crashguard.moc"
