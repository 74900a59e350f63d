#include "recsys/recommendationservice.h"

#include "common/handoff.h"
#include "common/logging.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/merchandisingrepository.h"
#include "storage/productrepository.h"
#include "storage/shopperrepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMetaObject>
#include <QMutexLocker>
#include <QSet>

#include <algorithm>

namespace storefront::recsys {

ShopperRef ShopperRef::account(qint64 userId)
{
    ShopperRef shopper;
    shopper.userId = userId;
    return shopper;
}

ShopperRef ShopperRef::guest(std::vector<storage::Rating> ratings,
                             std::vector<storage::Event> events, ShopperContext context)
{
    ShopperRef shopper;
    shopper.ratings = std::move(ratings);
    shopper.events = std::move(events);
    shopper.context = std::move(context);
    return shopper;
}

RecommendationService::RecommendationService(const storage::Database &db, Options options,
                                             QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_options(std::move(options))
    , m_rules(defaultRules(m_options.hybrid.priceBoost))
{
    qRegisterMetaType<RecommendationList>();
    // The training task plus its helpers, and one thread left for fold-ins.
    m_pool.setMaxThreadCount(std::max(2, m_options.threads + 1));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(std::max(0, m_options.retrainDebounceMs));
    connect(&m_debounce, &QTimer::timeout, this, &RecommendationService::startTraining);
}

RecommendationService::~RecommendationService()
{
    m_debounce.stop();
    if (m_cancel)
        m_cancel->store(true);
    m_pool.clear(); // queued, not started tasks
    handoff::waitForDone(m_pool);
}

void RecommendationService::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(this, handoff::Carried(std::move(work)), Qt::QueuedConnection);
}

std::shared_ptr<const ModelSnapshot> RecommendationService::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_snapshot;
}

RuleList RecommendationService::rules() const
{
    QMutexLocker lock(&m_mutex);
    return m_rules;
}

void RecommendationService::setRules(RuleList rules)
{
    QMutexLocker lock(&m_mutex);
    m_rules = std::move(rules);
}

ShopperContext RecommendationService::contextOf(qint64 userId,
                                                const storage::StoredShopperContext &stored) const
{
    ShopperContext context;
    {
        QMutexLocker lock(&m_mutex);
        context = m_contexts.value(userId);
    }
    // The database is the truth; a context handed over with setShopperContext() adds to it.
    context.cart.insert(context.cart.end(), stored.cart.begin(), stored.cart.end());
    context.notInterested.insert(context.notInterested.end(), stored.notInterested.begin(),
                                 stored.notInterested.end());
    if (context.favouriteCategories.isEmpty())
        context.favouriteCategories = stored.favouriteCategoryPaths;
    if (!context.minPriceCents && !context.maxPriceCents) {
        context.minPriceCents = stored.minPriceCents;
        context.maxPriceCents = stored.maxPriceCents;
    }
    return context;
}

void RecommendationService::swapSnapshot(std::shared_ptr<const ModelSnapshot> snapshot)
{
    QMutexLocker lock(&m_mutex);
    m_snapshot = std::move(snapshot);
}

// ---------------------------------------------------------------------------------------------
// Start-up

void RecommendationService::start()
{
    const QString path = m_options.snapshotPath;
    handoff::start(m_pool, [this, path] {
        // The staff rules first, on this same task: no list can be made before a snapshot
        // exists, so none is ever served without them.
        loadMerchandising();
        if (path.isEmpty() || !QFileInfo::exists(path)) {
            post([this] { retrainNow(); });
            return;
        }
        auto loaded = ModelSnapshot::loadFile(path);
        if (!loaded) {
            qCWarning(lcRecsys) << "cannot load the saved recommender snapshot, retraining:"
                                << loaded.error().toString();
            post([this] { retrainNow(); });
            return;
        }
        std::shared_ptr<const ModelSnapshot> snapshot = *loaded;
        // The saved model knows the catalog as it was at its training: what was archived or
        // sold out since must not be offered before the retrain.
        (void)loadAvailability(snapshot.get());
        post([this, snapshot] {
            {
                QMutexLocker lock(&m_mutex);
                if (m_snapshot) // a training finished first: it is newer
                    return;
                m_snapshot = snapshot;
            }
            Q_EMIT snapshotReplaced(0);
            scheduleRetrain();
        });
    });
}

// ---------------------------------------------------------------------------------------------
// Training

void RecommendationService::scheduleRetrain()
{
    post([this] { m_debounce.start(); });
}

void RecommendationService::retrainNow()
{
    post([this] {
        m_debounce.stop();
        startTraining();
    });
}

void RecommendationService::startTraining()
{
    if (m_trainingRunning) {
        // Never two trainings at once: stop the running one, start again when it has ended.
        m_cancel->store(true);
        m_trainingPending = true;
        return;
    }
    m_trainingRunning = true;
    const quint64 generation = ++m_trainingGeneration;
    {
        QMutexLocker lock(&m_mutex);
        m_trainingAvailability = m_availabilityLoads;
    }
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    Q_EMIT trainingStarted(generation);
    handoff::start(m_pool, [this, generation, cancel] {
        FitContext context;
        context.cancelled = [cancel] { return cancel->load(std::memory_order_relaxed); };
        context.seed = m_options.seed;
        context.threads = std::max(1, m_options.threads);
        context.pool = &m_pool;
        QElapsedTimer timer;
        timer.start();
        SnapshotResult result = train(context);
        const bool cancelled = cancel->load();
        if (result && !cancelled) {
            qCDebug(lcRecsys) << "training" << generation << "took" << timer.elapsed() << "ms";
            if (!m_options.snapshotPath.isEmpty())
                if (Status s = (*result)->saveFile(m_options.snapshotPath); !s)
                    qCWarning(lcRecsys)
                        << "cannot save the recommender snapshot:" << s.error().toString();
        }
        post([this, generation, result, cancelled] {
            finishTraining(generation, result, cancelled);
        });
    });
}

RecommendationService::SnapshotResult RecommendationService::train(const FitContext &context) const
{
    if (m_options.trainingHook)
        if (Status s = m_options.trainingHook(context); !s)
            return s.error();
    // One read transaction on this worker's own connection: products, ratings and events
    // come from the same state of the database.
    std::vector<catalog::Product> products;
    std::vector<storage::Rating> ratings;
    std::vector<storage::Event> events;
    const Status read = m_db.transaction([&](QSqlDatabase &) -> Status {
        auto p = storage::ProductRepository(m_db).all();
        if (!p)
            return p.error();
        // Rows the shopper marked "Don't use for recommendations" are left out.
        auto r = storage::RatingRepository(m_db).usableAll();
        if (!r)
            return r.error();
        auto e = storage::EventRepository(m_db).usableProductEvents();
        if (!e)
            return e.error();
        products = std::move(*p);
        ratings = std::move(*r);
        events = std::move(*e);
        return {};
    });
    if (!read)
        return read.error();
    return ModelSnapshot::train(products, ratings, events, m_options.training, context);
}

void RecommendationService::finishTraining(quint64 generation, const SnapshotResult &result,
                                           bool cancelled)
{
    m_trainingRunning = false;
    if (cancelled) {
        qCInfo(lcRecsys) << "training" << generation << "cancelled by a newer request";
        Q_EMIT trainingCancelled(generation);
    } else if (!result) {
        // Error texts name models, parameters and tables, never shoppers.
        qCWarning(lcRecsys) << "training" << generation << "failed; keeping the previous snapshot:"
                            << result.error().toString();
        Q_EMIT trainingFailed(generation, result.error().toString());
    } else {
        swapSnapshot(*result);
        {
            // The training read the catalog after the last availability load: the new
            // snapshot knows it, and an older rule would keep hiding a product restocked since.
            QMutexLocker lock(&m_mutex);
            if (m_availabilityLoads == m_trainingAvailability) {
                m_liveRule.reset();
                m_liveHidden = 0;
            }
        }
        Q_EMIT snapshotReplaced(generation);
    }
    if (m_trainingPending) {
        m_trainingPending = false;
        startTraining();
    }
}

// ---------------------------------------------------------------------------------------------
// Shoppers

void RecommendationService::setShopperContext(qint64 userId, const ShopperContext &context)
{
    {
        QMutexLocker lock(&m_mutex);
        m_contexts.insert(userId, context);
    }
    refreshUser(userId);
}

void RecommendationService::rate(qint64 userId, qint64 productId, int stars)
{
    handoff::start(m_pool, [this, userId, productId, stars] {
        const Status s = m_db.transaction([&](QSqlDatabase &c) {
            return storage::RatingRepository::upsert(c, {userId, productId, stars, 0});
        });
        if (!s) {
            const QString message = s.error().toString();
            post([this, userId, productId, message] {
                Q_EMIT ratingFailed(userId, productId, message);
            });
            return;
        }
        post([this, userId, productId, stars] { Q_EMIT ratingSaved(userId, productId, stars); });
        interactionCommitted(userId);
    });
}

void RecommendationService::recordEvent(const storage::Event &event)
{
    handoff::start(m_pool, [this, event] {
        const Status s = m_db.transaction([&](QSqlDatabase &c) -> Status {
            auto id = storage::EventRepository::insert(c, event);
            if (!id)
                return id.error();
            return {};
        });
        const qint64 userId = event.userId;
        const qint64 productId = event.productId;
        if (!s) {
            const QString message = s.error().toString();
            post([this, userId, productId, message] {
                Q_EMIT eventFailed(userId, productId, message);
            });
            return;
        }
        post([this, userId, productId] { Q_EMIT eventRecorded(userId, productId); });
        interactionCommitted(userId);
    });
}

void RecommendationService::interactionCommitted(qint64 userId)
{
    post([this, userId] { Q_EMIT interactionReceived(userId); });
    refreshUser(userId);
    scheduleRetrain();
}

void RecommendationService::requestRecommendations(qint64 userId)
{
    refreshUser(userId);
}

void RecommendationService::refreshUser(qint64 userId)
{
    quint64 generation = 0;
    {
        QMutexLocker lock(&m_mutex);
        generation = ++m_requestCounter;
        m_latestRequest.insert(userId, generation);
    }
    handoff::start(m_pool, [this, userId, generation] { publishUser(userId, generation); });
}

void RecommendationService::publishUser(qint64 userId, quint64 generation)
{
    auto isStale = [this, userId, generation] {
        QMutexLocker lock(&m_mutex);
        return m_latestRequest.value(userId) != generation;
    };
    if (isStale()) // a newer request for this user is already queued
        return;
    const auto snap = snapshot();
    if (!snap)
        return; // nothing to score with yet; snapshotReplaced tells the UI to ask again
    const auto rows = rowsOf(*snap, ShopperRef::account(userId));
    if (!rows)
        return;
    RecommendationList list = listWithStoredRules(*snap, rows->user, rows->context);
    post([this, userId, generation, list = std::move(list)] {
        {
            QMutexLocker lock(&m_mutex);
            if (m_latestRequest.value(userId) != generation)
                return; // stale: a newer list for this user is on its way
        }
        Q_EMIT recommendationsUpdated(userId, list);
    });
}

quint64 RecommendationService::recommendForInteractions(const std::vector<storage::Rating> &ratings,
                                                        const std::vector<storage::Event> &events,
                                                        const ShopperContext &context)
{
    quint64 id = 0;
    {
        QMutexLocker lock(&m_mutex);
        id = ++m_requestCounter;
    }
    handoff::start(m_pool, [this, id, guest = ShopperRef::guest(ratings, events, context)] {
        RecommendationList list;
        if (const auto snap = snapshot()) {
            const auto rows = rowsOf(*snap, guest);
            list = listWithStoredRules(*snap, rows->user, rows->context);
        }
        post([this, id, list = std::move(list)] { Q_EMIT guestRecommendationsReady(id, list); });
    });
    return id;
}

quint64 RecommendationService::similarProducts(qint64 productId, int k, ShopperRef shopper)
{
    return requestFiltered(
        std::move(shopper), productId, k,
        [productId](const ModelSnapshot &snap, int n) {
            return snap.similarProducts(productId, n);
        },
        [this, productId](quint64 id, const RecommendationList &list) {
            Q_EMIT similarProductsReady(id, productId, list);
        });
}

quint64 RecommendationService::alsoLiked(qint64 productId, int k, ShopperRef shopper)
{
    return requestFiltered(
        std::move(shopper), productId, k,
        [productId](const ModelSnapshot &snap, int n) { return snap.alsoLiked(productId, n); },
        [this, productId](quint64 id, const RecommendationList &list) {
            Q_EMIT alsoLikedReady(id, productId, list);
        });
}

quint64 RecommendationService::trending(int k, ShopperRef shopper)
{
    return requestFiltered(
        std::move(shopper), 0, k, [](const ModelSnapshot &snap, int n) { return snap.trending(n); },
        [this](quint64 id, const RecommendationList &list) { Q_EMIT trendingReady(id, list); });
}

quint64 RecommendationService::requestFiltered(
    ShopperRef shopper, qint64 except, int k, ListSource source,
    std::function<void(quint64, const RecommendationList &)> ready)
{
    quint64 id = 0;
    {
        QMutexLocker lock(&m_mutex);
        id = ++m_requestCounter;
    }
    handoff::start(m_pool, [this, id, shopper = std::move(shopper), except, k,
                            source = std::move(source), ready = std::move(ready)] {
        RecommendationList list;
        if (const auto snap = snapshot())
            // An account that cannot be read gets nothing rather than a list that may show
            // what they asked not to see.
            if (const auto rows = rowsOf(*snap, shopper))
                list = filtered(*snap, *rows, except, k, source);
        post([id, ready, list = std::move(list)] { ready(id, list); });
    });
    return id;
}

// ---------------------------------------------------------------------------------------------
// Shared by every list

std::optional<RecommendationService::ShopperRead>
RecommendationService::readShopper(qint64 userId) const
{
    // One read transaction, so that the ratings, events and context are one state of the
    // database even while other threads write (a deferred BEGIN takes no write lock).
    std::optional<ShopperRead> read;
    const Status s = m_db.transaction([&](QSqlDatabase &) -> Status {
        auto ratings = storage::RatingRepository(m_db).usableByUser(userId);
        if (!ratings)
            return ratings.error();
        auto events = storage::EventRepository(m_db).usableByUser(userId);
        if (!events)
            return events.error();
        auto stored = storage::ShopperRepository(m_db).context(userId);
        if (!stored)
            return stored.error();
        auto excluded = storage::RatingRepository(m_db).excludedProducts(userId);
        if (!excluded)
            return excluded.error();
        read = ShopperRead{std::move(*ratings), std::move(*events), contextOf(userId, *stored)};
        read->context.ratedExcluded.assign(excluded->begin(), excluded->end());
        return {};
    });
    if (!s) {
        qCWarning(lcRecsys) << "cannot read a shopper's interactions:" << s.error().toString();
        return std::nullopt;
    }
    std::sort(read->context.ratedExcluded.begin(), read->context.ratedExcluded.end());
    return read;
}

std::optional<RecommendationService::ShopperRows>
RecommendationService::rowsOf(const ModelSnapshot &snap, const ShopperRef &shopper) const
{
    if (shopper.userId == 0)
        // A guest has no database id: 0 is never a user, so no training row is used.
        return ShopperRows{
            snap.interactionsOf(0, shopper.ratings, shopper.events, m_options.training.weights),
            shopper.context};
    auto read = readShopper(shopper.userId);
    if (!read)
        return std::nullopt;
    return ShopperRows{snap.interactionsOf(shopper.userId, read->ratings, read->events,
                                           m_options.training.weights),
                       std::move(read->context)};
}

RecommendationList RecommendationService::filtered(const ModelSnapshot &snap,
                                                   const ShopperRows &shopper, qint64 except, int k,
                                                   const ListSource &source) const
{
    std::shared_ptr<const RecommendationRule> excludes;
    int n = k + 1;
    {
        QMutexLocker lock(&m_mutex);
        excludes = m_merchExcludes;
        n += m_liveHidden;
    }
    // The very filters of "Recommended for you". Its score rules (price range, boosts) change
    // nothing here: these lists keep the model's order.
    const RuleList rules = effectiveRules(excludes);
    const RuleContext context{snap.catalog(), shopper.context, shopper.user};
    n += int(shopper.context.cart.size() + shopper.context.notInterested.size() +
             shopper.user.ratings.items.size());
    RecommendationList out;
    while (k > 0) {
        const RecommendationList all = source(snap, n);
        std::vector<Candidate> candidates;
        for (const Recommendation &r : all)
            if (const int item = snap.catalog().indexOf(r.productId);
                item >= 0 && r.productId != except)
                candidates.push_back({item, 0.0f, {}});
        applyRules(rules, context, candidates);
        QSet<qint64> kept;
        for (const Candidate &c : candidates)
            kept.insert(snap.catalog().at(c.item).id);
        out.clear();
        for (const Recommendation &r : all)
            if (kept.contains(r.productId) && out.size() < k)
                out.push_back(r);
        // A shorter answer than asked for means the source has nothing further to offer.
        if (out.size() >= k || all.size() < n)
            break;
        n *= 2;
    }
    return out;
}

RuleList
RecommendationService::effectiveRules(const std::shared_ptr<const RecommendationRule> &merch) const
{
    RuleList out;
    {
        QMutexLocker lock(&m_mutex);
        if (m_liveRule)
            out.push_back(m_liveRule);
        out.insert(out.end(), m_rules.begin(), m_rules.end());
    }
    if (merch)
        out.push_back(merch);
    return out;
}

RecommendationList
RecommendationService::listFor(const ModelSnapshot &snap, const UserInteractions &user,
                               const ShopperContext &context, const RuleList &rules,
                               const std::vector<MerchandisingAction> &pins) const
{
    RecommendationList list =
        snap.recommend(user, context, m_options.listSize, m_options.hybrid, rules);
    if (!pins.empty()) {
        const RuleContext ruleContext{snap.catalog(), context, user};
        // A pinned product must pass every filter the models' items passed.
        applyPins(
            list, pins, snap.catalog(),
            [&](int item) -> std::optional<QList<Adjustment>> {
                std::vector<Candidate> probe{{item, 0.0f, {}}};
                applyRules(rules, ruleContext, probe);
                if (probe.empty())
                    return std::nullopt;
                return probe.front().adjustments;
            },
            m_options.listSize);
    }
    return list;
}

RecommendationList RecommendationService::listWithStoredRules(const ModelSnapshot &snap,
                                                              const UserInteractions &user,
                                                              const ShopperContext &context) const
{
    std::shared_ptr<const RecommendationRule> merch;
    std::vector<MerchandisingAction> pins;
    {
        QMutexLocker lock(&m_mutex);
        merch = m_merchRule;
        pins = m_pins;
    }
    return listFor(snap, user, context, effectiveRules(merch), pins);
}

// ---------------------------------------------------------------------------------------------
// Merchandising and catalog changes

Result<MerchandisingPlan> RecommendationService::readPlan(
    const std::optional<std::vector<storage::MerchandisingRule>> &unsaved) const
{
    std::vector<storage::MerchandisingRule> rules;
    if (unsaved) {
        rules = *unsaved;
    } else {
        auto stored = storage::MerchandisingRepository(m_db).all();
        if (!stored)
            return stored.error();
        rules = std::move(*stored);
    }
    auto categories = storage::CategoryRepository(m_db).list();
    if (!categories)
        return categories.error();
    QHash<qint64, QString> paths;
    for (const catalog::Category &c : *categories)
        paths.insert(c.id, c.path);
    return MerchandisingPlan::compile(rules, paths);
}

void RecommendationService::republishServed()
{
    QList<qint64> users;
    {
        QMutexLocker lock(&m_mutex);
        users = m_latestRequest.keys();
    }
    for (qint64 userId : users)
        refreshUser(userId);
}

void RecommendationService::reloadMerchandising()
{
    handoff::start(m_pool, [this] { loadMerchandising(); });
}

void RecommendationService::loadMerchandising()
{
    auto plan = readPlan(std::nullopt);
    if (!plan) {
        qCWarning(lcRecsys) << "cannot read the merchandising rules; keeping the previous ones:"
                            << plan.error().toString();
        return;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_merchRule = plan->scoring.empty()
                          ? nullptr
                          : std::make_shared<MerchandisingScoreRule>(plan->scoring);
        m_pins = plan->pins;
        const auto excludes = plan->exclusions();
        m_merchExcludes =
            excludes.empty() ? nullptr : std::make_shared<MerchandisingScoreRule>(excludes);
    }
    post([this] { Q_EMIT merchandisingReloaded(); });
    republishServed();
}

bool RecommendationService::loadAvailability(const ModelSnapshot *snap)
{
    auto products = storage::ProductRepository(m_db).all();
    if (!products) {
        qCWarning(lcRecsys) << "cannot read the catalog's availability:"
                            << products.error().toString();
        return false;
    }
    QHash<qint64, bool> available;
    for (const catalog::Product &p : *products)
        available.insert(p.id, p.active && p.stock > 0);
    int hidden = 0;
    if (snap)
        for (int i = 0; i < snap->catalog().size(); ++i)
            if (snap->catalog().at(i).available() &&
                !available.value(snap->catalog().at(i).id, true))
                ++hidden;
    QMutexLocker lock(&m_mutex);
    m_liveRule = std::make_shared<LiveAvailabilityRule>(std::move(available));
    m_liveHidden = hidden;
    ++m_availabilityLoads;
    return true;
}

void RecommendationService::catalogChanged()
{
    handoff::start(m_pool, [this] {
        if (!loadAvailability(snapshot().get()))
            return;
        post([this] { Q_EMIT catalogReloaded(); });
        republishServed();
        scheduleRetrain();
    });
}

quint64 RecommendationService::previewRules(qint64 userId,
                                            std::vector<storage::MerchandisingRule> rules)
{
    quint64 id = 0;
    {
        QMutexLocker lock(&m_mutex);
        id = ++m_requestCounter;
    }
    handoff::start(m_pool, [this, id, userId, rules = std::move(rules)] {
        RecommendationList list;
        const auto snap = snapshot();
        auto plan = readPlan(rules);
        const auto rows = snap ? rowsOf(*snap, ShopperRef::account(userId)) : std::nullopt;
        if (plan && rows) {
            std::shared_ptr<const RecommendationRule> merch;
            if (!plan->scoring.empty())
                merch = std::make_shared<MerchandisingScoreRule>(plan->scoring);
            list = listFor(*snap, rows->user, rows->context, effectiveRules(merch), plan->pins);
        } else if (!plan) {
            qCWarning(lcRecsys) << "cannot preview merchandising rules:" << plan.error().toString();
        }
        post([this, id, userId, list = std::move(list)] { Q_EMIT previewReady(id, userId, list); });
    });
    return id;
}

} // namespace storefront::recsys
