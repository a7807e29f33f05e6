#include "rates.h"

#include <contingent/sdk/transaction.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>

#include <algorithm>
#include <set>
#include <tuple>

namespace contingent::expenses {

namespace {

constexpr std::string_view kKindNames[] = {"daily_allowance", "travel",      "separated_living",
                                           "moving",          "base_salary", "danger_fixed"};

/// `s` case-folded, for looking countries up: ASCII (every country of the
/// catalogue) without a QString, the rest through Qt.
std::string lower(std::string_view s)
{
    if (std::all_of(s.begin(), s.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        std::string out(s);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
        return out;
    }
    return QString::fromUtf8(s.data(), qsizetype(s.size())).toCaseFolded().toStdString();
}

const sdk::Date kForever = sdk::Date::fromYmd(9999, 12, 31);

Rate readRate(const sdk::Statement& st)
{
    Rate r;
    r.id = st.int64(0);
    r.kind = rateKindFromString(st.text(1));
    r.country = st.text(2);
    r.validFrom = st.date(3);
    r.validUntil = st.optionalDate(4);
    r.amount = sdk::Money::fromCents(st.int64(5));
    r.currency = st.text(6);
    r.confirmed = st.int64(7) != 0;
    r.source = st.text(8);
    return r;
}

QJsonObject details(const Rate& r)
{
    return {{"kind", QString::fromUtf8(toString(r.kind).data())},
            {"country", QString::fromStdString(r.country)},
            {"valid_from", QString::fromStdString(r.validFrom.toIso())},
            {"valid_until", r.validUntil ? QJsonValue(QString::fromStdString(r.validUntil->toIso()))
                                         : QJsonValue()},
            {"amount", QString::fromStdString(r.amount.toPlainString())},
            {"currency", QString::fromStdString(r.currency)}};
}

void insert(sdk::Database& db, const Rate& r)
{
    sdk::Statement st(db,
                      "INSERT INTO expenses_rate (kind, country, valid_from, valid_until, "
                      "amount_cents, currency, confirmed, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bindAll(std::string(toString(r.kind)), r.country, r.validFrom,
               r.validUntil ? std::optional<std::string>(r.validUntil->toIso()) : std::nullopt,
               r.amount.cents(), r.currency, std::int64_t(r.confirmed ? 1 : 0), r.source);
    st.run();
}

std::string describeProblems(const std::vector<sdk::ImportProblem>& problems)
{
    sdk::ImportReport report;
    report.problems = problems;
    return sdk::describe(report);
}

} // namespace

std::string_view toString(RateKind kind)
{
    return kKindNames[static_cast<int>(kind)];
}

RateKind rateKindFromString(std::string_view text)
{
    for (int i = 0; i < int(std::size(kKindNames)); ++i)
        if (kKindNames[i] == text)
            return static_cast<RateKind>(i);
    std::string all;
    for (std::string_view name : kKindNames)
        all += (all.empty() ? "" : ", ") + std::string(name);
    throw sdk::InputError("unknown kind of rate " + sdk::quoted(text) + " (" + all + ")");
}

bool isPerCountry(RateKind kind)
{
    return kind == RateKind::DailyAllowance || kind == RateKind::Travel;
}

RateTable::RateTable(std::vector<Rate> rates)
    : m_rates(std::move(rates))
{
    std::map<std::pair<int, std::string>, std::vector<const Rate*>> grouped;
    for (const Rate& r : m_rates)
        grouped[{static_cast<int>(r.kind), lower(r.country)}].push_back(&r);
    for (auto& [key, list] : grouped) {
        std::sort(list.begin(), list.end(),
                  [](const Rate* a, const Rate* b) { return a->validFrom < b->validFrom; });
        std::vector<Span>& spans = m_spans[key];
        for (std::size_t i = 0; i < list.size(); ++i) {
            sdk::Date last = list[i]->validUntil.value_or(kForever);
            if (i + 1 < list.size())
                last = std::min(last, list[i + 1]->validFrom.addDays(-1));
            if (last >= list[i]->validFrom)
                spans.push_back({list[i]->validFrom, last, list[i]});
        }
    }
}

const std::vector<RateTable::Span>* RateTable::spans(RateKind kind,
                                                     const std::string& country) const
{
    const auto it = m_spans.find({static_cast<int>(kind), lower(country)});
    return it == m_spans.end() ? nullptr : &it->second;
}

namespace {

/// The span of `list` holding `day`, or the first after it (with `holds` false).
template <typename SpanT>
std::pair<const SpanT*, bool> around(const std::vector<SpanT>* list, sdk::Date day)
{
    if (!list)
        return {nullptr, false};
    auto it = std::upper_bound(list->begin(), list->end(), day,
                               [](sdk::Date d, const SpanT& s) { return d < s.first; });
    if (it != list->begin() && std::prev(it)->last >= day)
        return {&*std::prev(it), true};
    return {it == list->end() ? nullptr : &*it, false};
}

} // namespace

RateTable::Country RateTable::country(const std::string& name) const
{
    Country c;
    const std::string other(kOtherCountries);
    for (std::size_t k = 0; k < c.own.size(); ++k) {
        const auto kind = static_cast<RateKind>(k);
        const bool perCountry = isPerCountry(kind);
        c.own[k] = spans(kind, perCountry ? name : std::string());
        c.other[k] = perCountry ? spans(kind, other) : nullptr;
    }
    return c;
}

std::vector<RateStretch> RateTable::stretches(RateKind kind, const Country& country,
                                              const sdk::Period& days) const
{
    const std::vector<Span>* own = country.own[static_cast<std::size_t>(kind)];
    const std::vector<Span>* other = country.other[static_cast<std::size_t>(kind)];
    std::vector<RateStretch> out;
    sdk::Date day = days.first();
    while (day <= days.last()) {
        sdk::Date end = days.last();
        const Rate* rate = nullptr;
        if (const auto [s, holds] = around(own, day); holds) {
            end = std::min(end, s->last);
            rate = s->rate;
        } else {
            if (s)
                end = std::min(end, s->first.addDays(-1));
            if (const auto [o, otherHolds] = around(other, day); otherHolds) {
                end = std::min(end, o->last);
                rate = o->rate;
            } else if (o) {
                end = std::min(end, o->first.addDays(-1));
            }
        }
        if (!out.empty() && out.back().rate == rate)
            out.back().days = sdk::Period(out.back().days.first(), end);
        else
            out.push_back({sdk::Period(day, end), rate});
        if (end == days.last())
            break;
        day = end.addDays(1);
    }
    return out;
}

const Rate* RateTable::at(RateKind kind, const Country& country, sdk::Date day) const
{
    if (const auto [s, holds] = around(country.own[static_cast<std::size_t>(kind)], day); holds)
        return s->rate;
    if (const auto [o, holds] = around(country.other[static_cast<std::size_t>(kind)], day); holds)
        return o->rate;
    return nullptr;
}

void checkRates(const std::vector<Rate>& rates, const std::vector<int>& lines,
                std::vector<sdk::ImportProblem>& problems)
{
    const auto line = [&](std::size_t i) { return i < lines.size() ? lines[i] : 0; };
    std::map<std::pair<int, std::string>, std::vector<std::size_t>> grouped;
    for (std::size_t i = 0; i < rates.size(); ++i) {
        const Rate& r = rates[i];
        const std::size_t before = problems.size();
        if (isPerCountry(r.kind) && sdk::trimmed(r.country).empty())
            problems.push_back({line(i), "country",
                                "a " + std::string(toString(r.kind))
                                    + " rate names its country (or * for every other country)"});
        if (!isPerCountry(r.kind) && !r.country.empty())
            problems.push_back({line(i), "country",
                                "a " + std::string(toString(r.kind))
                                    + " rate is the same in every country: leave it empty"});
        if (r.amount < sdk::Money())
            problems.push_back({line(i), "amount", "is negative"});
        if (r.currency != "EUR" && r.currency != "USD")
            problems.push_back(
                {line(i), "currency", sdk::quoted(r.currency) + " is not EUR or USD"});
        if (r.validUntil && *r.validUntil < r.validFrom)
            problems.push_back({line(i), "valid_until", "comes before valid_from"});
        if (problems.size() == before)
            grouped[{static_cast<int>(r.kind), lower(r.country)}].push_back(i);
    }
    for (auto& [key, list] : grouped) {
        std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
            return rates[a].validFrom < rates[b].validFrom;
        });
        for (std::size_t k = 1; k < list.size(); ++k) {
            const Rate& prev = rates[list[k - 1]];
            const Rate& cur = rates[list[k]];
            const std::string who = std::string(toString(cur.kind))
                                    + (cur.country.empty() ? std::string() : " in " + cur.country);
            if (prev.validFrom == cur.validFrom)
                problems.push_back(
                    {line(list[k]), "valid_from",
                     "overlaps: " + who + " already has a rate valid from " + cur.validFrom.toIso()
                         + (line(list[k - 1]) ? " (line " + std::to_string(line(list[k - 1])) + ")"
                                              : std::string())});
            else if (prev.validUntil && *prev.validUntil >= cur.validFrom)
                problems.push_back({line(list[k]), "valid_from",
                                    "overlaps: " + who + " has a rate valid from "
                                        + prev.validFrom.toIso() + " until "
                                        + prev.validUntil->toIso()});
        }
    }
    sdk::sortProblems(problems);
}

void RateBook::requireAdmin()
{
    if (m_context.user().role != sdk::Role::Admin)
        throw sdk::InputError("only an admin may change the rate tables");
}

std::vector<Rate> RateBook::all()
{
    return m_context.store().queryAll<Rate>(
        "SELECT id, kind, country, valid_from, valid_until, amount_cents, currency, confirmed, "
        "source FROM expenses_rate ORDER BY kind, country, valid_from",
        readRate);
}

std::int64_t RateBook::add(const Rate& rate)
{
    requireAdmin();
    // Checked against the rates of its own kind and country only: an old
    // problem elsewhere in the table never refuses an unrelated rate.
    std::vector<Rate> rates;
    for (Rate& r : all())
        if (r.kind == rate.kind && lower(r.country) == lower(rate.country))
            rates.push_back(std::move(r));
    rates.push_back(rate);
    std::vector<int> lines(rates.size(), 0);
    std::vector<sdk::ImportProblem> problems;
    checkRates(rates, lines, problems);
    if (!problems.empty()) {
        const sdk::ImportProblem& p = problems.front();
        throw sdk::InputError((p.column.empty() ? "" : p.column + ": ") + p.reason);
    }
    sdk::Savepoint sp(m_context.store());
    insert(m_context.store(), rate);
    const std::int64_t id = m_context.store().lastInsertId();
    announce(m_context, "rate", id, sdk::ChangeKind::Created);
    m_context.audit().record("create", "expenses.rate", id, details(rate));
    sp.release();
    return id;
}

void RateBook::remove(std::int64_t rateId)
{
    requireAdmin();
    const auto rate = m_context.store().queryOne<Rate>(
        "SELECT id, kind, country, valid_from, valid_until, amount_cents, currency, confirmed, "
        "source FROM expenses_rate WHERE id = ?",
        readRate, rateId);
    if (!rate)
        throw sdk::InputError("there is no rate with id " + std::to_string(rateId));
    sdk::Savepoint sp(m_context.store());
    m_context.store().execute("DELETE FROM expenses_rate WHERE id = ?", rateId);
    announce(m_context, "rate", rateId, sdk::ChangeKind::Removed);
    m_context.audit().record("delete", "expenses.rate", rateId, details(*rate));
    sp.release();
}

void RateBook::replaceKinds(const std::vector<Rate>& rates)
{
    requireAdmin();
    std::vector<sdk::ImportProblem> problems;
    checkRates(rates, {}, problems);
    if (!problems.empty())
        throw sdk::InputError(describeProblems(problems));
    std::set<std::string> kinds;
    for (const Rate& r : rates)
        kinds.insert(std::string(toString(r.kind)));
    sdk::Database& db = m_context.store();
    sdk::Savepoint sp(db);
    QJsonArray replaced;
    for (const std::string& kind : kinds) {
        db.execute("DELETE FROM expenses_rate WHERE kind = ?", kind);
        replaced.append(QString::fromStdString(kind));
    }
    for (const Rate& r : rates)
        insert(db, r);
    announce(m_context, "rate", 0, sdk::ChangeKind::Updated);
    m_context.audit().record("import", "expenses.rate", std::nullopt,
                             QJsonObject{{"kinds", replaced}, {"rates", qint64(rates.size())}});
    sp.release();
}

std::span<const sdk::TableColumn> rateColumns()
{
    static const std::vector<sdk::TableColumn> columns{
        {"kind", sdk::CellType::Text},       {"country", sdk::CellType::Text},
        {"valid_from", sdk::CellType::Date}, {"valid_until", sdk::CellType::Date},
        {"amount", sdk::CellType::Money},    {"currency", sdk::CellType::Text},
        {"confirmed", sdk::CellType::Text},  {"source", sdk::CellType::Text}};
    return columns;
}

std::vector<Rate> readRates(const QByteArray& bytes, sdk::FileFormat format,
                            sdk::ImportReport& report, std::vector<int>& lines,
                            std::string_view sheet)
{
    std::vector<Rate> rates;
    sdk::readTableRows(
        bytes, format, rateColumns(), report,
        [&](sdk::CsvRecord& record, std::size_t) {
            const std::vector<std::string>& f = record.fields;
            const int line = record.firstLine;
            const std::size_t before = report.problems.size();
            Rate r;
            try {
                r.kind = rateKindFromString(f[0]);
            } catch (const sdk::InputError& e) {
                report.problems.push_back({line, "kind", e.what()});
            }
            r.country = f[1];
            const auto from = sdk::Date::tryFromIso(f[2]);
            if (!from)
                report.problems.push_back(
                    {line, "valid_from",
                     f[2].empty() ? std::string("is required (YYYY-MM-DD)")
                                  : sdk::quoted(f[2]) + " is not a date (YYYY-MM-DD)"});
            if (!f[3].empty()) {
                r.validUntil = sdk::Date::tryFromIso(f[3]);
                if (!r.validUntil)
                    report.problems.push_back(
                        {line, "valid_until", sdk::quoted(f[3]) + " is not a date (YYYY-MM-DD)"});
            }
            try {
                r.amount = sdk::Money::parse(f[4], QLocale::c());
            } catch (const sdk::InputError&) {
                report.problems.push_back(
                    {line, "amount", sdk::quoted(f[4]) + " is not an amount (1234.56)"});
            }
            r.currency = f[5].empty() ? std::string("EUR") : f[5];
            if (r.currency != "EUR" && r.currency != "USD")
                report.problems.push_back(
                    {line, "currency", sdk::quoted(f[5]) + " is not EUR or USD"});
            const std::string confirmed = lower(f[6]);
            if (confirmed == "yes" || confirmed == "1" || confirmed == "true" || confirmed.empty())
                r.confirmed = true;
            else if (confirmed == "no" || confirmed == "0" || confirmed == "false")
                r.confirmed = false;
            else
                report.problems.push_back(
                    {line, "confirmed", sdk::quoted(f[6]) + " is not yes or no"});
            r.source = f[7];
            if (report.problems.size() != before)
                return;
            r.validFrom = *from;
            rates.push_back(std::move(r));
            lines.push_back(line);
        },
        sheet);
    checkRates(rates, lines, report.problems);
    return rates;
}

QByteArray writeRates(const std::vector<Rate>& rates, sdk::FileFormat format,
                      std::string_view dateFormat)
{
    std::vector<std::vector<std::string>> rows;
    rows.reserve(rates.size());
    for (const Rate& r : rates)
        rows.push_back({std::string(toString(r.kind)), r.country, r.validFrom.toIso(),
                        r.validUntil ? r.validUntil->toIso() : std::string(),
                        r.amount.toPlainString(), r.currency, r.confirmed ? "yes" : "no",
                        r.source});
    const std::span<const sdk::TableColumn> columns = rateColumns();
    return sdk::writeTable(format, "Expense rates", columns, rows, dateFormat);
}

namespace {

constexpr const char* kShippedFiles[] = {":/contingent/expenses/data/expenses-daily-allowances.csv",
                                         ":/contingent/expenses/data/expenses-other-amounts.csv"};

QByteArray shippedFile(const char* name)
{
    QFile file(QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        throw sdk::Error(std::string("the built-in rates are missing: ") + name);
    return file.readAll();
}

/// What the shipped files hold, in a few characters: a store that was offered
/// these exact files is not offered them again (nothing is parsed at start).
std::string shippedFingerprint()
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const char* name : kShippedFiles)
        hash.addData(shippedFile(name));
    return hash.result().toHex().left(16).toStdString();
}

} // namespace

std::vector<Rate> shippedRates()
{
    std::vector<Rate> all;
    for (const char* name : kShippedFiles) {
        sdk::ImportReport report;
        std::vector<int> lines;
        std::vector<Rate> rates = readRates(shippedFile(name), sdk::FileFormat::Csv, report, lines);
        if (!report.ok())
            throw sdk::Error(std::string("the built-in rates are broken (") + name + "):\n"
                             + sdk::describe(report));
        all.insert(all.end(), rates.begin(), rates.end());
    }
    return all;
}

int seedShippedRates(sdk::Context& context)
{
    sdk::Database& db = context.store();
    const std::string fingerprint = shippedFingerprint();
    if (context.settings().value("shipped_rates") == fingerprint)
        return 0;
    std::set<std::tuple<std::string, std::string, std::string>> offered;
    for (sdk::Statement st(db, "SELECT kind, country, valid_from FROM expenses_shipped_rate");
         st.step();)
        offered.insert({st.text(0), st.text(1), st.text(2)});
    std::vector<Rate> fresh;
    for (Rate& r : shippedRates())
        if (!offered.count({std::string(toString(r.kind)), r.country, r.validFrom.toIso()}))
            fresh.push_back(std::move(r));
    if (db.isReadOnly())
        return 0;
    if (fresh.empty()) {
        context.settings().setValue("shipped_rates", fingerprint);
        return 0;
    }
    int added = 0;
    sdk::Savepoint sp(db);
    for (const Rate& r : fresh) {
        const bool present = db.queryValue<std::int64_t>(
                                   "SELECT 1 FROM expenses_rate WHERE kind = ? AND country = ? "
                                   "AND valid_from = ?",
                                   std::string(toString(r.kind)), r.country, r.validFrom)
                                 .has_value();
        if (!present) {
            insert(db, r);
            ++added;
        }
        db.execute("INSERT INTO expenses_shipped_rate (kind, country, valid_from) VALUES (?, ?, ?)",
                   std::string(toString(r.kind)), r.country, r.validFrom);
    }
    if (added > 0)
        sdk::AuditLog(db, {"shipped rates", context.pluginId()})
            .record("seed", "expenses.rate", std::nullopt, QJsonObject{{"rates", added}});
    context.settings().setValue("shipped_rates", fingerprint);
    sp.release();
    return added;
}

} // namespace contingent::expenses
