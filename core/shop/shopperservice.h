#pragma once

#include "auth/session.h"
#include "catalog/product.h"
#include "common/result.h"
#include "recsys/recommendation.h"
#include "storage/eventrepository.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QObject>

#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <vector>

namespace storefront::storage {
class Database;
struct MarkedProduct;
struct CartItem;
class ShopperRepository;
} // namespace storefront::storage
namespace storefront::auth {
class AuthService;
}
namespace storefront::recsys {
class RecommendationService;
struct ShopperRef;
} // namespace storefront::recsys

/// core/shop: store-front services that act for the person at the screen and therefore take
/// an auth::Session — the shopper's own state (ShopperService) and staff merchandising
/// (MerchandisingService). Every check (session valid, role, permission) is made here.
namespace storefront::shop {

/// One line of the cart with the product as it is now.
struct CartLine
{
    catalog::Product product;
    int quantity = 0;
    qint64 addedAt = 0; ///< seconds since the Unix epoch, UTC
};

/// A product on the wishlist or marked "not interested", with when.
struct ListedProduct
{
    catalog::Product product;
    qint64 at = 0;
};

/// One row of "Your recommendation data": a rating or a product event that drives the
/// shopper's recommendations, with its "Don't use for recommendations" flag.
struct RecommendationDataRow
{
    enum class Kind
    {
        Rating,
        Event
    };
    Kind kind = Kind::Rating;
    qint64 eventId = 0; ///< events only: the key for setEventExcluded
    qint64 productId = 0;
    QString productTitle;
    int stars = 0;                                           ///< ratings only
    storage::EventType eventType = storage::EventType::View; ///< events only
    qint64 at = 0;
    bool excluded = false; ///< "Don't use for recommendations"
};

/// Where one product stands for the shopper (for a product page's buttons).
struct ProductState
{
    int cartQuantity = 0; ///< 0: not in the cart
    bool onWishlist = false;
    bool notInterested = false;
    std::optional<int> stars; ///< the shopper's rating
};

/// Which signal of RecommendationService will carry a list asked for with
/// ShopperService::requestRecommendations: recommendationsUpdated(userId) for an account,
/// guestRecommendationsReady(requestId) for a guest.
struct RecommendationTicket
{
    bool guest = false;
    qint64 userId = 0;
    quint64 requestId = 0;
};

/// The shopper's own state: cart, wishlist, "not interested", ratings, and the data the
/// recommender learns from, with the "Don't use for recommendations" flags.
///
/// Every call takes the session and checks it (AuthService): an ended or forged session is
/// refused. For an account everything is stored (one transaction per call) and adding to
/// the cart or wishlist records an event (add_to_cart, wishlist) the recommender learns from.
/// A guest (auth::Role::Guest, kiosk) gets the same operations on state kept in this
/// service's memory only, keyed by the session: nothing personal reaches the database, and
/// wipeGuest()/endGuestSession() (or the session's idle timeout) discard all of it.
///
/// Recommendations. With a RecommendationService set, each change of an account republishes
/// that shopper's list (recommendationsUpdated) and changes to what it learns from schedule a
/// retrain; a guest's list is asked for with requestRecommendations() after a change.
///
/// Thread-safe: calls may come from any thread (each thread uses its own connection; guest
/// state is under a mutex). Signals are emitted on the calling thread after the change.
class ShopperService : public QObject
{
    Q_OBJECT

public:
    ShopperService(const storage::Database &db, auth::AuthService &auth, QObject *parent = nullptr);
    ~ShopperService() override;

    /// The live recommender to notify of changes (may be null; not owned).
    void setRecommendationService(recsys::RecommendationService *service);

    // --- Cart -------------------------------------------------------------------------
    /// Adds `quantity` (1..999 in all) of an available product; records an add_to_cart event.
    Status addToCart(const auth::Session &session, qint64 productId, int quantity = 1);
    /// Sets the quantity of a product (1..999); adds the line when missing.
    Status setCartQuantity(const auth::Session &session, qint64 productId, int quantity);
    Status removeFromCart(const auth::Session &session, qint64 productId);
    Status clearCart(const auth::Session &session);
    /// The cart in the order products were added, with each product's current details.
    [[nodiscard]] Result<std::vector<CartLine>> cart(const auth::Session &session);

    /// How many items the cart holds (the sum of quantities), for a badge.
    [[nodiscard]] Result<int> cartItemCount(const auth::Session &session);
    /// Cart, wishlist, "not interested" and rating of one product.
    [[nodiscard]] Result<ProductState> productState(const auth::Session &session, qint64 productId);

    // --- Wishlist ---------------------------------------------------------------------
    /// Adds the product (no-op when already there); records a wishlist event when new.
    Status addToWishlist(const auth::Session &session, qint64 productId);
    Status removeFromWishlist(const auth::Session &session, qint64 productId);
    /// Newest first.
    [[nodiscard]] Result<std::vector<ListedProduct>> wishlist(const auth::Session &session);

    // --- "Not interested" (a hard filter on recommendations) ------------------------------
    Status markNotInterested(const auth::Session &session, qint64 productId);
    Status undoNotInterested(const auth::Session &session, qint64 productId);
    /// Newest first.
    [[nodiscard]] Result<std::vector<ListedProduct>> notInterested(const auth::Session &session);

    // --- Ratings ------------------------------------------------------------------------
    /// Rates a product 1..5: stored for an account, in memory for a guest.
    Status rate(const auth::Session &session, qint64 productId, int stars);
    [[nodiscard]] Result<std::optional<int>> ratingOf(const auth::Session &session,
                                                      qint64 productId);

    // --- Views ----------------------------------------------------------------------------
    /// The shopper opened a product page: a view event the recommender learns from. Stored
    /// for an account (and the account's list republished, a retrain scheduled); kept in
    /// memory for a guest, where requestRecommendations() folds it in with the guest's
    /// ratings and other events and wipeGuest() discards it.
    Status recordView(const auth::Session &session, qint64 productId);

    // --- What the recommender uses --------------------------------------------------------
    /// Cart, "not interested", favourite (onboarding) categories and preferred price range.
    [[nodiscard]] Result<recsys::ShopperContext> context(const auth::Session &session);
    /// The ratings and product events that drive the shopper's recommendations, newest
    /// first, each with its "Don't use for recommendations" flag.
    [[nodiscard]] Result<std::vector<RecommendationDataRow>>
    recommendationData(const auth::Session &session);
    /// "Don't use for recommendations" on the shopper's rating of `productId`: the
    /// recommender ignores it at once (fold-in) and in every later training.
    Status setRatingExcluded(const auth::Session &session, qint64 productId, bool excluded);
    /// The same for one of the shopper's events (RecommendationDataRow::eventId).
    Status setEventExcluded(const auth::Session &session, qint64 eventId, bool excluded);

    /// Whose lists the recommender makes (trending, similar, also liked, recommended): an
    /// account by id, or a guest's in-memory ratings and events (less those marked "Don't
    /// use for recommendations") and context. For a guest only memory is read.
    [[nodiscard]] Result<recsys::ShopperRef> shopperRef(const auth::Session &session);
    /// Asks the recommender for the session's list; the ticket says which signal carries it.
    /// Refused without a RecommendationService.
    [[nodiscard]] Result<RecommendationTicket> requestRecommendations(const auth::Session &session);

    // --- Guests -------------------------------------------------------------------------
    /// Discards everything kept for a guest session (cart, wishlist, "not interested",
    /// ratings, events, flags); the session itself stays valid. No-op for accounts.
    void wipeGuest(const auth::Session &session);
    /// wipeGuest() and ends the guest session (AuthService::logOut).
    Status endGuestSession(const auth::Session &session);
    /// The products a guest session viewed, newest first, each once (recsys::recentlyViewed
    /// over its in-memory events); read from memory only, so it is cheap on any thread.
    /// Empty for an account: its views are stored (recsys::loadRecentlyViewed).
    [[nodiscard]] recsys::RecommendationList guestRecentlyViewed(const auth::Session &session,
                                                                 int k) const;
    /// How many guest sessions have state in memory (for kiosks and tests).
    [[nodiscard]] int guestStateCount() const;

Q_SIGNALS:
    void cartChanged();
    void wishlistChanged();
    void notInterestedChanged();
    /// Ratings, events or their flags changed.
    void recommendationDataChanged();

private:
    struct GuestState;
    struct Who;
    [[nodiscard]] Result<Who> resolve(const auth::Session &session);
    /// What an account's change tells the recommender.
    enum class Learns
    {
        Nothing,
        Context,     ///< contextChanged(): republish only
        Interactions ///< learnedFrom(): republish and schedule a retrain
    };
    using Signal = void (ShopperService::*)();
    /// The one shape of every change to the shopper's state: resolve the session, run
    /// `check` (may be null), then change the guest's memory (`inMemory(GuestState &, now)`)
    /// or, for an account, run `stored(QSqlDatabase &, userId, now)` in one transaction and
    /// tell the recommender what `learns` says; then emit `emits` in order. A change returns
    /// nothing, a Status, or (Result<)bool(>) "did anything change": when nothing did, nothing
    /// is told or emitted.
    template <typename InMemory, typename Stored>
    Status mutate(const auth::Session &session, const std::function<Status()> &check, Learns learns,
                  std::initializer_list<Signal> emits, InMemory &&inMemory, Stored &&stored);
    /// "The quantity must be between 1 and …".
    [[nodiscard]] static Error badQuantity();
    /// The cart's lines (ids and quantities) for an account or a guest.
    [[nodiscard]] Result<std::vector<storage::CartItem>> cartItems(const auth::Session &session);
    [[nodiscard]] Status requireProduct(qint64 productId, bool mustBeAvailable) const;
    /// Runs `work` on the guest's state under the lock.
    template <typename F> auto withGuest(const auth::Session &session, F &&work);
    void dropIdleGuests(qint64 now);
    /// The wishlist or the "not interested" list, newest first: a guest's `inMemory` or an
    /// account's `stored` list.
    [[nodiscard]] Result<std::vector<ListedProduct>>
    listed(const auth::Session &session, std::vector<storage::MarkedProduct> GuestState::*inMemory,
           Result<std::vector<storage::MarkedProduct>> (storage::ShopperRepository::*stored)(qint64)
               const);
    /// An account's stored interactions changed: republish and schedule a retrain.
    void learnedFrom(qint64 userId);
    /// An account's context changed: republish only.
    void contextChanged(qint64 userId);

    const storage::Database &m_db;
    auth::AuthService &m_auth;
    std::atomic<recsys::RecommendationService *> m_recommender{nullptr};

    mutable QMutex m_mutex;                                  ///< guards m_guests
    QHash<QByteArray, std::shared_ptr<GuestState>> m_guests; ///< by session token
};

} // namespace storefront::shop
