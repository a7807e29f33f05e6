#include <contingent/sdk/migrations.h>
#include <contingent/sdk/repositories.h>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace contingent::sdk;

namespace {

const std::vector<Migration> kTwo = {
    {1, "create", "CREATE TABLE demo_a (x INTEGER)"},
    {2, "add b", "CREATE TABLE demo_b (y INTEGER)"},
};

std::int64_t count(Database& db, const char* sql)
{
    return db.queryValue<std::int64_t>(sql).value_or(-1);
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void appliesInOrderAndRecords();
    void secondRunIsANoOp();
    void changedChecksumIsRefusedAndNothingRuns();
    void newerStoreIsRefused();
    void sqlErrorLeavesStoreUnchanged();
    void numberingMustBeDense();
    void backupBeforeMigratingAnExistingStore();
    void noBackupForANewStore();
    void readOnlyStoreWithPendingWork();
    void coreSchemaHasItsConstraints();

private:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

void TestMigrations::appliesInOrderAndRecords()
{
    Database db(":memory:");
    MigrationRunner runner(db);
    QCOMPARE(runner.apply("demo", kTwo), 2);
    QVERIFY(db.hasTable("demo_a"));
    QVERIFY(db.hasTable("demo_b"));
    Statement st = db.prepare("SELECT owner, version, name, checksum, applied_at FROM "
                              "schema_migration ORDER BY version");
    QVERIFY(st.step());
    QCOMPARE(st.text(0), std::string("demo"));
    QCOMPARE(st.integer(1), 1);
    QCOMPARE(st.text(2), std::string("create"));
    QCOMPARE(st.text(3), migrationChecksum(kTwo[0]));
    QCOMPARE(st.text(3).size(), std::size_t(64));
    QVERIFY(!st.text(4).empty());
    QVERIFY(st.step());
    QCOMPARE(st.integer(1), 2);
    QCOMPARE(runner.recordedVersion("demo"), 2);
    QCOMPARE(runner.recordedVersion("other"), 0);
}

void TestMigrations::secondRunIsANoOp()
{
    Database db(":memory:");
    MigrationRunner runner(db);
    runner.apply("demo", std::span(kTwo).first(1));
    QCOMPARE(runner.apply("demo", kTwo), 1);
    QCOMPARE(runner.apply("demo", kTwo), 0);
    QCOMPARE(count(db, "SELECT count(*) FROM schema_migration"), std::int64_t(2));
}

void TestMigrations::changedChecksumIsRefusedAndNothingRuns()
{
    Database db(":memory:");
    MigrationRunner runner(db);
    runner.apply("demo", std::span(kTwo).first(1));
    std::vector<Migration> edited = kTwo;
    edited[0].sql = "CREATE TABLE demo_a (x INTEGER, z TEXT)";
    try {
        runner.apply("demo", edited);
        QFAIL("applied over a changed migration");
    } catch (const MigrationError& e) {
        QVERIFY2(QString(e.what()).contains("checksum"), e.what());
        QVERIFY2(QString(e.what()).contains("demo migration 1"), e.what());
    }
    QVERIFY(!db.hasTable("demo_b"));
    QCOMPARE(runner.recordedVersion("demo"), 1);
}

void TestMigrations::newerStoreIsRefused()
{
    Database db(":memory:");
    MigrationRunner runner(db);
    runner.apply("demo", kTwo);
    try {
        runner.apply("demo", std::span(kTwo).first(1));
        QFAIL("accepted a store newer than the code");
    } catch (const MigrationError& e) {
        QVERIFY2(QString(e.what()).contains("newer"), e.what());
        QVERIFY2(QString(e.what()).contains("version 2"), e.what());
    }
}

void TestMigrations::sqlErrorLeavesStoreUnchanged()
{
    Database db(":memory:");
    MigrationRunner runner(db);
    const std::vector<Migration> broken = {
        {1, "fine", "CREATE TABLE demo_ok (x)"},
        {2, "half broken", "CREATE TABLE demo_half (x); INSERT INTO demo_nowhere VALUES (1)"},
    };
    try {
        runner.apply("demo", broken);
        QFAIL("a broken migration was applied");
    } catch (const MigrationError& e) {
        QVERIFY2(QString(e.what()).contains("demo migration 2"), e.what());
        QVERIFY2(QString(e.what()).contains("no such table: demo_nowhere"), e.what());
    }
    QVERIFY(db.hasTable("demo_ok"));    // its own transaction, committed
    QVERIFY(!db.hasTable("demo_half")); // rolled back with the failing statement
    QCOMPARE(runner.recordedVersion("demo"), 1);
    QVERIFY(!db.inTransaction());
}

void TestMigrations::numberingMustBeDense()
{
    Database db(":memory:");
    MigrationRunner runner(db);
    const std::vector<Migration> gap = {{1, "a", "SELECT 1"}, {3, "c", "SELECT 1"}};
    QVERIFY_THROWS_EXCEPTION(MigrationError, runner.apply("demo", gap));
    QCOMPARE(runner.recordedVersion("demo"), 0);
}

void TestMigrations::backupBeforeMigratingAnExistingStore()
{
    const std::string p = path("existing.db").toStdString();
    {
        Database db(p);
        MigrationRunner runner(db);
        runner.apply("demo", std::span(kTwo).first(1));
        QVERIFY(!runner.backupPath()); // a new store has nothing to lose
    }
    Database db(p);
    MigrationRunner runner(db);
    QCOMPARE(runner.apply("demo", std::span(kTwo).first(1)), 0);
    QVERIFY(!runner.backupPath()); // nothing pending, no backup
    QCOMPARE(runner.apply("demo", kTwo), 1);
    QVERIFY(runner.backupPath());
    Database backup(*runner.backupPath(), OpenMode::ReadOnly);
    QVERIFY(backup.hasTable("demo_a"));
    QVERIFY(!backup.hasTable("demo_b")); // taken before the migration
    const QString dir = QFileInfo(QString::fromStdString(p)).absolutePath();
    QCOMPARE(QFileInfo(QString::fromStdString(*runner.backupPath())).absolutePath(), dir);
}

void TestMigrations::noBackupForANewStore()
{
    Database db(path("fresh.db").toStdString());
    MigrationRunner runner(db);
    runner.apply("demo", kTwo);
    QVERIFY(!runner.backupPath());
    QCOMPARE(QDir(m_dir.path()).entryList({"fresh.db.backup-*"}).size(), 0);
}

void TestMigrations::readOnlyStoreWithPendingWork()
{
    const std::string p = path("ro.db").toStdString();
    {
        Database db(p);
        MigrationRunner(db).apply("demo", std::span(kTwo).first(1));
    }
    Database ro(p, OpenMode::ReadOnly);
    MigrationRunner runner(ro);
    QCOMPARE(runner.apply("demo", std::span(kTwo).first(1)), 0); // nothing to do is fine
    try {
        runner.apply("demo", kTwo);
        QFAIL("migrated a read-only store");
    } catch (const MigrationError& e) {
        QVERIFY2(QString(e.what()).contains("read-only"), e.what());
    }
}

void TestMigrations::coreSchemaHasItsConstraints()
{
    Database db(":memory:");
    MigrationRunner runner(db);
    migrateCoreSchema(runner);
    migrateCoreSchema(runner);
    for (const char* t :
         {"officer", "mission", "deployment", "app_user", "audit_log", "plugin_setting"})
        QVERIFY2(db.hasTable(t), t);
    db.exec("INSERT INTO officer (id, service_number, given_name, family_name) VALUES (1, 'S1', "
            "'A', 'B');"
            "INSERT INTO mission (id, code, name, organisation, start_date) VALUES (1, 'M', 'M', "
            "'EU', '2008-02-16')");
    const char* rejected[] = {
        "INSERT INTO deployment (officer_id, mission_id, first_day, last_day) VALUES (1, 1, "
        "'2023-02-30', '2023-03-05')",
        "INSERT INTO deployment (officer_id, mission_id, first_day, last_day) VALUES (1, 1, "
        "'2023-2-3', '2023-03-05')",
        "INSERT INTO deployment (officer_id, mission_id, first_day, last_day) VALUES (1, 1, "
        "'2023-03-05', '2023-03-04')",
        "INSERT INTO deployment (officer_id, mission_id, first_day, last_day) VALUES (2, 1, "
        "'2023-03-01', '2023-03-04')",
        "INSERT INTO deployment (officer_id, mission_id, first_day, last_day, status) VALUES (1, "
        "1, '2023-03-01', '2023-03-04', 'done')",
        "INSERT INTO officer (service_number, given_name, family_name) VALUES ('S1', 'C', 'D')",
        "INSERT INTO mission (code, name, organisation, start_date) VALUES ('M', 'X', 'EU', "
        "'2008-01-01')",
        "INSERT INTO mission (code, name, organisation, start_date) VALUES ('N', 'X', 'NATO', "
        "'2008-01-01')",
        "INSERT INTO app_user (login, role) VALUES ('x', 'superuser')",
        "INSERT INTO audit_log (actor, plugin, action, entity, details) VALUES ('a', 'p', 'c', "
        "'e', '{broken')",
    };
    for (const char* sql : rejected) {
        try {
            db.exec(sql);
            QFAIL(sql);
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreErrorKind::Constraint);
        }
    }
    db.exec("INSERT INTO deployment (officer_id, mission_id, first_day, last_day) VALUES (1, 1, "
            "'2024-02-29', '2024-02-29')");
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
