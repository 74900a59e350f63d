#pragma once

#include "common/result.h"

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
    /// Sets (or replaces) the hash.
    Status setPinHash(const QString &hash, qint64 at) const;

private:
    const Database &m_db;
};

} // namespace storefront::storage
