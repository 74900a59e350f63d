#include "catalogcsv.h"

#include "catalog/catalogimport.h"
#include "catalog/productvalidator.h"

#include <QDateTime>

namespace storefront::catalog {

const QStringList &CatalogCsv::columns()
{
    return ProductValidator::fieldNames();
}

std::optional<qint64> CatalogCsv::parsePrice(const QString &text)
{
    return ProductValidator::parsePrice(text);
}

ParsedCatalog CatalogCsv::parseFile(const QString &path)
{
    const ImportPreview preview = CatalogImport::read(path, CatalogFormat::Csv);
    ParsedCatalog parsed;
    parsed.problems = preview.allProblems();
    for (const PreviewRow &row : preview.rows) {
        if (row.problems.empty())
            parsed.rows.push_back({row.line, row.product, row.imageSource});
    }
    return parsed;
}

Result<ImportSummary> CatalogCsv::importFile(const storage::Database &db, const QString &path,
                                             const QString &mediaDir)
{
    const ImportPreview preview = CatalogImport::preview(db, path, CatalogFormat::Csv);
    auto result =
        CatalogImport::confirm(db, preview, mediaDir, 0, QDateTime::currentSecsSinceEpoch());
    if (!result)
        return result.error();
    return result->summary;
}

Status CatalogCsv::exportFile(const storage::Database &db, const QString &path)
{
    return CatalogImport::exportFile(db, path);
}

} // namespace storefront::catalog
