#pragma once
// `contingent expenses ...`: forecasts, rates, claims and the yearly report.

#include <contingent/sdk/command.h>

namespace contingent::expenses {

extern const char* const kExpensesUsage;
int runExpensesCommand(sdk::CommandInvocation& call);

} // namespace contingent::expenses
