// The live storefront from the shopper's side, offscreen on the bundled demo store: a demo
// shopper opens the first "Recommended for you" product and clicks four stars; the clock
// stops when the home page's carousel no longer shows it (rating committed on the pool, user
// folded in, list published, products looked up, carousel updated by difference). Meanwhile
// a 5 ms timer on the GUI thread records the longest gap between its ticks: how long the GUI
// was ever unresponsive (the timed part waits in the event loop, never in a sleep). Prints figures;
// asserts nothing.
//
//   build/release/tests/benchmarks/bench_livehome [--ratings 20]

#include "catalog/demostore.h"
#include "recsys/carouselmodel.h"
#include "recsys/recommendationservice.h"
#include "storage/database.h"
#include "ui/carouselview.h"
#include "ui/homepage.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/productpage.h"
#include "ui/starrating.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace storefront;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

/// Runs the GUI thread's event loop until `done` holds, checking it after every batch of
/// events. Unlike QTest::qWaitFor, which sleeps 10 ms between checks, this neither rounds the
/// latency up to its polling step nor makes the GUI thread look busy while it sleeps; the
/// 5 ms ticker below guarantees a wake-up even when nothing else happens.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.hasExpired(timeoutMs))
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StorefrontBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_livehome"));
    QCommandLineParser parser;
    const QCommandLineOption ratingsOption(QStringLiteral("ratings"),
                                           QStringLiteral("Ratings to time."), QStringLiteral("N"),
                                           QStringLiteral("20"));
    parser.addOption(ratingsOption);
    parser.addHelpOption();
    parser.process(app);
    const int ratings = std::max(1, parser.value(ratingsOption).toInt());

    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    if (auto seeded = catalog::DemoStore::seedIfEmpty(**db, catalog::DemoStore::locateDataDir());
        !seeded) {
        std::fprintf(stderr, "%s\n", qPrintable(seeded.error().toString()));
        return 1;
    }
    recsys::RecommendationService::Options options;
    options.snapshotPath = dir.filePath(QStringLiteral("store.snapshot"));
    recsys::RecommendationService service(**db, options);
    ui::AccountOptions accounts;
    accounts.restoreSession = false;
    ui::MainWindow window(**db, catalog::MediaLocator(), accounts, &service);
    window.show();
    service.start();

    window.logInAction()->trigger();
    ui::LoginDialog *login = nullptr;
    (void)QTest::qWaitFor([&] {
        for (auto *d : window.findChildren<ui::LoginDialog *>())
            if (d->isVisible())
                login = d;
        return login != nullptr;
    });
    if (!login)
        return 1;
    QTest::keyClicks(login->emailEdit(), QStringLiteral("alice@demo.storefront"));
    QTest::keyClicks(login->passwordEdit(), QStringLiteral("storefront-demo-2026"));
    QTest::mouseClick(login->logInButton(), Qt::LeftButton);
    const recsys::CarouselModel *recommended = window.homePage()->recommended()->model();
    if (!QTest::qWaitFor([&] { return window.shopperId() != 0 && recommended->rowCount() > 3; },
                         120000)) {
        std::fprintf(stderr, "no recommendations\n");
        return 1;
    }

    QElapsedTimer sinceTick;
    // Gaps while a product page opens and while the click's update travels, apart: the first
    // is the page's own work on the GUI thread, the second what the recommender costs it.
    qint64 longestOpenGap = 0;
    qint64 longestRatingGap = 0;
    qint64 *longestGap = &longestOpenGap;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { *longestGap = std::max(*longestGap, sinceTick.restart()); });

    std::vector<double> latencies;
    ui::ProductPage *page = window.productPage();
    int missed = 0;
    sinceTick.start();
    ticker.start();
    for (int i = 0; i < ratings; ++i) {
        const qint64 target = recommended->productIds().value(0);
        if (target == 0)
            break;
        longestGap = &longestOpenGap;
        window.openProduct(target);
        (void)spinUntil([&] { return !page->titleText().startsWith(QStringLiteral("Loading")); },
                        20000);
        ui::StarRating *stars = page->starRating();
        QElapsedTimer clock;
        clock.start();
        longestGap = &longestRatingGap;
        QTest::mouseClick(stars, Qt::LeftButton, {}, stars->starRect(4).center());
        if (!spinUntil([&] { return !recommended->productIds().contains(target); }, 20000)) {
            ++missed;
            continue;
        }
        latencies.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    ticker.stop();

    std::printf("star click -> \"Recommended for you\" updated without the product, %zu ratings "
                "(%d missed):\n  median %.1f ms, p95 %.1f ms, max %.1f ms\n",
                latencies.size(), missed, percentile(latencies, 0.5), percentile(latencies, 0.95),
                percentile(latencies, 1.0));
    std::printf("longest GUI-thread gap between 5 ms timer ticks: %lld ms from a star click to "
                "the update, %lld ms while product pages opened\n",
                static_cast<long long>(longestRatingGap), static_cast<long long>(longestOpenGap));
    return 0;
}
