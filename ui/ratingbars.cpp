#include "ratingbars.h"

#include "palettecolours.h"

#include <QEvent>
#include <QPainter>

namespace storefront::ui {

RatingBars::RatingBars(QWidget *parent)
    : QWidget(parent)
{
    retranslate();
}

void RatingBars::setDistribution(const catalog::RatingDistribution &distribution)
{
    m_distribution = distribution;
    retranslate(); // the description counts the ratings
    update();
}

void RatingBars::retranslate()
{
    setAccessibleName(tr("Rating distribution"));
    QStringList parts;
    for (int stars = 5; stars >= 1; --stars)
        parts << tr("%1 stars: %2").arg(stars).arg(m_distribution.counts[size_t(stars - 1)]);
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
}

void RatingBars::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QSize RatingBars::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return {fm.averageCharWidth() * 40, fm.lineSpacing() * 5 + 4};
}

void RatingBars::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int total = std::max(1, m_distribution.total());
    const int labelWidth = fm.horizontalAdvance(QStringLiteral("5 ★ ")) + 4;
    const int countWidth = fm.horizontalAdvance(QStringLiteral("00000")) + 8;
    const int barWidth = std::max(10, width() - labelWidth - countWidth);
    const int rowHeight = fm.lineSpacing();
    for (int stars = 5; stars >= 1; --stars) {
        const int y = (5 - stars) * rowHeight;
        const int n = m_distribution.counts[size_t(stars - 1)];
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(0, y, labelWidth, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                         QStringLiteral("%1 ★").arg(stars));
        const QRectF track(labelWidth, y + rowHeight * 0.25, barWidth, rowHeight * 0.5);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Midlight));
        painter.drawRoundedRect(track, 3, 3);
        painter.setBrush(starColour(palette()));
        painter.drawRoundedRect(
            QRectF(track.left(), track.top(), track.width() * n / total, track.height()), 3, 3);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(labelWidth + barWidth + 4, y, countWidth, rowHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, QString::number(n));
    }
}

} // namespace storefront::ui
