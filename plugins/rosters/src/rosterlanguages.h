#pragma once
// Officers' languages with their CEFR level (A1..C2), in rosters_language.

#include <contingent/sdk/migrations.h>
#include <contingent/sdk/store.h>

#include <string>
#include <vector>

namespace contingent::rosters {

struct LanguageSkill {
    std::string language; ///< ISO 639-1 code, e.g. "en"
    std::string level;    ///< CEFR: A1, A2, B1, B2, C1, C2
};

/// The plugin's schema, oldest first.
std::vector<sdk::Migration> migrations();

/// True for a two-letter ISO 639-1 code ("en", "sl"; not "EN", not "xx").
bool isLanguageCode(std::string_view code);
/// True for A1..C2.
bool isCefrLevel(std::string_view level);

/// Replaces an officer's languages; throws sdk::InputError for a bad code or level.
void setLanguages(sdk::Database& db, sdk::OfficerId officerId,
                  const std::vector<LanguageSkill>& skills);
std::vector<LanguageSkill> languages(sdk::Database& db, sdk::OfficerId officerId);
/// Parses "en:C1;fr:B2" (spaces around items allowed, empty text: none).
/// Throws sdk::InputError naming the first bad item: a malformed pair, an
/// unknown code, a level that is not CEFR, a language given twice.
std::vector<LanguageSkill> parseLanguages(std::string_view text);
/// "en:C1;fr:B2", the form the CSV uses.
std::string formatLanguages(const std::vector<LanguageSkill>& skills);

} // namespace contingent::rosters
