#pragma once
// What the Rosters pages and the dashboard card bind to: the officers as a
// lazy, filterable table; one officer's profile as a form map; the writes,
// refused for roles that may not make them; the documents lapsing soon;
// importing and exporting the roster file. Every write returns
// {ok, errors: {field: message}, id}; the file transfers return {ok, message, ...}.

#include <contingent/sdk/background.h>
#include <contingent/sdk/context.h>
#include <contingent/sdk/sqltablemodel.h>

#include "rosterfilter.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

namespace contingent::rosters {

class RosterBackend : public QObject {
    Q_OBJECT
    Q_PROPERTY(QObject* officers READ officers CONSTANT)
    Q_PROPERTY(int officerCount READ officerCount NOTIFY countsChanged)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY countsChanged)
    Q_PROPERTY(int languageCount READ languageCount NOTIFY countsChanged)
    Q_PROPERTY(QVariantList lapsing READ lapsing NOTIFY countsChanged)
    Q_PROPERTY(int lapsingCount READ lapsingCount NOTIFY countsChanged)
    /// Active officers whose competency test or passport has already lapsed (each counted once).
    Q_PROPERTY(int lapsedCount READ lapsedCount NOTIFY countsChanged)
    /// True while a big roster's counts are read off the window's thread (the card is busy).
    Q_PROPERTY(bool loading READ loading NOTIFY countsChanged)
    Q_PROPERTY(QStringList ranks READ ranks NOTIFY countsChanged)
    /// The ranks as the window shows them (rankTitle()), in the order of `ranks`.
    Q_PROPERTY(QStringList rankTitles READ rankTitles NOTIFY countsChanged)
    Q_PROPERTY(QStringList units READ units NOTIFY countsChanged)
    Q_PROPERTY(QStringList skillNames READ skillNames NOTIFY countsChanged)
    Q_PROPERTY(QStringList languageCodes READ languageCodes NOTIFY countsChanged)
    Q_PROPERTY(QStringList unavailabilityKinds READ unavailabilityKinds CONSTANT)
    Q_PROPERTY(bool canEdit READ canEdit CONSTANT)
    Q_PROPERTY(bool isOfficer READ isOfficer CONSTANT)
    Q_PROPERTY(qint64 ownOfficerId READ ownOfficerId CONSTANT)
    Q_PROPERTY(QString today READ today CONSTANT)
public:
    /// Days ahead the card looks for lapsing tests and passports.
    static constexpr int kLapsingDays = 90;

    explicit RosterBackend(sdk::Context& context, QObject* parent = nullptr);
    ~RosterBackend() override;

    /// Built on first use (the page's first visit), not at start-up.
    QObject* officers();
    int officerCount() const { return summary().officerCount; }
    int activeCount() const { return summary().activeCount; }
    /// Distinct languages the roster speaks at B2 or better.
    int languageCount() const { return summary().languageCount; }
    /// Officers whose competency test or passport lapses within kLapsingDays:
    /// [{officer_id, name, what ("competency test" | "passport"), date}], soonest first.
    QVariantList lapsing() const { return summary().lapsing; }
    int lapsingCount() const { return summary().lapsingCount; }
    int lapsedCount() const { return summary().lapsedCount; }
    QStringList ranks() const { return choices().ranks; }
    QStringList rankTitles() const { return choices().rankTitles; }
    QStringList units() const { return choices().units; }
    QStringList skillNames() const { return choices().skills; }
    QStringList languageCodes() const { return choices().languages; }
    QStringList unavailabilityKinds() const;
    bool canEdit() const;
    bool isOfficer() const;
    /// The current user's own officer id, or -1.
    qint64 ownOfficerId() const;
    QString today() const;

    /// Narrows the table: rank, unit, gender, language + level (at or above),
    /// skill, available_from + available_to (available for the whole period).
    /// Returns "" or the message for a bad value (the filter is then unchanged).
    Q_INVOKABLE QString setFilters(const QVariantMap& filters);
    /// One officer as a form map (see profileform.h); {} when not allowed.
    Q_INVOKABLE QVariantMap profile(qint64 officerId);
    /// An empty form for a new officer, with sensible defaults.
    Q_INVOKABLE QVariantMap newProfile() const;
    Q_INVOKABLE QVariantMap saveProfile(const QVariantMap& form);
    /// An officer's own change: only their contact e-mail.
    Q_INVOKABLE QVariantMap saveOwnEmail(const QString& email);
    /// The errors saveProfile() would report for `form`, per field, without writing.
    Q_INVOKABLE QVariantMap checkProfile(const QVariantMap& form) const;
    /// Why `email` is not an e-mail address, or "" (empty is allowed).
    Q_INVOKABLE QString emailProblem(const QString& email) const;
    Q_INVOKABLE QVariantMap addCourse(qint64 officerId, const QVariantMap& form);
    Q_INVOKABLE QVariantMap removeCourse(qint64 officerId, qint64 courseId);
    Q_INVOKABLE QVariantMap addUnavailability(qint64 officerId, const QVariantMap& form);
    Q_INVOKABLE QVariantMap removeUnavailability(qint64 officerId, qint64 periodId);
    /// Adds or updates the officers of a CSV or JSON file (the extension says which;
    /// see rosterimport.h), all or none: {ok: true, added, updated}, or {ok: false,
    /// message, problems: [{line, column, reason}] (every one), text (one per line),
    /// format ("csv": line and column, "json": record and key)}.
    /// Refused, and an unreadable file, give {ok: false, message}.
    /// `encoding`: "" or "utf-8", or "windows-1250" for a CSV file Excel saved in a Slovene
    /// Windows (the result says windows1250: true when the file looks like one).
    Q_INVOKABLE QVariantMap importFile(const QUrl& file, const QString& encoding = {});
    /// Writes every officer to `file`, atomically, as `format` ("csv" or "json"; ""
    /// takes it from the extension): {ok: true, count, path} or {ok: false, message}.
    /// Staff only: refused for an officer.
    Q_INVOKABLE QVariantMap exportFile(const QUrl& file, const QString& format);
    /// Re-reads the counts and the table (after another plugin wrote officers).
    Q_INVOKABLE void refresh();

signals:
    void countsChanged();
    void profileChanged(qint64 officerId);

public:
    bool loading() const
    {
        summary();
        return m_summary.loading();
    }
    /// From how many officers the counts are read in the background (tests lower it).
    void setBackgroundFrom(int officers) { m_backgroundFrom = officers; }

private:
    QString refusal() const;
    /// What the card shows, and what the filters offer: each read on first
    /// use (the command line never pays for them), then after every change.
    struct Summary {
        int officerCount = 0;
        int activeCount = 0;
        int languageCount = 0;
        int lapsingCount = 0;
        int lapsedCount = 0;
        QVariantList lapsing;
    };
    struct Choices {
        QStringList ranks, units, skills, languages;
        QStringList rankTitles; ///< the ranks as shown (rankTitle()), in the same order
    };
    const Summary& summary() const;
    const Choices& choices() const;
    static Summary readSummary(sdk::Database& db, sdk::Date today, int competencyYears);
    static Choices readChoices(sdk::Database& db);
    /// A value read on first use and after each change: at once on a small roster, on a
    /// worker from m_backgroundFrom officers (the last value meanwhile; countsChanged() when
    /// it is there).
    template <typename T>
    const T& lazily(sdk::RevisionedRead<T>& slot, std::function<T(sdk::Database&)> read) const;
    static void readLapsing(sdk::Database& db, sdk::Date today, int competencyYears,
                            Summary& summary);
    QVariantMap refused() const;
    QVariantMap attempt(qint64 officerId, const std::function<qint64()>& write);

    sdk::Context& m_context;
    std::unique_ptr<sdk::SqlTableModel> m_officers;
    /// The filters' condition the table reads with (none at first).
    SqlCondition m_condition;
    mutable sdk::RevisionedRead<Summary> m_summary;
    int m_backgroundFrom = 50000;
    mutable sdk::RevisionedRead<Choices> m_choices;
    /// Bumped by refresh(): what was read is read again when next asked.
    int m_revision = 0;
    bool m_refreshQueued = false;
};

} // namespace contingent::rosters
