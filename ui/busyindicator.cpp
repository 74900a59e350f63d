#include "busyindicator.h"

#include <QHBoxLayout>
#include <QLabel>

namespace storefront::ui {

BusyIndicator::BusyIndicator(QWidget *parent)
    : QProgressBar(parent)
{
    setAccessibleName(tr("Working"));
    setRange(0, 0); // no known length: the bar only says "busy"
    setTextVisible(false);
    setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    hide();
}

void BusyIndicator::begin()
{
    ++m_inFlight;
    show();
}

void BusyIndicator::end()
{
    if (m_inFlight > 0 && --m_inFlight == 0)
        hide();
}

QHBoxLayout *BusyIndicator::statusRow(QLabel *status, BusyIndicator *indicator)
{
    status->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(status, 1);
    row->addWidget(indicator);
    return row;
}

} // namespace storefront::ui
