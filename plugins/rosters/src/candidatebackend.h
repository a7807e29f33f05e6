#pragma once
// What the "Find candidates" page binds to: the missions to choose from and
// one call that runs the candidate finder.

#include <contingent/sdk/context.h>

#include <QObject>
#include <QVariantList>
#include <QVariantMap>

namespace contingent::rosters {

class CandidateBackend : public QObject {
    Q_OBJECT
    /// [{id, code, name}], by code.
    Q_PROPERTY(QVariantList missions READ missions NOTIFY missionsChanged)
public:
    /// Left-out officers returned to the page (all are counted).
    static constexpr int kExcludedShown = 500;

    explicit CandidateBackend(sdk::Context& context, QObject* parent = nullptr);
    /// Read on first use (commands never pay for it), then on every mission change.
    QVariantList missions();

    /// query: mission_id (optional), first_day, last_day, languages ("en:B2;fr:B1"),
    /// skills ("a;b"). Returns {ok, errors: {field: message}} or {ok, candidates:
    /// [{officer_id, service_number, name, rank, unit, met, total, missing,
    /// previous_tours, tours_in_mission, days_abroad}], candidate_count,
    /// excluded: [{officer_id, service_number, name, reasons}], excluded_count, elapsed_ms}.
    Q_INVOKABLE QVariantMap find(const QVariantMap& query);

signals:
    void missionsChanged();

private:
    void readMissions();
    sdk::Context& m_context;
    QVariantList m_missions;
    bool m_missionsRead = false;
};

} // namespace contingent::rosters
