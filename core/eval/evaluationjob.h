#pragma once

#include "common/result.h"
#include "eval/experimentrunner.h"
#include "eval/ratingsdataset.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThreadPool;

namespace storefront::eval {

/// One evaluation in the background, for the staff dashboard: loads a dataset (e.g. the
/// store's own data through DatasetLoader::loadStore on the worker's own connection), splits
/// it, runs the ExperimentRunner on a QThreadPool and reports back on the object's thread.
///
/// Each start() gets a generation number; starting again or cancel() makes older runs stale
/// (their results are dropped, their work stops at the next cancellation check).
class EvaluationJob : public QObject
{
    Q_OBJECT
public:
    using Loader = std::function<Result<RatingsDataset>()>;

    explicit EvaluationJob(QThreadPool *pool = nullptr, QObject *parent = nullptr);
    ~EvaluationJob() override;

    /// Starts a run; `loader` and everything after it run on the pool.
    void start(Loader loader, const Splitter &splitter, const ExperimentConfig &config);
    /// Stops the current run; it ends with failed("evaluation cancelled").
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// Blocks until no run of this job is left on the pool (tests, shutdown).
    void waitForIdle();

Q_SIGNALS:
    void progressChanged(const QString &stage, double fraction);
    void finished(const storefront::eval::ExperimentResult &result);
    void failed(const QString &reason);

private:
    struct Shared;
    // A job without a given pool runs on its own, so that waiting for it at destruction
    // never waits for unrelated work on the global pool.
    std::unique_ptr<QThreadPool> m_ownPool;
    QThreadPool *m_pool;
    std::shared_ptr<Shared> m_current;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace storefront::eval

Q_DECLARE_METATYPE(storefront::eval::ExperimentResult)
