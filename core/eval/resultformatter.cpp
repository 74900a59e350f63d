#include "eval/resultformatter.h"

#include "catalog/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace storefront::eval {

namespace {

struct Column
{
    QString name;
    std::function<std::optional<double>(const ModelResult &)> value;
    int decimals = 4;
};

std::vector<Column> columns(const ExperimentResult &result)
{
    bool diversity = false;
    bool ratings = false;
    for (const ModelResult &r : result.results) {
        diversity = diversity || r.diversity.has_value();
        ratings = ratings || r.rmse.has_value();
    }
    std::vector<Column> c = {
        {QStringLiteral("precision"), [](const ModelResult &r) { return r.precision; }},
        {QStringLiteral("recall"), [](const ModelResult &r) { return r.recall; }},
        {QStringLiteral("f1"), [](const ModelResult &r) { return r.f1; }},
        {QStringLiteral("ndcg"), [](const ModelResult &r) { return r.ndcg; }},
        {QStringLiteral("map"), [](const ModelResult &r) { return r.map; }},
        {QStringLiteral("mrr"), [](const ModelResult &r) { return r.mrr; }},
        {QStringLiteral("hit_rate"), [](const ModelResult &r) { return r.hitRate; }},
        {QStringLiteral("coverage"), [](const ModelResult &r) { return r.coverage; }},
    };
    if (diversity)
        c.push_back(
            {QStringLiteral("diversity"), [](const ModelResult &r) { return r.diversity; }});
    c.push_back({QStringLiteral("novelty"), [](const ModelResult &r) { return r.novelty; }, 3});
    if (ratings) {
        c.push_back({QStringLiteral("rmse"), [](const ModelResult &r) { return r.rmse; }});
        c.push_back({QStringLiteral("mae"), [](const ModelResult &r) { return r.mae; }});
    }
    c.push_back(
        {QStringLiteral("train_seconds"), [](const ModelResult &r) { return r.trainSeconds; }, 3});
    c.push_back({QStringLiteral("recommend_seconds"),
                 [](const ModelResult &r) { return r.recommendSeconds; }, 3});
    return c;
}

} // namespace

Result<ResultFormatter::Format> ResultFormatter::parseFormat(const QString &name)
{
    if (name == QLatin1String("table"))
        return Format::Table;
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    return fail(QStringLiteral("unknown format \"%1\"; use table, json or csv").arg(name),
                QStringLiteral("--format"));
}

QString ResultFormatter::format(const ExperimentResult &result, Format format)
{
    const std::vector<Column> cols = columns(result);
    if (format == Format::Json) {
        QJsonArray rows;
        for (const ModelResult &r : result.results) {
            QJsonObject o;
            o.insert(QStringLiteral("model"), r.model);
            for (const Column &c : cols)
                if (auto v = c.value(r))
                    o.insert(c.name, *v);
            o.insert(QStringLiteral("users"), r.users);
            rows.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("k"), result.k);
        root.insert(QStringLiteral("results"), rows);
        return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    }
    if (format == Format::Csv) {
        QStringList header{QStringLiteral("model")};
        for (const Column &c : cols)
            header << c.name;
        header << QStringLiteral("users");
        QString text = catalog::Csv::formatRecord(header);
        for (const ModelResult &r : result.results) {
            QStringList fields{r.model};
            for (const Column &c : cols) {
                const auto v = c.value(r);
                fields << (v ? QString::number(*v, 'g', 6) : QString());
            }
            fields << QString::number(r.users);
            text += catalog::Csv::formatRecord(fields);
        }
        return text;
    }
    // Table: one row per model, right-aligned figures.
    QList<QStringList> rows;
    QStringList header{QStringLiteral("model")};
    for (const Column &c : cols)
        header << c.name;
    header << QStringLiteral("users");
    rows << header;
    for (const ModelResult &r : result.results) {
        QStringList fields{r.model};
        for (const Column &c : cols) {
            const auto v = c.value(r);
            fields << (v ? QString::number(*v, 'f', c.decimals) : QStringLiteral("-"));
        }
        fields << QString::number(r.users);
        rows << fields;
    }
    std::vector<qsizetype> widths(static_cast<size_t>(header.size()), 0);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[static_cast<size_t>(i)] =
                std::max(widths[static_cast<size_t>(i)], row[i].size());
    QString text = QStringLiteral("k = %1\n").arg(result.k);
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const int w = static_cast<int>(widths[static_cast<size_t>(i)]);
            cells << (i == 0 ? row[i].leftJustified(w) : row[i].rightJustified(w));
        }
        text += cells.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    return text;
}

QString ResultFormatter::curvesCsv(const ExperimentResult &result)
{
    QString text =
        catalog::Csv::formatRecord({QStringLiteral("model"), QStringLiteral("k"),
                                    QStringLiteral("precision"), QStringLiteral("recall")});
    for (const ModelResult &r : result.results)
        for (size_t c = 0; c < r.precisionCurve.size(); ++c)
            text += catalog::Csv::formatRecord({r.model, QString::number(c + 1),
                                                QString::number(r.precisionCurve[c], 'g', 6),
                                                QString::number(r.recallCurve[c], 'g', 6)});
    return text;
}

} // namespace storefront::eval
