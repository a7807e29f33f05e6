#pragma once
// Helpers the two halves of MissionsBackend share (missionsbackend.cpp: the
// catalogue and the forms; missionsbackendviews.cpp: what the pages read).

#include "missionrecords.h"

#include <QString>
#include <QVariantMap>

#include <exception>
#include <string_view>

namespace contingent::missions::backend {

inline QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

inline QVariantMap message(const QString& text)
{
    return {{"ok", false}, {"message", text}};
}

inline QString toneOf(sdk::DeploymentStatus status)
{
    switch (status) {
    case sdk::DeploymentStatus::Active:
        return QStringLiteral("success");
    case sdk::DeploymentStatus::Completed:
        return QStringLiteral("neutral");
    case sdk::DeploymentStatus::Cancelled:
        return QStringLiteral("warning");
    default:
        return QStringLiteral("info");
    }
}

inline QVariantMap tourMap(const TourView& v, int days = -1)
{
    const sdk::Deployment& d = v.tour.deployment;
    QVariantMap m{{"id", qint64(d.id.value())},
                  {"officerId", qint64(d.officerId.value())},
                  {"missionId", qint64(d.missionId.value())},
                  {"officer", q(v.officerName)},
                  {"serviceNumber", q(v.serviceNumber)},
                  {"mission", q(v.missionCode)},
                  {"missionName", q(v.missionName)},
                  {"organisation", q(v.organisation)},
                  {"country", q(v.hostCountry)},
                  {"position", q(d.position)},
                  {"firstDay", q(d.period.first().toIso())},
                  {"lastDay", q(d.period.last().toIso())},
                  {"status", q(sdk::toString(d.status))},
                  {"hostSupervisor", q(v.tour.hostSupervisor)},
                  {"returnPosition", q(v.tour.returnPosition)}};
    if (days >= 0)
        m.insert("days", days);
    return m;
}

/// A read that failed (a busy or broken store): logged, and the page shows nothing.
template <typename T> T readFailed(const sdk::Context& context, const std::exception& e, T fallback)
{
    qCWarning(context.log()) << "cannot read the store:" << e.what();
    return fallback;
}

} // namespace contingent::missions::backend
