#include "productimageimporter.h"

#include "catalog/imagerules.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QSaveFile>
#include <QtConcurrent>

namespace storefront::ui {

using catalog::ImageRules;

namespace {

constexpr int kPreviewSide = 256;

bool writeAtomically(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

ProductImageImporter::ProductImageImporter(QString mediaDir, QObject *parent)
    : QObject(parent)
    , m_mediaDir(std::move(mediaDir))
{
    qRegisterMetaType<ProductImageResult>();
    m_pool.setMaxThreadCount(1);
}

ProductImageImporter::~ProductImageImporter()
{
    m_pool.waitForDone();
}

void ProductImageImporter::waitForDone()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents();
}

void ProductImageImporter::importImage(const QString &sourcePath)
{
    start(sourcePath, true);
}

void ProductImageImporter::inspect(const QString &absolutePath)
{
    start(absolutePath, false);
}

void ProductImageImporter::start(const QString &path, bool store)
{
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<ProductImageResult>(this);
    connect(watcher, &QFutureWatcher<ProductImageResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        ProductImageResult result = watcher->result();
        if (result.generation == m_generation)
            Q_EMIT finished(result);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [path, store, generation, mediaDir = m_mediaDir] {
        ProductImageResult result = process(path, mediaDir, store, kPreviewSide);
        result.generation = generation;
        return result;
    }));
}

ProductImageResult ProductImageImporter::process(const QString &sourcePath, const QString &mediaDir,
                                                 bool store, int previewSide)
{
    ProductImageResult result;
    result.source = sourcePath;
    if (Status s = ImageRules::checkFile(sourcePath); !s) {
        result.message = s.error().message;
        return result;
    }
    QFile file(sourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.message = file.errorString();
        return result;
    }
    const QByteArray bytes = file.readAll();
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QString format = QString::fromLatin1(reader.format()).toLower();
    if (!ImageRules::allowedSuffixes().contains(format)) {
        result.message = QObject::tr("The file is not a picture in an accepted format (%1).")
                             .arg(ImageRules::allowedSuffixes().join(QStringLiteral(", ")));
        return result;
    }
    const QSize size = reader.size();
    if (size.isValid()) {
        if (Status s = ImageRules::checkDimensions(size.width(), size.height()); !s) {
            result.message = s.error().message;
            return result;
        }
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        result.message = QObject::tr("The picture cannot be decoded: %1").arg(reader.errorString());
        return result;
    }
    if (Status s = ImageRules::checkDimensions(image.width(), image.height()); !s) {
        result.message = s.error().message;
        return result;
    }

    if (store) {
        const QDir media(mediaDir);
        result.mediaPath = ImageRules::mediaNameFor(bytes, QFileInfo(sourcePath).suffix());
        const QString target = media.filePath(result.mediaPath);
        if (!QFileInfo::exists(target) && !writeAtomically(target, bytes)) {
            result.message = QObject::tr("The picture could not be copied into %1.").arg(mediaDir);
            return result;
        }
        for (const int side : ImageRules::thumbnailSides()) {
            const QString thumbPath =
                media.filePath(ImageRules::thumbnailNameFor(result.mediaPath, side));
            if (QFileInfo::exists(thumbPath))
                continue;
            const QImage scaled =
                image.width() > side || image.height() > side
                    ? image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                    : image;
            QDir().mkpath(QFileInfo(thumbPath).absolutePath());
            if (!scaled.save(thumbPath, "PNG")) {
                result.message = QObject::tr("A scaled copy could not be written.");
                return result;
            }
        }
    }
    result.preview =
        image.scaled(previewSide, previewSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    result.ok = true;
    return result;
}

} // namespace storefront::ui
