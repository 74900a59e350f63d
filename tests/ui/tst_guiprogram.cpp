#include "programrun.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

/// Runs the real storefront program where no window can open (over ssh, in a container):
/// --help and --version still work, and a start explains itself instead of Qt's abort,
/// unless Qt's own -platform option names a platform that needs no display.
class TestGuiProgram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void printsHelpAndVersionWithoutADisplay();
    void explainsThatItNeedsADisplay();
    void startsOnThePlatformNamedOnTheCommandLine_data();
    void startsOnThePlatformNamedOnTheCommandLine();

private:
    using Run = storefront::testing::ProgramRun;
    Run storefront(const QStringList &arguments);
    /// Without a display, in English, with settings of its own rather than the user's.
    QProcessEnvironment environment() const;
    QTemporaryDir m_dir;
};

void TestGuiProgram::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QProcessEnvironment TestGuiProgram::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    return env;
}

TestGuiProgram::Run TestGuiProgram::storefront(const QStringList &arguments)
{
    return storefront::testing::runProgram(QStringLiteral(STOREFRONT_GUI), arguments, {},
                                           environment());
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

void TestGuiProgram::startsOnThePlatformNamedOnTheCommandLine_data()
{
    QTest::addColumn<QString>("option");
    // Both spellings QGuiApplication reads.
    QTest::newRow("-platform") << QStringLiteral("-platform");
    QTest::newRow("--platform") << QStringLiteral("--platform");
}

void TestGuiProgram::startsOnThePlatformNamedOnTheCommandLine()
{
    QFETCH(QString, option);
    const QString db = m_dir.filePath(option + QStringLiteral(".sqlite"));
    // The window stays open until it is closed: the program is watched until it has opened
    // its database (which it does only once it can show a window), then stopped.
    QProcess program;
    program.setProcessEnvironment(environment());
    program.start(QStringLiteral(STOREFRONT_GUI),
                  {option, QStringLiteral("offscreen"), QStringLiteral("--db"), db,
                   QStringLiteral("--empty")});
    QVERIFY(program.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(db) || program.state() == QProcess::NotRunning,
                             120000);
    const QString err = QString::fromUtf8(program.readAllStandardError());
    QVERIFY2(program.state() == QProcess::Running, qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("needs a display")), qPrintable(err));
    program.kill();
    QVERIFY(program.waitForFinished());
}

QTEST_GUILESS_MAIN(TestGuiProgram)
#include "tst_guiprogram.moc"
