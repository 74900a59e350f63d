#include "common/handoff.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace storefront;
using storage::Database;
using storage::Migrations;

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsNewestSchemaFromEmpty();
    void migratesFromEachEarlierVersion_data();
    void migratesFromEachEarlierVersion();
    void carriesDataThroughEveryUpgrade();
    void refusesNewerSchema();
    void refusesFileThatIsNotSqlite();
    void refusesFolderWithTheEnginesReason();
    void setsPragmas();
    void givesEachThreadItsOwnConnection();
    void createsFileReadableByOwnerOnly();
    void createsWalAndShmReadableByOwnerOnly();
    void tightensLooseExistingFiles();
    void createsAccountTablesInVersion2();
    void rollsBackFailedTransaction();
    void ftsQueryQuotesOperators();
    void brokenConstraintsHaveTheirCodes();
};

/// The first column of every row `sql` returns, as text.
static QStringList column(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        qFatal("query failed: %s", qPrintable(sql));
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

/// Every table, index, trigger and view with the SQL that made it: an upgraded database must
/// match a new one exactly, not only by table names.
static QStringList schema(const Database &db)
{
    return column(db, QStringLiteral("SELECT type || '|' || name || '|' || tbl_name || '|' || "
                                     "coalesce(sql, '') FROM sqlite_schema ORDER BY type, name"));
}

/// A database of the given schema version (the steps up to it applied, no further).
static std::unique_ptr<Database> openAtVersion(const QString &path, int version)
{
    Database::Options options;
    options.migrate = false;
    auto db = Database::open(path, options);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().toString()));
    QSqlDatabase c = (*db)->connection();
    if (!Migrations::migrate(c, (*db)->dialect(), version))
        qFatal("cannot migrate to version %d", version);
    return std::move(*db);
}

static QStringList strings(std::initializer_list<const char *> values)
{
    QStringList out;
    for (const char *v : values)
        out << QLatin1String(v);
    return out;
}

/// The nine Unix permission bits (QFile also reports the current user's own, which vary).

static QStringList tableNames(const Database &db)
{
    return column(db, QStringLiteral("SELECT name FROM sqlite_schema "
                                     "WHERE type IN ('table', 'trigger') ORDER BY name"));
}

void TestDatabase::createsNewestSchemaFromEmpty()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    QCOMPARE(*db->schemaVersion(), Migrations::latestVersion());
    const QStringList names = tableNames(*db);
    for (const char *table :
         {"categories", "products", "users", "ratings", "events", "products_fts", "product_stats"})
        QVERIFY2(names.contains(QLatin1String(table)), table);
}

void TestDatabase::migratesFromEachEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < Migrations::latestVersion(); ++v)
        QTest::addRow("from version %d", v) << v;
}

void TestDatabase::migratesFromEachEarlierVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QCOMPARE(*openAtVersion(path, from)->schemaVersion(), from);
    auto fresh = testing::openDatabase(dir, QStringLiteral("fresh.sqlite"));
    auto upgraded = Database::open(path);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded ? QString() : upgraded.error().toString()));
    QCOMPARE(*(*upgraded)->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(tableNames(**upgraded), tableNames(*fresh));
    QCOMPARE(schema(**upgraded), schema(*fresh));
}

void TestDatabase::carriesDataThroughEveryUpgrade()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        auto db = openAtVersion(path, 1);
        QSqlDatabase c = db->connection();
        // What a version-1 store held, written as version 1 wrote it (the repositories speak
        // the newest schema).
        QSqlQuery q(c);
        for (const char *sql : {
                 "INSERT INTO categories(id, name, path) VALUES (1, 'Kitchen', 'Kitchen')",
                 "INSERT INTO products(id, sku, title, brand, category_id, price_cents, "
                 "created_at, updated_at) VALUES (7, 'K-1', 'Copper Kettle', 'Acme', 1, 2500, 1, "
                 "1)",
                 "INSERT INTO users(id, email, display_name, created_at) "
                 "VALUES (3, 'ann@example.org', 'Ann', 1)",
                 "INSERT INTO ratings(user_id, product_id, stars, updated_at) VALUES (3, 7, 4, 2)",
                 "INSERT INTO events(id, user_id, product_id, type, occurred_at) "
                 "VALUES (11, 3, 7, 'view', 3)",
                 "INSERT INTO events(id, user_id, type, query, occurred_at) "
                 "VALUES (12, 3, 'search', 'kettle', 4)",
             })
            QVERIFY2(q.exec(QLatin1String(sql)), sql);
    }
    auto upgraded = Database::open(path);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded ? QString() : upgraded.error().toString()));
    const Database &db = **upgraded;
    QCOMPARE(*db.schemaVersion(), Migrations::latestVersion());
    QCOMPARE(column(db, QStringLiteral("PRAGMA integrity_check")), strings({"ok"}));
    QVERIFY(column(db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());

    // The events table was rebuilt (version 3): same rows, ids and kinds, none excluded.
    QCOMPARE(column(db, QStringLiteral("SELECT id || ':' || type || ':' || coalesce(query, '') "
                                       "|| ':' || excluded FROM events ORDER BY id")),
             strings({"11:view::0", "12:search:kettle:0"}));
    QCOMPARE(column(db, QStringLiteral("SELECT stars || ':' || excluded FROM ratings")),
             strings({"4:0"}));
    // The triggers still keep the statistics and the search index.
    QCOMPARE(column(db, QStringLiteral("SELECT rating_count || ':' || rating_sum "
                                       "FROM product_stats WHERE product_id = 7")),
             strings({"1:4"}));
    QCOMPARE(column(db, QStringLiteral("SELECT rowid FROM products_fts "
                                       "WHERE products_fts MATCH 'kett*'")),
             strings({"7"}));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE ratings SET stars = 2")));
    QCOMPARE(column(db, QStringLiteral("SELECT rating_sum || ':' || star2 FROM product_stats "
                                       "WHERE product_id = 7")),
             strings({"2:1"}));
    // And the widened event kinds of version 3 are accepted.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO events(user_id, product_id, type, occurred_at) "
                                  "VALUES (3, 7, 'wishlist', 5)")));
    QCOMPARE(column(db, QStringLiteral("SELECT active FROM categories")), strings({"1"}));
}

void TestDatabase::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto db = testing::openDatabase(dir, QStringLiteral("future.sqlite"));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 7)));
    }
    auto reopened = Database::open(path);
    QVERIFY(!reopened.ok());
    QVERIFY2(reopened.error().message.contains(QStringLiteral("newer Storefront")),
             qPrintable(reopened.error().toString()));
    QCOMPARE(reopened.error().where, path);
}

void TestDatabase::refusesFileThatIsNotSqlite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY(db.error().toString().contains(path));
}

void TestDatabase::refusesFolderWithTheEnginesReason()
{
    // SQLite cannot open a folder: the caller is told once, in a sentence of our own with the
    // engine's words after it, and the same failure is not logged as well.
    QTemporaryDir dir;
    QTest::failOnWarning(QRegularExpression(QStringLiteral("cannot open connection")));
    auto db = Database::open(dir.path());
    QVERIFY(!db.ok());
    const QString sentence = QStringLiteral("The database cannot be opened.");
    QVERIFY2(db.error().message.startsWith(sentence + QStringLiteral(" (")),
             qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QStringLiteral("unable to open")),
             qPrintable(db.error().message));
    QCOMPARE(db.error().where, dir.path());
}

void TestDatabase::setsPragmas()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
    QVERIFY(q.value(0).toInt() > 0);
}

void TestDatabase::givesEachThreadItsOwnConnection()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    const QString mine = db->connection().connectionName();
    QString theirs;
    bool read = false;
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    const Database *shared = db.get();
    handoff::start(pool, [shared, &theirs, &read] {
        QSqlDatabase c = shared->connection();
        QSqlQuery q(c);
        read = q.exec(QStringLiteral("SELECT count(*) FROM products")) && q.next();
        theirs = c.connectionName();
    });
    handoff::waitForDone(pool);
    QVERIFY(read);
    QVERIFY(theirs != mine);
    QCOMPARE(db->connection().connectionName(), mine);
}

void TestDatabase::createsFileReadableByOwnerOnly()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    const auto permissions = QFile::permissions(db->path());
    QCOMPARE(permissions &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QVERIFY(permissions & QFile::ReadOwner);
    const QString wal = db->path() + QStringLiteral("-wal");
    if (QFile::exists(wal))
        QCOMPARE(QFile::permissions(wal) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
}

void TestDatabase::rollsBackFailedTransaction()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    const Status s = db->transaction([](QSqlDatabase &c) -> Status {
        QSqlQuery q(c);
        q.exec(QStringLiteral("INSERT INTO categories(name, path) VALUES ('A', 'A')"));
        return fail(QStringLiteral("changed my mind"));
    });
    QVERIFY(!s.ok());
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM categories")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestDatabase::brokenConstraintsHaveTheirCodes()
{
    // Callers react to a duplicate or a refused value by its code, never by the engine's
    // message text.
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    const QString insert = QStringLiteral("INSERT INTO categories(name, path) VALUES (?, ?)");
    storage::SqlQuery first(db->connection(), insert, QStringLiteral("categories"));
    QVERIFY(first.exec({QStringLiteral("A"), QStringLiteral("A")}).ok());
    storage::SqlQuery again(db->connection(), insert, QStringLiteral("categories"));
    const Status duplicate = again.exec({QStringLiteral("B"), QStringLiteral("A")});
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().code, ErrorCode::UniqueViolation);
    // A sentence a user can read (translated in the GUI), then as a detail the statement's
    // purpose and the engine's words; nothing in front of the sentence.
    QVERIFY2(duplicate.error().toString().startsWith(QStringLiteral("That value is already taken")),
             qPrintable(duplicate.error().toString()));
    QVERIFY2(duplicate.error().message.endsWith(u')') &&
                 duplicate.error().message.contains(
                     QStringLiteral(" (categories: UNIQUE constraint failed")),
             qPrintable(duplicate.error().message));
    storage::SqlQuery empty(db->connection(), insert, QStringLiteral("categories"));
    const Status refused = empty.exec({QString(), QStringLiteral("C")});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::CheckViolation);
    storage::SqlQuery broken(db->connection(), QStringLiteral("SELECT * FROM no_such_table"),
                             QStringLiteral("nothing"));
    const Status failed = broken.exec();
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, ErrorCode::Failed);
    QVERIFY2(failed.error().toString().startsWith(
                 QStringLiteral("The database could not carry out the request. (nothing: no "
                                "such table")),
             qPrintable(failed.error().toString()));
}

void TestDatabase::ftsQueryQuotesOperators()
{
    storage::SqliteDialect dialect;
    QCOMPARE(dialect.fullTextQuery(QStringLiteral("trail run")),
             QStringLiteral("\"trail\"* \"run\"*"));
    QCOMPARE(dialect.fullTextQuery(QStringLiteral("tent NEAR(\"x\") OR *")),
             QStringLiteral("\"tent\"* \"NEAR\"* \"x\"* \"OR\"*"));
    QCOMPARE(dialect.fullTextQuery(QStringLiteral("  ' ; -- ")), QString());
    QCOMPARE(dialect.fullTextQuery(QStringLiteral("Café")), QStringLiteral("\"Café\"*"));
}

void TestDatabase::createsWalAndShmReadableByOwnerOnly()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    // A write makes SQLite create the -wal and -shm files (WAL mode).
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO categories(name, path) VALUES ('A', 'A')")));
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString path = db->path() + QLatin1String(suffix);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(QFile::permissions(path) & testing::kAllPermissions, ownerOnly);
    }
}

void TestDatabase::tightensLooseExistingFiles()
{
    // A database copied or restored with the usual 0644 (and its WAL and SHM files) is made
    // owner-only when opened.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(Database::open(path).ok()); // closed again: SQLite removes its -wal and -shm
    const QFile::Permissions loose =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther; // 0644
    const QStringList files = {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    for (const QString &file : files) {
        if (!QFile::exists(file)) { // empty ones, as a crash may leave them
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QVERIFY(QFile::setPermissions(file, loose));
        QCOMPARE(QFile::permissions(file) & testing::kAllPermissions, loose);
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().toString()));
    for (const QString &file : files)
        QCOMPARE(QFile::permissions(file) & testing::kAllPermissions,
                 QFile::ReadOwner | QFile::WriteOwner);
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO categories(name, path) VALUES ('A', 'A')")));
}

void TestDatabase::createsAccountTablesInVersion2()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    QVERIFY(*db->schemaVersion() >= 2);
    const QStringList names = tableNames(*db);
    for (const char *table :
         {"sessions", "audit_log", "login_throttle", "user_favourite_categories", "auth_keys"})
        QVERIFY2(names.contains(QLatin1String(table)), table);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT length(value) FROM auth_keys WHERE name = 'throttle'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 32);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
