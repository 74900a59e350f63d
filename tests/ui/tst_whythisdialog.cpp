#include "ui/whythisdialog.h"

#include <QListWidget>
#include <QPushButton>
#include <QTest>

using storefront::recsys::Evidence;
using storefront::recsys::ModelShare;
using storefront::recsys::ReasonKind;
using storefront::recsys::Recommendation;
using storefront::ui::WhyThisDialog;

/// "Why this?" for a recommendation made by hand, so every figure it shows is known.
class TestWhyThisDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheReasonAndEachProductsShare();
    void signalsLargestFirstWithoutTheOnesThatDidNotCount();
    void withoutEvidenceSaysItIsNoSingleProduct();
};

namespace {

QStringList textsOf(const QListWidget *list)
{
    QStringList out;
    for (int row = 0; row < list->count(); ++row)
        out << list->item(row)->text();
    return out;
}

Recommendation trailShoes()
{
    Recommendation r;
    r.productId = 7;
    r.title = QStringLiteral("Trail Runner Pro");
    r.model = QStringLiteral("content");
    r.evidence = {Evidence{1, QStringLiteral("Trail Runner"), 3.0f, 5},
                  Evidence{2, QStringLiteral("Ridge Backpack"), 1.0f, 0}};
    r.setReason(ReasonKind::RatedSimilar, {QStringLiteral("Trail Runner"), QStringLiteral("5")});
    return r;
}

} // namespace

void TestWhyThisDialog::showsTheReasonAndEachProductsShare()
{
    WhyThisDialog dialog(trailShoes());
    QCOMPARE(dialog.reasonText(), QStringLiteral("Because you rated Trail Runner 5\u2605"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Why Trail Runner Pro?"));
    const QStringList evidence = textsOf(dialog.evidenceList());
    QCOMPARE(evidence.size(), 2);
    // 3 of 4 and 1 of 4, whatever the locale writes around the number.
    QVERIFY2(evidence[0].startsWith(QStringLiteral("Trail Runner \u2014 you rated it 5\u2605")) &&
                 evidence[0].contains(QStringLiteral("75")),
             qPrintable(evidence[0]));
    QVERIFY2(evidence[1].startsWith(QStringLiteral("Ridge Backpack \u2014 you looked at it")) &&
                 evidence[1].contains(QStringLiteral("25")),
             qPrintable(evidence[1]));
    // Long titles wrap rather than hide behind a scroll bar.
    QVERIFY(dialog.evidenceList()->wordWrap());
    QCOMPARE(dialog.evidenceList()->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
}

void TestWhyThisDialog::signalsLargestFirstWithoutTheOnesThatDidNotCount()
{
    Recommendation r = trailShoes();
    // |weight × z|: als 0.2, content 0.6, popularity 0.0002 (under half a per cent of 0.8002).
    r.shares = {ModelShare{QStringLiteral("als"), 1.0f, 0.2f},
                ModelShare{QStringLiteral("popularity"), 0.001f, 0.2f},
                ModelShare{QStringLiteral("content"), -2.0f, 0.3f}};
    WhyThisDialog dialog(r);
    const QStringList models = textsOf(dialog.modelList());
    QCOMPARE(models.size(), 2);
    QVERIFY2(models[0].startsWith(WhyThisDialog::modelDescription(QStringLiteral("content"))) &&
                 models[0].contains(QStringLiteral("75")),
             qPrintable(models[0]));
    QVERIFY2(models[1].startsWith(WhyThisDialog::modelDescription(QStringLiteral("als"))) &&
                 models[1].contains(QStringLiteral("25")),
             qPrintable(models[1]));
}

void TestWhyThisDialog::withoutEvidenceSaysItIsNoSingleProduct()
{
    Recommendation r;
    r.productId = 9;
    r.title = QStringLiteral("Camp Stove");
    r.model = QStringLiteral("popularity");
    r.setReason(ReasonKind::PopularInCategory, {QStringLiteral("Outdoors")});
    WhyThisDialog dialog(r);
    QCOMPARE(dialog.reasonText(), QStringLiteral("Popular in Outdoors"));
    QCOMPARE(dialog.evidenceList()->count(), 1);
    QVERIFY(dialog.evidenceList()->item(0)->text().startsWith(QStringLiteral("No single product")));
    // No shares: the model that chose it.
    QCOMPARE(textsOf(dialog.modelList()),
             QStringList{WhyThisDialog::modelDescription(QStringLiteral("popularity"))});
    QVERIFY(dialog.rulesList()->isHidden());
}

QTEST_MAIN(TestWhyThisDialog)
#include "tst_whythisdialog.moc"
