#include "importpreviewdialog.h"

#include "money.h"
#include "palettecolours.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace storefront::ui {

ImportPreviewDialog::ImportPreviewDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_poll(new QTimer(this))
{
    m_preview.path = path;
    setObjectName(QStringLiteral("importPreviewDialog"));
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    layout->addWidget(m_summary);

    // What runs now (reading, writing) and how far it is; hidden between steps.
    m_activity = new QLabel(this);
    m_activity->setObjectName(QStringLiteral("importActivity"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    auto *activity = new QHBoxLayout;
    activity->addWidget(m_activity);
    activity->addWidget(m_progress, 1);
    layout->addLayout(activity);
    m_activity->hide();
    m_progress->hide();
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_work)
            m_progress->setValue(m_work->permille.load());
    });

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("importTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmImport"));
    m_confirm->setEnabled(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    // Confirm only asks: the caller writes, and closes the dialog when the write succeeded.
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportPreviewDialog::confirmRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportPreviewDialog::reject);
    layout->addWidget(buttons);
    retranslate();
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 30);
}

void ImportPreviewDialog::retranslate()
{
    setWindowTitle(tr("Import preview: %1").arg(QFileInfo(m_preview.path).fileName()));
    m_progress->setAccessibleName(tr("Import progress"));
    m_table->setAccessibleName(tr("Rows to import"));
    m_table->setAccessibleDescription(
        tr("One row per product; rows with problems are highlighted and list field and why."));
    m_table->setHorizontalHeaderLabels(
        {tr("Line"), tr("SKU"), tr("Name"), tr("Price"), tr("Status or problems")});
    m_confirm->setText(tr("&Confirm import"));
    m_confirm->setAccessibleName(tr("Confirm import"));
    m_confirm->setAccessibleDescription(
        tr("Writes every row at once, all or nothing; possible only when no row has a "
           "problem."));
    m_cancel->setAccessibleName(tr("Cancel import"));
    m_cancel->setAccessibleDescription(
        tr("Closes the preview, or stops the reading or writing that is running."));
}

void ImportPreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_hasPreview) {
            fillTable();
            if (!m_callerMessage)
                showSummary();
        }
        if (cancelRequested())
            m_activity->setText(tr("Cancelling…"));
    }
    QDialog::changeEvent(event);
}

ImportPreviewDialog::ImportPreviewDialog(catalog::ImportPreview preview, QWidget *parent)
    : ImportPreviewDialog(preview.path, parent)
{
    setPreview(std::move(preview));
}

ImportPreviewDialog::~ImportPreviewDialog()
{
    // A step still running for a dialog nobody sees any more is not wanted.
    if (m_work)
        m_work->cancelled = true;
}

catalog::ImportControl ImportPreviewDialog::startWork(const QString &what)
{
    m_work = std::make_shared<Work>();
    m_activity->setText(what);
    m_activity->show();
    m_progress->setValue(0);
    m_progress->show();
    m_confirm->setEnabled(false);
    m_cancel->setEnabled(true);
    m_cancel->setFocus();
    m_poll->start();
    catalog::ImportControl control;
    control.progress = [work = m_work](double fraction) {
        work->permille = int(qBound(0.0, fraction, 1.0) * 1000);
    };
    control.cancelled = [work = m_work] { return work->cancelled.load(); };
    return control;
}

bool ImportPreviewDialog::cancelRequested() const
{
    return m_work && m_work->cancelled.load();
}

void ImportPreviewDialog::stopWork()
{
    m_work.reset();
    m_poll->stop();
    m_activity->hide();
    m_progress->hide();
    m_cancel->setEnabled(true);
}

void ImportPreviewDialog::reject()
{
    if (!m_work) {
        QDialog::reject();
        return;
    }
    // The step stops at its next row; a write is rolled back. The caller reports the end.
    m_work->cancelled = true;
    m_activity->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void ImportPreviewDialog::setPreview(catalog::ImportPreview preview)
{
    stopWork();
    m_preview = std::move(preview);
    m_hasPreview = true;
    m_callerMessage = false;
    fillTable();
    showSummary();
    m_confirm->setEnabled(m_preview.canConfirm());
    (m_preview.canConfirm() ? static_cast<QWidget *>(m_confirm) : m_table)->setFocus();
}

void ImportPreviewDialog::workFinished(const QString &message)
{
    stopWork();
    m_callerMessage = true;
    m_summary->setText(message);
    m_summary->setAccessibleName(message);
    m_confirm->setEnabled(m_preview.canConfirm());
    (m_preview.canConfirm() ? static_cast<QWidget *>(m_confirm) : m_cancel)->setFocus();
}

void ImportPreviewDialog::fillTable()
{
    m_table->setRowCount(int(m_preview.rows.size()));
    // Problems stand out by colour and by a bold "problem" text, so the highlight does not
    // rest on colour alone.
    const QBrush problemBrush(problemBackground(palette()));
    const QBrush problemText = palette().brush(QPalette::Text);
    for (int r = 0; r < int(m_preview.rows.size()); ++r) {
        const catalog::PreviewRow &row = m_preview.rows.at(size_t(r));
        QStringList problems;
        for (const catalog::FieldProblem &p : row.problems)
            problems << tr("%1: %2").arg(p.field, p.message);
        const QString status = !problems.isEmpty() ? problems.join(QLatin1Char('\n'))
                               : row.existingId    ? tr("update")
                                                   : tr("new");
        const QStringList cells = {QString::number(row.line), row.product.sku, row.product.title,
                                   formatMoney(row.product.priceCents, row.product.currency),
                                   status};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (!problems.isEmpty()) {
                item->setBackground(problemBrush);
                item->setForeground(problemText);
                item->setToolTip(status);
                QFont bold = item->font();
                bold.setBold(c == StatusColumn);
                item->setFont(bold);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
}

void ImportPreviewDialog::showSummary()
{
    QStringList fileProblems;
    for (const Error &e : m_preview.fileProblems)
        fileProblems << e.toString();
    if (m_preview.cancelled)
        m_summary->setText(tr("Reading was cancelled; nothing will be imported."));
    else if (m_preview.canConfirm())
        m_summary->setText(tr("%n product(s) will be imported: %1 new, %2 updated. Nothing is "
                              "written until you confirm.",
                              nullptr, int(m_preview.rows.size()))
                               .arg(m_preview.newCount())
                               .arg(int(m_preview.rows.size()) - m_preview.newCount()));
    else if (!fileProblems.isEmpty())
        m_summary->setText(
            tr("The file cannot be imported:\n%1").arg(fileProblems.join(QLatin1Char('\n'))));
    else if (m_preview.rows.empty())
        m_summary->setText(tr("The file holds no products."));
    else
        m_summary->setText(tr("%n problem(s) found; nothing will be imported. Fix the "
                              "highlighted rows in the file and import it again.",
                              nullptr, m_preview.rowProblemCount()));
    m_summary->setAccessibleName(m_summary->text());
}

} // namespace storefront::ui
