#pragma once
// A plugin's manifest (<id>.json next to its library), read before the library is loaded.

#include <QString>

#include <optional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace contingent::shell {

struct PluginNeed {
    std::string id;
    std::string minVersion; ///< "0" when any version will do
};

struct Manifest {
    std::string id;
    std::string name;
    std::string version;
    std::string description;
    /// The name and description in other languages, by code ("sl"): "translations" in the
    /// manifest, {"sl": {"name": ..., "description": ...}}; the Plugins page shows the window's.
    std::map<std::string, std::pair<std::string, std::string>> translations;
    /// The SDK it was built against, as sdk::kAbiVersion counts (major * 1000
    /// + minor), from "sdk": "1.0"; a pre-1.0 manifest's "abi": N gives N.
    int abi = 0;
    std::string library; ///< file name, relative to the manifest's folder
    std::vector<PluginNeed> needs;
    /// Plugins this one starts after when they are loaded too, without needing
    /// them (e.g. missions after rosters, so demo tours use the roster's officers).
    std::vector<std::string> after;
};

/// Reads and validates a manifest; throws sdk::InputError naming the file and the field.
Manifest readManifest(const QString& path);

/// Why a host of SDK `hostAbi` does not load a plugin built against
/// `pluginAbi` (both major * 1000 + minor), saying what to rebuild or update;
/// nothing when it loads it (same major, equal or older minor).
std::optional<std::string> sdkProblem(int pluginAbi, int hostAbi);

/// "SDK 1.2", or "a pre-1.0 SDK (ABI 2)".
std::string describeSdk(int abi);

/// True for ids of the form [a-z][a-z0-9_]*.
bool isValidPluginId(std::string_view id);

} // namespace contingent::shell
