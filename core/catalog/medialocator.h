#pragma once

#include <QString>
#include <QStringList>

namespace storefront::catalog {

/// Resolves a product's relative image path against the store's media roots, in order: the
/// media folder next to the database, then the bundled demo data.
class MediaLocator
{
public:
    MediaLocator() = default;
    explicit MediaLocator(QStringList roots)
        : m_roots(std::move(roots))
    {}

    /// The media folder of the database at `databasePath`.
    [[nodiscard]] static QString mediaDirFor(const QString &databasePath);

    /// The absolute path of an existing file, or empty when it is missing everywhere.
    [[nodiscard]] QString resolve(const QString &relativePath) const;
    /// The smallest stored scaled copy (ImageRules::thumbnailNameFor) whose long side is at
    /// least `longSide`, else the original: the grid decodes a 256-pixel copy, not a photo.
    [[nodiscard]] QString resolveScaled(const QString &relativePath, int longSide) const;
    [[nodiscard]] const QStringList &roots() const { return m_roots; }

private:
    QStringList m_roots;
};

} // namespace storefront::catalog
