#pragma once
// Claims: what a tour did cost (Police Act, Art. 79 and 93). An officer
// submits claims for their own tours (planners and admins for anyone's), each
// with its category, day, amount and, where there is one, the receipt (a PDF,
// JPEG or PNG of at most 10 MB, kept in the store). A planner approves or
// rejects a submitted claim (a rejection says why); an approved claim is then
// paid. Every change is audited; nothing is decided twice.

#include "expenses.h"

#include <contingent/sdk/attachments.h>
#include <contingent/sdk/context.h>
#include <contingent/sdk/money.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace contingent::expenses {

enum class ClaimState { Submitted, Approved, Rejected, Paid };
/// "submitted", "approved", "rejected", "paid".
std::string_view toString(ClaimState state);
/// Throws InputError naming the text.
ClaimState claimStateFromString(std::string_view text);

struct Claim {
    std::int64_t id = 0;
    sdk::DeploymentId tour;
    Category category = Category::Other;
    sdk::Date day;
    sdk::Money amount;
    std::string description;
    ClaimState state = ClaimState::Submitted;
    std::string reason; ///< why it was rejected
    std::string submittedBy;
    std::string submittedAt;
    std::optional<std::string> decidedBy;
    std::optional<std::string> decidedAt;
    std::optional<sdk::Date> paidOn;
    std::optional<std::string> receipt; ///< the kept receipt's file name
    // Filled when read, for lists:
    std::string serviceNumber;
    std::string officerName;
    std::string missionCode;
};

/// What a receipt may be.
inline constexpr sdk::MediaType kReceiptTypes[] = {sdk::MediaType::Pdf, sdk::MediaType::Jpeg,
                                                   sdk::MediaType::Png};

/// Which claims to list.
struct ClaimFilter {
    std::optional<sdk::DeploymentId> tour;
    std::optional<ClaimState> state;
    int limit = 1000;
};

/// The claims of the store, as the current user may see and change them: an
/// officer only those of their own tours.
class ClaimBook {
public:
    explicit ClaimBook(sdk::Context& context)
        : m_context(context)
    {
    }
    /// Submits a claim after checking it: a tour the user may claim for, an
    /// amount above zero, a day not after today and, for a per-day category,
    /// within the tour. The receipt is checked before anything is written.
    /// Returns the new id; throws InputError naming the field.
    std::int64_t add(const Claim& claim, const std::optional<sdk::Attachment>& receipt = {});
    /// Approves, or rejects with `reason` (required), a submitted claim.
    void decide(std::int64_t claimId, bool approve, const std::string& reason);
    /// Marks an approved claim paid on `day`.
    void pay(std::int64_t claimId, sdk::Date day);
    /// Withdraws (deletes) a submitted claim: its submitter, or an editor.
    void withdraw(std::int64_t claimId);
    /// Keeps the receipt with a submitted claim, replacing one kept before.
    void attach(std::int64_t claimId, const sdk::Attachment& receipt);
    std::optional<sdk::Attachment> receipt(std::int64_t claimId);
    /// The claim if the user may see it.
    std::optional<Claim> find(std::int64_t claimId);
    /// Newest day first.
    std::vector<Claim> list(const ClaimFilter& filter = {});
    /// The same, one at a time, without holding them (a million claims print
    /// in the memory of one).
    void forEach(const ClaimFilter& filter, const std::function<void(const Claim&)>& each);
    /// How many claims wait for a decision (of the user's own tours for an officer).
    std::int64_t waitingCount();
    /// The same, read from `db` (a worker's own connection) for `user`.
    static std::int64_t waitingCount(sdk::Database& db, const sdk::CurrentUser& user);

private:
    /// Throws "there is no claim with id N" for a claim the user may not see.
    Claim visible(std::int64_t claimId);
    sdk::Context& m_context;
};

} // namespace contingent::expenses
