#include "catalogpage.h"

#include "catalog/productlistmodel.h"
#include "facetpanel.h"
#include "imagecache.h"
#include "productdelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace storefront::ui {

using catalog::ProductListModel;
using catalog::ProductSort;

CatalogPage::CatalogPage(ProductListModel *products, catalog::CategoryTreeModel *categories,
                         catalog::CatalogService &catalog, ImageCache *images, QWidget *parent)
    : QWidget(parent)
    , m_products(products)
{
    setObjectName(QStringLiteral("catalogPage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sortBox"));
    for (ProductSort sort :
         {ProductSort::Relevance, ProductSort::PriceAscending, ProductSort::PriceDescending,
          ProductSort::Rating, ProductSort::Newest})
        m_sort->addItem(QString(), int(sort)); // named by retranslate()

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("resultCount"));

    m_grid = new QListView(this);
    m_grid->setObjectName(QStringLiteral("productGrid"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setMouseTracking(true);
    m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_grid->setSpacing(0);
    m_grid->setItemDelegate(new ProductDelegate(images, m_grid));
    m_grid->setGridSize(ProductDelegate::tileSize(m_grid->fontMetrics()));
    m_grid->setModel(products);
    m_grid->installEventFilter(this);
    connect(m_grid, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT productActivated(index.data(ProductListModel::IdRole).toLongLong());
    });
    connect(images, &ImageCache::imageReady, m_grid->viewport(), qOverload<>(&QWidget::update));

    m_facets = new FacetPanel(catalog, categories, this);

    // A short pause after typing keeps the grid from reloading on every keystroke; the
    // search itself is a prefix query on FTS5, ranked by bm25, run on a worker thread.
    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(150);
    connect(m_typingPause, &QTimer::timeout, this, &CatalogPage::runQuery);
    connect(m_search, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CatalogPage::runQuery);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &CatalogPage::runQuery);
    connect(m_facets, &FacetPanel::changed, this, &CatalogPage::runQuery);
    connect(products, &ProductListModel::totalCountChanged, this, [this](int total) {
        if (total < 0)
            m_loadError.clear(); // a new load has started
        updateCount();
    });
    // Facets are counted after the grid's first page has arrived, so that on a large catalog
    // the two queries do not compete for the cores while the shopper waits for products.
    connect(products, &ProductListModel::loaded, this, [this] {
        if (!m_facetsStale)
            return;
        m_facetsStale = false;
        m_facets->refreshFacets(m_products->query());
    });
    connect(products, &ProductListModel::loadFailed, this, [this](const QString &why) {
        m_loadError = why;
        updateCount();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    m_sortLabel = new QLabel(this);
    m_sortLabel->setBuddy(m_sort);
    bar->addWidget(m_sortLabel);
    bar->addWidget(m_sort);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(bar);
    rightLayout->addWidget(m_count);
    rightLayout->addWidget(m_grid, 1);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("catalogSplitter"));
    m_splitter->addWidget(m_facets);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes(
        {fontMetrics().averageCharWidth() * 32, fontMetrics().averageCharWidth() * 120});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
    retranslate();
}

void CatalogPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search products, brands, categories… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search products"));
    m_search->setAccessibleDescription(
        tr("Every word is a prefix. Press Down to move into the results."));
    m_sort->setAccessibleName(tr("Sort order"));
    m_sort->setAccessibleDescription(tr("How the products are ordered."));
    for (int i = 0; i < m_sort->count(); ++i)
        m_sort->setItemText(i, sortName(ProductSort(m_sort->itemData(i).toInt())));
    m_sortLabel->setText(tr("&Sort:"));
    m_grid->setAccessibleName(tr("Products"));
    m_grid->setAccessibleDescription(tr("Arrow keys move between products; Enter opens one."));
    updateCount();
}

QString CatalogPage::sortName(ProductSort sort)
{
    switch (sort) {
    case ProductSort::Relevance:
        return tr("Best match");
    case ProductSort::PriceAscending:
        return tr("Price: low to high");
    case ProductSort::PriceDescending:
        return tr("Price: high to low");
    case ProductSort::Rating:
        return tr("Customer rating");
    case ProductSort::Newest:
        return tr("Newest");
    }
    return {};
}

void CatalogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

catalog::ProductQuery CatalogPage::currentQuery() const
{
    catalog::ProductQuery query;
    query.text = m_search->text();
    query.sort = ProductSort(m_sort->currentData().toInt());
    m_facets->applyTo(query);
    return query;
}

void CatalogPage::runQuery()
{
    m_typingPause->stop();
    const catalog::ProductQuery query = currentQuery();
    if (query == m_products->query() && m_products->totalCount() >= 0)
        return;
    m_products->setQuery(query); // the count says "Searching…" until the new one arrives
    m_facetsStale = true;
}

void CatalogPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CatalogPage::startSearch(const QString &text)
{
    m_search->setText(text);
    m_search->setFocus(Qt::OtherFocusReason);
    m_search->deselect();
    m_search->end(false);
}

void CatalogPage::updateCount()
{
    const int total = m_products->totalCount();
    if (!m_loadError.isEmpty())
        m_count->setText(tr("Could not load products: %1").arg(m_loadError));
    else if (total < 0)
        m_count->setText(tr("Searching…"));
    else if (total == 0)
        m_count->setText(tr("No products match. Try fewer words or clear the filters."));
    else
        m_count->setText(tr("%n product(s)", nullptr, total));
}

bool CatalogPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && key->key() == Qt::Key_Down && m_products->rowCount() > 0) {
            // From the search box straight into the results.
            runQuery();
            m_grid->setFocus(Qt::TabFocusReason);
            if (!m_grid->currentIndex().isValid())
                m_grid->setCurrentIndex(m_products->index(0, 0));
            return true;
        }
        if (watched == m_grid && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            const QModelIndex current = m_grid->currentIndex();
            if (current.isValid()) {
                Q_EMIT productActivated(current.data(ProductListModel::IdRole).toLongLong());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace storefront::ui
