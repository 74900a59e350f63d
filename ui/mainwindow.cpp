#include "mainwindow.h"

#include "catalog/catalogservice.h"
#include "catalog/categorytreemodel.h"
#include "catalog/productlistmodel.h"
#include "catalogpage.h"
#include "evaluationdashboard.h"
#include "facetpanel.h"
#include "imagecache.h"
#include "productpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace storefront::ui {

MainWindow::MainWindow(const storage::Database &db, catalog::MediaLocator media, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_catalog(std::make_unique<catalog::CatalogService>(db))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Storefront"));
    m_images = new ImageCache(this);
    m_products = new catalog::ProductListModel(db, media, this);
    m_categories = new catalog::CategoryTreeModel(db, this);

    m_stack = new QStackedWidget(this);
    m_catalogPage = new CatalogPage(m_products, m_categories, *m_catalog, m_images, m_stack);
    m_productPage = new ProductPage(*m_catalog, m_images, media, m_stack);
    m_stack->addWidget(m_catalogPage);
    m_stack->addWidget(m_productPage);
    setCentralWidget(m_stack);

    connect(m_catalogPage, &CatalogPage::productActivated, this, &MainWindow::openProduct);
    connect(m_productPage, &ProductPage::backRequested, this, &MainWindow::showCatalog);
    m_catalogPage->grid()->viewport()->installEventFilter(this);

    createActions();
    restoreState();
    // The category counts wait for the first page of products (see CatalogPage's facets).
    connect(
        m_products, &catalog::ProductListModel::loaded, m_categories,
        [this] { m_categories->reload(); }, Qt::SingleShotConnection);
    m_catalogPage->runQuery();
    statusBar()->showMessage(tr("Welcome! Browse the categories or type to search."), 5000);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Search"), this, [this] {
        showCatalog();
        m_catalogPage->focusSearch();
    });
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    QAction *back = view->addAction(tr("&Back to products"), this, &MainWindow::showCatalog);
    back->setShortcut(QKeySequence::Back);
    QAction *reload = view->addAction(tr("&Reload"), this, [this] {
        m_categories->reload();
        m_products->refresh();
    });
    reload->setShortcut(QKeySequence::Refresh);

    // Staff tools (issue #5); the auth work restricts them with setStaffToolsVisible().
    m_staffMenu = menuBar()->addMenu(tr("S&taff"));
    m_staffMenu->addAction(tr("&Evaluation dashboard…"), this,
                           &MainWindow::openEvaluationDashboard);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        QMessageBox::information(
            this, tr("Keyboard shortcuts"),
            tr("<p><b>Ctrl+F</b> or <b>/</b>: search<br><b>Down</b> in the search box: go "
               "to the results<br><b>Arrow keys</b>: move through the grid<br><b>Enter</b>: "
               "open the product<br><b>Esc</b>, <b>Backspace</b> or <b>Alt+Left</b>: back to "
               "the products<br><b>Tab</b>: next control</p>"));
    });
    help->addAction(tr("&About Storefront"), this, [this] {
        QMessageBox::about(this, tr("About Storefront"),
                           tr("<p><b>Storefront</b> %1</p><p>A desktop storefront with an "
                              "on-device recommender. MIT licence.</p><p>Product pictures: "
                              "Microsoft Fluent Emoji 3D (MIT), via @lobehub/fluent-emoji-3d.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setStaffToolsVisible(bool visible)
{
    m_staffMenu->menuAction()->setVisible(visible);
    if (!visible && m_dashboard)
        m_dashboard->close();
}

EvaluationDashboard *MainWindow::openEvaluationDashboard()
{
    if (!m_dashboard) {
        m_dashboard = new EvaluationDashboard(m_db, this);
        m_dashboard->setWindowFlag(Qt::Window);
        m_dashboard->resize(fontMetrics().averageCharWidth() * 140, fontMetrics().height() * 45);
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
    return m_dashboard;
}

bool MainWindow::showingProduct() const
{
    return m_stack->currentWidget() == m_productPage;
}

void MainWindow::openProduct(qint64 productId)
{
    m_productPage->showProduct(productId);
    m_stack->setCurrentWidget(m_productPage);
    m_productPage->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showCatalog()
{
    m_stack->setCurrentWidget(m_catalogPage);
    m_catalogPage->grid()->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_gridPainted && event->type() == QEvent::Paint &&
        watched == m_catalogPage->grid()->viewport() && m_products->rowCount() > 0) {
        m_gridPainted = true;
        // Emitted after this paint event has been handled.
        QMetaObject::invokeMethod(this, &MainWindow::firstGridPainted, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::restoreState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(fontMetrics().averageCharWidth() * 170, fontMetrics().lineSpacing() * 45);
    QMainWindow::restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_catalogPage->splitter()->restoreState(
        settings.value(QStringLiteral("splitter")).toByteArray());
    const int sort = settings.value(QStringLiteral("sort"), 0).toInt();
    if (sort >= 0 && sort < m_catalogPage->sortBox()->count())
        m_catalogPage->sortBox()->setCurrentIndex(sort);
    settings.endGroup();
}

void MainWindow::saveState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), QMainWindow::saveState());
    settings.setValue(QStringLiteral("splitter"), m_catalogPage->splitter()->saveState());
    settings.setValue(QStringLiteral("sort"), m_catalogPage->sortBox()->currentIndex());
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

} // namespace storefront::ui
