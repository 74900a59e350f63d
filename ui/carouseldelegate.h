#pragma once

#include <QStyledItemDelegate>

#include <algorithm>

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

    /// Touch mode (the kiosk): the "Why this?" link gets a band at least `pixels` tall, a
    /// finger-sized target; 0 (the default) gives it one line of text.
    void setMinimumLinkHeight(int pixels) { m_minimumLink = std::max(pixels, 0); }
    [[nodiscard]] int minimumLinkHeight() const { return m_minimumLink; }

    /// Whether tiles show the reason chip. A strip whose every item has the same reason, said
    /// by its heading already ("Customers who liked this also liked"), hides it; "Why this?"
    /// and the accessible text still give it.
    void setShowsReasons(bool shows) { m_showsReasons = shows; }
    [[nodiscard]] bool showsReasons() const { return m_showsReasons; }

    [[nodiscard]] static QSize tileSize(const QFontMetrics &metrics, int minimumLinkHeight = 0,
                                        bool reasons = true);
    /// Where the "Why this?" link of a tile at `tile` is drawn (and tapped).
    [[nodiscard]] static QRect whyRect(const QRect &tile, const QFontMetrics &metrics,
                                       int minimumLinkHeight = 0);

private:
    ImageCache *m_images;
    int m_minimumLink = 0;
    bool m_showsReasons = true;
};

} // namespace storefront::ui
