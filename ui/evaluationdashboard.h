#pragma once

#include "auth/session.h"
#include "eval/experimentrunner.h"

#include <QChart>
#include <QWidget>

#include <functional>

class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace storefront::auth {
class AuthService;
}
namespace storefront::storage {
class Database;
}
namespace storefront::eval {
class EvaluationJob;
}

namespace storefront::ui {

/// Staff dashboard: evaluates the recommenders on the store's own data in the background
/// (per-user 80/20 holdout, seeded), with a progress bar and Cancel; shows a table of the
/// metrics per model (storefront-cli evaluate's: diversity, rmse and mae only when some model
/// has them), a bar chart of one chosen metric per model, and precision and recall
/// versus k (1..20); "Export CSV…" writes every figure. A language switch re-labels it at
/// once, the charts and the status line included (a stage or failure reported by the
/// evaluation itself stays in the language it was made in).
class EvaluationDashboard : public QWidget
{
    Q_OBJECT
public:
    /// Runs read the store's data for the session given with setSession() (none at first:
    /// refused), which core checks for the staff dashboard permission at every run.
    EvaluationDashboard(const storage::Database &db, auth::AuthService &auth,
                        QWidget *parent = nullptr);
    ~EvaluationDashboard() override;

    void setSession(const auth::Session &session);

    /// Starts an evaluation of the checked models (what the Run button does).
    void startEvaluation();
    void cancelEvaluation();
    /// Writes every figure as CSV rows model,metric,k,value (what "Export CSV…" does after
    /// asking for a file).
    [[nodiscard]] Status exportCsv(const QString &path) const;
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] const eval::ExperimentResult &result() const { return m_result; }
    [[nodiscard]] eval::EvaluationJob *job() const { return m_job; }
    [[nodiscard]] QListWidget *modelList() const { return m_models; }
    [[nodiscard]] QPushButton *runButton() const { return m_run; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QChartView *barChart() const { return m_barChart; }
    [[nodiscard]] QChartView *curveChart() const { return m_curveChart; }

Q_SIGNALS:
    void evaluationFinished();
    void evaluationFailed(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// A text kept as the function that makes it, so a language switch can make it again.
    using Text = std::function<QString()>;
    /// Sets every text that does not come from data in the installed language.
    void retranslate();
    void setStatus(Text text);
    /// A text that stays as it is (a stage or a failure reported by the evaluation).
    void setStatus(const QString &fixed);
    [[nodiscard]] QChart::ChartTheme chartTheme() const;
    void applyChartTheme();
    void showResult();
    void updateBarChart();
    void updateCurveChart();

    const storage::Database &m_db;
    auth::AuthService &m_auth;
    auth::Session m_session;
    eval::EvaluationJob *m_job;
    eval::ExperimentResult m_result;
    QListWidget *m_models;
    QSpinBox *m_k;
    QSpinBox *m_threshold;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_table;
    QComboBox *m_metric;
    QChartView *m_barChart;
    QChartView *m_curveChart;
    QLabel *m_modelsLabel;
    QLabel *m_kLabel;
    QLabel *m_thresholdLabel;
    QLabel *m_metricLabel;
    Text m_statusText;
};

} // namespace storefront::ui
