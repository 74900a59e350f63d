#include "recsys/parallelrunner.h"

#include "common/handoff.h"

#include <QRunnable>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <latch>
#include <memory>

namespace storefront::recsys {

ParallelRunner::ParallelRunner(int threads, QThreadPool *pool)
    : m_threads(std::max(1, threads))
    , m_pool(pool ? pool : QThreadPool::globalInstance())
{}

int ParallelRunner::blocksFor(long long n, long long grain)
{
    if (n <= 0)
        return 0;
    return static_cast<int>(std::max(1LL, (n + grain - 1) / std::max(1LL, grain)));
}

void ParallelRunner::run(int blocks, const std::function<void(int)> &work) const
{
    if (blocks <= 0)
        return;
    if (m_threads == 1 || blocks == 1) {
        for (int b = 0; b < blocks; ++b)
            work(b);
        return;
    }
    std::atomic<int> next{0};
    auto drain = [&] {
        for (int b = next.fetch_add(1); b < blocks; b = next.fetch_add(1))
            work(b);
    };
    const int helpers = std::min(m_threads, blocks) - 1;
    // The latch counts helpers that actually started; a helper that could not start (pool
    // busy) simply leaves its share to the others.
    std::latch done(helpers);
    int started = 0;
    for (int h = 0; h < helpers; ++h) {
        QRunnable *task = QRunnable::create(handoff::Carried([&] {
            drain();
            done.count_down();
        }));
        if (m_pool->tryStart(task)) {
            ++started;
        } else {
            delete task;
        }
    }
    for (int h = started; h < helpers; ++h)
        done.count_down();
    drain();
    done.wait();
}

} // namespace storefront::recsys
