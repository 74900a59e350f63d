#pragma once

#include "catalog/catalogservice.h"
#include "catalog/productquery.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QListWidget;
class QTreeView;

namespace storefront::catalog {
class CategoryTreeModel;
}

namespace storefront::ui {

/// Category navigation and facets (brand, price range, minimum rating). It writes the
/// shopper's choices into a ProductQuery and refreshes its own choices from the catalog.
class FacetPanel : public QWidget
{
    Q_OBJECT
public:
    FacetPanel(catalog::CatalogService &catalog, catalog::CategoryTreeModel *categories,
               QWidget *parent = nullptr);

    /// Copies the current choices into `query` (category, brands, prices, stars).
    void applyTo(catalog::ProductQuery &query) const;
    /// Reloads the brand list and price bounds for `query`, keeping what is still valid.
    void refreshFacets(const catalog::ProductQuery &query);
    void clear();
    [[nodiscard]] QTreeView *categoryView() const { return m_categories; }
    [[nodiscard]] QListWidget *brandList() const { return m_brands; }

Q_SIGNALS:
    void changed();

private:
    catalog::CatalogService &m_catalog;
    QTreeView *m_categories;
    QListWidget *m_brands;
    QDoubleSpinBox *m_minPrice;
    QDoubleSpinBox *m_maxPrice;
    QComboBox *m_minStars;
    quint64 m_generation = 0;
    bool m_updating = false;
};

} // namespace storefront::ui
