#pragma once
// An officer's profile as the page's forms see it: a flat map of texts (ISO
// dates, "en:C1;fr:B2", "a;b" skills) and back, with a message per bad field.

#include "rosterrecords.h"

#include <QVariantMap>

namespace contingent::rosters {

/// The profile as a map: officer fields (id, service_number, given_name, ...),
/// languages/skills as text and lists, documents, courses, unavailability,
/// and competency_valid_until when a test is on record.
QVariantMap toForm(const OfficerProfile& profile, int competencyYears);

/// Reads a form map into `profile` (its officer id from "id", 0: new).
/// Returns field -> message for every bad field; empty when all are good.
QVariantMap fromForm(const QVariantMap& form, sdk::Date today, OfficerProfile& profile);

/// The field an SDK error message is about ("service number" -> service_number),
/// or "" for the form as a whole.
QString fieldOfError(const QString& message);

} // namespace contingent::rosters
