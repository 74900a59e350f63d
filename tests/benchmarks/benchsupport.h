#pragma once

#include <QByteArray>
#include <QFile>

namespace storefront::bench {

/// The process's peak resident set size in KiB (VmHWM), or -1 where /proc is missing.
inline long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace storefront::bench
