#pragma once
// A plugin's manifest (<id>.json next to its library), read before the library is loaded.

#include <QString>

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
    int abi = 0;
    std::string library; ///< file name, relative to the manifest's folder
    std::vector<PluginNeed> needs;
    /// Plugins this one starts after when they are loaded too, without needing
    /// them (e.g. missions after rosters, so demo tours use the roster's officers).
    std::vector<std::string> after;
};

/// Reads and validates a manifest; throws sdk::InputError naming the file and the field.
Manifest readManifest(const QString& path);

/// Compares dotted versions numerically ("1.10" > "1.9"); missing parts count as 0.
int compareVersions(std::string_view a, std::string_view b);

/// True for ids of the form [a-z][a-z0-9_]*.
bool isValidPluginId(std::string_view id);

} // namespace contingent::shell
