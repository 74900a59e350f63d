#include "homepage.h"

#include "async.h"
#include "carouselview.h"
#include "imagecache.h"
#include "recsys/carouselmodel.h"
#include "recsys/pagelists.h"
#include "recsys/recommendationservice.h"
#include "whythisdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QThreadPool>
#include <QVBoxLayout>

namespace storefront::ui {

using recsys::CarouselModel;
using recsys::RecommendationList;
using recsys::RecommendationService;

HomePage::HomePage(const storage::Database &db, RecommendationService &service, ImageCache *images,
                   const catalog::MediaLocator &media, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_service(service)
    , m_pool(new QThreadPool(this))
{
    setObjectName(QStringLiteral("homePage"));
    m_pool->setMaxThreadCount(1);

    m_greeting = new QLabel(this);
    QFont greetingFont = font();
    greetingFont.setPointSizeF(greetingFont.pointSizeF() * 1.5);
    greetingFont.setBold(true);
    m_greeting->setFont(greetingFont);
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    connect(m_browse, &QPushButton::clicked, this, &HomePage::browseRequested);
    // Searching starts here and goes on in the catalog, where the results and filters are:
    // the first key typed moves the text and the focus there, so no keystroke is lost.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("homeSearch"));
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    const auto handOver = [this] {
        const QString text = m_search->text();
        m_search->clear();
        Q_EMIT searchRequested(text);
    };
    connect(m_search, &QLineEdit::textEdited, this, handOver);
    connect(m_search, &QLineEdit::returnPressed, this, handOver);

    // The indicator keeps its room when hidden, so showing it never moves the carousels.
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("refreshIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 10);
    m_busy->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setForegroundRole(QPalette::PlaceholderText);
    for (QWidget *w : {static_cast<QWidget *>(m_busy), static_cast<QWidget *>(m_busyLabel)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
        w->hide();
    }

    m_recommendedModel = new CarouselModel(db, media, this);
    m_trendingModel = new CarouselModel(db, media, this);
    m_recentModel = new CarouselModel(db, media, this);
    // Titled by retranslate().
    m_recommended = new CarouselView(QString(), m_recommendedModel, images, this);
    m_recommended->setObjectName(QStringLiteral("recommendedCarousel"));
    m_trending = new CarouselView(QString(), m_trendingModel, images, this);
    m_trending->setObjectName(QStringLiteral("trendingCarousel"));
    m_recent = new CarouselView(QString(), m_recentModel, images, this);
    m_recent->setObjectName(QStringLiteral("recentCarousel"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_greeting);
    header->addSpacing(fontMetrics().averageCharWidth() * 2);
    header->addWidget(m_busy);
    header->addWidget(m_busyLabel);
    header->addStretch(1);
    header->addWidget(m_search);
    header->addWidget(m_browse);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(header);
    for (CarouselView *view : {m_recommended, m_trending, m_recent}) {
        contentLayout->addWidget(view);
        connect(view, &CarouselView::productActivated, this, &HomePage::productActivated);
        connect(view, &CarouselView::explanationRequested, this,
                [this](const recsys::Recommendation &r) { WhyThisDialog::showFor(r, this); });
        connect(view->model(), &CarouselModel::updated, this, [this] {
            updateIndicator();
            Q_EMIT listsChanged();
        });
    }
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setTabOrder(m_search, m_browse);
    setTabOrder(m_browse, m_recommended->list());

    connect(&m_service, &RecommendationService::recommendationsUpdated, this,
            [this](qint64 userId, const RecommendationList &list) {
                if (m_userId == 0 || userId != m_userId)
                    return;
                m_rawRecommended = list;
                m_waitRecommended = false;
                publish();
                // What changed the list (a rating, the cart, "not interested", staff rules)
                // filters "Trending now" too.
                requestTrending();
            });
    connect(&m_service, &RecommendationService::guestRecommendationsReady, this,
            [this](quint64 request, const RecommendationList &list) {
                if (m_userId != 0 || request != m_guestRequest)
                    return;
                m_rawRecommended = list;
                m_waitRecommended = false;
                publish();
            });
    connect(&m_service, &RecommendationService::trendingReady, this,
            [this](quint64 request, const RecommendationList &list) {
                if (request != m_trendingRequest)
                    return; // another shopper's, or the attract screen's
                m_rawTrending = list;
                m_waitTrending = false;
                publish();
            });
    // A new model: every list may change.
    connect(&m_service, &RecommendationService::snapshotReplaced, this, &HomePage::refresh);
    // A catalog edit: archived products leave every list at once, edited ones show their new
    // details (the service filters the lists it sends again; the carousels read the
    // products again).
    connect(&m_service, &RecommendationService::catalogReloaded, this, [this] {
        for (recsys::CarouselModel *model : {m_recommendedModel, m_trendingModel, m_recentModel})
            model->forgetProducts();
        refresh();
    });
    connect(&m_service, &RecommendationService::merchandisingReloaded, this,
            &HomePage::requestTrending);
    // The service publishes the shopper's new list itself after their rating or event.
    connect(&m_service, &RecommendationService::interactionReceived, this, [this](qint64 userId) {
        if (m_userId == 0 || userId != m_userId)
            return;
        m_waitRecommended = true;
        updateIndicator();
        requestRecent();
    });
    retranslate();
    setShopper(0, QString());
}

void HomePage::retranslate()
{
    setAccessibleName(tr("Home"));
    m_browse->setText(tr("&Browse all products"));
    m_browse->setAccessibleName(tr("Browse all products"));
    m_browse->setToolTip(tr("The whole catalog with search and filters (Ctrl+F)"));
    m_search->setPlaceholderText(tr("Search products, brands, categories\u2026"));
    m_search->setAccessibleName(tr("Search products"));
    m_search->setAccessibleDescription(
        tr("Type to search the whole catalog; the results open as you type."));
    m_busy->setAccessibleName(tr("Updating recommendations"));
    m_busyLabel->setText(tr("Updating recommendations\u2026"));
    m_recommended->setTitle(tr("Recommended for you"));
    m_recommended->setEmptyText(tr("Rate a few products and your recommendations appear here."));
    m_trending->setTitle(tr("Trending now"));
    m_recent->setTitle(tr("Recently viewed"));
    m_recent->setEmptyText(tr("Products you open appear here."));
    updateGreeting();
}

void HomePage::updateGreeting()
{
    m_greeting->setText(m_userId == 0 || m_displayName.isEmpty()
                            ? tr("Welcome to Storefront")
                            : tr("Welcome back, %1").arg(m_displayName));
}

void HomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HomePage::setShopper(qint64 userId, const QString &displayName, GuestHooks guest)
{
    const bool changed = userId != m_userId;
    m_userId = userId;
    m_displayName = displayName;
    m_guest = std::move(guest);
    updateGreeting();
    if (changed) {
        // Another shopper's lists must not linger while the new ones are computed.
        m_rawRecommended.clear();
        m_rawTrending.clear(); // filtered for the previous shopper
        m_rawRecent.clear();
        publish();
    }
    refresh();
}

void HomePage::setShopperSource(std::function<recsys::ShopperRef()> source)
{
    m_shopperSource = std::move(source);
    requestTrending();
}

void HomePage::refresh()
{
    requestRecommended();
    requestTrending();
    requestRecent();
    updateIndicator();
}

void HomePage::activityChanged()
{
    requestRecommended();
    requestTrending();
    requestRecent();
    updateIndicator();
}

void HomePage::requestTrending()
{
    m_waitTrending = true;
    recsys::ShopperRef shopper = m_shopperSource ? m_shopperSource()
                                 : m_userId != 0 ? recsys::ShopperRef::account(m_userId)
                                                 : recsys::ShopperRef{};
    // Enough to fill the carousel after publish() drops what "Recommended for you" shows:
    // for a guest both lean on popularity and can share most of their products.
    m_trendingRequest =
        m_service.trending(kTrendingSize + m_service.listSize(), std::move(shopper));
    updateIndicator();
}

void HomePage::requestRecommended()
{
    m_waitRecommended = true;
    if (m_userId != 0) {
        m_service.requestRecommendations(m_userId);
        return;
    }
    const std::optional<quint64> request =
        m_guest.requestRecommendations ? m_guest.requestRecommendations() : std::nullopt;
    if (request)
        m_guestRequest = *request;
    else
        m_waitRecommended = false;
}

void HomePage::requestRecent()
{
    const quint64 generation = ++m_recentGeneration;
    if (m_userId == 0) {
        m_rawRecent =
            m_guest.recentlyViewed ? m_guest.recentlyViewed(kRecentSize) : RecommendationList{};
        m_waitRecent = false;
        publish();
        return;
    }
    m_waitRecent = true;
    runAsync(
        this, m_pool,
        [db = &m_db, userId = m_userId] {
            return recsys::loadRecentlyViewed(*db, userId, kRecentSize);
        },
        [this, generation](const Result<RecommendationList> &loaded) {
            if (generation != m_recentGeneration)
                return;
            m_waitRecent = false;
            if (loaded)
                m_rawRecent = *loaded;
            else
                qWarning("recently viewed: %s", qPrintable(loaded.error().toString()));
            publish();
        });
}

void HomePage::publish()
{
    RecommendationList recommended = m_rawRecommended;
    RecommendationList trending = m_rawTrending;
    RecommendationList recent = m_rawRecent;
    // A product the shopper just looked at is their history, not news: it stays in
    // "Recently viewed" and leaves the suggestions; trending fills in after both.
    recsys::removeCrossDuplicates({&recent, &recommended, {&trending, kTrendingSize}});
    m_recommendedModel->setList(recommended);
    m_trendingModel->setList(trending);
    m_recentModel->setList(recent);
    updateIndicator();
}

bool HomePage::isRefreshing() const
{
    return m_waitRecommended || m_waitTrending || m_waitRecent || m_recommendedModel->isLoading() ||
           m_trendingModel->isLoading() || m_recentModel->isLoading();
}

void HomePage::updateIndicator()
{
    const bool busy = isRefreshing();
    m_busy->setVisible(busy);
    m_busyLabel->setVisible(busy);
}

} // namespace storefront::ui
