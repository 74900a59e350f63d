#pragma once

#include <QStringList>
#include <QTextStream>

namespace storefront::cli {

/// Runs one storefront-cli command line (without the program name); returns the exit code.
/// Results go to `out`, progress and the one-line reason for a failure to `err`.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
/// The same, reading passwords (--password-stdin) from `in` instead of the process's stdin;
/// with `in` given, a password is never read from the terminal.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QTextStream *in);

} // namespace storefront::cli
