#include "kioskpindialog.h"

#include "async.h"
#include "auth/kioskpinservice.h"
#include "busyindicator.h"
#include "onscreenkeyboard.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace storefront::ui {

/// What a check on the worker found: the verdict and, when refused, how long to wait.
struct KioskPinDialog::Verdict
{
    Status status;
    qint64 wait = 0;
};

KioskPinDialog::KioskPinDialog(auth::KioskPinService &pins, QWidget *parent)
    : QDialog(parent)
    , m_pins(pins)
{
    setObjectName(QStringLiteral("kioskPinDialog"));
    // The KioskController shows no letter keyboard here: the dialog has its own keypad.
    setProperty("ownKeyboard", true);
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(auth::KioskPinService::kMaxDigits);
    m_pin->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(auth::KioskPinService::kMaxDigits)),
        m_pin));
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    m_prompt->setBuddy(m_pin);
    m_noPin = new QLabel(this);
    m_noPin->setObjectName(QStringLiteral("noPin"));
    m_noPin->setWordWrap(true);
    m_noPin->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pinError"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();
    m_keypad = new OnScreenKeyboard(OnScreenKeyboard::Layout::Digits, this);
    connect(m_keypad, &OnScreenKeyboard::enterPressed, this, &KioskPinDialog::submit);

    auto *buttons = new QDialogButtonBox(this);
    m_unlock = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_unlock, &QPushButton::clicked, this, &KioskPinDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_noPin);
    layout->addWidget(m_pin);
    m_busy = new BusyIndicator(this);
    layout->addLayout(BusyIndicator::statusRow(m_error, m_busy));
    layout->addWidget(m_keypad);
    layout->addWidget(buttons);
    retranslate();

    runInBackground(
        this, [pins = m_pins] { return pins.hasPin(); },
        [this](const Result<bool> &hasPin) { m_noPin->setVisible(hasPin && !*hasPin); });
}

void KioskPinDialog::retranslate()
{
    setWindowTitle(tr("Staff PIN"));
    m_prompt->setText(tr("Enter the staff &PIN to unlock the kiosk:"));
    m_noPin->setText(tr("This store has no staff PIN yet. An administrator sets one in Tools "
                        "\u25b8 Settings, or with: storefront-cli kiosk set-pin"));
    m_pin->setAccessibleName(tr("Staff PIN"));
    m_pin->setAccessibleDescription(tr("4 to 12 digits"));
    m_error->setAccessibleName(tr("Error"));
    m_unlock->setText(tr("&Unlock"));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_unlock->setAccessibleDescription(
        tr("Checks the PIN; when it is right, the kiosk's exit and staff functions open."));
    m_cancel->setAccessibleDescription(tr("Closes this window; the kiosk stays locked."));
}

void KioskPinDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void KioskPinDialog::setChecking(bool checking)
{
    m_checking = checking;
    m_pin->setReadOnly(checking);
    m_keypad->setEnabled(!checking);
    m_unlock->setEnabled(!checking);
    if (checking)
        m_busy->begin();
    else
        m_busy->end();
}

void KioskPinDialog::submit()
{
    if (m_checking)
        return; // a second tap on Enter while the first PIN is checked
    const QString pin = m_pin->text();
    m_pin->clear();
    setChecking(true);
    runInBackground(
        this,
        [pins = m_pins, pin]() mutable {
            Verdict v{pins.verify(pin), 0};
            if (!v.status)
                v.wait = pins.secondsUntilNextTry();
            return v;
        },
        [this](const Verdict &v) { showVerdict(v); });
    m_error->setText(tr("Checking\u2026"));
    m_error->show();
}

void KioskPinDialog::showVerdict(const Verdict &v)
{
    setChecking(false);
    if (v.status) {
        m_error->hide();
        accept();
        return;
    }
    // The two refusals a shopper can meet get the dialog's own words with the wait in them.
    const int wait = int(std::min<qint64>(v.wait, 24 * 3600));
    if (v.status.error().code == ErrorCode::WrongPin && wait == 0)
        m_error->setText(tr("The PIN is not correct."));
    else if (v.status.error().code == ErrorCode::WrongPin)
        m_error->setText(tr("The PIN is not correct. Try again in %n second(s).", nullptr, wait));
    else
        m_error->setText(tr("Too many failed attempts. Try again in %n second(s).", nullptr, wait));
    m_error->show();
    m_pin->setFocus();
}

} // namespace storefront::ui
