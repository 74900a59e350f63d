#pragma once

#include "recsys/recommendation.h"
#include "storage/eventrepository.h"

#include <QMutex>

#include <vector>

namespace storefront::recsys {

/// A guest's product views, kept in memory only (a guest has no rows in the database) for
/// the "Recently viewed" carousel; forgotten with clear() when the guest session ends.
/// Thread-safe. Bounded: only the newest `capacity` views are kept.
class ViewHistory
{
public:
    explicit ViewHistory(int capacity = 200)
        : m_capacity(capacity)
    {}

    /// Records a view of `productId` at `at` (seconds since the epoch; now when 0).
    void recordView(qint64 productId, qint64 at = 0);
    /// The most recently viewed products, newest first, each once (recentlyViewed()).
    [[nodiscard]] RecommendationList recent(int k) const;
    void clear();
    [[nodiscard]] int size() const;

private:
    const int m_capacity;
    mutable QMutex m_mutex;
    std::vector<storage::Event> m_views;
    qint64 m_next = 1; ///< orders views made within one second
};

} // namespace storefront::recsys
