#include "crashguard.h"

#include <QFile>
#include <QSaveFile>

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
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write((pluginId + '\n' + phase + '\n').toUtf8());
        file.commit();
    }
}

void CrashGuard::end()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

} // namespace contingent::shell
