#pragma once

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QThreadPool>

namespace storefront::ui {

/// Product pictures decoded and scaled on a worker thread, then kept in a bounded cache.
/// pixmap() never blocks: it returns the cached picture or a null pixmap, and emits
/// imageReady() once the picture has been decoded. A missing or broken file yields a drawn
/// placeholder, never an error.
class ImageCache : public QObject
{
    Q_OBJECT
public:
    explicit ImageCache(QObject *parent = nullptr);
    ~ImageCache() override;

    /// The picture at `path` scaled to fit `size` (device-independent pixels) at `dpr`.
    [[nodiscard]] QPixmap pixmap(const QString &path, QSize size, qreal dpr);
    [[nodiscard]] static QPixmap placeholder(QSize size, qreal dpr);
    /// Waits for every decode in flight (tests and shutdown).
    void waitForDone();

Q_SIGNALS:
    void imageReady(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] static QString keyFor(const QString &path, QSize pixelSize);
    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_pending;
    QThreadPool m_pool;
};

} // namespace storefront::ui
