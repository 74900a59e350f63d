#pragma once

#include "common/result.h"

#include <QString>

#include <vector>

namespace storefront::eval {

class RatingsDataset;

/// Indices into RatingsDataset::ratings(): which records train and which test.
struct Split
{
    std::vector<int> train;
    std::vector<int> test;
};

/// Evaluation protocols. Every split is a pure function of the dataset and the seed (a
/// std::mt19937_64 seeded once with `seed`, consumed in user order), so the same seed gives
/// the same split on every machine and thread count.
///
///  - `user-holdout:R`  per user, a random R fraction of their ratings is test:
///                      round(R * n) of the user's n ratings, at most n - 1 (every user keeps
///                      at least one training rating).
///  - `leave-last:N`    per user, the N most recent ratings (by timestamp, ties by file
///                      order) are test, at most n - 1.
///  - `time:R`          global time split: all ratings sorted by time (ties by file order),
///                      the newest R fraction is test. Test users may have no training data
///                      (they are evaluated as cold users).
///  - `kfold:K`         K-fold cross-validation: the ratings are shuffled and dealt into K
///                      folds; fold f is the test set of split f, the rest its training set.
///                      Every rating is tested exactly once.
class Splitter
{
public:
    enum class Protocol
    {
        UserHoldout,
        LeaveLastN,
        TimeSplit,
        KFold
    };

    /// Parses a protocol such as "user-holdout:0.2"; refuses unknown names and bad values.
    [[nodiscard]] static Result<Splitter> parse(const QString &spec);
    Splitter(Protocol protocol, double value)
        : m_protocol(protocol)
        , m_value(value)
    {}

    /// One split for the holdout protocols, K for k-fold.
    [[nodiscard]] std::vector<Split> split(const RatingsDataset &data, quint64 seed) const;

    [[nodiscard]] Protocol protocol() const { return m_protocol; }
    [[nodiscard]] double value() const { return m_value; }
    [[nodiscard]] QString toString() const;

    [[nodiscard]] static Split userHoldout(const RatingsDataset &data, double ratio, quint64 seed);
    [[nodiscard]] static Split leaveLastN(const RatingsDataset &data, int n);
    [[nodiscard]] static Split timeSplit(const RatingsDataset &data, double ratio);
    [[nodiscard]] static std::vector<Split> kFold(const RatingsDataset &data, int folds,
                                                  quint64 seed);

private:
    Protocol m_protocol;
    double m_value;
};

} // namespace storefront::eval
