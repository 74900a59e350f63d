#pragma once

#include "common/result.h"

namespace storefront::storage {

class Database;

struct StoreCounts
{
    qint64 products = 0;
    qint64 activeProducts = 0;
    qint64 categories = 0;
    qint64 users = 0;
    qint64 ratings = 0;
    qint64 events = 0;
};

class StatsRepository
{
public:
    explicit StatsRepository(const Database &db)
        : m_db(db)
    {}
    [[nodiscard]] Result<StoreCounts> counts() const;

private:
    const Database &m_db;
};

} // namespace storefront::storage
