#include <contingent/sdk/store.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace contingent::sdk;
using namespace std::chrono_literals;

class TestStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void bindsAndReadsTypedValues();
    void connectionSettings();
    void transactionRollsBackUnlessCommitted();
    void savepointsNest();
    void notSqliteIsRefusedByName();
    void missingFolderIsRefusedByName();
    void lockedStoreFailsClearly();
    void readOnlyStoreRefusesWrites();
    void errorsNameTheStatement();
    void badDateInColumnNamesTheColumn();
    void backupCopiesEverything();

private:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

void TestStore::bindsAndReadsTypedValues()
{
    Database db(":memory:");
    db.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, d TEXT, n TEXT)");
    const std::optional<std::string> none;
    db.execute("INSERT INTO t VALUES (?, ?, ?, ?, ?)", std::int64_t(1) << 40, 2.5,
               std::string("Kovačič Špela"), Date::fromIso("2024-02-29"), none);
    Statement st = db.prepare("SELECT i, r, s, d, n FROM t");
    QVERIFY(st.step());
    QCOMPARE(st.int64(0), std::int64_t(1) << 40);
    QCOMPARE(st.real(1), 2.5);
    QCOMPARE(QString::fromStdString(st.text(2)), QString::fromUtf8("Kovačič Špela"));
    QCOMPARE(QString::fromStdString(st.date(3).toIso()), QString("2024-02-29"));
    QVERIFY(st.isNull(4));
    QVERIFY(!st.optionalText(4));
    QVERIFY(!st.step());
    QCOMPARE(db.queryValue<std::string>("SELECT s FROM t WHERE i = ?", std::int64_t(1) << 40)
                 .value_or(""),
             std::string("Kovačič Špela"));
    QVERIFY(!db.queryValue<std::int64_t>("SELECT i FROM t WHERE 0"));
    // An empty text is '' and not NULL, even from a view with no data pointer.
    QCOMPARE(db.queryValue<std::int64_t>("SELECT ? IS NOT NULL AND ? = ''", std::string_view(),
                                         std::string_view())
                 .value(),
             std::int64_t(1));
    // A statement can run again after reset with other values.
    Statement ins = db.prepare("INSERT INTO t (i) VALUES (?)");
    for (int i = 0; i < 3; ++i) {
        ins.bind(1, i).run();
        ins.reset();
    }
    QCOMPARE(db.queryValue<std::int64_t>("SELECT count(*) FROM t").value(), std::int64_t(4));
}

void TestStore::connectionSettings()
{
    Database db(path("settings.db").toStdString());
    QCOMPARE(db.queryValue<std::int64_t>("PRAGMA foreign_keys").value(), std::int64_t(1));
    QCOMPARE(db.queryValue<std::string>("PRAGMA journal_mode").value(), std::string("wal"));
    QVERIFY(db.queryValue<std::int64_t>("PRAGMA busy_timeout").value() > 0);
    db.exec("CREATE TABLE parent (id INTEGER PRIMARY KEY);"
            "CREATE TABLE child (p INTEGER REFERENCES parent (id))");
    try {
        db.execute("INSERT INTO child VALUES (?)", 42);
        QFAIL("foreign key not enforced");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreErrorKind::Constraint);
    }
}

void TestStore::transactionRollsBackUnlessCommitted()
{
    Database db(":memory:");
    db.exec("CREATE TABLE t (x)");
    {
        Transaction tx(db);
        db.execute("INSERT INTO t VALUES (?)", 1);
        QVERIFY(db.inTransaction());
    }
    QVERIFY(!db.inTransaction());
    QCOMPARE(db.queryValue<std::int64_t>("SELECT count(*) FROM t").value(), std::int64_t(0));
    {
        Transaction tx(db);
        db.execute("INSERT INTO t VALUES (?)", 1);
        tx.commit();
    }
    QCOMPARE(db.queryValue<std::int64_t>("SELECT count(*) FROM t").value(), std::int64_t(1));
    try {
        Transaction tx(db);
        db.execute("INSERT INTO t VALUES (?)", 2);
        throw std::runtime_error("interrupted");
    } catch (const std::runtime_error&) {
    }
    QCOMPARE(db.queryValue<std::int64_t>("SELECT count(*) FROM t").value(), std::int64_t(1));
}

void TestStore::savepointsNest()
{
    Database db(":memory:");
    db.exec("CREATE TABLE t (x)");
    Transaction tx(db);
    db.execute("INSERT INTO t VALUES (?)", 1);
    {
        Savepoint outer(db);
        db.execute("INSERT INTO t VALUES (?)", 2);
        {
            Savepoint inner(db);
            db.execute("INSERT INTO t VALUES (?)", 3);
        } // inner rolls back
        outer.release();
    }
    tx.commit();
    QCOMPARE(db.queryValue<std::int64_t>("SELECT sum(x) FROM t").value(), std::int64_t(3));
}

void TestStore::notSqliteIsRefusedByName()
{
    QFile f(path("notes.db"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    try {
        Database db(path("notes.db").toStdString());
        QFAIL("opened a file that is not SQLite");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreErrorKind::NotADatabase);
        QVERIFY2(QString(e.what()).contains(path("notes.db")), e.what());
        QVERIFY2(QString(e.what()).contains("not a SQLite database"), e.what());
    }
}

void TestStore::missingFolderIsRefusedByName()
{
    const std::string p = path("no/such/folder/x.db").toStdString();
    try {
        Database db(p);
        QFAIL("opened a store in a missing folder");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreErrorKind::CantOpen);
        QVERIFY2(QString(e.what()).contains(QString::fromStdString(p)), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             Database(path("absent.db").toStdString(), OpenMode::ReadWrite));
}

void TestStore::lockedStoreFailsClearly()
{
    const std::string p = path("locked.db").toStdString();
    Database holder(p);
    holder.exec("CREATE TABLE t (x)");
    Database other(p, OpenMode::ReadWrite, 50ms);
    Transaction lock(holder, Transaction::Kind::Immediate);
    holder.execute("INSERT INTO t VALUES (?)", 1);
    try {
        Transaction tx(other);
        QFAIL("took a write lock another connection holds");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreErrorKind::Busy);
        QVERIFY2(QString(e.what()).contains(QString::fromStdString(p)), e.what());
        QVERIFY2(QString(e.what()).contains("lock"), e.what());
    }
    lock.rollback();
    Transaction tx(other);
    other.execute("INSERT INTO t VALUES (?)", 2);
    tx.commit();
    QCOMPARE(other.queryValue<std::int64_t>("SELECT count(*) FROM t").value(), std::int64_t(1));
}

void TestStore::readOnlyStoreRefusesWrites()
{
    const std::string p = path("ro.db").toStdString();
    {
        Database db(p);
        db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)");
    }
    Database ro(p, OpenMode::ReadOnly);
    QVERIFY(ro.isReadOnly());
    QCOMPARE(ro.queryValue<std::int64_t>("SELECT count(*) FROM t").value(), std::int64_t(1));
    try {
        ro.execute("INSERT INTO t VALUES (?)", 2);
        QFAIL("wrote to a read-only store");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreErrorKind::ReadOnly);
        QVERIFY2(QString(e.what()).contains("INSERT INTO t"), e.what());
    }
    QCOMPARE(ro.queryValue<std::int64_t>("SELECT count(*) FROM t").value(), std::int64_t(1));
}

void TestStore::errorsNameTheStatement()
{
    Database db(":memory:");
    try {
        db.prepare("SELECT * FROM no_such_table");
        QFAIL("prepared a statement on a missing table");
    } catch (const StoreError& e) {
        QVERIFY2(QString(e.what()).contains("no such table: no_such_table"), e.what());
        QVERIFY2(QString(e.what()).contains("SELECT * FROM no_such_table"), e.what());
    }
}

void TestStore::badDateInColumnNamesTheColumn()
{
    Database db(":memory:");
    db.exec("CREATE TABLE t (first_day TEXT); INSERT INTO t VALUES ('2023-02-30')");
    Statement st = db.prepare("SELECT first_day FROM t");
    QVERIFY(st.step());
    try {
        st.date(0);
        QFAIL("read an impossible date");
    } catch (const DateError& e) {
        QVERIFY2(QString(e.what()).contains("first_day"), e.what());
        QVERIFY2(QString(e.what()).contains("2023-02-30"), e.what());
    }
}

void TestStore::backupCopiesEverything()
{
    Database db(path("orig.db").toStdString());
    db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (7)");
    db.backupTo(path("copy.db").toStdString());
    Database copy(path("copy.db").toStdString(), OpenMode::ReadOnly);
    QCOMPARE(copy.queryValue<std::int64_t>("SELECT x FROM t").value(), std::int64_t(7));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
