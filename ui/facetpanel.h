#pragma once

#include "catalog/catalogservice.h"
#include "catalog/productquery.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updatePriceTips();

    catalog::CatalogService &m_catalog;
    QTreeView *m_categories;
    QListWidget *m_brands;
    QDoubleSpinBox *m_minPrice;
    QDoubleSpinBox *m_maxPrice;
    QComboBox *m_minStars;
    QPushButton *m_reset;
    QLabel *m_categoriesLabel;
    QLabel *m_brandsLabel;
    QFormLayout *m_form;
    double m_topPrice = -1; ///< the highest price of the last facets, for the tooltips
    quint64 m_generation = 0;
    bool m_updating = false;
};

} // namespace storefront::ui
