#pragma once

#include "auth/session.h"
#include "catalog/medialocator.h"
#include "catalog/product.h"
#include "catalog/productvalidator.h"
#include "common/result.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QThreadPool;
class QTimer;

namespace storefront::storage {
class Database;
}
namespace storefront::auth {
class AuthService;
}
namespace storefront::catalog {
class CatalogEditor;
}

namespace storefront::ui {

class ImportPreviewDialog;
class ProductImageImporter;
struct ProductImageResult;

/// The staff catalog editor: a searchable product list (archived ones marked), a form with
/// an inline message under every field, the product's picture (choose a file or drop one;
/// checked and scaled off the GUI thread; a missing or broken picture shows a placeholder and
/// a warning), archive/unarchive, category management, Undo (Ctrl+Z) of this session's last
/// edit, import with a preview, and export. Every rule is core's (CatalogEditor); this only
/// shows and forwards. Made only through create(), which core refuses without the
/// curate-catalog permission.
class CatalogEditorDialog : public QDialog
{
    Q_OBJECT
public:
    [[nodiscard]] static Result<CatalogEditorDialog *>
    create(const storage::Database &db, auth::AuthService &auth, const auth::Session &session,
           catalog::MediaLocator media, QWidget *parent = nullptr);
    ~CatalogEditorDialog() override;

    [[nodiscard]] catalog::CatalogEditor &editor() const { return *m_editor; }
    [[nodiscard]] const auth::Session &session() const;

    // For tests and keyboard users alike: the same paths the buttons take.
    [[nodiscard]] QListWidget *productList() const { return m_products; }
    [[nodiscard]] QLineEdit *searchBox() const { return m_search; }
    [[nodiscard]] QLineEdit *field(const QString &name) const;
    [[nodiscard]] QLabel *messageFor(const QString &name) const;
    [[nodiscard]] QLabel *imageView() const { return m_image; }
    [[nodiscard]] QLabel *imageWarning() const { return m_imageWarning; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QPushButton *archiveButton() const { return m_archive; }
    [[nodiscard]] QAction *undoAction() const { return m_undo; }
    [[nodiscard]] ProductImageImporter *imageImporter() const { return m_importer; }
    [[nodiscard]] std::optional<qint64> currentProductId() const { return m_currentId; }
    /// The picture path the form will save (media-relative).
    [[nodiscard]] QString imagePath() const { return m_imagePath; }

    void selectProduct(qint64 productId);
    void newProduct();
    /// Validates the form and shows every problem under its field; true when clean.
    bool validateForm();
    /// Validates the form, then saves it off the GUI thread (editFinished when written or
    /// refused, the controls disabled meanwhile); false with the messages shown when the form
    /// is refused at once, or while another change is being written.
    bool save();
    /// Archives or unarchives the current product, off the GUI thread (editFinished).
    void toggleArchived();
    /// Undoes the session's last edit, off the GUI thread (editFinished).
    void undo();
    /// Checks and stores a picture for the current form (as choosing or dropping it does).
    void useImageFile(const QString &path);
    /// Opens the preview dialog at once (open(), not exec()) while `path` is read on a worker
    /// with a progress bar and Cancel, then shows its rows (announced by
    /// importPreviewShown()); on Confirm the rows are written on the worker, again with
    /// progress and Cancel (a cancelled write is rolled back). False when refused at once.
    bool previewImport(const QString &path);
    Status exportTo(const QString &path);

Q_SIGNALS:
    /// After every committed change (edit, archive, undo, import, categories).
    void catalogChanged();
    void importPreviewShown(storefront::ui::ImportPreviewDialog *dialog);
    /// An import was written or refused (the status line says which).
    void importFinished(bool written);
    /// A save, archive or undo ended (written: it succeeded; else the status line says why).
    void editFinished(bool written);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    CatalogEditorDialog(catalog::CatalogEditor *editor, catalog::MediaLocator media,
                        QWidget *parent);
    void buildUi();
    QWidget *buildCategoryPanel();
    void reloadProducts();
    void reloadCategories();
    void fillForm(const catalog::Product &product);
    [[nodiscard]] catalog::ProductFields formFields() const;
    void showProblems(const std::vector<catalog::FieldProblem> &problems);
    void showImage(const QString &mediaPath);
    void imageFinished(const ProductImageResult &result);
    void setImageWarning(const QString &text);
    void chooseImage();
    void chooseImport();
    void chooseExport();
    void updateActions();
    void report(const QString &message);
    /// Runs one change (`work`, a core call) on m_editPool with the editing controls
    /// disabled; `done(result)` shows the outcome and returns whether it succeeded
    /// (editFinished).
    template <typename Work, typename Done> void runEdit(const QString &what, Work work, Done done);
    void setBusy(bool busy);
    /// Writes the dialog's preview on the editor's worker, with progress and Cancel.
    void confirmImport(ImportPreviewDialog *dialog);
    [[nodiscard]] qint64 selectedCategoryId() const;

    catalog::CatalogEditor *m_editor;
    catalog::MediaLocator m_media;
    QThreadPool *m_editPool; ///< saves, archives and undos, off the GUI thread
    bool m_busy = false;     ///< a change is being written
    QList<QWidget *> m_busyWidgets;
    QList<QAction *> m_busyActions;
    ProductImageImporter *m_importer;
    std::optional<qint64> m_currentId;
    bool m_currentActive = true;
    QString m_imagePath;

    QLineEdit *m_search = nullptr;
    QListWidget *m_products = nullptr;
    QHash<QString, QLineEdit *> m_lines;
    QComboBox *m_category = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPlainTextEdit *m_attributes = nullptr;
    QHash<QString, QLabel *> m_messages;
    QLabel *m_image = nullptr;
    QLabel *m_imageWarning = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_archive = nullptr;
    QPushButton *m_undoButton = nullptr;
    QAction *m_undo = nullptr;
    QListWidget *m_categories = nullptr;
    QLineEdit *m_categoryName = nullptr;
    QTimer *m_validateTimer = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace storefront::ui
