#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace storefront::ui {

/// Runs `work` on the global thread pool and hands its result to `done` on `context`'s
/// thread. Argon2id hashing (about 70 ms) and other blocking core calls go through here so
/// that the GUI thread keeps painting. If `context` is destroyed first, `done` is never
/// called; `work` must therefore capture only values and objects that outlive the window
/// (core services owned by main()).
template <typename Work, typename Done> void runInBackground(QObject *context, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace storefront::ui
