#include "demostoresetup.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace storefront::ui {

Result<catalog::DemoSeedSummary> DemoStoreSetup::run(const storage::Database &db,
                                                     const QString &dataDir, int showAfterMs)
{
    constexpr int kSteps = 1000;
    // Shared with the worker, which may still be reading them while the dialog goes.
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto permille = std::make_shared<std::atomic<int>>(0);
    catalog::ImportControl control;
    control.progress = [permille](double fraction) { permille->store(int(fraction * kSteps)); };
    control.cancelled = [cancelled] { return cancelled->load(); };

    QFutureWatcher<Result<catalog::DemoSeedSummary>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(
        [&db, dataDir, control] { return catalog::DemoStore::seedIfEmpty(db, dataDir, control); }));

    QProgressDialog dialog(tr("Setting up the demo store…"), tr("Cancel"), 0, kSteps);
    dialog.setWindowTitle(QStringLiteral("Storefront"));
    dialog.setAccessibleName(tr("Setting up the demo store"));
    dialog.setAccessibleDescription(
        tr("Loads the demo store's products, shoppers and ratings into the new database. "
           "Cancel leaves the database empty and quits."));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(showAfterMs);
    dialog.setValue(0); // starts the show-after timer
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&dialog, cancelled] {
        cancelled->store(true);
        dialog.setLabelText(tr("Cancelling…"));
    });
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &dialog, [&dialog, permille] {
        // Below the maximum until the load is done, so the bar never looks finished early.
        dialog.setValue(std::min(permille->load(), kSteps - 1));
    });
    tick.start(50);
    if (!watcher.isFinished())
        loop.exec();
    tick.stop();
    return watcher.result();
}

} // namespace storefront::ui
