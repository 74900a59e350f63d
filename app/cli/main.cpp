#include "commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Storefront"));
    QCoreApplication::setApplicationName(QStringLiteral("Storefront"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STOREFRONT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return storefront::cli::run(arguments, out, err);
}
