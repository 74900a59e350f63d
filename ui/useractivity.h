#pragma once

#include <QEvent>
#include <QObject>

namespace storefront::ui {

/// Whether `event`, on its way to `receiver`, is someone at the program: what keeps the
/// session in use (MainWindow) and holds off the kiosk's idle reset (KioskController). The two
/// must agree, or a kiosk would keep a visitor whose session core has let end. Only input
/// delivered to a widget counts: each reaches its window first, then a widget.
[[nodiscard]] inline bool isUserActivity(const QObject *receiver, const QEvent *event)
{
    if (!receiver->isWidgetType())
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate: // a finger dragging a list
    case QEvent::KeyPress:
    case QEvent::Wheel:
        return true;
    default:
        return false;
    }
}

} // namespace storefront::ui
