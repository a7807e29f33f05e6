#pragma once
// Names a plugin that crashed the process while loading or starting: a marker
// file is written before each risky call into a plugin and removed after it.
// A marker left behind means the last start died inside that plugin.

#include <QString>

#include <optional>

namespace contingent::shell {

class CrashGuard {
public:
    struct Leftover {
        QString pluginId;
        QString phase;
    };

    /// An empty path disables the guard (in-memory stores).
    explicit CrashGuard(QString markerPath)
        : m_path(std::move(markerPath))
    {
    }
    /// Reads and removes the marker of a start that died; nothing if the last start ended well.
    std::optional<Leftover> takeLeftover();
    void begin(const QString& pluginId, const QString& phase);
    void end();
    const QString& path() const { return m_path; }

private:
    QString m_path;
};

} // namespace contingent::shell
