#pragma once

// Shared fixtures for the tests: a fresh database in a temporary folder and products built
// from a few fields. Header-only so that each test executable stays independent.

#include "catalog/product.h"
#include "storage/database.h"
#include "storage/productrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace storefront::testing {

/// The owner, group and other bits: QFile::permissions() also sets the ReadUser... bits of
/// whoever runs the test, which a comparison must leave out.
inline const QFile::Permissions kAllPermissions =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup |
    QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

inline std::unique_ptr<storage::Database>
openDatabase(const QTemporaryDir &dir, const QString &name = QStringLiteral("store.sqlite"))
{
    auto db = storage::Database::open(dir.filePath(name));
    if (!db)
        qFatal("cannot open test database: %s", qPrintable(db.error().toString()));
    return std::move(*db);
}

inline catalog::Product product(const QString &sku, const QString &title, const QString &category,
                                const QString &brand, qint64 priceCents,
                                const QString &description = {})
{
    catalog::Product p;
    p.sku = sku;
    p.title = title;
    p.categoryPath = category;
    p.brand = brand;
    p.priceCents = priceCents;
    p.description = description;
    p.stock = 10;
    return p;
}

inline qint64 insert(const storage::Database &db, const catalog::Product &p)
{
    qint64 id = 0;
    const Status s = db.transaction([&](QSqlDatabase &c) -> Status {
        auto r = storage::ProductRepository::insert(c, p);
        if (!r)
            return r.error();
        id = *r;
        return {};
    });
    if (!s)
        qFatal("insert failed: %s", qPrintable(s.error().toString()));
    return id;
}

/// Writes `content` to `path`, creating its folder.
inline QString writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

/// Every row of every table, as text: two equal dumps mean equal content.
inline QStringList dumpContent(const storage::Database &db)
{
    QStringList lines;
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' AND name NOT LIKE '%fts_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : names) {
        QSqlQuery rows(db.connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(name));
        while (rows.next()) {
            QStringList fields;
            for (int i = 0; i < rows.record().count(); ++i)
                fields << rows.value(i).toString();
            lines << name + QLatin1Char('|') + fields.join(QLatin1Char('|'));
        }
    }
    return lines;
}

} // namespace storefront::testing
