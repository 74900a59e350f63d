#include "kioskcontroller.h"

#include "attractscreen.h"
#include "carouselview.h"
#include "catalog/productlistmodel.h"
#include "catalogpage.h"
#include "countdownoverlay.h"
#include "filedialogs.h"
#include "kioskpindialog.h"
#include "mainwindow.h"
#include "onscreenkeyboard.h"
#include "settingsdialog.h"
#include "shop/shopperservice.h"
#include "starrating.h"
#include "useractivity.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QHeaderView>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QScreen>
#include <QScroller>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace storefront::ui {

QString KioskController::styleSheet()
{
    // Minimum sizes only: colours stay the palette's, so light and dark themes both work.
    const QString t = QString::number(kTouchTarget);
    return QStringLiteral("QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox {"
                          " min-height: %1px; min-width: %1px; }"
                          "QCheckBox::indicator, QRadioButton::indicator {"
                          " width: 32px; height: 32px; }"
                          "QAbstractItemView::item { min-height: %1px; }"
                          "QToolBar QToolButton { min-width: %1px; min-height: %1px;"
                          " padding: 6px 12px; }"
                          // A visible focus for keyboard users, in the palette's colour.
                          "QToolBar QToolButton:focus { border: 2px solid palette(highlight);"
                          " border-radius: 4px; }"
                          "QMenu::item { min-height: %1px; }")
        .arg(t);
}

KioskController::KioskController(MainWindow *window, const storage::Database &db,
                                 const catalog::MediaLocator &media, KioskOptions options,
                                 QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_db(db)
    , m_pins(db, window->authService())
    , m_options(options)
    , m_previousStyleSheet(qApp->styleSheet())
    , m_filesAllowedBefore(fileDialogsAllowed())
{
    setObjectName(QStringLiteral("kioskController"));
    qApp->setStyleSheet(styleSheet());
    m_window->setWindowFlag(Qt::FramelessWindowHint, true);

    // Ctrl+Q and File ▸ Quit stay off while locked (closing is refused anyway).
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcuts().contains(QKeySequence(QKeySequence::Quit)))
            m_quitActions.append(action);
    }

    m_attract = new AttractScreen(db, media, m_window->recommender(), m_window);
    connect(m_attract, &AttractScreen::startRequested, this, &KioskController::startSession);
    connect(m_attract, &AttractScreen::productChosen, this, [this](qint64 id) {
        startSession();
        m_window->openProduct(id);
    });
    m_countdown = new CountdownOverlay(m_window);
    m_countdown->hide();
    connect(m_countdown, &CountdownOverlay::continueRequested, this, &KioskController::userActed);

    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    setIdleTimeout(m_options.idle);
    connect(m_idle, &QTimer::timeout, this, &KioskController::startCountdown);
    m_step = new QTimer(this);
    m_step->setInterval(m_options.step);
    connect(m_step, &QTimer::timeout, this, &KioskController::countdownStep);
    m_relock = new QTimer(this);
    m_relock->setSingleShot(true);
    m_relock->setInterval(m_options.staffRelock);
    connect(m_relock, &QTimer::timeout, this, &KioskController::lock);

    createToolBars();
    enlargeTouchTargets();
    enableKineticScrolling();
    // A tap opens a product: a finger cannot be asked for the double click the desktop uses.
    QListView *grid = m_window->catalogPage()->grid();
    if (!grid->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, grid)) {
        connect(grid, &QListView::clicked, this, [this](const QModelIndex &index) {
            m_window->openProduct(index.data(catalog::ProductListModel::IdRole).toLongLong());
        });
    }
    connect(m_window, &MainWindow::sessionChanged, this, &KioskController::updateAccountActions);
    connect(qApp, &QApplication::focusChanged, this, &KioskController::focusChanged);
    qApp->installEventFilter(this);
    m_window->installEventFilter(this);
    setUnlocked(false);
    retranslate();
    updateAccountActions();
    layOutOverlays();
    m_attract->raise();
}

KioskController::~KioskController()
{
    qApp->removeEventFilter(this);
    qApp->setStyleSheet(m_previousStyleSheet);
    setFileDialogsAllowed(m_filesAllowedBefore);
}

void KioskController::createToolBars()
{
    m_toolBar = new QToolBar(m_window);
    m_toolBar->setObjectName(QStringLiteral("kioskToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setContextMenuPolicy(Qt::PreventContextMenu);
    QFont big = m_toolBar->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_toolBar->setFont(big);
    auto add = [this](QAction *&action, const char *name, auto slot) {
        action = m_toolBar->addAction(QString());
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        if (QWidget *button = m_toolBar->widgetForAction(action)) {
            button->setObjectName(QLatin1String(name) + QStringLiteral("Button"));
            button->setFocusPolicy(Qt::TabFocus);
        }
    };
    // The menus are hidden while locked: the shopper's pages and lists get buttons here,
    // opened through the window's own slots.
    const bool shopping = m_window->cartAction() != nullptr;
    if (shopping)
        add(m_home, "kioskHome", [this] { m_window->showHome(); });
    add(m_browse, "kioskBrowse", [this] { m_window->showCatalog(); });
    add(m_search, "kioskSearch", [this] {
        m_window->showCatalog();
        m_window->catalogPage()->focusSearch();
    });
    if (shopping) {
        add(m_cart, "kioskCart", [this] { m_window->showCart(); });
        add(m_wishlist, "kioskWishlist", [this] { m_window->showWishlist(); });
        // The count follows the window's cart action, which the shopper service keeps current.
        connect(m_window->cartAction(), &QAction::changed, this,
                &KioskController::updateCartButton);
    }
    add(m_logIn, "kioskLogIn", [this] { m_window->showLogIn(); });
    add(m_logOut, "kioskLogOut", [this] { m_window->logOut(); });
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    add(m_settings, "kioskSettings", [this] { openSettings(); });
    add(m_lock, "kioskLock", [this] { lock(); });
    add(m_exit, "kioskExit", [this] { m_window->close(); });
    add(m_unlock, "kioskStaff", [this] { requestUnlock(); });
    m_window->addToolBar(Qt::TopToolBarArea, m_toolBar);

    m_keyboard = new OnScreenKeyboard(OnScreenKeyboard::Layout::Letters);
    m_keyboardBar = new QToolBar(m_window);
    m_keyboardBar->setObjectName(QStringLiteral("kioskKeyboardBar"));
    m_keyboardBar->setMovable(false);
    m_keyboardBar->setFloatable(false);
    m_keyboardBar->addWidget(m_keyboard);
    m_window->addToolBar(Qt::BottomToolBarArea, m_keyboardBar);
    m_keyboardBar->hide();
    // Enter in the search box: results first, keyboard away.
    connect(m_keyboard, &OnScreenKeyboard::enterPressed, this, [this] {
        if (QApplication::focusWidget() == m_window->catalogPage()->searchBox())
            m_window->catalogPage()->grid()->setFocus(Qt::OtherFocusReason);
    });
}

void KioskController::enlargeTouchTargets()
{
    // What the style sheet cannot reach: widgets that paint their own targets.
    for (StarRating *stars : m_window->findChildren<StarRating *>())
        stars->setMinimumStarSize(kTouchTarget);
    for (CarouselView *carousel : m_window->findChildren<CarouselView *>())
        carousel->setMinimumLinkHeight(kTouchTarget);
}

void KioskController::label(QAction *action, const QString &text, const QString &description)
{
    if (!action)
        return;
    action->setText(text);
    action->setToolTip(description);
    if (QWidget *button = m_toolBar->widgetForAction(action)) {
        button->setAccessibleName(text);
        button->setAccessibleDescription(description);
    }
}

void KioskController::updateCartButton()
{
    if (!m_cart)
        return;
    const int items = m_window->cartItemCount();
    label(m_cart, items > 0 ? tr("Cart (%n)", nullptr, items) : tr("Cart"), tr("Show your cart"));
}

void KioskController::retranslate()
{
    const struct
    {
        QAction *action;
        QString text;
        QString description;
    } texts[] = {
        {m_home, tr("Home"), tr("Show the home page with your recommendations")},
        {m_wishlist, tr("Wishlist"), tr("Show your wishlist")},
        {m_browse, tr("Products"), tr("Show the product grid")},
        {m_search, tr("Search"), tr("Search with the on-screen keyboard")},
        {m_logIn, tr("Log in"), tr("Log in to your account")},
        {m_logOut, tr("Log out"), tr("End your session")},
        {m_unlock, tr("Staff"), tr("Unlock the kiosk with the staff PIN")},
        {m_settings, tr("Settings"), tr("Language and kiosk settings")},
        {m_lock, tr("Lock"), tr("Lock the kiosk again")},
        {m_exit, tr("Exit kiosk"), tr("Close the program")},
    };
    for (const auto &t : texts)
        label(t.action, t.text, t.description);
    updateCartButton();
    m_toolBar->setWindowTitle(tr("Kiosk"));
    m_toolBar->setAccessibleName(tr("Kiosk toolbar"));
    m_keyboardBar->setWindowTitle(tr("On-screen keyboard"));
    m_keyboardBar->setAccessibleName(tr("On-screen keyboard"));
}

void KioskController::show()
{
    // Full screen is a request to the window manager; a kiosk session without one (a bare X
    // server, some embedded compositors) would keep the restored size. Cover the screen
    // ourselves first.
    if (const QScreen *screen = m_window->screen())
        m_window->setGeometry(screen->geometry());
    m_window->showFullScreen();
    layOutOverlays();
}

bool KioskController::attractShowing() const
{
    return m_attract->isVisible();
}

bool KioskController::countdownShowing() const
{
    return m_countdown->isVisible();
}

bool KioskController::idleWatchRunning() const
{
    return m_idle->isActive();
}

bool KioskController::countdownRunning() const
{
    return m_step->isActive();
}

bool KioskController::relockPending() const
{
    return m_unlocked && m_relock->isActive();
}

void KioskController::setIdleTimeout(std::chrono::milliseconds idle)
{
    // The countdown must end before core ends an unused kiosk session by itself (which
    // would drop the guest silently, without the attract screen).
    const std::chrono::milliseconds coreIdle =
        std::chrono::seconds(m_window->authService().config().kioskIdleSecs);
    idle = std::min(idle, coreIdle - m_options.countdownSteps * m_options.step);
    m_options.idle = idle;
    m_idle->setInterval(idle);
    if (m_idle->isActive())
        m_idle->start();
}

void KioskController::setIdleSecs(int seconds)
{
    setIdleTimeout(std::chrono::seconds(seconds));
}

void KioskController::layOutOverlays()
{
    const QRect all(QPoint(0, 0), m_window->size());
    m_attract->setGeometry(all);
    m_countdown->setGeometry(all);
}

void KioskController::enableKineticScrolling()
{
    QScrollerProperties properties;
    // A tap must reach the item at once (no held-back press).
    properties.setScrollMetric(QScrollerProperties::MousePressEventDelay, 0);
    QList<QAbstractScrollArea *> areas = m_window->findChildren<QAbstractScrollArea *>();
    areas.append(m_attract->tiles());
    for (QAbstractScrollArea *area : std::as_const(areas)) {
        if (auto *view = qobject_cast<QAbstractItemView *>(area)) {
            view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
            view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
        }
        // Dragging the content scrolls it; thin scroll bars would be tap targets below 48 px.
        area->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        QScroller::grabGesture(area->viewport(), QScroller::LeftMouseButtonGesture);
        QScroller::scroller(area->viewport())->setScrollerProperties(properties);
    }
}

void KioskController::updateAccountActions()
{
    const bool signedIn = m_window->session().isValid() && !m_window->session().isGuest();
    m_logIn->setVisible(!signedIn);
    m_logOut->setVisible(signedIn);
}

void KioskController::setUnlocked(bool unlocked)
{
    const bool changed = m_unlocked != unlocked;
    m_unlocked = unlocked;
    m_window->menuBar()->setVisible(unlocked);
    for (const QPointer<QAction> &quit : std::as_const(m_quitActions)) {
        if (quit)
            quit->setEnabled(unlocked);
    }
    setFileDialogsAllowed(unlocked);
    m_unlock->setVisible(!unlocked);
    m_settings->setVisible(unlocked);
    m_lock->setVisible(unlocked);
    m_exit->setVisible(unlocked);
    if (unlocked)
        m_relock->start();
    else
        m_relock->stop();
    // What staff opened while unlocked (settings, the catalog editor…) must not wait there for
    // the next visitor.
    if (changed && !unlocked)
        closeOpenWindows();
    if (changed)
        Q_EMIT unlockedChanged(unlocked);
}

void KioskController::closeOpenWindows()
{
    for (QWidget *child : m_window->findChildren<QWidget *>()) {
        if (!child->isWindow() || !child->isVisible())
            continue;
        if (auto *dialog = qobject_cast<QDialog *>(child))
            dialog->reject();
        else
            child->close();
    }
}

void KioskController::lock()
{
    setUnlocked(false);
}

void KioskController::startSession()
{
    // The guest session made at the last reset has run towards its absolute limit (an hour)
    // while the attract screen waited: the visitor starts a new one.
    if (m_window->session().isGuest())
        (void)m_window->renewGuestSession(); // a guest's session always ends
    m_attract->hide();
    m_countdown->hide();
    m_step->stop();
    m_idle->start();
    m_window->showCatalog();
}

void KioskController::userActed()
{
    if (m_countdown->isVisible()) {
        m_step->stop();
        m_countdown->hide();
    }
    if (!m_attract->isVisible())
        m_idle->start();
    if (m_unlocked)
        m_relock->start();
}

void KioskController::startCountdown()
{
    m_stepsLeft = m_options.countdownSteps;
    m_countdown->setSecondsLeft(int(m_stepsLeft * m_options.step.count() / 1000));
    layOutOverlays();
    m_countdown->show();
    m_countdown->raise();
    m_step->start();
    Q_EMIT countdownStarted();
}

void KioskController::countdownStep()
{
    if (--m_stepsLeft > 0) {
        m_countdown->setSecondsLeft(int(m_stepsLeft * m_options.step.count() / 1000));
        return;
    }
    resetSession();
}

void KioskController::resetSession()
{
    m_step->stop();
    m_idle->stop();
    m_countdown->hide();
    // Whatever the last shopper left open goes: dialogs (with what was typed) and windows.
    closeOpenWindows();
    // Ends the session in core: a guest's in-memory ratings are discarded, an account is
    // logged out; the window continues with a fresh guest session.
    Q_EMIT aboutToWipe(m_window->session());
    // A guest's cart, wishlist, views and ratings live in the shopper service's memory.
    if (m_window->session().isGuest())
        m_window->shopperService().wipeGuest(m_window->session());
    if (Status ended = m_window->renewGuestSession(); !ended)
        qWarning("the kiosk's last session was not ended in core: %s",
                 qPrintable(ended.error().message));
    m_window->catalogPage()->searchBox()->clear();
    m_window->showCatalog();
    m_keyboardBar->hide();
    lock();
    m_attract->refresh();
    layOutOverlays();
    m_attract->show();
    m_attract->raise();
    Q_EMIT sessionWiped();
}

KioskPinDialog *KioskController::requestUnlock()
{
    auto *dialog = new KioskPinDialog(m_pins, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { setUnlocked(true); });
    dialog->open();
    return dialog;
}

SettingsDialog *KioskController::openSettings()
{
    if (!m_unlocked)
        return nullptr;
    auto *dialog = new SettingsDialog(m_db, m_window->authService(), m_window->session(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void KioskController::focusChanged(QWidget *, QWidget *now)
{
    auto *edit = qobject_cast<QLineEdit *>(now);
    // Behind the attract screen nobody types.
    if (!edit || edit->isReadOnly() || m_attract->isVisible()) {
        if (now && now->window() == m_window)
            m_keyboardBar->hide();
        return;
    }
    QWidget *top = edit->window();
    if (top->property("ownKeyboard").toBool())
        return;
    if (top == m_window) {
        m_keyboardBar->show();
        return;
    }
    // A dialog gets a keyboard of its own at the bottom of its layout; it goes with it.
    if (!top->findChild<OnScreenKeyboard *>() && top->layout()) {
        auto *keyboard = new OnScreenKeyboard(OnScreenKeyboard::Layout::Letters, top);
        top->layout()->addWidget(keyboard);
        keyboard->show();
    }
}

bool KioskController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::Close && !m_unlocked) {
            event->ignore();
            m_window->showStatus(
                [] { return tr("The kiosk stays open. Staff can unlock it with the PIN."); }, 5000);
            return true;
        }
        if (event->type() == QEvent::Resize)
            layOutOverlays();
        // A settings dialog however opened (toolbar or Tools menu) changes the idle time live.
        if (event->type() == QEvent::ChildPolished) {
            QObject *child = static_cast<QChildEvent *>(event)->child();
            if (auto *settings = qobject_cast<SettingsDialog *>(child))
                connect(settings, &SettingsDialog::idleSecsChanged, this,
                        &KioskController::setIdleSecs, Qt::UniqueConnection);
            // Rows of tables (the cart's) hold buttons and spin boxes: the style sheet makes
            // those 48 px, and the rows must not squeeze them back.
            for (QTableView *table : child->findChildren<QTableView *>()) {
                const int row = kTouchTarget + (table->showGrid() ? 1 : 0); // grid line
                table->verticalHeader()->setMinimumSectionSize(row);
                table->verticalHeader()->setDefaultSectionSize(row);
            }
        }
        if (event->type() == QEvent::LanguageChange)
            retranslate();
    }
    if (isUserActivity(watched, event)) {
        const bool wasCountingDown = m_countdown->isVisible();
        userActed();
        // The touch that cancels the countdown does nothing else.
        if (wasCountingDown && event->type() != QEvent::KeyPress)
            return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace storefront::ui
