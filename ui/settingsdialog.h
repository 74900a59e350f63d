#pragma once

#include "auth/session.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace storefront::storage {
class Database;
}
namespace storefront::auth {
class AuthService;
class KioskPinService;
} // namespace storefront::auth

namespace storefront::ui {

class BusyIndicator;

/// Program settings kept in QSettings: the language (applied at once; texts that cannot
/// follow live change at the next start, and the dialog says so) and the kiosk's idle time.
/// An administrator also sets the kiosk's staff PIN here (core checks the role again).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    static const QString kIdleKey; ///< "kiosk/idleSecs"
    static constexpr int kDefaultIdleSecs = 90;

    /// `session` is whoever opened the dialog (administrators also get the PIN section).
    SettingsDialog(const storage::Database &db, auth::AuthService &auth,
                   const auth::Session &session, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// The kiosk idle time from the settings (default 90 s).
    [[nodiscard]] static int idleSecs();

    [[nodiscard]] QComboBox *languageBox() const { return m_language; }
    [[nodiscard]] QSpinBox *idleBox() const { return m_idle; }
    [[nodiscard]] QLineEdit *newPinField() const { return m_newPin; }
    [[nodiscard]] QLineEdit *repeatPinField() const { return m_repeatPin; }
    [[nodiscard]] QPushButton *setPinButton() const { return m_setPin; }
    [[nodiscard]] QLabel *pinStatus() const { return m_pinStatus; }

    /// Saves and applies the settings (what OK does).
    void apply();

Q_SIGNALS:
    void idleSecsChanged(int seconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setPin();

    // Shared with the worker that hashes a new PIN, which may finish after the dialog closed.
    std::shared_ptr<auth::KioskPinService> m_pins;
    auth::Session m_session;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_idleLabel;
    QSpinBox *m_idle;
    QLabel *m_restartNote;
    QGroupBox *m_pinGroup = nullptr;
    QLabel *m_newPinLabel = nullptr;
    QLabel *m_repeatPinLabel = nullptr;
    QLineEdit *m_newPin = nullptr;
    QLineEdit *m_repeatPin = nullptr;
    QPushButton *m_setPin = nullptr;
    QLabel *m_pinStatus = nullptr;
    BusyIndicator *m_pinBusy = nullptr;
    QPushButton *m_ok;
    QPushButton *m_cancel;
};

} // namespace storefront::ui
