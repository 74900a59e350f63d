#pragma once

#include "common/result.h"
#include "recsys/recommendation.h"
#include "storage/eventrepository.h"

#include <vector>

namespace storefront::storage {
class Database;
}

namespace storefront::recsys {

/// One carousel of a page: its list and how many products it shows (0: all). A carousel asks
/// for more than it shows when an earlier one may take many of its products.
struct PageList
{
    PageList(RecommendationList *list, int size = 0)
        : list(list)
        , size(size)
    {}
    RecommendationList *list = nullptr;
    int size = 0;
};

/// Removes from each list every product that an earlier list already holds (and repeats
/// within a list), then cuts it to its size, so that no product appears in two carousels of
/// one page; a product cut from a list is not shown there, so a later list may keep it.
/// `lists` are in priority order: the first keeps everything it has. Null lists are skipped.
void removeCrossDuplicates(const std::vector<PageList> &lists);

/// The products of the shopper's most recent view events, newest first, each once, at most
/// `k`. Items carry the product id only (no reason, no evidence: this is history, not a
/// recommendation); ties in time go to the later event id.
[[nodiscard]] RecommendationList recentlyViewed(const std::vector<storage::Event> &events, int k);

/// recentlyViewed() over the user's stored events, on the calling thread's connection.
[[nodiscard]] Result<RecommendationList> loadRecentlyViewed(const storage::Database &db,
                                                            qint64 userId, int k);

} // namespace storefront::recsys
