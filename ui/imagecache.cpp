#include "imagecache.h"

#include <QFutureWatcher>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QPalette>
#include <QtConcurrent>

namespace storefront::ui {

namespace {

struct Decoded
{
    QString key;
    QString path;
    QImage image;
};

} // namespace

ImageCache::ImageCache(QObject *parent)
    : QObject(parent)
{
    // Cost is in kilobytes: about 64 MB of decoded pictures.
    m_cache.setMaxCost(64 * 1024);
    m_pool.setMaxThreadCount(1);
    // Placeholders are drawn in palette colours: a theme change redraws them.
    qApp->installEventFilter(this);
}

bool ImageCache::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        m_cache.clear();
    return QObject::eventFilter(watched, event);
}

ImageCache::~ImageCache()
{
    m_pool.waitForDone();
}

void ImageCache::waitForDone()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents();
}

QString ImageCache::keyFor(const QString &path, QSize pixelSize)
{
    return path + QLatin1Char('@') + QString::number(pixelSize.width()) + QLatin1Char('x') +
           QString::number(pixelSize.height());
}

QPixmap ImageCache::placeholder(QSize size, qreal dpr)
{
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(QPointF(0, 0), QSizeF(size)).adjusted(4, 4, -4, -4);
    // From the palette, so the placeholder shows on light and dark themes alike.
    QColor ink = QGuiApplication::palette().color(QPalette::Mid);
    ink.setAlphaF(0.65f);
    painter.setPen(QPen(ink, 2, Qt::DashLine));
    painter.drawRoundedRect(box, 8, 8);
    // A simple "picture" glyph: a sun and a hill.
    painter.setPen(Qt::NoPen);
    ink.setAlphaF(0.5f);
    painter.setBrush(ink);
    const qreal s = std::min(box.width(), box.height());
    painter.drawEllipse(box.center() + QPointF(s * 0.15, -s * 0.15), s * 0.08, s * 0.08);
    QPolygonF hill;
    hill << box.center() + QPointF(-s * 0.3, s * 0.25)
         << box.center() + QPointF(-s * 0.05, -s * 0.05)
         << box.center() + QPointF(s * 0.3, s * 0.25);
    painter.drawPolygon(hill);
    return pixmap;
}

QPixmap ImageCache::pixmap(const QString &path, QSize size, qreal dpr)
{
    const QSize pixelSize = size * dpr;
    if (path.isEmpty() || pixelSize.isEmpty())
        return placeholder(size, dpr);
    const QString key = keyFor(path, pixelSize);
    if (QPixmap *cached = m_cache.object(key))
        return *cached;
    if (m_pending.contains(key))
        return {};
    m_pending.insert(key);

    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, size, dpr] {
        watcher->deleteLater();
        const Decoded decoded = watcher->result();
        m_pending.remove(decoded.key);
        QPixmap *pixmap = new QPixmap(decoded.image.isNull() ? placeholder(size, dpr)
                                                             : QPixmap::fromImage(decoded.image));
        pixmap->setDevicePixelRatio(dpr);
        const int cost = std::max(1, int(qint64(pixmap->width()) * pixmap->height() * 4 / 1024));
        m_cache.insert(decoded.key, pixmap, cost);
        Q_EMIT imageReady(decoded.path);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [key, path, pixelSize] {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        // Decode straight to the target size where the format supports it (saves memory).
        const QSize original = reader.size();
        if (original.isValid())
            reader.setScaledSize(original.scaled(pixelSize, Qt::KeepAspectRatio));
        QImage image = reader.read();
        if (!image.isNull() &&
            (image.width() > pixelSize.width() || image.height() > pixelSize.height()))
            image = image.scaled(pixelSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        return Decoded{key, path, image};
    }));
    return {};
}

} // namespace storefront::ui
