#pragma once
// An officer's roster record beyond the core `officer` row: skills, courses,
// documents (competency test, passport, driving licence), the deployable flag
// and unavailability periods. Every write validates first and throws
// sdk::InputError naming the field; nothing is half-written.

#include "rosterlanguages.h"

#include <contingent/sdk/context.h>
#include <contingent/sdk/tablefile.h>

#include <optional>
#include <string>
#include <vector>

namespace contingent::rosters {

/// A course or certificate. No expiry: it does not lapse.
struct Course {
    std::int64_t id = 0;
    std::string name;
    sdk::Date issued;
    std::optional<sdk::Date> expires;
};

/// Leave, medical, training or other: the officer cannot be deployed then.
struct Unavailability {
    std::int64_t id = 0;
    std::string kind; ///< leave, medical, training, other
    sdk::Period period{sdk::Date(), sdk::Date()};
    std::string note;
};

/// The documents and the deployable flag (rosters_profile).
struct Documents {
    std::optional<sdk::Date> competencyTest; ///< Police Act Art. 71
    std::string passportNumber;
    std::optional<sdk::Date> passportExpiry;
    std::string drivingLicence; ///< categories, e.g. "B, C"
    bool deployable = true;
    std::string notDeployableReason; ///< required when not deployable
};

/// Everything the Rosters page shows of one officer.
struct OfficerProfile {
    sdk::Officer officer;
    std::vector<LanguageSkill> languages;
    std::vector<std::string> skills;
    Documents documents;
    std::vector<Course> courses;
    std::vector<Unavailability> unavailability;
};

/// The unavailability kinds, in the order forms offer them.
const std::vector<std::string>& unavailabilityKinds();

using sdk::trimmed; ///< contingent/sdk/tablefile.h
/// An address as people write one: local@domain.tld, one '@', a dot in the
/// domain, no white space (empty is not one).
bool isEmailAddress(std::string_view text);

/// A rank as the window shows it: the demo roster's English titles in the window's language
/// (issue #15, item 15); any other rank, as an administrator typed it, unchanged.
QString rankTitle(std::string_view rank);
/// The rank to store for `shown`: the English rank a title of rankTitle() stands for (the form
/// offers the titles, a Slovene spreadsheet may give them), else `shown` as it is.
std::string rankKey(std::string_view shown);
/// SQL that shows the rank column `column` as rankTitle() does (to show, sort and filter by).
std::string rankTitleSql(std::string_view column);

/// "F", "M" or "X" for the usual spellings of a gender, any case: F, female,
/// woman, Ž, ženska; M, male, man, moški; X, other, drugo. "" for anything else.
std::string genderCode(std::string_view text);

/// Trims, drops empty and duplicate entries; throws for one containing ';'.
std::vector<std::string> normalisedSkills(const std::vector<std::string>& skills);
void setSkills(sdk::Database& db, sdk::OfficerId officerId, const std::vector<std::string>& skills);
std::vector<std::string> skills(sdk::Database& db, sdk::OfficerId officerId);
/// "border policing;forensics", the form the CSV uses.
std::string formatSkills(const std::vector<std::string>& skills);

Documents documents(sdk::Database& db, sdk::OfficerId officerId);
/// The statement setDocuments() runs (bind: officer id, competency test, passport number and
/// expiry, driving licence, deployable, the reason), for a bulk write that prepares it once.
inline constexpr const char* kSetDocumentsSql =
    "INSERT INTO rosters_profile (officer_id, competency_test, passport_number, "
    "passport_expiry, driving_licence, deployable, not_deployable_reason) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (officer_id) DO UPDATE SET "
    "competency_test = excluded.competency_test, passport_number = excluded.passport_number, "
    "passport_expiry = excluded.passport_expiry, driving_licence = excluded.driving_licence, "
    "deployable = excluded.deployable, not_deployable_reason = excluded.not_deployable_reason";
void setDocuments(sdk::Database& db, sdk::OfficerId officerId, const Documents& documents);

std::vector<Course> courses(sdk::Database& db, sdk::OfficerId officerId);
std::int64_t addCourse(sdk::Database& db, sdk::OfficerId officerId, const Course& course);
void removeCourse(sdk::Database& db, sdk::OfficerId officerId, std::int64_t courseId);

std::vector<Unavailability> unavailability(sdk::Database& db, sdk::OfficerId officerId);
std::int64_t addUnavailability(sdk::Database& db, sdk::OfficerId officerId,
                               const Unavailability& period);
void removeUnavailability(sdk::Database& db, sdk::OfficerId officerId, std::int64_t periodId);

/// The officer and every record of theirs; throws InputError for an unknown id.
OfficerProfile loadProfile(sdk::Context& context, sdk::OfficerId officerId);
/// Adds (id 0) or updates the officer, languages, skills and documents in one
/// savepoint, audited as "rosters.profile"; courses and unavailability have
/// their own calls. Returns the officer id.
sdk::OfficerId saveProfile(sdk::Context& context, const OfficerProfile& profile);

} // namespace contingent::rosters
