#pragma once

// Runs one of the project's programs as a user would, for the tests of its command line.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace storefront::testing {

struct ProgramRun
{
    /// -1 when the program crashed or did not finish in time.
    int exitCode = -1;
    QString out;
    QString err;
};

inline ProgramRun
runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {},
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return {-1, QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace storefront::testing
