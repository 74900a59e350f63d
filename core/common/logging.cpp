#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "storefront.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "storefront.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "storefront.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRecsys, "storefront.recsys", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEval, "storefront.eval", QtInfoMsg)
