#pragma once
// What the approvals pages and the Home card see: proposals grouped by state,
// one proposal with its tours (each with its blocking and other findings, live,
// and what the other plugins know of it), its steps and history, and the
// documents. Every write goes through ProposalBook.

#include <contingent/sdk/background.h>
#include <contingent/sdk/context.h>

#include <optional>

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

namespace contingent::approvals {

class ApprovalsBackend : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool canEdit READ canEdit CONSTANT)
    Q_PROPERTY(bool isAdmin READ isAdmin CONSTANT)
    Q_PROPERTY(bool isOfficer READ isOfficer CONSTANT)
    Q_PROPERTY(QString today READ today CONSTANT)
    /// Bumped whenever proposals, tours or anything a finding or fact reads changes.
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    /// What listProposals() read last (the page's list).
    Q_PROPERTY(QVariantList proposalList READ proposalList NOTIFY proposalListChanged)
    Q_PROPERTY(bool proposalsLoading READ proposalsLoading NOTIFY proposalListChanged)
    /// The Home card: proposals with the Minister, with the Government, and
    /// tours starting within deadlineDays without a decision.
    Q_PROPERTY(int waitingMinister READ waitingMinister NOTIFY changed)
    Q_PROPERTY(int waitingGovernment READ waitingGovernment NOTIFY changed)
    Q_PROPERTY(int soonUndecided READ soonUndecided NOTIFY changed)
    Q_PROPERTY(int deadlineDays READ deadlineDays NOTIFY changed)

public:
    explicit ApprovalsBackend(sdk::Context& context, QObject* parent = nullptr);

    bool canEdit() const;
    bool isAdmin() const;
    bool isOfficer() const;
    QString today() const;
    int revision() const { return m_revision; }
    int waitingMinister();
    int waitingGovernment();
    int soonUndecided();
    int deadlineDays();

    /// Proposals whose title, request, mission or officer matches `filter`,
    /// ordered by state (open first) then newest: [{id, title, state,
    /// stateName, tours, firstDay, missions, decision}].
    Q_INVOKABLE QVariantList proposals(const QString& filter);
    /// The same list, for the page: listProposals() asks (after the page's first frame, and
    /// after each change), proposalListChanged() tells; from setBackgroundFrom() tours in the
    /// store on it is read on a worker with its own connection (proposalsLoading meanwhile).
    Q_INVOKABLE void listProposals(const QString& filter);
    QVariantList proposalList() const { return m_list.value(); }
    bool proposalsLoading() const { return m_list.loading(); }
    /// Tests lower it.
    void setBackgroundFrom(int tours) { m_backgroundFrom = tours; }
    /// One proposal: {ok, id, title, state, stateName, request..., steps...,
    /// tours: [{id, officer, mission, period, status, approved, blocking,
    /// findings: [{severity, rule, basis, message}], facts: [{title, lines:
    /// [{label, value}]}]}], history: [{at, actor, action, details}], next:
    /// the steps that may follow}.
    Q_INVOKABLE QVariantMap proposal(qint64 id);
    /// {tours ("12, 14" or service numbers), title, organisation, reference,
    /// requestDate} -> {ok, id} or {ok: false, errors: {field: text}, message}.
    Q_INVOKABLE QVariantMap propose(const QVariantMap& form);
    Q_INVOKABLE QVariantMap addTours(qint64 id, const QString& tours);
    Q_INVOKABLE QVariantMap removeTour(qint64 id, qint64 tour);
    /// `action`: submit, recommend, decide, notify, withdraw; `form`: {date,
    /// reference, number, outcome, approved ("12, 14")}.
    Q_INVOKABLE QVariantMap step(qint64 id, const QString& action, const QVariantMap& form);
    /// `kind`: proposal or decision.
    Q_INVOKABLE QVariantMap savePdf(qint64 id, const QString& kind, const QUrl& file);
    Q_INVOKABLE QVariantMap exportFile(const QUrl& file);
    Q_INVOKABLE QVariantMap importFile(const QUrl& file);
    Q_INVOKABLE QVariantMap setDeadlineDays(int days);
    /// Tours starting within deadlineDays that are planned or proposed, soonest first.
    Q_INVOKABLE QVariantList soonTours();
    /// An officer's own tours and the decision on each: [{id, mission, period, status, decision}].
    Q_INVOKABLE QVariantList myDecisions();

signals:
    void changed();
    void proposalListChanged();

private:
    QVariantMap failure(const QString& field, const QString& message) const;
    std::vector<sdk::DeploymentId> parseTours(const QString& text);
    /// The officer whose tours' proposals alone the user sees (an officer's own), or none.
    std::optional<sdk::OfficerId> ownTours() const;
    /// proposals(), read from `db` (a worker's own connection too); `officer`: only the
    /// proposals of that officer's tours.
    static QVariantList readProposals(sdk::Database& db, const QString& filter,
                                      std::optional<sdk::OfficerId> officer);
    void bump();

    sdk::Context& m_context;
    int m_revision = 0;
    sdk::LatestRead<QVariantList> m_list;
    int m_backgroundFrom = 100000;
};

} // namespace contingent::approvals
