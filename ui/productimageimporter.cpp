#include "productimageimporter.h"

#include "catalog/imagerules.h"
#include "qtpicturedecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
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
    QByteArray bytes;
    auto image = QtPictureDecoder::decode(sourcePath, store ? &bytes : nullptr);
    if (!image) {
        result.message = image.error().message;
        return result;
    }
    if (store) {
        result.mediaPath = ImageRules::mediaNameFor(bytes, QFileInfo(sourcePath).suffix());
        const QString target = QDir(mediaDir).filePath(result.mediaPath);
        if (!QFileInfo::exists(target)) {
            if (!writeAtomically(target, bytes)) {
                result.message = tr("The picture could not be copied into %1.").arg(mediaDir);
                return result;
            }
            result.created = true;
        }
        if (auto scaled = QtPictureDecoder::writeScaledCopiesOf(*image, mediaDir, result.mediaPath);
            !scaled) {
            result.message = scaled.error().message;
            return result;
        }
    }
    result.preview =
        image->scaled(previewSide, previewSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    result.ok = true;
    return result;
}

} // namespace storefront::ui
