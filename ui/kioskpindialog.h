#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace storefront::auth {
class KioskPinService;
}

namespace storefront::ui {

class BusyIndicator;
class OnScreenKeyboard;

/// Asks for the kiosk's staff PIN on a touch number pad; core checks it (with back-off), and
/// a wrong PIN gets one generic message. Accepted only for the right PIN. The check (Argon2id,
/// about 70 ms) runs on a worker with its own copy of the service, so only the database and
/// AuthService behind it (owned by main) must outlive a check still running.
class KioskPinDialog : public QDialog
{
    Q_OBJECT
public:
    KioskPinDialog(auth::KioskPinService &pins, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *pinField() const { return m_pin; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    [[nodiscard]] QLabel *noPinLabel() const { return m_noPin; }
    [[nodiscard]] QPushButton *unlockButton() const { return m_unlock; }
    [[nodiscard]] OnScreenKeyboard *keypad() const { return m_keypad; }
    [[nodiscard]] BusyIndicator *busyIndicator() const { return m_busy; }
    /// A PIN is being checked; further submits are ignored until its answer is shown.
    [[nodiscard]] bool isChecking() const { return m_checking; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Verdict;
    void submit();
    void showVerdict(const Verdict &verdict);
    void setChecking(bool checking);
    void retranslate();

    auth::KioskPinService &m_pins;
    QLabel *m_prompt;
    QLabel *m_noPin; ///< shown while the store has no PIN: staff learn how to set one
    QLineEdit *m_pin;
    QLabel *m_error;
    OnScreenKeyboard *m_keypad;
    QPushButton *m_unlock;
    QPushButton *m_cancel;
    BusyIndicator *m_busy;
    bool m_checking = false;
};

} // namespace storefront::ui
