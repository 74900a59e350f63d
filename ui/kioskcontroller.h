#pragma once

#include "auth/kioskpinservice.h"
#include "catalog/medialocator.h"

#include <QObject>
#include <QPointer>

#include <chrono>

class QAction;
class QTimer;
class QToolBar;

namespace storefront::storage {
class Database;
}

namespace storefront::ui {

class AttractScreen;
class CountdownOverlay;
class KioskPinDialog;
class MainWindow;
class OnScreenKeyboard;
class SettingsDialog;

/// Timing of the kiosk's idle reset.
struct KioskOptions
{
    /// Time without a touch, key or wheel before the countdown starts (default 90 s).
    std::chrono::milliseconds idle{90'000};
    /// Countdown length in steps of `step` (10 × 1 s: "resetting in 10 s").
    int countdownSteps = 10;
    std::chrono::milliseconds step{1000};
    /// A staff unlock (the PIN) lasts this long without a touch, key or wheel, then the
    /// kiosk locks itself, so that the next visitor never finds it unlocked (default 2 min).
    /// Every idle reset locks it too.
    std::chrono::milliseconds staffRelock{120'000};
};

/// Turns a MainWindow into a demo kiosk (`storefront --kiosk`): full screen without a frame,
/// touch-sized controls (a style sheet with 48 px minimums, finger-sized stars and "Why
/// this?" links), kinetic scrolling, a touch toolbar instead of the menus (with Home, the
/// cart and the wishlist when the window has a recommender), an on-screen keyboard for every text
/// field, no quitting and no file dialogs until staff unlock the kiosk with the PIN, and an idle
/// reset: after `idle` without input a countdown covers the window, then the session is wiped (the
/// guest's ratings and cart are discarded, a signed-in shopper is logged out) and the attract
/// screen returns. A staff unlock ends by itself after `staffRelock` without input.
class KioskController : public QObject
{
    Q_OBJECT
public:
    /// Minimum width and height of anything a finger taps, in device-independent pixels
    /// (the 48 dp of Material Design, above WCAG 2.5.5's 44 px).
    static constexpr int kTouchTarget = 48;

    KioskController(MainWindow *window, const storage::Database &db,
                    const catalog::MediaLocator &media, KioskOptions options = {},
                    QObject *parent = nullptr);
    ~KioskController() override;

    /// The application style sheet of kiosk mode.
    [[nodiscard]] static QString styleSheet();

    /// Shows the window full screen (the attract screen first).
    void show();

    [[nodiscard]] bool isUnlocked() const { return m_unlocked; }
    [[nodiscard]] bool attractShowing() const;
    [[nodiscard]] bool countdownShowing() const;
    /// Whether the idle watch (or the countdown) is running: a wipe is pending.
    [[nodiscard]] bool idleWatchRunning() const;
    [[nodiscard]] bool countdownRunning() const;
    /// Unlocked, and the automatic re-lock (KioskOptions::staffRelock) is pending.
    [[nodiscard]] bool relockPending() const;
    [[nodiscard]] AttractScreen *attractScreen() const { return m_attract; }
    [[nodiscard]] CountdownOverlay *countdown() const { return m_countdown; }
    [[nodiscard]] QToolBar *toolBar() const { return m_toolBar; }
    /// The keyboard of the main window (dialogs get their own).
    [[nodiscard]] OnScreenKeyboard *keyboard() const { return m_keyboard; }
    [[nodiscard]] QToolBar *keyboardBar() const { return m_keyboardBar; }
    [[nodiscard]] auth::KioskPinService &pins() { return m_pins; }
    [[nodiscard]] const KioskOptions &options() const { return m_options; }

    void setIdleTimeout(std::chrono::milliseconds idle);
    void setIdleSecs(int seconds);
    [[nodiscard]] std::chrono::milliseconds idleTimeout() const { return m_options.idle; }
    /// Leaves the attract screen and starts the idle watch, in a fresh guest session: the one
    /// made at the last reset has been running towards its absolute limit since.
    void startSession();
    /// Wipes the session now and shows the attract screen (what the countdown ends in).
    void resetSession();
    /// Opens the PIN dialog (not blocking); the kiosk unlocks when it is accepted.
    KioskPinDialog *requestUnlock();
    /// Opens the settings dialog (unlocked kiosks only).
    SettingsDialog *openSettings();
    /// Locks the kiosk again (also done by every reset).
    void lock();

Q_SIGNALS:
    void countdownStarted();
    /// The session is about to be wiped: state kept elsewhere for it (a guest's cart in the
    /// shopper service) is discarded by whoever connects here; core then ends the session.
    void aboutToWipe(const storefront::auth::Session &session);
    void sessionWiped();
    void unlockedChanged(bool unlocked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createToolBars();
    void enlargeTouchTargets();
    void retranslate();
    void label(QAction *action, const QString &text, const QString &description);
    void updateCartButton();
    void setUnlocked(bool unlocked);
    /// Rejects every open dialog and closes every other window of the main window.
    void closeOpenWindows();
    void updateAccountActions();
    void enableKineticScrolling();
    void layOutOverlays();
    void userActed();
    void startCountdown();
    void countdownStep();
    void focusChanged(QWidget *old, QWidget *now);

    MainWindow *m_window;
    const storage::Database &m_db;
    auth::KioskPinService m_pins;
    KioskOptions m_options;
    QString m_previousStyleSheet;
    bool m_unlocked = false;
    bool m_filesAllowedBefore = true;
    int m_stepsLeft = 0;

    AttractScreen *m_attract;
    CountdownOverlay *m_countdown;
    QTimer *m_idle;
    QTimer *m_step;
    QTimer *m_relock;
    QToolBar *m_toolBar = nullptr;
    QToolBar *m_keyboardBar = nullptr;
    OnScreenKeyboard *m_keyboard = nullptr;
    QAction *m_home = nullptr;     // with a recommender only
    QAction *m_cart = nullptr;     // with a recommender only
    QAction *m_wishlist = nullptr; // with a recommender only
    QAction *m_browse = nullptr;
    QAction *m_search = nullptr;
    QAction *m_logIn = nullptr;
    QAction *m_logOut = nullptr;
    QAction *m_unlock = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_exit = nullptr;
    QAction *m_lock = nullptr;
    QList<QPointer<QAction>> m_quitActions;
};

} // namespace storefront::ui
