#pragma once
/// @file error.h
/// The one exception family that crosses between the SDK, the host and plugins.

#include "contingent/sdk/export.h"

#include <stdexcept>
#include <string>

namespace contingent::sdk {

/// Base of every error the SDK throws. The message names what failed and where,
/// in one line a person can act on.
class CONTINGENT_SDK_EXPORT Error : public std::runtime_error {
public:
    explicit Error(const std::string& message)
        : std::runtime_error(message)
    {
    }
    ~Error() override;
};

/// Bad input from a person or a file: an unknown id, a value out of range.
class CONTINGENT_SDK_EXPORT InputError : public Error {
public:
    using Error::Error;
    ~InputError() override;
};

} // namespace contingent::sdk
