#pragma once
// Names a plugin that crashed the process while loading, starting or running
// a command: a marker file is written before each risky call into a plugin and
// removed after it. A marker left behind means the last run died inside that
// plugin; it goes into a record (`<marker>.crashes`) that keeps the plugin out
// of every later start until its library changes (safe mode keeps it too).

#include <QString>

#include <optional>
#include <vector>

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
    /// Records `crash` of the plugin whose library now has `fingerprint`
    /// (empty: not known yet, e.g. in safe mode; the next start fills it in).
    void remember(const Leftover& crash, const QString& fingerprint);
    /// The recorded crash of `pluginId` while its library still has
    /// `fingerprint`; a record of another library (rebuilt, reinstalled) is
    /// forgotten and nothing returned.
    std::optional<Leftover> recordedCrash(const QString& pluginId, const QString& fingerprint);
    /// A library's identity for the record: its size and modification time.
    static QString fingerprint(const QString& libraryPath);
    void begin(const QString& pluginId, const QString& phase);
    void end();
    const QString& path() const { return m_path; }

private:
    struct Entry {
        Leftover crash;
        QString fingerprint;
    };
    std::vector<Entry> readRecord() const;
    void writeRecord(const std::vector<Entry>& entries) const;
    QString m_path;
};

} // namespace contingent::shell
