#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace storefront::storage {

/// A prepared, forward-only statement with positional bound values, reporting failures as
/// Error values: a sentence for the user, then as a detail the statement's purpose and the
/// engine's words (never the bound values, which may hold personal data).
class SqlQuery
{
    Q_DECLARE_TR_FUNCTIONS(storefront::storage::SqlQuery)

public:
    SqlQuery(const QSqlDatabase &db, const QString &sql, QString purpose);

    [[nodiscard]] bool prepared() const { return m_prepared; }
    /// Binds values (in order) and executes.
    Status exec(std::initializer_list<QVariant> values = {});
    Status execList(const QVariantList &values);
    bool next() { return m_query.next(); }
    [[nodiscard]] QVariant value(int index) const { return m_query.value(index); }
    /// After an `INSERT ... RETURNING id`: the new row's id. Standard SQL that SQLite (3.35+)
    /// and PostgreSQL share, unlike the drivers' lastInsertId (PostgreSQL's needs OIDs).
    Result<qint64> insertedId();
    [[nodiscard]] int numRowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }
    QSqlQuery &raw() { return m_query; }

    /// Executes and returns the first column of every row as a set of ids.
    Result<QSet<qint64>> ids(std::initializer_list<QVariant> values = {});
    /// Executes a write and returns whether it changed any row.
    Result<bool> changed(std::initializer_list<QVariant> values = {});

    /// Executes and returns the first column of the first row, or an error if no row.
    Result<QVariant> scalar(std::initializer_list<QVariant> values = {});

    /// A failed statement or connection as a user reads it: a translated sentence saying what
    /// went wrong (busy, read-only, duplicate...), the engine's own text appended as a detail,
    /// and the engine's ErrorCode.
    [[nodiscard]] static Error failure(const QSqlError &error, QString where);
    /// A read of `purpose` that found no row where one was due.
    [[nodiscard]] static Error noAnswer(const QString &purpose);
    /// `sentence` followed by the untranslated `detail` (an engine's or a file's own words).
    [[nodiscard]] static QString withDetail(const QString &sentence, const QString &detail);

private:
    Error error() const;

    QSqlQuery m_query;
    QString m_purpose;
    bool m_prepared = false;
};

} // namespace storefront::storage
