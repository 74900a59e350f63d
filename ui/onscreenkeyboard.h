#pragma once

#include <QWidget>

class QAbstractButton;
class QGridLayout;

namespace storefront::ui {

/// A touch keyboard for kiosks (ours, MIT: Qt Virtual Keyboard is GPLv3). Its keys never take
/// the focus; each tap sends a key press and release to the widget that has the focus, so
/// it types into any QLineEdit (search, e-mail, password, PIN) the usual way, undo and
/// validators included. Two layouts: letters (with digits and the signs an e-mail needs)
/// and a digit pad for PINs.
class OnScreenKeyboard : public QWidget
{
    Q_OBJECT
public:
    enum class Layout
    {
        Letters,
        Digits,
    };

    explicit OnScreenKeyboard(Layout layout = Layout::Letters, QWidget *parent = nullptr);

    [[nodiscard]] Layout keyboardLayout() const { return m_layout; }
    /// The key that types `text` (one character, or "Backspace", "Enter", "Shift", "Space").
    [[nodiscard]] QAbstractButton *key(const QString &text) const;

Q_SIGNALS:
    /// Enter was tapped (after the key event was sent).
    void enterPressed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void press(const QString &name);
    void send(int key, const QString &text);
    void setShifted(bool shifted);
    QAbstractButton *addKey(QGridLayout *grid, const QString &name, int row, int column,
                            int span = 1);

    Layout m_layout;
    bool m_shifted = false;
    QList<QAbstractButton *> m_letterKeys;
};

} // namespace storefront::ui
