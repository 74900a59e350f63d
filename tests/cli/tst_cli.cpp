#include "programrun.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

/// Runs the real storefront-cli program: exit codes, messages and effects.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsThenReportsStatsAndExports();
    void refusesBadCatalogWithFileLineField();
    void decodesPicturesAndWritesScaledCopies();
    void exportBundlesPicturesSoItImportsIntoAFreshDatabase();
    void dryRunShowsPreviewAndWritesNothing();
    void explainsUsageAndUnknownCommands();
    void readingCommandsCreateNoDatabase();
    void createsFirstAdminOnceFromStdin();
    void setsTheKioskPinFromStdin();

private:
    using Run = storefront::testing::ProgramRun;
    static Run cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return storefront::testing::runProgram(QStringLiteral(STOREFRONT_CLI), arguments, input);
    }
    QTemporaryDir m_dir;
};

static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    f.write(content);
    return f.fileName();
}

void TestCli::importsThenReportsStatsAndExports()
{
    const QString db = m_dir.filePath(QStringLiteral("a.sqlite"));
    const QString csv = write(m_dir, QStringLiteral("good.csv"),
                              "sku,name,categories,brand,price\n"
                              "A-1,Oak Chair,Home > Furniture,Roomwise,89.00\n"
                              "A-2,Oak Table,Home > Furniture,Roomwise,249.00\n");
    Run run = cli({QStringLiteral("--db"), db, QStringLiteral("import-catalog"), csv});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("2 new")));

    run = cli({QStringLiteral("--db"), db, QStringLiteral("stats")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("products:   2")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("categories: 2")));

    const QString exported = m_dir.filePath(QStringLiteral("out.csv"));
    run = cli({QStringLiteral("--db"), db, QStringLiteral("export-catalog"), exported});
    QCOMPARE(run.exitCode, 0);
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY(content.startsWith(
        "sku,name,categories,brand,price,currency,stock,image,description,attributes"));
    QVERIFY(content.contains("A-2,Oak Table,Home > Furniture,Roomwise,249.00,EUR"));
}

void TestCli::refusesBadCatalogWithFileLineField()
{
    const QString db = m_dir.filePath(QStringLiteral("b.sqlite"));
    const QString csv =
        write(m_dir, QStringLiteral("bad.csv"), "sku,name,price\nB-1,Good,1.00\nB-2,Bad,free\n");
    Run run = cli({QStringLiteral("--db"), db, QStringLiteral("import-catalog"), csv});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(csv + QStringLiteral(":3:price")), qPrintable(run.err));
    run = cli({QStringLiteral("--db"), db, QStringLiteral("stats")});
    QVERIFY(run.out.contains(QStringLiteral("products:   0")));

    run = cli({QStringLiteral("--db"), db, QStringLiteral("import-catalog"),
               m_dir.filePath(QStringLiteral("missing.csv"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("missing.csv")));
}

void TestCli::decodesPicturesAndWritesScaledCopies()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("store.sqlite"));
    QImage image(900, 600, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
    write(dir, QStringLiteral("good.png"), png);
    // A PNG's signature followed by noise passes every check but decoding.
    write(dir, QStringLiteral("broken.png"), png.left(8) + QByteArray(300, 'x'));
    const QString bad =
        write(dir, QStringLiteral("bad.csv"), "sku,name,price,image\nP-1,Lamp,10.00,broken.png\n");
    Run run = cli({QStringLiteral("--db"), db, QStringLiteral("import-catalog"), bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(bad + QStringLiteral(":2:image")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("decoded")), qPrintable(run.err));

    const QString good =
        write(dir, QStringLiteral("good.csv"), "sku,name,price,image\nP-1,Lamp,10.00,good.png\n");
    run = cli({QStringLiteral("--db"), db, QStringLiteral("import-catalog"), good});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("1 image(s) copied")), qPrintable(run.out));
    const QImage scaled(dir.filePath(QStringLiteral("media/thumbs/256/good.png.png")));
    QCOMPARE(scaled.size(), QSize(256, 170)); // 900×600 scaled to a long side of 256
}

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestCli::exportBundlesPicturesSoItImportsIntoAFreshDatabase()
{
    QTemporaryDir dir;
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    QVERIFY(image.save(dir.filePath(QStringLiteral("lamp.png")), "PNG"));
    const QByteArray picture = readAll(dir.filePath(QStringLiteral("lamp.png")));
    const QString source = write(dir, QStringLiteral("catalog.csv"),
                                 "sku,name,categories,price,image\n"
                                 "L-1,Desk Lamp,Home > Lighting,29.00,lamp.png\n"
                                 "L-2,Floor Lamp,Home > Lighting,79.00,\n");
    const QString first = dir.filePath(QStringLiteral("first/store.sqlite"));
    Run run = cli({QStringLiteral("--db"), first, QStringLiteral("--empty"),
                   QStringLiteral("import-catalog"), source});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // Exported elsewhere: the picture travels with the file, under the path the file names.
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("export")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("again")));
    const QString exported = dir.filePath(QStringLiteral("export/catalog.csv"));
    run = cli({QStringLiteral("--db"), first, QStringLiteral("export-catalog"), exported});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(readAll(exported).contains(",lamp.png,"), readAll(exported).constData());
    QCOMPARE(readAll(dir.filePath(QStringLiteral("export/lamp.png"))), picture);

    // A fresh database takes the export as it is, with the same products and picture.
    const QString second = dir.filePath(QStringLiteral("second/store.sqlite"));
    run = cli({QStringLiteral("--db"), second, QStringLiteral("--empty"),
               QStringLiteral("import-catalog"), exported});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("2 new, 0 updated, 1 image(s) copied")),
             qPrintable(run.out));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("second/media/lamp.png"))), picture);
    const QString again = dir.filePath(QStringLiteral("again/catalog.csv"));
    run = cli({QStringLiteral("--db"), second, QStringLiteral("export-catalog"), again});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(readAll(again), readAll(exported));
}

void TestCli::dryRunShowsPreviewAndWritesNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("d.sqlite"));
    const QString json = write(m_dir, QStringLiteral("c.json"),
                               R"({"products": [
  {"sku": "J-1", "name": "Lamp", "price": 39},
  {"sku": "J-2", "name": "", "price": "x"}
]})");
    Run run = cli({QStringLiteral("--db"), db, QStringLiteral("--empty"),
                   QStringLiteral("import-catalog"), json, QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(json + QStringLiteral(":2\tJ-1\tnew")), qPrintable(run.out));
    QVERIFY(run.out.contains(json + QStringLiteral(":3\tJ-2\tprice: ")));
    QVERIFY(run.out.contains(QStringLiteral("nothing written")));
    run = cli({QStringLiteral("--db"), db, QStringLiteral("stats")});
    QVERIFY(run.out.contains(QStringLiteral("products:   0")));

    const QString good =
        write(m_dir, QStringLiteral("g.json"), R"([{"sku": "J-1", "name": "Lamp", "price": 39}])");
    run = cli({QStringLiteral("--db"), db, QStringLiteral("import-catalog"), good});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString exported = m_dir.filePath(QStringLiteral("out.json"));
    run = cli({QStringLiteral("--db"), db, QStringLiteral("export-catalog"), exported});
    QCOMPARE(run.exitCode, 0);
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("\"sku\": \"J-1\""));
}

void TestCli::explainsUsageAndUnknownCommands()
{
    Run run = cli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("import-catalog")));
    run = cli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("c.sqlite")),
               QStringLiteral("fly")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QStringLiteral("storefront-cli: unknown command \"fly\" (try "
                                     "storefront-cli --help)\n"));
    QVERIFY(run.out.isEmpty());
}

void TestCli::readingCommandsCreateNoDatabase()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("typo/store.sqlite"));
    for (const QStringList &command :
         {QStringList{QStringLiteral("stats")}, QStringList{QStringLiteral("users")},
          QStringList{QStringLiteral("export-catalog"), dir.filePath(QStringLiteral("x.csv"))}}) {
        const Run run = cli(QStringList{QStringLiteral("--db"), missing} + command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("storefront-cli: ") + missing +
                                    QStringLiteral(": no database here")),
                 qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.csv"))));
}

void TestCli::createsFirstAdminOnceFromStdin()
{
    const QString db = m_dir.filePath(QStringLiteral("admin.sqlite"));
    const QStringList create = {QStringLiteral("--db"),
                                db,
                                QStringLiteral("--empty"),
                                QStringLiteral("create-admin"),
                                QStringLiteral("--email"),
                                QStringLiteral(" Boss@Example.org "),
                                QStringLiteral("--name"),
                                QStringLiteral("Store Boss"),
                                QStringLiteral("--password-stdin")};
    Run run = cli(create, "password\n"); // a common password: refused by the policy
    QVERIFY(run.exitCode != 0);
    QVERIFY(!run.err.isEmpty());

    const QByteArray password = "tangerine-lighthouse-42";
    run = cli(create, password + "\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    run = cli(create, password + "\n");
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));

    run = cli({QStringLiteral("--db"), db, QStringLiteral("users")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("boss@example.org")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("admin")));
    QVERIFY(!run.out.contains(QStringLiteral("$argon2id$")));
    QVERIFY(!run.out.contains(QString::fromLatin1(password)));
}

void TestCli::setsTheKioskPinFromStdin()
{
    const QString db = m_dir.filePath(QStringLiteral("kiosk.sqlite"));
    const QStringList setPin = {QStringLiteral("--db"), db, QStringLiteral("kiosk"),
                                QStringLiteral("set-pin"), QStringLiteral("--pin-stdin")};
    Run run = cli(setPin, "12a4\n");
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("4 to 12 digits")), qPrintable(run.err));
    run = cli(setPin, "90210\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.out.contains(QStringLiteral("90210")));
    // Without --pin-stdin and without a terminal, nothing is read from the pipe.
    run = cli({QStringLiteral("--db"), db, QStringLiteral("kiosk"), QStringLiteral("set-pin")},
              "1234\n");
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("--pin-stdin")), qPrintable(run.err));
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("90210"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
