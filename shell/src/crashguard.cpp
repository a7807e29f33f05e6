#include "crashguard.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace contingent::shell {

std::optional<CrashGuard::Leftover> CrashGuard::takeLeftover()
{
    if (m_path.isEmpty())
        return std::nullopt;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n');
    file.close();
    file.remove();
    if (lines.isEmpty() || lines.first().isEmpty())
        return std::nullopt;
    return Leftover{lines.value(0), lines.value(1)};
}

void CrashGuard::begin(const QString& pluginId, const QString& phase)
{
    if (m_path.isEmpty())
        return;
    // A plain write: the marker must outlive a crash of this process, not a
    // power cut, so it is not synced to disk (that cost a sync per plugin).
    QFile file(m_path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write((pluginId + '\n' + phase + '\n').toUtf8());
}

void CrashGuard::end()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

QString CrashGuard::fingerprint(const QString& libraryPath)
{
    const QFileInfo info(libraryPath);
    if (!info.exists())
        return {};
    return QString::number(info.size()) + QLatin1Char('@')
           + QString::number(info.lastModified().toMSecsSinceEpoch());
}

std::vector<CrashGuard::Entry> CrashGuard::readRecord() const
{
    std::vector<Entry> entries;
    QFile file(m_path + QStringLiteral(".crashes"));
    if (m_path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return entries;
    for (const QString& line : QString::fromUtf8(file.readAll()).split('\n')) {
        const QStringList parts = line.split('\t');
        if (parts.size() == 3 && !parts[0].isEmpty())
            entries.push_back({{parts[0], parts[1]}, parts[2]});
    }
    return entries;
}

void CrashGuard::writeRecord(const std::vector<Entry>& entries) const
{
    const QString path = m_path + QStringLiteral(".crashes");
    if (entries.empty()) {
        QFile::remove(path);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    for (const Entry& e : entries)
        file.write(
            (e.crash.pluginId + '\t' + e.crash.phase + '\t' + e.fingerprint + '\n').toUtf8());
}

void CrashGuard::remember(const Leftover& crash, const QString& fingerprint)
{
    if (m_path.isEmpty())
        return;
    std::vector<Entry> entries = readRecord();
    std::erase_if(entries, [&](const Entry& e) { return e.crash.pluginId == crash.pluginId; });
    entries.push_back({crash, fingerprint});
    writeRecord(entries);
}

std::optional<CrashGuard::Leftover> CrashGuard::recordedCrash(const QString& pluginId,
                                                              const QString& fingerprint)
{
    std::vector<Entry> entries = readRecord();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (it->crash.pluginId != pluginId)
            continue;
        if (it->fingerprint.isEmpty()) { // recorded in safe mode: this is its library
            it->fingerprint = fingerprint;
            const Leftover crash = it->crash;
            writeRecord(entries);
            return crash;
        }
        if (it->fingerprint == fingerprint)
            return it->crash;
        entries.erase(it); // rebuilt or reinstalled: tried again
        writeRecord(entries);
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace contingent::shell
