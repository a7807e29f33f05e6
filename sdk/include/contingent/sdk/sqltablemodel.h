#pragma once
/// @file sqltablemodel.h
/// A read-only table model over one SQL query, for Contingent.Ui's DataTable:
/// it fetches rows a page at a time (canFetchMore/fetchMore), sorts and
/// filters in SQL, and never holds more rows than the view has scrolled past.

#include "contingent/sdk/export.h"
#include "contingent/sdk/store.h"

#include <memory>
#include <QAbstractTableModel>

#include <string>
#include <string_view>
#include <vector>

namespace contingent::sdk {

/// One column: its header and the SQL expression that computes it.
struct SqlColumn {
    QString title;          ///< header text (translated by the caller)
    std::string expression; ///< e.g. "o.family_name || ', ' || o.given_name"
    bool filterable = true; ///< the filter text is matched against it
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// One statement with its `?` parameters, in order.
struct SqlQuery {
    std::string sql;
    std::vector<std::string> args;
    /// Room for what a later 1.x adds, so the size never changes (README, "ABI").
    struct Private;
    std::shared_ptr<const Private> d = nullptr;
};

/// SQL that orders the text of `expression` as the Slovene alphabet does: case-insensitive,
/// č after c, ć after č, đ after d, š after s and ž after z (SQLite's binary order puts them
/// after z, and NOCASE folds ASCII only); numbers keep their order. It is used whatever the
/// window's language: the names are Slovene. Built of SQLite's own functions only, so an index on
/// it also serves the sqlite3 shell. SqlTableModel sorts by it; a plugin indexes the same
/// expression to sort a big table fast (the roster by name does). (Added in 1.0.x.)
CONTINGENT_SDK_EXPORT std::string alphabeticalOrder(std::string_view expression);

/// `column` sorted by its value as it is (days as YYYY-MM-DD, numbers, codes such as service
/// numbers) rather than alphabetically: cheaper, and an index on the expression serves it.
/// (Added in 1.0.x.)
CONTINGENT_SDK_EXPORT SqlColumn orderedAsIs(SqlColumn column);

class CONTINGENT_SDK_EXPORT SqlTableModel : public QAbstractTableModel {
    Q_OBJECT
    /// Words that must each appear (case-insensitively) in some filterable column.
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    /// Rows that match the filter (not just those fetched so far).
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
public:
    /// Role with the row's key (`keyExpression`), e.g. the officer id.
    static constexpr int KeyRole = Qt::UserRole + 1;

    /// `from` is the FROM clause with its joins; `where` an optional fixed
    /// condition (bound to `whereArgs`, never spliced from user input).
    SqlTableModel(Database& db, std::string from, std::string keyExpression,
                  std::vector<SqlColumn> columns, QObject* parent = nullptr);
    /// The same, read at once under the condition `where` (bound to
    /// `whereArgs`): a model that shows part of a big table never counts the
    /// whole of it first (setCondition() after the plain constructor would).
    SqlTableModel(Database& db, std::string from, std::string keyExpression,
                  std::vector<SqlColumn> columns, std::string where,
                  std::vector<std::string> whereArgs, QObject* parent = nullptr);
    ~SqlTableModel() override;

    void setCondition(std::string where, std::vector<std::string> whereArgs = {});
    /// The FROM clause the row count uses while no filter is set: `from`
    /// without the joins that cannot change the count (each row joins exactly
    /// one row there), so a count reads one index instead of every joined
    /// table. The condition must name only its tables. Empty: `from`.
    void setCountFrom(std::string countFrom);
    /// Rows per fetch (default 200).
    void setPageSize(int rows);

    QString filter() const;
    void setFilter(const QString& filter);
    int totalCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /// Sorts in SQL by the column's expression; ties keep key order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The key of `row`, or an invalid QVariant.
    Q_INVOKABLE QVariant keyAt(int row) const;
    /// The row of the record with `key` in the current filter and sort,
    /// fetching at most a few further pages (never the whole table); -1 when
    /// it is not among the rows read by then.
    Q_INVOKABLE int rowOfKey(const QVariant& key);
    /// Runs the query again from the first page (after the data changed).
    Q_INVOKABLE void refresh();

    /// The statements the model runs for the current filter and sort: the
    /// count, and the page from row `offset` (for benchmarks and tools).
    SqlQuery countQuery() const;
    SqlQuery pageQuery(std::size_t offset = 0) const;

signals:
    void filterChanged();
    void totalCountChanged();

private:
    std::string whereClause(std::vector<std::string>& args) const;
    void fetchPage();
    /// Where counts run: the store's counting connection (small page cache), or the store.
    Database& countingConnection();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace contingent::sdk
