#include "rosterlanguages.h"

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
    };
}

bool isCefrLevel(std::string_view level)
{
    return level.size() == 2 && level[0] >= 'A' && level[0] <= 'C'
           && (level[1] == '1' || level[1] == '2');
}

void setLanguages(sdk::Database& db, std::int64_t officerId,
                  const std::vector<LanguageSkill>& skills)
{
    for (const LanguageSkill& s : skills) {
        const bool codeOk = s.language.size() == 2
                            && std::islower(static_cast<unsigned char>(s.language[0]))
                            && std::islower(static_cast<unsigned char>(s.language[1]));
        if (!codeOk)
            throw sdk::InputError("language \"" + s.language
                                  + "\" is not a two-letter ISO 639-1 code");
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

std::vector<LanguageSkill> languages(sdk::Database& db, std::int64_t officerId)
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
