#include "migrations.h"

#include "common/logging.h"
#include "sqldialect.h"
#include "sqlquery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace storefront::storage {

namespace {

// Version 1: the catalog, users, ratings, events and the full-text index.
const QStringList kVersion1 = {
    QStringLiteral(R"sql(
CREATE TABLE categories (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories(id) ON DELETE RESTRICT,
    name      TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    path      TEXT NOT NULL UNIQUE
))sql"),
    QStringLiteral("CREATE INDEX categories_parent ON categories(parent_id)"),
    QStringLiteral(R"sql(
CREATE TABLE products (
    id          INTEGER PRIMARY KEY,
    sku         TEXT NOT NULL UNIQUE CHECK (length(sku) BETWEEN 1 AND 64),
    title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    description TEXT NOT NULL DEFAULT '',
    brand       TEXT NOT NULL DEFAULT '',
    category_id INTEGER REFERENCES categories(id) ON DELETE RESTRICT,
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    currency    TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    image_path  TEXT NOT NULL DEFAULT '',
    attributes  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes)),
    stock       INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
))sql"),
    QStringLiteral("CREATE INDEX products_category ON products(category_id)"),
    QStringLiteral("CREATE INDEX products_brand ON products(brand)"),
    QStringLiteral("CREATE INDEX products_price ON products(price_cents)"),
    QStringLiteral("CREATE INDEX products_created ON products(created_at)"),
    QStringLiteral(R"sql(
CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    email        TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT,
    role         TEXT NOT NULL DEFAULT 'shopper'
                 CHECK (role IN ('shopper', 'staff', 'admin')),
    created_at   INTEGER NOT NULL
))sql"),
    QStringLiteral(R"sql(
CREATE TABLE ratings (
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    stars      INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, product_id)
) WITHOUT ROWID)sql"),
    QStringLiteral("CREATE INDEX ratings_product ON ratings(product_id)"),
    QStringLiteral(R"sql(
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER REFERENCES users(id) ON DELETE CASCADE,
    product_id  INTEGER REFERENCES products(id) ON DELETE CASCADE,
    type        TEXT NOT NULL CHECK (type IN ('view', 'add_to_cart', 'purchase', 'search')),
    query       TEXT,
    occurred_at INTEGER NOT NULL,
    CHECK ((type = 'search') = (product_id IS NULL))
))sql"),
    QStringLiteral("CREATE INDEX events_user ON events(user_id, occurred_at)"),
    QStringLiteral("CREATE INDEX events_product ON events(product_id)"),
    // Aggregates kept by triggers so that the grid can sort 100,000 products by rating
    // without a GROUP BY over every rating.
    QStringLiteral(R"sql(
CREATE TABLE product_stats (
    product_id   INTEGER PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
    rating_count INTEGER NOT NULL DEFAULT 0,
    rating_sum   INTEGER NOT NULL DEFAULT 0,
    star1 INTEGER NOT NULL DEFAULT 0, star2 INTEGER NOT NULL DEFAULT 0,
    star3 INTEGER NOT NULL DEFAULT 0, star4 INTEGER NOT NULL DEFAULT 0,
    star5 INTEGER NOT NULL DEFAULT 0,
    avg_stars    REAL GENERATED ALWAYS AS
                 (CASE WHEN rating_count = 0 THEN 0.0
                       ELSE CAST(rating_sum AS REAL) / rating_count END) STORED,
    -- Bayesian average for sorting: five phantom 3.5-star ratings keep one lucky 5-star
    -- rating from outranking a product that hundreds of shoppers rated 4.7.
    rank_score   REAL GENERATED ALWAYS AS ((rating_sum + 17.5) / (rating_count + 5.0)) STORED
))sql"),
    // With the id, the index alone yields the "best rated" page of a 100,000-product catalog.
    QStringLiteral("CREATE INDEX product_stats_rank ON product_stats(rank_score, product_id)"),
    QStringLiteral(R"sql(
CREATE TRIGGER products_stats_init AFTER INSERT ON products BEGIN
    INSERT INTO product_stats(product_id) VALUES (new.id);
END)sql"),
    QStringLiteral(R"sql(
CREATE TRIGGER ratings_stats_insert AFTER INSERT ON ratings BEGIN
    UPDATE product_stats SET rating_count = rating_count + 1,
        rating_sum = rating_sum + new.stars,
        star1 = star1 + (new.stars = 1), star2 = star2 + (new.stars = 2),
        star3 = star3 + (new.stars = 3), star4 = star4 + (new.stars = 4),
        star5 = star5 + (new.stars = 5)
    WHERE product_id = new.product_id;
END)sql"),
    QStringLiteral(R"sql(
CREATE TRIGGER ratings_stats_delete AFTER DELETE ON ratings BEGIN
    UPDATE product_stats SET rating_count = rating_count - 1,
        rating_sum = rating_sum - old.stars,
        star1 = star1 - (old.stars = 1), star2 = star2 - (old.stars = 2),
        star3 = star3 - (old.stars = 3), star4 = star4 - (old.stars = 4),
        star5 = star5 - (old.stars = 5)
    WHERE product_id = old.product_id;
END)sql"),
    QStringLiteral(R"sql(
CREATE TRIGGER ratings_stats_update AFTER UPDATE OF stars ON ratings BEGIN
    UPDATE product_stats SET rating_sum = rating_sum - old.stars,
        star1 = star1 - (old.stars = 1), star2 = star2 - (old.stars = 2),
        star3 = star3 - (old.stars = 3), star4 = star4 - (old.stars = 4),
        star5 = star5 - (old.stars = 5)
    WHERE product_id = old.product_id;
    UPDATE product_stats SET rating_sum = rating_sum + new.stars,
        star1 = star1 + (new.stars = 1), star2 = star2 + (new.stars = 2),
        star3 = star3 + (new.stars = 3), star4 = star4 + (new.stars = 4),
        star5 = star5 + (new.stars = 5)
    WHERE product_id = new.product_id;
END)sql"),
    // The search index stores its own copy of the text (the category path comes from
    // another table, so it cannot be an external-content index over products).
    QStringLiteral(R"sql(
CREATE VIRTUAL TABLE products_fts USING fts5(
    title, description, brand, category,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')
)sql"),
    // bm25 weights per column (title, description, brand, category): a word in the title counts
    // most. As the table's rank function, FTS5 can order matches itself.
    QStringLiteral("INSERT INTO products_fts(products_fts, rank) "
                   "VALUES ('rank', 'bm25(10.0, 1.0, 4.0, 2.0)')"),
    QStringLiteral(R"sql(
CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
    INSERT INTO products_fts(rowid, title, description, brand, category)
    VALUES (new.id, new.title, new.description, new.brand,
            coalesce((SELECT path FROM categories WHERE id = new.category_id), ''));
END)sql"),
    QStringLiteral(R"sql(
CREATE TRIGGER products_fts_update
AFTER UPDATE OF title, description, brand, category_id ON products BEGIN
    DELETE FROM products_fts WHERE rowid = old.id;
    INSERT INTO products_fts(rowid, title, description, brand, category)
    VALUES (new.id, new.title, new.description, new.brand,
            coalesce((SELECT path FROM categories WHERE id = new.category_id), ''));
END)sql"),
    QStringLiteral(R"sql(
CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN
    DELETE FROM products_fts WHERE rowid = old.id;
END)sql"),
    QStringLiteral(R"sql(
CREATE TRIGGER categories_fts_rename AFTER UPDATE OF path ON categories BEGIN
    UPDATE products_fts SET category = new.path
    WHERE rowid IN (SELECT id FROM products WHERE category_id = new.id);
END)sql"),
};

// Version 2: accounts, sessions and the audit trail (issue #3). Secrets never reach these
// tables in the clear: sessions hold a BLAKE2b hash of the token, login_throttle a keyed
// BLAKE2b hash of the email typed (which may be a mistyped password), audit_log no secret.
const QStringList kVersion2 = {
    QStringLiteral("ALTER TABLE users ADD COLUMN price_min_cents INTEGER "
                   "CHECK (price_min_cents IS NULL OR price_min_cents >= 0)"),
    QStringLiteral("ALTER TABLE users ADD COLUMN price_max_cents INTEGER "
                   "CHECK (price_max_cents IS NULL OR price_max_cents >= 0)"),
    // 1 once the shopper has been through (or skipped) picking favourite categories.
    QStringLiteral("ALTER TABLE users ADD COLUMN onboarded INTEGER NOT NULL DEFAULT 0 "
                   "CHECK (onboarded IN (0, 1))"),
    QStringLiteral(R"sql(
CREATE TABLE user_favourite_categories (
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, category_id)
) WITHOUT ROWID)sql"),
    QStringLiteral(R"sql(
CREATE TABLE sessions (
    id             INTEGER PRIMARY KEY,
    token_hash     BLOB NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    user_id        INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at     INTEGER NOT NULL,
    last_seen_at   INTEGER NOT NULL,
    idle_secs      INTEGER NOT NULL CHECK (idle_secs > 0),
    expires_at     INTEGER NOT NULL,
    keep_signed_in INTEGER NOT NULL DEFAULT 0 CHECK (keep_signed_in IN (0, 1)),
    kiosk          INTEGER NOT NULL DEFAULT 0 CHECK (kiosk IN (0, 1))
))sql"),
    QStringLiteral("CREATE INDEX sessions_user ON sessions(user_id)"),
    QStringLiteral("CREATE INDEX sessions_expiry ON sessions(expires_at)"),
    // No foreign keys: the trail outlives deleted accounts (it holds ids, never emails).
    QStringLiteral(R"sql(
CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    at              INTEGER NOT NULL,
    actor_user_id   INTEGER,
    action          TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 64),
    subject_user_id INTEGER,
    detail          TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
))sql"),
    QStringLiteral("CREATE INDEX audit_log_subject ON audit_log(subject_user_id, at)"),
    QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
    // Keyed by email, whether or not an account has it, so that back-off and lock-out behave
    // the same for unknown emails (no account enumeration).
    QStringLiteral(R"sql(
CREATE TABLE login_throttle (
    key_hash        BLOB PRIMARY KEY CHECK (length(key_hash) = 32),
    failed_count    INTEGER NOT NULL DEFAULT 0,
    last_failed_at  INTEGER NOT NULL DEFAULT 0,
    next_allowed_at INTEGER NOT NULL DEFAULT 0,
    locked_until    INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID)sql"),
    // Per-database random keys (SQLite's randomblob draws from the OS's entropy source).
    QStringLiteral(R"sql(
CREATE TABLE auth_keys (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL CHECK (length(value) = 32)
) WITHOUT ROWID)sql"),
    QStringLiteral("INSERT INTO auth_keys(name, value) VALUES ('throttle', randomblob(32))"),
};

// Version 3: the shopper's own state and staff merchandising (issue #6). Cart, wishlist and
// "not interested" are per account (guests keep theirs in memory, core/shop); `excluded`
// marks a rating or event the shopper asked the recommender not to use (training and
// fold-in skip it, store-wide rating statistics still count it). The events table is rebuilt
// because SQLite cannot widen a CHECK constraint: 'wishlist' becomes an event kind.
const QStringList kVersion3 = {
    QStringLiteral("ALTER TABLE ratings ADD COLUMN excluded INTEGER NOT NULL DEFAULT 0 "
                   "CHECK (excluded IN (0, 1))"),
    QStringLiteral(R"sql(
CREATE TABLE events_v3 (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER REFERENCES users(id) ON DELETE CASCADE,
    product_id  INTEGER REFERENCES products(id) ON DELETE CASCADE,
    type        TEXT NOT NULL
                CHECK (type IN ('view', 'add_to_cart', 'purchase', 'search', 'wishlist')),
    query       TEXT,
    occurred_at INTEGER NOT NULL,
    excluded    INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1)),
    CHECK ((type = 'search') = (product_id IS NULL))
))sql"),
    QStringLiteral("INSERT INTO events_v3(id, user_id, product_id, type, query, occurred_at) "
                   "SELECT id, user_id, product_id, type, query, occurred_at FROM events"),
    QStringLiteral("DROP TABLE events"),
    QStringLiteral("ALTER TABLE events_v3 RENAME TO events"),
    QStringLiteral("CREATE INDEX events_user ON events(user_id, occurred_at)"),
    QStringLiteral("CREATE INDEX events_product ON events(product_id)"),
    QStringLiteral(R"sql(
CREATE TABLE cart_items (
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    quantity   INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 999),
    added_at   INTEGER NOT NULL,
    PRIMARY KEY (user_id, product_id)
) WITHOUT ROWID)sql"),
    QStringLiteral(R"sql(
CREATE TABLE wishlist_items (
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    added_at   INTEGER NOT NULL,
    PRIMARY KEY (user_id, product_id)
) WITHOUT ROWID)sql"),
    QStringLiteral(R"sql(
CREATE TABLE not_interested (
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    marked_at  INTEGER NOT NULL,
    PRIMARY KEY (user_id, product_id)
) WITHOUT ROWID)sql"),
    // Applied in `position` order. A rule targets one product or every product of a category
    // (and its subcategories); a pin needs a product and a 1-based slot; boost and bury add or
    // subtract `amount` (in blended z-score units).
    QStringLiteral(R"sql(
CREATE TABLE merchandising_rules (
    id          INTEGER PRIMARY KEY,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('pin', 'boost', 'bury', 'exclude')),
    product_id  INTEGER REFERENCES products(id) ON DELETE CASCADE,
    category_id INTEGER REFERENCES categories(id) ON DELETE CASCADE,
    slot        INTEGER CHECK (slot IS NULL OR slot BETWEEN 1 AND 100),
    amount      REAL NOT NULL DEFAULT 0 CHECK (amount >= 0),
    enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    updated_by  INTEGER,
    updated_at  INTEGER NOT NULL,
    CHECK ((product_id IS NULL) <> (category_id IS NULL)),
    CHECK ((kind = 'pin') = (slot IS NOT NULL)),
    CHECK (kind <> 'pin' OR product_id IS NOT NULL)
))sql"),
    QStringLiteral("CREATE INDEX merchandising_rules_position ON merchandising_rules(position)"),
};

// Version 4, catalog curation (issue #7): categories can be archived like products, and the audit
// trail names the product or category a staff edit touched, so an admin can follow one
// product's history without parsing every detail document.
const QStringList kVersion4 = {
    QStringLiteral("ALTER TABLE categories ADD COLUMN active INTEGER NOT NULL DEFAULT 1 "
                   "CHECK (active IN (0, 1))"),
    QStringLiteral("ALTER TABLE audit_log ADD COLUMN subject_product_id INTEGER"),
    QStringLiteral("ALTER TABLE audit_log ADD COLUMN subject_category_id INTEGER"),
    QStringLiteral("CREATE INDEX audit_log_product ON audit_log(subject_product_id, at)"),
};

// Version 5, kiosk mode (issue #7): the staff PIN that unlocks exit and staff functions, as an
// Argon2id hash (never the digits). At most one row.
const QStringList kVersion5 = {
    QStringLiteral(R"sql(
CREATE TABLE kiosk_pin (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    pin_hash   TEXT NOT NULL CHECK (pin_hash LIKE '$argon2id$%'),
    updated_at INTEGER NOT NULL
))sql"),
};

const QList<QStringList> kSteps = {kVersion1, kVersion2, kVersion3, kVersion4, kVersion5};

} // namespace

int Migrations::latestVersion()
{
    return int(kSteps.size());
}

QStringList Migrations::step(int version)
{
    if (version < 1 || version > latestVersion())
        return {};
    return kSteps.at(version - 1);
}

QString Migrations::tooNew(int found)
{
    return tr("The database was written by a newer Storefront (schema version %1; this program "
              "knows versions up to %2). Use a newer Storefront or another database.")
        .arg(found)
        .arg(latestVersion());
}

namespace {

QString upgradeFailed(int version, const QString &why)
{
    return SqlQuery::withDetail(
        Migrations::tr("The database cannot be upgraded to schema version %1; "
                       "it was left as it was.")
            .arg(version),
        why);
}

} // namespace

Status Migrations::migrate(QSqlDatabase &db, const SqlDialect &dialect, int target)
{
    if (target < 0)
        target = latestVersion();
    QSqlQuery versionQuery(db);
    if (!versionQuery.exec(dialect.readSchemaVersion()) || !versionQuery.next())
        return SqlQuery::failure(versionQuery.lastError(), db.databaseName());
    const int current = versionQuery.value(0).toInt();
    versionQuery.finish();
    if (current > latestVersion())
        return fail(tooNew(current), db.databaseName());

    for (int version = current + 1; version <= target; ++version) {
        if (!db.transaction())
            return SqlQuery::failure(db.lastError(), db.databaseName());
        QSqlQuery query(db);
        for (const QString &statement : step(version)) {
            if (!query.exec(statement)) {
                const QString why = query.lastError().text();
                db.rollback();
                return fail(upgradeFailed(version, why), db.databaseName());
            }
        }
        if (!query.exec(dialect.writeSchemaVersion(version)) || !db.commit()) {
            const QString why = query.lastError().text() + db.lastError().text();
            db.rollback();
            return fail(upgradeFailed(version, why), db.databaseName());
        }
        qCDebug(lcStorage) << "migrated database to schema version" << version;
    }
    return {};
}

} // namespace storefront::storage
