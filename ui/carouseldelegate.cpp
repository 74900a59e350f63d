#include "carouseldelegate.h"

#include "imagecache.h"
#include "money.h"
#include "productdelegate.h"
#include "recsys/carouselmodel.h"

#include <QPainter>

namespace storefront::ui {

using recsys::CarouselModel;

CarouselDelegate::CarouselDelegate(ImageCache *images, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_images(images)
{}

namespace {

int linkHeight(const QFontMetrics &metrics, int minimumLinkHeight)
{
    return std::max(metrics.lineSpacing(), minimumLinkHeight);
}

} // namespace

QSize CarouselDelegate::tileSize(const QFontMetrics &metrics, int minimumLinkHeight)
{
    const int width = metrics.averageCharWidth() * 22;
    const int pad = metrics.averageCharWidth();
    const int imageSide = width - 4 * pad;
    // picture, title, price, reason chip, "Why this?"
    const int height = 2 * pad + imageSide + pad + metrics.lineSpacing() * 2 +
                       metrics.lineSpacing() * 3 / 2 + linkHeight(metrics, minimumLinkHeight) + pad;
    return {width, height};
}

QRect CarouselDelegate::whyRect(const QRect &tile, const QFontMetrics &metrics,
                                int minimumLinkHeight)
{
    const int pad = metrics.averageCharWidth();
    const QRect inner = tile.adjusted(2 * pad, 0, -2 * pad, -pad);
    const int height = linkHeight(metrics, minimumLinkHeight);
    return {inner.left(), inner.bottom() - height, inner.width(), height};
}

QSize CarouselDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return tileSize(option.fontMetrics, m_minimumLink);
}

void CarouselDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = opt.palette;
    const QFontMetrics fm(opt.font);
    const int pad = fm.averageCharWidth();
    const QRectF tile = QRectF(opt.rect).adjusted(pad / 2.0, pad / 2.0, -pad / 2.0, -pad / 2.0);
    ProductDelegate::paintTile(painter, opt, tile, pad);

    const qreal left = opt.rect.left() + 2 * pad;
    const qreal width = opt.rect.width() - 4 * pad;
    const QRectF imageRect(left, opt.rect.top() + 2 * pad, width, width);
    const QString path = index.data(CarouselModel::ImagePathRole).toString();
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QPixmap pixmap = path.isEmpty() ? ImageCache::placeholder(imageRect.size().toSize(), dpr)
                                          : m_images->pixmap(path, imageRect.size().toSize(), dpr);
    if (!pixmap.isNull()) {
        const QSizeF shown = pixmap.deviceIndependentSize();
        painter->drawPixmap(QPointF(imageRect.center().x() - shown.width() / 2,
                                    imageRect.center().y() - shown.height() / 2),
                            pixmap);
    }

    qreal y = imageRect.bottom() + pad;
    QFont titleFont = opt.font;
    titleFont.setWeight(QFont::DemiBold);
    painter->setFont(titleFont);
    painter->setPen(palette.color(QPalette::Text));
    const QFontMetrics titleMetrics(titleFont);
    painter->drawText(QRectF(left, y, width, fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(index.data(CarouselModel::TitleRole).toString(),
                                              Qt::ElideRight, int(width)));
    y += fm.lineSpacing();

    QFont priceFont = opt.font;
    priceFont.setBold(true);
    painter->setFont(priceFont);
    painter->drawText(QRectF(left, y, width, fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                      formatMoney(index.data(CarouselModel::PriceCentsRole).toLongLong(),
                                  index.data(CarouselModel::CurrencyRole).toString()));
    y += fm.lineSpacing();

    // The reason chip: a rounded label in the highlight colour.
    const QString reason = index.data(CarouselModel::ReasonRole).toString();
    if (!reason.isEmpty()) {
        QFont chipFont = opt.font;
        chipFont.setPointSizeF(opt.font.pointSizeF() * 0.9);
        const QFontMetrics chipMetrics(chipFont);
        const QString text = chipMetrics.elidedText(reason, Qt::ElideRight, int(width - pad));
        const qreal chipHeight = chipMetrics.height() + pad / 2.0;
        const QRectF chip(left, y + (fm.lineSpacing() * 1.5 - chipHeight) / 2,
                          std::min<qreal>(width, chipMetrics.horizontalAdvance(text) + pad),
                          chipHeight);
        QColor chipColour = palette.color(QPalette::Highlight);
        chipColour.setAlpha(40);
        painter->setPen(Qt::NoPen);
        painter->setBrush(chipColour);
        painter->drawRoundedRect(chip, chipHeight / 2, chipHeight / 2);
        painter->setFont(chipFont);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(chip, Qt::AlignCenter, text);
    }

    if (index.data(CarouselModel::ExplainableRole).toBool()) {
        QFont linkFont = opt.font;
        linkFont.setUnderline(true);
        painter->setFont(linkFont);
        painter->setPen(palette.color(QPalette::Link));
        painter->drawText(whyRect(opt.rect, fm, m_minimumLink), Qt::AlignLeft | Qt::AlignVCenter,
                          tr("Why this?"));
    }
    painter->restore();
}

} // namespace storefront::ui
