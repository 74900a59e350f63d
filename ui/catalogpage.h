#pragma once

#include "catalog/productquery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QTimer;

namespace storefront::catalog {
class CatalogService;
class CategoryTreeModel;
class ProductListModel;
} // namespace storefront::catalog

namespace storefront::ui {

class FacetPanel;
class ImageCache;

/// The browsing page: search box, sort order, facets and the product grid.
class CatalogPage : public QWidget
{
    Q_OBJECT
public:
    CatalogPage(catalog::ProductListModel *products, catalog::CategoryTreeModel *categories,
                catalog::CatalogService &catalog, ImageCache *images, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *searchBox() const { return m_search; }
    [[nodiscard]] QListView *grid() const { return m_grid; }
    [[nodiscard]] QComboBox *sortBox() const { return m_sort; }
    [[nodiscard]] FacetPanel *facets() const { return m_facets; }
    [[nodiscard]] QSplitter *splitter() const { return m_splitter; }
    [[nodiscard]] catalog::ProductQuery currentQuery() const;

    /// Runs the query now (instead of after the typing pause).
    void runQuery();
    void focusSearch();
    /// Searches for `text` as if the shopper had typed it here, focus in the box.
    void startSearch(const QString &text);

Q_SIGNALS:
    void productActivated(qint64 productId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /// Shows the result count, "Searching…" while it is unknown, or why loading failed.
    void updateCount();
    [[nodiscard]] static QString sortName(catalog::ProductSort sort);

    catalog::ProductListModel *m_products;
    QLineEdit *m_search;
    QComboBox *m_sort;
    QLabel *m_sortLabel;
    QLabel *m_count;
    QListView *m_grid;
    FacetPanel *m_facets;
    QSplitter *m_splitter;
    QTimer *m_typingPause;
    bool m_facetsStale = false;
    QString m_loadError; ///< why the current query failed to load, empty while it has not
};

} // namespace storefront::ui
