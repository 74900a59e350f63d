#include "attractscreen.h"

#include "carouseldelegate.h"
#include "catalog/productlistmodel.h"
#include "imagecache.h"
#include "productdelegate.h"
#include "recsys/carouselmodel.h"
#include "recsys/recommendationservice.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace storefront::ui {

using recsys::CarouselModel;
using recsys::RecommendationService;

AttractScreen::AttractScreen(const storage::Database &db, const catalog::MediaLocator &media,
                             RecommendationService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_newest(new catalog::ProductListModel(db, media, this))
    , m_trending(new CarouselModel(db, media, this))
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
    m_subtitle->setObjectName(QStringLiteral("attractSubtitle"));
    m_subtitle->setAlignment(Qt::AlignCenter);
    m_subtitle->setWordWrap(true);

    // Bigger text makes bigger tiles: the delegates size themselves from the font.
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
    m_newestDelegate = new ProductDelegate(m_images, m_tiles);
    m_trendingDelegate = new CarouselDelegate(m_images, m_tiles);
    connect(m_images, &ImageCache::imageReady, m_tiles->viewport(), qOverload<>(&QWidget::update));
    connect(m_tiles, &QListView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT productChosen(productIdOf(index)); });
    connect(m_tiles, &QListView::clicked, this,
            [this](const QModelIndex &index) { Q_EMIT productChosen(productIdOf(index)); });

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

    // The fallback is always loaded, so that the screen has tiles at once and whenever the
    // recommender has nothing to say (no snapshot yet, a store where nobody has shopped).
    catalog::ProductQuery newest;
    newest.sort = catalog::ProductSort::Newest;
    connect(m_newest, &catalog::ProductListModel::loaded, this, [this] {
        if (m_source == Source::Newest) {
            retranslate();
            Q_EMIT tilesChanged();
        }
    });
    connect(m_newest, &catalog::ProductListModel::loadFailed, this, [this](const QString &why) {
        qWarning("attract screen: %s", qPrintable(why));
        retranslate();
    });
    connect(m_trending, &CarouselModel::updated, this, [this] {
        // Every product of the list may have left the catalog since the model was trained.
        showSource(m_trending->rowCount() > 0 ? Source::Trending : Source::Newest);
    });
    if (m_service) {
        connect(m_service, &RecommendationService::trendingReady, this,
                [this](quint64 request, const recsys::RecommendationList &list) {
                    if (request == m_trendingRequest)
                        trendingArrived(list);
                });
        connect(m_service, &RecommendationService::merchandisingReloaded, this,
                &AttractScreen::requestTrending);
        // A new model or catalog state may change what is trending or what may be shown.
        connect(m_service, &RecommendationService::snapshotReplaced, this,
                &AttractScreen::requestTrending);
        connect(m_service, &RecommendationService::catalogReloaded, this, [this] {
            m_trending->forgetProducts();
            requestTrending();
        });
    }
    showSource(Source::Newest);
    m_newest->setQuery(newest);
    requestTrending();
}

qint64 AttractScreen::productIdOf(const QModelIndex &index)
{
    if (qobject_cast<const CarouselModel *>(index.model()))
        return index.data(CarouselModel::ProductIdRole).toLongLong();
    return index.data(catalog::ProductListModel::IdRole).toLongLong();
}

void AttractScreen::refresh()
{
    m_newest->refresh();
    requestTrending();
}

void AttractScreen::requestTrending()
{
    // Nobody's list: the screen is shown before anyone starts, so only staff exclusions (and
    // availability) apply. The home page's lists are a shopper's own and are not taken.
    if (m_service)
        m_trendingRequest = m_service->trending(kTileCount, recsys::ShopperRef{});
}

void AttractScreen::trendingArrived(const recsys::RecommendationList &list)
{
    if (list.empty()) {
        showSource(Source::Newest);
        return;
    }
    m_trending->setList(list);
}

void AttractScreen::showSource(Source source)
{
    const bool changed = source != m_source || !m_tiles->model();
    m_source = source;
    if (changed) {
        const bool trending = source == Source::Trending;
        m_tiles->setItemDelegate(trending ? m_trendingDelegate : m_newestDelegate);
        const QFontMetrics metrics(m_tiles->font());
        m_tiles->setGridSize(trending ? CarouselDelegate::tileSize(metrics)
                                      : ProductDelegate::tileSize(metrics));
        m_tiles->setModel(trending ? static_cast<QAbstractItemModel *>(m_trending)
                                   : static_cast<QAbstractItemModel *>(m_newest));
    }
    retranslate();
    Q_EMIT tilesChanged();
}

void AttractScreen::retranslate()
{
    m_title->setText(tr("Welcome to Storefront"));
    if (m_source == Source::Trending) {
        m_subtitle->setText(
            tr("Trending right now. Touch a product to see it, or start browsing."));
        m_tiles->setAccessibleName(tr("Trending products"));
    } else if (m_newest->rowCount() > 0 || m_newest->isLoading()) {
        m_subtitle->setText(tr("New in the store. Touch a product to see it, or start browsing."));
        m_tiles->setAccessibleName(tr("New products"));
    } else {
        m_subtitle->setText(tr("There are no products on show yet. Touch to start."));
        m_tiles->setAccessibleName(tr("Products"));
    }
    m_tiles->setAccessibleDescription(tr("Touch or press Enter on a product to open it."));
    m_start->setText(tr("Touch to start"));
    m_start->setAccessibleName(tr("Start browsing"));
    m_start->setAccessibleDescription(tr("Leaves this screen and opens the store."));
}

void AttractScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_trending->retranslate(); // the reason chips
    }
    QWidget::changeEvent(event);
}

void AttractScreen::mousePressEvent(QMouseEvent *event)
{
    QWidget::mousePressEvent(event);
    Q_EMIT startRequested();
}

} // namespace storefront::ui
