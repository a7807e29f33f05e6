#pragma once
// The statement of service abroad: one officer's tours that are service
// (approved, active or completed: sdk::isService()) and have begun, each with its mission,
// organisation, country, first and last day, position and days abroad (counted to today for a tour
// still running), the days per mission and in total, and the date it was made. Written as a PDF
// (A4) from the page and by `contingent missions statement`.

#include "missionrecords.h"

#include <QString>

namespace contingent::missions {

struct MissionDays {
    std::string missionCode;
    std::string missionName;
    int days = 0;
};

struct ServiceStatement {
    sdk::Officer officer;
    std::vector<TourView> tours;         ///< oldest first
    std::vector<int> tourDays;           ///< days abroad of each tour, counted to `madeOn`
    std::vector<MissionDays> perMission; ///< in order of the first tour there
    int totalDays = 0;
    sdk::Date madeOn;
};

/// Days of `period` up to and including `today` (0 when it starts later).
int daysServed(const sdk::Period& period, sdk::Date today);

/// The statement of the officer with `officerId` as of `today`; throws
/// InputError for an unknown officer.
ServiceStatement buildStatement(sdk::Context& context, sdk::OfficerId officerId, sdk::Date today);

/// The statement as HTML (what the PDF shows).
/// The statement's reference: its officer, the day it was made and a digest of what it says
/// ("P-1/20250115/4F2A9C"): the same record on the same day gives the same reference, a
/// changed one another.
QString statementReference(const ServiceStatement& statement);
QString statementHtml(const ServiceStatement& statement);

/// Writes the PDF to `path` (replacing it only once it is complete); throws
/// sdk::Error naming the path when it cannot be written.
void writeStatementPdf(const ServiceStatement& statement, const QString& path);

} // namespace contingent::missions
