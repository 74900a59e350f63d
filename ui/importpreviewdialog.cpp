#include "importpreviewdialog.h"

#include "money.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace storefront::ui {

ImportPreviewDialog::ImportPreviewDialog(catalog::ImportPreview preview, QWidget *parent)
    : QDialog(parent)
    , m_preview(std::move(preview))
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import preview: %1").arg(QFileInfo(m_preview.path).fileName()));
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    layout->addWidget(m_summary);

    m_table = new QTableWidget(int(m_preview.rows.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("importTable"));
    m_table->setAccessibleName(tr("Rows to import"));
    m_table->setAccessibleDescription(
        tr("One row per product; rows with problems are highlighted and list field and why."));
    m_table->setHorizontalHeaderLabels(
        {tr("Line"), tr("SKU"), tr("Name"), tr("Price"), tr("Status or problems")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);

    // Problems stand out by colour and by a bold "problem" text, so the highlight does not
    // rest on colour alone.
    const QBrush problemBrush(QColor(255, 205, 205));
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
                item->setForeground(QBrush(Qt::black));
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
    layout->addWidget(m_table, 1);

    QStringList fileProblems;
    for (const Error &e : m_preview.fileProblems)
        fileProblems << e.toString();
    if (m_preview.canConfirm())
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

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("&Confirm import"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmImport"));
    m_confirm->setAccessibleName(tr("Confirm import"));
    m_confirm->setEnabled(m_preview.canConfirm());
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (m_preview.canConfirm() ? static_cast<QWidget *>(m_confirm) : m_table)->setFocus();
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 30);
}

} // namespace storefront::ui
