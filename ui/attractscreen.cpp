#include "attractscreen.h"

#include "catalog/productlistmodel.h"
#include "imagecache.h"
#include "productdelegate.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace storefront::ui {

AttractScreen::AttractScreen(const storage::Database &db, const catalog::MediaLocator &media,
                             QWidget *parent)
    : QWidget(parent)
    , m_products(new catalog::ProductListModel(db, media, this))
    , m_images(new ImageCache(this))
{
    setObjectName(QStringLiteral("attractScreen"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("attractTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle = new QLabel(this);
    m_subtitle->setAlignment(Qt::AlignCenter);

    // Bigger text makes bigger tiles: the delegate sizes itself from the font.
    m_tiles = new QListView(this);
    m_tiles->setObjectName(QStringLiteral("attractTiles"));
    QFont tileFont = font();
    tileFont.setPointSizeF(tileFont.pointSizeF() * 1.4);
    m_tiles->setFont(tileFont);
    m_tiles->setViewMode(QListView::IconMode);
    m_tiles->setResizeMode(QListView::Adjust);
    m_tiles->setMovement(QListView::Static);
    m_tiles->setUniformItemSizes(true);
    m_tiles->setFlow(QListView::LeftToRight);
    m_tiles->setWrapping(true);
    m_tiles->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tiles->setItemDelegate(new ProductDelegate(m_images, m_tiles));
    m_tiles->setGridSize(ProductDelegate::tileSize(QFontMetrics(tileFont)));
    m_tiles->setModel(m_products);
    connect(m_images, &ImageCache::imageReady, m_tiles->viewport(), qOverload<>(&QWidget::update));
    connect(m_tiles, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT productChosen(index.data(catalog::ProductListModel::IdRole).toLongLong());
    });
    connect(m_tiles, &QListView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT productChosen(index.data(catalog::ProductListModel::IdRole).toLongLong());
    });

    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("attractStart"));
    m_start->setFont(big);
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &AttractScreen::startRequested);

    auto *layout = new QVBoxLayout(this);
    const int gap = fontMetrics().lineSpacing();
    layout->setContentsMargins(gap * 2, gap * 2, gap * 2, gap * 2);
    layout->setSpacing(gap);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_tiles, 1);
    layout->addWidget(m_start, 0, Qt::AlignHCenter);
    setTabOrder(m_start, m_tiles);
    retranslate();
    // "Popular" is the Bayesian-average rating order of the whole store (see
    // ProductSort::Rating), until the recommender's trending list is wired here.
    catalog::ProductQuery query;
    query.sort = catalog::ProductSort::Rating;
    m_products->setQuery(query);
}

void AttractScreen::refresh()
{
    m_products->refresh();
}

void AttractScreen::retranslate()
{
    m_title->setText(tr("Welcome to Storefront"));
    m_subtitle->setText(tr("Popular right now. Touch a product to see it, or start browsing."));
    m_tiles->setAccessibleName(tr("Popular products"));
    m_tiles->setAccessibleDescription(tr("Touch or press Enter on a product to open it."));
    m_start->setText(tr("Touch to start"));
    m_start->setAccessibleName(tr("Start browsing"));
}

void AttractScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AttractScreen::mousePressEvent(QMouseEvent *event)
{
    QWidget::mousePressEvent(event);
    Q_EMIT startRequested();
}

} // namespace storefront::ui
