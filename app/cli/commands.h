#pragma once

#include <QStringList>
#include <QTextStream>

namespace storefront::cli {

/// Runs one storefront-cli command line (without the program name); returns the exit code.
/// Results go to `out`, progress and the one-line reason for a failure to `err`.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace storefront::cli
