#include "kioskrepository.h"

#include "database.h"
#include "sqlquery.h"

namespace storefront::storage {

namespace {

const QString kPinHash = QStringLiteral("SELECT pin_hash FROM kiosk_pin WHERE id = 1");
const QString kSetPinHash = QStringLiteral(R"sql(
INSERT INTO kiosk_pin(id, pin_hash, updated_at) VALUES (1, ?, ?)
ON CONFLICT(id) DO UPDATE SET pin_hash = excluded.pin_hash, updated_at = excluded.updated_at)sql");

} // namespace

Result<std::optional<QString>> KioskRepository::pinHash() const
{
    SqlQuery q(m_db.connection(), kPinHash, QStringLiteral("read kiosk PIN"));
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<QString>{};
    return std::optional<QString>{q.value(0).toString()};
}

Status KioskRepository::setPinHash(QSqlDatabase &connection, const QString &hash, qint64 at)
{
    SqlQuery q(connection, kSetPinHash, QStringLiteral("store kiosk PIN"));
    return q.exec({hash, at});
}

} // namespace storefront::storage
