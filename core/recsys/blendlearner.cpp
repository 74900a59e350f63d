#include "recsys/blendlearner.h"

#include "recsys/hybrid.h"
#include "recsys/parallelrunner.h"
#include "recsys/random.h"
#include "recsys/recommender.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace storefront::recsys {

int UserSegments::of(int positives) const
{
    if (positives < warmFrom)
        return 0;
    return positives < heavyFrom ? 1 : 2;
}

QString UserSegments::name(int segment)
{
    static const QString names[kCount] = {QStringLiteral("cold"), QStringLiteral("warm"),
                                          QStringLiteral("heavy")};
    return segment >= 0 && segment < kCount ? names[segment] : QString();
}

int UserSegments::positives(const SparseRow &row)
{
    return static_cast<int>(
        std::count_if(row.values.begin(), row.values.end(), [](float v) { return v > 0.0f; }));
}

ValidationSplit ValidationSplit::carve(const InteractionData &data, double fraction, float minStars,
                                       quint64 seed)
{
    ValidationSplit out;
    const int users = data.userCount();
    std::vector<InteractionData::Triplet> kept;
    out.relevant.resize(static_cast<size_t>(users));
    out.history.assign(static_cast<size_t>(users), 0);
    for (int u = 0; u < users; ++u) {
        const UserInteractions row = data.user(u);
        out.history[size_t(u)] = UserSegments::positives(row.weights);
        std::vector<int> order;
        for (size_t j = 0; j < row.weights.items.size(); ++j)
            if (row.weights.values[j] > 0.0f)
                order.push_back(static_cast<int>(j));
        Rng rng(seed ^ 0xE5E3B1E5ULL, static_cast<std::uint64_t>(u));
        for (size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[static_cast<size_t>(rng.next() % i)]);
        const long long n = static_cast<long long>(order.size());
        const long long nHeld =
            std::clamp<long long>(std::llround(fraction * double(n)), 0, std::max(0LL, n - 1));
        std::vector<char> held(row.weights.items.size(), 0);
        for (long long h = 0; h < nHeld; ++h)
            held[size_t(order[size_t(h)])] = 1;
        size_t r = 0;
        for (size_t j = 0; j < row.weights.items.size(); ++j) {
            const int item = row.weights.items[j];
            while (r < row.ratings.items.size() && row.ratings.items[r] < item)
                ++r;
            const float stars = r < row.ratings.items.size() && row.ratings.items[r] == item
                                    ? row.ratings.values[r]
                                    : 0.0f;
            if (held[j]) {
                if (stars == 0.0f || stars >= minStars)
                    out.relevant[size_t(u)].push_back(item);
                continue;
            }
            const size_t nz = size_t(data.weights.outerIndexPtr()[u]) + j;
            kept.push_back({u, item, row.weights.values[j], stars,
                            nz < data.lastSeen.size() ? data.lastSeen[nz] : 0});
        }
        // Stars without a weight (below a training threshold) still train mf.
        for (size_t q = 0; q < row.ratings.items.size(); ++q)
            if (!std::binary_search(row.weights.items.begin(), row.weights.items.end(),
                                    row.ratings.items[q]))
                kept.push_back({u, row.ratings.items[q], 0.0f, row.ratings.values[q], 0});
    }
    out.train = InteractionData::fromTriplets(users, data.itemCount(), kept);
    out.train.users = data.users;
    out.train.items = data.items;
    out.train.itemFeatures = data.itemFeatures;
    out.train.latestTimestamp = data.latestTimestamp;
    return out;
}

quint64 ValidationSplit::repeatSeed(quint64 seed, int r)
{
    return r == 0 ? seed : seed ^ (0x9E3779B97F4A7C15ULL * static_cast<quint64>(r));
}

QStringList LearnedBlend::describe(const QStringList &names, const UserSegments &segments) const
{
    QStringList lines;
    for (int s = 0; s < UserSegments::kCount; ++s) {
        QStringList parts;
        const std::vector<float> &w = weights[size_t(s)];
        for (qsizetype m = 0; m < names.size() && size_t(m) < w.size(); ++m)
            if (w[size_t(m)] > 0.0f)
                parts << QStringLiteral("%1=%2").arg(names[m]).arg(double(w[size_t(m)]));
        const QString range =
            s == 0   ? QStringLiteral("n < %1").arg(segments.warmFrom)
            : s == 1 ? QStringLiteral("%1 <= n < %2").arg(segments.warmFrom).arg(segments.heavyFrom)
                     : QStringLiteral("n >= %1").arg(segments.heavyFrom);
        const QString quality = std::isnan(ndcg[size_t(s)])
                                    ? QStringLiteral("too few validation users: all-users weights")
                                    : QStringLiteral("validation ndcg@%1 %2, best single %3")
                                          .arg(k)
                                          .arg(ndcg[size_t(s)], 0, 'f', 4)
                                          .arg(singleNdcg[size_t(s)], 0, 'f', 4);
        lines << QStringLiteral("%1 (%2): %3 (%4)")
                     .arg(UserSegments::name(s), range, parts.join(QLatin1Char(' ')), quality);
    }
    lines << QStringLiteral("all %1 validation users: ndcg@%2 %3, best single %4")
                 .arg(validationUsers)
                 .arg(k)
                 .arg(allNdcg, 0, 'f', 4)
                 .arg(allSingleNdcg, 0, 'f', 4);
    return lines;
}

namespace {

/// The blend formula of Hybrid::blend for one item: z is NaN where a component does not cover
/// the item.
float blendOne(const float *z, const std::vector<float> &weights)
{
    double num = 0.0;
    double den = 0.0;
    for (size_t m = 0; m < weights.size(); ++m) {
        if (weights[m] <= 0.0f || std::isnan(z[m]))
            continue;
        num += double(weights[m]) * z[m];
        den += weights[m];
    }
    return den > 0.0 ? float(num / den) : -std::numeric_limits<float>::infinity();
}

/// One validation user: the candidate pool and the components' z-scores on it.
struct ValidationUser
{
    int segment = 0;
    std::vector<int> pool;     ///< increasing item indices
    std::vector<float> z;      ///< pool.size() x components, row-major
    std::vector<int> relevant; ///< sorted
};

/// NDCG@k of one user under `weights`. Equal to ranking the pool (selectTopK's order: score,
/// then lower item) and summing the gains of the top k, but it only counts, for each relevant
/// pooled item, the items ranked before it (stopping at k): this is the search's inner loop.
double ndcgAt(const ValidationUser &u, const std::vector<float> &weights, int k,
              std::vector<float> &scores, std::vector<int> &ranks)
{
    const size_t comps = weights.size();
    scores.resize(u.pool.size());
    for (size_t p = 0; p < u.pool.size(); ++p)
        scores[p] = blendOne(u.z.data() + p * comps, weights);
    ranks.clear();
    for (int item : u.relevant) {
        const auto at = std::lower_bound(u.pool.begin(), u.pool.end(), item);
        if (at == u.pool.end() || *at != item)
            continue;
        const size_t mine = size_t(at - u.pool.begin());
        const float s = scores[mine];
        int before = 0;
        for (size_t q = 0; q < scores.size() && before < k; ++q)
            before += scores[q] > s || (scores[q] == s && q < mine);
        if (before < k)
            ranks.push_back(before);
    }
    // Summed in rank order, as a ranked list would be.
    std::sort(ranks.begin(), ranks.end());
    double dcg = 0.0;
    for (int r : ranks)
        dcg += 1.0 / std::log2(double(r) + 2.0);
    double idcg = 0.0;
    const int ideal = std::min<int>(k, static_cast<int>(u.relevant.size()));
    for (int r = 0; r < ideal; ++r)
        idcg += 1.0 / std::log2(double(r) + 2.0);
    return idcg > 0.0 ? dcg / idcg : 0.0;
}

Error cancelledError()
{
    return fail(ErrorCode::Cancelled, QStringLiteral("training cancelled"),
                QStringLiteral("blend weights"));
}

/// Appends every validation user of `split` (one with a relevant held-out pair) with the
/// candidate pool of `components` and their z-scores on it.
Status poolUsers(const ValidationSplit &split, const std::vector<BlendComponent> &components,
                 int count, const BlendLearningOptions &options, const ParallelRunner &runner,
                 const FitContext &context, std::vector<ValidationUser> &out)
{
    const InteractionData &sub = split.train;
    const int itemCount = sub.itemCount();
    std::vector<char> warm(static_cast<size_t>(itemCount), 0);
    for (Eigen::Index q = 0; q < sub.weights.nonZeros(); ++q)
        warm[static_cast<size_t>(sub.weights.innerIndexPtr()[q])] = 1;
    std::vector<int> users;
    for (int u = 0; u < sub.userCount() && size_t(u) < split.relevant.size(); ++u)
        if (!split.relevant[size_t(u)].empty())
            users.push_back(u);
    std::vector<ValidationUser> validation(users.size());
    constexpr int kUsersPerBlock = 16;
    std::atomic<bool> stop{false};
    runner.run(
        ParallelRunner::blocksFor(static_cast<long long>(users.size()), kUsersPerBlock),
        [&](int block) {
            std::vector<float> scores(static_cast<size_t>(itemCount));
            std::vector<ScoredItem> scratch;
            const size_t end = std::min(users.size(), size_t(block + 1) * kUsersPerBlock);
            for (size_t i = size_t(block) * kUsersPerBlock; i < end; ++i) {
                if (stop.load() || context.isCancelled()) {
                    stop = true;
                    return;
                }
                const int u = users[i];
                ValidationUser &v = validation[i];
                v.segment = options.segments.of(split.history[size_t(u)]);
                v.relevant = split.relevant[size_t(u)];
                const UserInteractions row = sub.user(u);
                std::vector<std::vector<float>> z(static_cast<size_t>(count));
                std::vector<char> inPool(static_cast<size_t>(itemCount), 0);
                for (int c = 0; c < count; ++c) {
                    const Recommender *m =
                        size_t(c) < components.size() ? components[size_t(c)].model : nullptr;
                    if (!m)
                        continue;
                    auto state = m->userState(u);
                    if (!state)
                        continue;
                    m->scoreAll(*state, scores);
                    z[size_t(c)] = components[size_t(c)].coversColdItems
                                       ? Hybrid::zScores(scores)
                                       : Hybrid::zScores(scores, warm);
                    std::vector<float> masked = z[size_t(c)];
                    for (float &x : masked)
                        if (std::isnan(x))
                            x = -std::numeric_limits<float>::infinity();
                    for (int item : row.weights.items)
                        masked[size_t(item)] = -std::numeric_limits<float>::infinity();
                    for (int item : row.ratings.items)
                        masked[size_t(item)] = -std::numeric_limits<float>::infinity();
                    for (const ScoredItem &s :
                         topKOfScores(masked.data(), itemCount, options.pool, scratch))
                        if (std::isfinite(s.score))
                            inPool[size_t(s.item)] = 1;
                }
                for (int item = 0; item < itemCount; ++item)
                    if (inPool[size_t(item)])
                        v.pool.push_back(item);
                v.z.assign(v.pool.size() * size_t(count), std::numeric_limits<float>::quiet_NaN());
                for (size_t p = 0; p < v.pool.size(); ++p)
                    for (int c = 0; c < count; ++c)
                        if (!z[size_t(c)].empty())
                            v.z[p * size_t(count) + size_t(c)] = z[size_t(c)][size_t(v.pool[p])];
            }
        });
    if (stop || context.isCancelled())
        return cancelledError();
    out.insert(out.end(), std::make_move_iterator(validation.begin()),
               std::make_move_iterator(validation.end()));
    return {};
}

} // namespace

Result<LearnedBlend> BlendLearner::learn(const ValidationSplit &split,
                                         const std::vector<BlendComponent> &components,
                                         const BlendLearningOptions &options,
                                         const FitContext &context)
{
    return learn(std::vector<BlendFold>{{&split, components}}, options, context);
}

Result<LearnedBlend> BlendLearner::learn(const std::vector<BlendFold> &folds,
                                         const BlendLearningOptions &options,
                                         const FitContext &context)
{
    const int count = folds.empty() ? 0 : static_cast<int>(folds.front().components.size());
    std::vector<BlendComponent> components(static_cast<size_t>(count));
    for (int c = 0; c < count; ++c) {
        components[size_t(c)] = folds.front().components[size_t(c)];
        for (const BlendFold &f : folds)
            if (size_t(c) >= f.components.size() || !f.components[size_t(c)].model)
                components[size_t(c)].model = nullptr;
    }
    std::vector<ValidationUser> validation;
    const ParallelRunner runner(context.threads, context.pool);
    for (const BlendFold &fold : folds) {
        if (!fold.split)
            continue;
        if (Status s = poolUsers(*fold.split, fold.components, count, options, runner, context,
                                 validation);
            !s)
            return s.error();
    }
    if (context.isCancelled())
        return cancelledError();

    // Per-user NDCG of a weight vector over the users of `segment` (-1 = all), in validation
    // order; each user writes its own slot, so the result does not depend on the threads.
    constexpr size_t kNdcgBlock = 64;
    const auto perUserNdcg = [&](const std::vector<float> &w, int segment) {
        std::vector<double> values(validation.size(), std::numeric_limits<double>::quiet_NaN());
        const int blocks = ParallelRunner::blocksFor(static_cast<long long>(validation.size()),
                                                     static_cast<long long>(kNdcgBlock));
        runner.run(blocks, [&](int b) {
            std::vector<float> scores;
            std::vector<int> ranks;
            const size_t end = std::min(validation.size(), size_t(b + 1) * kNdcgBlock);
            for (size_t i = size_t(b) * kNdcgBlock; i < end; ++i)
                if (segment < 0 || validation[i].segment == segment)
                    values[i] = ndcgAt(validation[i], w, options.k, scores, ranks);
        });
        values.erase(
            std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }),
            values.end());
        return values;
    };
    const auto mean = [](const std::vector<double> &v) {
        return v.empty() ? 0.0 : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    };
    // Whether `trial` beats `current` (per-user NDCG of the same users) by minGain and, with
    // minZ, by the paired one-sided z-test.
    const auto beats = [&](const std::vector<double> &trial, const std::vector<double> &current) {
        const double gain = mean(trial) - mean(current);
        if (gain <= std::max(1e-9, options.minGain))
            return false;
        if (options.minZ <= 0.0 || trial.size() < 2)
            return options.minZ <= 0.0;
        double squares = 0.0;
        for (size_t i = 0; i < trial.size(); ++i) {
            const double d = trial[i] - current[i] - gain;
            squares += d * d;
        }
        const double standardError =
            std::sqrt(squares / double(trial.size() - 1) / double(trial.size()));
        return gain >= options.minZ * standardError;
    };
    const auto learn = [&](int segment, double &learned, double &single) {
        // A sweep after the last improving one retries vectors already scored: remember them.
        std::map<std::vector<float>, std::vector<double>> scored;
        const auto score = [&](const std::vector<float> &w) -> const std::vector<double> & {
            const auto known = scored.find(w);
            if (known != scored.end())
                return known->second;
            return scored.emplace(w, perUserNdcg(w, segment)).first->second;
        };
        std::vector<float> best(size_t(count), 0.0f);
        const std::vector<double> *bestUsers = nullptr;
        double bestScore = -1.0;
        for (int c = 0; c < count; ++c) {
            if (!components[size_t(c)].model)
                continue;
            std::vector<float> onehot(size_t(count), 0.0f);
            onehot[size_t(c)] = 1.0f;
            const std::vector<double> &users = score(onehot);
            if (mean(users) > bestScore) {
                bestScore = mean(users);
                bestUsers = &users;
                best = onehot;
            }
        }
        single = bestScore;
        static const float kGrid[] = {0.0f,  0.05f, 0.1f, 0.2f, 0.35f, 0.5f,
                                      0.75f, 1.0f,  1.5f, 2.0f, 3.0f};
        for (int round = 0; round < options.rounds && !context.isCancelled(); ++round) {
            bool improved = false;
            for (int c = 0; c < count && !context.isCancelled(); ++c) {
                if (!components[size_t(c)].model)
                    continue;
                for (float g : kGrid) {
                    if (g == best[size_t(c)])
                        continue;
                    std::vector<float> trial = best;
                    trial[size_t(c)] = g;
                    if (std::all_of(trial.begin(), trial.end(), [](float x) { return x <= 0; }))
                        continue;
                    const std::vector<double> &users = score(trial);
                    if (bestUsers && beats(users, *bestUsers)) {
                        bestScore = mean(users);
                        bestUsers = &users;
                        best = trial;
                        improved = true;
                    }
                }
            }
            if (!improved)
                break;
        }
        learned = bestScore;
        return best;
    };

    LearnedBlend out;
    out.ndcg.fill(std::numeric_limits<double>::quiet_NaN());
    out.singleNdcg.fill(std::numeric_limits<double>::quiet_NaN());
    out.validationUsers = static_cast<int>(validation.size());
    out.k = options.k;
    const std::vector<float> global = learn(-1, out.allNdcg, out.allSingleNdcg);
    for (int s = 0; s < UserSegments::kCount; ++s) {
        const auto inSegment =
            std::count_if(validation.begin(), validation.end(),
                          [s](const ValidationUser &v) { return v.segment == s; });
        out.weights[size_t(s)] = inSegment < options.minSegmentUsers
                                     ? global
                                     : learn(s, out.ndcg[size_t(s)], out.singleNdcg[size_t(s)]);
        context.report(double(s + 1) / UserSegments::kCount);
    }
    if (context.isCancelled())
        return cancelledError();
    return out;
}

} // namespace storefront::recsys
