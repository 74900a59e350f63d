#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace storefront::ui {

/// Runs `work` on `pool` and calls `done(result)` on `context`'s thread when it finishes —
/// unless `context` is gone by then, in which case `done` is never called. This is how the
/// GUI calls a (thread-safe) core service without waiting on it; `work` must therefore
/// capture only values and objects that outlive the window (core services owned by main()).
template <typename Work, typename Done>
void runAsync(QObject *context, QThreadPool *pool, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

/// The pool of runInBackground. Its own, not the global one, so that the owner of the core
/// services the work uses (MainWindow) can wait for exactly this work before they go,
/// without waiting on long jobs such as an evaluation that share the global pool.
inline QThreadPool *backgroundPool()
{
    static QThreadPool pool;
    return &pool;
}

/// runAsync on backgroundPool(): for one-off blocking core calls from dialogs, such as
/// Argon2id hashing (about 70 ms) or reading what a dialog shows, so that the GUI thread
/// keeps painting.
template <typename Work, typename Done> void runInBackground(QObject *context, Work work, Done done)
{
    runAsync(context, backgroundPool(), std::move(work), std::move(done));
}

} // namespace storefront::ui
