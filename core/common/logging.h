#pragma once

#include <QLoggingCategory>

// One logging category per module (enable with QT_LOGGING_RULES="storefront.*.debug=true").
// Nothing logged here ever contains a password, a token or personal data.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcRecsys)
Q_DECLARE_LOGGING_CATEGORY(lcEval)
