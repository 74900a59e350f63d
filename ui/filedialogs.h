#pragma once

#include <QString>

class QWidget;

namespace storefront::ui {

/// Whether file dialogs may open. A locked kiosk allows none: a guest must never browse or
/// write the kiosk's disk.
[[nodiscard]] bool fileDialogsAllowed();
void setFileDialogsAllowed(bool allowed);

/// QFileDialog::getSaveFileName, or an empty name (as if cancelled) while file dialogs are
/// not allowed.
[[nodiscard]] QString saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);
/// QFileDialog::getOpenFileName likewise.
[[nodiscard]] QString openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);

} // namespace storefront::ui
