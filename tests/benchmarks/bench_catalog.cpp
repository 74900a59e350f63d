// Catalog browsing benchmark: time to the first painted product grid and search latency
// (median and p95 over 100 queries), on the bundled demo store and on a generated catalog
// of 100,000 products. Prints figures; asserts nothing.
//
//   build/release/tests/benchmarks/bench_catalog [--products 100000] [--queries 100]

#include "benchsupport.h"
#include "catalog/catalogservice.h"
#include "catalog/demostore.h"
#include "catalog/productlistmodel.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/statsrepository.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace storefront;
using bench::peakRssKb;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

/// A catalog of `count` products made by recombining the demo store's words, so that search
/// terms have realistic frequencies.
bool generateCatalog(const storage::Database &db, const std::vector<catalog::Product> &demo,
                     int count)
{
    QRandomGenerator rng(42);
    const Status s = db.transaction([&](QSqlDatabase &c) -> Status {
        for (int i = 0; i < count; ++i) {
            catalog::Product p = demo[size_t(rng.bounded(int(demo.size())))];
            const catalog::Product &other = demo[size_t(rng.bounded(int(demo.size())))];
            const QStringList a = p.title.split(QLatin1Char(' '));
            const QStringList b = other.title.split(QLatin1Char(' '));
            p.title = (a.mid(0, (a.size() + 1) / 2) + b.mid(b.size() / 2)).join(QLatin1Char(' '));
            p.sku = QStringLiteral("GEN-%1").arg(i, 6, 10, QLatin1Char('0'));
            p.priceCents = std::max<qint64>(99, p.priceCents + rng.bounded(-500, 500));
            p.createdAt = 1767225600 + rng.bounded(30000000);
            if (auto id = storage::ProductRepository::insert(c, p); !id)
                return id.error();
        }
        return {};
    });
    if (!s)
        std::fprintf(stderr, "generate: %s\n", qPrintable(s.error().toString()));
    return s.ok();
}

void measure(const QString &label, const storage::Database &db, const QString &mediaRoot,
             int queries)
{
    const qint64 products = storage::StatsRepository(db).counts()->products;

    // Time to first painted grid: window construction, the first page query on the worker,
    // and the first paint of the grid with products in it.
    QElapsedTimer timer;
    timer.start();
    auto window = std::make_unique<ui::MainWindow>(db, catalog::MediaLocator({mediaRoot}));
    QSignalSpy painted(window.get(), &ui::MainWindow::firstGridPainted);
    window->show();
    if (!painted.wait(30000)) {
        std::fprintf(stderr, "%s: the grid never painted\n", qPrintable(label));
        return;
    }
    const double firstPaintMs = double(timer.nsecsElapsed()) / 1e6;
    window.reset();

    // Search latency: what the grid runs for one keystroke (count + first page), on prefixes
    // of words that occur in product titles.
    std::vector<catalog::Product> all = *storage::ProductRepository(db).all();
    QRandomGenerator rng(7);
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{4,}"));
    std::vector<double> ms;
    const storage::ProductRepository repo(db);
    long matched = 0;
    for (int q = 0; q < queries; ++q) {
        const QString title = all[size_t(rng.bounded(int(all.size())))].title;
        QStringList words;
        auto it = word.globalMatch(title);
        while (it.hasNext())
            words << it.next().captured(0);
        if (words.isEmpty())
            words << title;
        QString text = words.at(rng.bounded(int(words.size())));
        text = text.left(2 + rng.bounded(std::max<qsizetype>(1, text.size() - 1)));
        if (rng.bounded(3) == 0 && words.size() > 1)
            text += QLatin1Char(' ') + words.at(rng.bounded(int(words.size()))).left(3);
        catalog::ProductQuery query;
        query.text = text;
        QElapsedTimer t;
        t.start();
        auto n = repo.count(query);
        auto page = repo.page(query, 0, catalog::ProductListModel::kPageSize);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        matched += n ? *n : 0;
    }
    double total = 0;
    for (double m : ms)
        total += m;
    std::printf("%-22s products %7lld | first painted grid %7.1f ms | search median %6.2f ms, "
                "p95 %6.2f ms, %6.0f queries/s, avg %ld matches | peak RSS %ld MB\n",
                qPrintable(label), products, firstPaintMs, percentile(ms, 0.5),
                percentile(ms, 0.95), 1000.0 * double(ms.size()) / total,
                matched / std::max(1, queries), peakRssKb() / 1024);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("products"), QStringLiteral("Generated catalog size."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("queries"), QStringLiteral("Search queries per catalog."),
                      QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the generated databases.")});
    parser.process(app);
    const int generated = parser.value(QStringLiteral("products")).toInt();
    const int queries = std::max(1, parser.value(QStringLiteral("queries")).toInt());

    QTemporaryDir dir;
    dir.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    if (parser.isSet(QStringLiteral("keep")))
        std::printf("databases kept in %s\n", qPrintable(dir.path()));
    const QString data = catalog::DemoStore::locateDataDir();
    auto demo = storage::Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    if (!demo || !catalog::DemoStore::seedIfEmpty(**demo, data)) {
        std::fprintf(stderr, "cannot load the demo store from %s\n", qPrintable(data));
        return 1;
    }
    measure(QStringLiteral("demo store"), **demo, data, queries);

    auto big = storage::Database::open(dir.filePath(QStringLiteral("big.sqlite")));
    if (!big)
        return 1;
    QElapsedTimer timer;
    timer.start();
    if (!generateCatalog(**big, *storage::ProductRepository(**demo).all(), generated))
        return 1;
    std::printf("generated %d products in %.1f s (%.0f products/s, one transaction)\n", generated,
                double(timer.elapsed()) / 1000.0, generated / (double(timer.elapsed()) / 1000.0));
    measure(QStringLiteral("generated catalog"), **big, data, queries);
    return 0;
}
