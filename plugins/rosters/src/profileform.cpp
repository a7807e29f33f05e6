#include "profileform.h"

#include "rosterchecks.h"

#include <QCoreApplication>
#include <QVariantList>

namespace contingent::rosters {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QVariant iso(const std::optional<sdk::Date>& d)
{
    return d ? QVariant(q(d->toIso())) : QVariant(QString());
}

std::string text(const QVariantMap& form, const char* key)
{
    return form.value(QLatin1String(key)).toString().trimmed().toStdString();
}

/// An optional ISO date field; records an error for bad text.
std::optional<sdk::Date> dateField(const QVariantMap& form, const char* key, QVariantMap& errors)
{
    const std::string value = text(form, key);
    if (value.empty())
        return std::nullopt;
    if (auto d = sdk::Date::tryFromIso(value))
        return d;
    errors.insert(QLatin1String(key), QCoreApplication::translate("contingent::rosters",
                                                                  "“%1” is not a date (YYYY-MM-DD)")
                                          .arg(q(value)));
    return std::nullopt;
}

} // namespace

QVariantMap toForm(const OfficerProfile& p, int competencyYears)
{
    const sdk::Officer& o = p.officer;
    QVariantList languages;
    for (const LanguageSkill& l : p.languages)
        languages.append(QVariantMap{{"language", q(l.language)}, {"level", q(l.level)}});
    QVariantList skills;
    for (const std::string& s : p.skills)
        skills.append(q(s));
    QVariantList courses;
    for (const Course& c : p.courses)
        courses.append(QVariantMap{{"id", qint64(c.id)},
                                   {"name", q(c.name)},
                                   {"issued", q(c.issued.toIso())},
                                   {"expires", iso(c.expires)}});
    QVariantList periods;
    for (const Unavailability& u : p.unavailability)
        periods.append(QVariantMap{{"id", qint64(u.id)},
                                   {"kind", q(u.kind)},
                                   {"first_day", q(u.period.first().toIso())},
                                   {"last_day", q(u.period.last().toIso())},
                                   {"note", q(u.note)}});
    const Documents& d = p.documents;
    return {{"id", qint64(o.id.value())},
            {"service_number", q(o.serviceNumber)},
            {"given_name", q(o.givenName)},
            {"family_name", q(o.familyName)},
            {"gender", q(o.gender)},
            {"birth_date", iso(o.birthDate)},
            {"rank", q(o.rank)},
            {"rankTitle", rankTitle(o.rank)},
            {"unit", q(o.unit)},
            {"email", q(o.email)},
            {"active", o.active},
            {"languages", q(formatLanguages(p.languages))},
            {"language_list", languages},
            {"skills", q(formatSkills(p.skills))},
            {"skill_list", skills},
            {"competency_test", iso(d.competencyTest)},
            {"competency_valid_until",
             d.competencyTest ? iso(competencyValidUntil(*d.competencyTest, competencyYears))
                              : QVariant(QString())},
            {"passport_number", q(d.passportNumber)},
            {"passport_expiry", iso(d.passportExpiry)},
            {"driving_licence", q(d.drivingLicence)},
            {"deployable", d.deployable},
            {"not_deployable_reason", q(d.notDeployableReason)},
            {"courses", courses},
            {"unavailability", periods}};
}

QVariantMap fromForm(const QVariantMap& form, sdk::Date today, OfficerProfile& p)
{
    QVariantMap errors;
    sdk::Officer& o = p.officer;
    o.id = sdk::OfficerId(form.value(QStringLiteral("id")).toLongLong());
    o.serviceNumber = text(form, "service_number");
    o.givenName = text(form, "given_name");
    o.familyName = text(form, "family_name");
    o.gender = genderCode(text(form, "gender"));
    o.rank = rankKey(text(form, "rank")); // the form offers the ranks by their titles
    o.unit = text(form, "unit");
    o.email = text(form, "email");
    o.active = form.value(QStringLiteral("active"), true).toBool();
    for (const char* required : {"service_number", "given_name", "family_name"})
        if (text(form, required).empty())
            errors.insert(QLatin1String(required),
                          QCoreApplication::translate("contingent::rosters", "Required."));
    if (o.gender != "F" && o.gender != "M" && o.gender != "X")
        errors.insert(QStringLiteral("gender"),
                      QCoreApplication::translate("contingent::rosters", "Choose F, M or X."));
    o.birthDate = dateField(form, "birth_date", errors);
    if (o.birthDate && *o.birthDate > today)
        errors.insert(
            QStringLiteral("birth_date"),
            QCoreApplication::translate("contingent::rosters", "The birth date is in the future."));
    else if (o.birthDate && sdk::birthDateProblem(*o.birthDate, today))
        errors.insert(QStringLiteral("birth_date"),
                      QCoreApplication::translate("contingent::rosters",
                                                  "The birth date is more than 100 years ago."));
    if (!o.email.empty() && !isEmailAddress(o.email))
        errors.insert(QStringLiteral("email"),
                      QCoreApplication::translate("contingent::rosters", "Not an e-mail address."));
    try {
        p.languages = parseLanguages(text(form, "languages"));
    } catch (const sdk::InputError& e) {
        errors.insert(QStringLiteral("languages"), QString::fromUtf8(e.what()));
    }
    try {
        std::vector<std::string> list;
        const QString skills = form.value(QStringLiteral("skills")).toString();
        for (const QString& s : skills.split(';', Qt::SkipEmptyParts))
            list.push_back(s.toStdString());
        p.skills = normalisedSkills(list);
    } catch (const sdk::InputError& e) {
        errors.insert(QStringLiteral("skills"), QString::fromUtf8(e.what()));
    }
    Documents& d = p.documents;
    d.competencyTest = dateField(form, "competency_test", errors);
    if (d.competencyTest && *d.competencyTest > today)
        errors.insert(QStringLiteral("competency_test"),
                      QCoreApplication::translate("contingent::rosters",
                                                  "The test cannot be in the future."));
    d.passportNumber = text(form, "passport_number");
    d.passportExpiry = dateField(form, "passport_expiry", errors);
    if (d.passportExpiry && d.passportNumber.empty())
        errors.insert(QStringLiteral("passport_number"),
                      QCoreApplication::translate("contingent::rosters",
                                                  "Give the number of the passport that expires."));
    d.drivingLicence = text(form, "driving_licence");
    d.deployable = form.value(QStringLiteral("deployable"), true).toBool();
    d.notDeployableReason = text(form, "not_deployable_reason");
    if (!d.deployable && d.notDeployableReason.empty())
        errors.insert(QStringLiteral("not_deployable_reason"),
                      QCoreApplication::translate("contingent::rosters",
                                                  "Say why the officer is not deployable."));
    return errors;
}

QString fieldOfError(const QString& message)
{
    if (message.contains(QLatin1String("service number")))
        return QStringLiteral("service_number");
    if (message.contains(QLatin1String("birth date")))
        return QStringLiteral("birth_date");
    if (message.contains(QLatin1String("gender")))
        return QStringLiteral("gender");
    if (message.contains(QLatin1String("e-mail")) || message.contains(QLatin1String("email")))
        return QStringLiteral("email");
    return {};
}

} // namespace contingent::rosters
