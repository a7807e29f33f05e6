#include "contingent/sdk/sqltablemodel.h"

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

SqlTableModel::SqlTableModel(Database& db, std::string from, std::string keyExpression,
                             std::vector<SqlColumn> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_from(std::move(from))
    , m_key(std::move(keyExpression))
    , m_columns(std::move(columns))
{
    refresh();
}

void SqlTableModel::setCondition(std::string where, std::vector<std::string> whereArgs)
{
    m_where = std::move(where);
    m_whereArgs = std::move(whereArgs);
    refresh();
}

void SqlTableModel::setFilter(const QString& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
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
    if (!m_where.empty()) {
        add(m_where);
        args = m_whereArgs;
    }
    for (const QString& word : m_filter.split(' ', Qt::SkipEmptyParts)) {
        std::string any;
        for (const SqlColumn& c : m_columns) {
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
    q.sql = "SELECT count(*) FROM " + m_from + whereClause(q.args);
    return q;
}

SqlQuery SqlTableModel::pageQuery(std::size_t offset) const
{
    SqlQuery q;
    q.sql = "SELECT " + m_key;
    for (const SqlColumn& c : m_columns)
        q.sql += ", " + c.expression;
    q.sql += " FROM " + m_from + whereClause(q.args) + " ORDER BY ";
    if (m_sortColumn >= 0)
        q.sql += "(" + m_columns[std::size_t(m_sortColumn)].expression + ") COLLATE NOCASE "
                 + (m_sortOrder == Qt::AscendingOrder ? "ASC, " : "DESC, ");
    q.sql += m_key + " LIMIT " + std::to_string(m_pageSize) + " OFFSET " + std::to_string(offset);
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

void SqlTableModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    Statement count = prepared(m_db, countQuery());
    const int total = count.step() ? count.integer(0) : 0;
    const bool totalChanged = total != m_total;
    m_total = total; // before endResetModel: views ask canFetchMore() at once
    fetchPage();
    endResetModel();
    if (totalChanged)
        emit totalCountChanged();
}

void SqlTableModel::fetchPage()
{
    Statement st = prepared(m_db, pageQuery(m_rows.size()));
    const int columns = st.columnCount();
    while (st.step()) {
        std::vector<QVariant> row;
        row.reserve(std::size_t(columns));
        for (int c = 0; c < columns; ++c)
            row.push_back(columnValue(st, c));
        m_rows.push_back(std::move(row));
    }
}

int SqlTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SqlTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SqlTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_rows[std::size_t(index.row())];
    if (role == Qt::DisplayRole)
        return row[std::size_t(index.column()) + 1];
    if (role == KeyRole)
        return row[0];
    return {};
}

QVariant SqlTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < int(m_columns.size()))
        return m_columns[std::size_t(section)].title;
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> SqlTableModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {KeyRole, "key"}};
}

bool SqlTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && int(m_rows.size()) < m_total;
}

void SqlTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int first = int(m_rows.size());
    const int last = std::min(m_total, first + m_pageSize) - 1;
    beginInsertRows({}, first, last);
    fetchPage();
    // Rows added or removed since the count are tolerated: trim to what was announced.
    if (int(m_rows.size()) > last + 1)
        m_rows.resize(std::size_t(last + 1));
    while (int(m_rows.size()) < last + 1)
        m_rows.push_back(std::vector<QVariant>(m_columns.size() + 1));
    endInsertRows();
}

void SqlTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= int(m_columns.size()))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

QVariant SqlTableModel::keyAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    return m_rows[std::size_t(row)][0];
}

int SqlTableModel::rowOfKey(const QVariant& key)
{
    if (!key.isValid() || key.isNull())
        return -1;
    // A bounded search: what a person waits for must not grow with the table.
    constexpr int kMostPagesFetched = 5;
    std::size_t row = 0;
    for (int fetched = 0;; ++fetched) {
        for (; row < m_rows.size(); ++row)
            if (m_rows[row][0] == key)
                return int(row);
        if (fetched == kMostPagesFetched || !canFetchMore({}))
            return -1;
        fetchMore({});
    }
}

} // namespace contingent::sdk
