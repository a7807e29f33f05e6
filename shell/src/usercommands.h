#pragma once
// `contingent users`: who may use the store, and in which role.

#include "session.h"

#include <ostream>
#include <string>
#include <vector>

namespace contingent::shell {

/// users [list] | users add LOGIN --role R [--name NAME] [--officer ID] |
/// users set LOGIN [--role R] [--name NAME] [--officer ID|none]. Admins only.
int runUsers(Session& session, const std::vector<std::string>& args, std::ostream& out);

} // namespace contingent::shell
