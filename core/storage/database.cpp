#include "database.h"

#include "common/handoff.h"
#include "common/logging.h"
#include "migrations.h"
#include "sqldialect.h"
#include "sqlquery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

namespace storefront::storage {

namespace {

/// Makes the database file and the -wal and -shm files next to it (those that exist)
/// readable and writable by their owner only: they hold accounts and session hashes.
Status restrictToOwner(const QString &path)
{
    for (const QString &file :
         QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(file))
            continue;
        // Only when someone else may read or write it: a file already private opens on a
        // read-only file system, and one made read-only on purpose stays so.
        constexpr QFile::Permissions kOthers = QFile::ReadGroup | QFile::WriteGroup |
                                               QFile::ExeGroup | QFile::ReadOther |
                                               QFile::WriteOther | QFile::ExeOther;
        if (!(QFile::permissions(file) & kOthers))
            continue;
        if (!QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner))
            return fail(Database::tr("The database file cannot be made readable by its owner "
                                     "only; make it so (chmod 600) or use another database."),
                        file);
    }
    return {};
}

} // namespace

Database::Database(QString path, Options options)
    : m_path(std::move(path))
    , m_options(options)
    , m_dialect(std::make_unique<SqliteDialect>())
    , m_prefix(QStringLiteral("storefront-") + QUuid::createUuid().toString(QUuid::Id128))
{}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        QObject::disconnect(it->threadFinished);
        // Only the owning thread may fetch a connection (Qt warns and hands out an invalid
        // one otherwise); removing another thread's closes it as its driver goes.
        if (it.key() == QThread::currentThread())
            QSqlDatabase::database(it->name, false).close();
        QSqlDatabase::removeDatabase(it->name);
    }
    m_connections.clear();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("storefront.sqlite"));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return open(path, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    if (path.isEmpty())
        return fail(tr("No database file was given."), QStringLiteral("--db"));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("The folder %1 cannot be created.").arg(info.absolutePath()), path);
    if (!info.exists()) {
        // Create the file owner-only before SQLite opens it: SQLite gives the -wal and -shm
        // files the same permissions as the database.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(SqlQuery::withDetail(tr("The database file cannot be created."),
                                             file.errorString()),
                        path);
    }
    // An existing file (made by an older program, copied or restored from a backup) may be
    // readable by others: it is tightened on every open, before SQLite opens it.
    if (Status s = restrictToOwner(info.absoluteFilePath()); !s)
        return s.error();

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), options));
    auto opened = db->threadConnection();
    if (!opened)
        return opened.error();
    QSqlDatabase connection = *opened;
    // A failed set-up pragma is only logged (see openConnection): a file that is not SQLite
    // is refused here, at the first read of its schema.
    QSqlQuery probe(connection);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
        return fail(errorCodeOf(probe.lastError()),
                    SqlQuery::withDetail(tr("This file is not a Storefront database."),
                                         probe.lastError().text()),
                    path);
    probe.finish();
    if (options.migrate) {
        if (Status migrated = Migrations::migrate(connection, db->dialect()); !migrated)
            return migrated.error();
    } else {
        auto version = db->schemaVersion();
        if (!version)
            return version.error();
        if (*version > Migrations::latestVersion())
            return fail(Migrations::tooNew(*version), path);
    }
    return db;
}

QSqlDatabase Database::connection() const
{
    auto opened = threadConnection();
    if (opened)
        return *opened;
    qCWarning(lcStorage) << "cannot open connection:" << opened.error().toString();
    // Registered all the same, so this second call returns it: statements on it fail with
    // the engine's reason.
    return *threadConnection();
}

Result<QSqlDatabase> Database::threadConnection() const
{
    QThread *thread = QThread::currentThread();
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = m_connections.value(thread).name;
    }
    if (!name.isEmpty())
        return QSqlDatabase::database(name, false);

    name = m_prefix + QLatin1Char('-') + QString::number(quintptr(thread), 16);
    auto opened = openConnection(name);
    // A pool thread that exits takes its connection with it; a later thread that reuses the
    // same QThread address then gets a fresh one.
    auto hook = QObject::connect(thread, &QThread::finished, thread,
                                 handoff::Carried([this, thread] { dropConnection(thread); }),
                                 Qt::DirectConnection);
    {
        QMutexLocker lock(&m_mutex);
        m_connections.insert(thread, Connection{name, hook});
    }
    return opened;
}

Result<QSqlDatabase> Database::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driver(), name);
    db.setDatabaseName(m_path);
    if (!db.open())
        return fail(
            errorCodeOf(db.lastError()),
            SqlQuery::withDetail(tr("The database cannot be opened."), db.lastError().text()),
            m_path);
    for (const QString &statement : m_dialect->connectionSetup(m_options.busyTimeoutMs)) {
        // Not a refusal: a read-only file that cannot switch to WAL can still be read. The
        // other pragmas (foreign keys above all) are set all the same.
        if (Status s = SqlQuery(db, statement, statement).exec(); !s)
            qCWarning(lcStorage) << "cannot set up connection:" << s.error().toString();
    }
    return db;
}

void Database::dropConnection(QThread *thread) const
{
    QMutexLocker lock(&m_mutex);
    const QString name = m_connections.take(thread).name;
    if (name.isEmpty())
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

Status Database::transaction(const std::function<Status(QSqlDatabase &)> &work) const
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return SqlQuery::failure(db.lastError(), m_path);
    Status result = work(db);
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        Error why = SqlQuery::failure(db.lastError(), m_path);
        db.rollback();
        return why;
    }
    return {};
}

Result<int> Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(m_dialect->readSchemaVersion()) || !query.next())
        return SqlQuery::failure(query.lastError(), m_path);
    return query.value(0).toInt();
}

} // namespace storefront::storage
