#pragma once
// What the missions pages see: the catalogue and a mission's tours (lazy
// tables), the forms, the timeline in pages, the statistics, the officer's own
// record and statement, and the Home card's "abroad today".

#include <contingent/sdk/context.h>
#include <contingent/sdk/sqltablemodel.h>

#include <QObject>
#include <optional>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

namespace contingent::missions {

struct Tour;

class MissionsBackend : public QObject {
    Q_OBJECT
    Q_PROPERTY(QObject* missions READ missions CONSTANT)
    Q_PROPERTY(QObject* tours READ tours CONSTANT)
    Q_PROPERTY(QStringList organisations READ organisations CONSTANT)
    Q_PROPERTY(QStringList riskLevels READ riskLevels CONSTANT)
    Q_PROPERTY(QStringList statuses READ statuses CONSTANT)
    Q_PROPERTY(QStringList countries READ countries NOTIFY changed)
    Q_PROPERTY(QVariantList missionChoices READ missionChoices NOTIFY changed)
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    Q_PROPERTY(bool canEdit READ canEdit CONSTANT)
    Q_PROPERTY(bool isOfficer READ isOfficer CONSTANT)
    Q_PROPERTY(QString today READ today CONSTANT)
    /// [{id, title}] of the statistics, titles translated.
    Q_PROPERTY(QVariantList statisticChoices READ statisticChoices CONSTANT)
    /// True while computeStatistic() works in the background.
    Q_PROPERTY(bool computing READ computing NOTIFY computingChanged)
    /// Bumped when abroadToday() has new figures; true while a big store's are read.
    Q_PROPERTY(int abroadRevision READ abroadRevision NOTIFY abroadChanged)
    Q_PROPERTY(bool abroadLoading READ abroadLoading NOTIFY abroadChanged)

public:
    explicit MissionsBackend(sdk::Context& context, QObject* parent = nullptr);

    QObject* missions() { return &m_missions; }
    QObject* tours() { return &m_tours; }
    QStringList organisations() const;
    QStringList riskLevels() const;
    QStringList statuses() const;
    /// The statuses a tour in `current` may be given: itself, those ahead of
    /// it (step by step, through the status gate), and cancelled; every status
    /// for a new tour ("").
    Q_INVOKABLE QStringList statusesFrom(const QString& current) const;
    QStringList countries();
    QVariantList missionChoices();
    int revision() const { return m_revision; }
    bool canEdit() const;
    bool isOfficer() const;
    QString today() const;

    /// A risk level or tour status in the user's language ("high" -> "visoko").
    Q_INVOKABLE QString word(const QString& value) const;
    /// {organisation, country, year}: empty values do not filter. Returns an
    /// error message for a year that is not a number, else "".
    Q_INVOKABLE QString setFilters(const QVariantMap& filters);
    /// The mission's facts, its local date and time now, and its tour count.
    Q_INVOKABLE QVariantMap mission(qint64 missionId);
    /// Shows this mission's tours in `tours`.
    Q_INVOKABLE void selectMission(qint64 missionId);
    /// {ok, id} or {ok: false, errors: {field: message}}.
    Q_INVOKABLE QVariantMap saveMission(const QVariantMap& form);
    Q_INVOKABLE QVariantMap tour(qint64 tourId);
    Q_INVOKABLE QVariantMap newTour(qint64 missionId);
    Q_INVOKABLE QVariantMap saveTour(const QVariantMap& form);
    /// The errors saveTour() would report for `form`, per field, without writing.
    Q_INVOKABLE QVariantMap checkTour(const QVariantMap& form);
    Q_INVOKABLE QVariantMap removeTour(qint64 tourId);
    /// Officers whose service number or name holds `text` (at most 30).
    Q_INVOKABLE QVariantList findOfficers(const QString& text);

    /// One page of the mission's timeline, a row per tour ("Family, Given ·
    /// position") in order of first day, after the tour (afterDay, afterId)
    /// (empty, 0: from the start). {rows, next: {day, id}, done, total (from
    /// the start only)}. Keyset paging: every page costs the same, however deep.
    /// A tour that overlaps another tour of the officer has tone "danger".
    Q_INVOKABLE QVariantMap missionTimeline(qint64 missionId, const QString& afterDay,
                                            qint64 afterId, int limit);
    /// One row per mission the officer served in, with their tours.
    Q_INVOKABLE QVariantList officerTimeline(qint64 officerId);

    QVariantList statisticChoices() const;
    bool computing() const { return m_computing > 0; }
    /// Computes one statistic: on a worker thread with its own read-only
    /// connection when the store is a file (a large history takes seconds),
    /// else at once. statisticReady() brings {id, title, label, columns,
    /// rows: [{label, values}]} or {id, error}.
    Q_INVOKABLE void computeStatistic(const QString& id);
    /// From how many tours computeStatistic() works in the background (100 000).
    void setBackgroundFrom(int tours) { m_backgroundFrom = tours; }
    /// `format`: csv, csv-excel, xlsx or json; empty: from the file's extension.
    Q_INVOKABLE QVariantMap exportStatistic(const QString& id, const QUrl& file,
                                            const QString& format = {});
    Q_INVOKABLE QVariantMap importTours(const QUrl& file);
    Q_INVOKABLE QVariantMap exportTours(const QUrl& file, const QString& format);

    /// [{code, name, count, localDate}] for the Home card: tours running on
    /// each mission's local date. From 100 000 tours (setBackgroundFrom()) they are counted
    /// on a worker with its own connection: empty at first, abroadChanged() when ready.
    Q_INVOKABLE QVariantList abroadToday();
    int abroadRevision() const { return m_abroadRevision; }
    bool abroadLoading() const { return m_abroadLoading; }
    /// The officer's record (own, or any for staff; -1: own): {officer,
    /// serviceNumber, tours, perMission, totalDays} or {error}.
    Q_INVOKABLE QVariantMap record(qint64 officerId = -1);
    Q_INVOKABLE QVariantMap saveStatement(const QUrl& file, qint64 officerId = -1);

    Q_INVOKABLE void refresh();

signals:
    void changed();
    void computingChanged();
    void abroadChanged();
    void statisticReady(const QString& id, const QVariantMap& table);

private:
    QVariantMap refused() const;
    /// The tour a form describes; nullopt with `errors` per field when it has none.
    std::optional<Tour> tourFromForm(const QVariantMap& form, QVariantMap& errors) const;
    qint64 resolveOfficer(qint64 officerId, QString& error) const;
    sdk::Context& m_context;
    sdk::SqlTableModel m_missions;
    sdk::SqlTableModel m_tours;
    qint64 m_selected = -1; ///< the mission whose tours m_tours lists (selectMission)
    int m_revision = 0;
    QStringList m_countries;
    QVariantList m_missionChoices;
    bool m_listsRead = false;
    int m_computing = 0;
    int m_backgroundFrom = 100000;
    std::optional<QVariantList> m_abroad; // for m_abroadFor, a big store's
    int m_abroadFor = -1;
    int m_abroadRevision = 0;
    bool m_abroadLoading = false;
};

} // namespace contingent::missions
