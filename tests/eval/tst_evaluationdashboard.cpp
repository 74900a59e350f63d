#include "auth/authtestsupport.h"
#include "eval/evaluationjob.h"
#include "eval/modelregistry.h"
#include "storage/ratingrepository.h"
#include "storage/userrepository.h"
#include "testsupport.h"
#include "ui/evaluationdashboard.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
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

/// The staff dashboard on a tiny store: progress, cancel, a complete run whose table, bar
/// charts and CSV export agree (diversity and novelty included); and
/// core's refusal of anyone without the staff dashboard permission.
namespace {

/// The categories (models) and bar values of the dashboard's bar chart.
std::pair<QStringList, QList<qreal>> barChartOf(const ui::EvaluationDashboard &dashboard)
{
    QChart *chart = dashboard.barChart()->chart();
    const QList<QAbstractSeries *> series = chart->series();
    auto *bars = series.size() == 1 ? qobject_cast<QBarSeries *>(series.first()) : nullptr;
    if (!bars || bars->count() != 1)
        return {};
    QList<qreal> values;
    for (int i = 0; i < bars->barSets().first()->count(); ++i)
        values << bars->barSets().first()->at(i);
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Horizontal, bars);
    auto *x = axes.size() == 1 ? qobject_cast<QBarCategoryAxis *>(axes.first()) : nullptr;
    return {x ? x->categories() : QStringList(), values};
}

} // namespace

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
    // The store's products have categories, so intra-list diversity is measured; novelty
    // always is.
    QStringList headers;
    for (int c = 0; c < table->columnCount(); ++c)
        headers << table->horizontalHeaderItem(c)->text();
    QVERIFY2(headers.contains(QLatin1String("diversity")), qPrintable(headers.join(u' ')));
    QVERIFY2(headers.contains(QLatin1String("novelty")), qPrintable(headers.join(u' ')));
    // The bar chart of each metric holds the table's models and figures.
    auto *metric = dashboard.findChild<QComboBox *>();
    for (const QString &name : {QStringLiteral("ndcg"), QStringLiteral("diversity"),
                                QStringLiteral("novelty"), QStringLiteral("coverage")}) {
        QVERIFY(metric->findText(name) >= 0);
        metric->setCurrentText(name);
        const auto [models, values] = barChartOf(dashboard);
        const int column = int(headers.indexOf(name));
        QCOMPARE(models.size(), table->rowCount());
        QCOMPARE(values.size(), table->rowCount());
        for (int r = 0; r < table->rowCount(); ++r) {
            QCOMPARE(models.at(r), table->item(r, 0)->text());
            QCOMPARE(QString::number(values.at(r), 'f', 4), table->item(r, column)->text());
        }
    }
    QVERIFY(dashboard.result().results.front().diversity.value_or(0.0) > 0.0);

    const QString path = m_world->dir.filePath(QStringLiteral("evaluation.csv"));
    QVERIFY(dashboard.exportCsv(path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("model,metric,k,value\r\n"));
    QVERIFY(csv.contains("ease,ndcg,10,"));
    QVERIFY(csv.contains("item-knn,recall,20,"));
    for (const QString &model : eval::ModelRegistry::defaults().names()) {
        QVERIFY2(csv.contains((model + QStringLiteral(",diversity,10,")).toUtf8()),
                 qPrintable(model));
        QVERIFY2(csv.contains((model + QStringLiteral(",novelty,10,")).toUtf8()),
                 qPrintable(model));
    }
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
