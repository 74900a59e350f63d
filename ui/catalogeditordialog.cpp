#include "catalogeditordialog.h"

#include "async.h"
#include "auth/authservice.h"
#include "busyindicator.h"
#include "catalog/catalogeditor.h"
#include "filedialogs.h"
#include "imagecache.h"
#include "importpreviewdialog.h"
#include "palettecolours.h"
#include "productimageimporter.h"
#include "qtpicturedecoder.h"
#include "storage/database.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace storefront::ui {

namespace {

constexpr int kImageSide = 160;

/// The first local file among dropped URLs, if any.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

QPushButton *makeButton(QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setAutoDefault(false);
    return button;
}

void setTexts(QPushButton *button, const QString &text, const QString &accessibleName,
              const QString &description)
{
    button->setText(text);
    button->setAccessibleName(accessibleName);
    button->setAccessibleDescription(description);
}

// What the list rows keep, so that their texts can be made again in another language.
constexpr int kIdRole = Qt::UserRole;
constexpr int kActiveRole = Qt::UserRole + 1;
constexpr int kSkuRole = Qt::UserRole + 2;   // products
constexpr int kTitleRole = Qt::UserRole + 3; // products
constexpr int kNameRole = Qt::UserRole + 2;  // categories: the category's own name
constexpr int kPathRole = Qt::UserRole + 3;  // categories

} // namespace

/// The widgets with fixed texts that only retranslate() needs to reach.
struct CatalogEditorDialog::Labels
{
    QLabel *find = nullptr;
    QPushButton *newProduct = nullptr;
    QPushButton *exportCatalog = nullptr;
    QPushButton *chooseImage = nullptr;
    QPushButton *removeImage = nullptr;
    QLabel *categories = nullptr;
    QPushButton *addTop = nullptr;
    QPushButton *addSub = nullptr;
    QPushButton *rename = nullptr;
    QPushButton *archiveCategory = nullptr;
    QPushButton *close = nullptr;
    QHash<QString, QLabel *> rows; ///< the form's row labels by field name
    /// What each line of the form is for, by field name: its accessible description while
    /// it has no problem (a problem's message takes its place).
    QHash<QString, QString> help;
};

/// What a worker read for refresh(): each part only when asked for.
struct CatalogEditorDialog::Lists
{
    std::optional<Result<std::vector<catalog::Category>>> categories;
    std::optional<Result<std::vector<catalog::Product>>> products;
    std::optional<Result<std::optional<catalog::Product>>> product;
};

Result<CatalogEditorDialog *> CatalogEditorDialog::create(const storage::Database &db,
                                                          auth::AuthService &auth,
                                                          const auth::Session &session,
                                                          catalog::MediaLocator media,
                                                          QWidget *parent)
{
    // New pictures go into the media folder next to the database, which must then also be
    // where the editor looks first.
    const QString mediaDir = catalog::MediaLocator::mediaDirFor(db.path());
    if (!media.roots().contains(mediaDir))
        media = catalog::MediaLocator(QStringList{mediaDir} + media.roots());
    auto editor = catalog::CatalogEditor::open(db, auth, session, mediaDir);
    if (!editor)
        return editor.error();
    return new CatalogEditorDialog(editor->release(), std::move(media), parent);
}

CatalogEditorDialog::CatalogEditorDialog(catalog::CatalogEditor *editor,
                                         catalog::MediaLocator media, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_media(std::move(media))
    , m_editPool(new QThreadPool(this))
    , m_labels(std::make_unique<Labels>())
{
    m_editor->setParent(this);
    // One change at a time, in the order asked for.
    m_editPool->setMaxThreadCount(1);
    m_importer = new ProductImageImporter(m_editor->mediaDir(), this);
    m_editor->setPictureDecoder(std::make_shared<QtPictureDecoder>());
    setObjectName(QStringLiteral("catalogEditor"));
    setAcceptDrops(true);
    buildUi();
    connect(m_editor, &catalog::CatalogEditor::catalogChanged, this, [this] {
        updateActions();
        Q_EMIT catalogChanged();
    });
    connect(m_importer, &ProductImageImporter::finished, this, &CatalogEditorDialog::imageFinished);
    retranslate();
    newProduct();
    m_search->setFocus();
    // The lists arrive from the pool; until then nothing can be picked or changed.
    setBusy(true);
    const Text loading = [] { return tr("Loading the catalog…"); };
    report(loading);
    refresh({.categories = true, .products = true}, [this, loading] {
        setBusy(false);
        if (m_status->text() == loading())
            report(QString());
    });
}

CatalogEditorDialog::~CatalogEditorDialog()
{
    // A save still running uses the editor, which is a child of this dialog.
    m_editPool->waitForDone();
    // Pictures copied in for edits that were never saved (a saved product keeps its own):
    // a few files and lookups, so done here rather than left behind in the media folder.
    if (!m_createdPictures.isEmpty())
        if (auto removed = m_editor->discardUnusedPictures(m_createdPictures); !removed)
            qWarning("catalog editor: unused pictures not removed: %s",
                     qPrintable(removed.error().toString()));
}

const auth::Session &CatalogEditorDialog::session() const
{
    return m_editor->session();
}

void CatalogEditorDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    // Tool row: search, new, import, export, undo.
    Labels &labels = *m_labels;
    auto *tools = new QHBoxLayout;
    auto *searchLabel = labels.find = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("editorSearch"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    auto *newButton = labels.newProduct = makeButton(this);
    newButton->setObjectName(QStringLiteral("newProduct"));
    auto *importButton = makeButton(this);
    m_importButton = importButton;
    auto *exportButton = labels.exportCatalog = makeButton(this);
    m_undoButton = makeButton(this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    tools->addWidget(searchLabel);
    tools->addWidget(m_search, 1);
    tools->addWidget(newButton);
    tools->addWidget(importButton);
    tools->addWidget(exportButton);
    tools->addWidget(m_undoButton);
    layout->addLayout(tools);

    m_undo = new QAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    addAction(m_undo);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    addAction(find);
    auto *saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    addAction(saveShortcut);
    auto *newShortcut = new QAction(this);
    newShortcut->setShortcut(QKeySequence::New);
    addAction(newShortcut);

    auto *splitter = new QSplitter(this);
    m_busyWidgets = {splitter, newButton, importButton};
    m_busyActions = {saveShortcut, newShortcut};
    m_products = new QListWidget(splitter);
    m_products->setObjectName(QStringLiteral("editorProducts"));
    splitter->addWidget(m_products);

    // The form: every field with its inline message underneath.
    auto *formHost = new QWidget(splitter);
    m_formHost = formHost;
    auto *form = new QFormLayout(formHost);
    auto addMessage = [&](const QString &name) {
        auto *message = new QLabel(formHost);
        message->setObjectName(name + QStringLiteral("Message"));
        message->setWordWrap(true);
        QPalette palette = message->palette();
        palette.setColor(QPalette::WindowText, warningColour(palette));
        message->setPalette(palette);
        message->hide();
        m_messages.insert(name, message);
        form->addRow(QString(), message);
    };
    // A row's label, named after its field; retranslate() gives it its text.
    auto addRow = [&](const QString &name, QWidget *field, QLayout *fields = nullptr) {
        auto *label = new QLabel(formHost);
        label->setBuddy(field);
        labels.rows.insert(name, label);
        if (fields)
            form->addRow(label, fields);
        else
            form->addRow(label, field);
    };
    auto addLine = [&](const QString &name) {
        auto *edit = new QLineEdit(formHost);
        edit->setObjectName(name + QStringLiteral("Field"));
        m_lines.insert(name, edit);
        addRow(name, edit);
        addMessage(name);
        return edit;
    };
    addLine(QStringLiteral("sku"));
    addLine(QStringLiteral("name"));
    m_category = new QComboBox(formHost);
    m_category->setObjectName(QStringLiteral("categoriesField"));
    addRow(QStringLiteral("categories"), m_category);
    addMessage(QStringLiteral("categories"));
    addLine(QStringLiteral("brand"));
    addLine(QStringLiteral("price"));
    addLine(QStringLiteral("currency"))->setMaxLength(8);
    addLine(QStringLiteral("stock"));
    m_description = new QPlainTextEdit(formHost);
    m_description->setObjectName(QStringLiteral("descriptionField"));
    m_description->setTabChangesFocus(true);
    addRow(QStringLiteral("description"), m_description);
    addMessage(QStringLiteral("description"));
    m_attributes = new QPlainTextEdit(formHost);
    m_attributes->setObjectName(QStringLiteral("attributesField"));
    m_attributes->setTabChangesFocus(true);
    m_attributes->setMaximumHeight(fontMetrics().height() * 4);
    addRow(QStringLiteral("attributes"), m_attributes);
    addMessage(QStringLiteral("attributes"));

    // The picture: preview, choose / remove, and a warning line.
    auto *imageRow = new QHBoxLayout;
    m_image = new QLabel(formHost);
    m_image->setObjectName(QStringLiteral("editorImage"));
    m_image->setFixedSize(kImageSide, kImageSide);
    m_image->setAlignment(Qt::AlignCenter);
    auto *imageButtons = new QVBoxLayout;
    auto *chooseImage = labels.chooseImage = makeButton(formHost);
    auto *removeImage = labels.removeImage = makeButton(formHost);
    imageButtons->addWidget(chooseImage);
    imageButtons->addWidget(removeImage);
    imageButtons->addStretch();
    imageRow->addWidget(m_image);
    imageRow->addLayout(imageButtons);
    addRow(QStringLiteral("image"), chooseImage, imageRow);
    m_imageWarning = new QLabel(formHost);
    m_imageWarning->setObjectName(QStringLiteral("imageWarning"));
    m_imageWarning->setWordWrap(true);
    QPalette warningPalette = m_imageWarning->palette();
    warningPalette.setColor(QPalette::WindowText, warningColour(warningPalette));
    m_imageWarning->setPalette(warningPalette);
    m_imageWarning->hide();
    form->addRow(QString(), m_imageWarning);
    m_messages.insert(QStringLiteral("image"), m_imageWarning);

    m_state = new QLabel(formHost);
    m_state->setObjectName(QStringLiteral("productState"));
    addRow(QStringLiteral("state"), m_state);
    auto *formButtons = new QHBoxLayout;
    m_save = makeButton(formHost);
    m_save->setObjectName(QStringLiteral("saveProduct"));
    m_archive = makeButton(formHost);
    m_archive->setObjectName(QStringLiteral("archiveProduct"));
    formButtons->addWidget(m_save);
    formButtons->addWidget(m_archive);
    formButtons->addStretch();
    form->addRow(formButtons);
    splitter->addWidget(formHost);
    splitter->addWidget(buildCategoryPanel());
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_progress = new BusyIndicator(this);
    m_progress->setObjectName(QStringLiteral("editorBusy"));
    layout->addLayout(BusyIndicator::statusRow(m_status, m_progress));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    labels.close = close->button(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    m_validateTimer = new QTimer(this);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(250);
    connect(m_validateTimer, &QTimer::timeout, this, [this] { (void)validateForm(); });
    for (QLineEdit *edit : std::as_const(m_lines))
        connect(edit, &QLineEdit::textEdited, m_validateTimer, qOverload<>(&QTimer::start));
    connect(m_attributes, &QPlainTextEdit::textChanged, m_validateTimer,
            qOverload<>(&QTimer::start));

    connect(m_search, &QLineEdit::textChanged, this, [this] { refresh({.products = true}); });
    connect(m_products, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(kIdRole).toLongLong() != m_currentId.value_or(0))
            selectProduct(item->data(kIdRole).toLongLong());
    });
    connect(newButton, &QPushButton::clicked, this, &CatalogEditorDialog::newProduct);
    connect(newShortcut, &QAction::triggered, this, &CatalogEditorDialog::newProduct);
    connect(importButton, &QPushButton::clicked, this, &CatalogEditorDialog::chooseImport);
    connect(exportButton, &QPushButton::clicked, this, &CatalogEditorDialog::chooseExport);
    connect(m_undoButton, &QPushButton::clicked, this, &CatalogEditorDialog::undo);
    connect(m_undo, &QAction::triggered, this, &CatalogEditorDialog::undo);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(saveShortcut, &QAction::triggered, this, [this] { (void)save(); });
    connect(m_archive, &QPushButton::clicked, this, &CatalogEditorDialog::toggleArchived);
    connect(chooseImage, &QPushButton::clicked, this, &CatalogEditorDialog::chooseImage);
    connect(removeImage, &QPushButton::clicked, this, [this] {
        m_imagePath.clear();
        showImage({});
    });
    resize(fontMetrics().averageCharWidth() * 170, fontMetrics().height() * 42);
}

QWidget *CatalogEditorDialog::buildCategoryPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    Labels &labels = *m_labels;
    auto *title = labels.categories = new QLabel(panel);
    m_categories = new QListWidget(panel);
    m_categories->setObjectName(QStringLiteral("editorCategories"));
    title->setBuddy(m_categories);
    m_categoryName = new QLineEdit(panel);
    m_categoryName->setObjectName(QStringLiteral("categoryName"));
    auto *addTop = labels.addTop = makeButton(panel);
    addTop->setObjectName(QStringLiteral("addTopCategory"));
    auto *addSub = labels.addSub = makeButton(panel);
    addSub->setObjectName(QStringLiteral("addSubcategory"));
    auto *rename = labels.rename = makeButton(panel);
    rename->setObjectName(QStringLiteral("renameCategory"));
    auto *archive = labels.archiveCategory = makeButton(panel);
    archive->setObjectName(QStringLiteral("archiveCategory"));
    layout->addWidget(title);
    layout->addWidget(m_categories, 1);
    layout->addWidget(m_categoryName);
    for (QPushButton *b : {addTop, addSub, rename, archive})
        layout->addWidget(b);

    // What the change applies to is taken when the button is pressed, on the GUI thread.
    auto create = [this](qint64 parentId, const Text &done) {
        runCategoryEdit([] { return tr("Adding the category…"); },
                        [editor = m_editor, parentId, name = m_categoryName->text()] {
                            return editor->createCategory(parentId, name);
                        },
                        done);
    };
    connect(addTop, &QPushButton::clicked, this,
            [create] { create(0, [] { return tr("Category added."); }); });
    connect(addSub, &QPushButton::clicked, this, [this, create] {
        create(selectedCategoryId(), [] { return tr("Subcategory added."); });
    });
    connect(rename, &QPushButton::clicked, this, [this] {
        runCategoryEdit(
            [] { return tr("Renaming the category…"); },
            [editor = m_editor, id = selectedCategoryId(), name = m_categoryName->text()] {
                return editor->renameCategory(id, name);
            },
            [] { return tr("Category renamed."); });
    });
    connect(archive, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_categories->currentItem();
        const bool active = item && item->data(kActiveRole).toBool();
        runCategoryEdit(
            [active] {
                return active ? tr("Archiving the category…") : tr("Unarchiving the category…");
            },
            [editor = m_editor, id = selectedCategoryId(), active] {
                return editor->setCategoryArchived(id, active);
            },
            [active] { return active ? tr("Category archived.") : tr("Category unarchived."); });
    });
    connect(m_categories, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_categoryName->setText(item->data(kNameRole).toString());
    });
    return panel;
}

void CatalogEditorDialog::retranslate()
{
    Labels &l = *m_labels;
    setWindowTitle(tr("Edit catalog"));
    l.find->setText(tr("&Find:"));
    m_search->setPlaceholderText(tr("SKU or name"));
    m_search->setAccessibleName(tr("Find products by SKU or name"));
    m_search->setAccessibleDescription(
        tr("Lists only the products whose SKU or name contains this text."));
    setTexts(l.newProduct, tr("&New product"), tr("New product"),
             tr("Empties the form for a new product."));
    setTexts(m_importButton, tr("&Import…"), tr("Import a catalog file"),
             tr("Reads products from a CSV or JSON file and shows a preview; nothing is "
                "written before you confirm."));
    setTexts(l.exportCatalog, tr("E&xport…"), tr("Export the catalog"),
             tr("Saves the whole catalog as a CSV or JSON file."));
    m_undoButton->setAccessibleName(tr("Undo the last edit"));
    m_undoButton->setToolTip(tr("Takes back the last saved edit (Ctrl+Z)."));
    m_products->setAccessibleName(tr("Products"));
    m_products->setAccessibleDescription(tr("Archived products are marked; pick one to edit it."));

    const auto row = [&](const QString &name, const QString &label, const QString &accessible,
                         const QString &help = {}) {
        l.rows.value(name)->setText(label);
        if (QLineEdit *edit = m_lines.value(name)) {
            edit->setAccessibleName(accessible);
            l.help.insert(name, help);
            if (m_messages.value(name)->text().isEmpty())
                edit->setAccessibleDescription(help);
        }
    };
    row(QStringLiteral("sku"), tr("&SKU:"), tr("SKU"),
        tr("The product's own stock-keeping code, unique in the catalog."));
    m_lines.value(QStringLiteral("sku"))
        ->setToolTip(tr("Letters, digits, '.', '_' and '-', at most 64"));
    row(QStringLiteral("name"), tr("&Name:"), tr("Product name"),
        tr("The title shoppers see in the grid and on the product page."));
    row(QStringLiteral("categories"), tr("&Category:"), {});
    m_category->setAccessibleName(tr("Category"));
    m_category->setAccessibleDescription(tr("The category the product is listed under."));
    row(QStringLiteral("brand"), tr("&Brand:"), tr("Brand"),
        tr("The maker or label; shoppers can filter by it."));
    row(QStringLiteral("price"), tr("&Price:"), tr("Price"),
        tr("The price in the currency below, with at most two decimals."));
    m_lines.value(QStringLiteral("price"))->setPlaceholderText(tr("19.99"));
    row(QStringLiteral("currency"), tr("C&urrency:"), tr("Currency (ISO 4217 code)"),
        tr("Three capital letters, such as EUR or USD."));
    row(QStringLiteral("stock"), tr("S&tock:"), tr("Items in stock"),
        tr("How many items are available; at 0 shoppers cannot add the product to a cart."));
    row(QStringLiteral("description"), tr("&Description:"), {});
    m_description->setAccessibleName(tr("Description"));
    m_description->setAccessibleDescription(
        tr("Free text shown on the product page; Tab moves to the next field."));
    row(QStringLiteral("attributes"), tr("&Attributes:"), {});
    m_attributes->setAccessibleName(tr("Attributes as a JSON object"));
    m_attributes->setAccessibleDescription(
        tr("Further properties as names and values in JSON; Tab moves to the next field."));
    m_attributes->setPlaceholderText(tr("{\"color\": \"red\"}"));
    row(QStringLiteral("image"), tr("Picture:"), {});
    m_image->setAccessibleName(tr("Product picture"));
    setTexts(l.chooseImage, tr("C&hoose picture…"), tr("Choose a picture file"),
             tr("Opens a file chooser; the picture is checked and copied into the store's "
                "media folder. A picture file can also be dropped on this window."));
    setTexts(l.removeImage, tr("Re&move picture"), tr("Remove the picture"),
             tr("Takes the picture off the product, which then shows a placeholder."));
    row(QStringLiteral("state"), tr("State:"), {});
    m_save->setText(tr("Sa&ve"));
    m_save->setAccessibleName(tr("Save the product"));
    m_archive->setAccessibleName(tr("Archive or unarchive the product"));
    m_save->setAccessibleDescription(
        tr("Checks every field and saves the product; a problem is shown under its field."));
    m_archive->setAccessibleDescription(
        tr("Archiving takes the product out of the shop and out of every recommendation at "
           "once; unarchiving brings it back."));

    l.categories->setText(tr("Cate&gories"));
    m_categories->setAccessibleName(tr("Categories"));
    m_categories->setAccessibleDescription(
        tr("Select a category to rename or archive it, or to add a subcategory to it."));
    m_categoryName->setAccessibleName(tr("Category name"));
    m_categoryName->setAccessibleDescription(
        tr("The name for the category to add, or the new name for the selected one."));
    m_categoryName->setPlaceholderText(tr("Category name"));
    setTexts(l.addTop, tr("Add &top-level"), tr("Add a top-level category"),
             tr("Adds a category with the name above at the top of the tree."));
    setTexts(l.addSub, tr("Add su&bcategory"), tr("Add a subcategory of the selected one"),
             tr("Adds a category with the name above under the selected one."));
    setTexts(l.rename, tr("Rena&me"), tr("Rename the selected category"),
             tr("Gives the selected category the name above."));
    setTexts(l.archiveCategory, tr("Archi&ve / unarchive"),
             tr("Archive or unarchive the selected category"),
             tr("Archiving hides the selected category from shoppers; unarchiving brings it "
                "back."));
    l.close->setAccessibleDescription(tr("Closes the editor; edits already saved stay."));
}

void CatalogEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        retranslateLists();
        updateStateText();
        updateActions();
        setImageWarning(m_imageWarningText);
        if (m_statusText)
            report(m_statusText);
        // The messages under the fields are core's verdict, made in the language of their
        // time: the form is checked again, unless a save or a load will give a new one.
        const bool problemsShown =
            std::any_of(m_messages.cbegin(), m_messages.cend(),
                        [this](const QLabel *m) { return m != m_imageWarning && !m->isHidden(); });
        if (problemsShown && !m_busy && m_formLoads == 0)
            (void)validateForm();
    }
    QDialog::changeEvent(event);
}

void CatalogEditorDialog::retranslateLists()
{
    for (int i = 0; i < m_products->count(); ++i)
        m_products->item(i)->setText(productText(m_products->item(i)));
    for (int i = 0; i < m_categories->count(); ++i)
        m_categories->item(i)->setText(categoryText(m_categories->item(i)));
    if (m_category->count() > 0)
        m_category->setItemText(0, tr("(no category)"));
    // Choices other than the active categories' paths are archived ones (see fillForm).
    for (int i = 1; i < m_category->count(); ++i) {
        const QString path = m_category->itemData(i).toString();
        if (m_category->itemText(i) != path)
            m_category->setItemText(i, archivedText(path));
    }
}

QString CatalogEditorDialog::productText(const QListWidgetItem *item)
{
    const QString sku = item->data(kSkuRole).toString();
    const QString title = item->data(kTitleRole).toString();
    return item->data(kActiveRole).toBool() ? tr("%1 — %2").arg(sku, title)
                                            : tr("%1 — %2 (archived)").arg(sku, title);
}

QString CatalogEditorDialog::categoryText(const QListWidgetItem *item)
{
    const QString path = item->data(kPathRole).toString();
    return item->data(kActiveRole).toBool() ? path : archivedText(path);
}

QString CatalogEditorDialog::archivedText(const QString &path)
{
    return tr("%1 (archived)").arg(path);
}

qint64 CatalogEditorDialog::selectedCategoryId() const
{
    QListWidgetItem *item = m_categories->currentItem();
    return item ? item->data(kIdRole).toLongLong() : 0;
}

QLineEdit *CatalogEditorDialog::field(const QString &name) const
{
    return m_lines.value(name);
}

QLabel *CatalogEditorDialog::messageFor(const QString &name) const
{
    return m_messages.value(name);
}

void CatalogEditorDialog::report(Text message)
{
    m_statusText = std::move(message);
    const QString text = m_statusText();
    m_status->setText(text);
    m_status->setAccessibleName(text);
}

void CatalogEditorDialog::report(const QString &fixed)
{
    report([fixed] { return fixed; });
}

void CatalogEditorDialog::refresh(const Refresh &what, std::function<void()> then)
{
    if (what.product) {
        // The form waits for the product so that nothing typed meanwhile is overwritten.
        ++m_formLoads;
        m_formHost->setEnabled(false);
    }
    m_progress->begin();
    runAsync(
        this, m_editPool,
        [editor = m_editor, what, filter = m_search->text().trimmed()] {
            Lists lists;
            if (what.categories)
                lists.categories = editor->categories();
            if (what.products)
                lists.products = editor->findProducts(filter);
            if (what.product)
                lists.product = editor->product(*what.product);
            return lists;
        },
        [this, what, then = std::move(then)](const Lists &lists) {
            m_progress->end();
            if (what.product && --m_formLoads == 0)
                m_formHost->setEnabled(true);
            showLists(what, lists);
            if (then)
                then();
        });
}

void CatalogEditorDialog::showLists(const Refresh &what, const Lists &lists)
{
    if (lists.categories) {
        if (*lists.categories)
            showCategories(**lists.categories,
                           what.selectCategory ? what.selectCategory : selectedCategoryId());
        else
            report(lists.categories->error().toString());
    }
    if (lists.products) {
        if (*lists.products)
            showProducts(**lists.products);
        else
            report(lists.products->error().toString());
    }
    if (lists.product) {
        const Result<std::optional<catalog::Product>> &found = *lists.product;
        if (found && found->has_value()) {
            fillForm(**found);
            for (int i = 0; i < m_products->count(); ++i) {
                if (m_products->item(i)->data(kIdRole).toLongLong() == (*found)->id) {
                    const QSignalBlocker blocker(m_products);
                    m_products->setCurrentRow(i);
                }
            }
            Q_EMIT productShown((*found)->id);
        } else if (found && what.blankIfGone) {
            blankForm();
        } else {
            if (found)
                report([] { return tr("That product no longer exists."); });
            else
                report(found.error().toString());
        }
    }
    if (lists.categories || lists.products)
        Q_EMIT listsRefreshed();
}

void CatalogEditorDialog::showProducts(const std::vector<catalog::Product> &products)
{
    // Rows are rewritten in place, so the scroll position and the selection stay.
    const QSignalBlocker blocker(m_products);
    while (m_products->count() > int(products.size()))
        delete m_products->takeItem(m_products->count() - 1);
    QListWidgetItem *current = nullptr;
    for (int row = 0; row < int(products.size()); ++row) {
        const catalog::Product &p = products.at(size_t(row));
        QListWidgetItem *item = m_products->item(row);
        if (!item)
            item = new QListWidgetItem(m_products);
        item->setData(kIdRole, p.id);
        item->setData(kActiveRole, p.active);
        item->setData(kSkuRole, p.sku);
        item->setData(kTitleRole, p.title);
        item->setText(productText(item));
        item->setForeground(p.active ? palette().brush(QPalette::Active, QPalette::Text)
                                     : palette().brush(QPalette::Disabled, QPalette::Text));
        if (m_currentId && p.id == *m_currentId)
            current = item;
    }
    m_products->setCurrentItem(current);
}

void CatalogEditorDialog::showCategories(const std::vector<catalog::Category> &categories,
                                         qint64 select)
{
    const QString chosen = m_category->currentData().toString();
    const int scroll = m_categories->verticalScrollBar()->value();
    const QSignalBlocker blocker(m_categories);
    m_categories->clear();
    m_category->clear();
    m_category->addItem(tr("(no category)"), QString());
    for (const catalog::Category &c : categories) {
        auto *item = new QListWidgetItem(m_categories);
        item->setData(kIdRole, c.id);
        item->setData(kActiveRole, c.active);
        item->setData(kNameRole, c.name);
        item->setData(kPathRole, c.path);
        item->setText(categoryText(item));
        if (c.id == select)
            m_categories->setCurrentItem(item);
        if (c.active)
            m_category->addItem(c.path, c.path);
    }
    m_categories->verticalScrollBar()->setValue(scroll);
    const int index = m_category->findData(chosen);
    m_category->setCurrentIndex(index < 0 ? 0 : index);
}

void CatalogEditorDialog::selectProduct(qint64 productId)
{
    refresh({.product = productId});
}

void CatalogEditorDialog::newProduct()
{
    if (m_busy)
        return;
    blankForm();
}

void CatalogEditorDialog::blankForm()
{
    catalog::Product blank;
    fillForm(blank);
    m_currentId.reset();
    m_products->setCurrentItem(nullptr);
    updateActions();
    m_lines.value(QStringLiteral("sku"))->setFocus();
}

void CatalogEditorDialog::fillForm(const catalog::Product &product)
{
    m_currentId = product.id ? std::optional<qint64>(product.id) : std::nullopt;
    m_currentActive = product.active;
    const catalog::ProductFields fields = catalog::ProductValidator::toFields(product);
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        it.value()->setText(fields.value(it.key()));
    if (!product.id)
        m_lines.value(QStringLiteral("price"))->clear();
    int index = m_category->findData(product.categoryPath);
    if (index < 0 && !product.categoryPath.isEmpty()) {
        // An archived product may sit in an archived category: show it, unselectable as new.
        m_category->addItem(archivedText(product.categoryPath), product.categoryPath);
        index = m_category->count() - 1;
    }
    m_category->setCurrentIndex(index < 0 ? 0 : index);
    m_description->setPlainText(product.description);
    {
        const QSignalBlocker blocker(m_attributes);
        m_attributes->setPlainText(fields.value(QStringLiteral("attributes")));
    }
    m_validateTimer->stop();
    ++m_validation; // a check of the previous form no longer applies
    showProblems({});
    m_imagePath = product.imagePath;
    showImage(product.imagePath);
    updateStateText();
    updateActions();
}

void CatalogEditorDialog::updateStateText()
{
    m_state->setText(!m_currentId      ? tr("New product (not saved yet)")
                     : m_currentActive ? tr("Active: shoppers see it")
                                       : tr("Archived: hidden from shoppers"));
}

catalog::ProductFields CatalogEditorDialog::formFields() const
{
    catalog::ProductFields fields;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        fields.insert(it.key(), it.value()->text());
    fields.insert(QStringLiteral("categories"), m_category->currentData().toString());
    fields.insert(QStringLiteral("description"), m_description->toPlainText());
    fields.insert(QStringLiteral("attributes"), m_attributes->toPlainText());
    fields.insert(QStringLiteral("image"), m_imagePath);
    fields.insert(QStringLiteral("active"),
                  m_currentActive ? QStringLiteral("1") : QStringLiteral("0"));
    return fields;
}

void CatalogEditorDialog::showProblems(const std::vector<catalog::FieldProblem> &problems)
{
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        if (it.key() == QStringLiteral("image"))
            continue; // the picture's warning is the image check's
        it.value()->clear();
        it.value()->hide();
        if (QLineEdit *edit = m_lines.value(it.key()))
            edit->setAccessibleDescription(m_labels->help.value(it.key()));
    }
    for (const catalog::FieldProblem &p : problems) {
        QLabel *label = m_messages.value(p.field);
        if (!label || p.field == QStringLiteral("image")) {
            report(tr("%1: %2").arg(p.field, p.message));
            if (!label)
                continue;
        }
        const QString text =
            label->text().isEmpty() ? p.message : label->text() + QLatin1Char('\n') + p.message;
        label->setText(text);
        label->show();
        if (QLineEdit *edit = m_lines.value(p.field))
            edit->setAccessibleDescription(text);
    }
}

bool CatalogEditorDialog::validateForm()
{
    m_validateTimer->stop(); // this check supersedes the one typing scheduled
    auto parsed = catalog::ProductValidator::parse(formFields());
    parsed.product.id = m_currentId.value_or(0);
    showProblems(parsed.problems);
    const quint64 generation = ++m_validation;
    m_progress->begin();
    runAsync(
        this, m_editPool,
        [editor = m_editor, product = parsed.product] { return editor->check(product); },
        [this, generation, problems = parsed.problems](
            const Result<std::vector<catalog::FieldProblem>> &checked) mutable {
            m_progress->end();
            if (generation != m_validation)
                return; // the form changed or was saved meanwhile
            if (!checked) {
                report(checked.error().toString());
                Q_EMIT formValidated(false);
                return;
            }
            for (const catalog::FieldProblem &p : *checked) {
                const bool seen =
                    std::any_of(problems.begin(), problems.end(),
                                [&](const catalog::FieldProblem &q) { return q.field == p.field; });
                if (!seen)
                    problems.push_back(p);
            }
            showProblems(problems);
            Q_EMIT formValidated(problems.empty());
        });
    return parsed.problems.empty();
}

void CatalogEditorDialog::focusFirstProblem()
{
    for (const QString &name : catalog::ProductValidator::fieldNames()) {
        QLabel *label = m_messages.value(name);
        if (label && !label->isHidden() && m_lines.value(name)) {
            m_lines.value(name)->setFocus();
            break;
        }
    }
}

bool CatalogEditorDialog::save()
{
    if (m_busy)
        return false;
    m_validateTimer->stop();
    ++m_validation; // the save's own verdict replaces any check in flight
    auto parsed = catalog::ProductValidator::parse(formFields());
    parsed.product.id = m_currentId.value_or(0);
    if (!parsed.problems.empty()) {
        showProblems(parsed.problems);
        report([] { return tr("Not saved: fix the fields marked below."); });
        focusFirstProblem();
        return false;
    }
    // What needs the database (a sku in use, a missing category) is core's to find on the
    // worker; it refuses with every problem, shown as a check would show them.
    struct Saved
    {
        Result<qint64> id;
        std::vector<catalog::FieldProblem> problems;
    };
    const QString sku = parsed.product.sku;
    runEdit([sku] { return tr("Saving %1…").arg(sku); },
            [editor = m_editor, product = parsed.product] {
                std::vector<catalog::FieldProblem> problems;
                Result<qint64> id = editor->saveProduct(product, &problems);
                return Saved{std::move(id), std::move(problems)};
            },
            [this, sku](const Saved &saved) -> std::optional<Refresh> {
                if (!saved.id) {
                    if (saved.problems.empty())
                        showProblems({{saved.id.error().where, saved.id.error().message}});
                    else
                        showProblems(saved.problems);
                    report([refused =
                                saved.problems.empty() ? saved.id.error().toString() : QString()] {
                        return refused.isEmpty() ? tr("Not saved: fix the fields marked below.")
                                                 : tr("Not saved: %1").arg(refused);
                    });
                    setBusy(false); // a disabled field cannot take the focus
                    focusFirstProblem();
                    return std::nullopt;
                }
                m_currentId = *saved.id;
                report([sku] { return tr("Saved %1.").arg(sku); });
                return Refresh{.products = true, .product = *saved.id};
            });
    return true;
}

void CatalogEditorDialog::toggleArchived()
{
    if (!m_currentId || m_busy)
        return;
    const qint64 id = *m_currentId;
    const bool archive = m_currentActive;
    runEdit([archive] { return archive ? tr("Archiving…") : tr("Unarchiving…"); },
            [editor = m_editor, id, archive] { return editor->setProductArchived(id, archive); },
            [this, id, archive](const Status &s) -> std::optional<Refresh> {
                if (!s) {
                    report(s.error().toString());
                    return std::nullopt;
                }
                report([archive] {
                    return archive ? tr("Archived: shoppers no longer see it.")
                                   : tr("Unarchived: shoppers see it again.");
                });
                return Refresh{.products = true, .product = id};
            });
}

void CatalogEditorDialog::undo()
{
    if (m_busy)
        return;
    const QString what = m_editor->undoText();
    runEdit([what] { return tr("Undoing %1…").arg(what); },
            [editor = m_editor] { return editor->undo(); },
            [this, what](const Status &s) -> std::optional<Refresh> {
                if (!s) {
                    report(s.error().toString());
                    return std::nullopt;
                }
                report([what] { return tr("Undone: %1.").arg(what); });
                if (!m_currentId)
                    blankForm();
                return Refresh{.categories = true,
                               .products = true,
                               .product = m_currentId,
                               .blankIfGone = true};
            });
}

template <typename Work, typename Done>
void CatalogEditorDialog::runEdit(Text what, Work work, Done done)
{
    setBusy(true);
    m_progress->begin();
    report(std::move(what));
    runAsync(this, m_editPool, std::move(work), [this, done = std::move(done)](const auto &result) {
        m_progress->end();
        const std::optional<Refresh> reread = done(result);
        if (!reread) {
            setBusy(false);
            Q_EMIT editFinished(false);
            return;
        }
        // The controls come back once the lists show the change.
        refresh(*reread, [this] {
            setBusy(false);
            Q_EMIT editFinished(true);
        });
    });
}

template <typename Work> void CatalogEditorDialog::runCategoryEdit(Text what, Work work, Text done)
{
    if (m_busy)
        return;
    runEdit(what, std::move(work), [this, done](const auto &result) -> std::optional<Refresh> {
        if (!result) {
            report(result.error().toString());
            return std::nullopt;
        }
        m_categoryName->clear();
        report(done);
        Refresh reread{.categories = true, .products = true};
        if constexpr (std::is_same_v<std::decay_t<decltype(result)>, Result<qint64>>)
            reread.selectCategory = *result; // a new category is selected
        return reread;
    });
}

void CatalogEditorDialog::setBusy(bool busy)
{
    // While a change is written the form, the lists and every action that changes something
    // wait; Close and the status line stay.
    m_busy = busy;
    for (QWidget *widget : std::as_const(m_busyWidgets))
        widget->setEnabled(!busy);
    for (QAction *action : std::as_const(m_busyActions))
        action->setEnabled(!busy);
    if (busy) {
        m_undo->setEnabled(false);
        m_undoButton->setEnabled(false);
    } else {
        updateActions();
    }
}

void CatalogEditorDialog::updateActions()
{
    const bool canUndo = m_editor->canUndo();
    m_undo->setEnabled(canUndo);
    m_undoButton->setEnabled(canUndo);
    const QString text = canUndo ? tr("&Undo %1").arg(m_editor->undoText()) : tr("&Undo");
    m_undoButton->setText(text);
    m_undo->setText(text);
    m_archive->setEnabled(m_currentId.has_value());
    m_archive->setText(m_currentActive ? tr("A&rchive") : tr("Un&archive"));
}

void CatalogEditorDialog::showImage(const QString &mediaPath)
{
    const QSize side(kImageSide, kImageSide);
    m_image->setPixmap(ImageCache::placeholder(side, devicePixelRatioF()));
    setImageWarning(nullptr);
    if (mediaPath.isEmpty())
        return;
    const QString file = m_media.resolve(mediaPath);
    if (file.isEmpty()) {
        setImageWarning([mediaPath] {
            return tr("The picture \"%1\" is missing; shoppers see a placeholder. Choose "
                      "another picture.")
                .arg(mediaPath);
        });
        return;
    }
    m_importer->inspect(file);
}

void CatalogEditorDialog::useImageFile(const QString &path)
{
    report([] { return tr("Checking the picture…"); });
    m_importer->importImage(path);
}

void CatalogEditorDialog::imageFinished(const ProductImageResult &result)
{
    const QSize side(kImageSide, kImageSide);
    if (!result.ok) {
        m_image->setPixmap(ImageCache::placeholder(side, devicePixelRatioF()));
        // The importer's reason was made in the language of its time.
        setImageWarning(
            [why = result.message] { return tr("The picture cannot be used: %1").arg(why); });
        if (!result.mediaPath.isEmpty() || m_status->text() == tr("Checking the picture…"))
            report([] { return tr("Picture refused; the product keeps its previous picture."); });
        return;
    }
    QPixmap pixmap = QPixmap::fromImage(result.preview.scaled(
        side * devicePixelRatioF(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_image->setPixmap(pixmap);
    setImageWarning(nullptr);
    if (!result.mediaPath.isEmpty()) {
        m_imagePath = result.mediaPath;
        if (result.created)
            m_createdPictures << result.mediaPath;
        report([] { return tr("Picture checked and stored; save the product to use it."); });
    }
}

void CatalogEditorDialog::setImageWarning(Text warning)
{
    m_imageWarningText = std::move(warning);
    const QString text = m_imageWarningText ? m_imageWarningText() : QString();
    m_imageWarning->setText(text);
    m_imageWarning->setVisible(!text.isEmpty());
    m_image->setAccessibleDescription(
        text.isEmpty() ? tr("Drop a picture file here or use Choose picture.") : text);
}

bool CatalogEditorDialog::filesAllowed()
{
    // A kiosk locked again while this window was open: its disk stays out of reach.
    if (fileDialogsAllowed())
        return true;
    report([] {
        return tr("Files can be opened only while the kiosk is unlocked with the staff PIN.");
    });
    return false;
}

void CatalogEditorDialog::chooseImage()
{
    if (!filesAllowed())
        return;
    const QString path = openFileName(this, tr("Choose a product picture"), QString(),
                                      tr("Pictures (*.png *.jpg *.jpeg *.webp)"));
    if (!path.isEmpty())
        useImageFile(path);
}

void CatalogEditorDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void CatalogEditorDialog::dropEvent(QDropEvent *event)
{
    const QString file = droppedFile(event->mimeData());
    if (file.isEmpty())
        return;
    event->acceptProposedAction();
    useImageFile(file);
}

bool CatalogEditorDialog::previewImport(const QString &path)
{
    // The dialog opens at once with a progress bar; reading a big file can be cancelled.
    auto *dialog = new ImportPreviewDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto future =
        m_editor->previewImportAsync(path, dialog->startWork(tr("Reading %1…").arg(path)));
    if (future.isFinished() && !future.result()) {
        delete dialog;
        report(future.result().error().toString());
        return false;
    }
    QPointer<ImportPreviewDialog> guard(dialog);
    auto watcher = new QFutureWatcher<Result<catalog::ImportPreview>>(this);
    connect(watcher, &QFutureWatcher<Result<catalog::ImportPreview>>::finished, this,
            [this, watcher, guard] {
                watcher->deleteLater();
                m_importButton->setEnabled(true);
                auto preview = watcher->result();
                if (!guard)
                    return; // closed meanwhile: the reading was cancelled
                // Cancel pressed while reading wins even if the reading finished meanwhile.
                const bool cancelled = guard->cancelRequested() || (preview && preview->cancelled);
                if (!preview || cancelled) {
                    const QString message = cancelled ? tr("Import cancelled; nothing was written.")
                                                      : preview.error().toString();
                    report(message);              // as the preview dialog, which keeps it, says it
                    guard->workFinished(message); // a working dialog refuses to close
                    guard->close();
                    return;
                }
                report(QString());
                guard->setPreview(std::move(*preview));
                Q_EMIT importPreviewShown(guard);
            });
    connect(dialog, &ImportPreviewDialog::confirmRequested, this,
            [this, dialog] { confirmImport(dialog); });
    report([path] { return tr("Reading %1…").arg(path); });
    m_importButton->setEnabled(false);
    watcher->setFuture(future);
    dialog->open();
    return true;
}

void CatalogEditorDialog::confirmImport(ImportPreviewDialog *dialog)
{
    report([] { return tr("Importing…"); });
    m_importButton->setEnabled(false);
    const catalog::ImportControl control = dialog->startWork(tr("Importing…"));
    QPointer<ImportPreviewDialog> guard(dialog);
    auto *confirm = new QFutureWatcher<Result<catalog::ImportResult>>(this);
    connect(confirm, &QFutureWatcher<Result<catalog::ImportResult>>::finished, this,
            [this, confirm, guard] {
                confirm->deleteLater();
                m_importButton->setEnabled(true);
                const auto result = confirm->result();
                if (!result) {
                    const bool cancelled = guard && guard->cancelRequested();
                    const QString message =
                        cancelled ? tr("Import cancelled; nothing was written.")
                                  : tr("Nothing imported: %1").arg(result.error().toString());
                    report(message);
                    if (guard)
                        guard->workFinished(message);
                    Q_EMIT importFinished(false);
                    return;
                }
                if (guard)
                    guard->accept();
                report([summary = result->summary] {
                    return tr("Imported: %1 new, %2 updated, %3 picture(s) copied.")
                        .arg(summary.inserted)
                        .arg(summary.updated)
                        .arg(summary.imagesCopied);
                });
                updateActions();
                refresh({.categories = true, .products = true},
                        [this] { Q_EMIT importFinished(true); });
            });
    confirm->setFuture(m_editor->confirmImportAsync(dialog->preview(), control));
}

void CatalogEditorDialog::chooseImport()
{
    if (!filesAllowed())
        return;
    const QString path =
        openFileName(this, tr("Import a catalog"), QString(), tr("Catalog files (*.csv *.json)"));
    if (!path.isEmpty())
        (void)previewImport(path);
}

void CatalogEditorDialog::exportTo(const QString &path)
{
    report([path] { return tr("Exporting to %1…").arg(path); });
    m_progress->begin();
    runAsync(
        this, m_editPool,
        [editor = m_editor, path, media = m_media] { return editor->exportCatalog(path, media); },
        [this, path](const Status &s) {
            m_progress->end();
            if (s)
                report([path] { return tr("Exported to %1.").arg(path); });
            else
                report(s.error().toString());
            Q_EMIT exportFinished(s.ok());
        });
}

void CatalogEditorDialog::chooseExport()
{
    if (!filesAllowed())
        return;
    const QString path =
        saveFileName(this, tr("Export the catalog"), QString(), tr("CSV (*.csv);;JSON (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace storefront::ui
