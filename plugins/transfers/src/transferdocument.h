#pragma once
// The transfer order as a document for the officer (Police Act, Art. 77):
// who, where, which days, the hand-over deadline, that the order is final
// (77(3)), what the other plugins know of the tour (the position to return
// to, Art. 80, from missions) and the entitlement to travel, separated-living
// and moving expenses (Art. 79). Written as a PDF (A4).

#include "transferorders.h"

#include <QString>

namespace contingent::transfers {

/// The order with id `orderId` as HTML (what the PDF shows); throws InputError
/// for an unknown order.
QString orderHtml(sdk::Context& context, std::int64_t orderId);

/// Writes the order's PDF to `path` (replaced only once complete); throws
/// sdk::Error naming the path when it cannot be written.
void writeOrderPdf(sdk::Context& context, std::int64_t orderId, const QString& path);

/// The facts about a tour's orders for other plugins (Context::facts()):
/// each order's days and hand-over, and the days no order covers.
std::vector<sdk::FactLine> orderFacts(sdk::Context& context, sdk::DeploymentId tour);

} // namespace contingent::transfers
