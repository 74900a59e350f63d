#include "kioskpindialog.h"

#include "auth/kioskpinservice.h"
#include "onscreenkeyboard.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace storefront::ui {

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
    auto hasPin = m_pins.hasPin();
    m_noPin->setVisible(hasPin && !*hasPin);
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
    layout->addWidget(m_error);
    layout->addWidget(m_keypad);
    layout->addWidget(buttons);
    retranslate();
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
}

void KioskPinDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void KioskPinDialog::submit()
{
    Status s = m_pins.verify(m_pin->text());
    m_pin->clear();
    if (s) {
        accept();
        return;
    }
    // The two refusals a shopper can meet get the dialog's own words with the wait in them.
    const qint64 wait = m_pins.secondsUntilNextTry();
    if (s.error().code == ErrorCode::WrongPin && wait == 0)
        m_error->setText(tr("The PIN is not correct."));
    else if (s.error().code == ErrorCode::WrongPin)
        m_error->setText(tr("The PIN is not correct. Try again in %n second(s).", nullptr,
                            int(std::min<qint64>(wait, 24 * 3600))));
    else
        m_error->setText(tr("Too many failed attempts. Try again in %n second(s).", nullptr,
                            int(std::min<qint64>(wait, 24 * 3600))));
    m_error->show();
    m_pin->setFocus();
}

} // namespace storefront::ui
