#include "auth/authtestsupport.h"
#include "eval/evaluationjob.h"
#include "eval/modelregistry.h"
#include "storage/ratingrepository.h"
#include "storage/userrepository.h"
#include "testsupport.h"
#include "ui/evaluationdashboard.h"

#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace storefront;

/// The staff dashboard on a tiny store: progress, cancel, a complete run, CSV export; and
/// core's refusal of anyone without the staff dashboard permission.
class TestEvaluationDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cancelsOneRunThenCompletesAnotherAndExports();
    void refusesShoppersGuestsAndEndedSessions();

private:
    std::unique_ptr<testing::AuthWorld> m_world;
    storage::Database *m_db = nullptr;
    auth::Session m_staff;
};

void TestEvaluationDashboard::initTestCase()
{
    m_world = std::make_unique<testing::AuthWorld>();
    m_db = m_world->db.get();
    m_staff = m_world->accountWithRole(QStringLiteral("staff@store.example"), auth::Role::Staff);
    std::vector<qint64> products;
    for (int i = 0; i < 24; ++i)
        products.push_back(testing::insert(
            *m_db,
            testing::product(QStringLiteral("P-%1").arg(i), QStringLiteral("Thing %1").arg(i),
                             i < 12 ? QStringLiteral("Garden") : QStringLiteral("Kitchen"),
                             QStringLiteral("Brand"), 1000 + i)));
    std::mt19937 rng(4);
    QSqlDatabase c = m_db->connection();
    for (int u = 0; u < 30; ++u) {
        const qint64 user = *storage::UserRepository::insert(
            c, {0, QStringLiteral("u%1@x").arg(u), QStringLiteral("U"), storage::Role::Shopper, 0},
            {});
        for (int i = 0; i < 12; ++i) {
            if (rng() % 2)
                continue;
            const int item = (u % 2) * 12 + i;
            QVERIFY(storage::RatingRepository(*m_db)
                        .rate(user, products[static_cast<size_t>(item)],
                              4 + static_cast<int>(rng() % 2))
                        .ok());
        }
    }
}

void TestEvaluationDashboard::cancelsOneRunThenCompletesAnotherAndExports()
{
    ui::EvaluationDashboard dashboard(*m_db, *m_world->auth);
    dashboard.setSession(m_staff);
    dashboard.show();
    QSignalSpy failed(&dashboard, &ui::EvaluationDashboard::evaluationFailed);
    QSignalSpy finished(&dashboard, &ui::EvaluationDashboard::evaluationFinished);

    dashboard.startEvaluation();
    QVERIFY(dashboard.isRunning());
    dashboard.cancelEvaluation();
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.first().first().toString(), QStringLiteral("evaluation cancelled"));
    QVERIFY(dashboard.findChild<QPushButton *>()->isEnabled());

    QSignalSpy progress(dashboard.job(), &eval::EvaluationJob::progressChanged);
    dashboard.startEvaluation();
    QVERIFY(finished.wait(60000));
    QCOMPARE(failed.size(), 1); // the cancelled run's late report was dropped
    QVERIFY(progress.size() > 2);
    QCOMPARE(dashboard.findChild<QProgressBar *>()->value(), 1000);
    const auto *table = dashboard.findChild<QTableWidget *>();
    QCOMPARE(table->rowCount(), int(eval::ModelRegistry::defaults().names().size()));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("popularity"));
    QCOMPARE(dashboard.result().results.front().precisionCurve.size(), size_t{20});

    const QString path = m_world->dir.filePath(QStringLiteral("evaluation.csv"));
    QVERIFY(dashboard.exportCsv(path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("model,metric,k,value\r\n"));
    QVERIFY(csv.contains("ease,ndcg,10,"));
    QVERIFY(csv.contains("item-knn,recall,20,"));
}

void TestEvaluationDashboard::refusesShoppersGuestsAndEndedSessions()
{
    // The menu is hidden for them, but the check that counts is core's, at every run.
    const auth::Session shopper =
        m_world->accountWithRole(QStringLiteral("shopper@store.example"), auth::Role::Shopper);
    const auth::Session staff =
        m_world->accountWithRole(QStringLiteral("leaver@store.example"), auth::Role::Staff);
    ui::EvaluationDashboard dashboard(*m_db, *m_world->auth);
    QSignalSpy failed(&dashboard, &ui::EvaluationDashboard::evaluationFailed);
    QSignalSpy finished(&dashboard, &ui::EvaluationDashboard::evaluationFinished);
    const auto refused = [&](const auth::Session &session) {
        failed.clear();
        dashboard.setSession(session);
        dashboard.startEvaluation();
        return failed.wait(30000) && finished.isEmpty() && dashboard.result().results.empty() &&
               failed.first().first().toString() == dashboard.statusLabel()->text();
    };
    QVERIFY(refused(auth::Session{}));
    QVERIFY(refused(m_world->auth->guest()));
    QVERIFY(refused(shopper));
    QVERIFY(m_world->auth->logOut(staff).ok());
    QVERIFY(refused(staff));
    // Each refusal says why, in core's words.
    dashboard.setSession(shopper);
    dashboard.startEvaluation();
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.last().first().toString(),
             m_world->auth->requirePermission(shopper, auth::Permission::ViewStaffDashboard)
                 .error()
                 .toString());
}

QTEST_MAIN(TestEvaluationDashboard)
#include "tst_evaluationdashboard.moc"
