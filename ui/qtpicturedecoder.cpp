#include "qtpicturedecoder.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include <algorithm>

namespace storefront::ui {

using catalog::ImageRules;

Result<QImage> QtPictureDecoder::decode(const QString &path, QByteArray *bytes)
{
    if (Status s = ImageRules::checkFile(path); !s)
        return s.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString(), path);
    // Decoding from memory: the file was already opened once for its signature, and a
    // picture that changes between the two reads should not slip through.
    QBuffer buffer;
    buffer.setData(file.readAll());
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QString format = QString::fromLatin1(reader.format()).toLower();
    if (!ImageRules::allowedSuffixes().contains(format))
        return fail(tr("the file is not a picture in an accepted format (%1)")
                        .arg(ImageRules::allowedSuffixes().join(QStringLiteral(", "))),
                    path);
    // The header's size first, so that a huge picture is refused before it is decoded.
    if (const QSize size = reader.size(); size.isValid()) {
        if (Status s = ImageRules::checkDimensions(size.width(), size.height()); !s)
            return fail(s.error().message, path);
    }
    QImage image = reader.read();
    if (image.isNull())
        return fail(tr("the picture cannot be decoded: %1").arg(reader.errorString()), path);
    if (Status s = ImageRules::checkDimensions(image.width(), image.height()); !s)
        return fail(s.error().message, path);
    if (bytes)
        *bytes = buffer.data();
    return image;
}

Result<QStringList> QtPictureDecoder::writeScaledCopiesOf(const QImage &image,
                                                          const QString &mediaDir,
                                                          const QString &mediaName)
{
    QStringList created;
    const QDir media(mediaDir);
    for (const int side : ImageRules::thumbnailSides()) {
        const QString target = media.filePath(ImageRules::thumbnailNameFor(mediaName, side));
        if (QFileInfo::exists(target))
            continue; // the same original (content-hash names) was scaled before
        const QImage scaled =
            image.width() > side || image.height() > side
                ? image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                : image;
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!scaled.save(target, "PNG")) {
            for (const QString &file : std::as_const(created))
                QFile::remove(file);
            return fail(tr("a scaled copy could not be written"), target);
        }
        created << target;
    }
    return created;
}

Status QtPictureDecoder::check(const QString &path) const
{
    auto image = decode(path);
    if (!image)
        return image.error();
    return {};
}

Result<QStringList> QtPictureDecoder::writeScaledCopies(const QString &mediaDir,
                                                        const QString &mediaName) const
{
    const QDir media(mediaDir);
    const auto &sides = ImageRules::thumbnailSides();
    // Rows sharing a picture ask again: decode only while a copy is missing.
    if (std::all_of(sides.begin(), sides.end(), [&](int side) {
            return QFileInfo::exists(media.filePath(ImageRules::thumbnailNameFor(mediaName, side)));
        }))
        return QStringList();
    auto image = decode(media.filePath(mediaName));
    if (!image)
        return image.error();
    return writeScaledCopiesOf(*image, mediaDir, mediaName);
}

} // namespace storefront::ui
