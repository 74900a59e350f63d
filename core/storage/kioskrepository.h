#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace storefront::storage {

class Database;

/// The kiosk's staff PIN, stored only as an Argon2id hash (crypto_pwhash_str), one per
/// database (table kiosk_pin, at most one row).
class KioskRepository
{
public:
    explicit KioskRepository(const Database &db)
        : m_db(db)
    {}

    /// The stored hash, or nothing when no PIN has been set.
    [[nodiscard]] Result<std::optional<QString>> pinHash() const;
    /// Sets (or replaces) the hash (in the caller's transaction, with its audit entry).
    static Status setPinHash(QSqlDatabase &connection, const QString &hash, qint64 at);

private:
    const Database &m_db;
};

} // namespace storefront::storage
