#include "programrun.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

/// Runs the real storefront program where no window can open (over ssh, in a container):
/// --help and --version still work, and a start explains itself instead of Qt's abort.
class TestGuiProgram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void printsHelpAndVersionWithoutADisplay();
    void explainsThatItNeedsADisplay();

private:
    using Run = storefront::testing::ProgramRun;
    Run storefront(const QStringList &arguments);
    QTemporaryDir m_dir;
};

void TestGuiProgram::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

TestGuiProgram::Run TestGuiProgram::storefront(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    // English, and settings of its own rather than the user's.
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    return storefront::testing::runProgram(QStringLiteral(STOREFRONT_GUI), arguments, {}, env);
}

void TestGuiProgram::printsHelpAndVersionWithoutADisplay()
{
    const Run help = storefront({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("--kiosk")), qPrintable(help.out + help.err));
    QVERIFY(help.out.contains(QStringLiteral("--db")));

    const Run version = storefront({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(QStringLiteral(STOREFRONT_VERSION)),
             qPrintable(version.out + version.err));
}

void TestGuiProgram::explainsThatItNeedsADisplay()
{
    const QString db = m_dir.filePath(QStringLiteral("store.sqlite"));
    const Run run = storefront({QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("needs a display")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("storefront-cli")));
    // Refused before anything was opened: no database appeared.
    QVERIFY(!QFileInfo::exists(db));
    // Bad options are still reported as such.
    const Run bad = storefront({QStringLiteral("--no-such-option")});
    QVERIFY(bad.exitCode != 0);
    QVERIFY2(bad.err.contains(QStringLiteral("no-such-option")), qPrintable(bad.err));
}

QTEST_GUILESS_MAIN(TestGuiProgram)
#include "tst_guiprogram.moc"
