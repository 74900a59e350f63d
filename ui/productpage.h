#pragma once

#include "catalog/catalogservice.h"
#include "catalog/medialocator.h"
#include "recsys/recommendation.h"
#include "shop/shopperservice.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QFormLayout;
class QVBoxLayout;

namespace storefront::storage {
class Database;
}
namespace storefront::recsys {
class CarouselModel;
class RecommendationService;
struct ShopperRef;
} // namespace storefront::recsys

namespace storefront::ui {

class CarouselView;
class ImageCache;
class RatingBars;
class StarRating;

/// One product: large picture, title, brand, price, stock, description, attributes and the
/// rating distribution. Its content is loaded off the GUI thread by CatalogService.
class ProductPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRelatedSize = 12;

    ProductPage(catalog::CatalogService &catalog, ImageCache *images, catalog::MediaLocator media,
                QWidget *parent = nullptr);

    /// Starts loading `productId`; the page fills in when the data arrives (loaded()).
    void showProduct(qint64 productId);
    [[nodiscard]] qint64 productId() const { return m_productId; }
    [[nodiscard]] QString titleText() const;

    /// Adds the shopper's part of the page: star rating, "Not interested", "Add to cart",
    /// "Add to wishlist", and the "Customers who liked this also liked" (collaborative) and
    /// "Similar products" (content) carousels, filled from `service`. Without it the page
    /// only shows the product.
    void enableShopping(const storage::Database &db, recsys::RecommendationService &service);
    /// Whose related carousels these are (their hard filters apply), asked on the GUI thread
    /// at each request; without it they are nobody's (only staff exclusions apply).
    void setShopperSource(std::function<recsys::ShopperRef()> source);
    /// Shows the shopper's own rating of the current product (0 = none).
    void setMyRating(qint64 productId, int stars);
    /// Shows the shopper's stars, cart quantity, wishlist and "not interested" for the
    /// current product.
    void setShopperState(qint64 productId, const shop::ProductState &state);
    /// Says what happened to the last action on this page ("Added to your cart").
    void showNotice(const QString &text);

    [[nodiscard]] StarRating *starRating() const { return m_stars; }
    [[nodiscard]] QPushButton *notInterestedButton() const { return m_notInterested; }
    [[nodiscard]] QPushButton *addToCartButton() const { return m_addToCart; }
    [[nodiscard]] QPushButton *addToWishlistButton() const { return m_addToWishlist; }
    [[nodiscard]] CarouselView *alsoLikedCarousel() const { return m_alsoLiked; }
    [[nodiscard]] CarouselView *similarCarousel() const { return m_similar; }
    [[nodiscard]] QLabel *noticeLabel() const { return m_notice; }

Q_SIGNALS:
    void backRequested();
    void loaded(qint64 productId);
    /// The shopper chose a rating with the stars.
    void ratingChosen(qint64 productId, int stars);
    void notInterestedRequested(qint64 productId);
    void addToCartRequested(qint64 productId);
    void addToWishlistRequested(qint64 productId);
    /// A product of one of the page's carousels was opened.
    void productActivated(qint64 productId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /// Shows the last product loaded, then "Loading…" or why loading failed over its title.
    void renderProduct();
    void render(const catalog::ProductDetails &details);
    void renderStatus();
    void renderShopperState();
    void updateImage();
    void requestRelated();
    void publishRelated();

    catalog::CatalogService &m_catalog;
    ImageCache *m_images;
    catalog::MediaLocator m_media;
    qint64 m_productId = 0;
    quint64 m_generation = 0;
    QString m_imagePath;
    std::optional<catalog::ProductDetails> m_shown; ///< the last product loaded
    bool m_loading = false;
    QString m_loadError;        ///< why the product asked for last could not be loaded
    shop::ProductState m_state; ///< the shopper's state of the product shown

    QPushButton *m_back;
    QLabel *m_image;
    QLabel *m_title;
    QLabel *m_brand;
    QLabel *m_price;
    QLabel *m_stock;
    QLabel *m_category;
    QLabel *m_description;
    QLabel *m_summary;
    QLabel *m_ratingsTitle;
    QFormLayout *m_attributes;
    RatingBars *m_ratings;
    QVBoxLayout *m_details;
    QVBoxLayout *m_content;

    recsys::RecommendationService *m_service = nullptr;
    StarRating *m_stars = nullptr;
    QLabel *m_starsLabel = nullptr;
    QPushButton *m_notInterested = nullptr;
    QPushButton *m_addToCart = nullptr;
    QPushButton *m_addToWishlist = nullptr;
    QLabel *m_notice = nullptr;
    recsys::CarouselModel *m_alsoLikedModel = nullptr;
    recsys::CarouselModel *m_similarModel = nullptr;
    CarouselView *m_alsoLiked = nullptr;
    CarouselView *m_similar = nullptr;
    std::function<recsys::ShopperRef()> m_shopperSource;
    quint64 m_alsoLikedRequest = 0;
    quint64 m_similarRequest = 0;
    recsys::RecommendationList m_rawAlsoLiked;
    recsys::RecommendationList m_rawSimilar;
};

} // namespace storefront::ui
