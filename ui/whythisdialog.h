#pragma once

#include "recsys/recommendation.h"

#include <QDialog>

class QLabel;
class QListWidget;

namespace storefront::ui {

/// "Why this?": the evidence behind one recommendation, from its explanation — the reason,
/// the products (with the shopper's stars) that drove the score and each one's share, and
/// how much each model counted.
class WhyThisDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WhyThisDialog(const recsys::Recommendation &recommendation, QWidget *parent = nullptr);

    /// Opens a dialog for `recommendation` over `parent` (deleted when closed).
    static WhyThisDialog *showFor(const recsys::Recommendation &recommendation, QWidget *parent);

    [[nodiscard]] QListWidget *evidenceList() const { return m_evidence; }
    [[nodiscard]] QListWidget *modelList() const { return m_models; }
    [[nodiscard]] QString reasonText() const;

    /// A shopper's words for a model's factory name ("item-knn" → "Customers who liked the
    /// same products").
    [[nodiscard]] static QString modelDescription(const QString &model);

private:
    QLabel *m_reason;
    QListWidget *m_evidence;
    QListWidget *m_models;
};

} // namespace storefront::ui
