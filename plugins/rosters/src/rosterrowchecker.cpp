#include "rosterrowchecker.h"

#include "rostercsv.h"

#include <optional>
#include <utility>

namespace contingent::rosters {

void RosterRowChecker::check(RawOfficer&& raw, std::size_t before, std::vector<RosterRow>& rows)
{
    const int line = raw.line;
    for (auto [value, column] : {std::pair{&raw.serviceNumber, "service_number"},
                                 {&raw.givenName, "given_name"},
                                 {&raw.familyName, "family_name"}}) {
        if (value->empty() && !reported(before, column))
            problem(line, column, "is empty");
    }
    if (!raw.serviceNumber.empty()) {
        const auto [first, isNew] = m_firstLine.try_emplace(raw.serviceNumber, line);
        if (!isNew)
            problem(line, "service_number",
                    quoted(raw.serviceNumber) + " is also on " + m_place
                        + std::to_string(first->second));
    }
    // The usual spellings (female, Ž, ženska, moški, any case) stand for F, M, X.
    if (const std::string code = genderCode(raw.gender); !code.empty())
        raw.gender = code;
    if (raw.gender != "F" && raw.gender != "M" && raw.gender != "X" && !reported(before, "gender"))
        problem(line, "gender",
                raw.gender.empty() ? "is empty (F, M or X)"
                                   : quoted(raw.gender) + " is not F, M or X");

    std::optional<sdk::Date> birthDate;
    if (!raw.birthDate.empty()) {
        birthDate = sdk::Date::tryFromIso(raw.birthDate);
        if (!birthDate)
            problem(line, "birth_date", quoted(raw.birthDate) + " is not a date (YYYY-MM-DD)");
        else if (const auto why = sdk::birthDateProblem(*birthDate, m_today))
            problem(line, "birth_date", *why);
    }
    if (!raw.email.empty() && !isEmailAddress(raw.email))
        problem(line, "email", quoted(raw.email) + " is not an e-mail address");

    for (const std::string& item : raw.languageItems) {
        if (item.empty())
            continue;
        const auto colon = item.find(':');
        if (colon == std::string::npos || item.find(':', colon + 1) != std::string::npos) {
            problem(line, "languages", quoted(item) + " is not language:level (e.g. en:C1)");
            continue;
        }
        raw.languagePairs.push_back({trimmed(std::string_view(item).substr(0, colon)),
                                     trimmed(std::string_view(item).substr(colon + 1))});
    }
    std::vector<LanguageSkill> languages;
    for (LanguageSkill& l : raw.languagePairs) {
        bool good = true;
        if (!isLanguageCode(l.language)) {
            problem(line, "languages",
                    quoted(l.language) + " is not an ISO 639-1 language code (en, fr, sl, ...)");
            good = false;
        }
        if (!isCefrLevel(l.level)) {
            problem(line, "languages",
                    l.language + ": " + quoted(l.level)
                        + " is not a CEFR level (A1, A2, B1, B2, C1, C2)");
            good = false;
        }
        const auto same = [&](const LanguageSkill& o) { return o.language == l.language; };
        if (std::any_of(languages.begin(), languages.end(), same)) {
            problem(line, "languages", l.language + " is listed twice");
            good = false;
        }
        if (good)
            languages.push_back(std::move(l));
    }

    std::vector<std::string> skills;
    for (std::string& s : raw.skills) {
        if (s.empty() || std::find(skills.begin(), skills.end(), s) != skills.end())
            continue;
        if (s.find(';') != std::string::npos)
            problem(line, "skills", "skill " + quoted(s) + " must not contain ';'");
        else
            skills.push_back(std::move(s));
    }

    std::optional<RosterExtras> extras;
    if (raw.full)
        extras = checkExtras(raw);

    if (m_problems.size() != before)
        return;
    sdk::Officer o;
    o.serviceNumber = std::move(raw.serviceNumber);
    o.givenName = std::move(raw.givenName);
    o.familyName = std::move(raw.familyName);
    o.gender = std::move(raw.gender);
    o.birthDate = birthDate;
    o.rank = rankKey(raw.rank); // a title in the window's language: its English rank
    o.unit = std::move(raw.unit);
    o.email = std::move(raw.email);
    rows.push_back(
        {std::move(o), std::move(languages), std::move(skills), std::move(extras), line});
}

std::optional<sdk::Date> RosterRowChecker::date(int line, std::string_view column,
                                                const std::string& text, std::string_view what)
{
    if (text.empty())
        return std::nullopt;
    if (auto d = sdk::Date::tryFromIso(text))
        return d;
    problem(line, column, std::string(what) + quoted(text) + " is not a date (YYYY-MM-DD)");
    return std::nullopt;
}

RosterExtras RosterRowChecker::checkExtras(RawOfficer& raw)
{
    const int line = raw.line;
    RosterExtras extras;
    Documents& d = extras.documents;
    d.competencyTest = date(line, "competency_test", raw.competencyTest);
    d.passportNumber = std::move(raw.passportNumber);
    d.passportExpiry = date(line, "passport_expiry", raw.passportExpiry);
    d.drivingLicence = std::move(raw.drivingLicence);
    if (const auto deployable = parseDeployable(raw.deployable))
        d.deployable = *deployable;
    else
        problem(line, "deployable", quoted(raw.deployable) + " is not yes or no");
    if (!d.deployable) {
        d.notDeployableReason = std::move(raw.notDeployableReason);
        if (d.notDeployableReason.empty())
            problem(line, "not_deployable_reason",
                    "is empty: say why the officer is not deployable");
    }

    for (const std::string& item : raw.courseItems) {
        if (auto c = parseCourse(item))
            raw.courses.push_back(std::move(*c));
        else
            problem(line, "courses", quoted(item) + " is not name: issued[/expires]");
    }
    for (const RawCourse& c : raw.courses) {
        const std::string what = "course " + quoted(c.name) + ": ";
        if (c.name.empty()) {
            problem(line, "courses", "a course has no name");
            continue;
        }
        const auto issued = date(line, "courses", c.issued, what);
        const auto expires = date(line, "courses", c.expires, what);
        if (c.issued.empty())
            problem(line, "courses", what + "the day it was issued is missing");
        else if (issued && expires && *expires < *issued)
            problem(line, "courses",
                    what + "expires " + c.expires + ", before it was issued " + c.issued);
        else if (issued)
            extras.courses.push_back({0, c.name, *issued, expires});
    }

    const auto& kinds = unavailabilityKinds();
    for (const std::string& item : raw.periodItems) {
        if (auto u = parsePeriod(item))
            raw.periods.push_back(std::move(*u));
        else
            problem(line, "unavailability", quoted(item) + " is not kind: first/last[: note]");
    }
    for (const RawPeriod& u : raw.periods) {
        if (std::find(kinds.begin(), kinds.end(), u.kind) == kinds.end()) {
            problem(line, "unavailability",
                    quoted(u.kind) + " is not leave, medical, training or other");
            continue;
        }
        const std::string what = u.kind + " ";
        const auto first = date(line, "unavailability", u.firstDay, what);
        const auto last = date(line, "unavailability", u.lastDay, what);
        if (u.firstDay.empty() || u.lastDay.empty())
            problem(line, "unavailability", what + "needs its first and last day");
        else if (first && last && *last < *first)
            problem(line, "unavailability",
                    what + u.firstDay + "/" + u.lastDay + " ends before it begins");
        else if (first && last)
            extras.unavailability.push_back({0, u.kind, sdk::Period(*first, *last), u.note});
    }
    return extras;
}

} // namespace contingent::rosters
