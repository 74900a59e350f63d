#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <type_traits>
#include <utility>

namespace storefront::ui {

/// Runs `work` on `pool` and calls `done(result)` on `context`'s thread when it finishes —
/// unless `context` is gone by then. The GUI's way to call a (thread-safe) core service
/// without waiting on it.
template <typename Work, typename Done>
void runAsync(QObject *context, QThreadPool *pool, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcher<R>::finished, context,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

} // namespace storefront::ui
