#pragma once
/// @file version.h
/// The SDK's version and its binary-compatibility promise, as Qt and KDE
/// Frameworks make it: a plugin built against SDK 1.m loads into every host
/// of SDK 1.n with n >= m. A minor version only adds (new functions, new
/// classes); a major version may break, and then every plugin is rebuilt.
/// `abidiff` against the committed baseline (sdk/abi/) checks the promise.

namespace contingent::sdk {

/// The major version: plugins must have been built against the same one.
inline constexpr int kSdkMajor = 1;
/// The minor version: plugins built against this one or an older one load.
inline constexpr int kSdkMinor = 0;
/// Human-readable SDK version.
inline constexpr const char* kSdkVersion = "1.0.0";
/// Major and minor as one number (major * 1000 + minor), exported by
/// CONTINGENT_PLUGIN as `contingent_sdk_abi`. Below 1000: a pre-1.0 SDK's
/// ABI number, which no 1.x host loads.
inline constexpr int kAbiVersion = kSdkMajor * 1000 + kSdkMinor;

} // namespace contingent::sdk
