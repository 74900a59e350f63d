#include "productdelegate.h"

#include "catalog/productlistmodel.h"
#include "imagecache.h"
#include "money.h"
#include "palettecolours.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QtMath>

namespace storefront::ui {

using catalog::ProductListModel;

namespace {

QPainterPath starPath(const QRectF &box)
{
    QPainterPath path;
    const QPointF c = box.center();
    const qreal outer = std::min(box.width(), box.height()) / 2.0;
    const qreal inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const qreal r = (i % 2 == 0) ? outer : inner;
        const qreal angle = -M_PI / 2 + i * M_PI / 5;
        const QPointF p(c.x() + r * std::cos(angle), c.y() + r * std::sin(angle));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

} // namespace

ProductDelegate::ProductDelegate(ImageCache *images, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_images(images)
{}

namespace {

/// Lays `text` out in lines of `width`, at most `maxLines`; calls `line(text, index, last)`
/// for each with the line's text (the last one not yet elided).
template <typename Visit>
void forEachLine(const QFont &font, const QString &text, qreal width, int maxLines, Visit &&line)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (int lineNo = 0; lineNo < maxLines; ++lineNo) {
        QTextLine next = layout.createLine();
        if (!next.isValid())
            break;
        next.setLineWidth(width);
        const bool last =
            lineNo == maxLines - 1 || next.textStart() + next.textLength() >= text.size();
        line(text.mid(next.textStart(), lineNo == maxLines - 1 ? -1 : next.textLength()), lineNo,
             last);
        if (last)
            break;
    }
    layout.endLayout();
}

} // namespace

int ProductDelegate::wrappedLineCount(const QFont &font, const QString &text, qreal width,
                                      int maxLines)
{
    int count = 0;
    forEachLine(font, text, width, maxLines, [&count](const QString &, int, bool) { ++count; });
    return count;
}

void ProductDelegate::drawWrapped(QPainter *painter, const QRectF &rect, const QString &text,
                                  int maxLines, Qt::Alignment alignment)
{
    const QFontMetricsF metrics(painter->font());
    forEachLine(painter->font(), text, rect.width(), maxLines,
                [&](const QString &lineText, int lineNo, bool last) {
                    const QString shown =
                        last ? metrics.elidedText(lineText.trimmed(), Qt::ElideRight, rect.width())
                             : lineText.trimmed();
                    const QRectF lineRect(rect.left(), rect.top() + lineNo * metrics.lineSpacing(),
                                          rect.width(), metrics.lineSpacing());
                    painter->drawText(lineRect, int(alignment | Qt::AlignVCenter), shown);
                });
}

QSize ProductDelegate::tileSize(const QFontMetrics &metrics)
{
    const int width = metrics.averageCharWidth() * 24;
    const int height = width + metrics.lineSpacing() * 5 + metrics.height();
    return {width, height};
}

QSize ProductDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return tileSize(option.fontMetrics);
}

void ProductDelegate::paintStars(QPainter *painter, const QRectF &rect, double average,
                                 const QColor &filled, const QColor &empty)
{
    const qreal size = rect.height();
    for (int i = 0; i < 5; ++i) {
        const QRectF box(rect.left() + i * size, rect.top(), size, size);
        const QPainterPath star = starPath(box.adjusted(1, 1, -1, -1));
        painter->fillPath(star, empty);
        const double fill = std::clamp(average - i, 0.0, 1.0);
        if (fill > 0) {
            painter->save();
            painter->setClipRect(QRectF(box.left(), box.top(), box.width() * fill, box.height()));
            painter->fillPath(star, filled);
            painter->restore();
        }
    }
}

void ProductDelegate::paintTile(QPainter *painter, const QStyleOptionViewItem &option,
                                const QRectF &tile, qreal radius)
{
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    painter->setPen(Qt::NoPen);
    painter->setBrush(selected ? palette.color(QPalette::Highlight).lighter(170)
                               : palette.color(QPalette::Base));
    painter->drawRoundedRect(tile, radius, radius);
    if (focused || (option.state & QStyle::State_MouseOver)) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), focused ? 2.5 : 1.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(tile, radius, radius);
    }
}

void ProductDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QPalette &palette = opt.palette;
    const QRectF tile = QRectF(opt.rect).adjusted(4, 4, -4, -4);
    const QFontMetrics fm(opt.font);
    const int pad = fm.averageCharWidth();
    paintTile(painter, opt, tile, pad);

    // Picture: a square at the top.
    const qreal side = tile.width() - 2 * pad;
    const QRectF imageRect(tile.left() + pad, tile.top() + pad, side, side);
    const QString path = index.data(ProductListModel::ImagePathRole).toString();
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap pixmap = path.isEmpty() ? ImageCache::placeholder(imageRect.size().toSize(), dpr)
                                    : m_images->pixmap(path, imageRect.size().toSize(), dpr);
    if (!pixmap.isNull()) {
        const QSizeF shown = pixmap.deviceIndependentSize();
        const QPointF topLeft(imageRect.center().x() - shown.width() / 2,
                              imageRect.center().y() - shown.height() / 2);
        painter->drawPixmap(topLeft, pixmap);
    }

    const int stock = index.data(ProductListModel::StockRole).toInt();
    qreal y = imageRect.bottom() + pad;
    const QRectF textRect(tile.left() + pad, y, side, fm.lineSpacing() * 2);
    QFont titleFont = opt.font;
    titleFont.setWeight(QFont::DemiBold);
    painter->setFont(titleFont);
    painter->setPen(palette.color(QPalette::Text));
    drawWrapped(painter, textRect, index.data(ProductListModel::TitleRole).toString(), 2);
    y += fm.lineSpacing() * 2;

    painter->setFont(opt.font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QString brand = index.data(ProductListModel::BrandRole).toString();
    painter->drawText(QRectF(tile.left() + pad, y, side, fm.lineSpacing()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(brand, Qt::ElideRight, int(side)));
    y += fm.lineSpacing();

    const double stars = index.data(ProductListModel::AverageStarsRole).toDouble();
    const int count = index.data(ProductListModel::RatingCountRole).toInt();
    const qreal starHeight = fm.height() * 0.9;
    paintStars(painter,
               QRectF(tile.left() + pad, y + (fm.lineSpacing() - starHeight) / 2, starHeight * 5,
                      starHeight),
               stars, starColour(palette), palette.color(QPalette::Mid));
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(
        QRectF(tile.left() + pad + starHeight * 5.4, y, side, fm.lineSpacing()),
        Qt::AlignLeft | Qt::AlignVCenter,
        count > 0 ? QStringLiteral("%1 (%2)").arg(QLocale().toString(stars, 'f', 1)).arg(count)
                  : tr("No ratings yet"));
    y += fm.lineSpacing();

    QFont priceFont = opt.font;
    priceFont.setBold(true);
    priceFont.setPointSizeF(opt.font.pointSizeF() * 1.15);
    painter->setFont(priceFont);
    painter->setPen(palette.color(QPalette::Text));
    const QString price = formatMoney(index.data(ProductListModel::PriceCentsRole).toLongLong(),
                                      index.data(ProductListModel::CurrencyRole).toString());
    painter->drawText(QRectF(tile.left() + pad, y, side, fm.lineSpacing() * 1.3),
                      Qt::AlignLeft | Qt::AlignVCenter, price);
    if (stock == 0) {
        painter->setFont(opt.font);
        painter->setPen(warningColour(palette));
        painter->drawText(QRectF(tile.left() + pad, y, side, fm.lineSpacing() * 1.3),
                          Qt::AlignRight | Qt::AlignVCenter, tr("Out of stock"));
    }
    painter->restore();
}

} // namespace storefront::ui
