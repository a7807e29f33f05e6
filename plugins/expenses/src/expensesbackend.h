#pragma once
// What the expenses pages and the Home card see: tours with their
// entitlements and claims, the claim form and decisions, the rate tables and
// settings, the yearly report and its chart. Every write goes through the
// books (ClaimBook, RateBook, the terms), so the walls and the audit hold.

#include <contingent/sdk/background.h>
#include <contingent/sdk/context.h>

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

namespace contingent::expenses {

class ExpensesBackend : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool canEdit READ canEdit CONSTANT)
    Q_PROPERTY(bool isAdmin READ isAdmin CONSTANT)
    Q_PROPERTY(bool isOfficer READ isOfficer CONSTANT)
    Q_PROPERTY(QString today READ today CONSTANT)
    Q_PROPERTY(int year READ year CONSTANT)
    /// Bumped whenever claims, rates, terms, tours or missions change: views re-read.
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    /// The Home card: claims waiting for a decision, what this year's approved
    /// and paid claims add up to, and this year's forecast (computed off the
    /// window's thread; empty while it is).
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY countsChanged)
    /// True while waitingCount is read on a worker (from setBackgroundFrom() claims on).
    Q_PROPERTY(bool countsLoading READ countsLoading NOTIFY countsChanged)
    Q_PROPERTY(QString spentThisYear READ spentThisYear NOTIFY cardChanged)
    Q_PROPERTY(QString forecastThisYear READ forecastThisYear NOTIFY cardChanged)
    Q_PROPERTY(double spentShare READ spentShare NOTIFY cardChanged)

public:
    explicit ExpensesBackend(sdk::Context& context, QObject* parent = nullptr);

    bool canEdit() const;
    bool isAdmin() const;
    bool isOfficer() const;
    QString today() const;
    int year() const;
    int revision() const { return m_revision; }
    int waitingCount();
    bool countsLoading();
    /// From how many claims the waiting ones are counted on a worker, with its own connection
    /// (tests lower it).
    void setBackgroundFrom(int claims) { m_backgroundFrom = claims; }
    QString spentThisYear();
    QString forecastThisYear();
    double spentShare();

    /// Tours matching `filter` (officer, service number, mission), the latest
    /// first, at most 200; an officer's own: [{id, label, detail, status}].
    Q_INVOKABLE QVariantList tours(const QString& filter);
    /// A tour's forecast and claims: {ok, title, lines: [{month, category,
    /// units, rate, amount, note, basis}], categories: [{name, amount, basis}],
    /// total, relocates, organisationPays ("mission", "yes", "no"),
    /// missionPays, missingRates, unconfirmedRates, claims: [...]}.
    Q_INVOKABLE QVariantMap tour(qint64 id);
    Q_INVOKABLE QVariantMap setTerms(qint64 id, bool relocates, const QString& organisationPays);
    /// [{key, name, perDay}], in order.
    Q_INVOKABLE QVariantList categories();
    /// Claims: of one tour (tourId > 0) or all the user may see, of one state
    /// (empty: every state), newest first, at most 500.
    Q_INVOKABLE QVariantList claims(qint64 tourId, const QString& state);
    /// {deployment, category, date, amount, description, receipt (file URL or
    /// empty)} -> {ok, id} or {ok: false, errors: {field: text}, message}.
    Q_INVOKABLE QVariantMap submitClaim(const QVariantMap& form);
    Q_INVOKABLE QVariantMap decideClaim(qint64 id, bool approve, const QString& reason);
    Q_INVOKABLE QVariantMap payClaim(qint64 id);
    Q_INVOKABLE QVariantMap withdrawClaim(qint64 id);
    Q_INVOKABLE QVariantMap saveReceipt(qint64 id, const QUrl& file);

    /// [{id, kind, country, validFrom, validUntil, amount, currency, confirmed, source}].
    Q_INVOKABLE QVariantList rates(const QString& filter);
    /// {kind, country, validFrom, validUntil, amount, currency, confirmed, source}.
    Q_INVOKABLE QVariantMap addRate(const QVariantMap& form);
    Q_INVOKABLE QVariantMap removeRate(qint64 id);
    /// {homeLeaveMonths, dangerBonus, dangerPercent, usdRate}.
    Q_INVOKABLE QVariantMap settings();
    Q_INVOKABLE QVariantMap setSetting(const QString& key, const QString& value);

    /// The report of `year`: {ok, missions, categories, months: [{key, name,
    /// forecast, actual, paid, waiting, difference, forecastValue,
    /// actualValue}], total, tours, claims, missingRates}.
    Q_INVOKABLE QVariantMap report(int year);
    /// Actual (approved and paid) per year and mission: {years: [..],
    /// missions: [..], bars: [{year, mission, value, text}]}.
    Q_INVOKABLE QVariantMap chart();

    /// `what`: "rates", "claims" or "report" (`year`). `format`: csv,
    /// csv-excel, xlsx or json; empty: from the file's extension.
    Q_INVOKABLE QVariantMap exportFile(const QString& what, const QUrl& file, const QString& format,
                                       int year = 0);
    /// `what`: "rates" or "claims".
    Q_INVOKABLE QVariantMap importFile(const QString& what, const QUrl& file);

signals:
    void changed();
    void cardChanged();
    void countsChanged();

private:
    QVariantMap failure(const QString& field, const QString& message) const;
    void bump();
    void startYearForecast();

    sdk::Context& m_context;
    int m_revision = 0;
    QString m_forecastThisYear;
    std::int64_t m_forecastCents = -1;
    int m_forecastRevision = -1;
    sdk::RevisionedRead<int> m_waiting;
    int m_backgroundFrom = 100000;
    std::int64_t m_spentCents = -1;
};

} // namespace contingent::expenses
