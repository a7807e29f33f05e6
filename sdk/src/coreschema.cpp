#include "contingent/sdk/repositories.h"

namespace contingent::sdk {

namespace {

// A column holds a valid ISO day when SQLite gives back the same text after
// normalising it: date('2023-02-30', '+0 days') is '2023-03-02' and
// date('2023-2-3', '+0 days') is NULL. (Plain date() passes '2023-02-30' through.)
const Migration kCoreV1{1, "core tables", R"SQL(
CREATE TABLE officer (
    id             INTEGER PRIMARY KEY,
    service_number TEXT NOT NULL UNIQUE CHECK (length(trim(service_number)) > 0),
    given_name     TEXT NOT NULL CHECK (length(trim(given_name)) > 0),
    family_name    TEXT NOT NULL CHECK (length(trim(family_name)) > 0),
    gender         TEXT NOT NULL DEFAULT 'X' CHECK (gender IN ('F', 'M', 'X')),
    birth_date     TEXT CHECK (birth_date IS NULL OR birth_date IS date(birth_date, '+0 days')),
    rank           TEXT NOT NULL DEFAULT '',
    unit           TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX officer_family_name ON officer (family_name, given_name);

CREATE TABLE mission (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    organisation TEXT NOT NULL CHECK (organisation IN
                     ('WEU', 'EU', 'UN', 'OSCE', 'multinational', 'bilateral', 'other')),
    host_country TEXT NOT NULL DEFAULT '',
    start_date   TEXT NOT NULL CHECK (start_date IS date(start_date, '+0 days')),
    end_date     TEXT CHECK (end_date IS NULL OR (end_date IS date(end_date, '+0 days')
                                                  AND end_date >= start_date))
);

CREATE TABLE deployment (
    id         INTEGER PRIMARY KEY,
    officer_id INTEGER NOT NULL REFERENCES officer (id) ON DELETE RESTRICT,
    mission_id INTEGER NOT NULL REFERENCES mission (id) ON DELETE RESTRICT,
    position   TEXT NOT NULL DEFAULT '',
    first_day  TEXT NOT NULL CHECK (first_day IS date(first_day, '+0 days')),
    last_day   TEXT NOT NULL CHECK (last_day IS date(last_day, '+0 days')),
    status     TEXT NOT NULL DEFAULT 'planned' CHECK (status IN
                   ('planned', 'proposed', 'approved', 'active', 'completed', 'cancelled')),
    CHECK (first_day <= last_day)
);
CREATE INDEX deployment_officer ON deployment (officer_id, first_day);
CREATE INDEX deployment_mission ON deployment (mission_id, first_day);

CREATE TABLE app_user (
    id           INTEGER PRIMARY KEY,
    login        TEXT NOT NULL UNIQUE CHECK (length(trim(login)) > 0),
    display_name TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL CHECK (role IN ('admin', 'planner', 'officer', 'viewer')),
    officer_id   INTEGER REFERENCES officer (id) ON DELETE SET NULL
);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    actor     TEXT NOT NULL,
    plugin    TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    details   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE TABLE plugin_setting (
    plugin TEXT NOT NULL,
    key    TEXT NOT NULL,
    value  TEXT NOT NULL,
    PRIMARY KEY (plugin, key)
);
)SQL"};

// Shared facts that were a plugin's: the risk level of a mission (the missions
// plugin copies its own column over in its migration 2), and a tour's own,
// which overrides the mission's when set.
const Migration kCoreV2{2, "risk levels of missions and tours", R"SQL(
ALTER TABLE mission ADD COLUMN risk_level TEXT NOT NULL DEFAULT 'medium'
    CHECK (risk_level IN ('low', 'medium', 'high'));
ALTER TABLE deployment ADD COLUMN risk_level TEXT
    CHECK (risk_level IS NULL OR risk_level IN ('low', 'medium', 'high'));
)SQL"};

// A user can be disabled (kept, with their audit trail) instead of removed.
const Migration kCoreV3{3, "users can be disabled", R"SQL(
ALTER TABLE app_user ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
)SQL"};

// Tours by their first day: "starting in the next N days" (Home cards, the
// insurance plugin's uncovered tours ahead) reads a range, not every tour.
const Migration kCoreV4{4, "tours by their first day", R"SQL(
CREATE INDEX deployment_first_day ON deployment (first_day);
)SQL"};

// Tours by mission and last day: "abroad today" (the Home card) reads the tours
// of a mission that have not ended, not every tour it ever had (on 500 000
// tours the card read them all at every start).
const Migration kCoreV5{5, "tours by mission and last day", R"SQL(
CREATE INDEX deployment_mission_last_day ON deployment (mission_id, last_day);
)SQL"};

// A mission's tours in the order they were entered: a page of the Missions
// page's tour table reads 200 index entries, not a sort of the mission's every
// tour (33 000 on a big store, twice: the first page and the next).
const Migration kCoreV6{6, "tours by mission in entry order", R"SQL(
CREATE INDEX deployment_by_mission ON deployment (mission_id, id);
)SQL"};

} // namespace

void migrateCoreSchema(MigrationRunner& runner)
{
    static const Migration core[] = {kCoreV1, kCoreV2, kCoreV3, kCoreV4, kCoreV5, kCoreV6};
    runner.apply("core", core);
}

} // namespace contingent::sdk
