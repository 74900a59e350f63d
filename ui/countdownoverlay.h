#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace storefront::ui {

/// Covers the kiosk's window while the idle countdown runs: "Still there? Touch to continue —
/// resetting in N s". Any touch (handled by the KioskController) or the button continues.
class CountdownOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit CountdownOverlay(QWidget *parent = nullptr);

    void setSecondsLeft(int seconds);
    [[nodiscard]] int secondsLeft() const { return m_seconds; }
    [[nodiscard]] QLabel *message() const { return m_message; }
    [[nodiscard]] QPushButton *continueButton() const { return m_continue; }

Q_SIGNALS:
    void continueRequested();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslate();

    int m_seconds = 0;
    QLabel *m_message;
    QPushButton *m_continue;
};

} // namespace storefront::ui
