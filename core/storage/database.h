#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMetaObject>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace storefront::storage {

class SqlDialect;

/// One store database: opens it, sets its pragmas, migrates it to the newest schema, and
/// hands every thread its own named connection (Qt allows a connection only on the thread
/// that made it). Thread-safe.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(storefront::storage::Database)

public:
    struct Options
    {
        /// Milliseconds SQLite waits on a lock held by another connection before failing.
        int busyTimeoutMs = 5000;
        /// Migrate to the newest schema on open (off only for migration tests).
        bool migrate = true;
    };

    /// Opens (creating if needed) the SQLite database at `path` and migrates it. Refuses a
    /// database written by a newer program, naming both versions.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path);
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path,
                                                                const Options &options);

    /// The default location: QStandardPaths::AppDataLocation/storefront.sqlite.
    [[nodiscard]] static QString defaultPath();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] const SqlDialect &dialect() const { return *m_dialect; }

    /// The calling thread's connection, opened and configured on first use. Invalid (with
    /// the reason in lastError()) if the file cannot be opened.
    [[nodiscard]] QSqlDatabase connection() const;

    /// Runs `work` inside one transaction on the calling thread's connection: committed
    /// when it returns success, rolled back otherwise.
    Status transaction(const std::function<Status(QSqlDatabase &)> &work) const;

    /// The schema version stored in the file (PRAGMA user_version).
    [[nodiscard]] Result<int> schemaVersion() const;

private:
    Database(QString path, Options options);
    /// connection(), with the reason when opening it here and now fails.
    [[nodiscard]] Result<QSqlDatabase> threadConnection() const;
    Result<QSqlDatabase> openConnection(const QString &name) const;
    void dropConnection(QThread *thread) const;

    QString m_path;
    Options m_options;
    std::unique_ptr<SqlDialect> m_dialect;
    mutable QMutex m_mutex;
    struct Connection
    {
        QString name;
        QMetaObject::Connection threadFinished;
    };
    mutable QHash<QThread *, Connection> m_connections;
    QString m_prefix;
};

} // namespace storefront::storage
