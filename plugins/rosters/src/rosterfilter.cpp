#include "rosterfilter.h"

#include "rosterlanguages.h"

#include <contingent/sdk/dates.h>
#include <contingent/sdk/error.h>

namespace contingent::rosters {

SqlCondition rosterFilter(const QVariantMap& filters)
{
    SqlCondition c;
    const auto value = [&](const char* key) {
        return filters.value(QLatin1String(key)).toString().trimmed().toStdString();
    };
    const auto add = [&c](const std::string& condition, std::vector<std::string> args) {
        c.where += (c.where.empty() ? "" : " AND ") + condition;
        c.args.insert(c.args.end(), args.begin(), args.end());
    };
    for (const char* column : {"rank", "unit", "gender"})
        if (const std::string v = value(column); !v.empty())
            add("o." + std::string(column) + " = ?", {v});
    if (const std::string language = value("language"); !language.empty()) {
        std::string level = value("level");
        if (level.empty())
            level = "A1";
        if (!isCefrLevel(level))
            throw sdk::InputError("\"" + level + "\" is not a CEFR level");
        // CEFR levels sort as text: A1 < A2 < B1 < B2 < C1 < C2.
        add("EXISTS (SELECT 1 FROM rosters_language l WHERE l.officer_id = o.id "
            "AND l.language = ? AND l.level >= ?)",
            {language, level});
    }
    if (const std::string skill = value("skill"); !skill.empty())
        add("EXISTS (SELECT 1 FROM rosters_skill s WHERE s.officer_id = o.id AND s.skill = ?)",
            {skill});
    const std::string from = value("available_from");
    const std::string to = value("available_to");
    if (!from.empty() || !to.empty()) {
        if (from.empty() || to.empty())
            throw sdk::InputError("give both the first and the last day of the period");
        const sdk::Period period = sdk::Period::fromIso(from, to);
        const std::string first = period.first().toIso(), last = period.last().toIso();
        add("o.active = 1 AND NOT EXISTS (SELECT 1 FROM rosters_unavailability u "
            "WHERE u.officer_id = o.id AND u.first_day <= ? AND u.last_day >= ?) "
            "AND NOT EXISTS (SELECT 1 FROM deployment d WHERE d.officer_id = o.id "
            "AND d.status <> 'cancelled' AND d.first_day <= ? AND d.last_day >= ?)",
            {last, first, last, first});
    }
    return c;
}

} // namespace contingent::rosters
