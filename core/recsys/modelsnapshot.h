#pragma once

#include "catalog/product.h"
#include "common/result.h"
#include "recsys/blendlearner.h"
#include "recsys/businessrules.h"
#include "recsys/datasetbuilder.h"
#include "recsys/hybrid.h"
#include "recsys/itemcatalog.h"
#include "recsys/recommendation.h"
#include "recsys/recommender.h"

#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QIODevice;

namespace storefront::recsys {

/// What a full training fits.
struct TrainingOptions
{
    /// Models of the hybrid blend, by factory name. EASE is skipped (with a log line) when the
    /// catalog has more than `easeMaxItems` items.
    QStringList models = {QStringLiteral("popularity"), QStringLiteral("content"),
                          QStringLiteral("item-knn"), QStringLiteral("als"),
                          QStringLiteral("ease")};
    /// "model.key=value" settings applied to the matching models.
    /// Content is pure similarity here: popularity is its own component of the blend, and a
    /// popularity prior would hide new products (see ContentBased).
    QStringList parameters = {QStringLiteral("als.factors=32"), QStringLiteral("als.iterations=10"),
                              QStringLiteral("content.popularity_prior=0"),
                              QStringLiteral("content.profile=weights")};
    int easeMaxItems = 20000;
    InteractionWeights weights;
    /// Half-life of the extra time-decayed popularity model behind trending(), days.
    double trendingHalfLifeDays = 14.0;
    /// Learn the blend weights per user segment at every training, as `ensemble` does (see
    /// BlendLearner): the blend models are fitted once more on a validation split carved from
    /// these training interactions and the weights maximise NDCG@k of the held-out pairs.
    /// false (or too little data) = the fixed HybridOptions weights.
    bool learnBlendWeights = true;
    /// The segments (history-length boundaries `blend.segments.warmFrom` / `heavyFrom`) and
    /// the search; the defaults equal `ensemble`'s.
    BlendLearningOptions blend;
};

/// An immutable, fitted set of models with everything the live recommender needs: the
/// models of the blend, a trending popularity model, the id maps, item features and product
/// metadata (title, category, active, stock, price) for rules and reasons. Shared between
/// threads as std::shared_ptr<const ModelSnapshot>; every const method is thread-safe.
class ModelSnapshot
{
public:
    /// Fits every model on one consistent read of the store. Fails (nothing is returned) if
    /// any model fails or the context is cancelled.
    [[nodiscard]] static Result<std::shared_ptr<const ModelSnapshot>>
    train(const std::vector<catalog::Product> &products,
          const std::vector<storage::Rating> &ratings, const std::vector<storage::Event> &events,
          const TrainingOptions &options, const FitContext &context);

    /// Reads a snapshot file written by save() (checked like a model snapshot: magic, version,
    /// length, checksum, then every model's own checks).
    [[nodiscard]] static Result<std::shared_ptr<const ModelSnapshot>> load(QIODevice &device);
    [[nodiscard]] static Result<std::shared_ptr<const ModelSnapshot>> loadFile(const QString &path);
    [[nodiscard]] Status save(QIODevice &device) const;
    /// Writes atomically (QSaveFile): a crash never leaves a half-written snapshot.
    [[nodiscard]] Status saveFile(const QString &path) const;

    [[nodiscard]] const ItemCatalog &catalog() const { return m_catalog; }
    [[nodiscard]] const IdMap &users() const { return m_users; }
    /// Content features aligned with the item map (never null after train or load).
    [[nodiscard]] const ItemFeatures &features() const { return *m_features; }
    [[nodiscard]] qint64 latestTimestamp() const { return m_latestTimestamp; }
    /// Blend models in blend order.
    [[nodiscard]] QStringList modelNames() const;
    /// A blend model by factory name, or "trending"; null when absent.
    [[nodiscard]] const Recommender *model(const QString &name) const;
    /// Training interactions (ratings + events) behind the snapshot, for consistency checks.
    [[nodiscard]] qint64 trainingRatings() const { return m_trainingRatings; }

    /// True when training learned blend weights; false when it could not (fewer validation
    /// users than BlendLearningOptions::minSegmentUsers, e.g. a new store) or was told not to:
    /// recommend() then uses the fixed HybridOptions weights.
    [[nodiscard]] bool hasLearnedWeights() const { return m_learned; }
    /// The segment boundaries the snapshot was trained with.
    [[nodiscard]] const UserSegments &segments() const { return m_segments; }
    /// The segment of a shopper: by the positive entries of their weight row, as `ensemble`.
    [[nodiscard]] int segmentOf(const UserInteractions &user) const
    {
        return m_segments.of(user.weights);
    }
    /// The learned weights of `segment` by blend model name; empty without learned weights.
    [[nodiscard]] QHash<QString, float> learnedWeights(int segment) const;
    /// The learned weights (aligned with modelNames()) and their validation NDCG.
    [[nodiscard]] const LearnedBlend &learnedBlend() const { return m_blend; }
    /// One line per segment: its weights and validation NDCG learned vs best single model
    /// (for logs and the CLI); says so when the fixed weights apply.
    [[nodiscard]] QStringList describeBlend() const;

    /// A shopper's rows over this snapshot's item map (unknown products are ignored).
    [[nodiscard]] UserInteractions interactionsOf(qint64 userId,
                                                  const std::vector<storage::Rating> &ratings,
                                                  const std::vector<storage::Event> &events,
                                                  const InteractionWeights &weights) const;

    /// The hybrid list: every model folds the shopper in and scores all items, the scores are
    /// blended, `rules` filter and boost, MMR re-ranks when enabled, and each item gets its
    /// reason and evidence. Weights: a cold-start shopper (HybridOptions::coldStartInteractions)
    /// gets HybridOptions::coldWeights and the onboarding component; everyone else the learned
    /// weights of their segment, or HybridOptions::weights when there are none (or
    /// HybridOptions::useLearnedWeights is false).
    [[nodiscard]] RecommendationList recommend(const UserInteractions &user,
                                               const ShopperContext &shopper, int k,
                                               const HybridOptions &options,
                                               const RuleList &rules) const;
    /// Content-based neighbours of a product (available products only).
    [[nodiscard]] RecommendationList similarProducts(qint64 productId, int k) const;
    /// Item-kNN neighbours: "customers who liked this also liked" (available products only).
    [[nodiscard]] RecommendationList alsoLiked(qint64 productId, int k) const;
    /// Time-decayed popularity (available products only).
    [[nodiscard]] RecommendationList trending(int k) const;

    /// explain() of `model` for several items of one list (n contributions each), equal to
    /// calling model.explain per item. Implicit ALS factorises the shopper's system once for
    /// all items instead of once per item (the per-item solve dominated a list's latency).
    [[nodiscard]] std::vector<std::vector<Contribution>> explainItems(const Recommender &model,
                                                                      const UserState &state,
                                                                      const std::vector<int> &items,
                                                                      int n) const;

private:
    ModelSnapshot() = default;
    using FitFunction = std::function<Result<std::shared_ptr<const Recommender>>(
        const QString &model, const InteractionData &data, int step)>;
    /// Learns the blend weights of `names` (fitted by `fit` on a validation split of `data`);
    /// no value when there is too little data. Fails only when cancelled.
    [[nodiscard]] static Result<std::optional<LearnedBlend>>
    learnBlend(const InteractionData &data, const QStringList &names,
               const TrainingOptions &options, const FitContext &context, const FitFunction &fit);
    /// Precomputes what scoring reuses (the ALS Gram matrix) after train or load.
    void prepare();
    [[nodiscard]] RecommendationList neighbours(const QString &model, qint64 productId, int k,
                                                ReasonKind kind) const;

    std::vector<std::pair<QString, std::shared_ptr<const Recommender>>> m_models;
    std::shared_ptr<const Recommender> m_trending;
    ItemCatalog m_catalog;
    std::shared_ptr<const ItemFeatures> m_features;
    IdMap m_users;
    qint64 m_latestTimestamp = 0;
    qint64 m_trainingRatings = 0;
    UserSegments m_segments;
    LearnedBlend m_blend; ///< weights aligned with m_models when m_learned
    bool m_learned = false;
    Eigen::MatrixXf m_alsGram; ///< Y^T Y of the ALS item factors (factors x factors)
};

} // namespace storefront::recsys
