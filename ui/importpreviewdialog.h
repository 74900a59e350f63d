#pragma once

#include "catalog/catalogimport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace storefront::ui {

/// Shows an import file's preview: one table row per product with what would happen to it
/// (new, update) or its problems (field and why), rows with problems highlighted. Confirm is
/// offered only when nothing is wrong; the caller writes on accepted().
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportPreviewDialog(catalog::ImportPreview preview, QWidget *parent = nullptr);

    [[nodiscard]] const catalog::ImportPreview &preview() const { return m_preview; }
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }

    enum Column
    {
        LineColumn,
        SkuColumn,
        NameColumn,
        PriceColumn,
        StatusColumn,
        ColumnCount
    };

private:
    catalog::ImportPreview m_preview;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_confirm;
};

} // namespace storefront::ui
