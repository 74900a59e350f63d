#include "evaluationdashboard.h"

#include "catalog/csv.h"
#include "eval/datasetloader.h"
#include "eval/evaluationjob.h"
#include "eval/modelregistry.h"
#include "eval/splitter.h"
#include "filedialogs.h"
#include "palettecolours.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <optional>
#include <vector>

namespace storefront::ui {

namespace {

constexpr int kCurveMaxK = 20;

struct MetricColumn
{
    const char *key;
    /// None where the model has no such figure (diversity without item features, rmse and
    /// mae for a model that does not predict ratings).
    std::optional<double> (*value)(const eval::ModelResult &);
};

// In the order of storefront-cli evaluate's columns.
constexpr MetricColumn kMetrics[] = {
    {"precision", [](const eval::ModelResult &r) -> std::optional<double> { return r.precision; }},
    {"recall", [](const eval::ModelResult &r) -> std::optional<double> { return r.recall; }},
    {"f1", [](const eval::ModelResult &r) -> std::optional<double> { return r.f1; }},
    {"ndcg", [](const eval::ModelResult &r) -> std::optional<double> { return r.ndcg; }},
    {"map", [](const eval::ModelResult &r) -> std::optional<double> { return r.map; }},
    {"mrr", [](const eval::ModelResult &r) -> std::optional<double> { return r.mrr; }},
    {"hit_rate", [](const eval::ModelResult &r) -> std::optional<double> { return r.hitRate; }},
    {"coverage", [](const eval::ModelResult &r) -> std::optional<double> { return r.coverage; }},
    {"diversity", [](const eval::ModelResult &r) { return r.diversity; }},
    {"novelty", [](const eval::ModelResult &r) -> std::optional<double> { return r.novelty; }},
    {"rmse", [](const eval::ModelResult &r) { return r.rmse; }},
    {"mae", [](const eval::ModelResult &r) { return r.mae; }},
    {"train_seconds",
     [](const eval::ModelResult &r) -> std::optional<double> { return r.trainSeconds; }},
    {"recommend_seconds",
     [](const eval::ModelResult &r) -> std::optional<double> { return r.recommendSeconds; }},
};

/// The metrics at least one model of `result` has; every metric before any result.
std::vector<MetricColumn> shownMetrics(const eval::ExperimentResult &result)
{
    std::vector<MetricColumn> shown;
    for (const MetricColumn &m : kMetrics)
        if (result.results.empty() ||
            std::any_of(result.results.begin(), result.results.end(),
                        [&m](const eval::ModelResult &r) { return m.value(r).has_value(); }))
            shown.push_back(m);
    return shown;
}

} // namespace

EvaluationDashboard::EvaluationDashboard(const storage::Database &db, auth::AuthService &auth,
                                         QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_auth(auth)
    , m_job(new eval::EvaluationJob(nullptr, this))
{
    setObjectName(QStringLiteral("evaluationDashboard"));

    m_models = new QListWidget(this);
    for (const QString &name : eval::ModelRegistry::defaults().names()) {
        auto *item = new QListWidgetItem(name, m_models);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_models->setMaximumHeight(m_models->sizeHintForRow(0) * 9 + 2 * m_models->frameWidth());
    m_k = new QSpinBox(this);
    m_k->setRange(1, kCurveMaxK);
    m_k->setValue(10);
    m_threshold = new QSpinBox(this);
    m_threshold->setRange(1, 5);
    m_threshold->setValue(4);
    m_run = new QPushButton(this);
    m_cancel = new QPushButton(this);
    m_cancel->setEnabled(false);
    m_export = new QPushButton(this);
    m_export->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metric = new QComboBox(this);
    for (const MetricColumn &m : kMetrics)
        m_metric->addItem(QLatin1String(m.key));
    m_metric->setCurrentText(QStringLiteral("ndcg"));
    m_barChart = new QChartView(new QChart, this);
    m_curveChart = new QChartView(new QChart, this);
    applyChartTheme();

    auto *form = new QFormLayout;
    m_modelsLabel = new QLabel(this);
    m_kLabel = new QLabel(this);
    m_thresholdLabel = new QLabel(this);
    m_metricLabel = new QLabel(this);
    form->addRow(m_modelsLabel, m_models);
    form->addRow(m_kLabel, m_k);
    form->addRow(m_thresholdLabel, m_threshold);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_export);
    auto *charts = new QHBoxLayout;
    auto *barBox = new QVBoxLayout;
    auto *chooser = new QHBoxLayout;
    chooser->addWidget(m_metricLabel);
    chooser->addWidget(m_metric, 1);
    barBox->addLayout(chooser);
    barBox->addWidget(m_barChart, 1);
    charts->addLayout(barBox, 1);
    charts->addWidget(m_curveChart, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addLayout(charts, 2);

    connect(m_run, &QPushButton::clicked, this, &EvaluationDashboard::startEvaluation);
    connect(m_cancel, &QPushButton::clicked, this, &EvaluationDashboard::cancelEvaluation);
    connect(m_metric, &QComboBox::currentTextChanged, this, &EvaluationDashboard::updateBarChart);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = saveFileName(this, tr("Export evaluation"),
                                          QStringLiteral("evaluation.csv"), tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        if (Status s = exportCsv(path); !s)
            QMessageBox::warning(this, tr("Export failed"), s.error().toString());
    });
    connect(m_job, &eval::EvaluationJob::progressChanged, this,
            [this](const QString &stage, double fraction) {
                m_progress->setValue(static_cast<int>(fraction * 1000));
                setStatus(stage);
            });
    connect(m_job, &eval::EvaluationJob::finished, this,
            [this](const eval::ExperimentResult &result) {
                m_result = result;
                m_run->setEnabled(true);
                m_cancel->setEnabled(false);
                m_export->setEnabled(true);
                m_progress->setValue(1000);
                setStatus([models = static_cast<int>(result.results.size())] {
                    return tr("Done: %n model(s) evaluated.", nullptr, models);
                });
                showResult();
                Q_EMIT evaluationFinished();
            });
    connect(m_job, &eval::EvaluationJob::failed, this, [this](const QString &reason) {
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
        m_progress->setValue(0);
        setStatus(reason);
        Q_EMIT evaluationFailed(reason);
    });
    setStatus([] {
        return tr("Evaluates the recommenders on this store's ratings and purchases "
                  "(per-user 80/20 holdout, seed 42).");
    });
    retranslate();
}

void EvaluationDashboard::retranslate()
{
    setWindowTitle(tr("Evaluation dashboard"));
    m_models->setAccessibleName(tr("Models to evaluate"));
    m_k->setAccessibleName(tr("List length k"));
    m_threshold->setAccessibleName(tr("Relevance threshold in stars"));
    m_run->setText(tr("&Run evaluation"));
    m_cancel->setText(tr("&Cancel"));
    m_export->setText(tr("&Export CSV…"));
    m_progress->setAccessibleName(tr("Evaluation progress"));
    m_table->setAccessibleName(tr("Metrics per model"));
    m_metric->setAccessibleName(tr("Metric to chart"));
    m_barChart->setAccessibleName(tr("Metric per model"));
    m_curveChart->setAccessibleName(tr("Precision and recall versus k"));
    m_models->setAccessibleDescription(
        tr("Check the recommenders to compare; each is trained and tested on the same split."));
    m_k->setAccessibleDescription(tr("How many recommendations per shopper are scored: the k "
                                     "of precision at k and of the other ranking metrics."));
    m_threshold->setAccessibleDescription(
        tr("Test ratings with at least this many stars count as relevant."));
    m_run->setToolTip(tr("Trains and tests the checked models on this store's ratings and "
                         "purchases in the background."));
    m_cancel->setToolTip(tr("Stops the running evaluation; it shows no figures."));
    m_export->setToolTip(
        tr("Saves every figure of the last run, the precision and recall curves included, "
           "as a CSV file."));
    m_metric->setToolTip(tr("Chooses the metric the bar chart shows for each model."));
    m_progress->setAccessibleDescription(tr("How far the running evaluation has got."));
    m_table->setAccessibleDescription(
        tr("One row per model and one column per metric at k; a dash where a model has no "
           "such figure."));
    m_barChart->setAccessibleDescription(tr("One bar per model for the chosen metric."));
    m_curveChart->setAccessibleDescription(
        tr("Precision and recall of every model for lists of 1 to 20 recommendations."));
    m_modelsLabel->setText(tr("Models:"));
    m_kLabel->setText(tr("k:"));
    m_thresholdLabel->setText(tr("Relevant from (stars):"));
    m_metricLabel->setText(tr("Metric:"));
}

void EvaluationDashboard::setStatus(Text text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
}

void EvaluationDashboard::setStatus(const QString &fixed)
{
    setStatus([fixed] { return fixed; });
}

EvaluationDashboard::~EvaluationDashboard() = default;

void EvaluationDashboard::setSession(const auth::Session &session)
{
    m_session = session;
}

bool EvaluationDashboard::isRunning() const
{
    return m_job->isRunning();
}

void EvaluationDashboard::startEvaluation()
{
    eval::ExperimentConfig config;
    for (int i = 0; i < m_models->count(); ++i)
        if (m_models->item(i)->checkState() == Qt::Checked)
            config.models << m_models->item(i)->text();
    if (config.models.isEmpty()) {
        setStatus([] { return tr("Check at least one model."); });
        return;
    }
    config.k = m_k->value();
    config.relevanceThreshold = m_threshold->value();
    config.curveMaxK = kCurveMaxK;
    config.threads = std::max(1, QThread::idealThreadCount());
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    setStatus([] { return tr("Loading the store's data…"); });
    const storage::Database *db = &m_db;
    // The loader runs on the worker thread, so it reads through that thread's own connection;
    // core checks the session there before anything is read.
    m_job->start(
        [db, auth = &m_auth, session = m_session] {
            return eval::DatasetLoader::loadStore(*auth, session, *db);
        },
        eval::Splitter(eval::Splitter::Protocol::UserHoldout, 0.2), config);
}

void EvaluationDashboard::cancelEvaluation()
{
    m_job->cancel();
}

void EvaluationDashboard::showResult()
{
    const std::vector<MetricColumn> metrics = shownMetrics(m_result);
    QStringList headers{tr("model")};
    for (const MetricColumn &m : metrics)
        headers << QLatin1String(m.key);
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(m_result.results.size()));
    for (size_t r = 0; r < m_result.results.size(); ++r) {
        const eval::ModelResult &mr = m_result.results[r];
        const int row = static_cast<int>(r);
        m_table->setItem(row, 0, new QTableWidgetItem(mr.model));
        int column = 1;
        for (const MetricColumn &m : metrics) {
            const std::optional<double> value = m.value(mr);
            m_table->setItem(row, column++,
                             new QTableWidgetItem(value ? QString::number(*value, 'f', 4)
                                                        : QStringLiteral("-")));
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    {
        // The chooser offers what the table shows; the chart is drawn once, below.
        const QSignalBlocker blocker(m_metric);
        const QString chosen = m_metric->currentText();
        m_metric->clear();
        for (const MetricColumn &m : metrics)
            m_metric->addItem(QLatin1String(m.key));
        m_metric->setCurrentText(chosen);
    }
    updateBarChart();
    updateCurveChart();
}

QChart::ChartTheme EvaluationDashboard::chartTheme() const
{
    return isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
}

void EvaluationDashboard::applyChartTheme()
{
    for (QChartView *view : {m_barChart, m_curveChart})
        view->chart()->setTheme(chartTheme());
}

void EvaluationDashboard::changeEvent(QEvent *event)
{
    // Follows a switch between light and dark system themes.
    if (event->type() == QEvent::PaletteChange)
        applyChartTheme();
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setStatus(m_statusText);
        if (QTableWidgetItem *model = m_table->horizontalHeaderItem(0))
            model->setText(tr("model"));
        // Charts are drawn again only once they show a result (a title says so).
        if (!m_barChart->chart()->title().isEmpty())
            updateBarChart();
        if (!m_curveChart->chart()->title().isEmpty())
            updateCurveChart();
    }
    QWidget::changeEvent(event);
}

void EvaluationDashboard::updateBarChart()
{
    auto *chart = new QChart;
    chart->setTheme(chartTheme());
    const QString metric = m_metric->currentText();
    chart->setTitle(tr("%1 at k = %2 per model").arg(metric).arg(m_result.k));
    auto *set = new QBarSet(metric);
    QStringList categories;
    double top = 0.0;
    const auto column =
        std::find_if(std::begin(kMetrics), std::end(kMetrics),
                     [&metric](const MetricColumn &m) { return metric == QLatin1String(m.key); });
    // A model without this figure (the table shows "-") gets no bar.
    for (const eval::ModelResult &r : m_result.results) {
        const std::optional<double> value =
            column != std::end(kMetrics) ? column->value(r) : std::nullopt;
        if (!value)
            continue;
        *set << *value;
        top = std::max(top, *value);
        categories << r.model;
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0.0, top > 0.0 ? top * 1.1 : 1.0);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->hide();
    QChart *old = m_barChart->chart();
    m_barChart->setChart(chart);
    delete old;
}

void EvaluationDashboard::updateCurveChart()
{
    auto *chart = new QChart;
    chart->setTheme(chartTheme());
    chart->setTitle(tr("Precision (solid) and recall (dashed) versus k"));
    auto *x = new QValueAxis;
    x->setRange(1, kCurveMaxK);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("k"));
    auto *y = new QValueAxis;
    y->setRange(0.0, 1.0);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double top = 0.0;
    for (const eval::ModelResult &r : m_result.results) {
        auto *precision = new QLineSeries;
        precision->setName(r.model + tr(" precision"));
        auto *recall = new QLineSeries;
        recall->setName(r.model + tr(" recall"));
        for (size_t c = 0; c < r.precisionCurve.size(); ++c) {
            precision->append(static_cast<double>(c + 1), r.precisionCurve[c]);
            recall->append(static_cast<double>(c + 1), r.recallCurve[c]);
            top = std::max({top, r.precisionCurve[c], r.recallCurve[c]});
        }
        chart->addSeries(precision);
        chart->addSeries(recall);
        QPen pen = recall->pen();
        pen.setStyle(Qt::DashLine);
        recall->setPen(pen);
        for (QLineSeries *s : {precision, recall}) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
        recall->setColor(precision->color());
    }
    y->setRange(0.0, top > 0.0 ? std::min(1.0, top * 1.1) : 1.0);
    QChart *old = m_curveChart->chart();
    m_curveChart->setChart(chart);
    delete old;
}

Status EvaluationDashboard::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString(), path);
    QString text = catalog::Csv::formatRecord({QStringLiteral("model"), QStringLiteral("metric"),
                                               QStringLiteral("k"), QStringLiteral("value")});
    const QString k = QString::number(m_result.k);
    for (const eval::ModelResult &r : m_result.results) {
        for (const MetricColumn &m : kMetrics)
            if (const std::optional<double> value = m.value(r))
                text += catalog::Csv::formatRecord(
                    {r.model, QLatin1String(m.key), k, QString::number(*value, 'g', 6)});
        for (size_t c = 0; c < r.precisionCurve.size(); ++c) {
            text += catalog::Csv::formatRecord({r.model, QStringLiteral("precision"),
                                                QString::number(c + 1),
                                                QString::number(r.precisionCurve[c], 'g', 6)});
            text += catalog::Csv::formatRecord({r.model, QStringLiteral("recall"),
                                                QString::number(c + 1),
                                                QString::number(r.recallCurve[c], 'g', 6)});
        }
    }
    file.write(text.toUtf8());
    if (!file.commit())
        return fail(file.errorString(), path);
    return {};
}

} // namespace storefront::ui
