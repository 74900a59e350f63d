#include "csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace storefront::catalog {

namespace {

/// Shown in the import preview, with the file and line.
struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(storefront::catalog::Csv)
};

} // namespace

Result<std::vector<CsvRecord>> Csv::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(CsvText::tr("cannot open: %1").arg(file.errorString()), path);
    return parse(file.readAll(), path);
}

Result<std::vector<CsvRecord>> Csv::parse(const QByteArray &bytes, const QString &fileName)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Name the first line that is not UTF-8, decoding line by line to find it.
        const QList<QByteArray> lines = bytes.split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            QStringDecoder lineDecoder(QStringDecoder::Utf8);
            const QString decoded = lineDecoder(lines.at(i));
            if (lineDecoder.hasError())
                return fail(CsvText::tr("the file is not valid UTF-8"),
                            QStringLiteral("%1:%2").arg(fileName).arg(i + 1));
        }
        return fail(CsvText::tr("the file is not valid UTF-8"), fileName);
    }

    std::vector<CsvRecord> records;
    CsvRecord current;
    QString field;
    int line = 1;
    int recordLine = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;
    const qsizetype n = text.size();
    qsizetype i = (n > 0 && text.at(0) == QChar(0xFEFF)) ? 1 : 0;

    auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        if (recordHasContent || current.fields.size() > 1 || !current.fields.first().isEmpty()) {
            current.line = recordLine;
            records.push_back(std::move(current));
        }
        current = CsvRecord{};
        recordHasContent = false;
    };

    for (; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted)
                return fail(CsvText::tr("a quote inside an unquoted field; quote the whole "
                                        "field and double the quote"),
                            QStringLiteral("%1:%2").arg(fileName).arg(line));
            inQuotes = true;
            fieldWasQuoted = true;
            recordHasContent = true;
        } else if (c == QLatin1Char(',')) {
            endField();
            recordHasContent = true;
        } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // the \n ends the record
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            recordLine = line;
        } else {
            if (fieldWasQuoted)
                return fail(CsvText::tr("text after a closing quote"),
                            QStringLiteral("%1:%2").arg(fileName).arg(line));
            field += c;
        }
    }
    if (inQuotes)
        return fail(CsvText::tr("a quoted field is never closed"),
                    QStringLiteral("%1:%2").arg(fileName).arg(recordLine));
    if (!field.isEmpty() || !current.fields.isEmpty() || recordHasContent)
        endRecord();
    return records;
}

QString Csv::quote(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) ||
                             field.contains(QLatin1Char('\r')) ||
                             field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString Csv::formatRecord(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << quote(f);
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace storefront::catalog
