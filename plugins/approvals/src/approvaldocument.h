#pragma once
// The documents of a proposal (Police Act, Art. 19), as PDF: the proposal to
// the Minister and the draft Government decision. Each names the officers
// (name, rank, unit), the mission and host country, each tour's period, the
// legal basis (Art. 19 and the international request), and what the other
// plugins contribute about each tour: the costs (expenses), the insurance
// cover (insurance), the transfer orders (transfers). Where one of those
// plugins is not loaded, the document says that the figure is not available.

#include <contingent/sdk/context.h>

#include <QString>

namespace contingent::approvals {

enum class DocumentKind { Proposal, Decision };
/// "proposal" or "decision"; throws InputError otherwise.
DocumentKind documentKindFromString(std::string_view text);

/// The document as HTML (what the PDF prints).
QString documentHtml(sdk::Context& context, std::int64_t proposal, DocumentKind kind);
/// The document as an A4 PDF at `path`, whole or not at all.
void writeDocumentPdf(sdk::Context& context, std::int64_t proposal, DocumentKind kind,
                      const QString& path);

} // namespace contingent::approvals
