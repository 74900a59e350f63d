#include "medialocator.h"

#include <QDir>
#include <QFileInfo>

namespace storefront::catalog {

QString MediaLocator::mediaDirFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("media"));
}

QString MediaLocator::resolve(const QString &relativePath) const
{
    if (relativePath.isEmpty())
        return {};
    if (QDir::isAbsolutePath(relativePath))
        return QFileInfo::exists(relativePath) ? relativePath : QString();
    for (const QString &root : m_roots) {
        const QString candidate = QDir(root).filePath(relativePath);
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

} // namespace storefront::catalog
