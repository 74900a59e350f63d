#include "onscreenkeyboard.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QPushButton>

namespace storefront::ui {

namespace {

const QString kBackspace = QStringLiteral("Backspace");
const QString kEnter = QStringLiteral("Enter");
const QString kShift = QStringLiteral("Shift");
const QString kSpace = QStringLiteral("Space");

// QWERTY rows with the signs an e-mail address needs; ä/ö/ü/ß have keys of their own (no
// dead keys to learn) on the last row, next to Shift, Space, Backspace and Enter, so that the
// keyboard stays five keys high on small kiosk screens.
const char *const kLetterRows[] = {"1234567890", "qwertyuiop", "asdfghjkl@", "zxcvbnm.-_"};
const char *const kLastRow = "\u00e4\u00f6\u00fc\u00df+";

} // namespace

OnScreenKeyboard::OnScreenKeyboard(Layout layout, QWidget *parent)
    : QWidget(parent)
    , m_layout(layout)
{
    setObjectName(QStringLiteral("onScreenKeyboard"));
    // Never steals the focus from the field being typed into.
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_AcceptTouchEvents);
    build();
    retranslate();
}

QAbstractButton *OnScreenKeyboard::addKey(QGridLayout *grid, const QString &name, int row,
                                          int column, int span)
{
    auto *button = new QPushButton(name, this);
    button->setObjectName(QStringLiteral("key_") + name);
    button->setFocusPolicy(Qt::NoFocus);
    button->setAutoRepeat(name == kBackspace);
    button->setProperty("keyName", name);
    connect(button, &QPushButton::clicked, this, [this, name] { press(name); });
    grid->addWidget(button, row, column, 1, span);
    return button;
}

void OnScreenKeyboard::build()
{
    auto *grid = new QGridLayout(this);
    grid->setSpacing(fontMetrics().averageCharWidth() / 2);
    if (m_layout == Layout::Digits) {
        const QString digits = QStringLiteral("123456789");
        for (int i = 0; i < digits.size(); ++i)
            addKey(grid, digits.mid(i, 1), i / 3, i % 3);
        addKey(grid, kBackspace, 3, 0);
        addKey(grid, QStringLiteral("0"), 3, 1);
        addKey(grid, kEnter, 3, 2);
        return;
    }
    const auto addLetters = [this, grid](const QString &keys, int row) {
        for (int i = 0; i < keys.size(); ++i) {
            QAbstractButton *key = addKey(grid, keys.mid(i, 1), row, i);
            // ß has no one-letter capital.
            if (keys.at(i).isLetter() && keys.mid(i, 1).toUpper().size() == 1)
                m_letterKeys.append(key);
        }
    };
    int row = 0;
    for (const char *letters : kLetterRows)
        addLetters(QString::fromUtf8(letters), row++);
    addLetters(QString::fromUtf8(kLastRow), row);
    addKey(grid, kShift, row, 5);
    addKey(grid, kSpace, row, 6, 2);
    addKey(grid, kBackspace, row, 8);
    addKey(grid, kEnter, row, 9);
}

void OnScreenKeyboard::retranslate()
{
    setAccessibleName(m_layout == Layout::Digits ? tr("Number pad") : tr("On-screen keyboard"));
    setAccessibleDescription(tr("Tap the keys to type into the selected field."));
    const std::pair<QString, QString> special[] = {{kBackspace, tr("\u232b", "backspace key")},
                                                   {kEnter, tr("Enter")},
                                                   {kShift, tr("\u21e7 Shift")},
                                                   {kSpace, tr("Space")}};
    const QString accessible[] = {tr("Delete"), tr("Enter"), tr("Shift"), tr("Space")};
    const QString described[] = {tr("Deletes the character before the cursor."),
                                 tr("Confirms what you typed, like the Enter key."),
                                 tr("Switches the letter keys between small and capital letters "
                                    "for the next letter."),
                                 tr("Types a space.")};
    for (std::size_t i = 0; i < std::size(special); ++i) {
        if (QAbstractButton *k = key(special[i].first)) {
            k->setText(special[i].second);
            k->setAccessibleName(accessible[i]);
            k->setAccessibleDescription(described[i]);
        }
    }
    for (QAbstractButton *k : findChildren<QAbstractButton *>()) {
        if (k->property("keyName").toString().size() == 1) {
            k->setAccessibleName(tr("Key %1").arg(k->text()));
            k->setAccessibleDescription(tr("Types this character into the selected field."));
        }
    }
}

void OnScreenKeyboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QAbstractButton *OnScreenKeyboard::key(const QString &text) const
{
    for (QAbstractButton *k : findChildren<QAbstractButton *>()) {
        if (k->property("keyName").toString() == text)
            return k;
    }
    return nullptr;
}

void OnScreenKeyboard::setShifted(bool shifted)
{
    m_shifted = shifted;
    for (QAbstractButton *k : std::as_const(m_letterKeys))
        k->setText(shifted ? k->text().toUpper() : k->text().toLower());
}

void OnScreenKeyboard::press(const QString &name)
{
    if (name == kShift) {
        setShifted(!m_shifted);
        return;
    }
    if (name == kBackspace) {
        send(Qt::Key_Backspace, {});
    } else if (name == kEnter) {
        send(Qt::Key_Return, QStringLiteral("\r"));
        Q_EMIT enterPressed();
    } else if (name == kSpace) {
        send(Qt::Key_Space, QStringLiteral(" "));
    } else {
        const QString upper = name.toUpper();
        const QString text = m_shifted && upper.size() == 1 ? upper : name;
        // Qt's key codes for Latin-1 characters are their capital's code point.
        send(upper.size() == 1 ? upper.at(0).unicode() : name.at(0).unicode(), text);
        if (m_shifted)
            setShifted(false); // one capital, as on a phone
    }
}

void OnScreenKeyboard::send(int key, const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        return;
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &release);
}

} // namespace storefront::ui
