#pragma once

#include <QStyledItemDelegate>

namespace storefront::ui {

class ImageCache;

/// Paints one product tile: picture, title (two lines at most), brand, price, average stars
/// and rating count. Sizes come from the font, not from fixed pixels.
class ProductDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ProductDelegate(ImageCache *images, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;

    /// The tile size for a font (the grid uses it for its spacing).
    [[nodiscard]] static QSize tileSize(const QFontMetrics &metrics);

    /// Draws five stars filled to `average` inside `rect`.
    static void paintStars(QPainter *painter, const QRectF &rect, double average,
                           const QColor &filled, const QColor &empty);

    /// Draws a tile's rounded background, highlighted when selected, framed when focused or
    /// hovered (shared with the carousels' tiles).
    static void paintTile(QPainter *painter, const QStyleOptionViewItem &option, const QRectF &tile,
                          qreal radius);

    /// How many lines `text` takes in `font` at `width`, at most `maxLines`.
    [[nodiscard]] static int wrappedLineCount(const QFont &font, const QString &text, qreal width,
                                              int maxLines);
    /// Draws `text` in the painter's font from the top of `rect`, wrapped at word boundaries
    /// in at most `maxLines` lines, the last one elided; `alignment` places each line.
    static void drawWrapped(QPainter *painter, const QRectF &rect, const QString &text,
                            int maxLines, Qt::Alignment alignment = Qt::AlignLeft);

private:
    ImageCache *m_images;
};

} // namespace storefront::ui
