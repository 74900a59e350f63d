#include "recsys/pagelists.h"

#include <QSet>

#include <algorithm>

namespace storefront::recsys {

void removeCrossDuplicates(const std::vector<PageList> &lists)
{
    QSet<qint64> shown;
    for (const PageList &page : lists) {
        if (!page.list)
            continue;
        RecommendationList &list = *page.list;
        qsizetype kept = 0;
        list.removeIf([&](const Recommendation &r) {
            if (shown.contains(r.productId) || (page.size > 0 && kept >= page.size))
                return true;
            shown.insert(r.productId);
            ++kept;
            return false;
        });
    }
}

RecommendationList recentlyViewed(const std::vector<storage::Event> &events, int k)
{
    std::vector<const storage::Event *> views;
    for (const storage::Event &e : events)
        if (e.type == storage::EventType::View && e.productId > 0)
            views.push_back(&e);
    std::stable_sort(views.begin(), views.end(),
                     [](const storage::Event *a, const storage::Event *b) {
                         if (a->occurredAt != b->occurredAt)
                             return a->occurredAt > b->occurredAt;
                         return a->id > b->id;
                     });
    RecommendationList out;
    QSet<qint64> seen;
    for (const storage::Event *e : views) {
        if (int(out.size()) >= k)
            break;
        if (seen.contains(e->productId))
            continue;
        seen.insert(e->productId);
        Recommendation r;
        r.productId = e->productId;
        out.push_back(r);
    }
    return out;
}

Result<RecommendationList> loadRecentlyViewed(const storage::Database &db, qint64 userId, int k)
{
    auto events = storage::EventRepository(db).byUser(userId);
    if (!events)
        return events.error();
    return recentlyViewed(*events, k);
}

} // namespace storefront::recsys
