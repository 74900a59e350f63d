#pragma once

#include "ui/logindialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>

namespace storefront::testing {

/// Logs in as a shopper would: Account ▸ Log in, the email and password typed into the
/// dialog ("Keep me signed in" ticked when `keepSignedIn`), the button clicked; returns once
/// the dialog has closed (a failure is recorded).
inline void logInWithTheDialog(ui::MainWindow &window, const QString &email,
                               const QString &password, bool keepSignedIn = false)
{
    window.logInAction()->trigger();
    QPointer<ui::LoginDialog> login;
    QVERIFY(QTest::qWaitFor([&] {
        for (auto *d : window.findChildren<ui::LoginDialog *>())
            if (d->isVisible())
                login = d;
        return !login.isNull();
    }));
    QTest::keyClicks(login->emailEdit(), email);
    QTest::keyClicks(login->passwordEdit(), password);
    if (keepSignedIn)
        login->keepSignedIn()->setChecked(true);
    QTest::mouseClick(login->logInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(login.isNull(), 20000);
}

} // namespace storefront::testing
