// createRecommender() and recommenderNames(), declared in recommender.h.
#include "recsys/bpr.h"
#include "recsys/contentbased.h"
#include "recsys/ease.h"
#include "recsys/explicitmf.h"
#include "recsys/implicitals.h"
#include "recsys/itemknn.h"
#include "recsys/popularity.h"
#include "recsys/userknn.h"

namespace storefront::recsys {

QStringList recommenderNames()
{
    return {QStringLiteral("popularity"), QStringLiteral("content"), QStringLiteral("user-knn"),
            QStringLiteral("item-knn"),   QStringLiteral("mf"),      QStringLiteral("als"),
            QStringLiteral("bpr"),        QStringLiteral("ease")};
}

std::unique_ptr<Recommender> createRecommender(const QString &name)
{
    if (name == QLatin1String("popularity"))
        return std::make_unique<Popularity>();
    if (name == QLatin1String("content"))
        return std::make_unique<ContentBased>();
    if (name == QLatin1String("user-knn"))
        return std::make_unique<UserKnn>();
    if (name == QLatin1String("item-knn"))
        return std::make_unique<ItemKnn>();
    if (name == QLatin1String("mf"))
        return std::make_unique<ExplicitMf>();
    if (name == QLatin1String("als"))
        return std::make_unique<ImplicitAls>();
    if (name == QLatin1String("bpr"))
        return std::make_unique<Bpr>();
    if (name == QLatin1String("ease"))
        return std::make_unique<Ease>();
    return nullptr;
}

} // namespace storefront::recsys
