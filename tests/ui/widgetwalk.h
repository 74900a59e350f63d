#pragma once

// The controls a user operates, for the walks over every widget of a window (accessible
// names, keyboard reach, touch sizes).

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QWidget>

namespace storefront::testing {

/// `top` and every widget under it that a user operates: buttons, fields, combo and spin
/// boxes, sliders, item views and tab bars. Qt's own parts (menu-bar and toolbar extension
/// buttons, line edits inside spin and combo boxes, combo pop-ups, headers and corner buttons
/// of views, scroll bars) are left out: they are named and reached through their owners.
inline QList<QWidget *> interactiveControls(QWidget *top)
{
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    widgets.prepend(top);
    QList<QWidget *> controls;
    for (QWidget *w : std::as_const(widgets)) {
        bool insideCombo = false;
        for (QWidget *p = w->parentWidget(); p && !insideCombo; p = p->parentWidget())
            insideCombo = qobject_cast<QComboBox *>(p) != nullptr;
        QWidget *parent = w->parentWidget();
        if (insideCombo || w->objectName().startsWith(QLatin1String("qt_")) ||
            qobject_cast<QScrollBar *>(w) || qobject_cast<QAbstractSpinBox *>(parent) ||
            qobject_cast<QAbstractItemView *>(parent) || qobject_cast<QLineEdit *>(parent))
            continue;
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
            qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
            qobject_cast<QAbstractSlider *>(w) || qobject_cast<QAbstractItemView *>(w) ||
            qobject_cast<QTabBar *>(w))
            controls.append(w);
    }
    return controls;
}

/// "QPushButton "logIn" in loginDialog", for failure messages.
inline QString describe(const QWidget *w, const QWidget *top)
{
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), top->objectName());
}

} // namespace storefront::testing
