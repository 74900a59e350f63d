#include "ui/starrating.h"

#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QSignalSpy>
#include <QTest>

using storefront::ui::StarRating;

/// The star rating widget through real mouse and keyboard events.
class TestStarRating : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clickingAStarChoosesIt_data();
    void clickingAStarChoosesIt();
    void hoverPreviewsWithoutChoosing();
    void keyboardChooses_data();
    void keyboardChooses();
    void setRatingShowsWithoutChoosing();
    void isAccessibleAsAValue();
    void touchModeMakesEveryStarAFingerTarget();
};

void TestStarRating::clickingAStarChoosesIt_data()
{
    QTest::addColumn<int>("star");
    for (int star = 1; star <= StarRating::kMaxStars; ++star)
        QTest::addRow("%d", star) << star;
}

void TestStarRating::clickingAStarChoosesIt()
{
    QFETCH(int, star);
    StarRating stars;
    stars.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stars));
    QSignalSpy chosen(&stars, &StarRating::ratingChosen);
    QTest::mouseClick(&stars, Qt::LeftButton, {}, stars.starRect(star).center());
    QCOMPARE(stars.rating(), star);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toInt(), star);
    // The right button does nothing.
    QTest::mouseClick(&stars, Qt::RightButton, {}, stars.starRect(1).center());
    QCOMPARE(stars.rating(), star);
    QCOMPARE(chosen.count(), 1);
}

void TestStarRating::hoverPreviewsWithoutChoosing()
{
    StarRating stars;
    stars.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stars));
    QSignalSpy chosen(&stars, &StarRating::ratingChosen);
    QTest::mouseMove(&stars, stars.starRect(4).center());
    QTRY_COMPARE(stars.hoveredStar(), 4);
    QCOMPARE(stars.rating(), 0);
    QCOMPARE(chosen.count(), 0);
}

void TestStarRating::keyboardChooses_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("expected");
    QTest::newRow("digit 3") << 0 << int(Qt::Key_3) << 3;
    QTest::newRow("digit 5 over 2") << 2 << int(Qt::Key_5) << 5;
    QTest::newRow("right from none") << 0 << int(Qt::Key_Right) << 1;
    QTest::newRow("right") << 3 << int(Qt::Key_Right) << 4;
    QTest::newRow("up") << 2 << int(Qt::Key_Up) << 3;
    QTest::newRow("right at five") << 5 << int(Qt::Key_Right) << 5;
    QTest::newRow("left") << 3 << int(Qt::Key_Left) << 2;
    QTest::newRow("down") << 4 << int(Qt::Key_Down) << 3;
    QTest::newRow("left at one") << 1 << int(Qt::Key_Left) << 1;
    QTest::newRow("home") << 4 << int(Qt::Key_Home) << 1;
    QTest::newRow("end") << 1 << int(Qt::Key_End) << 5;
}

void TestStarRating::keyboardChooses()
{
    QFETCH(int, start);
    QFETCH(int, key);
    QFETCH(int, expected);
    StarRating stars;
    stars.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stars));
    stars.setFocus();
    stars.setRating(start);
    QSignalSpy chosen(&stars, &StarRating::ratingChosen);
    QTest::keyClick(&stars, Qt::Key(key));
    QCOMPARE(stars.rating(), expected);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toInt(), expected);
}

void TestStarRating::setRatingShowsWithoutChoosing()
{
    StarRating stars;
    QSignalSpy chosen(&stars, &StarRating::ratingChosen);
    QSignalSpy changed(&stars, &StarRating::ratingChanged);
    stars.setRating(4);
    QCOMPARE(stars.rating(), 4);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(chosen.count(), 0);
    stars.setRating(9);
    QCOMPARE(stars.rating(), 5);
    QCOMPARE(stars.ratingText(), QStringLiteral("5 of 5 stars"));
    QTest::keyClick(&stars, Qt::Key_A); // not a rating key
    QCOMPARE(stars.rating(), 5);
    QCOMPARE(chosen.count(), 0);
}

void TestStarRating::isAccessibleAsAValue()
{
    StarRating stars;
    stars.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stars));
    QCOMPARE(stars.focusPolicy(), Qt::StrongFocus);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&stars);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::Slider);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Your rating"));
    QCOMPARE(iface->text(QAccessible::Value), QStringLiteral("Not rated"));
    QAccessibleValueInterface *value = iface->valueInterface();
    QVERIFY(value);
    QCOMPARE(value->maximumValue().toInt(), 5);
    stars.setRating(3);
    QCOMPARE(value->currentValue().toInt(), 3);
    QCOMPARE(iface->text(QAccessible::Value), QStringLiteral("3 of 5 stars"));
    value->setCurrentValue(2);
    QCOMPARE(stars.rating(), 2);
}

void TestStarRating::touchModeMakesEveryStarAFingerTarget()
{
    StarRating stars;
    // The desktop size comes from the font alone.
    const int fromFont = stars.fontMetrics().height() * 8 / 5;
    QCOMPARE(stars.minimumStarSize(), 0);
    QCOMPARE(stars.starRect(1).size(), QSize(fromFont, fromFont));
    const QSize desktop = stars.sizeHint();
    QVERIFY(fromFont < 48); // else the rest proves nothing

    stars.setMinimumStarSize(48);
    stars.resize(stars.sizeHint());
    stars.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stars));
    QVERIFY(stars.height() >= 48);
    for (int star = 1; star <= StarRating::kMaxStars; ++star) {
        QVERIFY(stars.starRect(star).width() >= 48);
        QVERIFY(stars.starRect(star).height() >= 48);
    }
    // A tap near the edge of the fourth star's band still chooses the fourth.
    QSignalSpy chosen(&stars, &StarRating::ratingChosen);
    const QRect fourth = stars.starRect(4);
    QTest::mouseClick(&stars, Qt::LeftButton, {}, QPoint(fourth.left() + 2, stars.height() - 2));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toInt(), 4);

    stars.setMinimumStarSize(0);
    QCOMPARE(stars.sizeHint(), desktop);
}

QTEST_MAIN(TestStarRating)
#include "tst_starrating.moc"
