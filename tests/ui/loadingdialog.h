#pragma once

#include <QCoreApplication>
#include <QTest>
#include <QThreadPool>

namespace storefront::testing {

/// Shows `dialog` (made with new) and deletes it while its first read still runs on a
/// worker, then waits for the workers: what they use belongs to the caller's world, which
/// must outlive them. A dialog that showed a late result after deletion would crash here.
template <typename Dialog> void closeWhileLoading(Dialog *dialog)
{
    dialog->show();
    QVERIFY(dialog->isLoading());
    delete dialog;
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
}

} // namespace storefront::testing
