#include "sqlquery.h"

#include "sqldialect.h"

#include <QSqlError>

namespace storefront::storage {

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql, QString purpose)
    : m_query(db)
    , m_purpose(std::move(purpose))
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

Error SqlQuery::error() const
{
    return fail(errorCodeOf(m_query.lastError()), m_query.lastError().text(), m_purpose);
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
        return fail(QStringLiteral("no row"), m_purpose);
    return m_query.value(0);
}

Result<qint64> SqlQuery::insertedId()
{
    if (!m_query.next())
        return fail(QStringLiteral("the insert returned no id"), m_purpose);
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
