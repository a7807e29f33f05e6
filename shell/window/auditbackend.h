#pragma once
// The Audit page's data (issue #15, item 10): the audit log as a lazily fetched table, filtered
// by record, person and day, and exported as a table file. Administrators and viewers only.

#include "auditlog.h"

#include <contingent/sdk/sqltablemodel.h>

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <memory>

namespace contingent::shell {

class AuditBackend : public QObject {
    Q_OBJECT
    Q_PROPERTY(QObject* entries READ entries CONSTANT)
    /// An entity ("officer"), one of its rows ("officer 12") or an id ("12"); empty: all.
    Q_PROPERTY(QString record READ record WRITE setRecord NOTIFY filterChanged)
    /// A login; empty: everyone.
    Q_PROPERTY(QString person READ person WRITE setPerson NOTIFY filterChanged)
    /// YYYY-MM-DD, or empty.
    Q_PROPERTY(QString since READ since WRITE setSince NOTIFY filterChanged)
    Q_PROPERTY(QString until READ until WRITE setUntil NOTIFY filterChanged)
    /// What is wrong with the filter (a day that is no day), or empty.
    Q_PROPERTY(QString error READ error NOTIFY filterChanged)
    /// Everyone who has an entry, by login (read off the window's thread: filled in after the
    /// first frame).
    Q_PROPERTY(QStringList people READ people NOTIFY peopleChanged)
    Q_PROPERTY(QString today READ today CONSTANT)
public:
    AuditBackend(sdk::Database& db, std::string login, QString today, QObject* parent = nullptr);
    ~AuditBackend() override;

    QObject* entries() { return m_model.get(); }
    QString record() const { return QString::fromStdString(m_filter.record); }
    QString person() const { return QString::fromStdString(m_filter.person); }
    QString since() const { return QString::fromStdString(m_filter.since); }
    QString until() const { return QString::fromStdString(m_filter.until); }
    QString error() const { return m_error; }
    QStringList people() const { return m_people; }
    QString today() const { return m_today; }
    void setRecord(const QString& record);
    void setPerson(const QString& person);
    void setSince(const QString& day);
    void setUntil(const QString& day);

    /// Every entry the filter keeps, newest first, written to `file` in `format` (empty: the
    /// file's extension); recorded as an export. {"ok", "path", "count"} or {"ok": false,
    /// "message"}.
    Q_INVOKABLE QVariantMap exportFile(const QUrl& file, const QString& format);
    /// The details of the entry `key` (its number), as indented JSON.
    Q_INVOKABLE QString details(qint64 key) const;

signals:
    void filterChanged();
    void peopleChanged();

private:
    void apply();

    sdk::Database& m_db;
    std::string m_login;
    QString m_today;
    AuditFilter m_filter;
    QString m_error;
    QStringList m_people;
    std::unique_ptr<sdk::SqlTableModel> m_model;
};

} // namespace contingent::shell
