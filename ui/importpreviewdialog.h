#pragma once

#include "catalog/catalogimport.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace storefront::ui {

/// Shows an import file's preview: one table row per product with what would happen to it
/// (new, update) or its problems (field and why), rows with problems highlighted. Confirm is
/// offered only when nothing is wrong.
///
/// The long steps (reading a big file, the write) run on a worker while the dialog shows a
/// progress bar; Cancel (or Esc) then stops the step instead of closing the dialog. The
/// caller starts a step with startWork(), passes the control it returns to core, and calls
/// setPreview() or workFinished() when the step's result arrives. Confirm emits
/// confirmRequested(); the caller closes the dialog (accept()) when the write succeeded.
///
/// It is window-modal, so no language switch can come from the settings while it is open;
/// should one come anyway it is re-labelled, its rows and summary included (a message
/// handed to workFinished() or startWork() stays as the caller made it).
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    /// A dialog for `path` whose preview is still being read (see startWork, setPreview).
    explicit ImportPreviewDialog(const QString &path, QWidget *parent = nullptr);
    /// A dialog showing a preview that has been read.
    explicit ImportPreviewDialog(catalog::ImportPreview preview, QWidget *parent = nullptr);
    ~ImportPreviewDialog() override;

    [[nodiscard]] const catalog::ImportPreview &preview() const { return m_preview; }
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }

    /// Shows `what` with a progress bar and returns the control for core's step: its
    /// progress and cancellation are thread-safe and outlive the dialog (a closed dialog
    /// cancels). Confirm is disabled until the step ends.
    [[nodiscard]] catalog::ImportControl startWork(const QString &what);
    /// A step is running.
    [[nodiscard]] bool isWorking() const { return m_work != nullptr; }
    /// The user asked to stop the running step.
    [[nodiscard]] bool cancelRequested() const;
    /// The read step ended: shows the rows.
    void setPreview(catalog::ImportPreview preview);
    /// A step ended without a new preview (the write failed or was cancelled): shows
    /// `message` above the rows and offers Confirm again.
    void workFinished(const QString &message);

    enum Column
    {
        LineColumn,
        SkuColumn,
        NameColumn,
        PriceColumn,
        StatusColumn,
        ColumnCount
    };

Q_SIGNALS:
    void confirmRequested();

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Work
    {
        std::atomic<bool> cancelled{false};
        std::atomic<int> permille{0};
    };
    /// Sets every text that does not come from data in the installed language.
    void retranslate();
    void stopWork();
    void fillTable();
    void showSummary();

    catalog::ImportPreview m_preview;
    std::shared_ptr<Work> m_work;
    QTimer *m_poll;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_activity;
    QProgressBar *m_progress;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    bool m_hasPreview = false;    ///< setPreview() filled the rows and the summary
    bool m_callerMessage = false; ///< the summary shows workFinished()'s message
};

} // namespace storefront::ui
