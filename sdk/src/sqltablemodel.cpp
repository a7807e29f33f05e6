#include "contingent/sdk/sqltablemodel.h"

#include "databaseprivate.h"
#include <sqlite3.h>

namespace contingent::sdk {

namespace {

/// `text` as a LIKE pattern matching it anywhere, with %, _ and \ escaped.
std::string containsPattern(const QString& text)
{
    std::string pattern = "%";
    for (const char c : text.toStdString()) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    return pattern + "%";
}

QVariant columnValue(const Statement& st, int column)
{
    if (st.isNull(column))
        return {};
    switch (st.columnType(column)) {
    case ColumnType::Integer:
        return QVariant::fromValue<qint64>(st.int64(column));
    case ColumnType::Real:
        return st.real(column);
    default:
        return QString::fromStdString(st.text(column));
    }
}

} // namespace

struct SqlTableModel::Private {
    explicit Private(Database& store)
        : db(store)
    {
    }
    Database& db;
    std::string from;
    std::string key;
    std::vector<SqlColumn> columns;
    std::string where;
    std::vector<std::string> whereArgs;
    QString filter;
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    int pageSize = 200;
    int total = 0;
    bool read = false;                       ///< refresh() has read the rows at least once
    std::string countFrom;                   ///< for the count while no filter is set; empty: from
    std::vector<std::vector<QVariant>> rows; ///< key first, then the columns
};

SqlTableModel::SqlTableModel(Database& db, std::string from, std::string keyExpression,
                             std::vector<SqlColumn> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>(db))
{
    d->from = std::move(from);
    d->key = std::move(keyExpression);
    d->columns = std::move(columns);
    refresh();
}

SqlTableModel::SqlTableModel(Database& db, std::string from, std::string keyExpression,
                             std::vector<SqlColumn> columns, std::string where,
                             std::vector<std::string> whereArgs, QObject* parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>(db))
{
    d->from = std::move(from);
    d->key = std::move(keyExpression);
    d->columns = std::move(columns);
    d->where = std::move(where);
    d->whereArgs = std::move(whereArgs);
    refresh();
}

SqlTableModel::~SqlTableModel() = default;

void SqlTableModel::setCountFrom(std::string countFrom)
{
    d->countFrom = std::move(countFrom);
}

void SqlTableModel::setPageSize(int rows)
{
    d->pageSize = rows;
}

QString SqlTableModel::filter() const
{
    return d->filter;
}

int SqlTableModel::totalCount() const
{
    return d->total;
}

void SqlTableModel::setCondition(std::string where, std::vector<std::string> whereArgs)
{
    d->where = std::move(where);
    d->whereArgs = std::move(whereArgs);
    refresh();
}

void SqlTableModel::setFilter(const QString& filter)
{
    if (filter == d->filter)
        return;
    d->filter = filter;
    emit filterChanged();
    refresh();
}

std::string SqlTableModel::whereClause(std::vector<std::string>& args) const
{
    std::string sql;
    const auto add = [&sql](const std::string& condition) {
        sql += sql.empty() ? " WHERE (" : " AND (";
        sql += condition + ")";
    };
    if (!d->where.empty()) {
        add(d->where);
        args = d->whereArgs;
    }
    for (const QString& word : d->filter.split(' ', Qt::SkipEmptyParts)) {
        std::string any;
        for (const SqlColumn& c : d->columns) {
            if (!c.filterable)
                continue;
            any += (any.empty() ? "" : " OR ") + ("(" + c.expression + ") LIKE ? ESCAPE '\\'");
            args.push_back(containsPattern(word));
        }
        if (!any.empty())
            add(any);
    }
    return sql;
}

SqlQuery SqlTableModel::countQuery() const
{
    SqlQuery q;
    const bool plain = d->filter.trimmed().isEmpty() && !d->countFrom.empty();
    q.sql = "SELECT count(*) FROM " + (plain ? d->countFrom : d->from) + whereClause(q.args);
    return q;
}

struct SqlColumn::Private {
    bool asIs = false; ///< orderedAsIs()
};

SqlColumn orderedAsIs(SqlColumn column)
{
    column.d = std::make_shared<const SqlColumn::Private>(SqlColumn::Private{true});
    return column;
}

std::string alphabeticalOrder(std::string_view expression)
{
    // Each letter becomes its base letter followed by DEL (0x7F, above every letter), so it
    // comes after every word of the base letter and before the next letter.
    static constexpr std::pair<std::string_view, std::string_view> kLetters[] = {
        {"č", "'c' || char(127)"},      {"Č", "'c' || char(127)"}, {"ć", "'c' || char(127, 127)"},
        {"Ć", "'c' || char(127, 127)"}, {"đ", "'d' || char(127)"}, {"Đ", "'d' || char(127)"},
        {"š", "'s' || char(127)"},      {"Š", "'s' || char(127)"}, {"ž", "'z' || char(127)"},
        {"Ž", "'z' || char(127)"}};
    // Numbers and dates (not text) keep their own order.
    const std::string value = "(" + std::string(expression) + ")";
    std::string sql = value;
    for (const auto& [letter, key] : kLetters)
        sql = "replace(" + sql + ", '" + std::string(letter) + "', " + std::string(key) + ")";
    return "iif(typeof" + value + " = 'text', lower(" + sql + "), " + value + ")";
}

SqlQuery SqlTableModel::pageQuery(std::size_t offset) const
{
    SqlQuery q;
    q.sql = "SELECT " + d->key;
    for (const SqlColumn& c : d->columns)
        q.sql += ", " + c.expression;
    q.sql += " FROM " + d->from + whereClause(q.args) + " ORDER BY ";
    const char* direction = d->sortOrder == Qt::AscendingOrder ? " ASC" : " DESC";
    if (d->sortColumn >= 0 && d->columns[std::size_t(d->sortColumn)].expression == d->key) {
        // The key's own column (an entry's number, an id): its index serves the order.
        q.sql += d->key + direction;
    } else {
        if (d->sortColumn >= 0) {
            const SqlColumn& c = d->columns[std::size_t(d->sortColumn)];
            q.sql += (c.d && c.d->asIs ? "(" + c.expression + ")" : alphabeticalOrder(c.expression))
                     + direction + ", ";
        }
        q.sql += d->key;
    }
    q.sql += " LIMIT " + std::to_string(d->pageSize) + " OFFSET " + std::to_string(offset);
    return q;
}

namespace {

Statement prepared(Database& db, const SqlQuery& q)
{
    Statement st(db, q.sql);
    for (std::size_t i = 0; i < q.args.size(); ++i)
        st.bind(int(i + 1), q.args[i]);
    return st;
}

} // namespace

Database& SqlTableModel::countingConnection()
{
    // A count reads every page of what it counts (a whole table's smallest index: 2.7 MB of
    // pages for 140 000 officers). Read through the window's connection, those pages took its
    // page cache, which is for what the pages show and search again (issue #16); a connection
    // of its own, shared by every model on the store, reads them through 256 KiB instead, as
    // fast (the operating system's file cache holds the file). Not for a store in memory, which
    // a second connection cannot see, nor inside a transaction, whose changes it would not see.
    Database::Private& store = *d->db.d;
    if (store.path.empty() || store.path == ":memory:" || store.countsUnavailable
        || d->db.inTransaction())
        return d->db;
    // A store that fits in the window's page cache (the demo store, every test's) counts on
    // its own connection: no second one to open on the way to the window's first frame.
    Statement size(d->db, "SELECT page_count * page_size FROM pragma_page_count(), "
                          "pragma_page_size()");
    if (size.step() && size.int64(0) <= std::int64_t(kPageCacheKiB) * 1024)
        return d->db;
    if (!store.counts) {
        try {
            store.counts = std::make_unique<Database>(store.path, OpenMode::ReadOnly);
            store.counts->exec(cacheSizePragma(kReadOnceCacheKiB));
        } catch (const std::exception&) {
            store.counts.reset();
            store.countsUnavailable = true;
            return d->db;
        }
    }
    return *store.counts;
}

void SqlTableModel::refresh()
{
    beginResetModel();
    d->rows.clear();
    Statement count = prepared(countingConnection(), countQuery());
    const int total = count.step() ? count.integer(0) : 0;
    const bool totalChanged = total != d->total;
    d->total = total; // before endResetModel: views ask canFetchMore() at once
    fetchPage();
    d->read = true;
    endResetModel();
    if (totalChanged)
        emit totalCountChanged();
}

void SqlTableModel::fetchPage()
{
    // A big store's page of 200 rows is scattered over as many pages of the file (2.3 MB for
    // the roster's first page on 140 000 officers; a mission's first tours, with their officers,
    // 2.5 MB), which would fill the window connection's page cache for good, never read again
    // from there: scrolling reads the next rows, a search scans more than the cache holds. So
    // what is left goes back to the heap once the page is read, and a page without a search is
    // read through 256 KiB of the cache, as fast: each of its pages is read once (the operating
    // system's file cache holds the file). A search reads the whole table in the page's order,
    // coming back to the same pages, and keeps the whole cache while it reads (through 256 KiB
    // it took 1.8 times as long). Issue #16: Missions' peak on the big store -1.1 MiB, Roster's
    // -2.3 MiB. A store that fits the cache (countingConnection() is the store's own) keeps its
    // cache, and so does a transaction.
    struct ReadOnce {
        Database* big;
        bool small;
        ReadOnce(Database* db, bool smallCache)
            : big(db)
            , small(db && smallCache)
        {
            if (small)
                big->exec(cacheSizePragma(kReadOnceCacheKiB));
        }
        ~ReadOnce()
        {
            if (!big)
                return;
            sqlite3_db_release_memory(big->d->handle);
            try {
                if (small)
                    big->exec(cacheSizePragma(kPageCacheKiB));
            } catch (const std::exception&) {
                // The smaller cache stays: slower to search, never wrong.
            }
        }
    } readOnce(&countingConnection() != &d->db ? &d->db : nullptr, d->filter.isEmpty());
    Statement st = prepared(d->db, pageQuery(d->rows.size()));
    const int columns = st.columnCount();
    while (st.step()) {
        std::vector<QVariant> row;
        row.reserve(std::size_t(columns));
        for (int c = 0; c < columns; ++c)
            row.push_back(columnValue(st, c));
        d->rows.push_back(std::move(row));
    }
}

int SqlTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

int SqlTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(d->columns.size());
}

QVariant SqlTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = d->rows[std::size_t(index.row())];
    if (role == Qt::DisplayRole)
        return row[std::size_t(index.column()) + 1];
    if (role == KeyRole)
        return row[0];
    return {};
}

QVariant SqlTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < int(d->columns.size()))
        return d->columns[std::size_t(section)].title;
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> SqlTableModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {KeyRole, "key"}};
}

bool SqlTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && int(d->rows.size()) < d->total;
}

void SqlTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int first = int(d->rows.size());
    const int last = std::min(d->total, first + d->pageSize) - 1;
    beginInsertRows({}, first, last);
    fetchPage();
    // Rows added or removed since the count are tolerated: trim to what was announced.
    if (int(d->rows.size()) > last + 1)
        d->rows.resize(std::size_t(last + 1));
    while (int(d->rows.size()) < last + 1)
        d->rows.push_back(std::vector<QVariant>(d->columns.size() + 1));
    endInsertRows();
}

void SqlTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= int(d->columns.size()))
        return;
    // The order it has already (a view sorts by its initial column as it is made): nothing to
    // read again. refresh() is what reads again.
    if (d->read && column == d->sortColumn && order == d->sortOrder)
        return;
    d->sortColumn = column;
    d->sortOrder = order;
    refresh();
}

QVariant SqlTableModel::keyAt(int row) const
{
    if (row < 0 || row >= int(d->rows.size()))
        return {};
    return d->rows[std::size_t(row)][0];
}

int SqlTableModel::rowOfKey(const QVariant& key)
{
    if (!key.isValid() || key.isNull())
        return -1;
    // A bounded search: what a person waits for must not grow with the table.
    constexpr int kMostPagesFetched = 5;
    std::size_t row = 0;
    for (int fetched = 0;; ++fetched) {
        for (; row < d->rows.size(); ++row)
            if (d->rows[row][0] == key)
                return int(row);
        if (fetched == kMostPagesFetched || !canFetchMore({}))
            return -1;
        fetchMore({});
    }
}

} // namespace contingent::sdk
