#include "recsys/viewhistory.h"

#include "recsys/pagelists.h"

#include <QDateTime>
#include <QMutexLocker>

namespace storefront::recsys {

void ViewHistory::recordView(qint64 productId, qint64 at)
{
    storage::Event e;
    e.productId = productId;
    e.type = storage::EventType::View;
    e.occurredAt = at > 0 ? at : QDateTime::currentSecsSinceEpoch();
    QMutexLocker lock(&m_mutex);
    e.id = m_next++;
    m_views.push_back(e);
    if (int(m_views.size()) > m_capacity)
        m_views.erase(m_views.begin(), m_views.begin() + (int(m_views.size()) - m_capacity));
}

RecommendationList ViewHistory::recent(int k) const
{
    QMutexLocker lock(&m_mutex);
    return recentlyViewed(m_views, k);
}

void ViewHistory::clear()
{
    QMutexLocker lock(&m_mutex);
    m_views.clear();
}

int ViewHistory::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_views.size());
}

} // namespace storefront::recsys
