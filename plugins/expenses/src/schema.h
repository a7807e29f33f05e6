#pragma once
// The expenses plugin's schema (tables prefixed `expenses_`).

#include <contingent/sdk/migrations.h>

#include <vector>

namespace contingent::expenses {

std::vector<sdk::Migration> migrations();

} // namespace contingent::expenses
