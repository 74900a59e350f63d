#pragma once

// ThreadSanitizer sees only the synchronisation that is compiled with it. Debian's Qt is not,
// so to TSan a task handed to a QThreadPool, a functor posted to another thread with
// QMetaObject::invokeMethod, or a pool's waitForDone() orders nothing, and every object that
// crosses such a hand-off would be reported as a race. Our hand-offs go through this header,
// which states the ordering Qt really provides as happens-before edges TSan can see; the code
// on both sides of them is then checked for races like any other. Without -fsanitize=thread
// all of it compiles to plain calls.

#include <QThreadPool>

#include <utility>

#if defined(__SANITIZE_THREAD__)
#define STOREFRONT_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define STOREFRONT_TSAN 1
#endif
#endif

#ifdef STOREFRONT_TSAN
#include <sanitizer/tsan_interface.h>
#endif

namespace storefront::handoff {

#ifdef STOREFRONT_TSAN
inline void release(const void *token)
{
    __tsan_release(const_cast<void *>(token));
}
inline void acquire(const void *token)
{
    __tsan_acquire(const_cast<void *>(token));
}
#else
inline void release(const void *) {}
inline void acquire(const void *) {}
#endif

/// A functor that carries the happens-before edge with it, whatever moves it between threads.
/// Every copy releases on its own address once it is complete (and again after each call),
/// and calling or destroying a copy acquires there first, so the thread that runs or drops a
/// copy sees all that was done to it before — including the copying itself, which Qt's own
/// queues do where TSan cannot see them.
template <typename F> class Carried
{
public:
    explicit Carried(F f)
        : m_f(std::move(f))
    {
        release(this);
    }
    Carried(const Carried &other)
        : m_f(acquired(other).m_f)
    {
        release(this);
    }
    Carried(Carried &&other) noexcept
        : m_f(std::move(acquired(other).m_f))
    {
        release(this);
    }
    Carried &operator=(const Carried &) = delete;
    Carried &operator=(Carried &&) = delete;
    ~Carried() { acquire(this); }

    decltype(auto) operator()() const
    {
        acquire(this);
        // Qt may drop its last reference to this copy on yet another thread (a queued call's
        // sender, a QThread's owner): that thread's destructor must see this call as done.
        const ReleaseOnReturn done{this};
        return m_f();
    }

private:
    struct ReleaseOnReturn
    {
        const void *token;
        ~ReleaseOnReturn() { release(token); }
    };
    static const Carried &acquired(const Carried &c)
    {
        acquire(&c);
        return c;
    }
    static Carried &acquired(Carried &c)
    {
        acquire(&c);
        return c;
    }

    mutable F m_f;
};

/// Runs `work` on `pool`. After waitForDone(pool) the waiting thread sees all that it did.
template <typename F> void start(QThreadPool &pool, F work)
{
    pool.start(Carried([&pool, work = std::move(work)]() mutable {
        work();
        release(&pool);
    }));
}

/// QThreadPool::waitForDone(), which TSan sees as the end of every task started with start().
inline void waitForDone(QThreadPool &pool)
{
    pool.waitForDone();
    acquire(&pool);
}

} // namespace storefront::handoff
