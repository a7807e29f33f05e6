#include "auditbackend.h"

#include <contingent/sdk/background.h>
#include <contingent/sdk/error.h>
#include <contingent/sdk/repositories.h>
#include <contingent/sdk/tables.h>

#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace contingent::shell {

AuditBackend::AuditBackend(sdk::Database& db, std::string login, QString today, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_login(std::move(login))
    , m_today(std::move(today))
{
    // Everyone in the log: a pass over all of it, so not before the first frame.
    sdk::readInBackground<QStringList>(
        this, db,
        [](sdk::Database& store) {
            QStringList people;
            for (sdk::Statement st(store, "SELECT DISTINCT actor FROM audit_log ORDER BY "
                                              + sdk::alphabeticalOrder("actor"));
                 st.step();)
                people << QString::fromStdString(st.text(0));
            return people;
        },
        [this](QStringList people, const std::string&) {
            m_people = std::move(people);
            emit peopleChanged();
        });
    // Newest first: by the entry's number, the table's key.
    m_model = std::make_unique<sdk::SqlTableModel>(
        db, "audit_log a", "a.id",
        std::vector<sdk::SqlColumn>{
            {tr("No."), "a.id", false},
            sdk::orderedAsIs({tr("When"), "replace(substr(a.at, 1, 16), 'T', ' ')", false}),
            {tr("Who"), "a.actor"},
            {tr("Plugin"), "a.plugin"},
            {tr("Action"), "a.action"},
            {tr("Record"), "a.entity || coalesce(' ' || a.entity_id, '')"},
            {tr("What changed"), "a.details"}});
    m_model->sort(0, Qt::DescendingOrder);
}

AuditBackend::~AuditBackend() = default;

void AuditBackend::setRecord(const QString& record)
{
    m_filter.record = record.toStdString();
    apply();
}

void AuditBackend::setPerson(const QString& person)
{
    m_filter.person = person.toStdString();
    apply();
}

void AuditBackend::setSince(const QString& day)
{
    m_filter.since = day.trimmed().toStdString();
    apply();
}

void AuditBackend::setUntil(const QString& day)
{
    m_filter.until = day.trimmed().toStdString();
    apply();
}

void AuditBackend::apply()
{
    try {
        auto [where, args] = auditCondition(m_filter);
        m_model->setCondition(std::move(where), std::move(args));
        m_error.clear();
    } catch (const sdk::InputError& e) {
        m_error = QString::fromUtf8(e.what());
    }
    emit filterChanged();
}

QVariantMap AuditBackend::exportFile(const QUrl& file, const QString& format)
{
    const QString path = file.toString(QUrl::PreferLocalFile);
    try {
        const sdk::FileFormat f =
            sdk::fileFormatFromName((format.isEmpty() ? path : format).toStdString());
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {{"ok", false},
                    {"message", tr("Cannot write %1: %2").arg(path, out.errorString())}};
        qint64 count = 0;
        sdk::writeTable(
            out, f, "Audit log", auditTable(),
            [&](const std::function<void(const std::vector<std::string>&)>& each) {
                forEachAuditEntry(m_db, m_filter, [&](const std::vector<std::string>& row) {
                    ++count;
                    each(row);
                });
            },
            sdk::spreadsheetDateFormat(QLocale()));
        if (!out.commit())
            return {{"ok", false},
                    {"message", tr("Cannot write %1: %2").arg(path, out.errorString())}};
        sdk::recordExport(sdk::AuditLog(m_db, {m_login, "core"}), "the audit log",
                          format.toStdString(), path.toStdString());
        return {{"ok", true}, {"path", path}, {"count", count}};
    } catch (const sdk::Error& e) {
        return {{"ok", false}, {"message", QString::fromUtf8(e.what())}};
    }
}

QString AuditBackend::details(qint64 key) const
{
    const auto json = m_db.queryValue<std::string>("SELECT details FROM audit_log WHERE id = ?",
                                                   std::int64_t(key));
    if (!json)
        return {};
    return QString::fromUtf8(
        QJsonDocument::fromJson(QByteArray::fromStdString(*json)).toJson(QJsonDocument::Indented));
}

} // namespace contingent::shell
