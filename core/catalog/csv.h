#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace storefront::catalog {

/// One CSV record and the line in the file where it starts (1-based), for error messages.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// RFC 4180 CSV: comma separated, fields optionally in double quotes, quotes doubled inside
/// quotes, quoted fields may span lines; CRLF or LF line ends; UTF-8 with optional BOM.
class Csv
{
public:
    /// Parses a whole file. Fails on invalid UTF-8 or an unterminated quote, naming
    /// `fileName:line`. Blank lines are skipped.
    [[nodiscard]] static Result<std::vector<CsvRecord>> parse(const QByteArray &bytes,
                                                              const QString &fileName);
    [[nodiscard]] static Result<std::vector<CsvRecord>> readFile(const QString &path);

    /// One field, quoted when it holds a comma, quote, or line break, or starts/ends with
    /// a space.
    [[nodiscard]] static QString quote(const QString &field);
    /// One record followed by CRLF (as RFC 4180 says).
    [[nodiscard]] static QString formatRecord(const QStringList &fields);
};

} // namespace storefront::catalog
