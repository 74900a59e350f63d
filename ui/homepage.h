#pragma once

#include "catalog/medialocator.h"
#include "recsys/recommendation.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThreadPool;

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

/// How the page reaches a guest's in-memory state (a guest has no rows in the database).
struct GuestHooks
{
    /// Asks the recommender for the guest's list; the id guestRecommendationsReady carries.
    std::function<std::optional<quint64>()> requestRecommendations;
    /// The guest's recently viewed products, newest first, at most k.
    std::function<recsys::RecommendationList(int k)> recentlyViewed;
};

/// The landing page: "Recommended for you", "Trending now" and "Recently viewed" carousels.
/// Lists come from the RecommendationService's signals (the GUI never waits on it); no
/// product appears on two carousels (recsys::removeCrossDuplicates: recently viewed first,
/// then recommended, then trending); the carousels change by difference, so nothing jumps.
/// A small indicator shows while lists are being refreshed.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTrendingSize = 20;
    static constexpr int kRecentSize = 12;

    HomePage(const storage::Database &db, recsys::RecommendationService &service,
             ImageCache *images, const catalog::MediaLocator &media, QWidget *parent = nullptr);

    /// Whose page this is: a signed-in user's id, or 0 for a guest (whose state is reached
    /// through `guest`, called on the GUI thread).
    void setShopper(qint64 userId, const QString &displayName, GuestHooks guest = {});
    [[nodiscard]] qint64 userId() const { return m_userId; }
    /// Whose "Trending now" it is (their hard filters apply), asked on the GUI thread at each
    /// request. Without it: the account set by setShopper(), or nobody for a guest.
    void setShopperSource(std::function<recsys::ShopperRef()> source);
    /// Asks for every list again (results arrive later).
    void refresh();
    /// The shopper's activity changed (a guest rated, a product was viewed): refresh what
    /// depends on it.
    void activityChanged();

    [[nodiscard]] CarouselView *recommended() const { return m_recommended; }
    [[nodiscard]] CarouselView *trending() const { return m_trending; }
    [[nodiscard]] CarouselView *recentlyViewed() const { return m_recent; }
    [[nodiscard]] QPushButton *browseButton() const { return m_browse; }
    [[nodiscard]] QLineEdit *searchBox() const { return m_search; }
    /// The "updating" indicator is on.
    [[nodiscard]] bool isRefreshing() const;

Q_SIGNALS:
    void productActivated(qint64 productId);
    void browseRequested();
    /// The shopper started a search on the home page (typed `text`, or pressed Enter): the
    /// catalog takes it from here. The page's own box is emptied again.
    void searchRequested(const QString &text);
    /// The carousels show a new state (after a list arrived and was applied).
    void listsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateGreeting();
    void requestRecommended();
    void requestTrending();
    void requestRecent();
    void publish();
    void updateIndicator();

    const storage::Database &m_db;
    recsys::RecommendationService &m_service;
    QThreadPool *m_pool;
    qint64 m_userId = 0;
    QString m_displayName;
    GuestHooks m_guest;
    std::function<recsys::ShopperRef()> m_shopperSource;
    quint64 m_guestRequest = 0;
    quint64 m_trendingRequest = 0;
    quint64 m_recentGeneration = 0;

    recsys::RecommendationList m_rawRecommended;
    recsys::RecommendationList m_rawTrending;
    recsys::RecommendationList m_rawRecent;
    bool m_waitRecommended = false;
    bool m_waitTrending = false;
    bool m_waitRecent = false;

    recsys::CarouselModel *m_recommendedModel;
    recsys::CarouselModel *m_trendingModel;
    recsys::CarouselModel *m_recentModel;
    CarouselView *m_recommended;
    CarouselView *m_trending;
    CarouselView *m_recent;
    QLabel *m_greeting;
    QPushButton *m_browse;
    QLineEdit *m_search;
    QProgressBar *m_busy;
    QLabel *m_busyLabel;
};

} // namespace storefront::ui
