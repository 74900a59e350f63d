// Live recommender benchmark on the bundled demo store (441 products, 260 shoppers, ~17k
// ratings, ~42k events): time of a full retrain of the live hybrid's models, time to load the
// saved snapshot, and the latency from a rating's commit to recommendationsUpdated (median and
// p95), idle and while a full retrain runs. Prints figures; asserts nothing.
//
//   build/debug/tests/benchmarks/bench_live [--ratings 100] [--retrains 3] [--threads 2]
//                                           [--fixed-weights]
//
// A full retrain learns the blend weights per segment (a second fit of every model on a
// validation split, then the weight search); --fixed-weights times it without that.

#include "catalog/demostore.h"
#include "recsys/recommendationservice.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/ratingrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace storefront;
using namespace storefront::recsys;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

/// Waits (running the event loop) until `spy` has a list for `userId` after index `from`.
bool waitForUser(QSignalSpy &spy, qint64 userId, qsizetype from, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        for (qsizetype i = from; i < spy.size(); ++i)
            if (spy.at(i).at(0).toLongLong() == userId)
                return true;
        spy.wait(50);
    }
    return false;
}

RecommendationList lastListOf(const QSignalSpy &spy, qint64 userId)
{
    for (qsizetype i = spy.size() - 1; i >= 0; --i)
        if (spy.at(i).at(0).toLongLong() == userId)
            return spy.at(i).at(1).value<RecommendationList>();
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("ratings"), QStringLiteral("Ratings to time."),
                      QStringLiteral("n"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("retrains"), QStringLiteral("Full retrains to time."),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Training threads."),
                      QStringLiteral("n"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("fixed-weights"),
                      QStringLiteral("Do not learn the blend weights (the retrain before the "
                                     "learned live ensemble).")});
    parser.process(app);
    const int ratings = std::max(1, parser.value(QStringLiteral("ratings")).toInt());
    const int retrains = std::max(1, parser.value(QStringLiteral("retrains")).toInt());
    const int threads = std::max(1, parser.value(QStringLiteral("threads")).toInt());

    QTemporaryDir dir;
    auto opened = storage::Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    const storage::Database &db = **opened;
    auto seeded = catalog::DemoStore::seedIfEmpty(db, catalog::DemoStore::locateDataDir());
    if (!seeded) {
        std::fprintf(stderr, "%s\n", qPrintable(seeded.error().toString()));
        return 1;
    }
    std::printf("demo store: %d products, %d shoppers, %d ratings, %d events; %d training "
                "threads\n",
                seeded->products, seeded->shoppers, seeded->ratings, seeded->events, threads);

    RecommendationService::Options options;
    options.snapshotPath = dir.filePath(QStringLiteral("recommender.snapshot"));
    options.retrainDebounceMs = 600000; // retrains only when this benchmark asks
    options.threads = threads;
    options.training.learnBlendWeights = !parser.isSet(QStringLiteral("fixed-weights"));
    auto service = std::make_unique<RecommendationService>(db, options);
    QSignalSpy replaced(service.get(), &RecommendationService::snapshotReplaced);
    QSignalSpy updated(service.get(), &RecommendationService::recommendationsUpdated);

    // Full retrains: request to snapshotReplaced (read transaction + all models + save).
    std::vector<double> retrainMs;
    for (int r = 0; r < retrains; ++r) {
        const qsizetype before = replaced.size();
        QElapsedTimer t;
        t.start();
        service->retrainNow();
        while (replaced.size() == before)
            if (!replaced.wait(120000)) {
                std::fprintf(stderr, "training did not finish\n");
                return 1;
            }
        retrainMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const auto snapshot = service->snapshot();
    std::printf("full retrain (%s): median %.0f ms, min %.0f ms over %d\n",
                qPrintable(snapshot->modelNames().join(QLatin1Char(','))),
                percentile(retrainMs, 0.5), *std::min_element(retrainMs.begin(), retrainMs.end()),
                retrains);
    for (const QString &line : snapshot->describeBlend())
        std::printf("  blend %s\n", qPrintable(line));
    std::printf("snapshot file: %.1f MB\n",
                double(QFileInfo(options.snapshotPath).size()) / (1024.0 * 1024.0));

    // Rating commit -> recommendationsUpdated. Each round: ask for the shopper's list, rate
    // its first product (committed on this thread), tell the service, wait for the new list.
    storage::RatingRepository repository(db);
    const auto &users = snapshot->users().ids();
    auto timeRatings = [&](bool duringRetrain) {
        std::vector<double> ms;
        for (int i = 0; i < ratings; ++i) {
            const qint64 user = users[size_t((i * 7) % int(users.size()))];
            qsizetype from = updated.size();
            service->requestRecommendations(user);
            if (!waitForUser(updated, user, from))
                break;
            const RecommendationList list = lastListOf(updated, user);
            if (list.isEmpty())
                continue;
            if (duringRetrain)
                service->retrainNow();
            from = updated.size();
            if (Status s = repository.rate(user, list.front().productId, 1 + i % 5); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
                break;
            }
            QElapsedTimer t;
            t.start();
            service->interactionCommitted(user);
            if (!waitForUser(updated, user, from))
                break;
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        return ms;
    };
    const auto idle = timeRatings(false);
    std::printf("rating commit -> recommendationsUpdated: median %.2f ms, p95 %.2f ms (%zu "
                "ratings)\n",
                percentile(idle, 0.5), percentile(idle, 0.95), idle.size());
    const auto busy = timeRatings(true);
    std::printf("  while a full retrain runs: median %.2f ms, p95 %.2f ms (%zu ratings)\n",
                percentile(busy, 0.5), percentile(busy, 0.95), busy.size());

    // Where the time goes, on this thread: the shopper's two queries, then fold-in of every
    // model + blend + rules + MMR + reasons.
    {
        const auto snap = service->snapshot();
        storage::EventRepository events(db);
        std::vector<double> readMs, computeMs;
        for (int i = 0; i < ratings; ++i) {
            const qint64 user = users[size_t((i * 7) % int(users.size()))];
            QElapsedTimer t;
            t.start();
            auto r = repository.byUser(user);
            auto e = events.byUser(user);
            readMs.push_back(double(t.nsecsElapsed()) / 1e6);
            t.restart();
            const auto me = snap->interactionsOf(user, *r, *e, options.training.weights);
            const auto list = snap->recommend(me, {}, options.listSize, options.hybrid,
                                              defaultRules(options.hybrid.priceBoost));
            computeMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::printf("  of which: reading the shopper median %.2f / p95 %.2f ms, fold-in + hybrid "
                    "+ rules + reasons median %.2f / p95 %.2f ms\n",
                    percentile(readMs, 0.5), percentile(readMs, 0.95), percentile(computeMs, 0.5),
                    percentile(computeMs, 0.95));
    }

    // Start-up: a new service loads the saved snapshot.
    service.reset();
    RecommendationService restarted(db, options);
    QSignalSpy loaded(&restarted, &RecommendationService::snapshotReplaced);
    QElapsedTimer t;
    t.start();
    restarted.start();
    loaded.wait(60000);
    std::printf("start-up: snapshot loaded in %.0f ms (generation %llu)\n",
                double(t.nsecsElapsed()) / 1e6,
                loaded.isEmpty() ? 999ULL : loaded.at(0).at(0).toULongLong());
    return 0;
}
