#pragma once
// Transfer orders (Police Act, Art. 77): an officer serves abroad on temporary
// transfer orders of the director general of police, each for no longer than
// six months (77(1)-(2)) and handed to the officer at least seven days before
// duty starts (77(3)). A tour needs one or more consecutive orders that cover
// it. The limits are rule sets with a valid-from day: an order is judged by
// the set in force on its first day, so a change of the law never rewrites
// history.

#include <contingent/sdk/context.h>

#include <optional>
#include <string>
#include <vector>

namespace contingent::transfers {

/// The plugin's schema (tables prefixed `transfers_`).
std::vector<sdk::Migration> migrations();

/// One transfer order of one tour.
struct TransferOrder {
    std::int64_t id = 0;
    sdk::DeploymentId deployment;
    std::string number; ///< the order's reference, e.g. "094-12/2024"
    sdk::Period period{sdk::Date(), sdk::Date()};
    std::optional<sdk::Date> handedOn; ///< the day it was handed to the officer
    std::string signedBy = "director general of police";
    std::string legalBasis = "Police Act, Art. 77";
};

/// The limits in force from a day on (Police Act, Art. 77).
struct RuleSet {
    sdk::Date validFrom;
    int maxMonths = 6;  ///< Art. 77(1)-(2): one order lasts at most this many months
    int noticeDays = 7; ///< Art. 77(3): handed over at least this many days before duty
};

/// The Act's limits, in force since the Act (1998-07-18).
RuleSet actRuleSet();

/// The rule sets by valid-from day, the Act's first (from 1998-07-18) unless a
/// set stored for an earlier or the same day replaces it.
std::vector<RuleSet> ruleSets(sdk::Database& db);
/// Stores a rule set (replacing one of the same day); admins only. Throws InputError.
void saveRuleSet(sdk::Context& context, const RuleSet& set);
/// The set in force on `day`: the latest starting on or before it (the Act's before any).
RuleSet ruleSetOn(const std::vector<RuleSet>& sets, sdk::Date day);

/// The last day to hand over an order that starts on `firstDay` (Art. 77(3), in
/// calendar days: duty on the 15th with 7 days' notice needs the order by the 8th).
sdk::Date handOverDeadline(sdk::Date firstDay, int noticeDays);

/// The orders of the store, by tour and first day.
class OrderBook {
public:
    explicit OrderBook(sdk::Context& context)
        : m_context(context)
    {
    }
    /// Adds an order after checking it: a known tour, first <= last, inside the
    /// tour, not overlapping another order of the tour, a hand-over day not
    /// after today. An order longer than the limit or handed over late is
    /// kept (it is a fact) and reported by the checks. Returns the new id;
    /// throws InputError naming the field.
    std::int64_t add(const TransferOrder& order);
    /// Changes an order (number, days, hand-over day, signatory) after the same
    /// checks as add(); throws InputError for an unknown id.
    void update(const TransferOrder& order);
    /// Records the day the order was handed over (not after today).
    void handOver(std::int64_t orderId, sdk::Date day);
    std::optional<TransferOrder> find(std::int64_t orderId);
    std::vector<TransferOrder> forTour(sdk::DeploymentId tour);
    std::vector<TransferOrder> all();
    /// Every order one at a time (`officer`: only that officer's, by first day; else by tour,
    /// then first day), none held: an export of any size.
    void forEach(std::optional<sdk::OfficerId> officer,
                 const std::function<void(const TransferOrder&)>& each);
    /// The orders of one officer's tours (what an officer may see).
    std::vector<TransferOrder> forOfficer(sdk::OfficerId officer);

private:
    void check(const TransferOrder& order);
    sdk::Context& m_context;
};

/// Consecutive orders each within the limit in force, covering the tour's days
/// that no order covers yet, with their hand-over deadlines.
std::vector<TransferOrder> proposeSplit(sdk::Context& context, sdk::DeploymentId tour);

/// The rules as checks ("transfers.*"), each citing its article.
std::vector<sdk::CheckDefinition> transferChecks();

} // namespace contingent::transfers
