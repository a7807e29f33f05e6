#include "insurancebackend.h"

#include "policies.h"
#include "policyfile.h"

#include <contingent/sdk/repositories.h>
#include <contingent/sdk/changes.h>
#include <contingent/sdk/tables.h>
#include <contingent/sdk/transaction.h>

#include <QLocale>
#include <QRegularExpression>

namespace contingent::insurance {

namespace {

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::optional<sdk::Date> dateOf(const QVariant& v)
{
    return sdk::Date::tryFromIso(v.toString().trimmed().toStdString());
}

QStringList items(const QVariant& v)
{
    QStringList out;
    for (const QString& s : v.toString().split(QRegularExpression("[,;]"), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            out.append(s.trimmed());
    return out;
}

} // namespace

InsuranceBackend::InsuranceBackend(sdk::Context& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    // "insurance.*": what any backend on the store wrote (PolicyBook announces each write), this
    // one's own included: every write bumps through here, once it is committed.
    connect(&context.changes(), &sdk::ChangeNotifier::changed, this, [this](const QString& entity) {
        if (entity == QLatin1String("deployment") || entity == QLatin1String("mission")
            || entity.startsWith("insurance."))
            bump();
    });
}

void InsuranceBackend::bump()
{
    ++m_revision;
    emit changed();
    emit countsChanged();
}

bool InsuranceBackend::canEdit() const
{
    return sdk::canEdit(m_context.user().role);
}

bool InsuranceBackend::isAdmin() const
{
    return m_context.user().role == sdk::Role::Admin;
}

bool InsuranceBackend::isOfficer() const
{
    return m_context.user().role == sdk::Role::Officer;
}

QString InsuranceBackend::today() const
{
    return q(m_context.today().toIso());
}

QVariantMap InsuranceBackend::failure(const QString& field, const QString& message) const
{
    return {{"ok", false}, {"errors", QVariantMap{{field, message}}}, {"message", message}};
}

QVariantList InsuranceBackend::policies(const QString& filter)
{
    QVariantList out;
    if (isOfficer())
        return out;
    const QString needle = filter.trimmed();
    const QLocale locale;
    std::vector<Policy> all = PolicyBook(m_context).all();
    std::reverse(all.begin(), all.end()); // the newest first: what is in force now
    for (const Policy& p : all) {
        QStringList officers, missions;
        for (const std::string& sn : p.serviceNumbers)
            officers.append(q(sn));
        for (const std::string& code : p.missionCodes)
            missions.append(q(code));
        const QString covered = missions.isEmpty() ? officers.join(", ")
                                                   : tr("everyone in %1").arg(missions.join(", "));
        const QString haystack = q(p.insurer) + ' ' + q(p.number) + ' ' + covered;
        if (!needle.isEmpty() && !haystack.contains(needle, Qt::CaseInsensitive))
            continue;
        out.append(QVariantMap{{"id", qint64(p.id)},
                               {"insurer", q(p.insurer)},
                               {"number", q(p.number)},
                               {"firstDay", q(p.period.first().toIso())},
                               {"lastDay", q(p.period.last().toIso())},
                               {"death", p.death.format(locale)},
                               {"disability", p.disability.format(locale)},
                               {"deathAmount", q(p.death.toPlainString())},
                               {"disabilityAmount", q(p.disability.toPlainString())},
                               {"officers", officers.join(", ")},
                               {"missions", missions.join(", ")},
                               {"covered", covered},
                               {"document", p.document ? q(*p.document) : QString()}});
    }
    return out;
}

QVariantMap InsuranceBackend::savePolicy(const QVariantMap& form)
{
    QVariantMap errors;
    Policy p;
    p.id = form["id"].toLongLong();
    p.insurer = form["insurer"].toString().trimmed().toStdString();
    p.number = form["number"].toString().trimmed().toStdString();
    if (p.insurer.empty())
        errors["insurer"] = tr("Enter the insurer.");
    if (p.number.empty())
        errors["number"] = tr("Enter the policy number.");
    const auto first = dateOf(form["firstDay"]);
    const auto last = dateOf(form["lastDay"]);
    if (!first)
        errors["firstDay"] = tr("Enter the first day as YYYY-MM-DD.");
    if (!last)
        errors["lastDay"] = tr("Enter the last day as YYYY-MM-DD.");
    if (first && last && *last < *first)
        errors["lastDay"] = tr("The last day comes before the first day.");
    const auto money = [&](const char* field, sdk::Money& into) {
        try {
            into = sdk::Money::parse(form[field].toString().toStdString());
            if (into < sdk::Money())
                errors[field] = tr("The sum insured cannot be negative.");
        } catch (const sdk::InputError&) {
            errors[field] = tr("Enter the sum in euros, e.g. 100000.00.");
        }
    };
    money("death", p.death);
    money("disability", p.disability);
    for (const QString& sn : items(form["officers"])) {
        if (const auto o = m_context.officers().findByServiceNumber(sn.toStdString()))
            p.officers.push_back(o->id);
        else
            errors["officers"] = tr("No officer has service number %1.").arg(sn);
    }
    for (const QString& code : items(form["missions"])) {
        if (const auto m = m_context.missions().findByCode(code.toStdString()))
            p.missions.push_back(m->id);
        else
            errors["missions"] = tr("There is no mission %1.").arg(code);
    }
    if (p.officers.empty() == p.missions.empty() && !errors.contains("officers")
        && !errors.contains("missions"))
        errors["officers"] = p.officers.empty()
                                 ? tr("Name the officers covered, or the missions.")
                                 : tr("A policy covers named officers or missions, not both.");
    if (!errors.isEmpty())
        return {{"ok", false}, {"errors", errors}, {"message", errors.first().toString()}};
    p.period = sdk::Period(*first, *last);
    try {
        sdk::Transaction tx(m_context.store());
        PolicyBook book(m_context);
        std::int64_t id = p.id;
        if (p.id > 0)
            book.update(p);
        else
            id = book.add(p);
        tx.commit(); // announced: the listener above bumps
        return {{"ok", true}, {"id", qint64(id)}};
    } catch (const sdk::Error& e) {
        const sdk::ImportProblem problem = sdk::problemFromRefusal(0, e.what());
        return failure(q(problem.column == "covered" ? "officers" : problem.column),
                       q(problem.column.empty() ? e.what() : problem.reason));
    }
}

QVariantMap InsuranceBackend::removePolicy(qint64 id)
{
    try {
        sdk::Transaction tx(m_context.store());
        PolicyBook(m_context).remove(id);
        tx.commit(); // announced: the listener above bumps
        return {{"ok", true}};
    } catch (const sdk::Error& e) {
        return failure(QString(), q(e.what()));
    }
}

QVariantMap InsuranceBackend::attachDocument(qint64 id, const QUrl& file)
{
    const QString path = file.toString(QUrl::PreferLocalFile);
    try {
        const sdk::Attachment document = sdk::readAttachment("document", path, kDocumentTypes);
        sdk::Transaction tx(m_context.store());
        PolicyBook(m_context).attach(id, document);
        tx.commit(); // announced: the listener above bumps
        return {{"ok", true}, {"name", q(document.name)}};
    } catch (const sdk::Error& e) {
        return failure("document", q(e.what()));
    }
}

QVariantMap InsuranceBackend::saveDocument(qint64 id, const QUrl& file)
{
    const QString path = file.toString(QUrl::PreferLocalFile);
    try {
        if (isOfficer())
            return failure(QString(), tr("There is no such policy."));
        const auto document = PolicyBook(m_context).document(id);
        if (!document)
            return failure(QString(), tr("The policy has no document."));
        sdk::saveWholeFile(path, document->bytes);
        sdk::recordExport(m_context.audit(), "the policy's document", "", path.toStdString(),
                          "insurance.policy", id);
        return {{"ok", true}, {"path", path}};
    } catch (const sdk::Error& e) {
        return failure(QString(), q(e.what()));
    }
}

QVariantMap InsuranceBackend::importFile(const QUrl& file)
{
    const QString path = file.toString(QUrl::PreferLocalFile);
    try {
        const sdk::ImportReport report = importPolicies(
            m_context, sdk::readWholeFile(path), sdk::fileFormatFromName(path.toStdString()));
        if (!report.ok())
            return {{"ok", false},
                    {"message", tr("Nothing was written: the file has %n problem(s).", "",
                                   int(report.problems.size()))},
                    {"text", q(sdk::describe(report))}};
        return {{"ok", true}, {"added", report.added}, {"updated", report.updated}};
    } catch (const sdk::Error& e) {
        return failure(QString(), q(e.what()));
    }
}

QVariantMap InsuranceBackend::exportFile(const QUrl& file, const QString& format)
{
    const QString path = file.toString(QUrl::PreferLocalFile);
    try {
        if (isOfficer())
            return failure(QString(), tr("The policies are for the staff."));
        sdk::saveWholeFile(
            path, exportPolicies(
                      m_context,
                      sdk::fileFormatFromName((format.isEmpty() ? path : format).toStdString()),
                      sdk::spreadsheetDateFormat(QLocale())));
        sdk::recordExport(m_context.audit(), "the insurance policies", format.toStdString(),
                          path.toStdString());
        return {{"ok", true}, {"path", path}};
    } catch (const sdk::Error& e) {
        return failure(QString(), q(e.what()));
    }
}

} // namespace contingent::insurance
