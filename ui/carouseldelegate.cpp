#include "carouseldelegate.h"

#include "imagecache.h"
#include "money.h"
#include "productdelegate.h"
#include "recsys/carouselmodel.h"

#include <QPainter>

#include <cmath>

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

constexpr int kChipLines = 3;
constexpr qreal kChipScale = 0.9;

/// The chip's font: a little smaller than the tile's.
QFont chipFontFor(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * kChipScale);
    return font;
}

/// The room the reason chip takes: its lines and a margin above and below. Reasons name
/// products and categories ("Because you rated Trail Runner 5★"), which one line cuts off.
int chipArea(const QFontMetrics &metrics)
{
    const int chipLine = int(std::ceil(metrics.lineSpacing() * kChipScale));
    return chipLine * kChipLines + metrics.averageCharWidth() * 3 / 2;
}

} // namespace

QSize CarouselDelegate::tileSize(const QFontMetrics &metrics, int minimumLinkHeight, bool reasons)
{
    const int width = metrics.averageCharWidth() * 22;
    const int pad = metrics.averageCharWidth();
    const int imageSide = width - 4 * pad;
    // picture, title (two lines), price, reason chip (up to three lines: "Because you rated <a long
    // title> 5★" keeps its stars), "Why this?"
    const int height = 2 * pad + imageSide + pad + metrics.lineSpacing() * 3 +
                       (reasons ? chipArea(metrics) : 0) + linkHeight(metrics, minimumLinkHeight) +
                       pad;
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
    return tileSize(option.fontMetrics, m_minimumLink, m_showsReasons);
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
    ProductDelegate::drawWrapped(painter, QRectF(left, y, width, fm.lineSpacing() * 2),
                                 index.data(CarouselModel::TitleRole).toString(), 2);
    y += fm.lineSpacing() * 2;

    QFont priceFont = opt.font;
    priceFont.setBold(true);
    painter->setFont(priceFont);
    painter->drawText(QRectF(left, y, width, fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                      formatMoney(index.data(CarouselModel::PriceCentsRole).toLongLong(),
                                  index.data(CarouselModel::CurrencyRole).toString()));
    y += fm.lineSpacing();

    // The reason chip: a rounded label in the highlight colour, wrapped rather than cut.
    const QString reason = index.data(CarouselModel::ReasonRole).toString();
    if (m_showsReasons && !reason.isEmpty()) {
        const QFont chipFont = chipFontFor(opt.font);
        const QFontMetricsF chipMetrics(chipFont);
        const qreal textWidth = width - pad;
        const int lines =
            ProductDelegate::wrappedLineCount(chipFont, reason, textWidth, kChipLines);
        const qreal textHeight = chipMetrics.lineSpacing() * lines;
        const qreal chipHeight = textHeight + pad / 2.0;
        const qreal chipWidth =
            lines > 1 ? width : std::min<qreal>(width, chipMetrics.horizontalAdvance(reason) + pad);
        // Top-aligned, so that one- and two-line chips side by side start on one line.
        const QRectF chip(left, y + pad / 2.0, chipWidth, chipHeight);
        QColor chipColour = palette.color(QPalette::Highlight);
        chipColour.setAlpha(40);
        painter->setPen(Qt::NoPen);
        painter->setBrush(chipColour);
        const qreal radius = std::min<qreal>(chipHeight / 2, pad);
        painter->drawRoundedRect(chip, radius, radius);
        painter->setFont(chipFont);
        painter->setPen(palette.color(QPalette::Text));
        ProductDelegate::drawWrapped(
            painter, chip.adjusted(pad / 2.0, pad / 4.0, -pad / 2.0, -pad / 4.0), reason,
            kChipLines, lines > 1 ? Qt::AlignLeft : Qt::AlignHCenter);
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
