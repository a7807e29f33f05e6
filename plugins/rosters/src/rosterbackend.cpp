#include "rosterbackend.h"

#include <contingent/sdk/page.h>

namespace contingent::rosters {

namespace {

std::vector<sdk::SqlColumn> officerColumns()
{
    return {
        {QObject::tr("Service no."), "o.service_number"},
        {QObject::tr("Name"), "o.family_name || ', ' || o.given_name"},
        {QObject::tr("Rank"), "o.rank"},
        {QObject::tr("Unit"), "o.unit"},
        {QObject::tr("Languages"),
         "coalesce((SELECT group_concat(l.language || ' ' || l.level, ', ') FROM "
         "rosters_language l WHERE l.officer_id = o.id), '')"},
        {QObject::tr("Status"),
         "CASE o.active WHEN 1 THEN '" + QObject::tr("active").toStdString() + "' ELSE '"
             + QObject::tr("inactive").toStdString() + "' END",
         false},
    };
}

} // namespace

RosterBackend::RosterBackend(sdk::Context& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&context.changes(), &sdk::ChangeNotifier::changed, this, [this](const QString& entity) {
        if (entity == QLatin1String("officer"))
            refresh();
    });
    refresh();
}

QObject* RosterBackend::officers()
{
    if (!m_officers) {
        m_officers = std::make_unique<sdk::SqlTableModel>(m_context.store(), "officer o", "o.id",
                                                          officerColumns());
        m_officers->sort(1, Qt::AscendingOrder);
    }
    return m_officers.get();
}

bool RosterBackend::canEdit() const
{
    return sdk::canEdit(m_context.user().role);
}

void RosterBackend::refresh()
{
    auto& db = m_context.store();
    m_officerCount = int(db.queryValue<std::int64_t>("SELECT count(*) FROM officer").value_or(0));
    m_activeCount = int(
        db.queryValue<std::int64_t>("SELECT count(*) FROM officer WHERE active = 1").value_or(0));
    m_languageCount =
        int(db.queryValue<std::int64_t>("SELECT count(DISTINCT language) FROM rosters_language "
                                        "WHERE level IN ('B2', 'C1', 'C2')")
                .value_or(0));
    if (m_officers)
        m_officers->refresh();
    emit countsChanged();
}

} // namespace contingent::rosters
