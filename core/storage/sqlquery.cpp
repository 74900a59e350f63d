#include "sqlquery.h"

#include "sqldialect.h"

namespace storefront::storage {

QString SqlQuery::withDetail(const QString &sentence, const QString &detail)
{
    const QString trimmed = detail.trimmed();
    return trimmed.isEmpty() ? sentence : sentence + QStringLiteral(" (") + trimmed + u')';
}

namespace {

/// What a user is told about an engine failure of kind `kind`.
QString sentenceFor(EngineFailure kind)
{
    switch (kind) {
    case EngineFailure::Busy:
        return SqlQuery::tr("The database is busy: another program or terminal is using it. "
                            "Try again in a moment.");
    case EngineFailure::ReadOnly:
        return SqlQuery::tr("The database cannot be changed: it is read-only. Check the file's "
                            "permissions or the server's settings.");
    case EngineFailure::Full:
        return SqlQuery::tr("The disk holding the database is full; nothing was saved.");
    case EngineFailure::Damaged:
        return SqlQuery::tr("The database file is damaged or is not a Storefront database.");
    case EngineFailure::Unreadable:
        return SqlQuery::tr("The database file cannot be read or written.");
    case EngineFailure::Duplicate:
        return SqlQuery::tr("That value is already taken: it must be unique in the store.");
    case EngineFailure::Refused:
        return SqlQuery::tr("The database refused a value that is empty or out of range.");
    case EngineFailure::Reference:
        return SqlQuery::tr("The change would break a link between entries: something still "
                            "refers to it, or it refers to something that no longer exists.");
    case EngineFailure::Other:
        break;
    }
    return SqlQuery::tr("The database could not carry out the request.");
}

} // namespace

Error SqlQuery::failure(const QSqlError &error, QString where)
{
    return fail(errorCodeOf(error), withDetail(sentenceFor(engineFailureOf(error)), error.text()),
                std::move(where));
}

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql, QString purpose)
    : m_query(db)
    , m_purpose(std::move(purpose))
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

Error SqlQuery::error() const
{
    // The purpose goes into the detail, not `where`: it is the program's word for the
    // statement, and toString() would put it in front of the user's sentence.
    const QSqlError e = m_query.lastError();
    return fail(errorCodeOf(e), withDetail(sentenceFor(engineFailureOf(e)),
                                           m_purpose + QStringLiteral(": ") + e.text()));
}

Error SqlQuery::noAnswer(const QString &purpose)
{
    return fail(withDetail(tr("The database returned no answer."), purpose));
}

Status SqlQuery::exec(std::initializer_list<QVariant> values)
{
    return execList(QVariantList(values));
}

Status SqlQuery::execList(const QVariantList &values)
{
    if (!m_prepared)
        return error();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // Qt binds a null QString as SQL NULL; an absent text is '' here, and NULL is spelt
        // as an invalid QVariant.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            m_query.bindValue(i, QStringLiteral(""));
        else
            m_query.bindValue(i, value);
    }
    if (!m_query.exec())
        return error();
    return {};
}

Result<QVariant> SqlQuery::scalar(std::initializer_list<QVariant> values)
{
    if (Status s = exec(values); !s)
        return s.error();
    if (!m_query.next())
        return noAnswer(m_purpose);
    return m_query.value(0);
}

Result<qint64> SqlQuery::insertedId()
{
    if (!m_query.next())
        return fail(
            withDetail(tr("The database did not return the new entry's number."), m_purpose));
    const qint64 id = m_query.value(0).toLongLong();
    m_query.finish();
    return id;
}

Result<QSet<qint64>> SqlQuery::ids(std::initializer_list<QVariant> values)
{
    if (Status s = exec(values); !s)
        return s.error();
    QSet<qint64> out;
    while (m_query.next())
        out.insert(m_query.value(0).toLongLong());
    return out;
}

Result<bool> SqlQuery::changed(std::initializer_list<QVariant> values)
{
    if (Status s = exec(values); !s)
        return s.error();
    return m_query.numRowsAffected() > 0;
}

} // namespace storefront::storage
