#pragma once
/// @file version.h
/// Versions of the SDK. The ABI version changes whenever a public class changes
/// layout or a virtual function is added, removed or reordered; the host
/// refuses a plugin built against another ABI version.

namespace contingent::sdk {

/// ABI version a plugin was compiled against (exported by CONTINGENT_PLUGIN).
inline constexpr int kAbiVersion = 2;
/// Human-readable SDK version.
inline constexpr const char* kSdkVersion = "0.1.0";

} // namespace contingent::sdk
