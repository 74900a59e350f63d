#include "filedialogs.h"

#include <QFileDialog>

#include <atomic>

namespace storefront::ui {

namespace {
std::atomic<bool> g_allowed{true};
}

bool fileDialogsAllowed()
{
    return g_allowed.load();
}

void setFileDialogsAllowed(bool allowed)
{
    g_allowed.store(allowed);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                     const QString &filter)
{
    if (!fileDialogsAllowed())
        return {};
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString openFileName(QWidget *parent, const QString &caption, const QString &dir,
                     const QString &filter)
{
    if (!fileDialogsAllowed())
        return {};
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

} // namespace storefront::ui
