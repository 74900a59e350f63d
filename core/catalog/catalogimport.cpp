#include "catalogimport.h"

#include "catalog/csv.h"
#include "catalog/imagerules.h"
#include "catalog/medialocator.h"
#include "common/logging.h"
#include "storage/auditrepository.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/productrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace storefront::catalog {

namespace {

/// Row and file problems are shown in the import preview.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(storefront::catalog::CatalogImport)
};

} // namespace

namespace {

QString fieldText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Double:
    case QJsonValue::String:
        break;
    }
    // A number's shortest round-trip text: 19.99 stays "19.99", 19.999 fails as a price.
    return value.toVariant().toString();
}

/// The 1-based line of each product object: QJsonDocument keeps no positions, so the text
/// is scanned once for objects opened directly inside the products array.
QList<int> productObjectLines(const QByteArray &json)
{
    QList<int> lines;
    QByteArray stack;
    int line = 1;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (c == '{' && (stack == "[" || stack == "{["))
                lines << line;
            stack.append(c);
        } else if ((c == '}' || c == ']') && !stack.isEmpty()) {
            stack.chop(1);
        }
    }
    return lines;
}

/// Where a row's picture is: relative to the file, else in a folder next to it named after
/// the file, else in images/ next to it.
QString locateImage(const QFileInfo &file, const QString &image)
{
    const QDir base = file.absoluteDir();
    const QStringList candidates = {
        base.filePath(image), base.filePath(file.completeBaseName() + QLatin1Char('/') + image),
        base.filePath(QStringLiteral("images/") + image)};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isFile())
            return QFileInfo(candidate).absoluteFilePath();
    }
    return {};
}

/// Turns one record's text fields into a preview row: parsing, validation, duplicates within
/// the file and the picture.
class RowReader
{
public:
    RowReader(ImportPreview &preview, const PictureDecoder *pictures)
        : m_preview(preview)
        , m_pictures(pictures)
        , m_file(preview.path)
    {}

    void add(int line, ProductFields fields, std::vector<FieldProblem> problems = {})
    {
        // An absolute picture path is accepted and stored under images/ in the media folder.
        QString image = fields.value(QStringLiteral("image")).trimmed();
        QString source;
        if (QDir::isAbsolutePath(image)) {
            source = image;
            image = QStringLiteral("images/") + QFileInfo(image).fileName();
            fields.insert(QStringLiteral("image"), image);
        }
        auto parsed = ProductValidator::parse(fields);
        PreviewRow row;
        row.line = line;
        row.problems = std::move(problems);
        for (FieldProblem &p : parsed.problems)
            row.problems.push_back(std::move(p));
        row.product = std::move(parsed.product);

        const QString &sku = row.product.sku;
        if (!sku.isEmpty() && m_skuLines.contains(sku))
            row.problems.push_back({QStringLiteral("sku"), ImportText::tr("\"%1\" is already "
                                                                          "used on line %2")
                                                               .arg(sku)
                                                               .arg(m_skuLines.value(sku))});
        else if (!sku.isEmpty())
            m_skuLines.insert(sku, line);

        const bool imageOk =
            std::none_of(row.problems.begin(), row.problems.end(),
                         [](const FieldProblem &p) { return p.field == QStringLiteral("image"); });
        if (!image.isEmpty() && imageOk) {
            if (source.isEmpty())
                source = locateImage(m_file, row.product.imagePath);
            if (source.isEmpty())
                row.problems.push_back(
                    {QStringLiteral("image"),
                     ImportText::tr("file \"%1\" does not exist (looked next to the file, in "
                                    "%2/ and in images/)")
                         .arg(m_file.absoluteDir().filePath(row.product.imagePath),
                              m_file.completeBaseName())});
            else if (Status s = ImageRules::checkFile(source); !s)
                row.problems.push_back({QStringLiteral("image"), s.error().message});
            else if (Status d = decodes(source); !d)
                row.problems.push_back({QStringLiteral("image"), d.error().message});
            else
                row.imageSource = source;
        }
        m_preview.rows.push_back(std::move(row));
    }

private:
    /// Many rows share a picture: each file is decoded once.
    Status decodes(const QString &source)
    {
        if (!m_pictures)
            return {};
        auto known = m_decoded.constFind(source);
        if (known == m_decoded.cend())
            known = m_decoded.insert(source, m_pictures->check(source));
        return *known;
    }

    ImportPreview &m_preview;
    const PictureDecoder *m_pictures;
    QHash<QString, Status> m_decoded;
    QFileInfo m_file;
    QHash<QString, int> m_skuLines;
};

/// Reports `fraction` and says whether to go on; marks the preview cancelled otherwise.
bool continueWith(ImportPreview &preview, const ImportControl &control, double fraction)
{
    if (control.isCancelled()) {
        preview.cancelled = true;
        return false;
    }
    control.report(fraction);
    return true;
}

/// `control` for one part of a longer step: fractions map into [from, to].
ImportControl part(const ImportControl &control, double from, double to)
{
    ImportControl scaled;
    scaled.cancelled = control.cancelled;
    scaled.pictures = control.pictures;
    if (control.progress)
        scaled.progress = [progress = control.progress, from, to](double fraction) {
            progress(from + (to - from) * fraction);
        };
    return scaled;
}

void readCsv(ImportPreview &preview, const ImportControl &control)
{
    const QString &path = preview.path;
    auto records = Csv::readFile(path);
    if (!records) {
        preview.fileProblems.push_back(records.error());
        return;
    }
    if (records->empty()) {
        preview.fileProblems.push_back(fail(ImportText::tr("the file is empty; expected a header "
                                                           "row with at least sku, name and price"),
                                            path + QStringLiteral(":1")));
        return;
    }
    const CsvRecord &header = records->front();
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        const QString where = QStringLiteral("%1:%2:%3").arg(path).arg(header.line).arg(name);
        if (!ProductValidator::fieldNames().contains(name))
            preview.fileProblems.push_back(
                fail(ImportText::tr("unknown column; known columns are %1")
                         .arg(ProductValidator::fieldNames().join(QStringLiteral(", "))),
                     where));
        else if (column.contains(name))
            preview.fileProblems.push_back(fail(ImportText::tr("column appears twice"), where));
        else
            column.insert(name, i);
    }
    for (const char *required : {"sku", "name", "price"}) {
        if (!column.contains(QLatin1String(required)))
            preview.fileProblems.push_back(
                fail(ImportText::tr("missing required column \"%1\"").arg(QLatin1String(required)),
                     QStringLiteral("%1:%2").arg(path).arg(header.line)));
    }
    if (!preview.fileProblems.empty())
        return;

    RowReader reader(preview, control.pictures.get());
    for (size_t r = 1; r < records->size(); ++r) {
        if (!continueWith(preview, control, double(r - 1) / double(records->size() - 1)))
            return;
        const CsvRecord &record = records->at(r);
        if (record.fields.size() != header.fields.size()) {
            PreviewRow row;
            row.line = record.line;
            row.problems.push_back({QStringLiteral("*"), ImportText::tr("has %1 fields, the "
                                                                        "header has %2")
                                                             .arg(record.fields.size())
                                                             .arg(header.fields.size())});
            preview.rows.push_back(std::move(row));
            continue;
        }
        ProductFields fields;
        for (auto it = column.cbegin(); it != column.cend(); ++it)
            fields.insert(it.key(), record.fields.at(it.value()));
        reader.add(record.line, std::move(fields));
    }
}

void readJson(ImportPreview &preview, const ImportControl &control)
{
    const QString &path = preview.path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.fileProblems.push_back(
            fail(ImportText::tr("cannot read: %1").arg(file.errorString()), path));
        return;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(error.offset).count('\n')) + 1;
        preview.fileProblems.push_back(
            fail(ImportText::tr("is not valid JSON: %1").arg(error.errorString()),
                 QStringLiteral("%1:%2").arg(path).arg(line)));
        return;
    }
    QJsonArray products;
    if (doc.isArray())
        products = doc.array();
    else if (doc.isObject() && doc.object().value(QStringLiteral("products")).isArray())
        products = doc.object().value(QStringLiteral("products")).toArray();
    else {
        preview.fileProblems.push_back(
            fail(ImportText::tr("expected {\"products\": [...]} or an array of products"),
                 path + QStringLiteral(":1")));
        return;
    }
    const QList<int> lines = productObjectLines(bytes);
    RowReader reader(preview, control.pictures.get());
    for (qsizetype i = 0; i < products.size(); ++i) {
        if (!continueWith(preview, control, double(i) / double(products.size())))
            return;
        const int line = i < lines.size() ? lines.at(i) : 1;
        if (!products.at(i).isObject()) {
            PreviewRow row;
            row.line = line;
            row.problems.push_back({QStringLiteral("*"), ImportText::tr("product %1 is not a "
                                                                        "JSON object")
                                                             .arg(i + 1)});
            preview.rows.push_back(std::move(row));
            continue;
        }
        const QJsonObject object = products.at(i).toObject();
        ProductFields fields;
        std::vector<FieldProblem> problems;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!ProductValidator::fieldNames().contains(it.key()))
                problems.push_back({it.key(), ImportText::tr("unknown field; known fields are %1")
                                                  .arg(ProductValidator::fieldNames().join(
                                                      QStringLiteral(", ")))});
            else
                fields.insert(it.key(), fieldText(it.value()));
        }
        reader.add(line, std::move(fields), std::move(problems));
    }
}

QString where(const ImportPreview &preview, const PreviewRow &row, const QString &field)
{
    return QStringLiteral("%1:%2:%3").arg(preview.path).arg(row.line).arg(field);
}

/// Puts the row's picture into the media folder under its image path, or under a
/// content-hash name when a different picture is stored there (the row then points at it).
/// Returns the file it created; empty when the picture was there already.
Result<QString> storeImage(PreviewRow &row, const QDir &media)
{
    QFile source(row.imageSource);
    if (!source.open(QIODevice::ReadOnly))
        return fail(source.errorString());
    const QByteArray content = source.readAll();
    QString target = media.filePath(row.product.imagePath);
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(row.imageSource).absoluteFilePath())
        return QString();
    if (QFileInfo::exists(target)) {
        QFile existing(target);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == content)
            return QString();
        row.product.imagePath =
            ImageRules::mediaNameFor(content, QFileInfo(row.imageSource).suffix());
        target = media.filePath(row.product.imagePath);
        if (QFileInfo::exists(target))
            return QString(); // the same content, stored by an earlier import
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit())
        return fail(
            ImportText::tr("cannot copy the picture to %1: %2").arg(target, out.errorString()));
    return target;
}

/// What copyImages() created: every file (to remove again if the write fails), and how many
/// of them are originals.
struct CopiedImages
{
    QStringList files;
    int originals = 0;
};

/// Copies the pictures into the media folder before the transaction, with their scaled
/// copies when the control can decode, so that a failed copy refuses the import.
Result<CopiedImages> copyImages(std::vector<PreviewRow> &rows, const QString &mediaDir,
                                const QString &path, const ImportControl &control)
{
    CopiedImages copied;
    QStringList &created = copied.files;
    const QDir media(mediaDir);
    auto undo = [&created] {
        for (const QString &file : std::as_const(created))
            QFile::remove(file);
    };
    for (size_t i = 0; i < rows.size(); ++i) {
        PreviewRow &row = rows[i];
        if (control.isCancelled()) {
            undo();
            return CatalogImport::cancelledError();
        }
        control.report(double(i) / double(rows.size()));
        if (row.imageSource.isEmpty())
            continue;
        const QString where = QStringLiteral("%1:%2:image").arg(path).arg(row.line);
        auto stored = storeImage(row, media);
        if (!stored) {
            undo();
            return fail(stored.error().message, where);
        }
        if (!stored->isEmpty()) {
            created << *stored;
            ++copied.originals;
        }
        if (!control.pictures)
            continue;
        auto scaled = control.pictures->writeScaledCopies(mediaDir, row.product.imagePath);
        if (!scaled) {
            undo();
            return fail(scaled.error().message, where);
        }
        created << *scaled;
    }
    return copied;
}

/// An audit entry by `actor` at `now`; the command line's account goes into the detail.
storage::AuditEntry auditEntry(const ImportActor &actor, qint64 now)
{
    storage::AuditEntry entry;
    entry.at = now;
    entry.actorUserId = actor.userId;
    if (!actor.osAccount.isEmpty())
        entry.detail.insert(QStringLiteral("os_account"), actor.osAccount);
    return entry;
}

} // namespace

int ImportPreview::rowProblemCount() const
{
    int n = 0;
    for (const PreviewRow &row : rows)
        n += int(row.problems.size());
    return n;
}

int ImportPreview::newCount() const
{
    return int(std::count_if(rows.begin(), rows.end(),
                             [](const PreviewRow &r) { return r.existingId == 0; }));
}

bool ImportPreview::canConfirm() const
{
    return !cancelled && fileProblems.empty() && rowProblemCount() == 0 && !rows.empty();
}

std::vector<Error> ImportPreview::allProblems() const
{
    std::vector<Error> all = fileProblems;
    for (const PreviewRow &row : rows) {
        for (const FieldProblem &p : row.problems)
            all.push_back(fail(p.message, where(*this, row, p.field)));
    }
    return all;
}

std::optional<CatalogFormat> CatalogImport::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("csv"))
        return CatalogFormat::Csv;
    if (suffix == QStringLiteral("json"))
        return CatalogFormat::Json;
    return std::nullopt;
}

ImportPreview CatalogImport::read(const QString &path, std::optional<CatalogFormat> format,
                                  const ImportControl &control)
{
    ImportPreview preview;
    preview.path = path;
    if (!format)
        format = formatFor(path);
    if (!format) {
        preview.fileProblems.push_back(
            fail(ImportText::tr("unknown catalog format; name the file .csv or .json"), path));
        return preview;
    }
    preview.format = *format;
    if (*format == CatalogFormat::Csv)
        readCsv(preview, control);
    else
        readJson(preview, control);
    if (!preview.cancelled)
        control.report(1.0);
    return preview;
}

ImportPreview CatalogImport::preview(const storage::Database &db, const QString &path,
                                     std::optional<CatalogFormat> format,
                                     const ImportControl &control)
{
    // Reading and checking the pictures is most of the work; the look-ups are quick.
    ImportPreview preview = read(path, format, part(control, 0.0, 0.8));
    if (preview.cancelled)
        return preview;
    const ImportControl lookups = part(control, 0.8, 1.0);
    QSqlDatabase connection = db.connection();
    for (size_t i = 0; i < preview.rows.size(); ++i) {
        if (!continueWith(preview, lookups, double(i) / double(preview.rows.size())))
            return preview;
        PreviewRow &row = preview.rows[i];
        if (!row.product.sku.isEmpty()) {
            auto id = storage::ProductRepository::idBySku(connection, row.product.sku);
            if (!id)
                row.problems.push_back({QStringLiteral("sku"), id.error().message});
            else
                row.existingId = id->value_or(0);
        }
        if (row.product.categoryPath.isEmpty())
            continue;
        auto category = storage::CategoryRepository::findPath(connection, row.product.categoryPath);
        if (!category || !category->has_value())
            continue; // a new category is created on confirm
        auto found = storage::CategoryRepository::byId(connection, **category);
        if (found && found->has_value() && !(*found)->active)
            row.problems.push_back({QStringLiteral("categories"),
                                    ImportText::tr("\"%1\" is archived; unarchive it first")
                                        .arg(row.product.categoryPath)});
    }
    control.report(1.0);
    return preview;
}

Error CatalogImport::cancelledError()
{
    return fail(ErrorCode::Cancelled,
                ImportText::tr("the import was cancelled; nothing was written"));
}

Result<ImportResult> CatalogImport::confirm(const storage::Database &db,
                                            const ImportPreview &preview, const QString &mediaDir,
                                            const ImportActor &actor, qint64 now,
                                            const ImportControl &control)
{
    if (!preview.canConfirm()) {
        QStringList lines;
        for (const Error &e : preview.allProblems())
            lines << e.toString();
        if (lines.isEmpty())
            lines << fail(ImportText::tr("the file holds no products"), preview.path).toString();
        return fail(
            ImportText::tr("%n problem(s), nothing imported:\n", nullptr, int(lines.size())) +
            lines.join(QLatin1Char('\n')));
    }
    std::vector<PreviewRow> rows = preview.rows;
    CopiedImages copied;
    if (!mediaDir.isEmpty()) {
        auto images = copyImages(rows, mediaDir, preview.path, part(control, 0.0, 0.3));
        if (!images)
            return images.error();
        copied = *images;
    }

    ImportResult result;
    const storage::ProductRepository products(db);
    const ImportControl writing = part(control, 0.3, 1.0);
    Status written = db.transaction([&](QSqlDatabase &connection) -> Status {
        for (size_t i = 0; i < rows.size(); ++i) {
            // Returning an Error rolls the transaction back: a cancelled import writes nothing.
            if (writing.isCancelled())
                return cancelledError();
            writing.report(double(i) / double(rows.size()));
            const PreviewRow &row = rows[i];
            const QString at = QStringLiteral("%1:%2").arg(preview.path).arg(row.line);
            auto before = products.bySku(row.product.sku);
            if (!before)
                return fail(before.error().toString(), at);
            auto id = storage::ProductRepository::upsertBySku(connection, row.product);
            if (!id)
                return fail(id.error().toString(), at);
            auto after = products.byId(*id);
            if (!after || !after->has_value())
                return fail(ImportText::tr("the product vanished while importing"), at);
            const QJsonObject changes =
                ProductValidator::changes(before->value_or(Product{}), **after);
            if (before->has_value())
                ++result.summary.updated;
            else
                ++result.summary.inserted;
            result.productIds << *id;
            if (changes.isEmpty())
                continue;
            storage::AuditEntry entry = auditEntry(actor, now);
            entry.action = before->has_value() ? QStringLiteral("catalog.product.import_update")
                                               : QStringLiteral("catalog.product.import_create");
            entry.subjectProductId = *id;
            entry.detail.insert(QStringLiteral("sku"), row.product.sku);
            entry.detail.insert(QStringLiteral("changes"), changes);
            if (Status s = storage::AuditRepository::insert(connection, entry); !s)
                return s;
        }
        storage::AuditEntry entry = auditEntry(actor, now);
        entry.action = QStringLiteral("catalog.import");
        entry.detail.insert(QStringLiteral("file"), QFileInfo(preview.path).fileName());
        entry.detail.insert(QStringLiteral("inserted"), result.summary.inserted);
        entry.detail.insert(QStringLiteral("updated"), result.summary.updated);
        if (Status s = storage::AuditRepository::insert(connection, entry); !s)
            return s;
        // The last moment a cancel can still undo everything.
        if (writing.isCancelled())
            return cancelledError();
        return {};
    });
    if (!written) {
        for (const QString &file : std::as_const(copied.files))
            QFile::remove(file);
        return written.error();
    }
    result.summary.imagesCopied = copied.originals;
    control.report(1.0);
    return result;
}

Status CatalogImport::exportFile(const storage::Database &db, const QString &path,
                                 const MediaLocator *bundle)
{
    const auto format = formatFor(path);
    if (!format)
        return fail(ImportText::tr("unknown catalog format; name the file .csv or .json"), path);
    auto products = storage::ProductRepository(db).all();
    if (!products)
        return products.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ImportText::tr("cannot write: %1").arg(file.errorString()), path);
    const QStringList &names = ProductValidator::fieldNames();
    if (*format == CatalogFormat::Csv) {
        QString out = Csv::formatRecord(names);
        for (const Product &p : *products) {
            const ProductFields fields = ProductValidator::toFields(p);
            QStringList record;
            for (const QString &name : names)
                record << fields.value(name);
            out += Csv::formatRecord(record);
        }
        file.write(out.toUtf8());
    } else {
        QJsonArray array;
        for (const Product &p : *products) {
            array.append(QJsonObject{
                {QStringLiteral("sku"), p.sku},
                {QStringLiteral("name"), p.title},
                {QStringLiteral("categories"), p.categoryPath},
                {QStringLiteral("brand"), p.brand},
                // Text, not a JSON number: cents survive exactly whatever reads the file.
                {QStringLiteral("price"), formatCents(p.priceCents)},
                {QStringLiteral("currency"), p.currency},
                {QStringLiteral("stock"), p.stock},
                {QStringLiteral("image"), p.imagePath},
                {QStringLiteral("description"), p.description},
                {QStringLiteral("attributes"), p.attributes},
                {QStringLiteral("active"), p.active},
            });
        }
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("products"), array}})
                       .toJson(QJsonDocument::Indented));
    }
    if (!file.commit())
        return fail(ImportText::tr("cannot write: %1").arg(file.errorString()), path);

    if (bundle) {
        const QDir target = QFileInfo(path).absoluteDir();
        for (const Product &p : *products) {
            const QString source = bundle->resolve(p.imagePath);
            const QString copy = target.filePath(p.imagePath);
            if (source.isEmpty() || QFileInfo::exists(copy))
                continue;
            QDir().mkpath(QFileInfo(copy).absolutePath());
            if (!QFile::copy(source, copy))
                qCWarning(lcCatalog) << "could not bundle a picture with the export";
        }
    }
    return {};
}

} // namespace storefront::catalog
