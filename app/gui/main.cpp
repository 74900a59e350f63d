#include "auth/authsettings.h"
#include "catalog/demostore.h"
#include "catalog/medialocator.h"
#include "recsys/recommendationservice.h"
#include "storage/database.h"
#include "ui/applicationicon.h"
#include "ui/demostoresetup.h"
#include "ui/kioskcontroller.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>
#include <memory>

using namespace storefront;

namespace {

/// Whether the arguments ask only for text (--help, --version), which needs no display.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--")
            break;
        for (const char *flag : {"-h", "-?", "--help", "--help-all", "-v", "--version"})
            if (arg == flag)
                return true;
    }
    return false;
}

/// Whether the command line names a platform plugin the way QGuiApplication reads it:
/// `-platform NAME` or `--platform NAME` (`storefront -platform offscreen`).
bool namesPlatform(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-platform" || arg == "--platform")
            return true;
    }
    return false;
}

/// Whether a window can be shown: without this check QApplication aborts with Qt's own
/// message about platform plugins, which does not tell a user what to do.
bool hasDisplay(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || namesPlatform(argc, argv);
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    // A console-only application where no window can open: it still prints --help and
    // --version (translated), and explains why it cannot start otherwise.
    const bool gui = hasDisplay(argc, argv) && !onlyPrints(argc, argv);
    const std::unique_ptr<QCoreApplication> app =
        gui ? std::make_unique<QApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Storefront"));
    QCoreApplication::setApplicationName(QStringLiteral("Storefront"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STOREFRONT_VERSION));
    if (gui) {
        QApplication::setApplicationDisplayName(QStringLiteral("Storefront"));
        QApplication::setDesktopFileName(QStringLiteral("storefront"));
        QApplication::setWindowIcon(ui::applicationIcon());
    }
    ui::Translations::install(ui::Translations::preferred());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Storefront: a desktop storefront with an on-device recommender"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Database file (default: %1).")
            .arg(storage::Database::defaultPath()),
        QApplication::translate("main", "PATH"));
    const QCommandLineOption emptyOption(
        QStringLiteral("empty"),
        QApplication::translate("main", "Do not load the demo store into a new database."));
    const QCommandLineOption kioskOption(
        QStringLiteral("kiosk"),
        QApplication::translate("main", "Kiosk mode: full screen for touch, guest sessions wiped "
                                        "when idle, exit only with the staff PIN "
                                        "(storefront-cli kiosk set-pin)."));
    const QCommandLineOption kioskIdleOption(
        QStringLiteral("kiosk-idle"),
        QApplication::translate("main", "Kiosk idle time before the countdown, in seconds "
                                        "(default: the settings' value, 90)."),
        QApplication::translate("main", "SECONDS"));
    parser.addOption(dbOption);
    parser.addOption(kioskIdleOption);
    parser.addOption(emptyOption);
    parser.addOption(kioskOption);
    parser.process(*app);
    if (!gui) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "Storefront needs a display to show its window on, and there is "
                                 "none (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it "
                                 "from a desktop session, or use storefront-cli, which needs no "
                                 "display.")));
        return 1;
    }

    // Shown before (or instead of) the window: the program cannot run as asked.
    const auto fatal = [](const QString &why, int status = 1) {
        QMessageBox::critical(nullptr, QStringLiteral("Storefront"), why);
        return status;
    };
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : storage::Database::defaultPath();
    auto db = storage::Database::open(path);
    if (!db) {
        return fatal(QApplication::translate("main", "The store's database cannot be opened:\n%1")
                         .arg(db.error().toString()));
    }
    const QString dataDir = catalog::DemoStore::locateDataDir();
    if (!parser.isSet(emptyOption)) {
        auto seeded = ui::DemoStoreSetup::run(**db, dataDir);
        if (!seeded && seeded.error().code == ErrorCode::Cancelled)
            return 0; // the database stays empty: the next start offers the demo store again
        if (!seeded) {
            return fatal(QApplication::translate("main", "The demo store cannot be loaded:\n%1")
                             .arg(seeded.error().toString()));
        }
    }
    const catalog::MediaLocator media({catalog::MediaLocator::mediaDirFor((*db)->path()), dataDir});
    ui::AccountOptions accounts;
    if (parser.isSet(kioskOption)) {
        accounts.config = auth::AuthConfig::kioskMode();
        accounts.restoreSession = false;
    }
    // The store's own session and log-in limits, if it set any ([security] in the settings).
    auto limits = auth::AuthSettings::apply(QSettings(), accounts.config);
    if (!limits) {
        return fatal(QApplication::translate("main", "The security settings are not valid:\n%1")
                         .arg(limits.error().toString()));
    }
    accounts.config = *limits;
    // The recommender's last model sits next to the database, so recommendations show at
    // once on the next start; it trains in the background and the window never waits on it.
    recsys::RecommendationService::Options recommenderOptions;
    const QFileInfo dbFile((*db)->path());
    recommenderOptions.snapshotPath =
        dbFile.absoluteDir().filePath(dbFile.completeBaseName() + QStringLiteral(".snapshot"));
    recsys::RecommendationService recommender(**db, recommenderOptions);
    ui::MainWindow window(**db, media, accounts, &recommender);
    recommender.start();
    window.show();
    // Kiosk mode (issue #7): full screen for touch, idle reset, exit only with the staff PIN.
    std::unique_ptr<ui::KioskController> kiosk;
    if (parser.isSet(kioskOption)) {
        bool ok = true;
        const int idle = parser.isSet(kioskIdleOption) ? parser.value(kioskIdleOption).toInt(&ok)
                                                       : ui::SettingsDialog::idleSecs();
        if (!ok || idle < 1) {
            return fatal(QApplication::translate("main", "--kiosk-idle needs a number of seconds."),
                         2);
        }
        ui::KioskOptions options;
        options.idle = std::chrono::seconds(idle);
        kiosk = std::make_unique<ui::KioskController>(&window, **db, media, options);
        kiosk->show();
    }
    return QCoreApplication::exec();
}
