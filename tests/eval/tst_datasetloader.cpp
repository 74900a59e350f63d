#include "eval/datasetloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace storefront;
using eval::DatasetLoader;
using eval::RatingsDataset;

/// Each input format from tiny hand-written files, and malformed lines with file:line.
class TestDatasetLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsGenericCsvWithStringIds();
    void readsMovieLensLatest();
    void readsMovieLens1m();
    void readsMovieLens100k();
    void refusesMalformedInputWithFileAndLine_data();
    void refusesMalformedInputWithFileAndLine();
    void refusesMalformedMovieLens100k_data();
    void refusesMalformedMovieLens100k();
    void refusesDuplicateItemRowsWithTheFirstLine();
    void readsTrainAndTestInOneIdSpace();
    void refusesTestPairsThatAreInTrain();
    void refusesUnknownSourcesAndDirectories();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

QString TestDatasetLoader::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

void TestDatasetLoader::readsGenericCsvWithStringIds()
{
    const QString ratings = write(QStringLiteral("g/r.csv"), "user,item,rating,timestamp\n"
                                                             "alice,chair-1,4.5,100\n"
                                                             "bob,\"table, oak\",2,200\n"
                                                             "alice,lamp,5,\n");
    const QString items =
        write(QStringLiteral("g/i.csv"), "item,title,categories,brand,description\n"
                                         "chair-1,Oak Chair,Home|Furniture,Roomwise,Solid oak\n"
                                         "sofa,Big Sofa,Home,,Unrated\n");
    auto data = DatasetLoader::load(QStringLiteral("csv:%1,%2").arg(ratings, items));
    QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().toString()));
    QCOMPARE(data->userCount(), 2);
    QCOMPARE(data->itemCount(), 4); // chair-1, "table, oak", lamp, and the unrated sofa
    QCOMPARE(data->ratingCount(), 3);
    const auto &r = data->ratings();
    QCOMPARE(data->userId(r[1].user), QStringLiteral("bob"));
    QCOMPARE(data->itemId(r[1].item), QStringLiteral("table, oak"));
    QCOMPARE(r[0].rating, 4.5f);
    QCOMPARE(r[1].timestamp, 200);
    QCOMPARE(r[2].timestamp, 0);
    const eval::ItemInfo *info = data->itemInfo(data->itemIndex(QStringLiteral("chair-1")));
    QVERIFY(info);
    QCOMPARE(info->title, QStringLiteral("Oak Chair"));
    QCOMPARE(info->categories, (QStringList{QStringLiteral("Home"), QStringLiteral("Furniture")}));
    QCOMPARE(info->brand, QStringLiteral("Roomwise"));
    QVERIFY(!data->itemInfo(data->itemIndex(QStringLiteral("lamp"))));
}

void TestDatasetLoader::readsMovieLensLatest()
{
    write(QStringLiteral("latest/ratings.csv"),
          "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n1,3,0.5,964981247\n2,1,5.0,1\n");
    write(QStringLiteral("latest/movies.csv"),
          "movieId,title,genres\n1,Toy Story (1995),Adventure|Animation\n"
          "3,\"Grumpier Old Men, The (1995)\",(no genres listed)\n");
    auto data = DatasetLoader::load(QStringLiteral("movielens:") +
                                    m_dir.filePath(QStringLiteral("latest")));
    QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().toString()));
    QCOMPARE(data->ratingCount(), 3);
    QCOMPARE(data->userCount(), 2);
    QCOMPARE(data->ratings()[1].rating, 0.5f);
    QCOMPARE(data->itemInfo(data->itemIndex(QStringLiteral("1")))->categories.size(), 2);
    QCOMPARE(data->itemInfo(data->itemIndex(QStringLiteral("3")))->title,
             QStringLiteral("Grumpier Old Men, The (1995)"));
    QVERIFY(data->itemInfo(data->itemIndex(QStringLiteral("3")))->categories.isEmpty());
}

void TestDatasetLoader::readsMovieLens1m()
{
    write(QStringLiteral("ml1m/ratings.dat"), "1::1193::5::978300760\n1::661::3::978302109\n");
    write(QStringLiteral("ml1m/movies.dat"),
          "1193::One Flew Over the Cuckoo's Nest (1975)::Drama\n661::James (1996)::"
          "Animation|Children's|Musical\n");
    auto data =
        DatasetLoader::load(QStringLiteral("movielens:") + m_dir.filePath(QStringLiteral("ml1m")));
    QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().toString()));
    QCOMPARE(data->ratingCount(), 2);
    QCOMPARE(data->ratings()[0].timestamp, 978300760);
    QCOMPARE(data->itemInfo(data->itemIndex(QStringLiteral("661")))->categories.size(), 3);
}

void TestDatasetLoader::readsMovieLens100k()
{
    write(QStringLiteral("ml100k/u.data"), "196\t242\t3\t881250949\n186\t302\t3\t891717742\n");
    QByteArray flags = "|0|0|0|1|1|1|0|0|0|0|0|0|0|0|0|0|0|0|0";
    write(QStringLiteral("ml100k/u.item"), "242|Kolya (1996)|24-Jan-1997||http://x" + flags +
                                               "\n302|L.A. Confidential "
                                               "(1997)|01-Jan-1997||http://y" +
                                               flags + "\n");
    auto data = DatasetLoader::load(QStringLiteral("movielens:") +
                                    m_dir.filePath(QStringLiteral("ml100k")));
    QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().toString()));
    QCOMPARE(data->ratingCount(), 2);
    const eval::ItemInfo *info = data->itemInfo(data->itemIndex(QStringLiteral("242")));
    QVERIFY(info);
    QCOMPARE(info->title, QStringLiteral("Kolya (1996)"));
    QCOMPARE(info->categories,
             (QStringList{QStringLiteral("Animation"), QStringLiteral("Children's"),
                          QStringLiteral("Comedy")}));
}

void TestDatasetLoader::refusesMalformedInputWithFileAndLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("why");
    QTest::newRow("rating not a number")
        << "bad1.csv" << QByteArray("user,item,rating\na,b,4\na,c,great\n") << ":3"
        << "rating \"great\" is not a number";
    QTest::newRow("missing column") << "bad2.csv" << QByteArray("user,rating\na,4\n") << ":1"
                                    << "no \"item\" column";
    QTest::newRow("field count") << "bad3.csv" << QByteArray("user,item,rating\na,b\n") << ":2"
                                 << "expected 3 fields";
    QTest::newRow("bad timestamp")
        << "bad4.csv" << QByteArray("user,item,rating,timestamp\na,b,4,yesterday\n") << ":2"
        << "timestamp \"yesterday\"";
    QTest::newRow("duplicate pair")
        << "bad5.csv" << QByteArray("user,item,rating\na,b,4\nc,b,4\na,b,5\n") << ":4"
        << "first on line 2";
    QTest::newRow("empty user") << "bad6.csv" << QByteArray("user,item,rating\n,b,4\n") << ":2"
                                << "empty user id";
    QTest::newRow("unterminated quote")
        << "bad7.csv" << QByteArray("user,item,rating\na,\"b,4\n") << ":2"
        << "";
    QTest::newRow("u.data fields") << "ml/u.data" << QByteArray("1\t2\t3\t4\n1\t2 3\n") << ":2"
                                   << "expected 4 fields";
    QTest::newRow("ratings.dat rating")
        << "ml1/ratings.dat" << QByteArray("1::2::5::1\n\n1::3::five::2\n") << ":3"
        << "rating \"five\"";
    QTest::newRow("ratings.dat extra field")
        << "ml1x/ratings.dat" << QByteArray("1::2::5::1\n1::3::4::2::9\n") << ":2"
        << "expected 4 fields separated by \"::\", found 5";
    QTest::newRow("rating too large for a float")
        << "big.csv" << QByteArray("user,item,rating\na,b,4\na,c,1e300\n") << ":3"
        << "rating \"1e300\" is out of range: expected more than 0 and at most 10";
    QTest::newRow("rating nan") << "nan.csv" << QByteArray("user,item,rating\na,b,nan\n") << ":2"
                                << "rating \"nan\" is not a finite number";
    QTest::newRow("rating inf") << "inf.csv" << QByteArray("user,item,rating\na,b,inf\n") << ":2"
                                << "rating \"inf\" is not a finite number";
    QTest::newRow("rating zero") << "zero.csv" << QByteArray("user,item,rating\na,b,0\n") << ":2"
                                 << "out of range";
    QTest::newRow("rating negative")
        << "neg.csv" << QByteArray("user,item,rating\na,b,-3\n") << ":2"
        << "out of range";
}

void TestDatasetLoader::refusesMalformedMovieLens100k_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("why");
    const QByteArray goodData = "196\t242\t3\t881250949\n186\t302\t3\t891717742\n";
    const QByteArray flags = "|0|0|0|1|1|1|0|0|0|0|0|0|0|0|0|0|0|0|0";
    const QByteArray goodItem = "242|Kolya (1996)|24-Jan-1997||http://x" + flags + "\n";
    QTest::newRow("u.data extra field")
        << QByteArray("196\t242\t3\t881250949\n186\t302\t3\t891717742\t7\n") << goodItem
        << "u.data:2"
        << "expected 4 fields separated by \"TAB\", found 5";
    QTest::newRow("u.data rating out of range")
        << QByteArray("196\t242\t30\t881250949\n") << goodItem << "u.data:1"
        << "rating \"30\" is out of range";
    QTest::newRow("u.data negative timestamp")
        << QByteArray("\n196\t242\t3\t-5\n") << goodItem << "u.data:2"
        << "timestamp \"-5\"";
    QTest::newRow("u.data empty") << QByteArray("\n") << goodItem << "u.data"
                                  << "no ratings in the file";
    QTest::newRow("u.item missing genre")
        << goodData << QByteArray("242|Kolya (1996)|24-Jan-1997||http://x|0|0\n") << "u.item:1"
        << "expected 24 fields separated by \"|\", found 7";
    QTest::newRow("u.item extra field")
        << goodData << goodItem + "302|L.A. Confidential|01-Jan-1997||http://y" + flags + "|1\n"
        << "u.item:2"
        << "found 25";
    QTest::newRow("u.item genre flag")
        << goodData << QByteArray("242|Kolya (1996)|24-Jan-1997||http://x|2" + flags.mid(2) + "\n")
        << "u.item:1"
        << "genre flag 1 is \"2\", not 0 or 1";
    QTest::newRow("u.item duplicate item")
        << goodData << goodItem + goodItem << "u.item:2"
        << "item \"242\" is listed a second time (first on line 1)";
}

void TestDatasetLoader::refusesMalformedMovieLens100k()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, item);
    QFETCH(QString, where);
    QFETCH(QString, why);
    const QString name = QStringLiteral("bad100k-") + QString::fromLatin1(QTest::currentDataTag());
    const QString dir = QFileInfo(write(name + QStringLiteral("/u.data"), data)).path();
    write(name + QStringLiteral("/u.item"), item);
    auto loaded = DatasetLoader::load(QStringLiteral("movielens:") + dir);
    QVERIFY(!loaded.ok());
    const QString message = loaded.error().toString();
    QVERIFY2(message.startsWith(dir + QLatin1Char('/') + where + QLatin1Char(':')),
             qPrintable(message));
    QVERIFY2(message.contains(why), qPrintable(message));
}

void TestDatasetLoader::refusesDuplicateItemRowsWithTheFirstLine()
{
    const QString ratings = write(QStringLiteral("dup/r.csv"), "user,item,rating\nu,a,4\n");
    const QString items =
        write(QStringLiteral("dup/i.csv"), "item,title\na,Chair\nb,Table\n\"a\",Chair again\n");
    auto data = DatasetLoader::load(QStringLiteral("csv:%1,%2").arg(ratings, items));
    QVERIFY(!data.ok());
    QCOMPARE(data.error().toString(),
             items + QStringLiteral(":4: item \"a\" is listed a second time (first on line 2)"));
}

void TestDatasetLoader::refusesMalformedInputWithFileAndLine()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, where);
    QFETCH(QString, why);
    const QString path = write(file, content);
    Result<RatingsDataset> data =
        file.contains(QLatin1Char('/'))
            ? DatasetLoader::load(QStringLiteral("movielens:") + QFileInfo(path).path())
            : DatasetLoader::load(QStringLiteral("csv:") + path);
    QVERIFY(!data.ok());
    const QString message = data.error().toString();
    QVERIFY2(message.startsWith(path + where), qPrintable(message));
    QVERIFY2(message.contains(why), qPrintable(message));
}

void TestDatasetLoader::readsTrainAndTestInOneIdSpace()
{
    const QString train =
        write(QStringLiteral("tt/train.csv"), "user,item,rating\nu1,a,5\nu2,b,3\n");
    const QString test = write(QStringLiteral("tt/test.csv"), "user,item,rating\nu2,a,4\nu3,c,1\n");
    auto loaded = DatasetLoader::loadTrainTest(train, test);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->split.train, (std::vector<int>{0, 1}));
    QCOMPARE(loaded->split.test, (std::vector<int>{2, 3}));
    QCOMPARE(loaded->data.userCount(), 3);
    QCOMPARE(loaded->data.ratings()[2].item, loaded->data.ratings()[0].item); // "a"
}

void TestDatasetLoader::refusesTestPairsThatAreInTrain()
{
    const QString train =
        write(QStringLiteral("ov/train.csv"), "user,item,rating\nu1,a,5\nu2,b,3\nu3,c,4\n");
    const QString test =
        write(QStringLiteral("ov/test.csv"), "user,item,rating\nu1,b,4\nu2,b,2\nu1,c,1\nu3,c,5\n");
    auto loaded = DatasetLoader::loadTrainTest(train, test);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().toString(),
             test +
                 QStringLiteral(":3: user \"u2\" and item \"b\" are also in the training file ") +
                 train +
                 QStringLiteral(" (2 test pair(s) in all); a test pair must not be "
                                "trained on"));
}

void TestDatasetLoader::refusesUnknownSourcesAndDirectories()
{
    QVERIFY(!DatasetLoader::load(QStringLiteral("parquet:x")).ok());
    auto missing =
        DatasetLoader::load(QStringLiteral("movielens:") + m_dir.filePath(QStringLiteral("nope")));
    QVERIFY(!missing.ok());
    QDir().mkpath(m_dir.filePath(QStringLiteral("emptydir")));
    auto empty = DatasetLoader::load(QStringLiteral("movielens:") +
                                     m_dir.filePath(QStringLiteral("emptydir")));
    QVERIFY(!empty.ok());
    QVERIFY(empty.error().message.contains(QStringLiteral("u.data")));
}

QTEST_GUILESS_MAIN(TestDatasetLoader)
#include "tst_datasetloader.moc"
