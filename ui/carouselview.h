#pragma once

#include "recsys/recommendation.h"

#include <QWidget>

class QLabel;
class QListView;
class QModelIndex;
class QPushButton;

namespace storefront::recsys {
class CarouselModel;
}

namespace storefront::ui {

class CarouselDelegate;
class ImageCache;

/// One horizontal carousel with a heading: tiles painted by CarouselDelegate over a
/// recsys::CarouselModel. Click or Enter opens a product; "Why this?" (the link on a tile,
/// the button by the heading, or the ? key) asks for the current item's explanation. The
/// model changes by difference, so the strip keeps its scroll position; its height is fixed
/// so the page never jumps when a list grows, shrinks or empties.
class CarouselView : public QWidget
{
    Q_OBJECT
public:
    CarouselView(const QString &title, recsys::CarouselModel *model, ImageCache *images,
                 QWidget *parent = nullptr);

    [[nodiscard]] recsys::CarouselModel *model() const { return m_model; }
    [[nodiscard]] QListView *list() const { return m_list; }
    [[nodiscard]] QPushButton *whyButton() const { return m_why; }
    [[nodiscard]] QString title() const;
    /// The heading, also the carousel's accessible name (the owner sets it again when the
    /// language changes).
    void setTitle(const QString &title);
    /// Shown inside the strip while it has no items.
    void setEmptyText(const QString &text);
    /// Asks for the explanation of the item at `row` (as the link and the button do).
    void explain(int row);
    /// Touch mode (the kiosk): a tile's "Why this?" link becomes a band at least `pixels`
    /// tall (the tiles grow to fit it); 0 (the default) leaves it one line of text.
    void setMinimumLinkHeight(int pixels);
    /// Whether tiles show their reason chip (CarouselDelegate::setShowsReasons).
    void setShowsReasons(bool shows);
    /// Where the "Why this?" link of the tile at `index` is tapped, in viewport coordinates.
    [[nodiscard]] QRect whyLinkRect(const QModelIndex &index) const;

Q_SIGNALS:
    void productActivated(qint64 productId);
    void explanationRequested(const storefront::recsys::Recommendation &recommendation);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void open(const QModelIndex &index);
    void updateListHeight();
    /// After a change to the tiles' size: the strip's height and the list's cached tiles.
    void tilesResized();

    recsys::CarouselModel *m_model;
    QLabel *m_heading;
    QPushButton *m_why;
    QListView *m_list;
    CarouselDelegate *m_delegate;
    QLabel *m_empty;
};

} // namespace storefront::ui
