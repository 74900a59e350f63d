#pragma once

#include <QWidget>

namespace storefront::ui {

/// Five stars to rate a product with: click a star or use the keyboard (Left/Right or
/// Down/Up step by one, digits 1–5 pick, Home is one star, End five). Hovering previews the
/// rating under the pointer. It shows the shopper's current rating (0 = not rated) and
/// reports a choice with ratingChosen(); setRating() only shows. Accessible as a value
/// (0–5) with its name, and keeps a visible focus frame.
class StarRating : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(int rating READ rating WRITE setRating NOTIFY ratingChanged)
public:
    static constexpr int kMaxStars = 5;

    explicit StarRating(QWidget *parent = nullptr);

    [[nodiscard]] int rating() const { return m_rating; }
    /// Shows `stars` (0..5, clamped) without reporting a choice.
    void setRating(int stars);
    /// The star under the pointer (1..5), 0 when none.
    [[nodiscard]] int hoveredStar() const { return m_hovered; }
    /// Where star `star` (1..5) is drawn, in widget coordinates.
    [[nodiscard]] QRect starRect(int star) const;
    /// Touch mode (the kiosk): every star is at least `pixels` wide and tall, so each one is
    /// a finger-sized target; 0 (the default) sizes the stars from the font alone.
    void setMinimumStarSize(int pixels);
    [[nodiscard]] int minimumStarSize() const { return m_minimumStar; }
    /// "Not rated" or "4 of 5 stars".
    [[nodiscard]] QString ratingText() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    void ratingChanged(int stars);
    /// The shopper chose `stars` with the mouse or the keyboard.
    void ratingChosen(int stars);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    [[nodiscard]] int starSize() const;
    [[nodiscard]] int starAt(const QPoint &pos) const;
    void choose(int stars);
    void setHovered(int star);

    int m_rating = 0;
    int m_hovered = 0;
    int m_minimumStar = 0;
};

} // namespace storefront::ui
