#pragma once
// What the CSV reader (tablefile.cpp) and the table file service (tables.cpp)
// share: the check every imported field passes.

#include <optional>
#include <string>
#include <string_view>

namespace contingent::sdk::detail {

/// "holds the control character U+0007, which no field may hold" when `field`
/// holds a control character other than a line break or a tab; else nothing.
std::optional<std::string> controlCharacterProblem(std::string_view field);

} // namespace contingent::sdk::detail
