#include "catalog/csv.h"

#include <QTest>

using namespace storefront;
using catalog::Csv;

class TestCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesRecords_data();
    void parsesRecords();
    void reportsLinesOfMultiLineRecords();
    void refusesMalformedInput_data();
    void refusesMalformedInput();
    void quotesWhatNeedsQuoting();
    void roundTrips();
};

void TestCsv::parsesRecords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::addRow("plain") << QByteArray("a,b\n1,2\n")
                           << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                                 {QStringLiteral("1"), QStringLiteral("2")}};
    QTest::addRow("crlf and no final newline")
        << QByteArray("a,b\r\n1,2")
        << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                              {QStringLiteral("1"), QStringLiteral("2")}};
    QTest::addRow("quoted comma, quote and newline")
        << QByteArray("\"x,y\",\"say \"\"hi\"\"\",\"l1\nl2\"\n")
        << QList<QStringList>{
               {QStringLiteral("x,y"), QStringLiteral("say \"hi\""), QStringLiteral("l1\nl2")}};
    QTest::addRow("empty fields") << QByteArray(",,\n")
                                  << QList<QStringList>{{QString(), QString(), QString()}};
    QTest::addRow("blank lines skipped")
        << QByteArray("a\n\n\nb\n")
        << QList<QStringList>{{QStringLiteral("a")}, {QStringLiteral("b")}};
    QTest::addRow("bom and unicode")
        << QByteArray("\xEF\xBB\xBFna\xC3\xAFve,\xE2\x82\xAC\n")
        << QList<QStringList>{{QStringLiteral("naïve"), QStringLiteral("€")}};
}

void TestCsv::parsesRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, expected);
    auto parsed = Csv::parse(input, QStringLiteral("test.csv"));
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().toString()));
    QList<QStringList> got;
    for (const auto &r : *parsed)
        got << r.fields;
    QCOMPARE(got, expected);
}

void TestCsv::reportsLinesOfMultiLineRecords()
{
    auto parsed = Csv::parse("h\n\"a\nb\nc\"\nnext\n", QStringLiteral("f.csv"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->at(1).line, 2);
    QCOMPARE(parsed->at(2).line, 5);
}

void TestCsv::refusesMalformedInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("where");
    QTest::addRow("unterminated quote")
        << QByteArray("a\n\"open,b\nc\n") << QStringLiteral("f.csv:2");
    QTest::addRow("stray quote") << QByteArray("a\nab\"c\n") << QStringLiteral("f.csv:2");
    QTest::addRow("text after quote") << QByteArray("a\n\"ab\"c\n") << QStringLiteral("f.csv:2");
    QTest::addRow("not utf-8") << QByteArray("ok\nok\nbad \xFF\xFE\n") << QStringLiteral("f.csv:3");
}

void TestCsv::refusesMalformedInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, where);
    auto parsed = Csv::parse(input, QStringLiteral("f.csv"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().where, where);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestCsv::quotesWhatNeedsQuoting()
{
    QCOMPARE(Csv::quote(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(Csv::quote(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(Csv::quote(QStringLiteral("say \"x\"")), QStringLiteral("\"say \"\"x\"\"\""));
    QCOMPARE(Csv::quote(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
}

void TestCsv::roundTrips()
{
    const QStringList fields = {QStringLiteral("a,b"), QStringLiteral("\"q\""),
                                QStringLiteral("l1\r\nl2"), QString(), QStringLiteral("ü")};
    auto parsed = Csv::parse(Csv::formatRecord(fields).toUtf8(), QStringLiteral("r.csv"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->front().fields, fields);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
