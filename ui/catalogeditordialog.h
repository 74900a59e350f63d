#pragma once

#include "auth/session.h"
#include "catalog/medialocator.h"
#include "catalog/product.h"
#include "catalog/productvalidator.h"
#include "common/result.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
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

class BusyIndicator;
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
///
/// Every call that reads or writes the database (loading the lists and the form, checking
/// the form, saving, archiving, categories, undo, export) runs with runAsync() on the
/// dialog's one-thread pool, so calls keep their order and each worker uses its own
/// connection; the busy indicator shows meanwhile. Results come back only while the dialog
/// lives; its destructor waits for the call in flight.
///
/// A language switch while the editor is open re-labels it at once: the controls, the list
/// rows, the product's state, the status line and the field messages (checked again).
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
    [[nodiscard]] QListWidget *categoryList() const { return m_categories; }
    [[nodiscard]] QLineEdit *categoryNameField() const { return m_categoryName; }
    /// Shown while a call runs off the GUI thread.
    [[nodiscard]] BusyIndicator *busyIndicator() const { return m_progress; }
    [[nodiscard]] QLabel *statusLine() const { return m_status; }
    [[nodiscard]] ProductImageImporter *imageImporter() const { return m_importer; }
    [[nodiscard]] std::optional<qint64> currentProductId() const { return m_currentId; }
    /// The picture path the form will save (media-relative).
    [[nodiscard]] QString imagePath() const { return m_imagePath; }

    /// Loads the product off the GUI thread and shows it in the form (productShown), the form
    /// disabled meanwhile.
    void selectProduct(qint64 productId);
    void newProduct();
    /// Shows every field problem under its field at once (true when there is none), then
    /// checks the form against the database off the GUI thread and adds what that finds
    /// (formValidated).
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
    /// Writes the catalog to `path` off the GUI thread (exportFinished).
    void exportTo(const QString &path);

Q_SIGNALS:
    /// After every committed change (edit, archive, undo, import, categories).
    void catalogChanged();
    void importPreviewShown(storefront::ui::ImportPreviewDialog *dialog);
    /// An import was written or refused (the status line says which).
    void importFinished(bool written);
    /// A save, archive, undo or category change ended, and the lists show its result
    /// (written: it succeeded; else the status line says why).
    void editFinished(bool written);
    /// The form shows the product selectProduct() asked for.
    void productShown(qint64 productId);
    /// The database's verdict on the form is shown (clean: no problem at all).
    void formValidated(bool clean);
    /// The product and category lists show what was just read.
    void listsRefreshed();
    void exportFinished(bool written);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// A text kept as the function that makes it, so a language switch can make it again.
    using Text = std::function<QString()>;
    struct Labels;
    /// Sets every text that does not come from data in the installed language.
    void retranslate();
    /// Re-labels the product and category rows and the category choices from their data.
    void retranslateLists();
    [[nodiscard]] static QString productText(const QListWidgetItem *item);
    [[nodiscard]] static QString categoryText(const QListWidgetItem *item);
    [[nodiscard]] static QString archivedText(const QString &path);
    void updateStateText();
    CatalogEditorDialog(catalog::CatalogEditor *editor, catalog::MediaLocator media,
                        QWidget *parent);
    void buildUi();
    QWidget *buildCategoryPanel();
    /// What to read back from the database after a change or on request.
    struct Refresh
    {
        bool categories = false;
        bool products = false;
        std::optional<qint64> product = {}; ///< load into the form
        bool blankIfGone = false;           ///< a product gone meanwhile empties the form
        qint64 selectCategory = 0;          ///< select this category rather than the current one
    };
    struct Lists;
    /// Reads what `what` names on the pool and shows it, then calls `then`.
    void refresh(const Refresh &what, std::function<void()> then = {});
    void showLists(const Refresh &what, const Lists &lists);
    void showProducts(const std::vector<catalog::Product> &products);
    void showCategories(const std::vector<catalog::Category> &categories, qint64 select);
    /// Runs `work` (a category change) as an edit; `done` is the status text on success.
    template <typename Work> void runCategoryEdit(Text what, Work work, Text done);
    void blankForm();
    void fillForm(const catalog::Product &product);
    [[nodiscard]] catalog::ProductFields formFields() const;
    void showProblems(const std::vector<catalog::FieldProblem> &problems);
    void focusFirstProblem();
    void showImage(const QString &mediaPath);
    void imageFinished(const ProductImageResult &result);
    void setImageWarning(Text text);
    /// False (and says why) while a locked kiosk allows no file dialogs.
    bool filesAllowed();
    void chooseImage();
    void chooseImport();
    void chooseExport();
    void updateActions();
    /// Shows `message` in the status line, made again after a language switch.
    void report(Text message);
    /// Shows a text that stays as it is (data, or a message core made).
    void report(const QString &fixed);
    /// Runs one change (`work`, a core call) on m_editPool with the editing controls
    /// disabled; `done(result)` shows the outcome and returns what to read back, or nothing
    /// when it failed; editFinished once that is shown.
    template <typename Work, typename Done> void runEdit(Text what, Work work, Done done);
    void setBusy(bool busy);
    /// Writes the dialog's preview on the editor's worker, with progress and Cancel.
    void confirmImport(ImportPreviewDialog *dialog);
    [[nodiscard]] qint64 selectedCategoryId() const;

    catalog::CatalogEditor *m_editor;
    catalog::MediaLocator m_media;
    QStringList m_createdPictures; ///< stored by this dialog; removed at close if unused
    QThreadPool *m_editPool;       ///< saves, archives and undos, off the GUI thread
    bool m_busy = false;           ///< a change is being written
    int m_formLoads = 0;           ///< product loads in flight (the form waits)
    quint64 m_validation = 0;      ///< newer checks and form changes make older verdicts stale
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
    BusyIndicator *m_progress = nullptr;
    QWidget *m_formHost = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_archive = nullptr;
    QPushButton *m_undoButton = nullptr;
    QAction *m_undo = nullptr;
    QListWidget *m_categories = nullptr;
    QLineEdit *m_categoryName = nullptr;
    QTimer *m_validateTimer = nullptr;
    QPushButton *m_importButton = nullptr;
    std::unique_ptr<Labels> m_labels; ///< the widgets whose texts retranslate() sets
    Text m_statusText;                ///< what the status line shows
    Text m_imageWarningText;          ///< what the picture's warning says
};

} // namespace storefront::ui
