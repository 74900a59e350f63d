#pragma once

#include "catalog/medialocator.h"

#include <QMainWindow>

#include <memory>

class QMenu;
class QStackedWidget;

namespace storefront::storage {
class Database;
}
namespace storefront::catalog {
class CatalogService;
class CategoryTreeModel;
class ProductListModel;
} // namespace storefront::catalog

namespace storefront::ui {

class CatalogPage;
class EvaluationDashboard;
class ImageCache;
class ProductPage;

/// The storefront's main window: the catalog page and the product page in a stack, with
/// window state remembered between runs (QSettings).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const storage::Database &db, catalog::MediaLocator media, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] CatalogPage *catalogPage() const { return m_catalogPage; }
    [[nodiscard]] ProductPage *productPage() const { return m_productPage; }
    [[nodiscard]] catalog::ProductListModel *products() const { return m_products; }
    [[nodiscard]] bool showingProduct() const;

    void openProduct(qint64 productId);
    void showCatalog();

    /// Shows or hides the Staff menu (evaluation dashboard). Hook for the auth work: call it
    /// with the signed-in account's staff role; visible until then.
    void setStaffToolsVisible(bool visible);
    [[nodiscard]] QMenu *staffMenu() const { return m_staffMenu; }
    /// Opens (or raises) the staff evaluation dashboard.
    EvaluationDashboard *openEvaluationDashboard();

Q_SIGNALS:
    /// The grid has painted products for the first time (for the start-up benchmark).
    void firstGridPainted();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void restoreState();
    void saveState();

    const storage::Database &m_db;
    std::unique_ptr<catalog::CatalogService> m_catalog;
    ImageCache *m_images;
    catalog::ProductListModel *m_products;
    catalog::CategoryTreeModel *m_categories;
    QStackedWidget *m_stack;
    CatalogPage *m_catalogPage;
    ProductPage *m_productPage;
    bool m_gridPainted = false;
    QMenu *m_staffMenu = nullptr;
    EvaluationDashboard *m_dashboard = nullptr;
};

} // namespace storefront::ui
