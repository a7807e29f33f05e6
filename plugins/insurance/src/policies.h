#pragma once
// Insurance policies (Police Act, Art. 89): the police insures an officer on a
// high-risk assignment against on-duty death or permanent loss of the ability
// to work. A policy names its insurer, number, sums insured, first and last
// day, and whom it covers: named officers, or everyone serving in listed
// missions (a group policy). Its document (a PDF) may be kept with it.

#include <contingent/sdk/attachments.h>
#include <contingent/sdk/changes.h>
#include <contingent/sdk/context.h>
#include <contingent/sdk/money.h>

#include <optional>
#include <string>
#include <vector>

namespace contingent::insurance {

/// The plugin's schema (tables prefixed `insurance_`).
std::vector<sdk::Migration> migrations();

/// One insurance policy.
struct Policy {
    std::int64_t id = 0;
    std::string insurer;
    std::string number;
    sdk::Period period{sdk::Date(), sdk::Date()};
    sdk::Money death;      ///< sum insured on death on duty
    sdk::Money disability; ///< sum insured on permanent loss of the ability to work
    /// Whom it covers: named officers, or (a group policy) everyone serving in
    /// these missions. Exactly one of the two is given.
    std::vector<sdk::OfficerId> officers;
    std::vector<sdk::MissionId> missions;
    /// How people name them (service numbers, mission codes), in the same
    /// order; filled when PolicyBook reads a policy, ignored when it writes one.
    std::vector<std::string> serviceNumbers;
    std::vector<std::string> missionCodes;
    /// The attached document's file name, when one is kept.
    std::optional<std::string> document;
};

/// "policy 12-3456 (Triglav)".
std::string policyName(const Policy& policy);

/// Tells every plugin, once the write commits, that "insurance.<entity>" `id` changed: the
/// approvals plugin shows each tour's cover, the insurance page its own lists.
void announce(sdk::Context& context, const char* entity, std::int64_t id, sdk::ChangeKind kind);

/// The policies of the store. Writes are audited, for planners and admins, and announced
/// ("insurance.policy").
class PolicyBook {
public:
    explicit PolicyBook(sdk::Context& context)
        : m_context(context)
    {
    }
    /// Adds a policy after checking it: insurer and number given and not
    /// stored yet for that insurer, first <= last, sums not negative, known
    /// officers or missions (one kind, at least one). Returns the new id;
    /// throws InputError naming the field.
    std::int64_t add(const Policy& policy);
    /// Changes a policy (everything but its document) after the same checks.
    void update(const Policy& policy);
    /// Deletes a policy and its document.
    void remove(std::int64_t policyId);
    /// Keeps `document` (a PDF, at most 10 MB) with the policy, replacing one kept before.
    void attach(std::int64_t policyId, const sdk::Attachment& document);
    /// The kept document, if any.
    std::optional<sdk::Attachment> document(std::int64_t policyId);
    std::optional<Policy> find(std::int64_t policyId);
    /// The policy with this insurer and number, if stored.
    std::optional<Policy> find(const std::string& insurer, const std::string& number);
    /// Every policy, by first day, with whom it covers.
    std::vector<Policy> all();

private:
    void check(const Policy& policy);
    void writeCovered(const Policy& policy);
    sdk::Context& m_context;
};

/// What a policy document may be: a PDF.
inline constexpr sdk::MediaType kDocumentTypes[] = {sdk::MediaType::Pdf};

} // namespace contingent::insurance
