#include "shop/shopperservice.h"

#include "auth/authservice.h"
#include "recsys/pagelists.h"
#include "recsys/recommendationservice.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/ratingrepository.h"
#include "storage/shopperrepository.h"

#include <QMutexLocker>
#include <QSet>

#include <algorithm>
#include <type_traits>
#include <utility>

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

/// Records one product event of an account in the change's transaction.
Status insertEvent(QSqlDatabase &c, qint64 userId, qint64 productId, storage::EventType type,
                   qint64 at)
{
    auto event = storage::EventRepository::insert(c, {0, userId, productId, type, {}, at});
    if (!event)
        return event.error();
    return {};
}

/// A change's outcome as "did anything change" or why it failed (see ShopperService::mutate).
template <typename F, typename... Args> Result<bool> runChange(F &change, Args &&...args)
{
    using R = std::invoke_result_t<F &, Args...>;
    if constexpr (std::is_void_v<R>) {
        change(std::forward<Args>(args)...);
        return true;
    } else if constexpr (std::is_same_v<R, Status>) {
        const Status s = change(std::forward<Args>(args)...);
        if (!s)
            return s.error();
        return true;
    } else {
        return change(std::forward<Args>(args)...); // bool or Result<bool>
    }
}

/// Sets a guest's "Don't use for recommendations" flag: adds `key` to `set` or removes it, or
/// `notFound` when the guest has no such row.
Status setGuestFlag(bool found, QSet<qint64> &set, qint64 key, bool on, const Error &notFound)
{
    if (!found)
        return notFound;
    if (on)
        set.insert(key);
    else
        set.remove(key);
    return {};
}

/// A stored flag's outcome: `notFound` when the row is not the shopper's.
Status flagSet(const Result<bool> &found, const Error &notFound)
{
    if (!found)
        return found.error();
    if (!*found)
        return notFound;
    return {};
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

template <typename InMemory, typename Stored>
Status ShopperService::mutate(const auth::Session &session, const std::function<Status()> &check,
                              Learns learns, std::initializer_list<Signal> emits,
                              InMemory &&inMemory, Stored &&stored)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    if (check) {
        if (Status s = check(); !s)
            return s;
    }
    const qint64 now = m_auth.now();
    bool changed = false;
    if (who->guest) {
        auto r = withGuest(session, [&](GuestState &g) { return runChange(inMemory, g, now); });
        if (!r)
            return r.error();
        changed = *r;
    } else {
        const qint64 userId = who->userId;
        if (Status s = m_db.transaction([&](QSqlDatabase &c) -> Status {
                auto r = runChange(stored, c, userId, now);
                if (!r)
                    return r.error();
                changed = *r;
                return {};
            });
            !s)
            return s;
        if (changed && learns == Learns::Interactions)
            learnedFrom(userId);
        else if (changed && learns == Learns::Context)
            contextChanged(userId);
    }
    if (changed)
        for (Signal signal : emits)
            Q_EMIT(this->*signal)();
    return {};
}

Error ShopperService::badQuantity()
{
    return fail(
        tr("The quantity must be between 1 and %1.").arg(storage::ShopperRepository::kMaxQuantity),
        QStringLiteral("quantity"));
}

// ---------------------------------------------------------------------------------------------
// Cart

Status ShopperService::addToCart(const auth::Session &session, qint64 productId, int quantity)
{
    return mutate(
        session, [&] { return requireProduct(productId, true); }, Learns::Interactions,
        {&ShopperService::cartChanged, &ShopperService::recommendationDataChanged},
        [&](GuestState &g, qint64 now) -> Status {
            auto it = findProduct(g.cart, productId);
            const int total = (it == g.cart.end() ? 0 : it->quantity) + quantity;
            if (quantity < 1 || total > storage::ShopperRepository::kMaxQuantity)
                return badQuantity();
            if (it == g.cart.end())
                g.cart.push_back({productId, total, now});
            else
                it->quantity = total;
            g.recordEvent(storage::EventType::AddToCart, productId, now);
            return {};
        },
        [&](QSqlDatabase &c, qint64 userId, qint64 now) {
            Status s = storage::ShopperRepository::addToCart(c, userId, productId, quantity, now);
            if (s)
                s = insertEvent(c, userId, productId, storage::EventType::AddToCart, now);
            // The CHECK on the summed quantity is the only other way this fails on valid input.
            if (!s && s.error().code == ErrorCode::CheckViolation)
                return Status(badQuantity());
            return s;
        });
}

Status ShopperService::setCartQuantity(const auth::Session &session, qint64 productId, int quantity)
{
    const auto check = [&]() -> Status {
        if (quantity < 1 || quantity > storage::ShopperRepository::kMaxQuantity)
            return badQuantity();
        return requireProduct(productId, true);
    };
    return mutate(
        session, check, Learns::Context, {&ShopperService::cartChanged},
        [&](GuestState &g, qint64 now) {
            auto it = findProduct(g.cart, productId);
            if (it == g.cart.end())
                g.cart.push_back({productId, quantity, now});
            else
                it->quantity = quantity;
        },
        [&](QSqlDatabase &c, qint64 userId, qint64 now) {
            return storage::ShopperRepository::setCartQuantity(c, userId, productId, quantity, now);
        });
}

Status ShopperService::removeFromCart(const auth::Session &session, qint64 productId)
{
    return mutate(
        session, nullptr, Learns::Context, {&ShopperService::cartChanged},
        [&](GuestState &g, qint64) { eraseProduct(g.cart, productId); },
        [&](QSqlDatabase &c, qint64 userId, qint64) {
            return storage::ShopperRepository::removeFromCart(c, userId, productId);
        });
}

Status ShopperService::clearCart(const auth::Session &session)
{
    return mutate(
        session, nullptr, Learns::Context, {&ShopperService::cartChanged},
        [](GuestState &g, qint64) { g.cart.clear(); },
        [](QSqlDatabase &c, qint64 userId, qint64) {
            return storage::ShopperRepository::clearCart(c, userId);
        });
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

Result<std::vector<ListedProduct>> ShopperService::listed(
    const auth::Session &session, std::vector<storage::MarkedProduct> GuestState::*inMemory,
    Result<std::vector<storage::MarkedProduct>> (storage::ShopperRepository::*stored)(qint64) const)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    std::vector<storage::MarkedProduct> marks;
    if (who->guest) {
        marks = withGuest(session, [&](GuestState &g) { return g.*inMemory; });
        std::reverse(marks.begin(), marks.end()); // kept newest last
    } else {
        auto rows = (storage::ShopperRepository(m_db).*stored)(who->userId);
        if (!rows)
            return rows.error();
        marks = std::move(*rows);
    }
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
    return mutate(
        session, [&] { return requireProduct(productId, false); }, Learns::Interactions,
        {&ShopperService::wishlistChanged, &ShopperService::recommendationDataChanged},
        [&](GuestState &g, qint64 now) {
            if (findProduct(g.wishlist, productId) != g.wishlist.end())
                return false;
            g.wishlist.push_back({productId, now});
            g.recordEvent(storage::EventType::Wishlist, productId, now);
            return true;
        },
        [&](QSqlDatabase &c, qint64 userId, qint64 now) -> Result<bool> {
            auto added = storage::ShopperRepository::addToWishlist(c, userId, productId, now);
            if (!added || !*added)
                return added;
            if (Status s = insertEvent(c, userId, productId, storage::EventType::Wishlist, now); !s)
                return s.error();
            return true;
        });
}

Status ShopperService::removeFromWishlist(const auth::Session &session, qint64 productId)
{
    return mutate(
        session, nullptr, Learns::Nothing, {&ShopperService::wishlistChanged},
        [&](GuestState &g, qint64) { eraseProduct(g.wishlist, productId); },
        [&](QSqlDatabase &c, qint64 userId, qint64) {
            return storage::ShopperRepository::removeFromWishlist(c, userId, productId);
        });
}

Result<std::vector<ListedProduct>> ShopperService::wishlist(const auth::Session &session)
{
    return listed(session, &GuestState::wishlist, &storage::ShopperRepository::wishlist);
}

Status ShopperService::markNotInterested(const auth::Session &session, qint64 productId)
{
    return mutate(
        session, [&] { return requireProduct(productId, false); }, Learns::Context,
        {&ShopperService::notInterestedChanged},
        [&](GuestState &g, qint64 now) {
            if (findProduct(g.notInterested, productId) == g.notInterested.end())
                g.notInterested.push_back({productId, now});
        },
        [&](QSqlDatabase &c, qint64 userId, qint64 now) {
            return storage::ShopperRepository::markNotInterested(c, userId, productId, now);
        });
}

Status ShopperService::undoNotInterested(const auth::Session &session, qint64 productId)
{
    return mutate(
        session, nullptr, Learns::Context, {&ShopperService::notInterestedChanged},
        [&](GuestState &g, qint64) { eraseProduct(g.notInterested, productId); },
        [&](QSqlDatabase &c, qint64 userId, qint64) {
            return storage::ShopperRepository::unmarkNotInterested(c, userId, productId);
        });
}

Result<std::vector<ListedProduct>> ShopperService::notInterested(const auth::Session &session)
{
    return listed(session, &GuestState::notInterested, &storage::ShopperRepository::notInterested);
}

// ---------------------------------------------------------------------------------------------
// Ratings

Status ShopperService::rate(const auth::Session &session, qint64 productId, int stars)
{
    const auto check = [&]() -> Status {
        if (stars < 1 || stars > 5)
            return fail(tr("Stars must be between 1 and 5, got %1.").arg(stars),
                        QStringLiteral("stars"));
        return requireProduct(productId, false);
    };
    return mutate(
        session, check, Learns::Interactions, {&ShopperService::recommendationDataChanged},
        [&](GuestState &g, qint64 now) {
            auto it = findProduct(g.ratings, productId);
            if (it == g.ratings.end())
                g.ratings.push_back({0, productId, stars, now});
            else
                *it = {0, productId, stars, now};
        },
        [&](QSqlDatabase &c, qint64 userId, qint64 now) {
            return storage::RatingRepository::upsert(c, {userId, productId, stars, now});
        });
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

Status ShopperService::setRatingExcluded(const auth::Session &session, qint64 productId,
                                         bool excluded)
{
    const Error notRated = fail(tr("You have not rated this product."), kProduct);
    return mutate(
        session, nullptr, Learns::Interactions, {&ShopperService::recommendationDataChanged},
        [&](GuestState &g, qint64) {
            return setGuestFlag(findProduct(g.ratings, productId) != g.ratings.end(),
                                g.excludedRatings, productId, excluded, notRated);
        },
        [&](QSqlDatabase &c, qint64 userId, qint64) {
            return flagSet(storage::RatingRepository::setExcluded(c, userId, productId, excluded),
                           notRated);
        });
}

Status ShopperService::setEventExcluded(const auth::Session &session, qint64 eventId, bool excluded)
{
    const Error notOurs =
        fail(tr("This activity is not in your recommendation data."), QStringLiteral("event"));
    return mutate(
        session, nullptr, Learns::Interactions, {&ShopperService::recommendationDataChanged},
        [&](GuestState &g, qint64) {
            const bool found =
                std::any_of(g.events.begin(), g.events.end(),
                            [eventId](const storage::Event &e) { return e.id == eventId; });
            return setGuestFlag(found, g.excludedEvents, eventId, excluded, notOurs);
        },
        [&](QSqlDatabase &c, qint64 userId, qint64) {
            return flagSet(storage::EventRepository::setExcluded(c, userId, eventId, excluded),
                           notOurs);
        });
}

Result<recsys::ShopperRef> ShopperService::shopperRef(const auth::Session &session)
{
    auto who = resolve(session);
    if (!who)
        return who.error();
    if (!who->guest)
        return recsys::ShopperRef::account(who->userId);
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
    return recsys::ShopperRef::guest(std::move(ratings), std::move(events), std::move(*context));
}

Result<RecommendationTicket> ShopperService::requestRecommendations(const auth::Session &session)
{
    auto *recommender = m_recommender.load();
    if (!recommender)
        return fail(tr("Recommendations are not available."), QStringLiteral("recommender"));
    auto shopper = shopperRef(session);
    if (!shopper)
        return shopper.error();
    RecommendationTicket ticket;
    if (shopper->userId != 0) {
        ticket.userId = shopper->userId;
        recommender->requestRecommendations(shopper->userId);
        return ticket;
    }
    ticket.guest = true;
    ticket.requestId =
        recommender->recommendForInteractions(shopper->ratings, shopper->events, shopper->context);
    return ticket;
}

// ---------------------------------------------------------------------------------------------
// Views

Status ShopperService::recordView(const auth::Session &session, qint64 productId)
{
    return mutate(
        session, [&] { return requireProduct(productId, false); }, Learns::Interactions,
        {&ShopperService::recommendationDataChanged},
        [&](GuestState &g, qint64 now) { g.recordEvent(storage::EventType::View, productId, now); },
        [&](QSqlDatabase &c, qint64 userId, qint64 now) {
            return insertEvent(c, userId, productId, storage::EventType::View, now);
        });
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

recsys::RecommendationList ShopperService::guestRecentlyViewed(const auth::Session &session,
                                                               int k) const
{
    if (!session.isGuest())
        return {};
    QMutexLocker lock(&m_mutex);
    const auto it = m_guests.constFind(session.token());
    if (it == m_guests.cend())
        return {};
    return recsys::recentlyViewed((*it)->events, k);
}

int ShopperService::guestStateCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_guests.size());
}

} // namespace storefront::shop
