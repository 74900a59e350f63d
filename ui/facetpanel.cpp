#include "facetpanel.h"

#include "catalog/categorytreemodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

namespace storefront::ui {

FacetPanel::FacetPanel(catalog::CatalogService &catalog, catalog::CategoryTreeModel *categories,
                       QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    m_categories = new QTreeView(this);
    m_categories->setObjectName(QStringLiteral("categoryTree"));
    m_categories->setAccessibleName(tr("Categories"));
    m_categories->setModel(categories);
    m_categories->setHeaderHidden(true);
    m_categories->setUniformRowHeights(true);
    connect(categories, &catalog::CategoryTreeModel::loaded, this, [this, categories] {
        m_categories->expandToDepth(0);
        if (!m_categories->currentIndex().isValid())
            m_categories->setCurrentIndex(categories->index(0, 0));
    });
    connect(m_categories->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (!m_updating)
            Q_EMIT changed();
    });

    m_brands = new QListWidget(this);
    m_brands->setObjectName(QStringLiteral("brandList"));
    m_brands->setAccessibleName(tr("Brands"));
    connect(m_brands, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            Q_EMIT changed();
    });

    auto makePrice = [this](const QString &name) {
        auto *box = new QDoubleSpinBox(this);
        box->setAccessibleName(name);
        box->setDecimals(0);
        box->setRange(0, 1'000'000);
        box->setSingleStep(10);
        box->setSpecialValueText(tr("Any"));
        box->setKeyboardTracking(false);
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_updating)
                Q_EMIT changed();
        });
        return box;
    };
    m_minPrice = makePrice(tr("Minimum price"));
    m_minPrice->setObjectName(QStringLiteral("minPrice"));
    m_maxPrice = makePrice(tr("Maximum price"));
    m_maxPrice->setObjectName(QStringLiteral("maxPrice"));

    m_minStars = new QComboBox(this);
    m_minStars->setObjectName(QStringLiteral("minStars"));
    m_minStars->setAccessibleName(tr("Minimum rating"));
    m_minStars->addItem(tr("Any rating"), 0.0);
    for (int stars = 4; stars >= 1; --stars)
        m_minStars->addItem(tr("%1★ and up").arg(stars), double(stars));
    connect(m_minStars, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT changed();
    });

    auto *reset = new QPushButton(tr("Clear filters"), this);
    reset->setAccessibleName(tr("Clear filters"));
    connect(reset, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT changed();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *categoriesLabel = new QLabel(tr("&Categories"), this);
    categoriesLabel->setBuddy(m_categories);
    layout->addWidget(categoriesLabel);
    layout->addWidget(m_categories, 3);
    auto *brandsLabel = new QLabel(tr("&Brands"), this);
    brandsLabel->setBuddy(m_brands);
    layout->addWidget(brandsLabel);
    layout->addWidget(m_brands, 2);
    auto *form = new QFormLayout;
    form->addRow(tr("Price &from"), m_minPrice);
    form->addRow(tr("Price &to"), m_maxPrice);
    form->addRow(tr("&Rating"), m_minStars);
    layout->addLayout(form);
    layout->addWidget(reset);
}

void FacetPanel::applyTo(catalog::ProductQuery &query) const
{
    const QModelIndex category = m_categories->currentIndex();
    const QVariant id = category.data(catalog::CategoryTreeModel::CategoryIdRole);
    query.categoryId = id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
    query.brands.clear();
    for (int i = 0; i < m_brands->count(); ++i) {
        const QListWidgetItem *item = m_brands->item(i);
        if (item->checkState() == Qt::Checked)
            query.brands << item->data(Qt::UserRole).toString();
    }
    query.minPriceCents = m_minPrice->value() > 0
                              ? std::optional<qint64>(qint64(m_minPrice->value() * 100))
                              : std::nullopt;
    query.maxPriceCents = m_maxPrice->value() > 0
                              ? std::optional<qint64>(qint64(m_maxPrice->value() * 100))
                              : std::nullopt;
    query.minAverageStars = m_minStars->currentData().toDouble();
}

void FacetPanel::clear()
{
    m_updating = true;
    for (int i = 0; i < m_brands->count(); ++i)
        m_brands->item(i)->setCheckState(Qt::Unchecked);
    m_minPrice->setValue(0);
    m_maxPrice->setValue(0);
    m_minStars->setCurrentIndex(0);
    m_updating = false;
}

void FacetPanel::refreshFacets(const catalog::ProductQuery &query)
{
    const quint64 generation = ++m_generation;
    using Loaded = Result<catalog::Facets>;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Loaded facets = watcher->result();
        if (!facets)
            return;
        QSet<QString> checked;
        for (int i = 0; i < m_brands->count(); ++i) {
            if (m_brands->item(i)->checkState() == Qt::Checked)
                checked.insert(m_brands->item(i)->data(Qt::UserRole).toString());
        }
        m_updating = true;
        m_brands->clear();
        for (const storage::BrandFacet &brand : facets->brands) {
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 (%2)").arg(brand.brand).arg(brand.count), m_brands);
            item->setData(Qt::UserRole, brand.brand);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(brand.brand) ? Qt::Checked : Qt::Unchecked);
        }
        const double top = std::ceil(double(facets->prices.maxCents) / 100.0);
        m_minPrice->setToolTip(tr("Prices here range up to %1").arg(top));
        m_maxPrice->setToolTip(tr("Prices here range up to %1").arg(top));
        m_updating = false;
    });
    watcher->setFuture(m_catalog.facets(query));
}

} // namespace storefront::ui
