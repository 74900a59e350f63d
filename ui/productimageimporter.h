#pragma once

#include <QImage>
#include <QObject>
#include <QString>
#include <QThreadPool>

namespace storefront::ui {

/// What checking (and possibly storing) a product picture gave.
struct ProductImageResult
{
    quint64 generation = 0;
    bool ok = false;
    QString source;       ///< the file asked about
    QString mediaPath;    ///< media-relative path of the stored original (import only)
    bool created = false; ///< this import wrote the original (it was not stored before)
    QString message;      ///< why it was refused, for the editor's warning
    QImage preview;       ///< scaled for the editor; null when not ok
};

/// Checks, decodes and stores product pictures off the GUI thread: the format must be one
/// ImageRules accepts (by suffix, signature and what the decoder says), within the size and
/// dimension limits, and decode; then the original is copied into the store's media folder
/// under its content-hash name and scaled copies are written for every thumbnail side.
/// Every request bumps a generation; only the newest result is announced.
class ProductImageImporter : public QObject
{
    Q_OBJECT
public:
    explicit ProductImageImporter(QString mediaDir, QObject *parent = nullptr);
    ~ProductImageImporter() override;

    /// Checks `sourcePath` and, if it passes, stores it (see class comment).
    void importImage(const QString &sourcePath);
    /// Decodes an already stored picture for the preview (no copy).
    void inspect(const QString &absolutePath);
    /// Waits for every job in flight and delivers its result (tests, shutdown).
    void waitForDone();

    [[nodiscard]] static ProductImageResult
    process(const QString &sourcePath, const QString &mediaDir, bool store, int previewSide);

Q_SIGNALS:
    void finished(const storefront::ui::ProductImageResult &result);

private:
    void start(const QString &path, bool store);

    QString m_mediaDir;
    quint64 m_generation = 0;
    QThreadPool m_pool;
};

} // namespace storefront::ui
