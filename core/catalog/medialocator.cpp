#include "medialocator.h"

#include "catalog/imagerules.h"

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

QString MediaLocator::resolveScaled(const QString &relativePath, int longSide) const
{
    if (relativePath.isEmpty() || QDir::isAbsolutePath(relativePath))
        return resolve(relativePath);
    for (const int side : ImageRules::thumbnailSides()) {
        if (side < longSide)
            continue;
        const QString scaled = resolve(ImageRules::thumbnailNameFor(relativePath, side));
        if (!scaled.isEmpty())
            return scaled;
    }
    return resolve(relativePath);
}

} // namespace storefront::catalog
