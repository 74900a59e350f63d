#include "applicationicon.h"

namespace storefront::ui {

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/storefront-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace storefront::ui
