// Benchmarks of the recommendation models on generated data (not a test: prints figures).
//
//   bench_recsys [--models als,bpr,...] [--sizes 100k,1m] [--threads N] [--foldin-users N]
//                [--seed S]
//
// Data: 10,000 users x 5,000 items, power-law item popularity (Zipf, exponent 0.9) and user
// activity (exponent 0.6), 100k or 1M distinct interactions, half of them with star ratings.
// Per model: training time, peak RSS during the fit (VmHWM after malloc_trim and resetting it
// through /proc/self/clear_refs) and its growth over the RSS before the fit (which includes
// the model's private copy of the training matrices), interactions per second; then fold-in +
// top-20 latency (median and p95) for new users with 100 interactions each; then, for a fit
// that takes long enough to interrupt, how long after the cancel request (sent a quarter of the way
// through a second fit) the fit returned.

#include "recsys/interactiondata.h"
#include "recsys/itemfeatures.h"
#include "recsys/random.h"
#include "recsys/recommender.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QThread>
#include <QThreadPool>

#include <malloc.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <thread>
#include <unordered_set>
#include <vector>

using namespace storefront;
using namespace storefront::recsys;

namespace {

constexpr int kUsers = 10'000;
constexpr int kItems = 5'000;

/// Cumulative Zipf weights 1 / (rank + offset)^exponent, for sampling by binary search.
std::vector<double> zipfCdf(int n, double exponent, double offset)
{
    std::vector<double> cdf(static_cast<size_t>(n));
    double sum = 0.0;
    for (int k = 0; k < n; ++k) {
        sum += 1.0 / std::pow(k + offset, exponent);
        cdf[size_t(k)] = sum;
    }
    for (double &c : cdf)
        c /= sum;
    return cdf;
}

int sample(const std::vector<double> &cdf, Rng &rng)
{
    const double x = static_cast<double>(rng.next() >> 11) * (1.0 / 9007199254740992.0);
    return static_cast<int>(std::lower_bound(cdf.begin(), cdf.end(), x) - cdf.begin());
}

InteractionData generate(long long interactions, std::uint64_t seed)
{
    Rng rng(seed);
    const auto items = zipfCdf(kItems, 0.9, 10.0);
    const auto users = zipfCdf(kUsers, 0.6, 50.0);
    // Random permutations so popular ids are scattered.
    std::vector<int> itemPerm(kItems), userPerm(kUsers);
    for (int k = 0; k < kItems; ++k)
        itemPerm[size_t(k)] = k;
    for (int k = 0; k < kUsers; ++k)
        userPerm[size_t(k)] = k;
    for (int k = kItems - 1; k > 0; --k)
        std::swap(itemPerm[size_t(k)], itemPerm[rng.below(std::uint32_t(k + 1))]);
    for (int k = kUsers - 1; k > 0; --k)
        std::swap(userPerm[size_t(k)], userPerm[rng.below(std::uint32_t(k + 1))]);
    std::unordered_set<long long> seen;
    seen.reserve(size_t(interactions) * 2);
    std::vector<InteractionData::Triplet> triplets;
    triplets.reserve(size_t(interactions));
    const float weights[] = {0.5f, 1.5f, 2.0f, 3.0f, 4.0f};
    while (static_cast<long long>(triplets.size()) < interactions) {
        const int u = userPerm[size_t(sample(users, rng))];
        const int i = itemPerm[size_t(sample(items, rng))];
        if (!seen.insert(static_cast<long long>(u) * kItems + i).second)
            continue;
        const bool rated = rng.below(2) == 0;
        const float stars = rated ? float(1 + rng.below(5)) : 0.0f;
        triplets.push_back(
            {u, i, weights[rng.below(5)], stars, 1'700'000'000 + qint64(rng.below(90 * 86400))});
    }
    InteractionData data = InteractionData::fromTriplets(kUsers, kItems, triplets);
    // Synthetic catalog text for the content model.
    const auto words = zipfCdf(2000, 1.0, 2.0);
    std::vector<ItemText> texts;
    for (int i = 0; i < kItems; ++i) {
        ItemText t;
        t.id = i;
        for (int w = 0; w < 4; ++w)
            t.title += QStringLiteral("w%1 ").arg(sample(words, rng));
        for (int w = 0; w < 20; ++w)
            t.description += QStringLiteral("w%1 ").arg(sample(words, rng));
        t.categories = {QStringLiteral("c%1 > d%2").arg(i % 50).arg(i % 7)};
        t.brand = QStringLiteral("b%1").arg(i % 200);
        t.price = 1.0 + (i * 7919) % 500;
        texts.push_back(std::move(t));
    }
    data.itemFeatures =
        std::make_shared<const ItemFeatures>(ItemFeatures::build(data.items, texts));
    return data;
}

long long readStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(std::strlen(field)))
                .trimmed()
                .split(' ')
                .value(0)
                .toLongLong();
    return -1;
}

void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const size_t k = std::min(v.size() - 1, static_cast<size_t>(std::ceil(p * v.size())) - 1);
    return v[k];
}

void configure(Recommender &model)
{
    auto set = [&](const char *k, const char *v) {
        const Status s = model.setParameter(QString::fromLatin1(k), QString::fromLatin1(v));
        if (!s.ok())
            std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
    };
    const QString n = model.name();
    if (n == QLatin1String("als")) {
        set("factors", "64");
        set("iterations", "15");
    } else if (n == QLatin1String("bpr")) {
        set("factors", "64");
        set("epochs", "100");
    } else if (n == QLatin1String("mf")) {
        set("factors", "64");
        set("iterations", "15");
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList models = recommenderNames();
    QStringList sizes{QStringLiteral("100k"), QStringLiteral("1m")};
    int threads = QThread::idealThreadCount();
    int foldInUsers = 200;
    std::uint64_t seed = 1;
    const QStringList args = app.arguments();
    for (int k = 1; k + 1 < args.size(); k += 2) {
        const QString &a = args[k];
        const QString &v = args[k + 1];
        if (a == QLatin1String("--models"))
            models = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (a == QLatin1String("--sizes"))
            sizes = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (a == QLatin1String("--threads"))
            threads = std::max(1, v.toInt());
        else if (a == QLatin1String("--foldin-users"))
            foldInUsers = std::max(1, v.toInt());
        else if (a == QLatin1String("--seed"))
            seed = v.toULongLong();
        else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(a));
            return 2;
        }
    }
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    std::printf("threads=%d  users=%d items=%d\n", threads, kUsers, kItems);

    for (const QString &size : sizes) {
        const long long nnz = size.toLower() == QLatin1String("1m") ? 1'000'000 : 100'000;
        QElapsedTimer gen;
        gen.start();
        const InteractionData data = generate(nnz, seed);
        std::printf("\n== %s interactions (%lld nonzeros, %lld ratings), generated in %.2f s, "
                    "RSS %lld MB\n",
                    qPrintable(size), static_cast<long long>(data.weights.nonZeros()),
                    static_cast<long long>(data.ratings.nonZeros()), gen.elapsed() / 1000.0,
                    readStatusKb("VmRSS:") / 1024);
        std::printf("%-11s %10s %12s %14s %12s %12s %11s\n", "model", "fit [s]", "peak [MB]",
                    "nnz/s", "fold p50[ms]", "fold p95[ms]", "cancel [ms]");

        // New shoppers with 100 interactions each, drawn by popularity (fixed seed).
        Rng rowRng(seed + 99);
        const auto itemCdf = zipfCdf(kItems, 0.9, 10.0);
        std::vector<UserInteractions> newUsers;
        for (int n = 0; n < foldInUsers; ++n) {
            UserInteractions u;
            std::unordered_set<int> got;
            while (got.size() < 100)
                got.insert(
                    static_cast<int>(rowRng.below(kItems) / 2 + sample(itemCdf, rowRng) / 2));
            for (int i : got) {
                u.weights.items.push_back(i);
                u.weights.values.push_back(1.0f + float(rowRng.below(3)));
                u.ratings.items.push_back(i);
                u.ratings.values.push_back(float(1 + rowRng.below(5)));
            }
            newUsers.push_back(std::move(u));
        }

        for (const QString &name : models) {
            auto model = createRecommender(name);
            if (!model) {
                std::fprintf(stderr, "unknown model %s\n", qPrintable(name));
                return 2;
            }
            configure(*model);
            FitContext context;
            context.threads = threads;
            context.pool = &pool;
            context.seed = seed;
            malloc_trim(0); // return freed generator memory, so RSS growth is the model's
            resetPeak();
            const long long rssBefore = readStatusKb("VmRSS:");
            const auto t0 = std::chrono::steady_clock::now();
            const Status s = model->fit(data, context);
            const double fitSeconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            const long long peak = readStatusKb("VmHWM:");
            if (!s.ok()) {
                std::printf("%-11s failed: %s\n", qPrintable(name),
                            qPrintable(s.error().toString()));
                continue;
            }
            std::vector<double> latencies;
            for (const UserInteractions &u : newUsers) {
                const auto f0 = std::chrono::steady_clock::now();
                auto state = model->foldIn(u);
                const auto top =
                    state.ok() ? model->recommend(*state, 20) : std::vector<ScoredItem>{};
                latencies.push_back(
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - f0)
                        .count());
                if (top.size() != 20)
                    std::fprintf(stderr, "short list for %s\n", qPrintable(name));
            }
            // Cancelled a quarter of the way through a second fit: the delay until fit returns.
            // Fits shorter than 20 ms end before a cancel could matter ("-").
            QString cancelMs = QStringLiteral("-");
            if (fitSeconds >= 0.02) {
                auto again = createRecommender(name);
                configure(*again);
                std::atomic<bool> cancel{false};
                context.cancelled = [&cancel] { return cancel.load(); };
                std::chrono::steady_clock::time_point asked;
                std::thread canceller([&] {
                    std::this_thread::sleep_for(std::chrono::duration<double>(fitSeconds / 4));
                    asked = std::chrono::steady_clock::now();
                    cancel = true;
                });
                const Status cancelled = again->fit(data, context);
                const auto returned = std::chrono::steady_clock::now();
                canceller.join();
                context.cancelled = {};
                if (!cancelled.ok() && cancelled.error().code == ErrorCode::Cancelled)
                    cancelMs = QString::number(
                        std::chrono::duration<double, std::milli>(returned - asked).count(), 'f',
                        1);
                else
                    cancelMs = QStringLiteral("done first");
            }
            std::printf("%-11s %10.3f %12.0f %14.0f %12.3f %12.3f %11s   (+%lld MB over the "
                        "data)\n",
                        qPrintable(name), fitSeconds, peak / 1024.0,
                        double(data.weights.nonZeros()) / fitSeconds, percentile(latencies, 0.5),
                        percentile(latencies, 0.95), qPrintable(cancelMs),
                        (peak - rssBefore) / 1024);
            std::fflush(stdout);
        }
    }
    return 0;
}
