// What the Cover, Exposure and Calculators tabs, the Home card and an
// officer's own page read from InsuranceBackend (insurancebackend.cpp holds
// the policies and their files).
#include "insurancebackend.h"

#include "compensation.h"
#include "cover.h"
#include "policies.h"

#include <QLocale>

namespace contingent::insurance {

namespace {

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// The days of `period` none of `covered` holds (they are ordered and inside it).
std::vector<sdk::Period> gaps(const sdk::Period& period, const std::vector<CoveredStretch>& covered)
{
    std::vector<sdk::Period> out;
    sdk::Date next = period.first();
    for (const CoveredStretch& s : covered) {
        if (next < s.days.first())
            out.emplace_back(next, s.days.first().addDays(-1));
        next = s.days.last().addDays(1);
    }
    if (next <= period.last())
        out.emplace_back(next, period.last());
    return out;
}

} // namespace

QVariantList InsuranceBackend::missions()
{
    // The high-risk missions still running first: where cover is needed now.
    QVariantList running, ended, rest;
    const sdk::Date today = m_context.today();
    for (const sdk::Mission& m : m_context.missions().all()) {
        const bool isHigh = m.riskLevel == sdk::RiskLevel::High;
        (!isHigh                             ? rest
         : !m.endDate || *m.endDate >= today ? running
                                             : ended)
            .append(QVariantMap{{"code", q(m.code)}, {"name", q(m.name)}, {"highRisk", isHigh}});
    }
    return running + ended + rest;
}

QVariantList InsuranceBackend::timeline(const QString& kind, const QString& key)
{
    QVariantList rows;
    if (isOfficer())
        return rows;
    std::string where;
    std::int64_t id = 0;
    if (kind == QLatin1String("officer")) {
        const auto o = m_context.officers().findByServiceNumber(key.trimmed().toStdString());
        if (!o)
            return rows;
        where = "d.officer_id = ?";
        id = o->id.value();
    } else {
        const auto m = m_context.missions().findByCode(key.trimmed().toStdString());
        if (!m)
            return rows;
        where = "d.mission_id = ?";
        id = m->id.value();
    }
    // One statement: each tour, its cover's columns and its label.
    sdk::Statement st(m_context.store(),
                      std::string("SELECT ") + kCoverColumns
                          + ", o.family_name || ', ' || o.given_name, m.code FROM deployment d "
                            "JOIN officer o ON o.id = d.officer_id "
                            "JOIN mission m ON m.id = d.mission_id WHERE "
                          + where
                          + " AND d.status <> 'cancelled' AND d.last_day >= ? "
                            "ORDER BY d.first_day, d.id LIMIT 400");
    st.bindAll(id, m_context.today().addDays(-365));
    const CoverIndex index(m_context.store());
    while (st.step()) {
        const TourCover c = index.coverOfRow(st);
        const QString label = q(kind == QLatin1String("officer") ? st.textView(9) : st.textView(8));
        QVariantList periods;
        if (!c.highRisk)
            periods.append(QVariantMap{{"start", q(c.period.first().toIso())},
                                       {"end", q(c.period.last().toIso())},
                                       {"label", tr("no cover needed")},
                                       {"tone", "neutral"}});
        else {
            for (const CoveredStretch& s : c.covered)
                periods.append(QVariantMap{{"start", q(s.days.first().toIso())},
                                           {"end", q(s.days.last().toIso())},
                                           {"label", tr("covered")},
                                           {"tone", "success"}});
            for (const sdk::Period& g : gaps(c.period, c.covered))
                periods.append(QVariantMap{{"start", q(g.first().toIso())},
                                           {"end", q(g.last().toIso())},
                                           {"label", tr("uncovered")},
                                           {"tone", "danger"}});
        }
        rows.append(QVariantMap{{"label", label + QStringLiteral(" · %1").arg(c.tour.value())},
                                {"periods", periods}});
    }
    return rows;
}

QVariantMap InsuranceBackend::exposure()
{
    if (isOfficer())
        return {};
    const Exposure e = insurance::exposure(m_context);
    QVariantList tours;
    const QLocale locale;
    const QString onDeath = specialCompensation(e.reference, Outcome::Death).format(locale);
    for (const TourCover& c : e.tours) {
        const sdk::Officer o = m_context.officers().get(c.officer);
        tours.append(QVariantMap{{"id", qint64(c.tour.value())},
                                 {"officer", q(o.familyName + ", " + o.givenName)},
                                 {"serviceNumber", q(o.serviceNumber)},
                                 {"mission", q(m_context.missions().get(c.mission).code)},
                                 {"firstDay", q(c.period.first().toIso())},
                                 {"lastDay", q(c.period.last().toIso())},
                                 {"firstUncovered", q(c.firstUncovered->toIso())},
                                 {"uncoveredDays", c.uncoveredDays},
                                 {"onDeath", onDeath}});
    }
    return {{"tours", tours},
            {"count", int(e.tours.size())},
            {"uncoveredDays", e.uncoveredDays},
            {"reference", e.reference.format(locale)},
            {"referenceAmount", q(e.reference.toPlainString())},
            {"totalOnDeath", e.totalOnDeath.format(locale)}};
}

QVariantMap InsuranceBackend::setReference(const QString& amount)
{
    try {
        const sdk::Money sum = sdk::Money::parse(amount.toStdString());
        setReferenceSum(m_context, sum); // announced: the listener bumps
        return {{"ok", true}};
    } catch (const sdk::Error& e) {
        return failure("reference", q(e.what()));
    }
}

QVariantMap InsuranceBackend::lumpSum(const QVariantList& wages)
{
    std::vector<sdk::Money> months;
    for (int i = 0; i < wages.size(); ++i) {
        try {
            months.push_back(sdk::Money::parse(wages[i].toString().toStdString()));
        } catch (const sdk::InputError&) {
            return failure(QString::number(i),
                           tr("Month %1: enter the wage in euros, e.g. 2100.50.").arg(i + 1));
        }
    }
    try {
        const LumpSum sum = insurance::lumpSum(months);
        const QLocale locale;
        return {{"ok", true},
                {"minimum", sum.minimum.format(locale)},
                {"maximum", sum.maximum.format(locale)}};
    } catch (const sdk::Error& e) {
        return failure(QString(), q(e.what()));
    }
}

QVariantMap InsuranceBackend::compensation(const QString& sum, const QString& outcome,
                                           const QString& degree)
{
    sdk::Money insured;
    try {
        insured = sdk::Money::parse(sum.toStdString());
        if (insured < sdk::Money())
            return failure("sum", tr("The sum insured cannot be negative."));
    } catch (const sdk::InputError&) {
        return failure("sum", tr("Enter the sum insured in euros, e.g. 100000.00."));
    }
    try {
        const Outcome o = outcomeFromString(outcome.toStdString());
        const int hundredths = o == Outcome::Death ? 10000 : parseDegree(degree.toStdString());
        return {{"ok", true},
                {"amount", specialCompensation(insured, o, hundredths).format(QLocale())}};
    } catch (const sdk::Error&) {
        return failure("degree", tr("Enter the degree of lost ability from 0 to 100."));
    }
}

QVariantList InsuranceBackend::soonUncovered()
{
    QVariantList out;
    if (isOfficer())
        return out;
    const sdk::Date today = m_context.today();
    for (const TourCover& c :
         tourCoverStarting(m_context.store(), sdk::Period(today, today.addDays(soonDays())))) {
        if (!c.needsCover || c.fullyCovered())
            continue;
        const sdk::Officer o = m_context.officers().get(c.officer);
        out.append(QVariantMap{{"id", qint64(c.tour.value())},
                               {"officer", q(o.familyName + ", " + o.givenName)},
                               {"mission", q(m_context.missions().get(c.mission).code)},
                               {"firstDay", q(c.period.first().toIso())},
                               {"firstUncovered", q(c.firstUncovered->toIso())}});
    }
    return out;
}

int InsuranceBackend::soonUncoveredCount()
{
    if (isOfficer())
        return 0;
    // What soonUncovered() lists, counted without reading each tour's officer and mission.
    const sdk::Period soon(m_context.today(), m_context.today().addDays(soonDays()));
    const auto count = [soon](sdk::Database& db) {
        int uncovered = 0;
        for (const TourCover& c : tourCoverStarting(db, soon))
            uncovered += c.needsCover && !c.fullyCovered();
        return uncovered;
    };
    // Many tours: the tours starting soon are found among all of them, which would fill the
    // window's page cache for one card; a worker reads them with its own (issue #16).
    sdk::Database& store = m_context.store();
    return m_soonCount.value(
        this, store, m_revision,
        [&] { return sdk::holdsAtLeast(store, "deployment", m_backgroundFrom); }, count,
        [this] { emit countsChanged(); });
}

bool InsuranceBackend::countsLoading()
{
    soonUncoveredCount();
    return m_soonCount.loading();
}

QVariantList InsuranceBackend::myCover()
{
    QVariantList out;
    const auto& user = m_context.user();
    if (!user.officerId)
        return out;
    const CoverIndex index(m_context.store());
    PolicyBook book(m_context);
    for (const sdk::Deployment& d : m_context.deployments().forOfficer(*user.officerId)) {
        if (d.status == sdk::DeploymentStatus::Cancelled)
            continue;
        const sdk::Mission m = m_context.missions().get(d.missionId);
        const TourCover c = index.cover(d, m.riskLevel);
        QStringList lines;
        for (const CoveredStretch& s : c.covered) {
            const auto p = book.find(s.policy);
            lines.append(tr("%1 – %2: policy %3 (%4)")
                             .arg(q(s.days.first().toIso()), q(s.days.last().toIso()),
                                  q(p ? p->number : ""), q(p ? p->insurer : "")));
        }
        out.append(QVariantMap{{"id", qint64(d.id.value())},
                               {"mission", q(m.code)},
                               {"firstDay", q(d.period.first().toIso())},
                               {"lastDay", q(d.period.last().toIso())},
                               {"highRisk", c.highRisk},
                               {"covered", lines},
                               {"firstUncovered", c.highRisk && c.firstUncovered
                                                      ? q(c.firstUncovered->toIso())
                                                      : QString()}});
    }
    return out;
}

} // namespace contingent::insurance
