#pragma once

#include "auth/session.h"
#include "catalog/catalogimport.h"
#include "catalog/product.h"
#include "catalog/productvalidator.h"
#include "common/result.h"

#include <QFuture>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <vector>

namespace storefront::storage {
class Database;
}
namespace storefront::auth {
class AuthService;
}

namespace storefront::catalog {

class MediaLocator;

/// What one committed change touched, for whoever keeps derived state (the grid, the
/// recommender): archived products must leave every list, new ones enter through content.
struct CatalogChange
{
    QList<qint64> productIds;
    bool categoriesChanged = false;
};

/// Staff curation of the catalog through a session: products and categories created,
/// edited, archived and unarchived; every field validated (ProductValidator, plus sku
/// uniqueness and the category's existence); the last edits undone; bulk import with a
/// preview; export. Every method checks Permission::CurateCatalog with AuthService first,
/// so a shopper or a guest is refused whatever the caller. Every change is written with its
/// audit entry (who, what, when, old and new values) in one transaction, and announced by
/// catalogChanged() after the commit. One editor per session holds that session's undo
/// history.
///
/// Threads: the editor lives on the thread that made it, and catalogChanged() is always
/// emitted there. Its methods may also be called from a worker (each thread uses its own
/// connection; the undo history is under a mutex), so that a GUI saves off its thread;
/// changes are then expected one at a time per editor, as a dialog with its buttons
/// disabled while a save runs makes them.
class CatalogEditor : public QObject
{
    Q_OBJECT
public:
    /// Refuses (with AuthService's message) unless `session` may curate the catalog.
    /// `mediaDir` is the store's media folder (MediaLocator::mediaDirFor).
    [[nodiscard]] static Result<std::unique_ptr<CatalogEditor>>
    open(const storage::Database &db, auth::AuthService &auth, auth::Session session,
         QString mediaDir, QObject *parent = nullptr);
    ~CatalogEditor() override;

    [[nodiscard]] const auth::Session &session() const { return m_session; }
    [[nodiscard]] const QString &mediaDir() const { return m_mediaDir; }

    // --- Reading ------------------------------------------------------------------------
    /// Products whose sku or title contains `text`, archived ones too.
    [[nodiscard]] Result<std::vector<Product>> findProducts(const QString &text, int limit = 1000);
    [[nodiscard]] Result<std::optional<Product>> product(qint64 id);
    /// Every category, archived ones too.
    [[nodiscard]] Result<std::vector<Category>> categories();

    // --- Products -----------------------------------------------------------------------
    /// Every problem `draft` has (field and why), including a sku used by another product and
    /// a category that does not exist or is archived. Empty: save() will accept it.
    [[nodiscard]] Result<std::vector<FieldProblem>> check(const Product &draft);
    /// Creates (id 0) or updates (id set) a product. Refused with the first problem, its
    /// field in Error::where (and, when `problems` is given, every problem in it, as check()
    /// lists them). The category must exist (see createCategory). Returns the id.
    [[nodiscard]] Result<qint64> saveProduct(const Product &draft,
                                             std::vector<FieldProblem> *problems = nullptr);
    Status setProductArchived(qint64 productId, bool archived);

    // --- Categories ---------------------------------------------------------------------
    [[nodiscard]] Result<qint64> createCategory(qint64 parentId, const QString &name);
    Status renameCategory(qint64 categoryId, const QString &name);
    /// Archiving is refused while the category holds active products or subcategories.
    Status setCategoryArchived(qint64 categoryId, bool archived);

    // --- Pictures -----------------------------------------------------------------------
    /// Removes stored pictures (media names as ImageRules::mediaNameFor makes them, with their
    /// scaled copies) that no product refers to: the copies an editor made for edits that were
    /// never saved. Names of any other form are left alone. Returns how many were removed.
    [[nodiscard]] Result<int> discardUnusedPictures(const QStringList &mediaNames);

    // --- Undo ---------------------------------------------------------------------------
    [[nodiscard]] bool canUndo() const;
    /// "Undo edit of T-1"-style text for the last undoable edit; empty when none.
    [[nodiscard]] QString undoText() const;
    /// Reverts the last edit of this session. Refused when someone changed that product or
    /// category since (nothing is overwritten). Importing clears the history.
    Status undo();

    // --- Bulk ---------------------------------------------------------------------------
    /// Decodes an import's pictures (see ImportControl::pictures) in every import below that
    /// does not bring its own. Set before the first import.
    void setPictureDecoder(std::shared_ptr<const PictureDecoder> decoder);
    [[nodiscard]] Result<ImportPreview> previewImport(const QString &path);
    [[nodiscard]] Result<ImportResult> confirmImport(const ImportPreview &preview);
    /// The same two steps on the editor's worker thread (its own connection), for the GUI: the
    /// permission is checked there too (a refusal is the future's result); after a confirm,
    /// the history is cleared and catalogChanged() emitted on the editor's thread.
    [[nodiscard]] QFuture<Result<ImportPreview>> previewImportAsync(const QString &path,
                                                                    ImportControl control = {});
    [[nodiscard]] QFuture<Result<ImportResult>> confirmImportAsync(const ImportPreview &preview,
                                                                   ImportControl control = {});
    /// CSV or JSON by suffix; pictures are bundled next to the file from `media`.
    Status exportCatalog(const QString &path, const MediaLocator &media);

Q_SIGNALS:
    /// After every committed change (never for a refused one).
    void catalogChanged(const storefront::catalog::CatalogChange &change);

private:
    struct Edit;
    CatalogEditor(const storage::Database &db, auth::AuthService &auth, auth::Session session,
                  QString mediaDir, QObject *parent);
    /// `control`, with the editor's picture decoder unless it brings one.
    [[nodiscard]] ImportControl withPictures(ImportControl control) const;
    /// The signed-in curator's user id, or the refusal.
    [[nodiscard]] Result<qint64> curator();
    Status commitProduct(const QString &action, const std::optional<Product> &before,
                         const Product &after, Edit *undoEntry);
    Status commitCategory(const QString &action, const Category &before, const Category &after,
                          bool created, Edit *undoEntry);
    void announce(CatalogChange change);
    /// After an import's commit: clears the undo history and announces the products.
    void importWritten(const ImportResult &result);

    const storage::Database &m_db;
    auth::AuthService &m_auth;
    auth::Session m_session;
    QString m_mediaDir;
    std::shared_ptr<const PictureDecoder> m_pictures;
    mutable QMutex m_historyMutex; ///< guards m_history
    std::vector<Edit> m_history;
    QThreadPool m_pool;
};

} // namespace storefront::catalog

Q_DECLARE_METATYPE(storefront::catalog::CatalogChange)
