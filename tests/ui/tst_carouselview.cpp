#include "recsys/carouselmodel.h"
#include "testsupport.h"
#include "ui/carouseldelegate.h"
#include "ui/carouselview.h"
#include "ui/imagecache.h"

#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace storefront;
using recsys::CarouselItem;
using recsys::CarouselModel;

namespace {

std::vector<CarouselItem> itemsOf(const QList<qint64> &ids, bool withEvidence)
{
    std::vector<CarouselItem> items;
    for (qint64 id : ids) {
        CarouselItem item;
        item.recommendation.productId = id;
        item.recommendation.title = QStringLiteral("Product %1").arg(id);
        // Without evidence: a history tile (recently viewed), which has no reason either.
        if (withEvidence) {
            item.recommendation.setReason(recsys::ReasonKind::PopularInCategory,
                                          {QStringLiteral("Outdoors")});
            item.recommendation.evidence
                << recsys::Evidence{1, QStringLiteral("Trail Runner"), 1.0f, 5};
        }
        item.product.id = id;
        item.product.title = item.recommendation.title;
        item.product.priceCents = 1000 + id;
        item.product.currency = QStringLiteral("EUR");
        items.push_back(item);
    }
    return items;
}

QList<qint64> range(qint64 from, qint64 to)
{
    QList<qint64> ids;
    for (qint64 id = from; id <= to; ++id)
        ids << id;
    return ids;
}

} // namespace

/// One carousel strip with real events: opening, "Why this?" by link, button and key, and
/// an in-place update that keeps the scroll position and the current item.
class TestCarouselView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void updateKeepsScrollPositionAndCurrentItem();
    void opensWithMouseAndKeyboard();
    void whyThisFromLinkButtonAndKey();
    void touchModeGivesTheLinkAFingerSizedBand();
    void stripWithoutReasonsIsShorterAndStillExplains();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<ui::ImageCache> m_images;
    std::unique_ptr<CarouselModel> m_model;
    std::unique_ptr<ui::CarouselView> m_view;
};

void TestCarouselView::init()
{
    m_db = testing::openDatabase(m_dir);
    m_images = std::make_unique<ui::ImageCache>();
    m_model = std::make_unique<CarouselModel>(*m_db, catalog::MediaLocator{});
    m_view = std::make_unique<ui::CarouselView>(QStringLiteral("Recommended for you"),
                                                m_model.get(), m_images.get());
    m_view->resize(ui::CarouselDelegate::tileSize(m_view->fontMetrics()).width() * 4,
                   m_view->sizeHint().height());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestCarouselView::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_images.reset();
    m_db.reset();
}

void TestCarouselView::updateKeepsScrollPositionAndCurrentItem()
{
    m_model->applyItems(itemsOf(range(1, 20), true));
    QListView *list = m_view->list();
    QScrollBar *bar = list->horizontalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    list->setCurrentIndex(m_model->index(6));
    bar->setValue(bar->maximum() / 2);
    const int scrolled = bar->value();
    QVERIFY(scrolled > 0);

    // Products after the visible ones leave and arrive; 7 stays where it is.
    QList<qint64> next = range(1, 16);
    next << 30 << 31 << 32;
    m_model->applyItems(itemsOf(next, true));
    // visualRect() runs the view's pending layout first.
    QVERIFY(list->visualRect(m_model->index(18)).isValid());
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), scrolled);
    QCOMPARE(list->currentIndex().data(CarouselModel::ProductIdRole).toLongLong(), 7);
}

void TestCarouselView::opensWithMouseAndKeyboard()
{
    m_model->applyItems(itemsOf({11, 12, 13}, false));
    QSignalSpy opened(m_view.get(), &ui::CarouselView::productActivated);
    QListView *list = m_view->list();
    QTRY_VERIFY(list->visualRect(m_model->index(1)).isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(m_model->index(1)).center());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), 12);
    list->setFocus();
    list->setCurrentIndex(m_model->index(0));
    QTest::keyClick(list, Qt::Key_Right);
    QTest::keyClick(list, Qt::Key_Right);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.at(1).at(0).toLongLong(), 13);
    // Nothing to explain on a history tile: the button stays off.
    QVERIFY(!m_view->whyButton()->isEnabled());
}

void TestCarouselView::whyThisFromLinkButtonAndKey()
{
    m_model->applyItems(itemsOf({21, 22}, true));
    QSignalSpy why(m_view.get(), &ui::CarouselView::explanationRequested);
    QSignalSpy opened(m_view.get(), &ui::CarouselView::productActivated);
    QListView *list = m_view->list();
    QTRY_VERIFY(list->visualRect(m_model->index(1)).isValid());
    // The link on the tile explains, and does not open the product.
    const QRect link =
        ui::CarouselDelegate::whyRect(list->visualRect(m_model->index(1)), list->fontMetrics());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, link.center());
    QCOMPARE(why.count(), 1);
    QCOMPARE(opened.count(), 0);
    QCOMPARE(why.at(0).at(0).value<recsys::Recommendation>().productId, 22);
    // The button by the heading, for the current item.
    list->setCurrentIndex(m_model->index(0));
    QVERIFY(m_view->whyButton()->isEnabled());
    QTest::mouseClick(m_view->whyButton(), Qt::LeftButton);
    QCOMPARE(why.count(), 2);
    QCOMPARE(why.at(1).at(0).value<recsys::Recommendation>().productId, 21);
    // And the ? key in the strip.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Question, Qt::ShiftModifier);
    QCOMPARE(why.count(), 3);
}

void TestCarouselView::touchModeGivesTheLinkAFingerSizedBand()
{
    m_model->applyItems(itemsOf({31, 32}, true));
    QListView *list = m_view->list();
    QTRY_VERIFY(list->visualRect(m_model->index(1)).isValid());
    // On the desktop the link is one line of text, as the delegate paints it.
    const QFontMetrics metrics = list->fontMetrics();
    const QRect desktopTile = list->visualRect(m_model->index(1));
    QCOMPARE(m_view->whyLinkRect(m_model->index(1)),
             ui::CarouselDelegate::whyRect(desktopTile, metrics));
    QCOMPARE(m_view->whyLinkRect(m_model->index(1)).height(), metrics.lineSpacing());
    QVERIFY(metrics.lineSpacing() < 48);
    const int desktopHeight = list->height();

    m_view->setMinimumLinkHeight(48);
    QTRY_VERIFY(list->visualRect(m_model->index(1)).isValid());
    const QRect tile = list->visualRect(m_model->index(1));
    const QRect link = m_view->whyLinkRect(m_model->index(1));
    QVERIFY(link.height() >= 48 && link.width() >= 48);
    QVERIFY(tile.contains(link)); // the tiles grew to hold it
    QVERIFY(list->height() > desktopHeight);

    // A tap in the band, well above the text line, explains and does not open the product.
    QSignalSpy why(m_view.get(), &ui::CarouselView::explanationRequested);
    QSignalSpy opened(m_view.get(), &ui::CarouselView::productActivated);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      QPoint(link.center().x(), link.top() + 2));
    QCOMPARE(why.count(), 1);
    QCOMPARE(opened.count(), 0);
    QCOMPARE(why.at(0).at(0).value<recsys::Recommendation>().productId, 32);

    m_view->setMinimumLinkHeight(0);
    QCOMPARE(list->height(), desktopHeight);
}

void TestCarouselView::stripWithoutReasonsIsShorterAndStillExplains()
{
    m_model->applyItems(itemsOf({41, 42}, true));
    QListView *list = m_view->list();
    QTRY_VERIFY(list->visualRect(m_model->index(1)).isValid());
    const int withReasons = list->height();
    const int tileWithReasons = list->visualRect(m_model->index(1)).height();

    m_view->setShowsReasons(false);
    QTRY_VERIFY(list->visualRect(m_model->index(1)).isValid());
    QVERIFY(list->height() < withReasons);
    QVERIFY(list->visualRect(m_model->index(1)).height() < tileWithReasons);
    // "Why this?" still gives the reason and its evidence.
    QSignalSpy why(m_view.get(), &ui::CarouselView::explanationRequested);
    const QRect link = m_view->whyLinkRect(m_model->index(1));
    QVERIFY(list->visualRect(m_model->index(1)).contains(link));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, link.center());
    QCOMPARE(why.count(), 1);
    QCOMPARE(why.at(0).at(0).value<recsys::Recommendation>().productId, 42);

    m_view->setShowsReasons(true);
    QCOMPARE(list->height(), withReasons);
}

QTEST_MAIN(TestCarouselView)
#include "tst_carouselview.moc"
