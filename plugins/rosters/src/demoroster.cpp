#include "demoroster.h"

#include "rosterlanguages.h"
#include "rosterrecords.h"

#include <cstdio>
#include <iterator>

namespace contingent::rosters {

namespace {

// Common given and family names, combined at random: the people are fictional.
constexpr const char* kWomen[] = {"Ana",   "Maja",  "Nina",  "Eva",   "Katja",   "Mojca",
                                  "Petra", "Tanja", "Urška", "Špela", "Barbara", "Mateja"};
constexpr const char* kMen[] = {"Luka", "Matej",  "Jure",    "Marko", "Andrej", "Tomaž",
                                "Rok",  "Gregor", "Boštjan", "Žiga",  "Primož", "Aleš"};
constexpr const char* kFamilies[] = {"Novak",    "Horvat", "Kovačič", "Krajnc", "Zupančič",
                                     "Potočnik", "Kovač",  "Mlakar",  "Kos",    "Vidmar",
                                     "Golob",    "Turk",   "Božič",   "Kralj",  "Zupan",
                                     "Bizjak",   "Hribar", "Korošec", "Rozman", "Kotnik"};
constexpr const char* kRanks[] = {"police officer",        "senior police officer",
                                  "police inspector",      "senior police inspector",
                                  "police superintendent", "chief police superintendent"};
constexpr const char* kUnits[] = {"PU Ljubljana",
                                  "PU Maribor",
                                  "PU Celje",
                                  "PU Koper",
                                  "PU Kranj",
                                  "PU Novo mesto",
                                  "PU Murska Sobota",
                                  "PU Nova Gorica",
                                  "GPU Specialna enota",
                                  "GPU Uprava kriminalistične policije"};
constexpr const char* kLanguages[] = {"en", "de", "fr", "it", "hr", "sr", "sq", "ru", "ar", "es"};
constexpr const char* kLevels[] = {"A2", "B1", "B2", "C1", "C2"};
constexpr const char* kSkills[] = {"border policing",    "criminal investigation",
                                   "forensics",          "training and mentoring",
                                   "community policing", "leadership",
                                   "public order",       "organised crime",
                                   "human rights",       "IT and cybercrime"};
constexpr const char* kNotDeployable[] = {"medical restriction until further notice",
                                          "disciplinary procedure pending",
                                          "needed at home unit (director's decision)"};
constexpr const char* kUnavailable[] = {"leave", "leave", "leave", "medical", "training", "other"};

template <std::size_t N> const char* pick(DemoRandom& r, const char* const (&items)[N])
{
    return items[r.below(N)];
}

std::string ascii(std::string s)
{
    // e-mail local parts stay ASCII: č->c, š->s, ž->z
    const std::pair<const char*, const char*> map[] = {{"č", "c"}, {"š", "s"}, {"ž", "z"},
                                                       {"Č", "c"}, {"Š", "s"}, {"Ž", "z"}};
    for (const auto& [from, to] : map)
        for (std::size_t p; (p = s.find(from)) != std::string::npos;)
            s.replace(p, std::string_view(from).size(), to);
    for (char& c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// Skills, documents, courses and unavailability around today: most officers
/// are deployable; some tests and passports lapse soon, to give the checks
/// and the dashboard something to show.
void addDemoRecords(sdk::Context& context, DemoRandom& r, sdk::OfficerId id)
{
    sdk::Database& db = context.store();
    const sdk::Date today = context.today();
    std::vector<std::string> skills;
    for (std::uint64_t n = 1 + r.below(3); n > 0; --n)
        skills.push_back(pick(r, kSkills));
    setSkills(db, id, skills);

    Documents d;
    if (r.below(100) < 96)
        d.competencyTest = today.addDays(-int(r.below(3 * 365 + 60)));
    if (r.below(100) < 93) {
        d.passportNumber = "PD" + std::to_string(1000000 + r.below(8999999));
        d.passportExpiry = today.addDays(int(r.below(10 * 365)) - 120);
    }
    d.drivingLicence = r.below(100) < 90 ? (r.below(100) < 25 ? "B, C" : "B") : "";
    if (r.below(100) < 4) {
        d.deployable = false;
        d.notDeployableReason = pick(r, kNotDeployable);
    }
    setDocuments(db, id, d);

    if (r.below(100) < 45) {
        const sdk::Date issued = today.addDays(-int(r.below(6 * 365)));
        addCourse(db, id,
                  {0, "Pre-deployment course (UN-certified)", issued, issued.addMonths(36)});
    }
    if (r.below(100) < 20) {
        const sdk::Date issued = today.addDays(-int(r.below(4 * 365)));
        addCourse(db, id,
                  {0, "Hostile environment awareness training (HEAT)", issued, std::nullopt});
    }
    if (r.below(100) < 18) {
        const sdk::Date first = today.addDays(int(r.below(300)) - 30);
        const sdk::Date last = first.addDays(int(4 + r.below(25)));
        addUnavailability(db, id, {0, pick(r, kUnavailable), sdk::Period(first, last), ""});
    }
}

} // namespace

void generateDemoOfficers(sdk::Context& context, std::uint64_t seed, int count)
{
    DemoRandom r(seed ^ 0x726f7374657273ULL);
    auto officers = context.officers();
    for (int i = 1; i <= count; ++i) {
        const bool woman = r.below(100) < 30;
        sdk::Officer o;
        char number[16];
        std::snprintf(number, sizeof number, "DEMO-%05d", i);
        o.serviceNumber = number;
        o.givenName = woman ? pick(r, kWomen) : pick(r, kMen);
        o.familyName = pick(r, kFamilies);
        o.gender = woman ? "F" : "M";
        o.birthDate = sdk::Date::fromYmd(1965 + int(r.below(35)), unsigned(1 + r.below(12)),
                                         unsigned(1 + r.below(28)));
        o.rank = pick(r, kRanks);
        o.unit = pick(r, kUnits);
        o.email =
            ascii(o.givenName + "." + o.familyName) + "." + std::to_string(i) + "@demo.invalid";
        o.active = r.below(100) < 95;
        const sdk::OfficerId id = officers.add(o);

        std::vector<LanguageSkill> skills{{"en", pick(r, kLevels)}};
        for (std::uint64_t extra = r.below(3); extra > 0; --extra) {
            const std::string lang = pick(r, kLanguages);
            if (lang != "en" && (skills.size() < 2 || skills[1].language != lang))
                skills.push_back({lang, pick(r, kLevels)});
        }
        setLanguages(context.store(), id, skills);
        addDemoRecords(context, r, id);
    }
}

} // namespace contingent::rosters
