// First run: the demo store loads on a worker behind a progress dialog whose Cancel leaves the
// new database empty.

#include "storage/statsrepository.h"
#include "testsupport.h"
#include "ui/demostoresetup.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace storefront;

class TestDemoStoreSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsBehindAProgressDialog();
    void cancelLeavesTheDatabaseEmpty();
    void anExistingStoreOpensWithoutADialog();
};

namespace {

QProgressDialog *visibleProgressDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<QProgressDialog *>(w); d && d->isVisible())
            return d;
    return nullptr;
}

} // namespace

void TestDemoStoreSetup::loadsBehindAProgressDialog()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    // Seen from the GUI thread while the load runs: the dialog is up and the loop turns.
    bool sawDialog = false;
    int maxValue = -1;
    QTimer probe;
    connect(&probe, &QTimer::timeout, this, [&] {
        if (QProgressDialog *d = visibleProgressDialog()) {
            sawDialog = true;
            maxValue = std::max(maxValue, d->value());
            QVERIFY(d->windowModality() == Qt::ApplicationModal);
            QVERIFY(!d->accessibleName().isEmpty());
        }
    });
    probe.start(5);
    auto seeded = ui::DemoStoreSetup::run(*db, catalog::DemoStore::locateDataDir(), 0);
    probe.stop();
    QVERIFY2(seeded.ok(), qPrintable(seeded ? QString() : seeded.error().toString()));
    QVERIFY(seeded->products >= 400);
    QVERIFY(sawDialog);
    QVERIFY(maxValue > 0); // the bar moved
    QCOMPARE(storage::StatsRepository(*db).counts()->products, qint64(seeded->products));
}

void TestDemoStoreSetup::cancelLeavesTheDatabaseEmpty()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    bool clicked = false;
    QTimer probe;
    connect(&probe, &QTimer::timeout, this, [&] {
        QProgressDialog *d = visibleProgressDialog();
        if (!d || clicked)
            return;
        QPushButton *cancel = d->findChild<QPushButton *>();
        QVERIFY(cancel);
        clicked = true;
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    probe.start(1);
    auto seeded = ui::DemoStoreSetup::run(*db, catalog::DemoStore::locateDataDir(), 0);
    probe.stop();
    QVERIFY(clicked);
    QVERIFY(!seeded.ok());
    QCOMPARE(seeded.error().code, ErrorCode::Cancelled);
    const auto counts = storage::StatsRepository(*db).counts();
    QCOMPARE(counts->products, 0);
    QCOMPARE(counts->users, 0);
    QCOMPARE(counts->ratings, 0);
    QVERIFY(!visibleProgressDialog());
}

void TestDemoStoreSetup::anExistingStoreOpensWithoutADialog()
{
    QTemporaryDir dir;
    auto db = testing::openDatabase(dir);
    testing::insert(*db, testing::product(QStringLiteral("X-1"), QStringLiteral("Kettle"),
                                          QStringLiteral("Kitchen"), QStringLiteral("Acme"), 2500));
    bool sawDialog = false;
    QTimer probe;
    connect(&probe, &QTimer::timeout, this,
            [&] { sawDialog |= visibleProgressDialog() != nullptr; });
    probe.start(1);
    auto seeded = ui::DemoStoreSetup::run(*db, catalog::DemoStore::locateDataDir(), 2000);
    probe.stop();
    QVERIFY(seeded.ok());
    QCOMPARE(seeded->products, 0);
    QVERIFY(!sawDialog);
    QCOMPARE(storage::StatsRepository(*db).counts()->products, 1);
}

QTEST_MAIN(TestDemoStoreSetup)
#include "tst_demostoresetup.moc"
