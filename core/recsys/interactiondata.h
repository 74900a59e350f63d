#pragma once

#include "recsys/idmap.h"
#include "recsys/snapshot.h"

#include <memory>
#include <vector>

namespace storefront::recsys {

class ItemFeatures;

/// One user's interactions as sorted (item index, value) pairs.
struct SparseRow
{
    std::vector<int> items; ///< strictly increasing item indices
    std::vector<float> values;

    [[nodiscard]] int size() const { return static_cast<int>(items.size()); }
    [[nodiscard]] bool empty() const { return items.empty(); }
    /// Sorts by item and sums duplicates; drops zero values.
    void normalise();
    /// Row `r` of a row-major sparse matrix.
    [[nodiscard]] static SparseRow fromMatrix(const SparseRowMatrix &m, int r);
};

/// Everything a model knows about one user: the implicit weight row (what most models train
/// on), the explicit star row (what the explicit MF trains on), and the training index when
/// the user is part of the training data (-1 for a shopper folded in from scratch).
struct UserInteractions
{
    int user = -1;
    SparseRow weights;
    SparseRow ratings;
};

/// The training data of every model: compact id maps and row-major sparse matrices.
///
/// Shapes: weights and ratings are users.size() x items.size(). `weights` holds the combined
/// interaction weight of each (user, item) pair (see DatasetBuilder; negative = disliked),
/// `ratings` the explicit stars 1..5 (absent = not rated). `lastSeen` is aligned with the
/// nonzeros of `weights` (seconds since the epoch of the pair's latest interaction).
struct InteractionData
{
    IdMap users;
    IdMap items;
    SparseRowMatrix weights;
    SparseRowMatrix ratings;
    std::vector<qint64> lastSeen;
    qint64 latestTimestamp = 0;
    /// Content features aligned with `items`; null when no catalog was given.
    std::shared_ptr<const ItemFeatures> itemFeatures;

    [[nodiscard]] int userCount() const { return users.size(); }
    [[nodiscard]] int itemCount() const { return items.size(); }
    [[nodiscard]] UserInteractions user(int u) const;

    /// Builds directly from (user, item, weight) triplets over dense indices, for generated
    /// data and tests. Ids are the indices; duplicate pairs are summed.
    struct Triplet
    {
        int user = 0;
        int item = 0;
        float weight = 0.0f;
        float stars = 0.0f; ///< 0 = no explicit rating
        qint64 time = 0;
    };
    [[nodiscard]] static InteractionData fromTriplets(int users, int items,
                                                      const std::vector<Triplet> &triplets);
};

} // namespace storefront::recsys
