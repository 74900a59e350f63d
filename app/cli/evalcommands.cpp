#include "evalcommands.h"

#include "catalog/csv.h"
#include "eval/datasetloader.h"
#include "eval/experimentrunner.h"
#include "eval/ratingsdataset.h"
#include "eval/resultformatter.h"
#include "eval/splitter.h"
#include "recsys/recommender.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <cmath>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace storefront::cli::evalcli {

namespace {

QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

int failWith(QTextStream &err, const QString &message)
{
    err << "storefront-cli: " << message << Qt::endl;
    return 1;
}

/// Whether stderr is a terminal that a redrawn line makes sense on.
bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDERR_FILENO) == 1;
#else
    return false;
#endif
}

/// Progress on stderr; silent with --quiet. On a terminal, one line redrawn at most every
/// 100 ms; otherwise (a log file, a pipe, a test) a plain line each time a new stage starts,
/// so that logs hold no carriage-return frames.
class ProgressBar
{
public:
    ProgressBar(QTextStream &err, bool quiet)
        : m_err(err)
        , m_quiet(quiet)
        , m_terminal(stderrIsTerminal())
    {
        m_timer.start();
    }
    ~ProgressBar() { finish(); }

    void update(const QString &stage, double fraction)
    {
        if (m_quiet)
            return;
        const int percent = static_cast<int>(std::lround(fraction * 100));
        if (!m_terminal) {
            if (stage == m_stage || stage.endsWith(QLatin1String("done")))
                return;
            m_stage = stage;
            m_err << QStringLiteral("%1% %2").arg(percent, 3).arg(stage) << Qt::endl;
            return;
        }
        if (m_timer.elapsed() - m_last < 100 && fraction < 1.0)
            return;
        m_last = m_timer.elapsed();
        constexpr int kWidth = 30;
        const int filled = static_cast<int>(std::lround(fraction * kWidth));
        QString line = QStringLiteral("\r[%1%2] %3% %4")
                           .arg(QString(filled, QLatin1Char('#')))
                           .arg(QString(kWidth - filled, QLatin1Char(' ')))
                           .arg(percent, 3)
                           .arg(stage.left(40), -40);
        m_err << line;
        m_err.flush();
        m_drawn = true;
    }
    void finish()
    {
        if (m_drawn)
            m_err << '\r' << QString(80, QLatin1Char(' ')) << '\r' << Qt::flush;
        m_drawn = false;
    }

private:
    QTextStream &m_err;
    bool m_quiet;
    bool m_terminal;
    QElapsedTimer m_timer;
    qint64 m_last = -1000;
    bool m_drawn = false;
    QString m_stage;
};

Result<int> intOption(const QCommandLineParser &p, const char *name, int fallback, int minimum,
                      int maximum)
{
    if (!p.isSet(opt(name)))
        return fallback;
    bool ok = false;
    const int v = p.value(opt(name)).toInt(&ok);
    if (!ok || v < minimum || v > maximum)
        return fail(QStringLiteral("expected an integer from %1 to %2, got \"%3\"")
                        .arg(minimum)
                        .arg(maximum)
                        .arg(p.value(opt(name))),
                    QStringLiteral("--") + opt(name));
    return v;
}

/// A real-valued option within [minimum, maximum]; nullopt when it is not given.
Result<std::optional<double>> realOption(const QCommandLineParser &p, const char *name,
                                         double minimum, double maximum)
{
    if (!p.isSet(opt(name)))
        return std::optional<double>();
    bool ok = false;
    const double v = p.value(opt(name)).toDouble(&ok);
    if (!ok || !(v >= minimum && v <= maximum))
        return fail(QStringLiteral("expected a number from %1 to %2, got \"%3\"")
                        .arg(minimum)
                        .arg(maximum)
                        .arg(p.value(opt(name))),
                    QStringLiteral("--") + opt(name));
    return std::optional<double>(v);
}

/// --k, --seed, --threads, --relevance-threshold, --param: shared by every command.
Result<eval::ExperimentConfig> commonConfig(const QCommandLineParser &p)
{
    eval::ExperimentConfig config;
    auto k = intOption(p, "k", 10, 1, 100000);
    if (!k)
        return k.error();
    config.k = *k;
    if (p.isSet(opt("seed"))) {
        bool ok = false;
        config.seed = p.value(opt("seed")).toULongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("expected a non-negative integer"),
                        QStringLiteral("--seed"));
    }
    auto threads = intOption(p, "threads", std::max(1, QThread::idealThreadCount()), 1, 256);
    if (!threads)
        return threads.error();
    config.threads = *threads;
    constexpr double kMaxStars = 1e9; // any finite star scale
    auto relevance = realOption(p, "relevance-threshold", -kMaxStars, kMaxStars);
    if (!relevance)
        return relevance.error();
    config.relevanceThreshold = *relevance;
    auto train = realOption(p, "train-threshold", -kMaxStars, kMaxStars);
    if (!train)
        return train.error();
    config.trainThreshold = *train;
    auto below = realOption(p, "below-threshold-weight", 0.0, 1.0);
    if (!below)
        return below.error();
    if (*below && !config.trainThreshold)
        return fail(QStringLiteral("needs --train-threshold"),
                    QStringLiteral("--below-threshold-weight"));
    config.belowThresholdWeight = static_cast<float>(below->value_or(0.0));
    config.parameters = p.values(opt("param"));
    return config;
}

/// The data of `evaluate`: --train/--test files, or --data with --split.
struct Experiment
{
    eval::RatingsDataset data;
    std::vector<eval::Split> splits;
};

Result<eval::RatingsDataset> loadData(const QCommandLineParser &p, const QString &spec)
{
    if (spec == QLatin1String("store") || spec.startsWith(QLatin1String("store:"))) {
        const QString path = spec.startsWith(QLatin1String("store:")) ? spec.mid(6)
                             : p.isSet(opt("db"))                     ? p.value(opt("db"))
                                                  : storage::Database::defaultPath();
        // Database::open() creates a missing file: a mistyped path would evaluate an empty
        // store. An evaluation only reads, so the store must be there already.
        if (!QFileInfo(path).isFile())
            return fail(QStringLiteral("no database here; --data store reads an existing store "
                                       "and creates none"),
                        path);
        auto db = storage::Database::open(path);
        if (!db)
            return db.error();
        return eval::DatasetLoader::loadStore(**db);
    }
    return eval::DatasetLoader::load(spec);
}

Result<Experiment> loadExperiment(const QCommandLineParser &p, quint64 seed)
{
    Experiment e;
    if (p.isSet(opt("data"))) {
        if (p.isSet(opt("train")) || p.isSet(opt("test")))
            return fail(QStringLiteral("give either --data with --split, or --train and --test"));
        auto data = loadData(p, p.value(opt("data")));
        if (!data)
            return data.error();
        e.data = std::move(*data);
        if (p.isSet(opt("items")))
            if (Status s = eval::DatasetLoader::readItemsCsv(p.value(opt("items")), e.data); !s)
                return s.error();
        auto splitter = eval::Splitter::parse(
            p.isSet(opt("split")) ? p.value(opt("split")) : QStringLiteral("user-holdout:0.2"));
        if (!splitter)
            return splitter.error();
        e.splits = splitter->split(e.data, seed);
        return e;
    }
    if (!p.isSet(opt("train")) || !p.isSet(opt("test")))
        return fail(QStringLiteral("give --train FILE --test FILE, or --data SOURCE --split "
                                   "PROTOCOL"));
    if (p.isSet(opt("split")))
        return fail(
            QStringLiteral("--split applies to --data; --train/--test are used as they are"));
    auto loaded = eval::DatasetLoader::loadTrainTest(p.value(opt("train")), p.value(opt("test")),
                                                     p.value(opt("items")));
    if (!loaded)
        return loaded.error();
    e.data = std::move(loaded->data);
    e.splits = {std::move(loaded->split)};
    return e;
}

/// --train FILE [--items FILE], all of it for training.
Result<eval::RatingsDataset> loadTraining(const QCommandLineParser &p)
{
    if (!p.isSet(opt("train")))
        return fail(QStringLiteral("--train FILE is required"));
    auto loaded =
        eval::DatasetLoader::loadTrainTest(p.value(opt("train")), {}, p.value(opt("items")));
    if (!loaded)
        return loaded.error();
    return std::move(loaded->data);
}

/// Fits one model on every rating of `data`.
Result<std::unique_ptr<recsys::Recommender>>
fitModel(const eval::ExperimentRunner &runner, const QString &name,
         const eval::ExperimentConfig &config, const eval::RatingsDataset &data, ProgressBar &bar)
{
    eval::ExperimentConfig check = config;
    check.models = {name};
    if (Status s = runner.validate(check); !s)
        return s.error();
    auto model = runner.createModel(name, config.parameters);
    if (!model)
        return model.error();
    recsys::FitContext context;
    context.seed = config.seed;
    context.threads = config.threads;
    context.progress = [&](double f) { bar.update(name + QStringLiteral(": training"), f); };
    if (Status s = (*model)->fit(
            data.interactionData(nullptr, config.trainThreshold, config.belowThresholdWeight),
            context);
        !s)
        return s.error();
    bar.finish();
    return model;
}

} // namespace

void addOptions(QCommandLineParser &parser)
{
    const auto add = [&](const char *name, const char *help, const char *value = nullptr) {
        if (value)
            parser.addOption({opt(name), opt(help), opt(value)});
        else
            parser.addOption({opt(name), opt(help)});
    };
    add("train", "Training ratings CSV (user,item,rating[,timestamp]).", "FILE");
    add("test", "Test ratings CSV, used as it is.", "FILE");
    add("items", "Items CSV (item,title[,categories][,brand][,description]).", "FILE");
    add("data", "movielens:DIR, csv:RATINGS[,ITEMS] or store[:DB] (with --split).", "SOURCE");
    add("split", "user-holdout:R, leave-last:N, time:R or kfold:K (default user-holdout:0.2).",
        "PROTOCOL");
    add("k", "Length of the recommendation lists (default 10).", "N");
    add("relevance-threshold", "Test ratings >= T are relevant (default: all).", "T");
    add("train-threshold",
        "Training ratings below T are not implicit positives (default: all are).", "T");
    add("below-threshold-weight",
        "With --train-threshold, ratings below it count with weight W in 0..1 (default 0).", "W");
    add("models", "Comma-separated models to evaluate.", "LIST");
    add("model", "The model to train, tune or recommend with.", "NAME");
    add("seed", "Seed of the split and of the models (default 42).", "N");
    add("threads", "Worker threads (default: all cores; results do not depend on it).", "N");
    add("param", "A model parameter MODEL.KEY=VALUE (repeatable).", "MODEL.KEY=VALUE");
    add("format", "Output: table, json or csv (default table).", "FORMAT");
    add("users", "all or comma-separated user ids (default all).", "IDS");
    add("output", "Output file.", "FILE");
    add("save", "Snapshot file to write.", "FILE");
    add("grid", "Parameter grid, e.g. 'als.factors=32,64;als.alpha=1,10'.", "GRID");
    add("train-out", "Where split writes the training ratings CSV.", "FILE");
    add("test-out", "Where split writes the test ratings CSV.", "FILE");
}

int evaluate(const QCommandLineParser &p, const QStringList &args, QTextStream &out,
             QTextStream &err)
{
    if (!args.isEmpty())
        return failWith(err, QStringLiteral("evaluate takes options only, e.g. evaluate --train "
                                            "T.csv --test S.csv --models ease"));
    auto config = commonConfig(p);
    if (!config)
        return failWith(err, config.error().toString());
    config->models = p.value(opt("models")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &m : config->models)
        m = m.trimmed();
    auto format = eval::ResultFormatter::parseFormat(
        p.isSet(opt("format")) ? p.value(opt("format")) : QStringLiteral("table"));
    if (!format)
        return failWith(err, format.error().toString());
    const eval::ExperimentRunner runner;
    if (Status s = runner.validate(*config); !s)
        return failWith(err, s.error().toString());
    auto experiment = loadExperiment(p, config->seed);
    if (!experiment)
        return failWith(err, experiment.error().toString());
    ProgressBar bar(err, p.isSet(opt("quiet")));
    auto result = runner.run(experiment->data, experiment->splits, *config,
                             [&](const QString &stage, double f) { bar.update(stage, f); });
    bar.finish();
    if (!result)
        return failWith(err, result.error().toString());
    out << eval::ResultFormatter::format(*result, *format);
    out.flush();
    return 0;
}

int recommend(const QCommandLineParser &p, const QStringList &args, QTextStream &out,
              QTextStream &err)
{
    if (!args.isEmpty())
        return failWith(err, QStringLiteral("recommend takes options only"));
    if (!p.isSet(opt("model")) || !p.isSet(opt("output")))
        return failWith(err, QStringLiteral("usage: storefront-cli recommend --train FILE "
                                            "[--items FILE] --model NAME --k 10 [--users "
                                            "all|ID,...] --output FILE.csv"));
    auto config = commonConfig(p);
    if (!config)
        return failWith(err, config.error().toString());
    auto data = loadTraining(p);
    if (!data)
        return failWith(err, data.error().toString());
    std::vector<int> users;
    const QString which = p.isSet(opt("users")) ? p.value(opt("users")) : QStringLiteral("all");
    if (which == QLatin1String("all")) {
        for (int u = 0; u < data->userCount(); ++u)
            users.push_back(u);
    } else {
        for (const QString &id : which.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int u = data->userIndex(id.trimmed());
            if (u < 0)
                return failWith(err, QStringLiteral("unknown user \"%1\": not in %2")
                                         .arg(id.trimmed(), p.value(opt("train"))));
            users.push_back(u);
        }
    }
    const eval::ExperimentRunner runner;
    ProgressBar bar(err, p.isSet(opt("quiet")));
    auto model = fitModel(runner, p.value(opt("model")), *config, *data, bar);
    if (!model)
        return failWith(err, model.error().toString());
    QSaveFile file(p.value(opt("output")));
    if (!file.open(QIODevice::WriteOnly))
        return failWith(err, QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
    QString text = catalog::Csv::formatRecord({QStringLiteral("user"), QStringLiteral("item"),
                                               QStringLiteral("rank"), QStringLiteral("score")});
    int rows = 0;
    for (int u : users) {
        auto state = (*model)->userState(u);
        if (!state)
            return failWith(err, state.error().toString());
        const auto top = (*model)->recommend(*state, config->k, recsys::Exclusions{});
        for (size_t r = 0; r < top.size(); ++r) {
            text += catalog::Csv::formatRecord({data->userId(u), data->itemId(top[r].item),
                                                QString::number(r + 1),
                                                QString::number(top[r].score, 'g', 7)});
            ++rows;
        }
    }
    file.write(text.toUtf8());
    if (!file.commit())
        return failWith(err, QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
    out << QStringLiteral("wrote %1 recommendations for %2 user(s) to %3")
               .arg(rows)
               .arg(users.size())
               .arg(file.fileName())
        << Qt::endl;
    return 0;
}

int train(const QCommandLineParser &p, const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (!args.isEmpty() || !p.isSet(opt("model")) || !p.isSet(opt("save")))
        return failWith(err, QStringLiteral("usage: storefront-cli train --train FILE --model "
                                            "NAME [--param MODEL.KEY=VALUE ...] --save FILE"));
    auto config = commonConfig(p);
    if (!config)
        return failWith(err, config.error().toString());
    auto data = loadTraining(p);
    if (!data)
        return failWith(err, data.error().toString());
    const eval::ExperimentRunner runner;
    ProgressBar bar(err, p.isSet(opt("quiet")));
    QElapsedTimer timer;
    timer.start();
    auto model = fitModel(runner, p.value(opt("model")), *config, *data, bar);
    if (!model)
        return failWith(err, model.error().toString());
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    QSaveFile file(p.value(opt("save")));
    if (!file.open(QIODevice::WriteOnly))
        return failWith(err, QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
    if (Status s = (*model)->save(file); !s)
        return failWith(err, s.error().toString());
    if (!file.commit())
        return failWith(err, QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
    out << QStringLiteral("trained %1 on %2 ratings (%3 users, %4 items) in %5 s; saved %6")
               .arg((*model)->name())
               .arg(data->ratingCount())
               .arg(data->userCount())
               .arg(data->itemCount())
               .arg(seconds, 0, 'f', 2)
               .arg(file.fileName())
        << Qt::endl;
    return 0;
}

int tune(const QCommandLineParser &p, const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (!args.isEmpty() || !p.isSet(opt("model")) || !p.isSet(opt("grid")))
        return failWith(err, QStringLiteral("usage: storefront-cli tune --train FILE --model NAME "
                                            "--grid 'MODEL.KEY=V1,V2;MODEL.KEY=V1,V2'"));
    auto config = commonConfig(p);
    if (!config)
        return failWith(err, config.error().toString());
    const QString model = p.value(opt("model"));
    config->models = {model};
    // The grid: each axis "model.key=v1,v2,..."; the cartesian product is searched.
    std::vector<std::pair<QString, QStringList>> axes;
    for (const QString &axis : p.value(opt("grid")).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = axis.indexOf(QLatin1Char('='));
        const QStringList values =
            eq > 0 ? axis.mid(eq + 1).split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
        if (eq <= 0 || values.isEmpty())
            return failWith(
                err, QStringLiteral("--grid: \"%1\": expected MODEL.KEY=V1,V2,...").arg(axis));
        const QString key = axis.left(eq).trimmed();
        if (!key.startsWith(model + QLatin1Char('.')))
            return failWith(
                err, QStringLiteral("--grid: \"%1\" is not a parameter of %2").arg(key, model));
        axes.emplace_back(key, values);
    }
    if (axes.empty())
        return failWith(err, QStringLiteral("--grid: empty grid"));
    std::vector<QStringList> combos{{}};
    for (const auto &[key, values] : axes) {
        std::vector<QStringList> next;
        for (const QStringList &c : combos)
            for (const QString &v : values)
                next.push_back(c + QStringList{key + QLatin1Char('=') + v.trimmed()});
        combos = std::move(next);
    }
    const eval::ExperimentRunner runner;
    for (const QStringList &c : combos) {
        eval::ExperimentConfig check = *config;
        check.parameters += c;
        if (Status s = runner.validate(check); !s)
            return failWith(err, s.error().toString());
    }
    // Only the training file is read; it is split internally (the test file is never seen).
    auto data = loadTraining(p);
    if (!data)
        return failWith(err, data.error().toString());
    auto splitter = eval::Splitter::parse(
        p.isSet(opt("split")) ? p.value(opt("split")) : QStringLiteral("user-holdout:0.2"));
    if (!splitter)
        return failWith(err, splitter.error().toString());
    const std::vector<eval::Split> splits = splitter->split(*data, config->seed);
    ProgressBar bar(err, p.isSet(opt("quiet")));
    out << QStringLiteral("tuning %1 on %2 (%3 of %4), k = %5, by ndcg\n")
               .arg(model, p.value(opt("train")), splitter->toString())
               .arg(data->ratingCount())
               .arg(config->k);
    double best = -1.0;
    QStringList bestParams;
    for (size_t i = 0; i < combos.size(); ++i) {
        eval::ExperimentConfig run = *config;
        run.parameters += combos[i];
        auto result = runner.run(*data, splits, run, [&](const QString &stage, double f) {
            bar.update(QStringLiteral("%1/%2 %3").arg(i + 1).arg(combos.size()).arg(stage),
                       (static_cast<double>(i) + f) / static_cast<double>(combos.size()));
        });
        if (!result)
            return failWith(err, result.error().toString());
        bar.finish();
        const eval::ModelResult &r = result->results.front();
        out << QStringLiteral("%1  ndcg=%2 precision=%3 recall=%4 train_seconds=%5\n")
                   .arg(combos[i].join(QLatin1Char(' ')), -48)
                   .arg(r.ndcg, 0, 'f', 4)
                   .arg(r.precision, 0, 'f', 4)
                   .arg(r.recall, 0, 'f', 4)
                   .arg(r.trainSeconds, 0, 'f', 2);
        if (r.ndcg > best) {
            best = r.ndcg;
            bestParams = combos[i];
        }
    }
    out << QStringLiteral("best: %1 (ndcg=%2)\n")
               .arg(bestParams.join(QLatin1Char(' ')))
               .arg(best, 0, 'f', 4);
    QStringList flags;
    for (const QString &b : bestParams)
        flags << QStringLiteral("--param ") + b;
    out << QStringLiteral("use: %1").arg(flags.join(QLatin1Char(' '))) << Qt::endl;
    return 0;
}

namespace {

/// Writes the ratings at `indices` as `user,item,rating,timestamp` (the --train/--test format).
Status writeRatings(const eval::RatingsDataset &data, const std::vector<int> &indices,
                    const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString(), path);
    QString text =
        catalog::Csv::formatRecord({QStringLiteral("user"), QStringLiteral("item"),
                                    QStringLiteral("rating"), QStringLiteral("timestamp")});
    for (int index : indices) {
        const eval::RatingRecord &r = data.ratings()[static_cast<size_t>(index)];
        text += catalog::Csv::formatRecord({data.userId(r.user), data.itemId(r.item),
                                            QString::number(r.rating, 'g', 7),
                                            QString::number(r.timestamp)});
    }
    file.write(text.toUtf8());
    if (!file.commit())
        return fail(file.errorString(), path);
    return {};
}

} // namespace

int split(const QCommandLineParser &p, const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (!args.isEmpty() || !p.isSet(opt("data")) || !p.isSet(opt("train-out")) ||
        !p.isSet(opt("test-out")))
        return failWith(err, QStringLiteral("usage: storefront-cli split --data SOURCE [--split "
                                            "PROTOCOL] [--seed N] --train-out FILE --test-out "
                                            "FILE"));
    auto config = commonConfig(p);
    if (!config)
        return failWith(err, config.error().toString());
    auto experiment = loadExperiment(p, config->seed);
    if (!experiment)
        return failWith(err, experiment.error().toString());
    if (experiment->splits.size() != 1)
        return failWith(err, QStringLiteral("--split: split exports one train/test pair; k-fold "
                                            "gives %1")
                                 .arg(experiment->splits.size()));
    const eval::Split &s = experiment->splits.front();
    for (const auto &[indices, path] :
         {std::pair{&s.train, p.value(opt("train-out"))}, {&s.test, p.value(opt("test-out"))}})
        if (Status st = writeRatings(experiment->data, *indices, path); !st)
            return failWith(err, st.error().toString());
    out << QStringLiteral("wrote %1 training and %2 test ratings")
               .arg(s.train.size())
               .arg(s.test.size())
        << Qt::endl;
    return 0;
}

int models(const QCommandLineParser &, const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (!args.isEmpty())
        return failWith(err, QStringLiteral("usage: storefront-cli models"));
    const eval::ModelRegistry registry = eval::ModelRegistry::defaults();
    for (const QString &name : registry.names()) {
        auto model = registry.create(name);
        if (!model)
            return failWith(err, model.error().toString());
        out << name << '\n';
        for (const recsys::ParameterSpec &s : (*model)->parameters().specs()) {
            QString range;
            switch (s.kind) {
            case recsys::ParameterSpec::Kind::Integer:
                range = QStringLiteral("integer %1..%2").arg(s.minimum).arg(s.maximum);
                break;
            case recsys::ParameterSpec::Kind::Real:
                range = QStringLiteral("real %1..%2").arg(s.minimum).arg(s.maximum);
                break;
            case recsys::ParameterSpec::Kind::Choice:
                range = s.choices.join(QLatin1Char('|'));
                break;
            }
            out << QStringLiteral("  %1  default %2  %3  %4\n")
                       .arg(name + QLatin1Char('.') + s.key, -28)
                       .arg(s.defaultValue, -8)
                       .arg(range, -24)
                       .arg(s.description);
        }
    }
    out.flush();
    return 0;
}

} // namespace storefront::cli::evalcli
