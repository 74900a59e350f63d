#include "eval/evaluationjob.h"

#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace storefront::eval {

/// State shared by the job and one run on the pool.
struct EvaluationJob::Shared
{
    std::atomic<bool> cancelled{false};
    quint64 generation = 0;
};

EvaluationJob::EvaluationJob(QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_ownPool(pool ? nullptr : std::make_unique<QThreadPool>())
    , m_pool(pool ? pool : m_ownPool.get())
{
    qRegisterMetaType<ExperimentResult>();
}

EvaluationJob::~EvaluationJob()
{
    cancel();
    waitForIdle();
}

void EvaluationJob::start(Loader loader, const Splitter &splitter, const ExperimentConfig &config)
{
    cancel();
    auto shared = std::make_shared<Shared>();
    shared->generation = ++m_generation;
    m_current = shared;
    m_running = true;
    QPointer<EvaluationJob> self(this);
    ExperimentConfig runConfig = config;
    runConfig.pool = m_pool;
    // The runner's helpers come from the same pool: keep one thread for this task itself.
    runConfig.threads = std::max(1, std::min(config.threads, m_pool->maxThreadCount() - 1));
    const quint64 generation = shared->generation;
    auto deliver = [self, generation](auto &&signalCall) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, signalCall] {
                if (!self || generation != self->m_generation)
                    return; // stale
                signalCall(self.data());
            },
            Qt::QueuedConnection);
    };
    (void)QtConcurrent::run(
        m_pool, [shared, loader = std::move(loader), splitter, runConfig, deliver] {
            const auto cancelled = [shared] { return shared->cancelled.load(); };
            auto data = loader();
            if (!data) {
                const QString reason = data.error().toString();
                deliver([reason](EvaluationJob *job) {
                    job->m_running = false;
                    Q_EMIT job->failed(reason);
                });
                return;
            }
            const auto splits = splitter.split(*data, runConfig.seed);
            auto result = ExperimentRunner().run(
                *data, splits, runConfig,
                [deliver](const QString &stage, double fraction) {
                    deliver([stage, fraction](EvaluationJob *job) {
                        Q_EMIT job->progressChanged(stage, fraction);
                    });
                },
                cancelled);
            if (!result) {
                const QString reason = result.error().toString();
                deliver([reason](EvaluationJob *job) {
                    job->m_running = false;
                    Q_EMIT job->failed(reason);
                });
                return;
            }
            ExperimentResult value = std::move(*result);
            deliver([value](EvaluationJob *job) {
                job->m_running = false;
                Q_EMIT job->finished(value);
            });
        });
}

void EvaluationJob::cancel()
{
    if (!m_current)
        return;
    m_current->cancelled = true;
    if (m_running) {
        // The cancelled run's own report is stale now; tell the caller at once.
        ++m_generation;
        m_running = false;
        m_current.reset();
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT failed(tr("evaluation cancelled")); }, Qt::QueuedConnection);
        return;
    }
    m_current.reset();
}

void EvaluationJob::waitForIdle()
{
    m_pool->waitForDone();
}

} // namespace storefront::eval
