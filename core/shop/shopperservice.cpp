#include "shop/shopperservice.h"

#include "auth/authservice.h"
#include "recsys/recommendationservice.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/ratingrepository.h"
#include "storage/shopperrepository.h"

#include <QMutexLocker>
#include <QSet>

#include <algorithm>

namespace storefront::shop {

namespace {

const QString kProduct = QStringLiteral("product");

/// Looks a value up by product id in a small vector (carts and lists are short).
template <typename T> auto findProduct(std::vector<T> &rows, qint64 productId)
{
    return std::find_if(rows.begin(), rows.end(),
                        [productId](const T &row) { return row.productId == productId; });
}

template <typename T> bool eraseProduct(std::vector<T> &rows, qint64 productId)
{
    return std::erase_if(rows, [productId](const T &row) { return row.productId == productId; }) >
           0;
}

/// Adds `key` to `set` or removes it.
void toggle(QSet<qint64> &set, qint64 key, bool on)
{
    if (on)
        set.insert(key);
    else
        set.remove(key);
}

} // namespace

/// A guest's state, in memory only. Guarded by ShopperService::m_mutex.
struct ShopperService::GuestState
{
    std::vector<storage::CartItem> cart;               // in the order added
    std::vector<storage::MarkedProduct> wishlist;      // newest last
    std::vector<storage::MarkedProduct> notInterested; // newest last
    std::vector<storage::Rating> ratings;
    std::vector<storage::Event> events; // ids local to this guest, from 1
    QSet<qint64> excludedRatings;       // product ids
    QSet<qint64> excludedEvents;        // local event ids
    qint64 nextEventId = 1;
    qint64 lastSeen = 0;

    void recordEvent(storage::EventType type, qint64 productId, qint64 at)
    {
        events.push_back({nextEventId++, 0, productId, type, {}, at});
    }
};

struct ShopperService::Who
{
    qint64 userId = 0;                 // 0 for a guest
    std::shared_ptr<GuestState> guest; // only for a guest
    storage::User user;                // only for an account
};

ShopperService::ShopperService(const storage::Database &db, auth::AuthService &auth,
                               QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_auth(auth)
{}

ShopperService::~ShopperService() = default;

void ShopperService::setRecommendationService(recsys::RecommendationService *service)
{
    m_recommender.store(service);
}

void ShopperService::dropIdleGuests(qint64 now)
{
    // AuthService refuses an idle guest session anyway; this only frees the memory of guests
    // who walked away from a kiosk without anyone ending their session.
    const auto &c = m_auth.config();
    const qint64 idle = std::max(c.idleSecs, c.kioskIdleSecs);
    for (auto it = m_guests.begin(); it != m_guests.end();) {
        if (now >= (*it)->lastSeen + idle)
            it = m_guests.erase(it);
        else
            ++it;
    }
}

Result<ShopperService::Who> ShopperService::resolve(const auth::Session &session)
{
    if (session.isGuest()) {
        auto info = m_auth.check(session);
        QMutexLocker lock(&m_mutex);
        if (!info) {
            m_guests.remove(session.token());
            return info.error();
        }
        const qint64 now = m_auth.now();
        dropIdleGuests(now);
        auto &state = m_guests[session.token()];
        if (!state)
            state = std::make_shared<GuestState>();
        state->lastSeen = now;
        Who who;
        who.guest = state;
        return who;
    }
    auto user = m_auth.currentUser(session);
    if (!user)
        return user.error();
    Who who;
    who.userId = user->id;
    who.user = *user;
    return who;
}

template <typename F> auto ShopperService::withGuest(const auth::Session &session, F &&work)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_guests.find(session.token());
    // resolve() made the state; a concurrent wipe may have removed it since: start afresh.
    if (it == m_guests.end())
        it = m_guests.insert(session.token(), std::make_shared<GuestState>());
    return work(**it);
}

Status ShopperService::requireProduct(qint64 productId, bool mustBeAvailable) const
{
    auto product = storage::ProductRepository(m_db).byId(productId);
    if (!product)
        return product.error();
    if (!product->has_value())
        return fail(tr("No product has id %1.").arg(productId), kProduct);
    if (mustBeAvailable && (!(*product)->active || (*product)->stock <= 0))
        return fail(tr("“%1” is not available at the moment.").arg((*product)->title), kProduct);
    return {};
}

void ShopperService::learnedFrom(qint64 userId)
{
    if (auto *r = m_recommender.load())
        r->interactionCommitted(userId);
}

void ShopperService::contextChanged(qint64 userId)
{
    if (auto *r = m_recommender.load())
        r->requestRecommendations(userId);
}

// ---------------------------------------------------------------------------------------------
// Cart

Status ShopperService::addToCart(const auth::Session &session, qint64 productId, int quantity)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    if (Status s = requireProduct(productId, true); !s)
        return s;
    const qint64 now = m_auth.now();
    if (who->guest) {
        const Status s = withGuest(session, [&](GuestState &g) -> Status {
            auto it = findProduct(g.cart, productId);
            const int total = (it == g.cart.end() ? 0 : it->quantity) + quantity;
            if (quantity < 1 || total > storage::ShopperRepository::kMaxQuantity)
                return fail(tr("The quantity must be between 1 and %1.")
                                .arg(storage::ShopperRepository::kMaxQuantity),
                            QStringLiteral("quantity"));
            if (it == g.cart.end())
                g.cart.push_back({productId, total, now});
            else
                it->quantity = total;
            g.recordEvent(storage::EventType::AddToCart, productId, now);
            return {};
        });
        if (!s)
            return s;
    } else {
        const qint64 userId = who->userId;
        const Status s = m_db.transaction([&](QSqlDatabase &c) -> Status {
            if (Status added =
                    storage::ShopperRepository::addToCart(c, userId, productId, quantity, now);
                !added)
                return added;
            auto event = storage::EventRepository::insert(
                c, {0, userId, productId, storage::EventType::AddToCart, {}, now});
            if (!event)
                return event.error();
            return {};
        });
        if (!s) {
            // The CHECK on the summed quantity is the only other way this fails on valid input.
            if (s.error().message.contains(QLatin1String("CHECK"), Qt::CaseInsensitive))
                return fail(tr("The quantity must be between 1 and %1.")
                                .arg(storage::ShopperRepository::kMaxQuantity),
                            QStringLiteral("quantity"));
            return s;
        }
        learnedFrom(userId);
    }
    Q_EMIT cartChanged();
    Q_EMIT recommendationDataChanged();
    return {};
}

Status ShopperService::setCartQuantity(const auth::Session &session, qint64 productId, int quantity)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    if (quantity < 1 || quantity > storage::ShopperRepository::kMaxQuantity)
        return fail(tr("The quantity must be between 1 and %1.")
                        .arg(storage::ShopperRepository::kMaxQuantity),
                    QStringLiteral("quantity"));
    if (Status s = requireProduct(productId, true); !s)
        return s;
    const qint64 now = m_auth.now();
    if (who->guest) {
        withGuest(session, [&](GuestState &g) {
            auto it = findProduct(g.cart, productId);
            if (it == g.cart.end())
                g.cart.push_back({productId, quantity, now});
            else
                it->quantity = quantity;
        });
    } else {
        const qint64 userId = who->userId;
        if (Status s = m_db.transaction([&](QSqlDatabase &c) {
                return storage::ShopperRepository::setCartQuantity(c, userId, productId, quantity,
                                                                   now);
            });
            !s)
            return s;
        contextChanged(userId);
    }
    Q_EMIT cartChanged();
    return {};
}

Status ShopperService::removeFromCart(const auth::Session &session, qint64 productId)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    if (who->guest) {
        withGuest(session, [&](GuestState &g) { eraseProduct(g.cart, productId); });
    } else {
        const qint64 userId = who->userId;
        if (Status s = m_db.transaction([&](QSqlDatabase &c) {
                return storage::ShopperRepository::removeFromCart(c, userId, productId);
            });
            !s)
            return s;
        contextChanged(userId);
    }
    Q_EMIT cartChanged();
    return {};
}

Status ShopperService::clearCart(const auth::Session &session)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    if (who->guest) {
        withGuest(session, [](GuestState &g) { g.cart.clear(); });
    } else {
        const qint64 userId = who->userId;
        if (Status s = m_db.transaction(
                [&](QSqlDatabase &c) { return storage::ShopperRepository::clearCart(c, userId); });
            !s)
            return s;
        contextChanged(userId);
    }
    Q_EMIT cartChanged();
    return {};
}

Result<std::vector<storage::CartItem>> ShopperService::cartItems(const auth::Session &session)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    if (who->guest)
        return withGuest(session, [](GuestState &g) { return g.cart; });
    return storage::ShopperRepository(m_db).cart(who->userId);
}

Result<std::vector<CartLine>> ShopperService::cart(const auth::Session &session)
{
    auto items = cartItems(session);
    if (!items)
        return items.error();
    const storage::ProductRepository products(m_db);
    std::vector<CartLine> lines;
    for (const storage::CartItem &item : *items) {
        auto product = products.byId(item.productId);
        if (!product)
            return product.error();
        if (product->has_value()) // a guest's product may have been deleted meanwhile
            lines.push_back({**product, item.quantity, item.addedAt});
    }
    return lines;
}

Result<int> ShopperService::cartItemCount(const auth::Session &session)
{
    auto items = cartItems(session);
    if (!items)
        return items.error();
    int count = 0;
    for (const auto &item : *items)
        count += item.quantity;
    return count;
}

Result<ProductState> ShopperService::productState(const auth::Session &session, qint64 productId)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    std::vector<storage::CartItem> cart;
    std::vector<storage::MarkedProduct> wished;
    std::vector<storage::MarkedProduct> dismissed;
    ProductState state;
    if (who->guest) {
        withGuest(session, [&](GuestState &g) {
            cart = g.cart;
            wished = g.wishlist;
            dismissed = g.notInterested;
            if (auto it = findProduct(g.ratings, productId); it != g.ratings.end())
                state.stars = it->stars;
        });
    } else {
        const storage::ShopperRepository repository(m_db);
        auto c = repository.cart(who->userId);
        auto w = repository.wishlist(who->userId);
        auto n = repository.notInterested(who->userId);
        auto stars = storage::RatingRepository(m_db).starsOf(who->userId, productId);
        for (const Error *error : {c ? nullptr : &c.error(), w ? nullptr : &w.error(),
                                   n ? nullptr : &n.error(), stars ? nullptr : &stars.error()})
            if (error)
                return *error;
        cart = std::move(*c);
        wished = std::move(*w);
        dismissed = std::move(*n);
        state.stars = *stars;
    }
    if (auto it = findProduct(cart, productId); it != cart.end())
        state.cartQuantity = it->quantity;
    state.onWishlist = findProduct(wished, productId) != wished.end();
    state.notInterested = findProduct(dismissed, productId) != dismissed.end();
    return state;
}

// ---------------------------------------------------------------------------------------------
// Wishlist and "not interested"

Result<std::vector<ListedProduct>>
ShopperService::listed(const std::vector<storage::MarkedProduct> &marks) const
{
    const storage::ProductRepository products(m_db);
    std::vector<ListedProduct> out;
    for (const storage::MarkedProduct &m : marks) {
        auto product = products.byId(m.productId);
        if (!product)
            return product.error();
        if (product->has_value())
            out.push_back({**product, m.at});
    }
    return out;
}

Status ShopperService::addToWishlist(const auth::Session &session, qint64 productId)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    if (Status s = requireProduct(productId, false); !s)
        return s;
    const qint64 now = m_auth.now();
    bool added = false;
    if (who->guest) {
        added = withGuest(session, [&](GuestState &g) {
            if (findProduct(g.wishlist, productId) != g.wishlist.end())
                return false;
            g.wishlist.push_back({productId, now});
            g.recordEvent(storage::EventType::Wishlist, productId, now);
            return true;
        });
    } else {
        const qint64 userId = who->userId;
        const Status s = m_db.transaction([&](QSqlDatabase &c) -> Status {
            auto fresh = storage::ShopperRepository::addToWishlist(c, userId, productId, now);
            if (!fresh)
                return fresh.error();
            added = *fresh;
            if (!added)
                return {};
            auto event = storage::EventRepository::insert(
                c, {0, userId, productId, storage::EventType::Wishlist, {}, now});
            if (!event)
                return event.error();
            return {};
        });
        if (!s)
            return s;
        if (added)
            learnedFrom(userId);
    }
    if (added) {
        Q_EMIT wishlistChanged();
        Q_EMIT recommendationDataChanged();
    }
    return {};
}

Status ShopperService::removeFromWishlist(const auth::Session &session, qint64 productId)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    if (who->guest) {
        withGuest(session, [&](GuestState &g) { eraseProduct(g.wishlist, productId); });
    } else {
        const qint64 userId = who->userId;
        if (Status s = m_db.transaction([&](QSqlDatabase &c) {
                return storage::ShopperRepository::removeFromWishlist(c, userId, productId);
            });
            !s)
            return s;
    }
    Q_EMIT wishlistChanged();
    return {};
}

Result<std::vector<ListedProduct>> ShopperService::wishlist(const auth::Session &session)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    if (who->guest) {
        auto marks = withGuest(session, [](GuestState &g) { return g.wishlist; });
        std::reverse(marks.begin(), marks.end());
        return listed(marks);
    }
    auto marks = storage::ShopperRepository(m_db).wishlist(who->userId);
    if (!marks)
        return marks.error();
    return listed(*marks);
}

Status ShopperService::markNotInterested(const auth::Session &session, qint64 productId)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    if (Status s = requireProduct(productId, false); !s)
        return s;
    const qint64 now = m_auth.now();
    if (who->guest) {
        withGuest(session, [&](GuestState &g) {
            if (findProduct(g.notInterested, productId) == g.notInterested.end())
                g.notInterested.push_back({productId, now});
        });
    } else {
        const qint64 userId = who->userId;
        if (Status s = m_db.transaction([&](QSqlDatabase &c) {
                return storage::ShopperRepository::markNotInterested(c, userId, productId, now);
            });
            !s)
            return s;
        contextChanged(userId);
    }
    Q_EMIT notInterestedChanged();
    return {};
}

Status ShopperService::undoNotInterested(const auth::Session &session, qint64 productId)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    if (who->guest) {
        withGuest(session, [&](GuestState &g) { eraseProduct(g.notInterested, productId); });
    } else {
        const qint64 userId = who->userId;
        if (Status s = m_db.transaction([&](QSqlDatabase &c) {
                return storage::ShopperRepository::unmarkNotInterested(c, userId, productId);
            });
            !s)
            return s;
        contextChanged(userId);
    }
    Q_EMIT notInterestedChanged();
    return {};
}

Result<std::vector<ListedProduct>> ShopperService::notInterested(const auth::Session &session)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    if (who->guest) {
        auto marks = withGuest(session, [](GuestState &g) { return g.notInterested; });
        std::reverse(marks.begin(), marks.end());
        return listed(marks);
    }
    auto marks = storage::ShopperRepository(m_db).notInterested(who->userId);
    if (!marks)
        return marks.error();
    return listed(*marks);
}

// ---------------------------------------------------------------------------------------------
// Ratings

Status ShopperService::rate(const auth::Session &session, qint64 productId, int stars)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    if (stars < 1 || stars > 5)
        return fail(tr("Stars must be between 1 and 5, got %1.").arg(stars),
                    QStringLiteral("stars"));
    if (Status s = requireProduct(productId, false); !s)
        return s;
    const qint64 now = m_auth.now();
    if (who->guest) {
        withGuest(session, [&](GuestState &g) {
            auto it = findProduct(g.ratings, productId);
            if (it == g.ratings.end())
                g.ratings.push_back({0, productId, stars, now});
            else
                *it = {0, productId, stars, now};
        });
    } else {
        const qint64 userId = who->userId;
        if (Status s = m_db.transaction([&](QSqlDatabase &c) {
                return storage::RatingRepository::upsert(c, {userId, productId, stars, now});
            });
            !s)
            return s;
        learnedFrom(userId);
    }
    Q_EMIT recommendationDataChanged();
    return {};
}

Result<std::optional<int>> ShopperService::ratingOf(const auth::Session &session, qint64 productId)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    if (who->guest)
        return withGuest(session, [&](GuestState &g) {
            auto it = findProduct(g.ratings, productId);
            return it == g.ratings.end() ? std::optional<int>{} : std::optional<int>{it->stars};
        });
    return storage::RatingRepository(m_db).starsOf(who->userId, productId);
}

// ---------------------------------------------------------------------------------------------
// What the recommender uses

Result<recsys::ShopperContext> ShopperService::context(const auth::Session &session)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    recsys::ShopperContext context;
    if (who->guest) {
        withGuest(session, [&](GuestState &g) {
            for (const auto &c : g.cart)
                context.cart.push_back(c.productId);
            for (const auto &m : g.notInterested)
                context.notInterested.push_back(m.productId);
            context.ratedExcluded.assign(g.excludedRatings.begin(), g.excludedRatings.end());
        });
        std::sort(context.ratedExcluded.begin(), context.ratedExcluded.end());
        return context;
    }
    auto stored = storage::ShopperRepository(m_db).context(who->userId);
    if (!stored)
        return stored.error();
    auto excluded = storage::RatingRepository(m_db).excludedProducts(who->userId);
    if (!excluded)
        return excluded.error();
    context.ratedExcluded.assign(excluded->begin(), excluded->end());
    std::sort(context.ratedExcluded.begin(), context.ratedExcluded.end());
    context.cart = std::move(stored->cart);
    context.notInterested = std::move(stored->notInterested);
    context.favouriteCategories = stored->favouriteCategoryPaths;
    context.minPriceCents = stored->minPriceCents;
    context.maxPriceCents = stored->maxPriceCents;
    return context;
}

Result<std::vector<RecommendationDataRow>>
ShopperService::recommendationData(const auth::Session &session)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    std::vector<storage::Rating> ratings;
    std::vector<storage::Event> events;
    QSet<qint64> excludedRatings;
    QSet<qint64> excludedEvents;
    if (who->guest) {
        withGuest(session, [&](GuestState &g) {
            ratings = g.ratings;
            events = g.events;
            excludedRatings = g.excludedRatings;
            excludedEvents = g.excludedEvents;
        });
    } else {
        const storage::RatingRepository ratingRepository(m_db);
        const storage::EventRepository eventRepository(m_db);
        auto r = ratingRepository.byUser(who->userId);
        auto e = eventRepository.byUser(who->userId);
        auto xr = ratingRepository.excludedProducts(who->userId);
        auto xe = eventRepository.excludedIds(who->userId);
        for (const Error *error : {r ? nullptr : &r.error(), e ? nullptr : &e.error(),
                                   xr ? nullptr : &xr.error(), xe ? nullptr : &xe.error()})
            if (error)
                return *error;
        ratings = std::move(*r);
        events = std::move(*e);
        excludedRatings = std::move(*xr);
        excludedEvents = std::move(*xe);
    }

    const storage::ProductRepository products(m_db);
    QHash<qint64, QString> titles;
    auto titleOf = [&](qint64 productId) -> QString {
        auto it = titles.constFind(productId);
        if (it != titles.cend())
            return *it;
        auto p = products.byId(productId);
        const QString title = p && p->has_value() ? (*p)->title : QString();
        titles.insert(productId, title);
        return title;
    };
    std::vector<RecommendationDataRow> rows;
    for (const storage::Rating &r : ratings) {
        RecommendationDataRow row;
        row.kind = RecommendationDataRow::Kind::Rating;
        row.productId = r.productId;
        row.productTitle = titleOf(r.productId);
        row.stars = r.stars;
        row.at = r.updatedAt;
        row.excluded = excludedRatings.contains(r.productId);
        rows.push_back(std::move(row));
    }
    for (const storage::Event &e : events) {
        if (e.type == storage::EventType::Search || e.productId == 0)
            continue; // searches do not drive recommendations
        RecommendationDataRow row;
        row.kind = RecommendationDataRow::Kind::Event;
        row.eventId = e.id;
        row.productId = e.productId;
        row.productTitle = titleOf(e.productId);
        row.eventType = e.type;
        row.at = e.occurredAt;
        row.excluded = excludedEvents.contains(e.id);
        rows.push_back(std::move(row));
    }
    std::stable_sort(
        rows.begin(), rows.end(),
        [](const RecommendationDataRow &a, const RecommendationDataRow &b) { return a.at > b.at; });
    return rows;
}

Status ShopperService::setFlag(const auth::Session &session, const Error &notFound,
                               const std::function<bool(GuestState &)> &inMemory,
                               const std::function<Result<bool>(QSqlDatabase &, qint64)> &stored)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    if (who->guest) {
        if (!withGuest(session, inMemory))
            return notFound;
    } else {
        const qint64 userId = who->userId;
        bool found = false;
        if (Status s = m_db.transaction([&](QSqlDatabase &c) -> Status {
                auto r = stored(c, userId);
                if (!r)
                    return r.error();
                found = *r;
                return {};
            });
            !s)
            return s;
        if (!found)
            return notFound;
        learnedFrom(userId);
    }
    Q_EMIT recommendationDataChanged();
    return {};
}

Status ShopperService::setRatingExcluded(const auth::Session &session, qint64 productId,
                                         bool excluded)
{
    return setFlag(
        session, fail(tr("You have not rated this product."), kProduct),
        [&](GuestState &g) {
            if (findProduct(g.ratings, productId) == g.ratings.end())
                return false;
            toggle(g.excludedRatings, productId, excluded);
            return true;
        },
        [&](QSqlDatabase &c, qint64 userId) {
            return storage::RatingRepository::setExcluded(c, userId, productId, excluded);
        });
}

Status ShopperService::setEventExcluded(const auth::Session &session, qint64 eventId, bool excluded)
{
    return setFlag(
        session,
        fail(tr("This activity is not in your recommendation data."), QStringLiteral("event")),
        [&](GuestState &g) {
            if (std::none_of(g.events.begin(), g.events.end(),
                             [eventId](const storage::Event &e) { return e.id == eventId; }))
                return false;
            toggle(g.excludedEvents, eventId, excluded);
            return true;
        },
        [&](QSqlDatabase &c, qint64 userId) {
            return storage::EventRepository::setExcluded(c, userId, eventId, excluded);
        });
}

Result<RecommendationTicket> ShopperService::requestRecommendations(const auth::Session &session)
{
    auto *recommender = m_recommender.load();
    if (!recommender)
        return fail(tr("Recommendations are not available."), QStringLiteral("recommender"));
    auto who = resolve(session);
    if (!who)
        return who.error();
    RecommendationTicket ticket;
    if (!who->guest) {
        ticket.userId = who->userId;
        recommender->requestRecommendations(who->userId);
        return ticket;
    }
    auto context = this->context(session);
    if (!context)
        return context.error();
    std::vector<storage::Rating> ratings;
    std::vector<storage::Event> events;
    withGuest(session, [&](GuestState &g) {
        for (const storage::Rating &r : g.ratings)
            if (!g.excludedRatings.contains(r.productId))
                ratings.push_back(r);
        for (const storage::Event &e : g.events)
            if (!g.excludedEvents.contains(e.id))
                events.push_back(e);
    });
    ticket.guest = true;
    ticket.requestId = recommender->recommendForInteractions(ratings, events, *context);
    return ticket;
}

// ---------------------------------------------------------------------------------------------
// Views

Status ShopperService::recordView(const auth::Session &session, qint64 productId)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    if (Status s = requireProduct(productId, false); !s)
        return s;
    const qint64 now = m_auth.now();
    if (who->guest) {
        withGuest(session,
                  [&](GuestState &g) { g.recordEvent(storage::EventType::View, productId, now); });
    } else {
        const qint64 userId = who->userId;
        if (Status s = m_db.transaction([&](QSqlDatabase &c) -> Status {
                auto event = storage::EventRepository::insert(
                    c, {0, userId, productId, storage::EventType::View, {}, now});
                if (!event)
                    return event.error();
                return {};
            });
            !s)
            return s;
        learnedFrom(userId);
    }
    Q_EMIT recommendationDataChanged();
    return {};
}

// ---------------------------------------------------------------------------------------------
// Guests

void ShopperService::wipeGuest(const auth::Session &session)
{
    if (!session.isGuest())
        return;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_guests.remove(session.token()))
            return;
    }
    Q_EMIT cartChanged();
    Q_EMIT wishlistChanged();
    Q_EMIT notInterestedChanged();
    Q_EMIT recommendationDataChanged();
}

Status ShopperService::endGuestSession(const auth::Session &session)
{
    if (!session.isGuest())
        return fail(tr("This is not a guest session."), QStringLiteral("session"));
    wipeGuest(session);
    return m_auth.logOut(session);
}

int ShopperService::guestStateCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_guests.size());
}

} // namespace storefront::shop
