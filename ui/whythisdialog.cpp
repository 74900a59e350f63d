#include "whythisdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace storefront::ui {

namespace {

QString percent(double share)
{
    return QLocale().toString(std::lround(share * 100.0)) + QStringLiteral("\u202f%");
}

/// "+1.0" / "−0.5": a score change in the shopper's locale, always with its sign.
QString signedAmount(float amount)
{
    const QString number = QLocale().toString(std::abs(double(amount)), 'f', 1);
    return (amount < 0.0f ? QStringLiteral("\u2212") : QStringLiteral("+")) + number;
}

} // namespace

QString WhyThisDialog::modelDescription(const QString &model)
{
    if (model == QLatin1String("popularity"))
        return tr("What is popular with other shoppers");
    if (model == QLatin1String("content"))
        return tr("Products described like the ones you like");
    if (model == QLatin1String("item-knn"))
        return tr("Customers who liked the same products");
    if (model == QLatin1String("als"))
        return tr("Your overall taste (matrix factorisation)");
    if (model == QLatin1String("ease"))
        return tr("Products often liked together");
    if (model == QLatin1String("onboarding"))
        return tr("Your favourite categories");
    if (model == QLatin1String("trending"))
        return tr("What is trending now");
    if (model == QLatin1String("merchandising"))
        return tr("The store's own choice");
    return model;
}

QString WhyThisDialog::adjustmentDescription(const recsys::Adjustment &a)
{
    using Kind = recsys::Adjustment::Kind;
    QString text;
    switch (a.kind) {
    case Kind::Pinned:
        text = tr("Featured by the store at position %1").arg(a.slot);
        break;
    case Kind::Boosted:
        text = tr("Boosted by the store (%1)").arg(signedAmount(a.amount));
        break;
    case Kind::Buried:
        text = tr("Placed lower by the store (%1)").arg(signedAmount(a.amount));
        break;
    case Kind::PriceRange:
        return tr("In your preferred price range (%1)").arg(signedAmount(a.amount));
    }
    // A rule for a whole category says so: it is not about this product alone.
    if (a.productId == 0 && !a.categoryPath.isEmpty())
        text = tr("%1, like everything in %2").arg(text, a.categoryPath);
    return text;
}

WhyThisDialog::WhyThisDialog(const recsys::Recommendation &r, QWidget *parent)
    : QDialog(parent)
    , m_recommendation(r)
{
    setObjectName(QStringLiteral("whyThisDialog"));

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reasonLabel"));
    QFont reasonFont = font();
    reasonFont.setBold(true);
    m_reason->setFont(reasonFont);
    m_reason->setWordWrap(true);

    m_rulesTitle = new QLabel(this);
    m_rules = new QListWidget(this);
    m_rules->setObjectName(QStringLiteral("rulesList"));
    m_rulesTitle->setBuddy(m_rules);
    m_evidenceTitle = new QLabel(this);
    m_evidence = new QListWidget(this);
    m_evidence->setObjectName(QStringLiteral("evidenceList"));
    m_evidenceTitle->setBuddy(m_evidence);
    m_modelsTitle = new QLabel(this);
    m_models = new QListWidget(this);
    m_models->setObjectName(QStringLiteral("modelList"));
    m_modelsTitle->setBuddy(m_models);

    // A product the store placed without the models (a pin from outside the list) has no
    // model evidence: only the rules are shown; without rules, their section goes.
    const bool fromModels =
        !r.evidence.isEmpty() || !r.shares.isEmpty() || r.model != QLatin1String("merchandising");
    for (QWidget *w : {static_cast<QWidget *>(m_rulesTitle), static_cast<QWidget *>(m_rules)})
        w->setVisible(!r.adjustments.isEmpty());
    for (QWidget *w : {static_cast<QWidget *>(m_evidenceTitle), static_cast<QWidget *>(m_evidence),
                       static_cast<QWidget *>(m_modelsTitle), static_cast<QWidget *>(m_models)})
        w->setVisible(fromModels);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_close = buttons->button(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addWidget(m_rulesTitle);
    layout->addWidget(m_rules);
    layout->addWidget(m_evidenceTitle);
    layout->addWidget(m_evidence);
    layout->addWidget(m_modelsTitle);
    layout->addWidget(m_models);
    layout->addWidget(buttons);
    // Long product titles wrap instead of hiding behind a horizontal scroll bar.
    for (QListWidget *list : {m_rules, m_evidence, m_models}) {
        list->setWordWrap(true);
        list->setResizeMode(QListView::Adjust);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    retranslate();
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 24);
}

void WhyThisDialog::retranslate()
{
    const recsys::Recommendation &r = m_recommendation;
    setWindowTitle(tr("Why %1?").arg(r.title));
    setAccessibleName(windowTitle());
    m_reason->setText(r.reason.isEmpty() ? tr("Recommended for you") : r.localisedReason());

    m_rulesTitle->setText(tr("What the &store changed:"));
    m_rules->setAccessibleName(tr("What the store changed"));
    m_rules->setAccessibleDescription(
        tr("The store's own rules that placed or moved this product: a featured position, a "
           "boost or a push down, your preferred price range."));
    m_rules->clear();
    for (const recsys::Adjustment &a : r.adjustments)
        m_rules->addItem(adjustmentDescription(a));

    m_evidenceTitle->setText(tr("&What it is based on:"));
    m_evidence->setAccessibleName(tr("What it is based on"));
    m_evidence->setAccessibleDescription(
        tr("The products you rated, viewed or bought that led to this recommendation, with how "
           "much each counted."));
    m_evidence->clear();
    double total = 0.0;
    for (const recsys::Evidence &e : r.evidence)
        total += std::abs(double(e.weight));
    for (const recsys::Evidence &e : r.evidence) {
        QString line = e.stars > 0 ? tr("%1 \u2014 you rated it %2\u2605").arg(e.title).arg(e.stars)
                                   : tr("%1 \u2014 you looked at it or bought it").arg(e.title);
        if (total > 0.0)
            line += tr(" (%1 of this)").arg(percent(std::abs(double(e.weight)) / total));
        m_evidence->addItem(line);
    }
    if (r.evidence.isEmpty())
        m_evidence->addItem(tr("No single product: it is chosen from what is popular and from "
                               "your categories."));

    m_modelsTitle->setText(tr("&How much each signal counted:"));
    m_models->setAccessibleName(tr("How much each signal counted"));
    m_models->setAccessibleDescription(
        tr("Each recommendation method's share in choosing this product."));
    m_close->setAccessibleDescription(tr("Closes this explanation."));
    m_models->clear();
    double shareTotal = 0.0;
    for (const recsys::ModelShare &s : r.shares)
        shareTotal += std::abs(double(s.weight * s.normalised));
    // Largest share first; a signal that counted for nothing here is not worth a line.
    std::vector<std::pair<double, QString>> parts;
    for (const recsys::ModelShare &s : r.shares) {
        const double part =
            shareTotal > 0.0 ? std::abs(double(s.weight * s.normalised)) / shareTotal : 0.0;
        if (shareTotal <= 0.0 || part >= 0.005)
            parts.emplace_back(part, s.model);
    }
    std::stable_sort(parts.begin(), parts.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[part, model] : parts)
        m_models->addItem(shareTotal > 0.0
                              ? tr("%1: %2").arg(modelDescription(model), percent(part))
                              : modelDescription(model));
    if (parts.empty())
        m_models->addItem(modelDescription(r.model));
}

void WhyThisDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

WhyThisDialog *WhyThisDialog::showFor(const recsys::Recommendation &recommendation, QWidget *parent)
{
    auto *dialog = new WhyThisDialog(recommendation, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString WhyThisDialog::reasonText() const
{
    return m_reason->text();
}

} // namespace storefront::ui
