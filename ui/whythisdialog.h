#pragma once

#include "recsys/recommendation.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace storefront::ui {

/// "Why this?": the evidence behind one recommendation, from its explanation — the reason,
/// what the store's rules and the shopper's price range did to it (a pin, a boost or bury,
/// the price range), the products (with the shopper's stars) that drove the score and each
/// one's share, and how much each model counted. Follows a language change while open.
class WhyThisDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WhyThisDialog(const recsys::Recommendation &recommendation, QWidget *parent = nullptr);

    /// Opens a dialog for `recommendation` over `parent` (deleted when closed).
    static WhyThisDialog *showFor(const recsys::Recommendation &recommendation, QWidget *parent);

    [[nodiscard]] QListWidget *rulesList() const { return m_rules; }
    [[nodiscard]] QListWidget *evidenceList() const { return m_evidence; }
    [[nodiscard]] QListWidget *modelList() const { return m_models; }
    [[nodiscard]] QString reasonText() const;

    /// A shopper's words for a model's factory name ("item-knn" → "Customers who liked the
    /// same products").
    [[nodiscard]] static QString modelDescription(const QString &model);
    /// A shopper's words for what a rule did ("Boosted by the store (+1.0)").
    [[nodiscard]] static QString adjustmentDescription(const recsys::Adjustment &adjustment);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    recsys::Recommendation m_recommendation;
    QLabel *m_reason;
    QLabel *m_rulesTitle;
    QListWidget *m_rules;
    QLabel *m_evidenceTitle;
    QListWidget *m_evidence;
    QLabel *m_modelsTitle;
    QListWidget *m_models;
    QPushButton *m_close = nullptr;
};

} // namespace storefront::ui
