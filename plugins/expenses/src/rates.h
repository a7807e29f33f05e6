#pragma once
// Rate tables with valid-from dates (Police Act, Art. 79 and 93; the daily
// allowances abroad of the Government's Regulation on the reimbursement of
// costs of official travel abroad). A rate holds from its valid_from day until
// its valid_until day, or else until the day before the next rate of the same
// kind and country. The store's rates start as the shipped ones
// (data/expenses-*.csv); admins edit and import them.

#include "expenses.h"

#include <contingent/sdk/context.h>
#include <contingent/sdk/money.h>
#include <contingent/sdk/tablefile.h>
#include <contingent/sdk/tables.h>

#include <QByteArray>

#include <span>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace contingent::expenses {

/// What a rate is an amount of.
enum class RateKind {
    DailyAllowance,  ///< per day abroad, per host country
    Travel,          ///< one journey, per host country
    SeparatedLiving, ///< per day abroad
    Moving,          ///< one move
    BaseSalary,      ///< per month: what the danger bonus's percentage applies to
    DangerFixed,     ///< per month: the fixed danger bonus
};

/// "daily_allowance", "travel", "separated_living", "moving", "base_salary", "danger_fixed".
std::string_view toString(RateKind kind);
/// Throws InputError naming the text and the kinds.
RateKind rateKindFromString(std::string_view text);
/// Whether the kind's rates are per host country (daily allowance, travel).
bool isPerCountry(RateKind kind);

/// The country of the rate that holds for every country without its own.
inline constexpr std::string_view kOtherCountries = "*";

/// One rate.
struct Rate {
    std::int64_t id = 0;
    RateKind kind = RateKind::DailyAllowance;
    /// A host country as missions name it ("Kosovo"), "*" for every other
    /// country, empty for the kinds that are not per country.
    std::string country;
    sdk::Date validFrom;
    std::optional<sdk::Date> validUntil;
    /// In the currency's cents.
    sdk::Money amount;
    std::string currency = "EUR"; ///< EUR or USD
    bool confirmed = true;
    std::string source;
};

/// Where a rate applies in a period: a stretch of days and the rate, or no
/// rate (a gap in the table).
struct RateStretch {
    sdk::Period days;
    const Rate* rate = nullptr;
};

/// The rates, looked up by kind, country and day. Built once from the rates
/// of the store (a few hundred rows) and read for any number of tours.
class RateTable {
public:
    explicit RateTable(std::vector<Rate> rates);
    // The spans point into the rates: moved whole, never copied.
    RateTable(const RateTable&) = delete;
    RateTable& operator=(const RateTable&) = delete;
    RateTable(RateTable&&) = default;
    RateTable& operator=(RateTable&&) = default;

private:
    struct Span {
        sdk::Date first;
        sdk::Date last;
        const Rate* rate;
    };

public:
    /// One country's rates of every kind, looked up once (a forecast looks
    /// its tour's country up once, not once per line).
    class Country {
        friend class RateTable;
        std::array<const std::vector<Span>*, 6> own{};
        std::array<const std::vector<Span>*, 6> other{};
    };
    Country country(const std::string& name) const;
    /// The rates of `kind` over `days`, in order, for `country` (its own rate
    /// where it has one, else the "*" rate), gaps as stretches without a rate.
    std::vector<RateStretch> stretches(RateKind kind, const Country& country,
                                       const sdk::Period& days) const;
    std::vector<RateStretch> stretches(RateKind kind, const std::string& country,
                                       const sdk::Period& days) const
    {
        return stretches(kind, this->country(country), days);
    }
    /// The rate of `kind` on `day` for `country`, if any.
    const Rate* at(RateKind kind, const Country& country, sdk::Date day) const;
    const Rate* at(RateKind kind, const std::string& country, sdk::Date day) const
    {
        return at(kind, this->country(country), day);
    }
    const std::vector<Rate>& rates() const { return m_rates; }

private:
    const std::vector<Span>* spans(RateKind kind, const std::string& country) const;
    std::vector<Rate> m_rates;
    std::map<std::pair<int, std::string>, std::vector<Span>> m_spans; ///< country lower-cased
};

/// The checks of a whole set of rates: a known kind, a country exactly where
/// the kind needs one, an amount not negative, EUR or USD, valid_until not
/// before valid_from, and no two rates of one kind and country holding on the
/// same day ("overlaps"). Each problem names the line of `lines` (parallel to
/// `rates`; 0 for rates of the store).
void checkRates(const std::vector<Rate>& rates, const std::vector<int>& lines,
                std::vector<sdk::ImportProblem>& problems);

/// The rates of the store, read and written. Writes are audited, for admins.
class RateBook {
public:
    explicit RateBook(sdk::Context& context)
        : m_context(context)
    {
    }
    /// Every rate, by kind, country and valid_from.
    std::vector<Rate> all();
    RateTable table() { return RateTable(all()); }
    /// Adds one rate after checking it against the others; returns its id.
    std::int64_t add(const Rate& rate);
    void remove(std::int64_t rateId);
    /// Replaces every rate of the kinds that `rates` holds by `rates` (an
    /// import): all or nothing, one audit entry. Throws InputError for rates
    /// that do not pass checkRates().
    void replaceKinds(const std::vector<Rate>& rates);

private:
    void requireAdmin();
    sdk::Context& m_context;
};

/// The columns of a rate file: kind, country, valid_from, valid_until, amount,
/// currency, confirmed (yes/no), source.
std::span<const sdk::TableColumn> rateColumns();
/// The rates of a rate file (CSV, .xlsx or JSON), each with its line, after
/// checkRates(); the problems go to `report`.
std::vector<Rate> readRates(const QByteArray& bytes, sdk::FileFormat format,
                            sdk::ImportReport& report, std::vector<int>& lines,
                            std::string_view sheet = {});
/// `rates` as a rate file.
QByteArray writeRates(const std::vector<Rate>& rates, sdk::FileFormat format,
                      std::string_view dateFormat = {});

/// The shipped rates (data/expenses-daily-allowances.csv and
/// data/expenses-other-amounts.csv, built in).
std::vector<Rate> shippedRates();
/// Adds to the store, once, the shipped rates it has not been offered yet (a
/// store whose admin removed one does not get it back). Returns how many were
/// added; nothing on a read-only store.
int seedShippedRates(sdk::Context& context);

} // namespace contingent::expenses
