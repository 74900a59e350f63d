#include "eval/splitter.h"

#include "eval/ratingsdataset.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace storefront::eval {

namespace {

/// Rating indices grouped by user, each group in file order.
std::vector<std::vector<int>> byUser(const RatingsDataset &data)
{
    std::vector<std::vector<int>> groups(static_cast<size_t>(data.userCount()));
    const auto &ratings = data.ratings();
    for (size_t i = 0; i < ratings.size(); ++i)
        groups[static_cast<size_t>(ratings[i].user)].push_back(static_cast<int>(i));
    return groups;
}

/// Fisher-Yates with an explicit uniform draw, so the order does not depend on the standard
/// library's std::shuffle.
void shuffle(std::vector<int> &v, std::mt19937_64 &rng)
{
    for (size_t i = v.size(); i > 1; --i) {
        const size_t j = static_cast<size_t>(rng() % i);
        std::swap(v[i - 1], v[j]);
    }
}

void finish(Split &s)
{
    std::sort(s.train.begin(), s.train.end());
    std::sort(s.test.begin(), s.test.end());
}

} // namespace

Result<Splitter> Splitter::parse(const QString &spec)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString name = colon < 0 ? spec : spec.left(colon);
    const QString arg = colon < 0 ? QString() : spec.mid(colon + 1);
    bool ok = false;
    const double value = arg.toDouble(&ok);
    const QString where = QStringLiteral("--split");
    if (name == QLatin1String("user-holdout") || name == QLatin1String("time")) {
        if (!ok || !(value > 0.0 && value < 1.0))
            return fail(QStringLiteral("\"%1\": the test ratio must be a number in (0, 1), e.g. "
                                       "%2:0.2")
                            .arg(spec, name),
                        where);
        return Splitter(name == QLatin1String("time") ? Protocol::TimeSplit : Protocol::UserHoldout,
                        value);
    }
    if (name == QLatin1String("leave-last") || name == QLatin1String("kfold")) {
        const int n = arg.toInt(&ok);
        const int minimum = name == QLatin1String("kfold") ? 2 : 1;
        if (!ok || n < minimum || n > 1000)
            return fail(QStringLiteral("\"%1\": expected an integer from %2 to 1000, e.g. %3:%4")
                            .arg(spec)
                            .arg(minimum)
                            .arg(name)
                            .arg(name == QLatin1String("kfold") ? 5 : 1),
                        where);
        return Splitter(name == QLatin1String("kfold") ? Protocol::KFold : Protocol::LeaveLastN, n);
    }
    return fail(QStringLiteral("unknown protocol \"%1\"; use user-holdout:RATIO, leave-last:N, "
                               "time:RATIO or kfold:K")
                    .arg(name),
                where);
}

QString Splitter::toString() const
{
    switch (m_protocol) {
    case Protocol::UserHoldout:
        return QStringLiteral("user-holdout:%1").arg(m_value);
    case Protocol::LeaveLastN:
        return QStringLiteral("leave-last:%1").arg(static_cast<int>(m_value));
    case Protocol::TimeSplit:
        return QStringLiteral("time:%1").arg(m_value);
    case Protocol::KFold:
        return QStringLiteral("kfold:%1").arg(static_cast<int>(m_value));
    }
    return {};
}

std::vector<Split> Splitter::split(const RatingsDataset &data, quint64 seed) const
{
    switch (m_protocol) {
    case Protocol::UserHoldout:
        return {userHoldout(data, m_value, seed)};
    case Protocol::LeaveLastN:
        return {leaveLastN(data, static_cast<int>(m_value))};
    case Protocol::TimeSplit:
        return {timeSplit(data, m_value)};
    case Protocol::KFold:
        return kFold(data, static_cast<int>(m_value), seed);
    }
    return {};
}

Split Splitter::userHoldout(const RatingsDataset &data, double ratio, quint64 seed)
{
    Split s;
    std::mt19937_64 rng(seed);
    for (auto &group : byUser(data)) {
        shuffle(group, rng);
        const auto n = static_cast<long long>(group.size());
        const long long nTest =
            std::clamp(std::llround(ratio * static_cast<double>(n)), 0LL, std::max(0LL, n - 1));
        s.test.insert(s.test.end(), group.begin(), group.begin() + nTest);
        s.train.insert(s.train.end(), group.begin() + nTest, group.end());
    }
    finish(s);
    return s;
}

Split Splitter::leaveLastN(const RatingsDataset &data, int n)
{
    Split s;
    const auto &ratings = data.ratings();
    for (auto &group : byUser(data)) {
        std::stable_sort(group.begin(), group.end(), [&](int a, int b) {
            return ratings[static_cast<size_t>(a)].timestamp <
                   ratings[static_cast<size_t>(b)].timestamp;
        });
        const auto size = static_cast<long long>(group.size());
        const long long nTest = std::min<long long>(n, std::max(0LL, size - 1));
        s.train.insert(s.train.end(), group.begin(), group.end() - nTest);
        s.test.insert(s.test.end(), group.end() - nTest, group.end());
    }
    finish(s);
    return s;
}

Split Splitter::timeSplit(const RatingsDataset &data, double ratio)
{
    const auto &ratings = data.ratings();
    std::vector<int> order(ratings.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return ratings[static_cast<size_t>(a)].timestamp <
               ratings[static_cast<size_t>(b)].timestamp;
    });
    const auto nTest = static_cast<size_t>(std::llround(ratio * static_cast<double>(order.size())));
    Split s;
    s.train.assign(order.begin(), order.end() - static_cast<long>(nTest));
    s.test.assign(order.end() - static_cast<long>(nTest), order.end());
    finish(s);
    return s;
}

std::vector<Split> Splitter::kFold(const RatingsDataset &data, int folds, quint64 seed)
{
    std::vector<int> order(data.ratings().size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(seed);
    shuffle(order, rng);
    std::vector<Split> splits(static_cast<size_t>(folds));
    for (size_t p = 0; p < order.size(); ++p) {
        const size_t fold = p % static_cast<size_t>(folds);
        for (size_t f = 0; f < splits.size(); ++f)
            (f == fold ? splits[f].test : splits[f].train).push_back(order[p]);
    }
    for (auto &s : splits)
        finish(s);
    return splits;
}

} // namespace storefront::eval
