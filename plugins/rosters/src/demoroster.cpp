#include "demoroster.h"

#include "rosterlanguages.h"

#include <cstdio>
#include <iterator>

namespace contingent::rosters {

std::uint64_t DemoRandom::next()
{
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

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
        const std::int64_t id = officers.add(o);

        std::vector<LanguageSkill> skills{{"en", pick(r, kLevels)}};
        for (std::uint64_t extra = r.below(3); extra > 0; --extra) {
            const std::string lang = pick(r, kLanguages);
            if (lang != "en" && (skills.size() < 2 || skills[1].language != lang))
                skills.push_back({lang, pick(r, kLevels)});
        }
        setLanguages(context.store(), id, skills);
    }
}

} // namespace contingent::rosters
