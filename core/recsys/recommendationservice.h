#pragma once

#include "common/result.h"
#include "recsys/businessrules.h"
#include "recsys/hybrid.h"
#include "recsys/merchandisingrules.h"
#include "recsys/modelsnapshot.h"
#include "recsys/recommendation.h"
#include "storage/eventrepository.h"
#include "storage/ratingrepository.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace storefront::storage {
class Database;
struct StoredShopperContext;
} // namespace storefront::storage

namespace storefront::recsys {

/// Whose list is asked for. Every list the service makes — "Recommended for you", "Trending
/// now", "Similar products", "Customers who liked this also liked" — leaves out what this
/// shopper rated, has in the cart or marked "not interested", and what staff excluded.
struct ShopperRef
{
    /// A signed-in shopper, whose rows and context the service reads on its worker; 0 for a
    /// guest, or for nobody (the kiosk's attract screen: only the staff exclusions apply).
    qint64 userId = 0;
    /// A guest's in-memory state (ignored for an account).
    std::vector<storage::Rating> ratings;
    std::vector<storage::Event> events;
    ShopperContext context;

    [[nodiscard]] static ShopperRef account(qint64 userId);
    [[nodiscard]] static ShopperRef guest(std::vector<storage::Rating> ratings,
                                          std::vector<storage::Event> events,
                                          ShopperContext context);
};

/// The live recommender: owns the current immutable ModelSnapshot and a thread pool, folds a
/// shopper in as soon as they rate or act, and retrains every model in the background.
///
/// Threads. Every public method may be called from any thread and returns at once; all work
/// runs on the service's own QThreadPool and results come back as signals emitted from the
/// thread the service lives in (queued to it), so the GUI thread never waits on a model.
/// A list computed for an older request of the same user than one already asked for is
/// dropped (each request has a generation number, Hotspot's job-tracker pattern).
///
/// Snapshot. `std::shared_ptr<const ModelSnapshot>` swapped under a mutex: readers copy the
/// pointer and keep a consistent set of models for as long as they need it.
///
/// Retraining. scheduleRetrain() (called after every rating and event) restarts a debounce
/// timer; when it fires, a full training runs on the pool from one read transaction on the
/// worker's own database connection. Never more than one training runs: a newer training
/// request cancels the running one (FitContext::cancelled) and starts when it has stopped. A
/// failed training keeps the previous snapshot and logs why. Each new snapshot is saved to
/// `Options::snapshotPath` (atomically), and start() loads that file so that recommendations
/// show before any training (a file that cannot be loaded, e.g. of an older format, is logged
/// and a training starts instead). A training also learns the blend weights per shopper
/// segment (TrainingOptions::blend, see ModelSnapshot). Training results are identical
/// whatever `threads` is.
///
/// Shopper context (cart, "not interested", favourite categories, price range) is read from
/// the database on the worker with the shopper's ratings and events (rows marked "Don't use
/// for recommendations" are skipped there and in training); setShopperContext() may add to
/// it. Guests, who have no rows in the database, go through recommendForInteractions(), and
/// hand their in-memory state to the trending and related lists as a ShopperRef.
class RecommendationService : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        /// Where the last snapshot is saved and loaded from; empty = not persisted.
        QString snapshotPath;
        /// Quiet time after the last change before a full retrain starts.
        int retrainDebounceMs = 2000;
        /// Threads of a training (1 = inline on one pool thread). Results do not depend on it.
        int threads = 2;
        quint64 seed = 42;
        /// Length of a shopper's list.
        int listSize = 20;
        TrainingOptions training;
        HybridOptions hybrid;
        /// Called on the worker at the start of every training with its context; an Error
        /// fails that training. For fault injection in tests and for instrumentation.
        std::function<Status(const FitContext &)> trainingHook;
    };

    RecommendationService(const storage::Database &db, Options options, QObject *parent = nullptr);
    /// Cancels a running training and waits for the pool's tasks to finish.
    ~RecommendationService() override;

    /// Loads the saved snapshot on the pool (snapshotReplaced(0) when it loads), then
    /// schedules a retrain; without a usable snapshot a training starts at once.
    void start();

    /// How many products a shopper's "Recommended for you" list holds (Options::listSize).
    [[nodiscard]] int listSize() const { return m_options.listSize; }

    /// The current snapshot (null before the first load or training). Cheap: a pointer copy.
    [[nodiscard]] std::shared_ptr<const ModelSnapshot> snapshot() const;
    /// The rules applied after the models (defaultRules(hybrid.priceBoost) at first).
    [[nodiscard]] RuleList rules() const;
    void setRules(RuleList rules);

    /// Extra context on top of what the database holds for the user (cart and "not
    /// interested" are added; favourites and price range fill in when the database has none);
    /// used by every later list. Publishes a new list for the user.
    void setShopperContext(qint64 userId, const ShopperContext &context);

    /// Commits a rating on the pool (one transaction), emits ratingSaved, folds the user in
    /// and publishes their list, and schedules a retrain. ratingFailed on a refused rating.
    void rate(qint64 userId, qint64 productId, int stars);
    /// Records a product event likewise (eventRecorded / eventFailed).
    void recordEvent(const storage::Event &event);
    /// For a caller that committed a rating or event itself: folds the user in, publishes
    /// their list and schedules a retrain.
    void interactionCommitted(qint64 userId);

    /// Publishes the user's current list (recommendationsUpdated); no retrain.
    void requestRecommendations(qint64 userId);
    /// A guest whose ratings and events live only in memory (userId fields are ignored).
    /// Returns the request id that guestRecommendationsReady will carry.
    quint64 recommendForInteractions(const std::vector<storage::Rating> &ratings,
                                     const std::vector<storage::Event> &events,
                                     const ShopperContext &context);
    /// Content-based "Similar products" of `productId` for `shopper` (similarProductsReady
    /// with the returned request id). Like trending() and alsoLiked(), the models' list goes
    /// through the same filters as "Recommended for you" (effectiveRules(): live availability,
    /// rated / in cart / "not interested", staff exclusions) and is topped up from further
    /// neighbours to k; it keeps the model's order (boosts, buries and pins do not apply, see
    /// HYBRID.md). `productId` itself is never in it.
    quint64 similarProducts(qint64 productId, int k, ShopperRef shopper);
    /// Item-kNN "Customers who liked this also liked" (alsoLikedReady).
    quint64 alsoLiked(qint64 productId, int k, ShopperRef shopper);
    /// Time-decayed popularity (trendingReady).
    quint64 trending(int k, ShopperRef shopper);

    /// Reads the staff merchandising rules from the database on the pool and republishes the
    /// lists of the shoppers served so far (MerchandisingService calls it after each change;
    /// start() calls it once).
    void reloadMerchandising();
    /// The catalog changed (a product archived, restocked, edited): reads every product's
    /// availability on the pool at once, so that archived or sold-out products leave every
    /// list immediately, republishes the lists of the shoppers served so far, and schedules a
    /// retrain (which picks up new products and restocks).
    void catalogChanged();
    /// The list `userId` would get under `rules` (unsaved merchandising rules, in order)
    /// instead of the stored ones, for the staff preview. Returns the request id that
    /// previewReady carries.
    quint64 previewRules(qint64 userId, std::vector<storage::MerchandisingRule> rules);

    /// Restarts the debounce timer of a full retrain.
    void scheduleRetrain();
    /// Requests a full retrain now (cancelling a running one).
    void retrainNow();

Q_SIGNALS:
    void recommendationsUpdated(qint64 userId, const storefront::recsys::RecommendationList &list);
    void guestRecommendationsReady(quint64 requestId,
                                   const storefront::recsys::RecommendationList &list);
    void similarProductsReady(quint64 requestId, qint64 productId,
                              const storefront::recsys::RecommendationList &list);
    void alsoLikedReady(quint64 requestId, qint64 productId,
                        const storefront::recsys::RecommendationList &list);
    void trendingReady(quint64 requestId, const storefront::recsys::RecommendationList &list);
    void previewReady(quint64 requestId, qint64 userId,
                      const storefront::recsys::RecommendationList &list);
    /// Merchandising rules or catalog availability were reloaded (the lists follow).
    void merchandisingReloaded();
    void catalogReloaded();
    /// A rating or event of the user was committed (by rate(), recordEvent() or a caller of
    /// interactionCommitted()): their new list is on its way.
    void interactionReceived(qint64 userId);
    void ratingSaved(qint64 userId, qint64 productId, int stars);
    void ratingFailed(qint64 userId, qint64 productId, const QString &message);
    void eventRecorded(qint64 userId, qint64 productId);
    void eventFailed(qint64 userId, qint64 productId, const QString &message);
    void trainingStarted(quint64 generation);
    /// A new snapshot is in place (generation 0: loaded from the file at start).
    void snapshotReplaced(quint64 generation);
    void trainingCancelled(quint64 generation);
    void trainingFailed(quint64 generation, const QString &reason);

private:
    using SnapshotResult = Result<std::shared_ptr<const ModelSnapshot>>;

    /// Reads the staff rules into the service on the calling (pool) thread and republishes.
    void loadMerchandising();
    void startTraining();
    /// Reads every product's availability (on the calling pool thread) into the live rule;
    /// false, logged, when it cannot be read.
    bool loadAvailability(const ModelSnapshot *snap);
    void finishTraining(quint64 generation, const SnapshotResult &result, bool cancelled);
    [[nodiscard]] SnapshotResult train(const FitContext &context) const;
    void swapSnapshot(std::shared_ptr<const ModelSnapshot> snapshot);
    /// Folds the user in on the pool and publishes (generation checked on delivery).
    void refreshUser(qint64 userId);
    void publishUser(qint64 userId, quint64 generation);
    [[nodiscard]] ShopperContext contextOf(qint64 userId,
                                           const storage::StoredShopperContext &stored) const;
    /// A shopper's usable ratings and events and their context, read on the calling thread.
    struct ShopperRead
    {
        std::vector<storage::Rating> ratings;
        std::vector<storage::Event> events;
        ShopperContext context;
    };
    [[nodiscard]] std::optional<ShopperRead> readShopper(qint64 userId) const;
    /// A shopper's rows over `snap` and their context: read for an account, as given for a
    /// guest. No value when an account cannot be read.
    struct ShopperRows
    {
        UserInteractions user;
        ShopperContext context;
    };
    [[nodiscard]] std::optional<ShopperRows> rowsOf(const ModelSnapshot &snap,
                                                    const ShopperRef &shopper) const;
    /// A snapshot's list of n items (n >= k asked for).
    using ListSource = std::function<RecommendationList(const ModelSnapshot &, int n)>;
    /// Runs `source` for `shopper` on the pool and hands `ready` the filtered list.
    quint64 requestFiltered(ShopperRef shopper, qint64 except, int k, ListSource source,
                            std::function<void(quint64, const RecommendationList &)> ready);
    /// `source`'s items (in its order) that pass effectiveRules() with the staff exclusions
    /// only, without `except`; asks `source` for more until k pass or it has no more.
    [[nodiscard]] RecommendationList filtered(const ModelSnapshot &snap, const ShopperRows &shopper,
                                              qint64 except, int k, const ListSource &source) const;
    /// The rules a list goes through: live availability, the base rules, staff scoring rules.
    [[nodiscard]] RuleList
    effectiveRules(const std::shared_ptr<const RecommendationRule> &merch) const;
    /// The models' list under `rules`, then `pins`.
    [[nodiscard]] RecommendationList listFor(const ModelSnapshot &snap,
                                             const UserInteractions &user,
                                             const ShopperContext &context, const RuleList &rules,
                                             const std::vector<MerchandisingAction> &pins) const;
    /// listFor() with the stored merchandising rules.
    [[nodiscard]] RecommendationList listWithStoredRules(const ModelSnapshot &snap,
                                                         const UserInteractions &user,
                                                         const ShopperContext &context) const;
    /// Reads the rules (and category paths) on the calling thread.
    [[nodiscard]] Result<MerchandisingPlan>
    readPlan(const std::optional<std::vector<storage::MerchandisingRule>> &unsaved) const;
    void republishServed();
    /// Runs `work` on the service's thread (queued).
    void post(std::function<void()> work);

    const storage::Database &m_db;
    const Options m_options;

    mutable QMutex m_mutex; ///< guards the members below up to the training state
    std::shared_ptr<const ModelSnapshot> m_snapshot;
    RuleList m_rules;
    QHash<qint64, ShopperContext> m_contexts;
    std::shared_ptr<const RecommendationRule> m_merchRule;     ///< staff exclude/boost/bury
    std::shared_ptr<const RecommendationRule> m_merchExcludes; ///< staff exclude only
    std::vector<MerchandisingAction> m_pins;
    std::shared_ptr<const LiveAvailabilityRule> m_liveRule; ///< after catalogChanged()
    int m_liveHidden = 0;               ///< products the snapshot offers that are unavailable now
    quint64 m_availabilityLoads = 0;    ///< loadAvailability() count
    quint64 m_trainingAvailability = 0; ///< m_availabilityLoads when the training started
    QHash<qint64, quint64> m_latestRequest; ///< user -> newest request generation
    quint64 m_requestCounter = 0;

    // Training state: touched on the service's thread only.
    QTimer m_debounce;
    bool m_trainingRunning = false;
    bool m_trainingPending = false;
    quint64 m_trainingGeneration = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;

    QThreadPool m_pool; ///< last: waited for before anything else is destroyed
};

} // namespace storefront::recsys
