#include "imagerules.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace storefront::catalog {

namespace {

/// Picture checks are shown in the catalog editor and the import preview.
struct ImageText
{
    Q_DECLARE_TR_FUNCTIONS(storefront::catalog::ImageRules)
};

} // namespace

const QStringList &ImageRules::allowedSuffixes()
{
    static const QStringList kSuffixes = {QStringLiteral("png"), QStringLiteral("jpg"),
                                          QStringLiteral("jpeg"), QStringLiteral("webp")};
    return kSuffixes;
}

const std::vector<int> &ImageRules::thumbnailSides()
{
    // 256 covers the grid's tile (24 average characters wide) at 1x and 1.5x, 512 the
    // product page's picture and the tile at 2x.
    static const std::vector<int> kSides = {256, 512};
    return kSides;
}

Status ImageRules::checkName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (!allowedSuffixes().contains(suffix))
        return fail(ImageText::tr("\"%1\" is not an accepted picture format; use %2")
                        .arg(suffix.isEmpty() ? ImageText::tr("(no suffix)") : suffix,
                             allowedSuffixes().join(QStringLiteral(", "))),
                    fileName);
    return {};
}

Status ImageRules::checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(ImageText::tr("the file does not exist"), path);
    if (Status s = checkName(path); !s)
        return s;
    if (info.size() == 0)
        return fail(ImageText::tr("the file is empty"), path);
    if (info.size() > kMaxBytes)
        return fail(ImageText::tr("the file is %1 MB; at most %2 MB is accepted")
                        .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                        .arg(kMaxBytes / (1024 * 1024)),
                    path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ImageText::tr("cannot read: %1").arg(file.errorString()), path);
    const QByteArray head = file.read(12);
    const QString suffix = info.suffix().toLower();
    bool signature = false;
    if (suffix == QStringLiteral("png"))
        signature = head.startsWith("\x89PNG");
    else if (suffix == QStringLiteral("jpg") || suffix == QStringLiteral("jpeg"))
        signature = head.startsWith("\xFF\xD8\xFF");
    else if (suffix == QStringLiteral("webp"))
        signature = head.startsWith("RIFF") && head.mid(8, 4) == "WEBP";
    if (!signature)
        return fail(ImageText::tr("the file is not a %1 picture (its first bytes do not match)")
                        .arg(suffix.toUpper()),
                    path);
    return {};
}

Status ImageRules::checkDimensions(int width, int height)
{
    if (width < kMinSide || height < kMinSide)
        return fail(ImageText::tr("the picture is %1×%2 pixels; at least %3 on each side is "
                                  "needed")
                        .arg(width)
                        .arg(height)
                        .arg(kMinSide));
    if (width > kMaxSide || height > kMaxSide)
        return fail(ImageText::tr("the picture is %1×%2 pixels; at most %3 on each side is "
                                  "accepted")
                        .arg(width)
                        .arg(height)
                        .arg(kMaxSide));
    return {};
}

QString ImageRules::mediaNameFor(const QByteArray &content, const QString &suffix)
{
    const QByteArray hash = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    return QStringLiteral("products/") + QString::fromLatin1(hash.left(16)) + QLatin1Char('.') +
           suffix.toLower();
}

QString ImageRules::thumbnailNameFor(const QString &mediaName, int side)
{
    return QStringLiteral("thumbs/%1/").arg(side) + mediaName + QStringLiteral(".png");
}

} // namespace storefront::catalog
