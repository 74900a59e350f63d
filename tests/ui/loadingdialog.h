#pragma once

#include "ui/async.h"

#include <QCoreApplication>
#include <QTest>

namespace storefront::testing {

/// Shows `dialog` (made with new) and deletes it while its first read still runs on a
/// worker, then waits for the workers: what they use belongs to the caller's world, which
/// must outlive them. A dialog that showed a late result after deletion would crash here.
template <typename Dialog> void closeWhileLoading(Dialog *dialog)
{
    dialog->show();
    QVERIFY(dialog->isLoading());
    delete dialog;
    ui::backgroundPool()->waitForDone();
    QCoreApplication::processEvents();
}

} // namespace storefront::testing
