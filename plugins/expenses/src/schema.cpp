#include "schema.h"

namespace contingent::expenses {

namespace {

const sdk::Migration kV1{1, "expenses: rates, tour and mission terms, claims and receipts", R"SQL(
CREATE TABLE expenses_rate (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('daily_allowance', 'travel', 'separated_living',
                                       'moving', 'base_salary', 'danger_fixed')),
    country TEXT NOT NULL DEFAULT '',
    valid_from TEXT NOT NULL CHECK (valid_from IS date(valid_from, '+0 days')),
    valid_until TEXT CHECK (valid_until IS NULL OR valid_until >= valid_from),
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    currency TEXT NOT NULL DEFAULT 'EUR' CHECK (currency IN ('EUR', 'USD')),
    confirmed INTEGER NOT NULL DEFAULT 1,
    source TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, country, valid_from)
);
-- The shipped rates offered to this store once: (kind, country, valid_from).
CREATE TABLE expenses_shipped_rate (
    kind TEXT NOT NULL,
    country TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    PRIMARY KEY (kind, country, valid_from)
) WITHOUT ROWID;
-- Who pays a mission's daily allowance: 1 when the organisation running it
-- pays its own mission allowance (the Regulation's Art. 1), so no national
-- daily allowance is forecast.
CREATE TABLE expenses_mission (
    mission_id INTEGER PRIMARY KEY REFERENCES mission(id) ON DELETE CASCADE,
    organisation_pays INTEGER NOT NULL DEFAULT 0
);
-- A tour's own terms: the officer relocates (moving expenses, Art. 79), and
-- who pays the allowance when it differs from the mission's.
CREATE TABLE expenses_tour (
    deployment_id INTEGER PRIMARY KEY REFERENCES deployment(id) ON DELETE CASCADE,
    relocates INTEGER NOT NULL DEFAULT 0,
    organisation_pays INTEGER
);
CREATE TABLE expenses_claim (
    id INTEGER PRIMARY KEY,
    deployment_id INTEGER NOT NULL REFERENCES deployment(id) ON DELETE CASCADE,
    category TEXT NOT NULL CHECK (category IN ('travel', 'home_leave', 'separated_living',
                                               'moving', 'daily_allowance', 'danger_bonus',
                                               'other')),
    day TEXT NOT NULL CHECK (day IS date(day, '+0 days')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    description TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'submitted'
        CHECK (state IN ('submitted', 'approved', 'rejected', 'paid')),
    reason TEXT NOT NULL DEFAULT '',
    submitted_by TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    paid_on TEXT
);
CREATE INDEX expenses_claim_by_tour ON expenses_claim(deployment_id);
CREATE INDEX expenses_claim_by_day ON expenses_claim(day);
CREATE INDEX expenses_claim_by_state ON expenses_claim(state);
CREATE TABLE expenses_receipt (
    claim_id INTEGER PRIMARY KEY REFERENCES expenses_claim(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    content BLOB NOT NULL
);
)SQL"};

// The claims waiting for a decision, newest first (the Claims tab), read from
// one index: on a store of a million claims the list took 111 ms through the
// state index and a sort.
const sdk::Migration kV2{2, "expenses: claims by state and day", R"SQL(
CREATE INDEX expenses_claim_by_state_day ON expenses_claim(state, day);
DROP INDEX expenses_claim_by_state;
)SQL"};

} // namespace

std::vector<sdk::Migration> migrations()
{
    return {kV1, kV2};
}

} // namespace contingent::expenses
