#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace storefront::auth {
class KioskPinService;
}

namespace storefront::ui {

class OnScreenKeyboard;

/// Asks for the kiosk's staff PIN on a touch number pad; core checks it (with back-off), and
/// a wrong PIN gets one generic message. Accepted only for the right PIN.
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void retranslate();

    auth::KioskPinService &m_pins;
    QLabel *m_prompt;
    QLabel *m_noPin; ///< shown while the store has no PIN: staff learn how to set one
    QLineEdit *m_pin;
    QLabel *m_error;
    OnScreenKeyboard *m_keypad;
    QPushButton *m_unlock;
    QPushButton *m_cancel;
};

} // namespace storefront::ui
