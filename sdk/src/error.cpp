#include "contingent/sdk/error.h"

namespace contingent::sdk {

// Out of line, so each exception type has one vtable and type_info, in the SDK.
Error::~Error() = default;
InputError::~InputError() = default;

} // namespace contingent::sdk
