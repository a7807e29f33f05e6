#pragma once
// Demo proposals in every state, consistent with the demo's tours: decided and
// notified for the tours that are approved, active or completed; submitted or
// recommended for the proposed ones; a rejection for cancelled ones; drafts for
// some planned tours; one withdrawn.

#include <contingent/sdk/context.h>

#include <cstdint>

namespace contingent::approvals {

void generateDemoProposals(sdk::Context& context, std::uint64_t seed);

} // namespace contingent::approvals
