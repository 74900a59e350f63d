#include "catalogeditor.h"

#include "auth/authservice.h"
#include "catalog/imagerules.h"
#include "catalog/medialocator.h"
#include "storage/auditrepository.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/productrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtConcurrent>

namespace storefront::catalog {

namespace {

constexpr int kMaxCategoryName = 200;

QJsonObject categoryChanges(const Category &before, const Category &after)
{
    QJsonObject changed;
    auto add = [&](const char *field, const QJsonValue &a, const QJsonValue &b) {
        if (a != b)
            changed.insert(QLatin1String(field),
                           QJsonObject{{QStringLiteral("old"), a}, {QStringLiteral("new"), b}});
    };
    add("name", before.name, after.name);
    add("path", before.path, after.path);
    add("active", before.active, after.active);
    return changed;
}

bool sameCategory(const Category &a, const Category &b)
{
    return a.id == b.id && a.name == b.name && a.path == b.path && a.active == b.active;
}

bool sameProduct(const Product &a, const Product &b)
{
    return a.id == b.id && ProductValidator::toFields(a) == ProductValidator::toFields(b);
}

Status checkCategoryName(const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return fail(CatalogEditor::tr("is empty"), QStringLiteral("name"));
    if (clean.size() > kMaxCategoryName)
        return fail(CatalogEditor::tr("is longer than %1 characters").arg(kMaxCategoryName),
                    QStringLiteral("name"));
    if (clean.contains(QLatin1Char('>')))
        return fail(CatalogEditor::tr("may not contain '>' (it separates levels)"),
                    QStringLiteral("name"));
    return {};
}

/// What the undo button names, by the action's last part; English is the audit description.
struct UndoWords
{
    const char *verb;
    const char *product;  ///< nullptr: no product action of that name
    const char *category; ///< nullptr: no category action of that name
};

const UndoWords kUndoWords[] = {
    {"create", QT_TRANSLATE_NOOP("storefront::catalog::CatalogEditor", "create %1"),
     QT_TRANSLATE_NOOP("storefront::catalog::CatalogEditor", "create category %1")},
    {"update", QT_TRANSLATE_NOOP("storefront::catalog::CatalogEditor", "update %1"), nullptr},
    {"rename", nullptr,
     QT_TRANSLATE_NOOP("storefront::catalog::CatalogEditor", "rename category %1")},
    {"archive", QT_TRANSLATE_NOOP("storefront::catalog::CatalogEditor", "archive %1"),
     QT_TRANSLATE_NOOP("storefront::catalog::CatalogEditor", "archive category %1")},
    {"unarchive", QT_TRANSLATE_NOOP("storefront::catalog::CatalogEditor", "unarchive %1"),
     QT_TRANSLATE_NOOP("storefront::catalog::CatalogEditor", "unarchive category %1")},
};

} // namespace

struct CatalogEditor::Edit
{
    bool isProduct = true;
    bool created = false;
    std::optional<Product> productBefore;
    Product productAfter;
    Category categoryBefore;
    Category categoryAfter;
    QString description; ///< English, for the audit log ("update SKU-1")
    QString verb;        ///< the action's last part: create, update, rename, archive, unarchive
};

CatalogEditor::CatalogEditor(const storage::Database &db, auth::AuthService &auth,
                             auth::Session session, QString mediaDir, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_auth(auth)
    , m_session(std::move(session))
    , m_mediaDir(std::move(mediaDir))
{
    qRegisterMetaType<CatalogChange>();
    m_pool.setMaxThreadCount(1);
}

CatalogEditor::~CatalogEditor()
{
    m_pool.waitForDone();
}

Result<std::unique_ptr<CatalogEditor>> CatalogEditor::open(const storage::Database &db,
                                                           auth::AuthService &auth,
                                                           auth::Session session, QString mediaDir,
                                                           QObject *parent)
{
    if (Status s = auth.requirePermission(session, auth::Permission::CurateCatalog); !s)
        return s.error();
    return std::unique_ptr<CatalogEditor>(
        new CatalogEditor(db, auth, std::move(session), std::move(mediaDir), parent));
}

Result<qint64> CatalogEditor::curator()
{
    // Checked on every call: the session may have ended or lost its role since open().
    if (Status s = m_auth.requirePermission(m_session, auth::Permission::CurateCatalog); !s)
        return s.error();
    auto user = m_auth.currentUser(m_session);
    if (!user)
        return user.error();
    return user->id;
}

void CatalogEditor::announce(CatalogChange change)
{
    // From a worker the signal is queued to the editor's thread, where its receivers live;
    // it is posted before the worker's own result, so receivers see the change first.
    QMetaObject::invokeMethod(
        this, [this, change = std::move(change)] { Q_EMIT catalogChanged(change); },
        Qt::AutoConnection);
}

Result<std::vector<Product>> CatalogEditor::findProducts(const QString &text, int limit)
{
    if (auto who = curator(); !who)
        return who.error();
    return storage::ProductRepository(m_db).find(text, limit);
}

Result<std::optional<Product>> CatalogEditor::product(qint64 id)
{
    if (auto who = curator(); !who)
        return who.error();
    return storage::ProductRepository(m_db).byId(id);
}

Result<std::vector<Category>> CatalogEditor::categories()
{
    if (auto who = curator(); !who)
        return who.error();
    return storage::CategoryRepository(m_db).list(true);
}

Result<std::vector<FieldProblem>> CatalogEditor::check(const Product &draft)
{
    if (auto who = curator(); !who)
        return who.error();
    std::vector<FieldProblem> problems = ProductValidator::validate(draft);
    auto has = [&](const char *field) {
        return std::any_of(problems.begin(), problems.end(),
                           [&](const FieldProblem &p) { return p.field == QLatin1String(field); });
    };
    QSqlDatabase connection = m_db.connection();
    if (!has("sku")) {
        auto other = storage::ProductRepository::idBySku(connection, draft.sku);
        if (!other)
            return other.error();
        if (other->has_value() && **other != draft.id)
            problems.push_back({QStringLiteral("sku"),
                                tr("\"%1\" is already used by another product").arg(draft.sku)});
    }
    if (!has("categories") && !draft.categoryPath.isEmpty()) {
        auto id = storage::CategoryRepository::findPath(connection, draft.categoryPath);
        if (!id)
            return id.error();
        if (!id->has_value()) {
            problems.push_back(
                {QStringLiteral("categories"),
                 tr("\"%1\" does not exist; create it first").arg(draft.categoryPath)});
        } else if (draft.active) {
            auto category = storage::CategoryRepository::byId(connection, **id);
            if (!category)
                return category.error();
            if (category->has_value() && !(*category)->active)
                problems.push_back(
                    {QStringLiteral("categories"), tr("\"%1\" is archived; unarchive it or pick "
                                                      "another")
                                                       .arg(draft.categoryPath)});
        }
    }
    return problems;
}

Result<qint64> CatalogEditor::saveProduct(const Product &draft, std::vector<FieldProblem> *problems)
{
    auto found = check(draft);
    if (!found)
        return found.error();
    if (!found->empty()) {
        if (problems)
            *problems = *found;
        return fail(found->front().message, found->front().field);
    }
    std::optional<Product> before;
    if (draft.id != 0) {
        auto current = storage::ProductRepository(m_db).byId(draft.id);
        if (!current)
            return current.error();
        if (!current->has_value())
            return fail(tr("no product has id %1").arg(draft.id), QStringLiteral("product"));
        before = **current;
        if (sameProduct(*before, draft))
            return draft.id; // nothing changed: no audit entry, nothing to undo
    }
    Edit edit;
    if (Status s = commitProduct(before ? QStringLiteral("catalog.product.update")
                                        : QStringLiteral("catalog.product.create"),
                                 before, draft, &edit);
        !s)
        return s.error();
    return edit.productAfter.id;
}

Status CatalogEditor::setProductArchived(qint64 productId, bool archived)
{
    auto current = product(productId);
    if (!current)
        return current.error();
    if (!current->has_value())
        return fail(tr("no product has id %1").arg(productId), QStringLiteral("product"));
    Product after = **current;
    if (after.active == !archived)
        return {};
    after.active = !archived;
    if (!archived) {
        auto problems = check(after);
        if (!problems)
            return problems.error();
        if (!problems->empty())
            return fail(problems->front().message, problems->front().field);
    }
    Edit edit;
    return commitProduct(archived ? QStringLiteral("catalog.product.archive")
                                  : QStringLiteral("catalog.product.unarchive"),
                         *current, after, &edit);
}

Status CatalogEditor::commitProduct(const QString &action, const std::optional<Product> &before,
                                    const Product &after, Edit *undoEntry)
{
    auto who = curator();
    if (!who)
        return who.error();
    const storage::ProductRepository products(m_db);
    Product written;
    Status s = m_db.transaction([&](QSqlDatabase &connection) -> Status {
        qint64 id = after.id;
        if (before) {
            if (Status u = storage::ProductRepository::update(connection, after); !u)
                return u;
        } else {
            Product fresh = after;
            fresh.createdAt = fresh.updatedAt = m_auth.now();
            auto inserted = storage::ProductRepository::insert(connection, fresh);
            if (!inserted)
                return inserted.error();
            id = *inserted;
        }
        auto reread = products.byId(id);
        if (!reread)
            return reread.error();
        if (!reread->has_value())
            return fail(tr("the product vanished while saving"), QStringLiteral("product"));
        written = **reread;
        storage::AuditEntry entry;
        entry.at = m_auth.now();
        entry.actorUserId = *who;
        entry.action = action;
        entry.subjectProductId = id;
        entry.detail = {{QStringLiteral("sku"), written.sku},
                        {QStringLiteral("changes"),
                         ProductValidator::changes(before.value_or(Product{}), written)}};
        return storage::AuditRepository::insert(connection, entry);
    });
    if (!s)
        return s;
    if (undoEntry) {
        undoEntry->isProduct = true;
        undoEntry->created = !before.has_value();
        undoEntry->productBefore = before;
        undoEntry->productAfter = written;
        undoEntry->verb = action.section(QLatin1Char('.'), 2);
        undoEntry->description = undoEntry->verb + QLatin1Char(' ') + written.sku;
        const QMutexLocker lock(&m_historyMutex);
        m_history.push_back(*undoEntry);
    }
    announce({{written.id}, false});
    return {};
}

Result<qint64> CatalogEditor::createCategory(qint64 parentId, const QString &name)
{
    if (Status s = checkCategoryName(name); !s)
        return s.error();
    Category after;
    after.parentId = parentId;
    after.name = name.simplified();
    if (parentId != 0) {
        QSqlDatabase connection = m_db.connection();
        auto parent = storage::CategoryRepository::byId(connection, parentId);
        if (!parent)
            return parent.error();
        if (!parent->has_value())
            return fail(tr("no category has id %1").arg(parentId), QStringLiteral("parent"));
        if (!(*parent)->active)
            return fail(tr("\"%1\" is archived").arg((*parent)->path), QStringLiteral("parent"));
    }
    Edit edit;
    if (Status s = commitCategory(QStringLiteral("catalog.category.create"), Category{}, after,
                                  true, &edit);
        !s)
        return s.error();
    return edit.categoryAfter.id;
}

Status CatalogEditor::renameCategory(qint64 categoryId, const QString &name)
{
    if (Status s = checkCategoryName(name); !s)
        return s;
    QSqlDatabase connection = m_db.connection();
    auto before = storage::CategoryRepository::byId(connection, categoryId);
    if (!before)
        return before.error();
    if (!before->has_value())
        return fail(tr("no category has id %1").arg(categoryId), QStringLiteral("category"));
    Category after = **before;
    after.name = name.simplified();
    if (after.name == (*before)->name)
        return {};
    Edit edit;
    return commitCategory(QStringLiteral("catalog.category.rename"), **before, after, false, &edit);
}

Status CatalogEditor::setCategoryArchived(qint64 categoryId, bool archived)
{
    if (auto who = curator(); !who)
        return who.error();
    QSqlDatabase connection = m_db.connection();
    auto before = storage::CategoryRepository::byId(connection, categoryId);
    if (!before)
        return before.error();
    if (!before->has_value())
        return fail(tr("no category has id %1").arg(categoryId), QStringLiteral("category"));
    if ((*before)->active == !archived)
        return {};
    if (archived) {
        auto usage = storage::CategoryRepository::usage(connection, categoryId);
        if (!usage)
            return usage.error();
        if (usage->activeProducts > 0 || usage->activeChildren > 0)
            return fail(tr("\"%1\" still holds %2 active product(s) and %3 active "
                           "subcategories; archive or move them first")
                            .arg((*before)->path)
                            .arg(usage->activeProducts)
                            .arg(usage->activeChildren),
                        QStringLiteral("category"));
    } else if ((*before)->parentId != 0) {
        auto parent = storage::CategoryRepository::byId(connection, (*before)->parentId);
        if (!parent)
            return parent.error();
        if (parent->has_value() && !(*parent)->active)
            return fail(
                tr("its parent \"%1\" is archived; unarchive that first").arg((*parent)->path),
                QStringLiteral("category"));
    }
    Category after = **before;
    after.active = !archived;
    Edit edit;
    return commitCategory(archived ? QStringLiteral("catalog.category.archive")
                                   : QStringLiteral("catalog.category.unarchive"),
                          **before, after, false, &edit);
}

Status CatalogEditor::commitCategory(const QString &action, const Category &before,
                                     const Category &after, bool created, Edit *undoEntry)
{
    auto who = curator();
    if (!who)
        return who.error();
    Category written;
    Status s = m_db.transaction([&](QSqlDatabase &connection) -> Status {
        qint64 id = before.id;
        if (created) {
            auto inserted =
                storage::CategoryRepository::create(connection, after.parentId, after.name);
            if (!inserted)
                return inserted.error();
            id = *inserted;
        } else {
            if (after.name != before.name) {
                if (Status r = storage::CategoryRepository::rename(connection, id, after.name); !r)
                    return r;
            }
            if (after.active != before.active) {
                if (Status a = storage::CategoryRepository::setActive(connection, id, after.active);
                    !a)
                    return a;
            }
        }
        auto reread = storage::CategoryRepository::byId(connection, id);
        if (!reread)
            return reread.error();
        if (!reread->has_value())
            return fail(tr("the category vanished while saving"), QStringLiteral("category"));
        written = **reread;
        storage::AuditEntry entry;
        entry.at = m_auth.now();
        entry.actorUserId = *who;
        entry.action = action;
        entry.subjectCategoryId = id;
        entry.detail = {{QStringLiteral("path"), written.path},
                        {QStringLiteral("changes"), categoryChanges(before, written)}};
        return storage::AuditRepository::insert(connection, entry);
    });
    if (!s)
        return s;
    if (undoEntry) {
        undoEntry->isProduct = false;
        undoEntry->created = created;
        undoEntry->categoryBefore = before;
        undoEntry->categoryAfter = written;
        undoEntry->verb = action.section(QLatin1Char('.'), 2);
        undoEntry->description = undoEntry->verb + QStringLiteral(" category ") + written.path;
        const QMutexLocker lock(&m_historyMutex);
        m_history.push_back(*undoEntry);
    }
    announce({{}, true});
    return {};
}

bool CatalogEditor::canUndo() const
{
    const QMutexLocker lock(&m_historyMutex);
    return !m_history.empty();
}

QString CatalogEditor::undoText() const
{
    const QMutexLocker lock(&m_historyMutex);
    if (m_history.empty())
        return {};
    // The same words as the description, in the current language.
    const Edit &e = m_history.back();
    for (const UndoWords &w : kUndoWords) {
        const char *text = e.isProduct ? w.product : w.category;
        if (text && e.verb == QLatin1String(w.verb))
            return tr(text).arg(e.isProduct ? e.productAfter.sku : e.categoryAfter.path);
    }
    return e.description;
}

Result<int> CatalogEditor::discardUnusedPictures(const QStringList &mediaNames)
{
    if (auto who = curator(); !who)
        return who.error();
    // Only names this store makes ("products/<16 hex>.<suffix>"): nothing else in the media
    // folder, and nothing outside it, is ever removed.
    static const QRegularExpression kStored(QStringLiteral("^products/[0-9a-f]{16}\\.[a-z]{3,4}$"));
    const QDir media(m_mediaDir);
    const storage::ProductRepository products(m_db);
    int removed = 0;
    for (const QString &name : mediaNames) {
        if (!kStored.match(name).hasMatch())
            continue;
        auto used = products.usesImage(name);
        if (!used)
            return used.error();
        if (*used || !QFile::remove(media.filePath(name)))
            continue;
        ++removed;
        for (int side : ImageRules::thumbnailSides())
            QFile::remove(media.filePath(ImageRules::thumbnailNameFor(name, side)));
    }
    return removed;
}

Status CatalogEditor::undo()
{
    auto who = curator();
    if (!who)
        return who.error();
    Edit edit;
    {
        const QMutexLocker lock(&m_historyMutex);
        if (m_history.empty())
            return fail(tr("there is nothing to undo"), QStringLiteral("undo"));
        edit = m_history.back();
    }
    CatalogChange change;
    Status s = m_db.transaction([&](QSqlDatabase &connection) -> Status {
        storage::AuditEntry entry;
        entry.at = m_auth.now();
        entry.actorUserId = *who;
        if (edit.isProduct) {
            const Product &after = edit.productAfter;
            auto current = storage::ProductRepository(m_db).byId(after.id);
            if (!current)
                return current.error();
            if (!current->has_value() || !sameProduct(**current, after))
                return fail(tr("%1 was changed since; nothing was undone").arg(after.sku),
                            QStringLiteral("undo"));
            Status restored =
                edit.created ? storage::ProductRepository::remove(connection, after.id)
                             : storage::ProductRepository::update(connection, *edit.productBefore);
            if (!restored)
                return restored;
            entry.action = QStringLiteral("catalog.product.undo");
            entry.subjectProductId = after.id;
            entry.detail = {
                {QStringLiteral("sku"), after.sku},
                {QStringLiteral("undid"), edit.description},
                {QStringLiteral("changes"),
                 ProductValidator::changes(after, edit.productBefore.value_or(Product{}))}};
            change.productIds << after.id;
        } else {
            const Category &after = edit.categoryAfter;
            auto current = storage::CategoryRepository::byId(connection, after.id);
            if (!current)
                return current.error();
            if (!current->has_value() || !sameCategory(**current, after))
                return fail(tr("\"%1\" was changed since; nothing was undone").arg(after.path),
                            QStringLiteral("undo"));
            const Category &before = edit.categoryBefore;
            if (edit.created) {
                if (Status r = storage::CategoryRepository::remove(connection, after.id); !r)
                    return r;
            } else {
                if (Status r =
                        storage::CategoryRepository::rename(connection, after.id, before.name);
                    !r)
                    return r;
                if (Status a =
                        storage::CategoryRepository::setActive(connection, after.id, before.active);
                    !a)
                    return a;
            }
            entry.action = QStringLiteral("catalog.category.undo");
            entry.subjectCategoryId = after.id;
            entry.detail = {{QStringLiteral("path"), after.path},
                            {QStringLiteral("undid"), edit.description},
                            {QStringLiteral("changes"), categoryChanges(after, before)}};
            change.categoriesChanged = true;
        }
        return storage::AuditRepository::insert(connection, entry);
    });
    if (!s)
        return s;
    {
        const QMutexLocker lock(&m_historyMutex);
        m_history.pop_back();
    }
    announce(change);
    return {};
}

void CatalogEditor::setPictureDecoder(std::shared_ptr<const PictureDecoder> decoder)
{
    m_pictures = std::move(decoder);
}

ImportControl CatalogEditor::withPictures(ImportControl control) const
{
    if (!control.pictures)
        control.pictures = m_pictures;
    return control;
}

Result<ImportPreview> CatalogEditor::previewImport(const QString &path)
{
    if (auto who = curator(); !who)
        return who.error();
    return CatalogImport::preview(m_db, path, {}, withPictures({}));
}

Result<ImportResult> CatalogEditor::confirmImport(const ImportPreview &preview)
{
    auto who = curator();
    if (!who)
        return who.error();
    auto result =
        CatalogImport::confirm(m_db, preview, m_mediaDir, *who, m_auth.now(), withPictures({}));
    if (!result)
        return result.error();
    importWritten(*result);
    return result;
}

void CatalogEditor::importWritten(const ImportResult &result)
{
    {
        // An import may rewrite any product an earlier edit touched; its undo would be a guess.
        const QMutexLocker lock(&m_historyMutex);
        m_history.clear();
    }
    announce({result.productIds, true});
}

QFuture<Result<ImportPreview>> CatalogEditor::previewImportAsync(const QString &path,
                                                                 ImportControl control)
{
    // Even the permission is checked on the worker: resolving the session reads the database.
    return QtConcurrent::run(
        &m_pool,
        [this, path, control = withPictures(std::move(control))]() -> Result<ImportPreview> {
            if (auto who = curator(); !who)
                return who.error();
            return CatalogImport::preview(m_db, path, {}, control);
        });
}

QFuture<Result<ImportResult>> CatalogEditor::confirmImportAsync(const ImportPreview &preview,
                                                                ImportControl control)
{
    return QtConcurrent::run(&m_pool,
                             [this, preview, control = withPictures(std::move(control))]()
                                 -> Result<ImportResult> {
                                 auto who = curator();
                                 if (!who)
                                     return who.error();
                                 return CatalogImport::confirm(m_db, preview, m_mediaDir, *who,
                                                               m_auth.now(), control);
                             })
        .then(this, [this](Result<ImportResult> result) {
            if (result)
                importWritten(*result);
            return result;
        });
}

Status CatalogEditor::exportCatalog(const QString &path, const MediaLocator &media)
{
    if (auto who = curator(); !who)
        return who.error();
    return CatalogImport::exportFile(m_db, path, &media);
}

} // namespace storefront::catalog
