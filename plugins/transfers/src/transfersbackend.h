#pragma once
// What the transfers page and the Home card see: the tours that need orders,
// a tour's orders, the orders due for hand-over, the split proposal, the rule
// sets, and the officer's own orders. Every write goes through OrderBook.

#include <contingent/sdk/background.h>
#include <contingent/sdk/context.h>

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

namespace contingent::transfers {

class TransfersBackend : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool canEdit READ canEdit CONSTANT)
    Q_PROPERTY(bool isAdmin READ isAdmin CONSTANT)
    Q_PROPERTY(bool isOfficer READ isOfficer CONSTANT)
    Q_PROPERTY(QString today READ today CONSTANT)
    /// Bumped whenever orders, tours or rule sets change: views re-read.
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    /// Orders not handed over whose deadline is within the notice period ahead.
    Q_PROPERTY(int dueCount READ dueCount NOTIFY countsChanged)
    /// Orders not handed over whose deadline has passed (tours still ahead or running).
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countsChanged)
    /// True while the two counts are read on a worker (from setBackgroundFrom() orders on).
    Q_PROPERTY(bool countsLoading READ countsLoading NOTIFY countsChanged)
    /// What listTours() read last (the page's list of tours).
    Q_PROPERTY(QVariantList tourList READ tourList NOTIFY tourListChanged)
    Q_PROPERTY(bool toursLoading READ toursLoading NOTIFY tourListChanged)

public:
    explicit TransfersBackend(sdk::Context& context, QObject* parent = nullptr);

    bool canEdit() const;
    bool isAdmin() const;
    bool isOfficer() const;
    QString today() const;
    int revision() const { return m_revision; }
    int dueCount();
    int overdueCount();
    bool countsLoading();
    /// From how many transfer orders the Home card's counts are read on a worker, with its own
    /// connection (tests lower it).
    void setBackgroundFrom(int orders) { m_backgroundFrom = orders; }

    /// Tours not completed or cancelled whose officer, mission or id matches
    /// `filter`, soonest first (at most 300): {id, officer, serviceNumber,
    /// mission, firstDay, lastDay, status, orders, uncovered}.
    Q_INVOKABLE QVariantList tours(const QString& filter);
    /// The same list, for the page: listTours() asks (after the page's first frame, after each
    /// change and each edit of the filter), tourListChanged() tells; from setToursFrom() tours
    /// in the store on it is read on a worker with its own connection (toursLoading meanwhile).
    Q_INVOKABLE void listTours(const QString& filter);
    QVariantList tourList() const { return m_tourList.value(); }
    bool toursLoading() const { return m_tourList.loading(); }
    /// Tests lower it.
    void setToursFrom(int tours) { m_toursFrom = tours; }
    /// The tour's orders: {id, number, firstDay, lastDay, handedOn, deadline, late, signedBy}.
    Q_INVOKABLE QVariantList orders(qint64 tour);
    /// Orders to hand over: overdue first, then by deadline ({..., tour, officer, mission,
    /// overdue}).
    Q_INVOKABLE QVariantList due();
    /// The officer's own orders (read-only).
    Q_INVOKABLE QVariantList myOrders();
    /// {tour, number, firstDay, lastDay, handedOn} -> {ok, id}, or {ok: false,
    /// errors: {field: text}}; with an {id} (> 0) that order is changed instead.
    Q_INVOKABLE QVariantMap addOrder(const QVariantMap& form);
    Q_INVOKABLE QVariantMap handOver(qint64 order, const QString& date);
    /// Orders that would cover the tour's uncovered days within the limit.
    Q_INVOKABLE QVariantList proposal(qint64 tour);
    Q_INVOKABLE QVariantMap applySplit(qint64 tour);
    Q_INVOKABLE QVariantMap savePdf(qint64 order, const QUrl& file);
    /// [{validFrom, maxMonths, noticeDays}] by valid-from day.
    Q_INVOKABLE QVariantList ruleSets();
    Q_INVOKABLE QVariantMap saveRuleSet(const QVariantMap& form);
    Q_INVOKABLE QVariantMap importFile(const QUrl& file);
    /// `format`: csv, csv-excel, xlsx or json; empty: from the file's extension.
    Q_INVOKABLE QVariantMap exportFile(const QUrl& file, const QString& format);

signals:
    void changed();
    void countsChanged();
    void tourListChanged();

private:
    QVariantMap orderMap(const struct TransferOrder& order,
                         const std::vector<struct RuleSet>& sets);
    /// How many orders are due and overdue, counted once per revision (the
    /// Home card asks: one query, no record read; on a worker for many orders).
    std::pair<int, int> dueCounts();
    static QVariantList readTours(sdk::Database& db, const QString& filter);
    QVariantMap failure(const QString& field, const QString& message) const;
    void bump();

    sdk::Context& m_context;
    int m_revision = 0;
    sdk::RevisionedRead<std::pair<int, int>> m_dueCounts;
    int m_backgroundFrom = 50000;
    sdk::LatestRead<QVariantList> m_tourList;
    int m_toursFrom = 100000;
};

} // namespace contingent::transfers
