// The staff merchandising dialog on a small seeded store with a live RecommendationService:
// refused without the permission; rules added, reordered and removed through the widgets;
// the preview follows the rule being edited; the open dialog follows a language switch, its
// preview's reasons included.

#include "auth/authservice.h"
#include "auth/authtestsupport.h"
#include "loadingdialog.h"
#include "recsys/recommendationservice.h"
#include "recsys/storeworld.h"
#include "shop/merchandisingservice.h"
#include "ui/busyindicator.h"
#include "ui/merchandisingdialog.h"
#include "ui/translations.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace storefront;
using Kind = storefront::storage::MerchandisingRule::Kind;

namespace {

constexpr int kTimeout = 20000;
constexpr qint64 kShopper = 61;

struct World : testing::AuthWorld
{
    World()
    {
        testing::seedWorldStore(*db, {{kShopper, 1, 5, 1'700'001'000}});
        recsys::RecommendationService::Options options;
        options.retrainDebounceMs = 600000;
        service = std::make_unique<recsys::RecommendationService>(*db, options);
        merch = std::make_unique<shop::MerchandisingService>(*db, *auth);
        merch->setRecommendationService(service.get());
    }

    /// Starts the recommender and waits for its first model; false if none came in time.
    [[nodiscard]] bool trained()
    {
        QSignalSpy replaced(service.get(), &recsys::RecommendationService::snapshotReplaced);
        service->start();
        return replaced.wait(kTimeout);
    }

    std::unique_ptr<recsys::RecommendationService> service;
    std::unique_ptr<shop::MerchandisingService> merch;
};

QStringList previewTitles(const ui::MerchandisingDialog &d)
{
    QStringList out;
    for (int i = 0; i < d.previewList()->count(); ++i)
        out << d.previewList()->item(i)->text();
    return out;
}

/// Selects the entry of `box` whose data is `value`, with the keyboard.
void choose(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    QVERIFY(index >= 0);
    box->setFocus();
    while (box->currentIndex() < index)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > index)
        QTest::keyClick(box, Qt::Key_Up);
}

/// Shows `dialog` and waits for the preview of kShopper's list.
void showPreviewOf(ui::MerchandisingDialog &dialog)
{
    dialog.show();
    QSignalSpy shown(&dialog, &ui::MerchandisingDialog::previewShown);
    QTRY_VERIFY(!dialog.isLoading());
    choose(dialog.shopperBox(), kShopper);
    QTRY_VERIFY_WITH_TIMEOUT(shown.size() > 0 && dialog.previewList()->count() > 2, kTimeout);
}

} // namespace

class TestMerchandisingDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedForShoppers();
    void staffEditRulesWithALivePreview();
    void showsRulesAndPickersOnceLoaded();
    void closingWhileLoadingIsSafe();
    void followsTheLanguageWhileOpen();
    void aRefusedPreviewSaysWhyInEitherLanguage_data();
    void aRefusedPreviewSaysWhyInEitherLanguage();
};

void TestMerchandisingDialog::refusedForShoppers()
{
    World w;
    auto shopper = w.signUp(QStringLiteral("ann@example.org"));
    ui::MerchandisingDialog dialog(*w.merch, shopper);
    dialog.show();
    QTRY_VERIFY(!dialog.isLoading());
    QVERIFY(!dialog.statusLabel()->text().isEmpty());
    QVERIFY(!dialog.addButton()->isEnabled());
    QVERIFY(!dialog.rulesTable()->isEnabled());
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QCOMPARE(w.count(QStringLiteral("merchandising_rules")), qint64(0));
}

void TestMerchandisingDialog::staffEditRulesWithALivePreview()
{
    World w;
    QVERIFY(w.trained());
    auto staff = w.accountWithRole(QStringLiteral("staff@example.org"), auth::Role::Staff);
    ui::MerchandisingDialog dialog(*w.merch, staff);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy shown(&dialog, &ui::MerchandisingDialog::previewShown);
    QTRY_VERIFY(!dialog.isLoading());

    choose(dialog.shopperBox(), kShopper);
    QTRY_VERIFY_WITH_TIMEOUT(shown.size() > 0 && dialog.previewList()->count() > 2, kTimeout);
    const QString first = dialog.previewList()->item(0)->text();

    // Exclude the first product: found with the search box, shown in the preview before the
    // rule is even added.
    choose(dialog.kindBox(), int(Kind::Exclude));
    const QString firstTitle =
        first.section(QStringLiteral(". "), 1).section(QStringLiteral(" — "), 0, 0);
    dialog.productSearch()->clear();
    QTest::keyClicks(dialog.productSearch(), firstTitle);
    // The preview follows the search's answer, which comes while the test waits for it:
    // only previews asked for from here on count.
    shown.clear();
    QTest::keyClick(dialog.productSearch(), Qt::Key_Return);
    QTRY_VERIFY(!dialog.isLoading()); // searched on a worker
    QVERIFY(dialog.productBox()->count() >= 1);
    QVERIFY(dialog.productBox()->currentText().startsWith(firstTitle));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !previewTitles(dialog)
                                                      .join(QLatin1Char('\n'))
                                                      .contains(firstTitle + QStringLiteral(" — ")),
                             kTimeout);
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    // Until the rules are read again, changes (which act on the rows shown) wait.
    QVERIFY(!dialog.addButton()->isEnabled());
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QTRY_COMPARE(dialog.rulesTable()->rowCount(), 1);
    QVERIFY(dialog.addButton()->isEnabled());
    QCOMPARE(w.count(QStringLiteral("merchandising_rules")), qint64(1));

    // Pin the last product at position 1.
    const QString last = dialog.previewList()->item(dialog.previewList()->count() - 1)->text();
    const QString lastTitle =
        last.section(QStringLiteral(". "), 1).section(QStringLiteral(" — "), 0, 0);
    choose(dialog.kindBox(), int(Kind::Pin));
    dialog.productSearch()->clear();
    QTest::keyClicks(dialog.productSearch(), lastTitle);
    QTest::keyClick(dialog.productSearch(), Qt::Key_Return);
    QTRY_VERIFY(!dialog.isLoading());
    QVERIFY(dialog.productBox()->currentText().startsWith(lastTitle));
    dialog.slotBox()->setValue(1);
    shown.clear();
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QTRY_COMPARE(dialog.rulesTable()->rowCount(), 2);
    QCOMPARE(dialog.rulesTable()->currentRow(), 1); // the new rule is selected
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() &&
                                 dialog.previewList()->item(0)->text().startsWith(
                                     QStringLiteral("1. ") + lastTitle + QStringLiteral(" — ")),
                             kTimeout);

    // Reorder: the pin moves up to apply first; then remove the exclusion.
    QTRY_VERIFY(!dialog.isLoading());
    dialog.rulesTable()->selectRow(1);
    QTest::mouseClick(dialog.upButton(), Qt::LeftButton);
    QVERIFY(dialog.isLoading()); // written off the GUI thread
    QTRY_VERIFY(!dialog.isLoading());
    QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("Order changed."));
    auto rules = w.merch->rules(staff);
    QCOMPARE(rules->at(0).kind, Kind::Pin);
    QCOMPARE(dialog.rulesTable()->currentRow(), 0); // the moved rule stays selected
    dialog.rulesTable()->selectRow(1);
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    QTRY_COMPARE(dialog.rulesTable()->rowCount(), 1);
    QCOMPARE(w.merch->rules(staff)->size(), size_t(1));
    QCOMPARE(w.merch->rules(staff)->at(0).kind, Kind::Pin);
    // Every change is in the audit trail.
    QCOMPARE(w.count(QStringLiteral("audit_log WHERE action LIKE 'merchandising%'")), qint64(4));
    QTRY_VERIFY(!dialog.isLoading()); // its reads use w.merch, which goes with `w`
}

void TestMerchandisingDialog::showsRulesAndPickersOnceLoaded()
{
    World w;
    auto staff = w.accountWithRole(QStringLiteral("staff@example.org"), auth::Role::Staff);
    storage::MerchandisingRule exclude;
    exclude.kind = Kind::Exclude;
    exclude.categoryId = w.merch->categories(staff)->front().id;
    QVERIFY(w.merch->addRule(staff, exclude).ok());

    ui::MerchandisingDialog dialog(*w.merch, staff);
    QSignalSpy loaded(&dialog, &ui::MerchandisingDialog::loaded);
    // Nothing is read on the GUI thread: the dialog opens busy with its controls off.
    QVERIFY(dialog.isLoading());
    QVERIFY(!dialog.busyIndicator()->isHidden());
    QCOMPARE(dialog.rulesTable()->rowCount(), 0);
    QVERIFY(!dialog.addButton()->isEnabled());
    QVERIFY(!dialog.rulesTable()->isEnabled());
    QVERIFY(loaded.wait(kTimeout));
    QVERIFY(!dialog.isLoading());
    QVERIFY(dialog.busyIndicator()->isHidden());
    QVERIFY(dialog.addButton()->isEnabled());
    QVERIFY(dialog.statusLabel()->text().isEmpty());
    QCOMPARE(dialog.rulesTable()->rowCount(), 1);
    QCOMPARE(dialog.rulesTable()->item(0, 0)->text(), QStringLiteral("Exclude"));
    QVERIFY(
        dialog.rulesTable()->item(0, 1)->text().contains(w.merch->categories(staff)->front().path));
    QVERIFY(dialog.categoryBox()->count() > 0);
    QVERIFY(dialog.productBox()->count() > 0);
    QVERIFY(dialog.shopperBox()->findData(kShopper) >= 0);
}

void TestMerchandisingDialog::closingWhileLoadingIsSafe()
{
    World w;
    auto staff = w.accountWithRole(QStringLiteral("staff@example.org"), auth::Role::Staff);
    testing::closeWhileLoading(new ui::MerchandisingDialog(*w.merch, staff));
    QVERIFY(w.merch->rules(staff).ok());
}

void TestMerchandisingDialog::followsTheLanguageWhileOpen()
{
    World w;
    QVERIFY(w.trained());
    auto staff = w.accountWithRole(QStringLiteral("staff@example.org"), auth::Role::Staff);
    storage::MerchandisingRule boost;
    boost.kind = Kind::Boost;
    boost.amount = 0.5;
    boost.categoryId = w.merch->categories(staff)->front().id;
    QVERIFY(w.merch->addRule(staff, boost).ok());
    QVERIFY(ui::Translations::install(QStringLiteral("en")));
    ui::MerchandisingDialog dialog(*w.merch, staff);
    showPreviewOf(dialog);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy shown(&dialog, &ui::MerchandisingDialog::previewShown);
    QTRY_VERIFY(!dialog.isLoading());
    // Selecting the rule puts it in the editor (unless the table made it current already),
    // which may ask for a preview: the one shown answers the last request.
    dialog.rulesTable()->selectRow(0);
    QCOMPARE(dialog.kindBox()->currentText(), QStringLiteral("Boost"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewPending(), kTimeout);
    const QStringList english = previewTitles(dialog);
    const auto reasonOf = [](const QString &line) {
        return line.section(QStringLiteral(" — "), 1);
    };
    QVERIFY(!reasonOf(english.front()).isEmpty());
    const qsizetype previews = shown.size();

    // Switched while the dialog is open: its words in German, the rule still selected, the
    // same products with their reasons worded again from what each names (not fetched again).
    QVERIFY(ui::Translations::install(QStringLiteral("de")));
    QCoreApplication::sendPostedEvents(); // the LanguageChange events
    QCOMPARE(dialog.addButton()->text(), QStringLiteral("Regel &hinzufügen"));
    QCOMPARE(dialog.rulesTable()->horizontalHeaderItem(0)->text(), QStringLiteral("Regel"));
    QCOMPARE(dialog.rulesTable()->item(0, 0)->text(), QStringLiteral("Hochstufen"));
    QCOMPARE(dialog.rulesTable()->currentRow(), 0);
    QCOMPARE(dialog.kindBox()->currentText(), QStringLiteral("Hochstufen"));
    QCOMPARE(dialog.kindBox()->currentData().toInt(), int(Kind::Boost));
    const QStringList german = previewTitles(dialog);
    ui::Translations::install(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(german.size(), english.size());
    QCOMPARE(shown.size(), previews);
    for (qsizetype i = 0; i < english.size(); ++i) {
        QCOMPARE(german[i].section(QStringLiteral(" — "), 0, 0),
                 english[i].section(QStringLiteral(" — "), 0, 0));
        QVERIFY2(reasonOf(german[i]) != reasonOf(english[i]), qPrintable(german[i]));
    }
    QCOMPARE(previewTitles(dialog), english);
    QCOMPARE(dialog.rulesTable()->item(0, 0)->text(), QStringLiteral("Boost"));
    QCOMPARE(dialog.addButton()->text(), QStringLiteral("A&dd rule"));
}

void TestMerchandisingDialog::aRefusedPreviewSaysWhyInEitherLanguage_data()
{
    QTest::addColumn<bool>("sessionEnds");
    // Ours to word again in German; core's refusal, made in English, stays as it was.
    QTest::newRow("session ended") << true;
    QTest::newRow("role revoked") << false;
}

void TestMerchandisingDialog::aRefusedPreviewSaysWhyInEitherLanguage()
{
    QFETCH(bool, sessionEnds);
    World w;
    QVERIFY(w.trained());
    const QString email = QStringLiteral("staff@example.org");
    auto staff = w.accountWithRole(email, auth::Role::Staff);
    QVERIFY(ui::Translations::install(QStringLiteral("en")));
    ui::MerchandisingDialog dialog(*w.merch, staff);
    showPreviewOf(dialog);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewPending(), kTimeout);
    const QStringList listed = previewTitles(dialog);
    QVERIFY(!listed.isEmpty());

    if (sessionEnds)
        QVERIFY(w.auth->logOut(staff).ok());
    else
        QVERIFY(w.auth->setRole(w.adminSession(), w.idOf(email), auth::Role::Shopper).ok());
    dialog.slotBox()->setValue(dialog.slotBox()->value() == 1 ? 2 : 1); // asks for a preview
    const QString refusal = dialog.previewStateLabel()->text();
    if (sessionEnds)
        QCOMPARE(refusal, auth::AuthService::sessionEnded());
    else
        QVERIFY2(refusal.contains(QStringLiteral("merchandise")), qPrintable(refusal));

    QVERIFY(ui::Translations::install(QStringLiteral("de")));
    QCoreApplication::sendPostedEvents(); // the LanguageChange events
    const QString german = dialog.previewStateLabel()->text();
    const int germanRows = dialog.previewList()->count();
    ui::Translations::install(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
    if (sessionEnds) {
        QCOMPARE(german,
                 QStringLiteral("Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an."));
    } else {
        QCOMPARE(german, refusal);
    }
    QCOMPARE(germanRows, listed.size()); // the last list made stays shown below
    QCOMPARE(dialog.previewStateLabel()->text(), refusal);
    QCOMPARE(previewTitles(dialog), listed);
}

QTEST_MAIN(TestMerchandisingDialog)
#include "tst_merchandisingdialog.moc"
