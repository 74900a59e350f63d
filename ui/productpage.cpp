#include "productpage.h"

#include "carouselview.h"
#include "imagecache.h"
#include "money.h"
#include "ratingbars.h"
#include "recsys/carouselmodel.h"
#include "recsys/pagelists.h"
#include "recsys/recommendationservice.h"
#include "starrating.h"
#include "whythisdialog.h"

#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace storefront::ui {

namespace {

QString attributeLabel(const QString &key)
{
    QString label = key;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (label.endsWith(QStringLiteral(" kg")) || label.endsWith(QStringLiteral(" cm")) ||
        label.endsWith(QStringLiteral(" ml")) || label.endsWith(QStringLiteral(" mm")))
        label =
            label.left(label.size() - 3) + QStringLiteral(" (") + label.right(2) + QLatin1Char(')');
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

QString attributeValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QObject::tr("Yes") : QObject::tr("No");
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 6);
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << attributeValue(v);
        return parts.join(QStringLiteral(", "));
    }
    return value.toString();
}

} // namespace

ProductPage::ProductPage(catalog::CatalogService &catalog, ImageCache *images,
                         catalog::MediaLocator media, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_images(images)
    , m_media(std::move(media))
{
    setObjectName(QStringLiteral("productPage"));
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    connect(m_back, &QPushButton::clicked, this, &ProductPage::backRequested);

    m_image = new QLabel(this);
    m_image->setAlignment(Qt::AlignCenter);
    const int side = fontMetrics().averageCharWidth() * 45;
    m_image->setMinimumSize(side, side);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("productTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_brand = new QLabel(this);
    m_category = new QLabel(this);
    m_price = new QLabel(this);
    QFont priceFont = font();
    priceFont.setPointSizeF(priceFont.pointSizeF() * 1.4);
    priceFont.setBold(true);
    m_price->setFont(priceFont);
    m_stock = new QLabel(this);
    m_summary = new QLabel(this);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ratings = new RatingBars(this);
    // Bars as wide as a wide window are hard to compare; a column's width reads at a glance.
    m_ratings->setMaximumWidth(fontMetrics().averageCharWidth() * 60);

    auto *details = new QVBoxLayout;
    m_details = details;
    details->addWidget(m_title);
    details->addWidget(m_brand);
    details->addWidget(m_category);
    details->addSpacing(fontMetrics().lineSpacing() / 2);
    details->addWidget(m_price);
    details->addWidget(m_stock);
    details->addSpacing(fontMetrics().lineSpacing() / 2);
    details->addWidget(m_description);
    auto *attributesBox = new QWidget(this);
    m_attributes = new QFormLayout(attributesBox);
    m_attributes->setContentsMargins(0, 0, 0, 0);
    details->addWidget(attributesBox);
    m_ratingsTitle = new QLabel(this);
    details->addWidget(m_ratingsTitle);
    details->addWidget(m_summary);
    details->addWidget(m_ratings);
    details->addStretch(1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_image, 0, Qt::AlignTop);
    top->addLayout(details, 1);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    m_content = contentLayout;
    contentLayout->addWidget(m_back, 0, Qt::AlignLeft);
    contentLayout->addLayout(top);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_images, &ImageCache::imageReady, this, [this](const QString &path) {
        if (path == m_imagePath)
            updateImage();
    });
    retranslate();
}

void ProductPage::retranslate()
{
    m_back->setText(tr("← Back to products"));
    m_back->setAccessibleName(tr("Back to products"));
    m_back->setToolTip(tr("Back to the product grid (Esc, Alt+Left)"));
    m_image->setAccessibleName(tr("Product picture"));
    m_ratingsTitle->setText(tr("<b>Customer ratings</b>"));
    renderProduct();
    if (!m_stars)
        return;
    m_starsLabel->setText(tr("Your &rating:"));
    m_notInterested->setAccessibleName(tr("Not interested"));
    m_notInterested->setToolTip(tr("Never recommend this product to me"));
    m_addToCart->setAccessibleName(tr("Add to cart"));
    m_addToWishlist->setAccessibleName(tr("Add to wishlist"));
    m_addToCart->setAccessibleDescription(tr("Puts one of this product in your cart."));
    m_addToWishlist->setAccessibleDescription(tr("Keeps this product on your wishlist for later."));
    renderShopperState();
    m_alsoLiked->setTitle(tr("Customers who liked this also liked"));
    m_alsoLiked->setEmptyText(tr("Not enough ratings of this product yet."));
    m_similar->setTitle(tr("Similar products"));
}

void ProductPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString ProductPage::titleText() const
{
    return m_title->text();
}

void ProductPage::enableShopping(const storage::Database &db,
                                 recsys::RecommendationService &service)
{
    if (m_service)
        return;
    m_service = &service;

    m_stars = new StarRating(this);
    m_starsLabel = new QLabel(this);
    m_starsLabel->setBuddy(m_stars);
    connect(m_stars, &StarRating::ratingChosen, this, [this](int stars) {
        if (m_productId > 0)
            Q_EMIT ratingChosen(m_productId, stars);
    });
    // A button that forwards the page's product to `signal` (named by retranslate()).
    auto action = [this](const QString &name, void (ProductPage::*signal)(qint64)) {
        auto *button = new QPushButton(this);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, [this, signal] {
            if (m_productId > 0)
                Q_EMIT(this->*signal)(m_productId);
        });
        return button;
    };
    m_notInterested =
        action(QStringLiteral("notInterestedButton"), &ProductPage::notInterestedRequested);
    m_addToCart = action(QStringLiteral("addToCartButton"), &ProductPage::addToCartRequested);
    m_addToWishlist =
        action(QStringLiteral("addToWishlistButton"), &ProductPage::addToWishlistRequested);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("productNotice"));
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    QSizePolicy noticePolicy = m_notice->sizePolicy();
    noticePolicy.setRetainSizeWhenHidden(true);
    m_notice->setSizePolicy(noticePolicy);

    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_starsLabel);
    rateRow->addWidget(m_stars);
    rateRow->addWidget(m_notInterested);
    rateRow->addStretch(1);
    auto *buyRow = new QHBoxLayout;
    buyRow->addWidget(m_addToCart);
    buyRow->addWidget(m_addToWishlist);
    buyRow->addStretch(1);
    // Right under the price and stock, before the description.
    const int at = m_details->indexOf(m_stock) + 1;
    m_details->insertLayout(at, buyRow);
    m_details->insertLayout(at + 1, rateRow);
    m_details->insertWidget(at + 2, m_notice);

    const catalog::MediaLocator &media = m_media;
    m_alsoLikedModel = new recsys::CarouselModel(db, media, this);
    m_similarModel = new recsys::CarouselModel(db, media, this);
    m_alsoLiked = new CarouselView(QString(), m_alsoLikedModel, m_images, this);
    m_alsoLiked->setObjectName(QStringLiteral("alsoLikedCarousel"));
    m_similar = new CarouselView(QString(), m_similarModel, m_images, this);
    m_similar->setObjectName(QStringLiteral("similarCarousel"));
    // Every item of these strips has the same reason ("Similar to <this product>"), which
    // their headings already say: a chip repeating it on each tile is noise.
    m_alsoLiked->setShowsReasons(false);
    m_similar->setShowsReasons(false);
    const int stretchAt = m_content->count() - 1; // before the final stretch
    m_content->insertWidget(stretchAt, m_alsoLiked);
    m_content->insertWidget(stretchAt + 1, m_similar);
    for (CarouselView *view : {m_alsoLiked, m_similar}) {
        connect(view, &CarouselView::productActivated, this, &ProductPage::productActivated);
        connect(view, &CarouselView::explanationRequested, this,
                [this](const recsys::Recommendation &r) { WhyThisDialog::showFor(r, this); });
    }
    setTabOrder(m_back, m_addToCart);
    setTabOrder(m_addToCart, m_addToWishlist);
    setTabOrder(m_addToWishlist, m_stars);
    setTabOrder(m_stars, m_notInterested);
    setTabOrder(m_notInterested, m_alsoLiked->list());
    setTabOrder(m_alsoLiked->list(), m_similar->list());

    connect(&service, &recsys::RecommendationService::alsoLikedReady, this,
            [this](quint64 request, qint64, const recsys::RecommendationList &list) {
                if (request != m_alsoLikedRequest)
                    return;
                m_rawAlsoLiked = list;
                publishRelated();
            });
    connect(&service, &recsys::RecommendationService::similarProductsReady, this,
            [this](quint64 request, qint64, const recsys::RecommendationList &list) {
                if (request != m_similarRequest)
                    return;
                m_rawSimilar = list;
                publishRelated();
            });
    auto refreshRelated = [this] {
        if (m_productId > 0 && isVisible())
            requestRelated();
    };
    connect(&service, &recsys::RecommendationService::snapshotReplaced, this, refreshRelated);
    connect(&service, &recsys::RecommendationService::merchandisingReloaded, this, refreshRelated);
    connect(&service, &recsys::RecommendationService::catalogReloaded, this,
            [this, refreshRelated] {
                m_alsoLikedModel->forgetProducts();
                m_similarModel->forgetProducts();
                refreshRelated();
            });
    retranslate();
}

void ProductPage::setShopperSource(std::function<recsys::ShopperRef()> source)
{
    m_shopperSource = std::move(source);
}

void ProductPage::requestRelated()
{
    if (!m_service)
        return;
    const recsys::ShopperRef shopper = m_shopperSource ? m_shopperSource() : recsys::ShopperRef{};
    m_alsoLikedRequest = m_service->alsoLiked(m_productId, kRelatedSize, shopper);
    // Twice the carousel's size: publishRelated() drops what "also liked" already shows, and
    // on a popular product the two lists can share most of their products.
    m_similarRequest = m_service->similarProducts(m_productId, 2 * kRelatedSize, shopper);
}

void ProductPage::publishRelated()
{
    // The product itself leads, so it is never in either carousel; "also liked" comes
    // before "similar", so no product is in both.
    recsys::Recommendation self;
    self.productId = m_productId;
    recsys::RecommendationList selfList{self};
    recsys::RecommendationList alsoLiked = m_rawAlsoLiked;
    recsys::RecommendationList similar = m_rawSimilar;
    recsys::removeCrossDuplicates({&selfList, &alsoLiked, {&similar, kRelatedSize}});
    m_alsoLikedModel->setList(alsoLiked);
    m_similarModel->setList(similar);
}

void ProductPage::setMyRating(qint64 productId, int stars)
{
    if (m_stars && productId == m_productId)
        m_stars->setRating(stars);
}

void ProductPage::setShopperState(qint64 productId, const shop::ProductState &state)
{
    if (!m_stars || productId != m_productId)
        return;
    m_stars->setRating(state.stars.value_or(0));
    m_state = state;
    renderShopperState();
}

void ProductPage::renderShopperState()
{
    const shop::ProductState &state = m_state;
    m_addToCart->setText(state.cartQuantity > 0
                             ? tr("Add another to &cart (%1 in your cart)").arg(state.cartQuantity)
                             : tr("Add to &cart"));
    m_addToWishlist->setText(state.onWishlist ? tr("\u2713 On your &wishlist")
                                              : tr("Add to &wishlist"));
    m_addToWishlist->setEnabled(!state.onWishlist);
    m_notInterested->setText(state.notInterested ? tr("\u2713 &Not interested")
                                                 : tr("&Not interested"));
    m_notInterested->setEnabled(!state.notInterested);
}

void ProductPage::showNotice(const QString &text)
{
    if (!m_notice)
        return;
    m_notice->setText(text);
    m_notice->setAccessibleName(text);
}

void ProductPage::showProduct(qint64 productId)
{
    const bool other = productId != m_productId;
    m_productId = productId;
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_loadError.clear();
    renderStatus();
    if (m_service) {
        if (other) {
            setShopperState(productId, {});
            showNotice(QString());
            m_rawAlsoLiked.clear();
            m_rawSimilar.clear();
            publishRelated();
        }
        requestRelated();
    }
    using Loaded = Result<catalog::ProductDetails>;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Loaded result = watcher->result();
        m_loading = false;
        if (!result) {
            m_loadError = result.error().toString();
            renderStatus();
            return;
        }
        m_shown = *result;
        renderProduct();
        Q_EMIT loaded(m_shown->product.id);
    });
    watcher->setFuture(m_catalog.details(productId));
}

void ProductPage::renderStatus()
{
    if (m_loading) {
        m_title->setText(tr("Loading…"));
    } else if (!m_loadError.isEmpty()) {
        m_title->setText(tr("This product could not be loaded"));
        m_description->setText(m_loadError);
    }
}

void ProductPage::renderProduct()
{
    if (m_shown)
        render(*m_shown);
    renderStatus(); // over what is left of the product shown before
}

void ProductPage::render(const catalog::ProductDetails &details)
{
    const catalog::Product &p = details.product;
    m_title->setText(p.title);
    m_brand->setText(p.brand.isEmpty() ? QString() : tr("by %1").arg(p.brand));
    m_category->setText(p.categoryPath);
    m_price->setText(formatMoney(p.priceCents, p.currency));
    m_stock->setText(p.stock > 0 ? tr("In stock (%n left)", nullptr, p.stock) : tr("Out of stock"));
    m_description->setText(p.description);
    while (m_attributes->rowCount() > 0)
        m_attributes->removeRow(0);
    for (auto it = p.attributes.begin(); it != p.attributes.end(); ++it) {
        auto *value = new QLabel(attributeValue(it.value()));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_attributes->addRow(attributeLabel(it.key()) + QLatin1Char(':'), value);
    }
    const int total = details.ratings.total();
    m_summary->setText(total == 0
                           ? tr("No ratings yet")
                           : tr("%1 out of 5 from %n rating(s)", nullptr, total)
                                 .arg(QLocale().toString(details.ratings.average(), 'f', 1)));
    m_ratings->setDistribution(details.ratings);
    m_imagePath = m_media.resolve(p.imagePath);
    m_image->setAccessibleDescription(p.title);
    updateImage();
    setAccessibleName(tr("Product page: %1").arg(p.title));
}

void ProductPage::updateImage()
{
    const QSize side = m_image->minimumSize();
    QPixmap pixmap = m_imagePath.isEmpty()
                         ? ImageCache::placeholder(side, devicePixelRatioF())
                         : m_images->pixmap(m_imagePath, side, devicePixelRatioF());
    if (!pixmap.isNull())
        m_image->setPixmap(pixmap);
}

void ProductPage::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_Backspace ||
        (event->key() == Qt::Key_Left && event->modifiers() & Qt::AltModifier)) {
        Q_EMIT backRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace storefront::ui
