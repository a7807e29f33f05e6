#include "crashguard.h"

#include <QFile>

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

} // namespace contingent::shell
