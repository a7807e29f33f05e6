#pragma once
// What the insurance pages and the Home card see: the policies and their form,
// the cover timeline of a mission or an officer, the exposure (Art. 90), the
// calculators (Art. 90, 91), and an officer's own cover. Every write goes
// through PolicyBook.

#include <contingent/sdk/background.h>
#include <contingent/sdk/context.h>

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

namespace contingent::insurance {

class InsuranceBackend : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool canEdit READ canEdit CONSTANT)
    Q_PROPERTY(bool isAdmin READ isAdmin CONSTANT)
    Q_PROPERTY(bool isOfficer READ isOfficer CONSTANT)
    Q_PROPERTY(QString today READ today CONSTANT)
    /// Bumped whenever policies, tours or missions change: views re-read.
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    /// High-risk tours starting within `soonDays` days without full cover (the Home card).
    Q_PROPERTY(int soonUncoveredCount READ soonUncoveredCount NOTIFY countsChanged)
    /// True while that count is read on a worker (from setBackgroundFrom() tours on).
    Q_PROPERTY(bool countsLoading READ countsLoading NOTIFY countsChanged)
    Q_PROPERTY(int soonDays READ soonDays CONSTANT)

public:
    explicit InsuranceBackend(sdk::Context& context, QObject* parent = nullptr);

    bool canEdit() const;
    bool isAdmin() const;
    bool isOfficer() const;
    QString today() const;
    int revision() const { return m_revision; }
    int soonUncoveredCount();
    bool countsLoading();
    /// From how many tours the Home card's count is read on a worker, with its own connection
    /// (tests lower it).
    void setBackgroundFrom(int tours) { m_backgroundFrom = tours; }
    int soonDays() const { return 60; }

    /// Policies whose insurer, number, officer or mission matches `filter`:
    /// {id, insurer, number, firstDay, lastDay, death, disability (formatted),
    /// deathAmount, disabilityAmount ("1234.56"), officers, missions (text), covered, document}.
    Q_INVOKABLE QVariantList policies(const QString& filter);
    /// {id (0: new), insurer, number, firstDay, lastDay, death, disability,
    /// officers, missions (service numbers / codes, separated by commas)} ->
    /// {ok, id} or {ok: false, errors: {field: text}, message}.
    Q_INVOKABLE QVariantMap savePolicy(const QVariantMap& form);
    Q_INVOKABLE QVariantMap removePolicy(qint64 id);
    Q_INVOKABLE QVariantMap attachDocument(qint64 id, const QUrl& file);
    Q_INVOKABLE QVariantMap saveDocument(qint64 id, const QUrl& file);

    /// Mission codes, the high-risk ones first: [{code, name, highRisk}].
    Q_INVOKABLE QVariantList missions();
    /// Timeline rows of a mission's tours (kind "mission", key its code) or an
    /// officer's (kind "officer", key a service number): [{label, periods:
    /// [{start, end, label, tone}]}], covered days green, uncovered high-risk
    /// days red, a tour that needs no cover grey. Tours not cancelled that end
    /// after a year ago, at most 400.
    Q_INVOKABLE QVariantList timeline(const QString& kind, const QString& key);
    /// {tours: [{id, officer, mission, firstDay, lastDay, firstUncovered,
    /// uncoveredDays, onDeath}], count, uncoveredDays, reference, totalOnDeath}.
    Q_INVOKABLE QVariantMap exposure();
    Q_INVOKABLE QVariantMap setReference(const QString& amount);
    /// Ten wages, oldest first -> {ok, minimum, maximum} or {ok: false, message}.
    Q_INVOKABLE QVariantMap lumpSum(const QVariantList& wages);
    /// -> {ok, amount} or {ok: false, errors, message}.
    Q_INVOKABLE QVariantMap compensation(const QString& sum, const QString& outcome,
                                         const QString& degree);
    /// High-risk tours starting within soonDays without full cover, soonest first.
    Q_INVOKABLE QVariantList soonUncovered();
    /// The officer's own tours with their cover: [{id, mission, firstDay, lastDay,
    /// highRisk, covered (text lines), firstUncovered}].
    Q_INVOKABLE QVariantList myCover();
    Q_INVOKABLE QVariantMap importFile(const QUrl& file);
    /// `format`: csv, csv-excel, xlsx or json; empty: from the file's extension.
    Q_INVOKABLE QVariantMap exportFile(const QUrl& file, const QString& format);

signals:
    void changed();
    void countsChanged();

private:
    QVariantMap failure(const QString& field, const QString& message) const;
    void bump();

    sdk::Context& m_context;
    int m_revision = 0;
    sdk::RevisionedRead<int> m_soonCount;
    int m_backgroundFrom = 100000;
};

} // namespace contingent::insurance
