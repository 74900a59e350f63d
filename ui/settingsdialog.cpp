#include "settingsdialog.h"

#include "async.h"
#include "auth/authservice.h"
#include "auth/kioskpinservice.h"
#include "busyindicator.h"
#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace storefront::ui {

const QString SettingsDialog::kIdleKey = QStringLiteral("kiosk/idleSecs");

namespace {
constexpr int kMinIdleSecs = 15;
constexpr int kMaxIdleSecs = 3600;
} // namespace

int SettingsDialog::idleSecs()
{
    bool ok = false;
    const int secs = QSettings().value(kIdleKey, kDefaultIdleSecs).toInt(&ok);
    return ok ? std::clamp(secs, kMinIdleSecs, kMaxIdleSecs) : kDefaultIdleSecs;
}

SettingsDialog::SettingsDialog(const storage::Database &db, auth::AuthService &auth,
                               const auth::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_pins(std::make_shared<auth::KioskPinService>(db, auth))
    , m_session(session)
{
    setObjectName(QStringLiteral("settingsDialog"));
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString &code : Translations::available())
        m_language->addItem(Translations::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translations::current())));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);

    m_idle = new QSpinBox(this);
    m_idle->setObjectName(QStringLiteral("kioskIdle"));
    // A kiosk's countdown (10 s) ends before core ends its unused session.
    m_idle->setRange(kMinIdleSecs, int(std::clamp<qint64>(auth.config().kioskIdleSecs - 10,
                                                          kMinIdleSecs, kMaxIdleSecs)));
    m_idle->setValue(idleSecs());
    m_idleLabel = new QLabel(this);
    m_idleLabel->setBuddy(m_idle);
    form->addRow(m_idleLabel, m_idle);

    m_restartNote = new QLabel(this);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);

    // Shown to administrators only; KioskPinService::setPin checks the role again.
    if (session.role() == auth::Role::Admin) {
        m_pinGroup = new QGroupBox(this);
        auto *pinForm = new QFormLayout(m_pinGroup);
        m_newPin = new QLineEdit(m_pinGroup);
        m_newPin->setObjectName(QStringLiteral("newPin"));
        m_repeatPin = new QLineEdit(m_pinGroup);
        m_repeatPin->setObjectName(QStringLiteral("repeatPin"));
        for (QLineEdit *field : {m_newPin, m_repeatPin}) {
            field->setEchoMode(QLineEdit::Password);
            field->setMaxLength(auth::KioskPinService::kMaxDigits);
            field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
        }
        m_newPinLabel = new QLabel(m_pinGroup);
        m_newPinLabel->setBuddy(m_newPin);
        m_repeatPinLabel = new QLabel(m_pinGroup);
        m_repeatPinLabel->setBuddy(m_repeatPin);
        pinForm->addRow(m_newPinLabel, m_newPin);
        pinForm->addRow(m_repeatPinLabel, m_repeatPin);
        m_setPin = new QPushButton(m_pinGroup);
        m_setPin->setObjectName(QStringLiteral("setPin"));
        m_pinStatus = new QLabel(m_pinGroup);
        m_pinStatus->setObjectName(QStringLiteral("pinStatus"));
        m_pinStatus->setWordWrap(true);
        m_pinBusy = new BusyIndicator(m_pinGroup);
        pinForm->addRow(m_setPin, BusyIndicator::statusRow(m_pinStatus, m_pinBusy));
        connect(m_setPin, &QPushButton::clicked, this, &SettingsDialog::setPin);
        layout->addWidget(m_pinGroup);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    retranslate();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of the program's texts."));
    m_idleLabel->setText(tr("Kiosk &idle time:"));
    m_idle->setSuffix(tr(" s", "seconds"));
    m_idle->setAccessibleName(tr("Kiosk idle time in seconds"));
    m_idle->setAccessibleDescription(
        tr("After this long without a touch, a kiosk counts down and then starts over."));
    m_restartNote->setText(tr("A new language applies at once; messages already on screen keep "
                              "theirs until they are shown again."));
    m_ok->setAccessibleName(tr("OK"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_ok->setAccessibleDescription(tr("Keeps the language and idle time and closes the window."));
    m_cancel->setAccessibleDescription(
        tr("Closes the window; the language and idle time stay as they were."));
    if (m_pinGroup) {
        m_pinGroup->setTitle(tr("Kiosk staff PIN"));
        m_newPinLabel->setText(tr("&New PIN:"));
        m_repeatPinLabel->setText(tr("&Repeat PIN:"));
        m_newPin->setAccessibleName(tr("New staff PIN"));
        m_newPin->setAccessibleDescription(tr("4 to 12 digits"));
        m_repeatPin->setAccessibleName(tr("Repeat the new staff PIN"));
        m_repeatPin->setAccessibleDescription(tr("The same PIN again, to catch a typing error."));
        m_setPin->setText(tr("Set &PIN"));
        m_setPin->setAccessibleName(tr("Set the staff PIN"));
        m_setPin->setAccessibleDescription(
            tr("Replaces the PIN that unlocks a kiosk's exit and staff functions."));
        m_pinStatus->setAccessibleName(tr("PIN status"));
    }
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::apply()
{
    QSettings settings;
    const QString code = m_language->currentData().toString();
    settings.setValue(Translations::kSettingKey, code);
    Translations::install(code);
    if (m_idle->value() != idleSecs() || !settings.contains(kIdleKey)) {
        settings.setValue(kIdleKey, m_idle->value());
        Q_EMIT idleSecsChanged(m_idle->value());
    }
}

void SettingsDialog::setPin()
{
    const QString pin = m_newPin->text();
    const bool same = pin == m_repeatPin->text();
    m_newPin->clear();
    m_repeatPin->clear();
    if (!same) {
        m_pinStatus->setText(tr("The two PINs differ."));
        return;
    }
    if (!auth::KioskPinService::validateFormat(pin)) {
        m_pinStatus->setText(tr("The PIN must be 4 to 12 digits."));
        return;
    }
    // Argon2id hashing (about 70 ms) runs on a worker; the button stays off until it is done,
    // so a second click cannot start a second write.
    m_setPin->setEnabled(false);
    m_pinBusy->begin();
    m_pinStatus->setText(tr("Setting the PIN\u2026"));
    runInBackground(
        this, [pins = m_pins, session = m_session, pin] { return pins->setPin(session, pin); },
        [this](const Status &s) {
            m_pinBusy->end();
            m_setPin->setEnabled(true);
            m_pinStatus->setText(s ? tr("The staff PIN has been set.")
                                   : tr("The PIN could not be set: %1").arg(s.error().message));
        });
}

} // namespace storefront::ui
