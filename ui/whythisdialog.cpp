#include "whythisdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace storefront::ui {

namespace {

QString percent(double share)
{
    return QLocale().toString(std::lround(share * 100.0)) + QStringLiteral("\u202f%");
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
    return model;
}

WhyThisDialog::WhyThisDialog(const recsys::Recommendation &r, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("whyThisDialog"));
    setWindowTitle(tr("Why %1?").arg(r.title));
    setAccessibleName(windowTitle());

    m_reason = new QLabel(r.reason.isEmpty() ? tr("Recommended for you") : r.reason, this);
    QFont reasonFont = font();
    reasonFont.setBold(true);
    m_reason->setFont(reasonFont);
    m_reason->setWordWrap(true);

    auto *evidenceTitle = new QLabel(tr("&What it is based on:"), this);
    m_evidence = new QListWidget(this);
    m_evidence->setObjectName(QStringLiteral("evidenceList"));
    m_evidence->setAccessibleName(tr("What it is based on"));
    evidenceTitle->setBuddy(m_evidence);
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

    auto *modelsTitle = new QLabel(tr("&How much each signal counted:"), this);
    m_models = new QListWidget(this);
    m_models->setObjectName(QStringLiteral("modelList"));
    m_models->setAccessibleName(tr("How much each signal counted"));
    modelsTitle->setBuddy(m_models);
    double shareTotal = 0.0;
    for (const recsys::ModelShare &s : r.shares)
        shareTotal += std::abs(double(s.weight * s.normalised));
    for (const recsys::ModelShare &s : r.shares) {
        const double part = std::abs(double(s.weight * s.normalised));
        m_models->addItem(shareTotal > 0.0 ? tr("%1: %2").arg(modelDescription(s.model),
                                                              percent(part / shareTotal))
                                           : modelDescription(s.model));
    }
    if (r.shares.isEmpty())
        m_models->addItem(modelDescription(r.model));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addWidget(evidenceTitle);
    layout->addWidget(m_evidence);
    layout->addWidget(modelsTitle);
    layout->addWidget(m_models);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().lineSpacing() * 22);
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
