#include "recsys/idmap.h"

namespace storefront::recsys {

IdMap::IdMap(const std::vector<qint64> &ids)
{
    m_ids.reserve(ids.size());
    m_index.reserve(static_cast<qsizetype>(ids.size()));
    for (qint64 id : ids)
        insert(id);
}

int IdMap::insert(qint64 id)
{
    const auto it = m_index.constFind(id);
    if (it != m_index.constEnd())
        return it.value();
    const int index = static_cast<int>(m_ids.size());
    m_ids.push_back(id);
    m_index.insert(id, index);
    return index;
}

} // namespace storefront::recsys
