#pragma once

#include <QProgressBar>

class QHBoxLayout;
class QLabel;

namespace storefront::ui {

/// A small indeterminate bar that shows while calls run off the GUI thread: begin() when one
/// starts, end() when its result is back; visible while any is in flight.
class BusyIndicator : public QProgressBar
{
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    void begin();
    void end();
    [[nodiscard]] int inFlight() const { return m_inFlight; }

    /// A dialog's status line with the indicator after it.
    [[nodiscard]] static QHBoxLayout *statusRow(QLabel *status, BusyIndicator *indicator);

private:
    int m_inFlight = 0;
};

} // namespace storefront::ui
