#pragma once

#include <QStyledItemDelegate>

namespace storefront::ui {

class ImageCache;

/// Paints one carousel tile (a recsys::CarouselModel row): picture, title, price, the
/// reason chip ("Because you rated Trail Runner 5★") and a "Why this?" link when the item
/// has evidence to show. Sizes come from the font.
class CarouselDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CarouselDelegate(ImageCache *images, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;

    [[nodiscard]] static QSize tileSize(const QFontMetrics &metrics);
    /// Where the "Why this?" link of a tile at `tile` is drawn.
    [[nodiscard]] static QRect whyRect(const QRect &tile, const QFontMetrics &metrics);

private:
    ImageCache *m_images;
};

} // namespace storefront::ui
