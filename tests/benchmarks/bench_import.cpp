// Bulk catalog import with pictures: the demo store's catalog (data/catalog.csv and its
// pictures), repeated `--copies` times under new skus, read and checked (preview) without
// and with decoding the pictures, then written into an empty database with the pictures
// copied and scaled (confirm). Prints figures; asserts nothing.

#include "benchsupport.h"
#include "catalog/catalogimport.h"
#include "catalog/csv.h"
#include "catalog/demostore.h"
#include "catalog/imagerules.h"
#include "catalog/medialocator.h"
#include "storage/database.h"
#include "ui/qtpicturedecoder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace storefront;

namespace {

/// data/catalog.csv repeated `copies` times (skus suffixed "-2", "-3", … from the second
/// copy on) next to a copy of data/images, in `dir`.
QString writeCatalog(const QDir &dir, const QString &dataDir, int copies)
{
    QDir().mkpath(dir.filePath(QStringLiteral("images")));
    const QDir images(QDir(dataDir).filePath(QStringLiteral("images")));
    for (const QString &name : images.entryList(QDir::Files))
        QFile::copy(images.filePath(name), dir.filePath(QStringLiteral("images/") + name));
    auto records = catalog::Csv::readFile(QDir(dataDir).filePath(QStringLiteral("catalog.csv")));
    if (!records)
        qFatal("%s", qPrintable(records.error().toString()));
    QFile out(dir.filePath(QStringLiteral("catalog.csv")));
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(out.fileName()));
    out.write(catalog::Csv::formatRecord(records->front().fields).toUtf8());
    for (int c = 1; c <= copies; ++c) {
        for (size_t r = 1; r < records->size(); ++r) {
            QStringList fields = records->at(r).fields;
            if (c > 1)
                fields[0] += QStringLiteral("-%1").arg(c);
            out.write(catalog::Csv::formatRecord(fields).toUtf8());
        }
    }
    return out.fileName();
}

} // namespace

int main(int argc, char *argv[])
{
    // Decoding needs QtGui's image plugins, not a display or a QGuiApplication.
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times a bulk catalog import with pictures."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("copies"),
                      QStringLiteral("How many times the demo catalog is repeated (default 1)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.process(app);
    const int copies = std::max(1, parser.value(QStringLiteral("copies")).toInt());

    QTemporaryDir dir;
    const QString path =
        writeCatalog(QDir(dir.path()), catalog::DemoStore::locateDataDir(), copies);
    auto db = storage::Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));

    QElapsedTimer timer;
    timer.start();
    const catalog::ImportPreview plain = catalog::CatalogImport::preview(**db, path);
    const double plainMs = double(timer.nsecsElapsed()) / 1e6;

    catalog::ImportControl control;
    control.pictures = std::make_shared<ui::QtPictureDecoder>();
    timer.restart();
    const catalog::ImportPreview preview = catalog::CatalogImport::preview(**db, path, {}, control);
    const double decodeMs = double(timer.nsecsElapsed()) / 1e6;
    if (!preview.canConfirm())
        qFatal("the catalog has problems: %s",
               qPrintable(preview.allProblems().front().toString()));

    const QString media = catalog::MediaLocator::mediaDirFor((*db)->path());
    timer.restart();
    auto written = catalog::CatalogImport::confirm(**db, preview, media, 0, 1, control);
    const double confirmMs = double(timer.nsecsElapsed()) / 1e6;
    if (!written)
        qFatal("%s", qPrintable(written.error().toString()));

    const int rows = int(preview.rows.size());
    auto perSecond = [rows](double ms) { return ms > 0 ? rows / (ms / 1000.0) : 0.0; };
    std::printf("rows %d, pictures copied %d (each with %zu scaled copies)\n", rows,
                written->summary.imagesCopied, catalog::ImageRules::thumbnailSides().size());
    std::printf("preview, pictures by signature:  %9.1f ms  %9.0f rows/s\n", plainMs,
                perSecond(plainMs));
    std::printf("preview, pictures decoded:       %9.1f ms  %9.0f rows/s\n", decodeMs,
                perSecond(decodeMs));
    std::printf("confirm (copy, scale, write):    %9.1f ms  %9.0f rows/s\n", confirmMs,
                perSecond(confirmMs));
    std::printf("peak memory: %ld MiB\n", bench::peakRssKb() / 1024);
    return plain.canConfirm() ? 0 : 1;
}
