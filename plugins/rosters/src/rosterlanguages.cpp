#include "rosterlanguages.h"

#include <contingent/sdk/sqltablemodel.h>

#include <algorithm>
#include <iterator>

namespace contingent::rosters {

std::vector<sdk::Migration> migrations()
{
    return {
        {1, "officer languages", R"SQL(
CREATE TABLE rosters_language (
    officer_id INTEGER NOT NULL REFERENCES officer (id) ON DELETE CASCADE,
    language   TEXT NOT NULL CHECK (length(language) = 2 AND language = lower(language)),
    level      TEXT NOT NULL CHECK (level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    PRIMARY KEY (officer_id, language)
);
CREATE INDEX rosters_language_level ON rosters_language (language, level);
)SQL"},
        {2, "skills, courses, documents, unavailability", R"SQL(
CREATE TABLE rosters_skill (
    officer_id INTEGER NOT NULL REFERENCES officer (id) ON DELETE CASCADE,
    skill      TEXT NOT NULL CHECK (length(trim(skill)) > 0 AND instr(skill, ';') = 0),
    PRIMARY KEY (officer_id, skill)
);
CREATE INDEX rosters_skill_skill ON rosters_skill (skill);

-- Courses and certificates; expires NULL: does not expire.
CREATE TABLE rosters_course (
    id         INTEGER PRIMARY KEY,
    officer_id INTEGER NOT NULL REFERENCES officer (id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    issued     TEXT NOT NULL CHECK (issued IS date(issued, '+0 days')),
    expires    TEXT CHECK (expires IS NULL OR (expires IS date(expires, '+0 days')
                                                AND expires >= issued))
);
CREATE INDEX rosters_course_officer ON rosters_course (officer_id);

-- One row per officer with a record beyond the core one (absent: nothing known).
-- competency_test: the last professional and psycho-physical competency test
-- (Police Act Art. 71), valid three years.
CREATE TABLE rosters_profile (
    officer_id      INTEGER PRIMARY KEY REFERENCES officer (id) ON DELETE CASCADE,
    competency_test TEXT CHECK (competency_test IS NULL
                                OR competency_test IS date(competency_test, '+0 days')),
    passport_number TEXT NOT NULL DEFAULT '',
    passport_expiry TEXT CHECK (passport_expiry IS NULL
                                OR passport_expiry IS date(passport_expiry, '+0 days')),
    driving_licence TEXT NOT NULL DEFAULT '',
    deployable      INTEGER NOT NULL DEFAULT 1 CHECK (deployable IN (0, 1)),
    not_deployable_reason TEXT NOT NULL DEFAULT '',
    CHECK (deployable = 1 OR length(trim(not_deployable_reason)) > 0)
);

CREATE TABLE rosters_unavailability (
    id         INTEGER PRIMARY KEY,
    officer_id INTEGER NOT NULL REFERENCES officer (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('leave', 'medical', 'training', 'other')),
    first_day  TEXT NOT NULL CHECK (first_day IS date(first_day, '+0 days')),
    last_day   TEXT NOT NULL CHECK (last_day IS date(last_day, '+0 days') AND last_day >= first_day),
    note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rosters_unavailability_officer ON rosters_unavailability (officer_id, first_day);
CREATE INDEX rosters_unavailability_period ON rosters_unavailability (first_day, last_day);
)SQL"},
        // The roster in the order it is shown (its Name column, as the table
        // sorts it): the first screen reads 200 index entries, not a sort of
        // every officer (three sorts of 134 000 officers at every opening).
        {3, "the roster by name", R"SQL(
CREATE INDEX rosters_officer_by_name
    ON officer ((family_name || ', ' || given_name) COLLATE NOCASE);
)SQL"},
        // The same in the Slovene alphabet's order (issue #15, item 17: Č after C, Š after S,
        // Ž after Z), the expression SqlTableModel sorts by.
        {4, "the roster by name, alphabetically",
         "DROP INDEX rosters_officer_by_name;\n"
         "CREATE INDEX rosters_officer_alphabetical ON officer ("
             + sdk::alphabeticalOrder("family_name || ', ' || given_name") + ");\n"},
    };
}

namespace {

// ISO 639-1, sorted (binary search).
constexpr std::string_view kLanguageCodes[] = {
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh",
    "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da",
    "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr",
    "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz",
    "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj",
    "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln",
    "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb",
    "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi",
    "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk",
    "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti",
    "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo",
    "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu"};

} // namespace

bool isLanguageCode(std::string_view code)
{
    return std::binary_search(std::begin(kLanguageCodes), std::end(kLanguageCodes), code);
}

bool isCefrLevel(std::string_view level)
{
    return level.size() == 2 && level[0] >= 'A' && level[0] <= 'C'
           && (level[1] == '1' || level[1] == '2');
}

void setLanguages(sdk::Database& db, sdk::OfficerId officerId,
                  const std::vector<LanguageSkill>& skills)
{
    for (const LanguageSkill& s : skills) {
        if (!isLanguageCode(s.language))
            throw sdk::InputError("language \"" + s.language
                                  + "\" is not an ISO 639-1 code (en, fr, sl, ...)");
        if (!isCefrLevel(s.level))
            throw sdk::InputError("language " + s.language + ": level \"" + s.level
                                  + "\" is not a CEFR level (A1, A2, B1, B2, C1, C2)");
    }
    sdk::Savepoint sp(db);
    db.execute("DELETE FROM rosters_language WHERE officer_id = ?", officerId);
    sdk::Statement insert(
        db, "INSERT INTO rosters_language (officer_id, language, level) VALUES (?, ?, ?)");
    for (const LanguageSkill& s : skills) {
        insert.bindAll(officerId, s.language, s.level).run();
        insert.reset();
    }
    sp.release();
}

std::vector<LanguageSkill> parseLanguages(std::string_view text)
{
    std::vector<LanguageSkill> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(';', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view item = text.substr(start, end - start);
        while (!item.empty() && item.front() == ' ')
            item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ')
            item.remove_suffix(1);
        start = end + 1;
        if (item.empty())
            continue;
        const std::size_t colon = item.find(':');
        if (colon == std::string_view::npos)
            throw sdk::InputError("\"" + std::string(item)
                                  + "\" is not language:level (e.g. en:C1)");
        LanguageSkill l{std::string(item.substr(0, colon)), std::string(item.substr(colon + 1))};
        if (!isLanguageCode(l.language))
            throw sdk::InputError("\"" + l.language + "\" is not an ISO 639-1 language code");
        if (!isCefrLevel(l.level))
            throw sdk::InputError(l.language + ": \"" + l.level
                                  + "\" is not a CEFR level (A1, A2, B1, B2, C1, C2)");
        for (const LanguageSkill& seen : out)
            if (seen.language == l.language)
                throw sdk::InputError(l.language + " is given twice");
        out.push_back(std::move(l));
    }
    return out;
}

std::vector<LanguageSkill> languages(sdk::Database& db, sdk::OfficerId officerId)
{
    sdk::Statement st(db, "SELECT language, level FROM rosters_language WHERE officer_id = ? "
                          "ORDER BY level DESC, language");
    st.bind(1, officerId);
    std::vector<LanguageSkill> out;
    while (st.step())
        out.push_back({st.text(0), st.text(1)});
    return out;
}

std::string formatLanguages(const std::vector<LanguageSkill>& skills)
{
    std::string out;
    for (const LanguageSkill& s : skills)
        out += (out.empty() ? "" : ";") + s.language + ":" + s.level;
    return out;
}

} // namespace contingent::rosters
