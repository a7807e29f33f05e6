// Reading off the window's thread: the result comes back on the application's thread, later;
// an in-memory store is read at once; a reader gone by then is not called; errors are told.

#include <contingent/sdk/background.h>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <memory>
#include <sqlite3.h>

using namespace contingent::sdk;

class TestBackground : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fileStoreIsReadOnAWorkerAndAnsweredHere();
    void memoryStoreIsReadAtOnce();
    void goneOwnerIsNotCalled();
    void errorsAreTold();
    void holdsAtLeastAsksOneStep();
    void revisionedReadReadsOncePerRevision();
    void revisionedReadFailureWaitsForTheNextRevision();
    void readsAtOnceThatFailAreLogged();
    void latestReadDropsTheAnswerToAnOlderRequest();
    void aWorkerReadsThroughASmallCache();

private:
    std::unique_ptr<Database> fileStore(QTemporaryDir& dir, int rows);
};

std::unique_ptr<Database> TestBackground::fileStore(QTemporaryDir& dir, int rows)
{
    auto db = std::make_unique<Database>(dir.filePath("s.db").toStdString());
    db->exec("CREATE TABLE t (v INTEGER)");
    for (int i = 1; i <= rows; ++i)
        db->execute("INSERT INTO t VALUES (?)", i);
    return db;
}

void TestBackground::fileStoreIsReadOnAWorkerAndAnsweredHere()
{
    QTemporaryDir dir;
    auto db = fileStore(dir, 10);
    QObject owner;
    QThread* readOn = nullptr;
    QThread* answeredOn = nullptr;
    int sum = -1;
    readInBackground<int>(
        &owner, *db,
        [&readOn](Database& own) {
            readOn = QThread::currentThread();
            return int(own.queryValue<std::int64_t>("SELECT sum(v) FROM t").value_or(0));
        },
        [&](int value, const std::string& error) {
            QVERIFY(error.empty());
            answeredOn = QThread::currentThread();
            sum = value;
        });
    QCOMPARE(sum, -1); // not yet: the window's thread went on
    QTRY_COMPARE(sum, 55);
    QVERIFY(readOn != nullptr && readOn != QThread::currentThread());
    QCOMPARE(answeredOn, QThread::currentThread());
}

void TestBackground::memoryStoreIsReadAtOnce()
{
    Database db(":memory:");
    db.exec("CREATE TABLE t (v INTEGER)");
    db.exec("INSERT INTO t VALUES (7)");
    QObject owner;
    int got = -1;
    readInBackground<int>(
        &owner, db,
        [](Database& same) {
            return int(same.queryValue<std::int64_t>("SELECT v FROM t").value_or(0));
        },
        [&got](int value, const std::string&) { got = value; });
    QCOMPARE(got, 7); // a second connection could not see an in-memory store
}

void TestBackground::goneOwnerIsNotCalled()
{
    QTemporaryDir dir;
    auto db = fileStore(dir, 3);
    auto owner = std::make_unique<QObject>();
    bool called = false;
    bool read = false;
    readInBackground<int>(
        owner.get(), *db,
        [&read](Database&) {
            read = true;
            return 1;
        },
        [&called](int, const std::string&) { called = true; });
    owner.reset(); // the page or card went away while its figures were read
    QTRY_VERIFY(read);
    QTest::qWait(50);
    QVERIFY(!called);
}

void TestBackground::errorsAreTold()
{
    QTemporaryDir dir;
    auto db = fileStore(dir, 1);
    QObject owner;
    std::string told;
    int value = -1;
    readInBackground<int>(
        &owner, *db,
        [](Database& own) {
            // A worker's connection is read-only: a write is an error, told to `done`.
            own.exec("INSERT INTO t VALUES (2)");
            return 1;
        },
        [&](int v, const std::string& error) {
            told = error;
            value = v;
        });
    QTRY_VERIFY(!told.empty());
    QCOMPARE(value, 0);
    QCOMPARE(db->queryValue<std::int64_t>("SELECT count(*) FROM t").value_or(0), 1);
}

void TestBackground::holdsAtLeastAsksOneStep()
{
    QTemporaryDir dir;
    auto db = fileStore(dir, 5);
    QVERIFY(holdsAtLeast(*db, "t", 5));
    QVERIFY(!holdsAtLeast(*db, "t", 6));
    Database empty(":memory:");
    empty.exec("CREATE TABLE t (v INTEGER)");
    QVERIFY(!holdsAtLeast(empty, "t", 1));
    QVERIFY(holdsAtLeast(empty, "t", 0));
}

// RevisionedRead: once per revision, at once or on a worker; the last figure meanwhile; a read
// that comes back after the revision moved on is answered, and the next ask reads again.
void TestBackground::revisionedReadReadsOncePerRevision()
{
    QTemporaryDir dir;
    auto db = fileStore(dir, 10);
    QObject owner;
    RevisionedRead<int> figure;
    int reads = 0;
    int arrived = 0;
    const std::function<int(Database&)> sum = [&reads](Database& own) {
        ++reads;
        return int(own.queryValue<std::int64_t>("SELECT sum(v) FROM t").value_or(0));
    };
    int asked = 0;
    const auto small = [&asked] {
        ++asked;
        return false;
    };
    QCOMPARE(figure.value(&owner, *db, 0, small, sum, [&arrived] { ++arrived; }), 55);
    QCOMPARE(figure.value(&owner, *db, 0, small, sum, [&arrived] { ++arrived; }), 55);
    QCOMPARE(reads, 1);
    QCOMPARE(asked, 1); // asked only when a read is due
    db->execute("INSERT INTO t VALUES (?)", 45);
    const auto big = [] { return true; };
    QCOMPARE(figure.value(&owner, *db, 1, big, sum, [&arrived] { ++arrived; }), 55); // the last
    QVERIFY(figure.loading());
    QCOMPARE(figure.value(&owner, *db, 2, big, sum, [&arrived] { ++arrived; }), 55); // one read
    QTRY_COMPARE(arrived, 1);
    QVERIFY(!figure.loading());
    QCOMPARE(reads, 2);
    // That read was for revision 1: revision 2 reads again.
    QCOMPARE(figure.value(&owner, *db, 1, big, sum, [&arrived] { ++arrived; }), 100);
    QCOMPARE(figure.value(&owner, *db, 2, big, sum, [&arrived] { ++arrived; }), 100);
    QVERIFY(figure.loading());
    QTRY_COMPARE(arrived, 2);
    QCOMPARE(reads, 3);
}

void TestBackground::revisionedReadFailureWaitsForTheNextRevision()
{
    QTemporaryDir dir;
    auto db = fileStore(dir, 3);
    QObject owner;
    RevisionedRead<int> figure;
    int reads = 0;
    int arrived = 0;
    const std::function<int(Database&)> broken = [&reads](Database& own) {
        ++reads;
        return int(own.queryValue<std::int64_t>("SELECT sum(v) FROM missing").value_or(0));
    };
    const auto big = [] { return true; };
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("a figure could not be read: .*missing"));
    QCOMPARE(figure.value(&owner, *db, 0, big, broken, [&arrived] { ++arrived; }), 0);
    QTRY_COMPARE(arrived, 1);
    // Asked again (the views are told): not read again, which would fail the same way forever.
    QCOMPARE(figure.value(&owner, *db, 0, big, broken, [&arrived] { ++arrived; }), 0);
    QVERIFY(!figure.loading());
    QCOMPARE(reads, 1);
}

// LatestRead: a request made before the last one was answered wins, whichever answer comes
// first; the dropped answer tells no one.
void TestBackground::latestReadDropsTheAnswerToAnOlderRequest()
{
    QTemporaryDir dir;
    auto db = fileStore(dir, 10);
    QObject owner;
    LatestRead<int> latest;
    int told = 0;
    const auto count = [](int above) {
        return [above](Database& own) {
            return int(own.queryValue<std::int64_t>("SELECT count(*) FROM t WHERE v > ?", above)
                           .value_or(0));
        };
    };
    latest.request(
        &owner, *db, [] { return false; }, count(0), [&told] { ++told; });
    QCOMPARE(latest.value(), 10); // at once
    QCOMPARE(told, 1);
    latest.request(
        &owner, *db, [] { return true; }, count(2), [&told] { ++told; });
    latest.request(
        &owner, *db, [] { return true; }, count(7), [&told] { ++told; });
    QVERIFY(latest.loading());
    QCOMPARE(latest.value(), 10); // the last answer meanwhile
    QThreadPool::globalInstance()->waitForDone();
    QTRY_VERIFY(!latest.loading());
    QCoreApplication::processEvents();
    QCOMPARE(latest.value(), 3);
    QCOMPARE(told, 4); // two asks, one answer: the older request's answer was dropped
}

// A read at once that fails is logged, not thrown: the getters that ask are a view's bindings.
void TestBackground::readsAtOnceThatFailAreLogged()
{
    Database db(":memory:");
    QObject owner;
    int reads = 0;
    const std::function<int(Database&)> broken = [&reads](Database& same) {
        ++reads;
        return int(same.queryValue<std::int64_t>("SELECT count(*) FROM missing").value_or(0));
    };
    const auto small = [] { return false; };
    RevisionedRead<int> figure;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("a figure could not be read: .*missing"));
    QCOMPARE(figure.value(&owner, db, 0, small, broken, [] {}), 0);
    QCOMPARE(figure.value(&owner, db, 0, small, broken, [] {}), 0); // not again this revision
    QCOMPARE(reads, 1);
    LatestRead<int> latest;
    int told = 0;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("a list could not be read: .*missing"));
    latest.request(&owner, db, small, broken, [&told] { ++told; });
    QCOMPARE(told, 1);
    QVERIFY(!latest.loading());
    QCOMPARE(latest.value(), 0);
}

// A card's count on a big store reads each page of what it counts once: through 256 KiB of
// cache, not a cache as big as the pages read (the window's peak memory, issue #16).
void TestBackground::aWorkerReadsThroughASmallCache()
{
    QTemporaryDir dir;
    {
        Database db(dir.filePath("big.db").toStdString());
        db.exec("CREATE TABLE t (v INTEGER, pad BLOB)");
        db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000) "
                "INSERT INTO t SELECT i, randomblob(60) FROM n"); // 3.5 MB of pages
    }
    Database store(dir.filePath("big.db").toStdString());
    QObject owner;
    std::int64_t sum = -1;
    const sqlite3_int64 base = sqlite3_memory_used();
    sqlite3_memory_highwater(1);
    readInBackground<std::int64_t>(
        &owner, store,
        [](Database& own) {
            return own.queryValue<std::int64_t>("SELECT sum(v + length(pad)) FROM t").value_or(0);
        },
        [&](std::int64_t value, const std::string& error) {
            QVERIFY(error.empty());
            sum = value;
        });
    QTRY_COMPARE(sum, std::int64_t(40000) * 40001 / 2 + 40000 * 60);
    // This thread waited: the peak is the worker's (its connection, its pages).
    const sqlite3_int64 peak = sqlite3_memory_highwater(0) - base;
    QVERIFY2(peak < 640 * 1024, qPrintable(QString::number(peak / 1024) + " KiB at most"));
}

QTEST_GUILESS_MAIN(TestBackground)
#include "tst_background.moc"
