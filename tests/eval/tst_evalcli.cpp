#include "programrun.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <random>

/// evaluate, recommend, train, tune and models through the real storefront-cli program.
class TestEvalCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void evaluatePrintsTableJsonAndCsv();
    void evaluateWithDataAndSplit();
    void quietSilencesTheModelsLogs();
    void splitExportsWhatEvaluateUses();
    void evaluateRefusesUnknownModelAndBadInput();
    void evaluateRefusesAMissingStoreAndCreatesNone();
    void evaluateFailsWithoutEvaluableUsersOrTrainingRatingsOrWithOverlap();
    void recommendWritesListsWithoutTrainItems();
    void trainSavesASnapshot();
    void tuneReportsTheBestCombination();
    void modelsListsParametersWithDefaultsAndRanges();

private:
    using Run = storefront::testing::ProgramRun;
    static Run cli(const QStringList &arguments)
    {
        return storefront::testing::runProgram(QStringLiteral(STOREFRONT_CLI), arguments);
    }
    /// `evaluate` on the planted train, test and items files.
    QStringList evaluateSplitFiles() const
    {
        return {QStringLiteral("evaluate"),
                QStringLiteral("--train"),
                m_train,
                QStringLiteral("--test"),
                m_test,
                QStringLiteral("--items"),
                m_items};
    }
    QTemporaryDir m_dir;
    QString m_train;
    QString m_test;
    QString m_items;
    QString m_all;
};

static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    f.write(content);
    return f.fileName();
}

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestEvalCli::initTestCase()
{
    // Two groups of 20 users who like two groups of 15 items; every 5th liked pair is test.
    QByteArray train = "user,item,rating,timestamp\n";
    QByteArray test = train;
    QByteArray items = "item,title,categories\n";
    std::mt19937 rng(1);
    for (int i = 0; i < 30; ++i)
        items += QByteArray("it") + QByteArray::number(i) + ",Item " + QByteArray::number(i) +
                 (i < 15 ? ",Western\n" : ",Opera\n");
    for (int u = 0; u < 40; ++u) {
        int n = 0;
        for (int i = 0; i < 30; ++i) {
            const bool own = (i < 15) == (u % 2 == 0);
            if (!own || rng() % 3 == 0)
                continue;
            const QByteArray line = "user" + QByteArray::number(u) + ",it" + QByteArray::number(i) +
                                    "," + QByteArray::number(4 + rng() % 2) + "," +
                                    QByteArray::number(100 + i) + "\n";
            (++n % 5 == 0 ? test : train) += line;
        }
    }
    m_train = write(m_dir, QStringLiteral("train.csv"), train);
    m_test = write(m_dir, QStringLiteral("test.csv"), test);
    m_items = write(m_dir, QStringLiteral("items.csv"), items);
    m_all = write(m_dir, QStringLiteral("all.csv"), train + test.mid(test.indexOf('\n') + 1));
}

void TestEvalCli::evaluatePrintsTableJsonAndCsv()
{
    const QStringList base =
        evaluateSplitFiles() + QStringList{QStringLiteral("--k"),
                                           QStringLiteral("5"),
                                           QStringLiteral("--models"),
                                           QStringLiteral("popularity,content,item-knn,mf"),
                                           QStringLiteral("--relevance-threshold"),
                                           QStringLiteral("4"),
                                           QStringLiteral("--seed"),
                                           QStringLiteral("42"),
                                           QStringLiteral("--threads"),
                                           QStringLiteral("2")};
    Run run = cli(base);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("precision")));
    QVERIFY(run.out.contains(QStringLiteral("recommend_seconds")));
    QCOMPARE(run.out.count(QStringLiteral("\nitem-knn ")), 1);
    // Progress on stderr; not a terminal here, so plain lines and no carriage-return frames.
    QVERIFY2(run.err.contains(QStringLiteral("item-knn: training\n")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1Char('\r')), qPrintable(run.err));

    run = cli(base + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("--quiet")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("k")).toInt(), 5);
    const QJsonArray results = root.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 4);
    for (const char *key : {"precision", "recall", "f1", "ndcg", "map", "mrr", "hit_rate",
                            "coverage", "train_seconds", "recommend_seconds"})
        QVERIFY2(results[0].toObject().contains(QLatin1String(key)), key);
    QVERIFY(!results[0].toObject().contains(QStringLiteral("rmse")));
    QVERIFY(results[3].toObject().contains(QStringLiteral("rmse"))); // mf predicts ratings
    QVERIFY(results[2].toObject().value(QStringLiteral("ndcg")).toDouble() >
            results[0].toObject().value(QStringLiteral("ndcg")).toDouble());

    run = cli(base + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                 QStringLiteral("--quiet")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("model,precision,recall,f1,ndcg,map,mrr,hit_rate,")));
    QCOMPARE(run.out.trimmed().split(QLatin1Char('\n')).size(), 5);
}

void TestEvalCli::evaluateWithDataAndSplit()
{
    for (const char *split : {"user-holdout:0.2", "leave-last:1", "time:0.2", "kfold:3"}) {
        Run run = cli({QStringLiteral("evaluate"), QStringLiteral("--data"),
                       QStringLiteral("csv:") + m_all + QLatin1Char(',') + m_items,
                       QStringLiteral("--split"), QLatin1String(split), QStringLiteral("--models"),
                       QStringLiteral("popularity,ease"), QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(QLatin1String(split) + run.err));
        QVERIFY(run.out.contains(QStringLiteral("ease")));
    }
}

void TestEvalCli::quietSilencesTheModelsLogs()
{
    const QStringList base =
        evaluateSplitFiles() + QStringList{QStringLiteral("--models"), QStringLiteral("ensemble"),
                                           QStringLiteral("--format"), QStringLiteral("csv")};
    Run run = cli(base + QStringList{QStringLiteral("--quiet")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.err, QString());
    QVERIFY(run.out.startsWith(QStringLiteral("model,")));
    QVERIFY(run.out.contains(QStringLiteral("\nensemble,")));
    run = cli(base); // the same run tells what it does without --quiet
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("ensemble: training")), qPrintable(run.err));
}

// `split` writes the seeded split as --train/--test files.
void TestEvalCli::splitExportsWhatEvaluateUses()
{
    const QString data = QStringLiteral("csv:") + m_all;
    const QString train = m_dir.filePath(QStringLiteral("split-train.csv"));
    const QString test = m_dir.filePath(QStringLiteral("split-test.csv"));
    Run run =
        cli({QStringLiteral("split"), QStringLiteral("--data"), data, QStringLiteral("--split"),
             QStringLiteral("user-holdout:0.25"), QStringLiteral("--seed"), QStringLiteral("7"),
             QStringLiteral("--train-out"), train, QStringLiteral("--test-out"), test});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Every rating lands in exactly one file (item order, and so popularity ties, may differ
    // from --data, since the files list items in a new first-seen order).
    const auto lines = [](const QString &path) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        QStringList out =
            QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        out.removeFirst(); // header
        return out;
    };
    const QStringList trainLines = lines(train);
    const QStringList testLines = lines(test);
    QCOMPARE(trainLines.size() + testLines.size(), lines(m_all).size());
    QVERIFY(testLines.size() > 0);
    for (const QString &line : testLines)
        QVERIFY(!trainLines.contains(line));
    const Run evaluated = cli({QStringLiteral("evaluate"), QStringLiteral("--train"), train,
                               QStringLiteral("--test"), test, QStringLiteral("--models"),
                               QStringLiteral("popularity"), QStringLiteral("--quiet")});
    QVERIFY2(evaluated.exitCode == 0, qPrintable(evaluated.err));

    run = cli({QStringLiteral("split"), QStringLiteral("--data"), data, QStringLiteral("--split"),
               QStringLiteral("kfold:3"), QStringLiteral("--train-out"), train,
               QStringLiteral("--test-out"), test});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("k-fold")), qPrintable(run.err));
}

void TestEvalCli::evaluateRefusesUnknownModelAndBadInput()
{
    Run run = cli({QStringLiteral("evaluate"), QStringLiteral("--train"), m_train,
                   QStringLiteral("--test"), m_test, QStringLiteral("--models"),
                   QStringLiteral("wide-deep")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.err.contains(QStringLiteral("unknown model \"wide-deep\"; known models: popularity")),
        qPrintable(run.err));
    QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0); // one line

    const QString bad = write(m_dir, QStringLiteral("bad.csv"), "user,item,rating\na,b,4\na,c,x\n");
    run = cli({QStringLiteral("evaluate"), QStringLiteral("--train"), bad, QStringLiteral("--test"),
               m_test, QStringLiteral("--models"), QStringLiteral("ease")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(bad + QStringLiteral(":3: rating \"x\"")), qPrintable(run.err));

    run = cli({QStringLiteral("evaluate"), QStringLiteral("--train"), m_train,
               QStringLiteral("--test"), m_test, QStringLiteral("--models"), QStringLiteral("als"),
               QStringLiteral("--param"), QStringLiteral("als.factors=-1")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("als.factors")), qPrintable(run.err));
    // A parameter of a model that is not run is still checked against its range.
    run = cli({QStringLiteral("evaluate"), QStringLiteral("--train"), m_train,
               QStringLiteral("--test"), m_test, QStringLiteral("--models"), QStringLiteral("als"),
               QStringLiteral("--param"), QStringLiteral("ease.lambda=-1")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("ease.lambda")), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);

    const QStringList base = {QStringLiteral("evaluate"),
                              QStringLiteral("--train"),
                              m_train,
                              QStringLiteral("--test"),
                              m_test,
                              QStringLiteral("--models"),
                              QStringLiteral("ease")};
    run = cli(base + QStringList{QStringLiteral("--train-threshold"), QStringLiteral("4"),
                                 QStringLiteral("--below-threshold-weight"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("--below-threshold-weight")), qPrintable(run.err));
    run =
        cli(base + QStringList{QStringLiteral("--below-threshold-weight"), QStringLiteral("0.5")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("needs --train-threshold")), qPrintable(run.err));
    run = cli(base + QStringList{QStringLiteral("--train-threshold"), QStringLiteral("4"),
                                 QStringLiteral("--below-threshold-weight"), QStringLiteral("0.5"),
                                 QStringLiteral("--quiet")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestEvalCli::evaluateRefusesAMissingStoreAndCreatesNone()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("typo/store.sqlite"));
    for (const QStringList &source :
         {QStringList{QStringLiteral("--data"), QStringLiteral("store:") + missing},
          QStringList{QStringLiteral("--db"), missing, QStringLiteral("--data"),
                      QStringLiteral("store")}}) {
        const Run run = cli(QStringList{QStringLiteral("evaluate")} + source +
                            QStringList{QStringLiteral("--models"), QStringLiteral("popularity")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(missing + QStringLiteral(": no database here")),
                 qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
}

void TestEvalCli::evaluateFailsWithoutEvaluableUsersOrTrainingRatingsOrWithOverlap()
{
    Run run = cli({QStringLiteral("evaluate"), QStringLiteral("--train"), m_train,
                   QStringLiteral("--test"), m_test, QStringLiteral("--models"),
                   QStringLiteral("popularity"), QStringLiteral("--relevance-threshold"),
                   QStringLiteral("6"), QStringLiteral("--quiet")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err, QStringLiteral("storefront-cli: no test user has a relevant item: no test "
                                     "rating is at least 6 (--relevance-threshold)\n"));

    // A test pair that is also a training pair: refused, naming the test file's line.
    const QString overlap = write(m_dir, QStringLiteral("overlap.csv"),
                                  "user,item,rating,timestamp\nnobody,it0,5,1\n" +
                                      readAll(m_train).split('\n').value(3) + "\n");
    run = cli({QStringLiteral("evaluate"), QStringLiteral("--train"), m_train,
               QStringLiteral("--test"), overlap, QStringLiteral("--models"),
               QStringLiteral("popularity"), QStringLiteral("--quiet")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(overlap + QStringLiteral(":3: user \"")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("(1 test pair(s) in all)")), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);

    const QString header = write(m_dir, QStringLiteral("header-only.csv"), "user,item,rating\n");
    for (const QStringList &files : {QStringList{header, m_test}, QStringList{m_train, header}}) {
        run = cli({QStringLiteral("evaluate"), QStringLiteral("--train"), files[0],
                   QStringLiteral("--test"), files[1], QStringLiteral("--models"),
                   QStringLiteral("popularity"), QStringLiteral("--quiet")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(header + QStringLiteral(": no ratings")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }
}

void TestEvalCli::recommendWritesListsWithoutTrainItems()
{
    const QString output = m_dir.filePath(QStringLiteral("recs.csv"));
    Run run = cli({QStringLiteral("recommend"), QStringLiteral("--train"), m_train,
                   QStringLiteral("--model"), QStringLiteral("item-knn"), QStringLiteral("--k"),
                   QStringLiteral("3"), QStringLiteral("--users"), QStringLiteral("user0,user1"),
                   QStringLiteral("--output"), output});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile f(output);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(f.readAll()).trimmed().split(QStringLiteral("\r\n"));
    QCOMPARE(lines.first(), QStringLiteral("user,item,rank,score"));
    QCOMPARE(lines.size(), 7);
    QFile t(m_train);
    QVERIFY(t.open(QIODevice::ReadOnly));
    QSet<QString> trainPairs;
    for (const QByteArray &line : t.readAll().split('\n')) {
        const QList<QByteArray> f2 = line.split(',');
        if (f2.size() >= 2)
            trainPairs.insert(QString::fromUtf8(f2[0]) + QLatin1Char(',') +
                              QString::fromUtf8(f2[1]));
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f3 = lines[i].split(QLatin1Char(','));
        QVERIFY2(!trainPairs.contains(f3[0] + QLatin1Char(',') + f3[1]), qPrintable(lines[i]));
        QCOMPARE(f3[2].toInt(), static_cast<int>((i - 1) % 3 + 1));
    }

    run = cli({QStringLiteral("recommend"), QStringLiteral("--train"), m_train,
               QStringLiteral("--model"), QStringLiteral("ease"), QStringLiteral("--users"),
               QStringLiteral("nobody"), QStringLiteral("--output"), output});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("unknown user \"nobody\"")));
}

void TestEvalCli::trainSavesASnapshot()
{
    const QString snapshot = m_dir.filePath(QStringLiteral("als.snapshot"));
    Run run = cli({QStringLiteral("train"), QStringLiteral("--train"), m_train,
                   QStringLiteral("--model"), QStringLiteral("als"), QStringLiteral("--param"),
                   QStringLiteral("als.factors=8"), QStringLiteral("--save"), snapshot,
                   QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--quiet")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("trained als")));
    QFile f(snapshot);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(8) == "SFRECSYS");
}

void TestEvalCli::tuneReportsTheBestCombination()
{
    Run run =
        cli({QStringLiteral("tune"), QStringLiteral("--train"), m_train, QStringLiteral("--model"),
             QStringLiteral("item-knn"), QStringLiteral("--grid"),
             QStringLiteral("item-knn.k=2,20;item-knn.shrinkage=0,10"), QStringLiteral("--quiet")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.count(QStringLiteral("ndcg=")), 5); // 4 combinations + best
    QVERIFY(run.out.contains(QStringLiteral("best: item-knn.k=")));
    QVERIFY(!run.out.contains(m_test));

    run =
        cli({QStringLiteral("tune"), QStringLiteral("--train"), m_train, QStringLiteral("--model"),
             QStringLiteral("als"), QStringLiteral("--grid"), QStringLiteral("ease.lambda=1,2")});
    QCOMPARE(run.exitCode, 1);
}

void TestEvalCli::modelsListsParametersWithDefaultsAndRanges()
{
    Run run = cli({QStringLiteral("models")});
    QCOMPARE(run.exitCode, 0);
    for (const char *key : {"als.factors", "als.iterations", "als.regularization", "als.alpha",
                            "bpr.factors", "bpr.epochs", "ease.lambda", "item-knn.k", "user-knn.k"})
        QVERIFY2(run.out.contains(QLatin1String(key)), key);
    QVERIFY(run.out.contains(QStringLiteral("integer 1..1024")));
}

QTEST_GUILESS_MAIN(TestEvalCli)
#include "tst_evalcli.moc"
