#pragma once

#include "common/result.h"
#include "recsys/interactiondata.h"
#include "recsys/parameters.h"
#include "recsys/topk.h"

#include <Eigen/Core>
#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>
#include <span>
#include <vector>

class QIODevice;
class QThreadPool;

namespace storefront::recsys {

class ItemFeatures;
class ParallelRunner;

/// How a fit runs: progress, cancellation, randomness and threads.
struct FitContext
{
    /// Called with a fraction in [0, 1] from the fitting thread.
    std::function<void(double)> progress;
    /// Polled at least every few milliseconds of work, also from worker threads: it must be
    /// thread-safe and sticky (once true, stays true), e.g. a read of a std::atomic<bool>. Fit
    /// then returns a "training cancelled" Error.
    std::function<bool()> cancelled;
    /// Seeds every random number of the fit (per block: seed + block index).
    quint64 seed = 42;
    /// Worker threads including the caller; 1 runs inline. Results are identical for the same
    /// seed whatever the thread count, unless a model documents otherwise.
    int threads = 1;
    /// Pool for the helpers; null = QThreadPool::globalInstance().
    QThreadPool *pool = nullptr;

    [[nodiscard]] bool isCancelled() const { return cancelled && cancelled(); }
    void report(double fraction) const
    {
        if (progress)
            progress(fraction);
    }
};

/// A training item's share of a recommendation's score.
struct Contribution
{
    int item = -1;
    float weight = 0.0f;
};

/// What is excluded from a recommendation list.
struct Exclusions
{
    bool interacted = true;      ///< items in the user's weight or rating row
    std::vector<int> items;      ///< explicit exclusion list ("not interested", staff)
    std::vector<int> outOfStock; ///< unavailable items
};

/// A user as a model scores them: their interactions plus, for factor models, their latent
/// factors (trained, or solved by foldIn against the fixed item side).
struct UserState
{
    UserInteractions interactions;
    Eigen::VectorXf factors; ///< empty for models without factors
    float bias = 0.0f;       ///< explicit MF user bias
};

/// The one interface of every model. Items and users are dense indices of items() / users().
///
/// Lifecycle: construct (createRecommender), setParameter, fit or load, then score. A fitted
/// model is immutable and all const methods may run concurrently from several threads.
class Recommender
{
    // Models call it as storefront::recsys::Recommender::tr(): lupdate neither looks into
    // base classes nor finds headers included as "recsys/...", and would take a shorter name
    // for the context.
    Q_DECLARE_TR_FUNCTIONS(storefront::recsys::Recommender)

public:
    virtual ~Recommender();
    Recommender(const Recommender &) = delete;
    Recommender &operator=(const Recommender &) = delete;

    /// Factory name: popularity, content, user-knn, item-knn, mf, als, bpr, ease.
    [[nodiscard]] QString name() const { return m_parameters.model(); }
    [[nodiscard]] const Parameters &parameters() const { return m_parameters; }
    /// Sets a parameter from text ("factors" or "als.factors"); refused with a message naming
    /// the parameter when unknown or invalid. Takes effect at the next fit.
    Status setParameter(const QString &key, const QString &value);
    /// A parameter of another model ("ease.lambda") for a model that contains it (the
    /// ensemble passes it to its component); models without components ignore it.
    virtual Status setComponentParameter(const QString &key, const QString &value);

    /// Trains on `data` (copied). On failure (cancelled, NaN, invalid data) the model is left
    /// unfitted and the Error says why.
    Status fit(const InteractionData &data, const FitContext &context = {});
    [[nodiscard]] bool isFitted() const { return m_fitted; }

    [[nodiscard]] const IdMap &users() const { return m_users; }
    [[nodiscard]] const IdMap &items() const { return m_items; }
    [[nodiscard]] int userCount() const { return m_users.size(); }
    [[nodiscard]] int itemCount() const { return m_items.size(); }

    /// The state of training user `user` (its training rows and trained factors).
    [[nodiscard]] Result<UserState> userState(int user) const;
    /// Folds in one user's current interactions without retraining: factor models re-solve
    /// the user's factors against the fixed item side, the others keep the rows (their scores
    /// are computed from them). Equals the trained state for a training user's own rows (to
    /// the tolerance stated by each model).
    [[nodiscard]] Result<UserState> foldIn(UserInteractions interactions) const;

    /// Scores of every item (size itemCount()), higher is better.
    void scoreAll(const UserState &user, std::span<float> out) const;
    /// Scores of `candidates`, in the same order.
    [[nodiscard]] std::vector<float> scoreUser(const UserState &user,
                                               std::span<const int> candidates) const;
    /// The k best items after exclusions, best first (ties by lower index).
    [[nodiscard]] std::vector<ScoredItem> recommend(const UserState &user, int k,
                                                    const Exclusions &exclusions = {}) const;
    /// The k items most similar to `item` (itself excluded).
    [[nodiscard]] virtual std::vector<ScoredItem> similarItems(int item, int k) const = 0;
    /// The user's training items that contributed most to `item`'s score, largest |weight|
    /// first, at most n.
    [[nodiscard]] virtual std::vector<Contribution> explain(const UserState &user, int item,
                                                            int n) const = 0;

    [[nodiscard]] virtual bool predictsRatings() const { return false; }
    /// Predicted stars (explicit MF only; NaN otherwise).
    [[nodiscard]] virtual float predictRating(const UserState &user, int item) const;

    /// Writes a versioned, checksummed snapshot (see snapshot.h).
    Status save(QIODevice &device) const;
    /// Replaces this model by a snapshot of the same model. A corrupt, truncated or foreign
    /// file is refused with an Error; the model is unchanged when the header, checksum, model
    /// name or common part is refused, and left unfitted if a checksummed payload is
    /// inconsistent (only a buggy writer or a crafted file can produce one).
    Status load(QIODevice &device);

protected:
    explicit Recommender(Parameters parameters)
        : m_parameters(std::move(parameters))
    {}

    /// Fits from m_weights / m_ratings / m_features (already set). Called with m_fitted false.
    virtual Status fitModel(const InteractionData &data, const FitContext &context) = 0;
    /// Adds model state (factors) to a user whose interactions are set. `trainedUser` >= 0
    /// asks for the trained factors of that user.
    virtual Status completeState(UserState &state, int trainedUser) const;
    /// Writes scores of every item into out[0..itemCount()).
    virtual void scoreAllItems(const UserState &user, float *out) const = 0;
    virtual void savePayload(SnapshotWriter &out) const = 0;
    virtual Status loadPayload(SnapshotReader &in) = 0;
    /// Called before fitModel and loadPayload: release model state.
    virtual void clearModel() {}

    /// Checks a matrix of factors for NaN/inf ("fit fails loudly on NaN factors").
    [[nodiscard]] Status checkFinite(const DenseRowMatrix &m, const QString &what) const;
    [[nodiscard]] Status cancelledError() const;

    Parameters m_parameters;
    IdMap m_users;
    IdMap m_items;
    SparseRowMatrix m_weights; ///< users x items, training weights
    SparseRowMatrix m_ratings; ///< users x items, training stars
    std::shared_ptr<const ItemFeatures> m_features;
    bool m_fitted = false;
};

/// A model by factory name; null for an unknown name (see recommenderNames()).
[[nodiscard]] std::unique_ptr<Recommender> createRecommender(const QString &name);
/// The names createRecommender accepts, in a stable order.
[[nodiscard]] QStringList recommenderNames();

} // namespace storefront::recsys
