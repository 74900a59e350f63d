#include "translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace storefront::ui {

const QString Translations::kSettingKey = QStringLiteral("ui/language");

namespace {

struct Installed
{
    QString code;
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt; // Qt's own strings (standard buttons, context menus)
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList Translations::available()
{
    QStringList codes;
    QDirIterator it(QStringLiteral(":/i18n"), {QStringLiteral("storefront_*.qm")});
    while (it.hasNext()) {
        const QString name = it.nextFileInfo().completeBaseName();
        codes.append(name.mid(name.indexOf(QLatin1Char('_')) + 1));
    }
    codes.sort();
    if (codes.removeAll(QStringLiteral("en")) > 0 || codes.isEmpty())
        codes.prepend(QStringLiteral("en"));
    return codes;
}

QString Translations::nativeName(const QString &code)
{
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    return name.at(0).toUpper() + name.mid(1);
}

QString Translations::preferred()
{
    const QString saved = QSettings().value(kSettingKey).toString();
    const QStringList codes = available();
    if (codes.contains(saved))
        return saved;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0);
        if (codes.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString Translations::current()
{
    return installed().code.isEmpty() ? QStringLiteral("en") : installed().code;
}

bool Translations::install(const QString &code)
{
    if (!available().contains(code))
        return false;
    Installed &state = installed();
    if (state.code == code)
        return true;
    for (auto *old : {&state.ours, &state.qt}) {
        if (*old) {
            QCoreApplication::removeTranslator(old->get());
            old->reset();
        }
    }
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(QStringLiteral(":/i18n/storefront_") + code))
        return false;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    QCoreApplication::installTranslator(ours.get());
    state.ours = std::move(ours);
    state.code = code;
    QLocale::setDefault(QLocale(code));
    return true;
}

} // namespace storefront::ui
