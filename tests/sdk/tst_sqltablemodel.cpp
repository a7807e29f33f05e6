// SqlTableModel: paging with fetchMore, filtering and sorting in SQL, LIKE
// wildcards taken literally, and the model contract (QAbstractItemModelTester).
#include <contingent/sdk/sqltablemodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace contingent::sdk;

class TestSqlTableModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void fetchesAPageAtATime();
    void filtersEveryWordInSomeColumn_data();
    void filtersEveryWordInSomeColumn();
    void sortsInSql();
    void sortingAgainTheSameWayReadsNothing();
    void sortsInTheSloveneAlphabet();
    void fixedConditionIsBound();
    void constructedUnderACondition();
    void aBigStoreCountsOutsideThePageCache();
    void aBigStoresPagesLeaveNoCacheBehind();

private:
    std::unique_ptr<SqlTableModel> model();
    std::unique_ptr<Database> m_db;
};

void TestSqlTableModel::init()
{
    m_db = std::make_unique<Database>(":memory:");
    m_db->execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT, unit TEXT, age INT)");
    Transaction tx(*m_db);
    for (int i = 1; i <= 450; ++i)
        m_db->execute("INSERT INTO person (name, unit, age) VALUES (?, ?, ?)",
                      "Officer " + std::to_string(i), i % 2 ? "PU Koper" : "PU 50%_off", i % 60);
    m_db->execute("INSERT INTO person (name, unit, age) VALUES ('Žiga Novak', 'GPU', 41)");
    tx.commit();
}

void TestSqlTableModel::constructedUnderACondition()
{
    // Read at once under the condition: the count and the page are the condition's.
    SqlTableModel m(*m_db, "person p LEFT JOIN person x ON x.id = p.id", "p.id",
                    std::vector<SqlColumn>{{"Name", "p.name"}, {"Unit", "p.unit"}}, "p.unit = ?",
                    {"GPU"});
    QCOMPARE(m.totalCount(), 1);
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.data(m.index(0, 0)).toString(), QString("Žiga Novak"));
    QVERIFY(m.countQuery().sql.find("WHERE (p.unit = ?)") != std::string::npos);
    // And it stays a condition the filter adds to.
    m.setFilter("ziga");
    QCOMPARE(m.totalCount(), 0); // LIKE is not accent-blind: "Žiga" is not "ziga"
    m.setFilter("Novak");
    QCOMPARE(m.totalCount(), 1);
    // A count without the joins that cannot change it, while no filter is set.
    m.setCountFrom("person p");
    QVERIFY(m.countQuery().sql.find("LEFT JOIN person x") != std::string::npos); // a filter is set
    m.setFilter("");
    QCOMPARE(m.countQuery().sql, std::string("SELECT count(*) FROM person p WHERE (p.unit = ?)"));
    QCOMPARE(m.totalCount(), 1);
}

std::unique_ptr<SqlTableModel> TestSqlTableModel::model()
{
    auto m = std::make_unique<SqlTableModel>(
        *m_db, "person p", "p.id",
        std::vector<SqlColumn>{{"Name", "p.name"}, {"Unit", "p.unit"}, {"Age", "p.age", false}});
    m->setPageSize(200);
    return m;
}

void TestSqlTableModel::fetchesAPageAtATime()
{
    auto m = model();
    QCOMPARE(m->totalCount(), 451);
    QCOMPARE(m->rowCount(), 200);
    QCOMPARE(m->columnCount(), 3);
    QCOMPARE(m->headerData(1, Qt::Horizontal).toString(), QString("Unit"));
    QVERIFY(m->canFetchMore({}));
    m->fetchMore({});
    QCOMPARE(m->rowCount(), 400);
    m->fetchMore({});
    QCOMPARE(m->rowCount(), 451);
    QVERIFY(!m->canFetchMore({}));
    QCOMPARE(m->data(m->index(450, 0)).toString(), QString("Žiga Novak"));
    QCOMPARE(m->keyAt(450).toLongLong(), 451);
    QCOMPARE(m->data(m->index(0, 2)).toLongLong(), 1); // integers stay numbers
    // The tester fetches while it handles a reset, which it then reports as a
    // nested change; with one page holding every row it checks the rest.
    m->setPageSize(1000);
    QAbstractItemModelTester tester(m.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m->refresh();
}

void TestSqlTableModel::filtersEveryWordInSomeColumn_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("count");
    QTest::newRow("empty") << "" << 451;
    QTest::newRow("one word, any column") << "koper" << 225;
    // 44, 144, 244, 344 and 440..449
    QTest::newRow("two words must both match") << "officer 44" << 14;
    QTest::newRow("percent is literal") << "50%" << 225;
    QTest::newRow("underscore is literal") << "%_o" << 225;
    QTest::newRow("non-ASCII") << "Žiga" << 1;
    // names with 41 (41, 141, 241, 341, 410..419, 441), not the rows aged 41
    QTest::newRow("unfilterable column ignored") << "41" << 15;
    QTest::newRow("nothing") << "nobody" << 0;
}

void TestSqlTableModel::filtersEveryWordInSomeColumn()
{
    QFETCH(QString, filter);
    QFETCH(int, count);
    auto m = model();
    QSignalSpy changed(m.get(), &SqlTableModel::totalCountChanged);
    m->setFilter(filter);
    QCOMPARE(m->filter(), filter);
    QCOMPARE(m->totalCount(), count);
    QCOMPARE(m->rowCount(), std::min(count, 200));
    QCOMPARE(changed.count(), count == 451 ? 0 : 1);
    // The tester fetches while it handles a reset, which it then reports as a
    // nested change; with one page holding every row it checks the rest.
    m->setPageSize(1000);
    QAbstractItemModelTester tester(m.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m->setFilter(filter + " ");
}

void TestSqlTableModel::sortsInSql()
{
    auto m = model();
    m->sort(0, Qt::DescendingOrder);
    QCOMPARE(m->data(m->index(0, 0)).toString(), QString("Žiga Novak"));
    m->sort(2, Qt::AscendingOrder); // ties broken by key
    QCOMPARE(m->data(m->index(0, 2)).toLongLong(), 0);
    QCOMPARE(m->keyAt(0).toLongLong(), 60);
    m->fetchMore({});
    QCOMPARE(m->rowCount(), 400); // paging keeps the order
    QCOMPARE(m->data(m->index(399, 2)).toLongLong(), 52);
    // The tester fetches while it handles a reset, which it then reports as a
    // nested change; with one page holding every row it checks the rest.
    m->setPageSize(1000);
    QAbstractItemModelTester tester(m.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m->sort(1, Qt::AscendingOrder);
}

// A view sorts by its initial column as it is made: the order the model has already is not
// read again (the roster page read the big roster twice for it before its first frame);
// refresh() still reads again, and another order does.
void TestSqlTableModel::sortingAgainTheSameWayReadsNothing()
{
    auto m = model();
    m->sort(0, Qt::DescendingOrder);
    QSignalSpy resets(m.get(), &QAbstractItemModel::modelReset);
    m->sort(0, Qt::DescendingOrder);
    QCOMPARE(resets.count(), 0);
    m->sort(0, Qt::AscendingOrder);
    QCOMPARE(resets.count(), 1);
    m->refresh();
    QCOMPARE(resets.count(), 2);
}

// Issue #15, item 17: names in the Slovene alphabet's order (Č after C, not after Z),
// whatever their case; numbers keep their order; an index on the same expression serves it.
void TestSqlTableModel::sortsInTheSloveneAlphabet()
{
    Database db(":memory:");
    db.execute("CREATE TABLE n (id INTEGER PRIMARY KEY, name TEXT, age INT)");
    const std::vector<std::string> sorted{"Cvek",  "čebela", "Čuk",    "Ćirić", "Dolenc", "Đurić",
                                          "Sever", "šola",   "Šuštar", "Zupan", "žaba",   "Žagar"};
    int age = 120;
    for (auto it = sorted.rbegin(); it != sorted.rend(); ++it)
        db.execute("INSERT INTO n (name, age) VALUES (?, ?)", *it, age -= 9);
    db.execute("INSERT INTO n (name, age) VALUES ('Anton', 7)");
    db.execute("CREATE INDEX n_name ON n (" + alphabeticalOrder("name") + ")");
    SqlTableModel m(db, "n", "n.id",
                    std::vector<SqlColumn>{{"Name", "n.name"}, {"Age", "n.age", false}});
    m.sort(0, Qt::AscendingOrder);
    QCOMPARE(m.rowCount(), int(sorted.size()) + 1);
    QCOMPARE(m.data(m.index(0, 0)).toString(), QStringLiteral("Anton"));
    for (std::size_t i = 0; i < sorted.size(); ++i)
        QCOMPARE(m.data(m.index(int(i) + 1, 0)).toString().toStdString(), sorted[i]);
    m.sort(1, Qt::AscendingOrder); // 7 before 12, not "12" before "7"
    QCOMPARE(m.data(m.index(0, 1)).toInt(), 7);
    QCOMPARE(m.data(m.index(1, 1)).toInt(), 12);

    std::string plan;
    m.sort(0, Qt::AscendingOrder);
    for (Statement st(db, "EXPLAIN QUERY PLAN " + m.pageQuery(0).sql); st.step();)
        plan += st.text(3) + "\n";
    QVERIFY2(plan.find("USING INDEX n_name") != std::string::npos, plan.c_str());

    // A column ordered as it is (a day, a code) sorts by its plain value: its own index serves.
    db.execute("CREATE INDEX n_age ON n (age)");
    SqlTableModel plain(
        db, "n", "n.id",
        std::vector<SqlColumn>{{"Name", "n.name"}, orderedAsIs({"Age", "n.age", false})});
    plain.sort(1, Qt::DescendingOrder);
    QCOMPARE(plain.data(plain.index(0, 1)).toInt(), 111);
    plan.clear();
    for (Statement st(db, "EXPLAIN QUERY PLAN " + plain.pageQuery(0).sql); st.step();)
        plan += st.text(3) + "\n";
    QVERIFY2(plan.find("USING INDEX n_age") != std::string::npos, plan.c_str());
    QVERIFY(plain.pageQuery(0).sql.find("replace(") == std::string::npos);
}

void TestSqlTableModel::fixedConditionIsBound()
{
    auto m = model();
    m->setCondition("p.unit = ?", {"GPU"});
    QCOMPARE(m->totalCount(), 1);
    m->setCondition("p.unit = ?", {"x' OR 1=1 --"});
    QCOMPARE(m->totalCount(), 0);
}

namespace {

/// A store bigger than a connection's page cache (8 MiB) at `path`: 150 000 items, named by
/// `name` (SQL over i = 1..150 000), and an index on the name.
void makeBigStore(const std::string& path, const std::string& name)
{
    Database db(path);
    db.exec("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL, pad BLOB)");
    db.exec("CREATE INDEX item_name ON item (name)");
    db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150000) "
            "INSERT INTO item (name, pad) SELECT "
            + name + ", randomblob(60) FROM n");
}

} // namespace

void TestSqlTableModel::aBigStoreCountsOutsideThePageCache()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("big.db").toStdString();
    makeBigStore(path, "'Item ' || i");
    Database window(path);
    const sqlite3_int64 before = sqlite3_memory_used();
    SqlTableModel model(window, "item i", "i.id", {{"Name", "i.name"}});
    QCOMPARE(model.totalCount(), 150000);
    QCOMPARE(model.rowCount(), 200);
    // The count read the whole index (3 MB of pages): through a connection of its own with a
    // small cache, not into the window connection's, which holds the first page's few pages.
    const sqlite3_int64 grown = sqlite3_memory_used() - before;
    QVERIFY2(grown < 1536 * 1024, qPrintable(QString::number(grown / 1024) + " KiB"));
    // Counted apart, counted the same: a row added and committed is in the next count.
    window.execute("INSERT INTO item (name) VALUES ('One more')");
    model.refresh();
    QCOMPARE(model.totalCount(), 150001);
    // Inside a transaction, the count sees its uncommitted rows (on the window's connection).
    Transaction tx(window);
    window.execute("INSERT INTO item (name) VALUES ('Uncommitted')");
    model.refresh();
    QCOMPARE(model.totalCount(), 150002);
}

// A page of a big store read in name order touches a table page per row (the rows are
// scattered): those pages leave the window connection's cache once the page is read. A store
// that fits the cache keeps them.
void TestSqlTableModel::aBigStoresPagesLeaveNoCacheBehind()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("big.db").toStdString();
    makeBigStore(path, "'Item ' || ((i * 7919) % 150000)"); // scattered in name order
    Database window(path);
    // What SQLite holds, all connections: the count's (256 KiB at most) and the pages'.
    const auto held = [before = sqlite3_memory_used()] { return sqlite3_memory_used() - before; };
    SqlTableModel model(window, "item i", "i.id", {{"Name", "i.name"}, {"Pad", "length(i.pad)"}});
    model.sort(0, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QString("Item 0"));
    QVERIFY2(held() < 512 * 1024, qPrintable(QString::number(held() / 1024) + " KiB"));
    // Nor do they fill it while the page is read (the next 200 rows: 800 KiB of pages), which
    // is the window's peak memory.
    const sqlite3_int64 base = sqlite3_memory_used();
    sqlite3_memory_highwater(1);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 400);
    const sqlite3_int64 peak = sqlite3_memory_highwater(0) - base;
    QVERIFY2(peak < 512 * 1024, qPrintable(QString::number(peak / 1024) + " KiB at most"));
    QVERIFY2(held() < 512 * 1024, qPrintable(QString::number(held() / 1024) + " KiB"));
    // The demo store's size keeps its cache: the same page, from a small file.
    const std::string small = dir.filePath("small.db").toStdString();
    {
        Database db(small);
        db.exec("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL, pad BLOB)");
        db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                "INSERT INTO item (name, pad) SELECT 'Item ' || i, randomblob(600) FROM n");
    }
    Database demo(small);
    const sqlite3_int64 before = sqlite3_memory_used();
    SqlTableModel kept(demo, "item i", "i.id", {{"Name", "i.name"}, {"Pad", "length(i.pad)"}});
    QCOMPARE(kept.rowCount(), 200);
    const sqlite3_int64 cached = sqlite3_memory_used() - before;
    QVERIFY2(cached > 128 * 1024, qPrintable(QString::number(cached / 1024) + " KiB"));
}

QTEST_GUILESS_MAIN(TestSqlTableModel)
#include "tst_sqltablemodel.moc"
