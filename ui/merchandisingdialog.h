#pragma once

#include "auth/session.h"
#include "recsys/recommendation.h"
#include "storage/merchandisingrepository.h"

#include <QDialog>

#include <functional>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace storefront::shop {
class MerchandisingService;
}

namespace storefront::ui {

class BusyIndicator;

/// Staff ▸ Merchandising: the store's pin, boost, bury and exclude rules in the order they
/// apply, an editor (product search or category picker), and a live preview of a chosen
/// shopper's list under the rules plus the rule being edited. Every change and the preview go
/// through shop::MerchandisingService, which checks the session: without the Merchandise
/// permission the dialog shows core's refusal and nothing can be edited. Rules, pickers and
/// product searches are read on a worker (the controls stay disabled until the first read is
/// shown); changes are written at once and the rules read again.
class MerchandisingDialog : public QDialog
{
    Q_OBJECT
public:
    MerchandisingDialog(shop::MerchandisingService &service, auth::Session session,
                        QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *rulesTable() const { return m_table; }
    [[nodiscard]] QComboBox *kindBox() const { return m_kind; }
    [[nodiscard]] QComboBox *targetTypeBox() const { return m_targetType; }
    [[nodiscard]] QLineEdit *productSearch() const { return m_search; }
    [[nodiscard]] QComboBox *productBox() const { return m_product; }
    [[nodiscard]] QComboBox *categoryBox() const { return m_category; }
    [[nodiscard]] QSpinBox *slotBox() const { return m_slot; }
    [[nodiscard]] QDoubleSpinBox *amountBox() const { return m_amount; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *updateButton() const { return m_update; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }
    [[nodiscard]] QPushButton *upButton() const { return m_up; }
    [[nodiscard]] QPushButton *downButton() const { return m_down; }
    [[nodiscard]] QComboBox *shopperBox() const { return m_shopper; }
    [[nodiscard]] QListWidget *previewList() const { return m_preview; }
    /// The preview's state: its size, "Updating…", or why it could not be made.
    [[nodiscard]] QLabel *previewStateLabel() const { return m_previewState; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] BusyIndicator *busyIndicator() const { return m_busy; }
    /// A read (the pickers, the rules or a product search) is on its way.
    [[nodiscard]] bool isLoading() const;
    /// A preview was asked for and has not been shown yet.
    [[nodiscard]] bool isPreviewPending() const { return m_previewShown != m_previewRequest; }

    /// A rule with the name of its target, as the table shows it.
    struct ShownRule
    {
        storage::MerchandisingRule rule;
        QString target;
    };

Q_SIGNALS:
    /// The pickers and rules of the first read are shown (or core's refusal).
    void loaded();
    /// The preview list was refreshed (for tests and the busy indicator).
    void previewShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Setup;
    /// Sets every text in the current language.
    void retranslate();
    void showSetup(const Setup &setup);
    /// Reads the rules again; then selects row `select` (-1: the row selected now).
    void reload(int select = -1);
    void setEditable(bool editable);
    void showRules(const Result<std::vector<ShownRule>> &rules, int select);
    /// One row per rule of m_rules.
    void fillRulesTable();
    void searchProducts();
    void showProducts(const Result<std::vector<std::pair<qint64, QString>>> &found);
    void showRule(int row);
    void updateEditor();
    [[nodiscard]] storage::MerchandisingRule ruleFromEditor() const;
    void addRule();
    void updateRule();
    void removeRule();
    void move(int by);
    void requestPreview();
    void showPreview(quint64 requestId, const recsys::RecommendationList &list);
    /// Words the shown preview (count and reasons, or why the last one failed) in the
    /// current language.
    void wordPreview();
    void report(const Status &status, const QString &success);
    /// Runs one rule change (`write`, a core call that checks the session) off the GUI thread,
    /// reports it, and reads the rules again (selecting row `select` when it succeeded).
    void change(std::function<Status(shop::MerchandisingService &)> write, const QString &success,
                int select = -1);
    void refuse(const QString &message);

    shop::MerchandisingService &m_service;
    auth::Session m_session;
    std::vector<storage::MerchandisingRule> m_rules;
    std::vector<QString> m_targets; ///< per rule of m_rules
    quint64 m_previewRequest = 0;
    /// The list the preview shows, kept so that a language switch re-words its reasons.
    std::optional<recsys::RecommendationList> m_previewList;
    quint64 m_previewShown = 0; ///< the request m_previewList answers
    /// Why the last preview asked for was refused, made again at a language switch; empty
    /// unless it was.
    std::function<QString()> m_previewFailure;
    quint64 m_rulesRead = 0;  ///< generation of the newest rules read: older ones are dropped
    quint64 m_searchRead = 0; ///< the same for product searches

    QTableWidget *m_table;
    QComboBox *m_kind;
    QComboBox *m_targetType;
    QLineEdit *m_search;
    QComboBox *m_product;
    QComboBox *m_category;
    QSpinBox *m_slot;
    QDoubleSpinBox *m_amount;
    QCheckBox *m_enabled;
    QPushButton *m_add;
    QPushButton *m_update;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QComboBox *m_shopper;
    QListWidget *m_preview;
    QLabel *m_previewState;
    QLabel *m_status;
    BusyIndicator *m_busy;
    std::vector<QLabel *>
        m_formLabels; ///< kind, target, search, product, category, position, amount
    QGroupBox *m_editorBox;
    QGroupBox *m_previewBox;
    QLabel *m_shopperLabel;
    QPushButton *m_close;
};

} // namespace storefront::ui
