#pragma once
// What the police owes when cover is missing or an officer dies on duty.
//
// Art. 90: an officer who was not insured under Art. 89 gets special
// compensation of at most 100% of the sum insured: all of it on death, on a
// permanent loss of the ability to work a share by the degree of the loss.
// Art. 91: on death on duty the police pays the funeral, and the family gets
// a lump sum of at least the wages of the last six months and at most those
// of the last ten (the director general sets it within that range).

#include "cover.h"

#include <contingent/sdk/money.h>

#include <span>
#include <string_view>

namespace contingent::insurance {

/// Art. 91(2): the range of the lump sum, from the last ten monthly wages.
struct LumpSum {
    sdk::Money minimum; ///< the sum of the last six months' wages
    sdk::Money maximum; ///< the sum of all ten
};

/// `wages`: the last ten monthly wages, oldest first. Throws InputError
/// ("wages: ...") for fewer or more than ten, or a negative one.
LumpSum lumpSum(std::span<const sdk::Money> wages);

enum class Outcome { Death, Disability };
/// "death" or "disability"; throws InputError naming the text.
Outcome outcomeFromString(std::string_view text);

/// A degree of lost ability in hundredths of a percent ("37.5" is 3750),
/// from 0 to 100 with at most two decimals; throws InputError ("degree: ...").
int parseDegree(std::string_view text);

/// Art. 90(2): the special compensation for `outcome` on `sumInsured`: all of
/// it on death; `degree` (hundredths of a percent) of it on a permanent loss,
/// rounded half away from zero to the cent.
sdk::Money specialCompensation(sdk::Money sumInsured, Outcome outcome, int degree = 10000);

/// The sum insured Art. 90 refers to for a tour without cover: the plugin's
/// setting `reference_sum` (Art. 90(3): set by the director general), by
/// default EUR 100 000.00 until it is set.
sdk::Money referenceSum(sdk::Context& context);
/// Stores the reference sum; admins only. Throws InputError.
void setReferenceSum(sdk::Context& context, sdk::Money sum);

/// What leadership sees: every high-risk tour still to serve that is not
/// fully covered, and what Art. 90 would make the police owe.
struct Exposure {
    std::vector<TourCover> tours;
    sdk::Money reference;    ///< the reference sum insured
    sdk::Money totalOnDeath; ///< 100% of the reference for each uncovered tour
    int uncoveredDays = 0;
};
Exposure exposure(sdk::Context& context);

} // namespace contingent::insurance
