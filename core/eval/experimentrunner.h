#pragma once

#include "common/result.h"
#include "eval/modelregistry.h"
#include "eval/splitter.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class QThreadPool;

namespace storefront::eval {

class RatingsDataset;

/// What to evaluate and how.
struct ExperimentConfig
{
    QStringList models;
    /// "MODEL.KEY=VALUE"; applied to MODEL only when it is in `models`.
    QStringList parameters;
    int k = 10;
    /// Test ratings >= threshold are relevant; without it every test rating is relevant.
    std::optional<double> relevanceThreshold;
    /// When set, training ratings below it are not part of the implicit weights the ranking
    /// models learn from (mf still sees every star). Default: every rating counts.
    std::optional<double> trainThreshold;
    /// Weight of the training ratings below `trainThreshold` (0 = left out, at most 1).
    float belowThresholdWeight = 0.0f;
    quint64 seed = 42;
    int threads = 1;
    QThreadPool *pool = nullptr;
    /// When > 0, precision and recall are also computed at every cutoff 1..curveMaxK.
    int curveMaxK = 0;
};

/// The figures of one model. Over several folds (k-fold cross-validation) the per-user
/// metrics are averaged over every evaluated user of every fold (folds weighted by their
/// evaluated users); coverage, RMSE, MAE and the timings are means over the evaluated folds.
struct ModelResult
{
    QString model;
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
    double ndcg = 0.0;
    double map = 0.0;
    double mrr = 0.0;
    double hitRate = 0.0;
    double coverage = 0.0;
    std::optional<double> diversity; ///< only with item features
    double novelty = 0.0;
    std::optional<double> rmse; ///< only for rating predictors
    std::optional<double> mae;
    double trainSeconds = 0.0;
    double recommendSeconds = 0.0;
    /// Evaluated user lists the metrics average: users with at least one relevant test item,
    /// summed over the evaluated folds (a user evaluated in three folds counts three times).
    int users = 0;
    std::vector<double> precisionCurve; ///< at k = 1..curveMaxK
    std::vector<double> recallCurve;
};

struct ExperimentResult
{
    int k = 10;
    std::vector<ModelResult> results;
};

/// Trains every model of an experiment through the registry (recsys FitContext with progress
/// and cancellation), recommends the top k for every test user with at least one relevant test
/// item, excluding the items the user has in train, and computes the metrics (see Metrics) and
/// timings. train_seconds is the wall time of fit(); recommend_seconds the wall time of the
/// top-k lists of all evaluated users (on `threads` threads). RMSE/MAE are over every explicit
/// test rating, for models that predict ratings.
class ExperimentRunner
{
public:
    /// `stage` names what runs ("als: training"); `fraction` is the whole experiment's, 0..1.
    using Progress = std::function<void(const QString &stage, double fraction)>;

    explicit ExperimentRunner(ModelRegistry registry = ModelRegistry::defaults())
        : m_registry(std::move(registry))
    {}

    [[nodiscard]] const ModelRegistry &registry() const { return m_registry; }

    /// Checks names and parameters without training anything.
    [[nodiscard]] Status validate(const ExperimentConfig &config) const;

    /// Runs every split (k-fold: their figures are averaged, see ModelResult). A split whose
    /// test part has no user with a relevant item is skipped; when no split has one, the run
    /// fails with an Error saying so instead of reporting zeros. `cancelled` is polled often
    /// and must be thread-safe; a cancelled run returns an Error "evaluation cancelled".
    [[nodiscard]] Result<ExperimentResult> run(const RatingsDataset &data,
                                               const std::vector<Split> &splits,
                                               const ExperimentConfig &config,
                                               const Progress &progress = {},
                                               const std::function<bool()> &cancelled = {}) const;

    /// A model from the registry with the experiment's parameters for it applied.
    [[nodiscard]] Result<std::unique_ptr<recsys::Recommender>>
    createModel(const QString &name, const QStringList &parameters) const;

private:
    ModelRegistry m_registry;
};

} // namespace storefront::eval
