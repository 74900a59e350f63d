#pragma once

#include <functional>

class QThreadPool;

namespace storefront::recsys {

/// Runs a fixed number of independent work blocks on a QThreadPool. The split into blocks is
/// decided by the caller from the problem size only (never from the thread count), and each
/// block writes only its own outputs, so results never depend on scheduling.
///
/// With threads == 1 everything runs inline on the calling thread. Otherwise the calling
/// thread works too and up to threads - 1 helpers are started with QThreadPool::tryStart (so a
/// busy or saturated pool degrades to fewer threads instead of deadlocking). No exception may
/// leave `work` (core code reports failures through Status).
class ParallelRunner
{
public:
    /// `pool` may be null: QThreadPool::globalInstance() is used then.
    ParallelRunner(int threads, QThreadPool *pool);

    [[nodiscard]] int threads() const { return m_threads; }

    /// Calls work(block) once for every block in [0, blocks).
    void run(int blocks, const std::function<void(int block)> &work) const;

    /// Number of blocks for `n` items of work when each block should hold about `grain` items.
    [[nodiscard]] static int blocksFor(long long n, long long grain);

private:
    int m_threads = 1;
    QThreadPool *m_pool = nullptr;
};

} // namespace storefront::recsys
