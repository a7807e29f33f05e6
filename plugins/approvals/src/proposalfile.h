#pragma once
// Proposals as JSON, with their steps: an export is the whole record (every
// proposal, its tours and the decision on each, every step's date and
// reference, and the history from the audit log); an import adds proposals
// as history (the tours must exist; their statuses are not changed), all or
// nothing.

#include <contingent/sdk/context.h>
#include <contingent/sdk/tablefile.h>

#include <QByteArray>

#include <functional>

namespace contingent::approvals {

QByteArray exportProposals(sdk::Context& context);
/// The same, handed to `sink` a piece at a time (about 64 KiB each): memory does not grow with
/// the proposals.
void exportProposals(sdk::Context& context, const std::function<void(const QByteArray&)>& sink);
sdk::ImportReport importProposals(sdk::Context& context, const QByteArray& bytes);

} // namespace contingent::approvals
