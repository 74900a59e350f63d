#pragma once

#include "common/result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace storefront::storage {

class Database;

enum class EventType
{
    View,
    AddToCart,
    Purchase,
    Search,
    Wishlist ///< added to the wishlist (schema 3)
};

[[nodiscard]] QString eventTypeName(EventType type);
[[nodiscard]] std::optional<EventType> eventTypeFromName(const QString &name);

struct Event
{
    qint64 id = 0;
    qint64 userId = 0;
    qint64 productId = 0; ///< 0 for a search
    EventType type = EventType::View;
    QString query;         ///< search text; empty otherwise
    qint64 occurredAt = 0; ///< seconds since the Unix epoch, UTC
};

class EventRepository
{
public:
    explicit EventRepository(const Database &db)
        : m_db(db)
    {}

    /// Records an event now (or at event.occurredAt when set). Returns its id.
    [[nodiscard]] Result<qint64> record(const Event &event) const;
    [[nodiscard]] Result<std::vector<Event>> byUser(qint64 userId) const;
    /// Every product event (not searches), for training; ordered by user and time.
    [[nodiscard]] Result<std::vector<Event>> allProductEvents() const;

    /// The user's product events the recommender may use (not excluded), newest first.
    [[nodiscard]] Result<std::vector<Event>> usableByUser(qint64 userId) const;
    /// Every product event the recommender may use, for training; by user and time.
    [[nodiscard]] Result<std::vector<Event>> usableProductEvents() const;
    /// Ids of the user's events excluded from recommendations.
    [[nodiscard]] Result<QSet<qint64>> excludedIds(qint64 userId) const;
    /// Sets or clears "don't use for recommendations" on the user's event `eventId`; returns
    /// false when the user has no such event.
    [[nodiscard]] static Result<bool> setExcluded(QSqlDatabase &connection, qint64 userId,
                                                  qint64 eventId, bool excluded);

    /// Inserts on `connection`, inside the caller's transaction.
    [[nodiscard]] static Result<qint64> insert(QSqlDatabase &connection, const Event &event);

private:
    const Database &m_db;
};

} // namespace storefront::storage
