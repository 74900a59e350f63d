#include "eventrepository.h"

#include "database.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>

namespace storefront::storage {

namespace {

/// Refusals the GUI shows.
struct EventText
{
    Q_DECLARE_TR_FUNCTIONS(storefront::storage::EventRepository)
};

const QString kInsertEvent = QStringLiteral(
    "INSERT INTO events(user_id, product_id, type, query, occurred_at) VALUES (?, ?, ?, ?, ?) "
    "RETURNING id");
const QString kByUser = QStringLiteral(
    "SELECT id, coalesce(user_id, 0), coalesce(product_id, 0), type, coalesce(query, ''), "
    "occurred_at FROM events WHERE user_id = ? ORDER BY occurred_at DESC, id DESC");
const QString kAllProductEvents = QStringLiteral(
    "SELECT id, coalesce(user_id, 0), product_id, type, '', occurred_at FROM events "
    "WHERE product_id IS NOT NULL AND user_id IS NOT NULL ORDER BY user_id, occurred_at, id");

const QString kUsableByUser =
    QStringLiteral("SELECT id, user_id, product_id, type, '', occurred_at FROM events "
                   "WHERE user_id = ? AND product_id IS NOT NULL AND excluded = 0 "
                   "ORDER BY occurred_at DESC, id DESC");
const QString kUsableProductEvents =
    QStringLiteral("SELECT id, user_id, product_id, type, '', occurred_at FROM events "
                   "WHERE product_id IS NOT NULL AND user_id IS NOT NULL AND excluded = 0 "
                   "ORDER BY user_id, occurred_at, id");
const QString kExcludedIds =
    QStringLiteral("SELECT id FROM events WHERE user_id = ? AND excluded = 1");
const QString kSetExcluded =
    QStringLiteral("UPDATE events SET excluded = ? WHERE id = ? AND user_id = ?");

Result<std::vector<Event>> readAll(SqlQuery &q)
{
    std::vector<Event> rows;
    while (q.next()) {
        Event e;
        e.id = q.value(0).toLongLong();
        e.userId = q.value(1).toLongLong();
        e.productId = q.value(2).toLongLong();
        e.type = eventTypeFromName(q.value(3).toString()).value_or(EventType::View);
        e.query = q.value(4).toString();
        e.occurredAt = q.value(5).toLongLong();
        rows.push_back(std::move(e));
    }
    return rows;
}

} // namespace

QString eventTypeName(EventType type)
{
    switch (type) {
    case EventType::View:
        return QStringLiteral("view");
    case EventType::AddToCart:
        return QStringLiteral("add_to_cart");
    case EventType::Purchase:
        return QStringLiteral("purchase");
    case EventType::Search:
        return QStringLiteral("search");
    case EventType::Wishlist:
        return QStringLiteral("wishlist");
    }
    return {};
}

std::optional<EventType> eventTypeFromName(const QString &name)
{
    for (EventType t : {EventType::View, EventType::AddToCart, EventType::Purchase,
                        EventType::Search, EventType::Wishlist}) {
        if (eventTypeName(t) == name)
            return t;
    }
    return std::nullopt;
}

Result<qint64> EventRepository::insert(QSqlDatabase &connection, const Event &event)
{
    const bool search = event.type == EventType::Search;
    if (search == (event.productId != 0))
        return fail(search ? EventText::tr("a search event has no product")
                           : EventText::tr("a product event needs a product"),
                    QStringLiteral("product"));
    SqlQuery q(connection, kInsertEvent, QStringLiteral("record event"));
    if (Status s =
            q.exec({event.userId ? QVariant(event.userId) : QVariant(),
                    search ? QVariant() : QVariant(event.productId), eventTypeName(event.type),
                    search ? QVariant(event.query) : QVariant(),
                    event.occurredAt ? event.occurredAt : QDateTime::currentSecsSinceEpoch()});
        !s)
        return s.error();
    return q.insertedId();
}

Result<qint64> EventRepository::record(const Event &event) const
{
    QSqlDatabase connection = m_db.connection();
    return insert(connection, event);
}

Result<std::vector<Event>> EventRepository::byUser(qint64 userId) const
{
    SqlQuery q(m_db.connection(), kByUser, QStringLiteral("events of user"));
    if (Status s = q.exec({userId}); !s)
        return s.error();
    return readAll(q);
}

Result<std::vector<Event>> EventRepository::allProductEvents() const
{
    SqlQuery q(m_db.connection(), kAllProductEvents, QStringLiteral("all events"));
    if (Status s = q.exec(); !s)
        return s.error();
    return readAll(q);
}

Result<std::vector<Event>> EventRepository::usableByUser(qint64 userId) const
{
    SqlQuery q(m_db.connection(), kUsableByUser, QStringLiteral("usable events of user"));
    if (Status s = q.exec({userId}); !s)
        return s.error();
    return readAll(q);
}

Result<std::vector<Event>> EventRepository::usableProductEvents() const
{
    SqlQuery q(m_db.connection(), kUsableProductEvents, QStringLiteral("usable events"));
    if (Status s = q.exec(); !s)
        return s.error();
    return readAll(q);
}

Result<QSet<qint64>> EventRepository::excludedIds(qint64 userId) const
{
    SqlQuery q(m_db.connection(), kExcludedIds, QStringLiteral("excluded events"));
    return q.ids({userId});
}

Result<bool> EventRepository::setExcluded(QSqlDatabase &connection, qint64 userId, qint64 eventId,
                                          bool excluded)
{
    SqlQuery q(connection, kSetExcluded, QStringLiteral("exclude event"));
    return q.changed({excluded ? 1 : 0, eventId, userId});
}

} // namespace storefront::storage
