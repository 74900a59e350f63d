#pragma once

#include "catalog/medialocator.h"
#include "recsys/recommendation.h"

#include <QWidget>

class QAbstractItemDelegate;
class QAbstractItemModel;
class QLabel;
class QListView;
class QModelIndex;
class QPushButton;

namespace storefront::storage {
class Database;
}
namespace storefront::catalog {
class ProductListModel;
}
namespace storefront::recsys {
class CarouselModel;
class RecommendationService;
} // namespace storefront::recsys

namespace storefront::ui {

class ImageCache;

/// The kiosk's idle screen: a welcome, the recommender's trending products (time-decayed
/// popularity) as large touch tiles, and a button to start. Any tap starts a session; a tile
/// opens that product.
///
/// The trending list is asked of the RecommendationService (never waited on) and asked again
/// whenever a new model snapshot or catalog state is published. Until the service has a
/// non-empty list (no snapshot yet, a store nobody has shopped in, or no service at all) the
/// screen shows the catalog's newest active products and says so; an empty catalog gets a
/// sentence instead of an empty screen.
class AttractScreen : public QWidget
{
    Q_OBJECT
public:
    /// What the tiles show.
    enum class Source
    {
        Trending, ///< the recommender's trending list
        Newest    ///< the fallback: the catalog's newest products
    };
    Q_ENUM(Source)

    static constexpr int kTileCount = 20;

    /// `service` may be null (then the newest products are all there is).
    AttractScreen(const storage::Database &db, const catalog::MediaLocator &media,
                  recsys::RecommendationService *service, QWidget *parent = nullptr);

    [[nodiscard]] QListView *tiles() const { return m_tiles; }
    [[nodiscard]] QPushButton *startButton() const { return m_start; }
    [[nodiscard]] QLabel *subtitle() const { return m_subtitle; }
    [[nodiscard]] Source source() const { return m_source; }
    [[nodiscard]] recsys::CarouselModel *trendingProducts() const { return m_trending; }
    [[nodiscard]] catalog::ProductListModel *newestProducts() const { return m_newest; }
    /// The product a tile of either model shows.
    [[nodiscard]] static qint64 productIdOf(const QModelIndex &index);
    /// Asks for the trending list again and reloads the fallback (stock and catalog change
    /// while the kiosk runs).
    void refresh();

Q_SIGNALS:
    void startRequested();
    void productChosen(qint64 productId);
    /// The tiles show a new list (either source).
    void tilesChanged();

protected:
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void retranslate();
    void requestTrending();
    void trendingArrived(const recsys::RecommendationList &list);
    void showSource(Source source);

    recsys::RecommendationService *m_service;
    quint64 m_trendingRequest = 0;
    catalog::ProductListModel *m_newest;
    recsys::CarouselModel *m_trending;
    ImageCache *m_images;
    QAbstractItemDelegate *m_newestDelegate;
    QAbstractItemDelegate *m_trendingDelegate;
    Source m_source = Source::Newest;
    QLabel *m_title;
    QLabel *m_subtitle;
    QListView *m_tiles;
    QPushButton *m_start;
};

} // namespace storefront::ui
