#pragma once

#include <QHash>
#include <QtGlobal>

#include <vector>

namespace storefront::recsys {

/// A compact, order-preserving map between database ids (users or products) and dense matrix
/// indices 0..size()-1. Indices are assigned in insertion order.
class IdMap
{
public:
    IdMap() = default;
    /// Builds from ids in index order; duplicates keep their first index.
    explicit IdMap(const std::vector<qint64> &ids);

    /// The index of `id`, inserting it at the end when new.
    int insert(qint64 id);
    /// The index of `id`, or -1 when unknown.
    [[nodiscard]] int indexOf(qint64 id) const { return m_index.value(id, -1); }
    /// The id at `index` (0 <= index < size()).
    [[nodiscard]] qint64 idAt(int index) const { return m_ids[static_cast<size_t>(index)]; }
    [[nodiscard]] int size() const { return static_cast<int>(m_ids.size()); }
    [[nodiscard]] const std::vector<qint64> &ids() const { return m_ids; }
    [[nodiscard]] bool contains(qint64 id) const { return m_index.contains(id); }

    friend bool operator==(const IdMap &a, const IdMap &b) { return a.m_ids == b.m_ids; }

private:
    std::vector<qint64> m_ids;
    QHash<qint64, int> m_index;
};

} // namespace storefront::recsys
