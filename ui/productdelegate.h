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

private:
    ImageCache *m_images;
};

} // namespace storefront::ui
