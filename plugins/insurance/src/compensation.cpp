#include "compensation.h"
#include "policies.h"

#include <contingent/sdk/context.h>
#include <contingent/sdk/error.h>
#include <contingent/sdk/tablefile.h>

#include <QJsonObject>

#include <charconv>

namespace contingent::insurance {

namespace {

constexpr const char* kDefaultReference = "100000.00";

} // namespace

LumpSum lumpSum(std::span<const sdk::Money> wages)
{
    if (wages.size() != 10)
        throw sdk::InputError("wages: give the last ten monthly wages, oldest first (got "
                              + std::to_string(wages.size()) + ")");
    LumpSum sum;
    for (std::size_t i = 0; i < wages.size(); ++i) {
        if (wages[i] < sdk::Money())
            throw sdk::InputError("wages: month " + std::to_string(i + 1) + " is negative");
        sum.maximum += wages[i];
        if (i >= 4) // the last six months
            sum.minimum += wages[i];
    }
    return sum;
}

Outcome outcomeFromString(std::string_view text)
{
    if (text == "death")
        return Outcome::Death;
    if (text == "disability")
        return Outcome::Disability;
    throw sdk::InputError("outcome: \"" + std::string(text)
                          + "\" is not an outcome (death or disability)");
}

int parseDegree(std::string_view text)
{
    const std::string t = sdk::trimmed(text);
    const std::string_view s =
        std::string_view(t).substr(0, t.ends_with('%') ? t.size() - 1 : t.size());
    const auto bad = [&] {
        return sdk::InputError("degree: \"" + std::string(text)
                               + "\" is not a percentage from 0 to 100");
    };
    const auto point = s.find_first_of(".,");
    const std::string_view whole = s.substr(0, point);
    std::string_view fraction = point == std::string_view::npos ? "" : s.substr(point + 1);
    if (whole.empty() || fraction.size() > 2
        || (point != std::string_view::npos && fraction.empty()))
        throw bad();
    int w = 0, f = 0;
    auto [e1, ec1] = std::from_chars(whole.data(), whole.data() + whole.size(), w);
    if (ec1 != std::errc() || e1 != whole.data() + whole.size())
        throw bad();
    if (!fraction.empty()) {
        auto [e2, ec2] = std::from_chars(fraction.data(), fraction.data() + fraction.size(), f);
        if (ec2 != std::errc() || e2 != fraction.data() + fraction.size() || fraction[0] == '-')
            throw bad();
        if (fraction.size() == 1)
            f *= 10;
    }
    const long degree = long(w) * 100 + f;
    if (w < 0 || degree > 10000)
        throw bad();
    return int(degree);
}

sdk::Money specialCompensation(sdk::Money sumInsured, Outcome outcome, int degree)
{
    if (sumInsured < sdk::Money())
        throw sdk::InputError("sum: the sum insured is negative");
    if (degree < 0 || degree > 10000)
        throw sdk::InputError("degree: not between 0 and 100");
    // Art. 90(2): 100% on death; by the degree of the loss otherwise.
    return outcome == Outcome::Death ? sumInsured : sumInsured.scaled(degree, 10000);
}

sdk::Money referenceSum(sdk::Context& context)
{
    return sdk::Money::parse(context.settings().value("reference_sum", kDefaultReference),
                             QLocale::c());
}

void setReferenceSum(sdk::Context& context, sdk::Money sum)
{
    if (context.user().role != sdk::Role::Admin)
        throw sdk::InputError("reference sum: only an administrator sets it (Art. 90(3))");
    if (sum <= sdk::Money())
        throw sdk::InputError("reference sum: must be more than zero");
    context.settings().setValue("reference_sum", sum.toPlainString());
    context.audit().record(
        "save", "insurance.reference_sum", std::nullopt,
        QJsonObject{{"reference_sum", QString::fromStdString(sum.toPlainString())}});
    announce(context, "setting", 0, sdk::ChangeKind::Updated);
}

Exposure exposure(sdk::Context& context)
{
    Exposure e;
    e.reference = referenceSum(context);
    for (TourCover& c : tourCover(context.store())) {
        if (!c.needsCover || c.fullyCovered())
            continue;
        e.totalOnDeath += specialCompensation(e.reference, Outcome::Death);
        e.uncoveredDays += c.uncoveredDays;
        e.tours.push_back(std::move(c));
    }
    return e;
}

} // namespace contingent::insurance
