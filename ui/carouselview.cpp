#include "carouselview.h"

#include "carouseldelegate.h"
#include "imagecache.h"
#include "recsys/carouselmodel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace storefront::ui {

using recsys::CarouselModel;

CarouselView::CarouselView(const QString &title, CarouselModel *model, ImageCache *images,
                           QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_heading = new QLabel(this);
    QFont headingFont = font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_why = new QPushButton(this);
    m_why->setObjectName(QStringLiteral("whyButton"));
    m_why->setFlat(true);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("carouselList"));
    m_list->setModel(model);
    m_delegate = new CarouselDelegate(images, m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setViewMode(QListView::ListMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setUniformItemSizes(true);
    m_list->setMovement(QListView::Static);
    m_list->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->horizontalScrollBar()->setSingleStep(CarouselDelegate::tileSize(fontMetrics()).width() /
                                                 4);
    updateListHeight();
    m_list->viewport()->installEventFilter(this);
    m_list->installEventFilter(this);

    m_empty = new QLabel(m_list->viewport());
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading);
    header->addStretch(1);
    header->addWidget(m_why);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_list);

    connect(m_list, &QListView::activated, this, &CarouselView::open);
    connect(m_list, &QListView::clicked, this, &CarouselView::open);
    connect(m_why, &QPushButton::clicked, this, [this] { explain(m_list->currentIndex().row()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CarouselView::updateState);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &CarouselView::updateState);
    connect(model, &QAbstractItemModel::dataChanged, this, &CarouselView::updateState);
    connect(images, &ImageCache::imageReady, m_list->viewport(), qOverload<>(&QWidget::update));
    setTitle(title); // and retranslate()
    updateState();
}

void CarouselView::updateListHeight()
{
    // Fixed height: tiles plus the scroll bar, whether or not either is there right now.
    const int height = CarouselDelegate::tileSize(fontMetrics(), m_delegate->minimumLinkHeight(),
                                                  m_delegate->showsReasons())
                           .height() +
                       style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2 * m_list->frameWidth() +
                       fontMetrics().averageCharWidth();
    m_list->setFixedHeight(height);
}

void CarouselView::setMinimumLinkHeight(int pixels)
{
    m_delegate->setMinimumLinkHeight(pixels);
    tilesResized();
}

void CarouselView::setShowsReasons(bool shows)
{
    m_delegate->setShowsReasons(shows);
    tilesResized();
}

void CarouselView::tilesResized()
{
    updateListHeight();
    // The list caches the size of its uniform tiles; a reset forgets it.
    m_list->reset();
    updateState();
}

QRect CarouselView::whyLinkRect(const QModelIndex &index) const
{
    return CarouselDelegate::whyRect(m_list->visualRect(index), m_list->fontMetrics(),
                                     m_delegate->minimumLinkHeight());
}

QString CarouselView::title() const
{
    return m_heading->text();
}

void CarouselView::setTitle(const QString &title)
{
    m_heading->setText(title);
    m_list->setAccessibleName(title);
    setAccessibleName(title);
    retranslate(); // the button's accessible name names the carousel
}

void CarouselView::retranslate()
{
    m_why->setText(tr("Why this?"));
    m_why->setAccessibleName(tr("Why this? (%1)").arg(title()));
    m_why->setToolTip(tr("Show what made us recommend the selected product (?)"));
    m_list->setAccessibleDescription(
        tr("Left and Right move, Enter opens the product, ? says why it is recommended"));
}

void CarouselView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate(); // the reason chips
    }
    QWidget::changeEvent(event);
}

void CarouselView::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    updateState();
}

void CarouselView::updateState()
{
    const QModelIndex current = m_list->currentIndex();
    m_why->setEnabled(current.isValid() && current.data(CarouselModel::ExplainableRole).toBool());
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty && !m_empty->text().isEmpty());
    m_empty->setGeometry(m_list->viewport()->rect());
}

void CarouselView::open(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT productActivated(index.data(CarouselModel::ProductIdRole).toLongLong());
}

void CarouselView::explain(int row)
{
    const recsys::CarouselItem *item = m_model->itemAt(row);
    if (!item || !m_model->index(row).data(recsys::CarouselModel::ExplainableRole).toBool())
        return;
    Q_EMIT explanationRequested(item->recommendation);
}

bool CarouselView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport()) {
        if (event->type() == QEvent::Resize)
            m_empty->setGeometry(m_list->viewport()->rect());
        // A click on a tile's "Why this?" link explains instead of opening the product.
        if (event->type() == QEvent::MouseButtonPress ||
            event->type() == QEvent::MouseButtonRelease) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            const QPoint pos = mouse->position().toPoint();
            const QModelIndex index = m_list->indexAt(pos);
            if (index.isValid() && index.data(CarouselModel::ExplainableRole).toBool() &&
                whyLinkRect(index).contains(pos)) {
                if (event->type() == QEvent::MouseButtonRelease &&
                    mouse->button() == Qt::LeftButton) {
                    m_list->setCurrentIndex(index);
                    explain(index.row());
                }
                return true;
            }
        }
    } else if (watched == m_list && event->type() == QEvent::KeyPress) {
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Question) {
            explain(m_list->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace storefront::ui
