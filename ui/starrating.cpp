#include "starrating.h"

#include "productdelegate.h"

#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QAccessibleWidget>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

#include <algorithm>

namespace storefront::ui {

namespace {

/// Exposes the stars to assistive technology as a slider with a value of 0..5.
class AccessibleStarRating : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit AccessibleStarRating(StarRating *widget)
        : QAccessibleWidget(widget, QAccessible::Slider)
    {}

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface)
            return static_cast<QAccessibleValueInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return stars()->ratingText();
        return QAccessibleWidget::text(t);
    }

    QVariant currentValue() const override { return stars()->rating(); }
    void setCurrentValue(const QVariant &value) override { stars()->setRating(value.toInt()); }
    QVariant maximumValue() const override { return StarRating::kMaxStars; }
    QVariant minimumValue() const override { return 0; }
    QVariant minimumStepSize() const override { return 1; }

private:
    [[nodiscard]] StarRating *stars() const { return static_cast<StarRating *>(widget()); }
};

QAccessibleInterface *accessibleFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("storefront::ui::StarRating") && object &&
        object->isWidgetType())
        return new AccessibleStarRating(static_cast<StarRating *>(object));
    return nullptr;
}

} // namespace

StarRating::StarRating(QWidget *parent)
    : QWidget(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(accessibleFactory);
        return true;
    }();
    Q_UNUSED(installed);
    setObjectName(QStringLiteral("starRating"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    retranslate();
}

void StarRating::retranslate()
{
    setAccessibleName(tr("Your rating"));
    setAccessibleDescription(tr("Click a star, or use the arrow keys, 1 to 5, Home or End"));
    setToolTip(ratingText());
}

void StarRating::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

int StarRating::starSize() const
{
    return std::max(fontMetrics().height() * 8 / 5, m_minimumStar);
}

void StarRating::setMinimumStarSize(int pixels)
{
    pixels = std::max(pixels, 0);
    if (pixels == m_minimumStar)
        return;
    m_minimumStar = pixels;
    updateGeometry();
    update();
}

QRect StarRating::starRect(int star) const
{
    const int side = starSize();
    const int margin = side / 6;
    // Side by side, as ProductDelegate::paintStars draws them.
    return {margin + (star - 1) * side, margin, side, side};
}

QSize StarRating::sizeHint() const
{
    const QRect last = starRect(kMaxStars);
    const int margin = starSize() / 6;
    return {last.right() + 1 + margin, last.bottom() + 1 + margin};
}

QSize StarRating::minimumSizeHint() const
{
    return sizeHint();
}

QString StarRating::ratingText() const
{
    return m_rating == 0 ? tr("Not rated") : tr("%1 of %2 stars").arg(m_rating).arg(kMaxStars);
}

void StarRating::setRating(int stars)
{
    stars = std::clamp(stars, 0, kMaxStars);
    if (stars == m_rating)
        return;
    m_rating = stars;
    setToolTip(ratingText());
    update();
    if (QAccessible::isActive()) {
        QAccessibleValueChangeEvent event(this, m_rating);
        QAccessible::updateAccessibility(&event);
    }
    Q_EMIT ratingChanged(m_rating);
}

void StarRating::choose(int stars)
{
    stars = std::clamp(stars, 1, kMaxStars);
    setRating(stars);
    Q_EMIT ratingChosen(stars);
}

int StarRating::starAt(const QPoint &pos) const
{
    for (int star = 1; star <= kMaxStars; ++star) {
        QRect hit = starRect(star);
        hit.setTop(0);
        hit.setBottom(height());
        if (hit.contains(pos))
            return star;
    }
    return 0;
}

void StarRating::setHovered(int star)
{
    if (star == m_hovered)
        return;
    m_hovered = star;
    update();
}

void StarRating::mouseMoveEvent(QMouseEvent *event)
{
    setHovered(starAt(event->position().toPoint()));
    QWidget::mouseMoveEvent(event);
}

void StarRating::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    if (const int star = starAt(event->position().toPoint()); star > 0)
        choose(star);
    event->accept();
}

void StarRating::leaveEvent(QEvent *event)
{
    setHovered(0);
    QWidget::leaveEvent(event);
}

void StarRating::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_5 && !(event->modifiers() & ~Qt::KeypadModifier)) {
        choose(key - Qt::Key_0);
        return;
    }
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Up:
        choose(m_rating + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Down:
        choose(std::max(1, m_rating - 1));
        return;
    case Qt::Key_Home:
        choose(1);
        return;
    case Qt::Key_End:
        choose(kMaxStars);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void StarRating::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int shown = m_hovered > 0 ? m_hovered : m_rating;
    QColor filled(0xf5, 0xa6, 0x23);
    if (m_hovered > 0)
        filled = filled.lighter(115);
    const QRect first = starRect(1);
    ProductDelegate::paintStars(
        &painter, QRectF(first.left(), first.top(), first.width() * kMaxStars, first.height()),
        shown, filled, palette().color(QPalette::Mid));
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.backgroundColor = palette().color(QPalette::Window);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

} // namespace storefront::ui
