#include "facetpanel.h"

#include "catalog/categorytreemodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
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
    connect(m_brands, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            Q_EMIT changed();
    });

    auto makePrice = [this] {
        auto *box = new QDoubleSpinBox(this);
        box->setDecimals(0);
        box->setRange(0, 1'000'000);
        box->setSingleStep(10);
        box->setKeyboardTracking(false);
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_updating)
                Q_EMIT changed();
        });
        return box;
    };
    m_minPrice = makePrice();
    m_minPrice->setObjectName(QStringLiteral("minPrice"));
    m_maxPrice = makePrice();
    m_maxPrice->setObjectName(QStringLiteral("maxPrice"));

    m_minStars = new QComboBox(this);
    m_minStars->setObjectName(QStringLiteral("minStars"));
    for (double stars : {0.0, 4.0, 3.0, 2.0, 1.0}) // 0: any rating; named by retranslate()
        m_minStars->addItem(QString(), stars);
    connect(m_minStars, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT changed();
    });

    m_reset = new QPushButton(this);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT changed();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_categoriesLabel = new QLabel(this);
    m_categoriesLabel->setBuddy(m_categories);
    layout->addWidget(m_categoriesLabel);
    layout->addWidget(m_categories, 3);
    m_brandsLabel = new QLabel(this);
    m_brandsLabel->setBuddy(m_brands);
    layout->addWidget(m_brandsLabel);
    layout->addWidget(m_brands, 2);
    m_form = new QFormLayout;
    for (QWidget *field : {static_cast<QWidget *>(m_minPrice), static_cast<QWidget *>(m_maxPrice),
                           static_cast<QWidget *>(m_minStars)}) {
        auto *label = new QLabel(this); // named by retranslate()
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    layout->addLayout(m_form);
    layout->addWidget(m_reset);
    retranslate();
}

void FacetPanel::retranslate()
{
    m_categories->setAccessibleName(tr("Categories"));
    m_categories->setAccessibleDescription(tr("Shows only the products of the selected category."));
    m_categoriesLabel->setText(tr("&Categories"));
    m_brands->setAccessibleName(tr("Brands"));
    m_brands->setAccessibleDescription(
        tr("Check brands to show only their products; with none checked, every brand shows."));
    m_brandsLabel->setText(tr("&Brands"));
    m_minPrice->setAccessibleName(tr("Minimum price"));
    m_maxPrice->setAccessibleName(tr("Maximum price"));
    m_minPrice->setAccessibleDescription(
        tr("Shows only products at or above this price; \"Any\" for no lower limit."));
    m_maxPrice->setAccessibleDescription(
        tr("Shows only products at or below this price; \"Any\" for no upper limit."));
    for (QDoubleSpinBox *box : {m_minPrice, m_maxPrice})
        box->setSpecialValueText(tr("Any"));
    updatePriceTips();
    m_minStars->setAccessibleName(tr("Minimum rating"));
    m_minStars->setAccessibleDescription(
        tr("Shows only products whose average rating reaches the chosen stars."));
    for (int i = 0; i < m_minStars->count(); ++i) {
        const int stars = int(m_minStars->itemData(i).toDouble());
        m_minStars->setItemText(i, stars == 0 ? tr("Any rating") : tr("%1★ and up").arg(stars));
    }
    const std::pair<QWidget *, QString> rows[] = {{m_minPrice, tr("Price &from")},
                                                  {m_maxPrice, tr("Price &to")},
                                                  {m_minStars, tr("&Rating")}};
    for (const auto &[field, label] : rows)
        static_cast<QLabel *>(m_form->labelForField(field))->setText(label);
    m_reset->setText(tr("Clear filters"));
    m_reset->setAccessibleName(tr("Clear filters"));
    m_reset->setToolTip(tr("Clears the brand, price and rating filters."));
}

void FacetPanel::updatePriceTips()
{
    if (m_topPrice < 0)
        return; // no facets counted yet
    for (QDoubleSpinBox *box : {m_minPrice, m_maxPrice})
        box->setToolTip(tr("Prices here range up to %1").arg(m_topPrice));
}

void FacetPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
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
        m_topPrice = std::ceil(double(facets->prices.maxCents) / 100.0);
        updatePriceTips();
        m_updating = false;
    });
    watcher->setFuture(m_catalog.facets(query));
}

} // namespace storefront::ui
