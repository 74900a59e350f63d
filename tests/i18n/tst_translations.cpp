// The Qt Linguist files are complete: every message of every .ts file is translated (no
// unfinished, vanished or obsolete entry, every plural form filled, the same placeholders as
// the source), and re-running lupdate over today's sources adds nothing untranslated, so a
// string added without its translation fails here.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // the translation's type attribute
    QStringList forms;
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot open");
        return {};
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        current.forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                current.forms.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression kPlaceholder(QStringLiteral("%(?:\\d+|n)"));
    QSet<QString> found;
    for (const auto &match : kPlaceholder.globalMatch(text))
        found.insert(match.captured());
    return found;
}

/// Every problem of one file, one line each: "context: source: why".
QStringList problems(const QString &path, bool pluralOnly)
{
    QString error;
    const QList<Message> messages = readTs(path, &error);
    if (!error.isEmpty())
        return {error};
    QStringList found;
    if (messages.isEmpty())
        found << path + QStringLiteral(": no messages");
    for (const Message &m : messages) {
        const QString where =
            QStringLiteral("%1: %2: \"%3\"").arg(QFileInfo(path).fileName(), m.context, m.source);
        if (!m.type.isEmpty()) {
            found << where + QStringLiteral(": ") + m.type;
            continue;
        }
        if (pluralOnly && !m.numerus) {
            found << where + QStringLiteral(": not a plural form (use -pluralonly)");
            continue;
        }
        if (m.forms.isEmpty() || std::any_of(m.forms.cbegin(), m.forms.cend(),
                                             [](const QString &f) { return f.isEmpty(); })) {
            found << where + QStringLiteral(": empty translation");
            continue;
        }
        QSet<QString> wanted = placeholders(m.source);
        for (const QString &form : m.forms) {
            QSet<QString> got = placeholders(form);
            // A singular form may write the number out ("one product").
            if (m.numerus) {
                wanted.remove(QStringLiteral("%n"));
                got.remove(QStringLiteral("%n"));
            }
            if (got != wanted)
                found << where + QStringLiteral(": placeholders differ in \"%1\"").arg(form);
        }
    }
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyEntryIsTranslated_data();
    void everyEntryIsTranslated();
    void theSourcesHaveNoUntranslatedString_data();
    void theSourcesHaveNoUntranslatedString();
    void reportsAnUnfinishedEntry();
};

void TestTranslations::everyEntryIsTranslated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("English") << QStringLiteral("storefront_en.ts") << true;
    QTest::newRow("German") << QStringLiteral("storefront_de.ts") << false;
}

void TestTranslations::everyEntryIsTranslated()
{
    QFETCH(QString, file);
    QFETCH(bool, pluralOnly);
    const QStringList found = problems(QStringLiteral(STOREFRONT_TS_DIR "/") + file, pluralOnly);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestTranslations::theSourcesHaveNoUntranslatedString_data()
{
    everyEntryIsTranslated_data();
}

void TestTranslations::theSourcesHaveNoUntranslatedString()
{
    QFETCH(QString, file);
    QFETCH(bool, pluralOnly);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(QStringLiteral(STOREFRONT_TS_DIR "/") + file, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    // The same call as scripts/update-translations.sh, into the copy.
    QStringList arguments = {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                             QStringLiteral("none"), QStringLiteral("-extensions"),
                             QStringLiteral("cpp,h")};
    if (pluralOnly)
        arguments << QStringLiteral("-pluralonly");
    // core too: recommendation reasons, category names and service messages reach the screen.
    arguments << QStringLiteral(STOREFRONT_SOURCE_DIR "/ui")
              << QStringLiteral(STOREFRONT_SOURCE_DIR "/core")
              << QStringLiteral(STOREFRONT_SOURCE_DIR "/app/gui/main.cpp") << QStringLiteral("-ts")
              << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(STOREFRONT_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    const QStringList found = problems(copy, pluralOnly);
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("run scripts/update-translations.sh and translate:\n") +
                        found.join(QLatin1Char('\n'))));
}

void TestTranslations::reportsAnUnfinishedEntry()
{
    // The check itself can fail: a file with one unfinished and one vanished entry.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad_de.ts"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context><name>X</name>
<message><source>Open %1</source><translation type="unfinished"></translation></message>
<message><source>Gone</source><translation type="vanished">Weg</translation></message>
<message><source>Keep %1</source><translation>Behalten</translation></message>
<message><source>Fine</source><translation>Gut</translation></message>
</context>
</TS>
)");
    file.close();
    const QStringList found = problems(path, false);
    QCOMPARE(found.size(), 3);
    QVERIFY(found.at(0).contains(QLatin1String("unfinished")));
    QVERIFY(found.at(1).contains(QLatin1String("vanished")));
    QVERIFY(found.at(2).contains(QLatin1String("placeholders")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
