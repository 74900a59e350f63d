#include "recsys/recommendation.h"

#include <QCoreApplication>

namespace storefront::recsys {

namespace {

/// Reasons are shown to shoppers: translated in the context lupdate files them under.
struct ReasonText
{
    Q_DECLARE_TR_FUNCTIONS(storefront::recsys::Reason)
};

} // namespace

QString reasonText(ReasonKind kind, const QStringList &args)
{
    const QString first = args.value(0);
    switch (kind) {
    case ReasonKind::RatedSimilar:
        return ReasonText::tr("Because you rated %1 %2★").arg(first, args.value(1));
    case ReasonKind::InterestSimilar:
        return ReasonText::tr("Because you looked at %1").arg(first);
    case ReasonKind::FavouriteCategory:
        return ReasonText::tr("Picked from your favourite category %1").arg(first);
    case ReasonKind::NewInFavouriteCategory:
        return ReasonText::tr("New in your favourite category %1").arg(first);
    case ReasonKind::NewSimilar:
        return ReasonText::tr("New, and like %1").arg(first);
    case ReasonKind::PopularInCategory:
        return ReasonText::tr("Popular in %1")
            .arg(first.isEmpty() ? ReasonText::tr("the store") : first);
    case ReasonKind::Trending:
        return first.isEmpty() ? ReasonText::tr("Trending now")
                               : ReasonText::tr("Trending in %1").arg(first);
    case ReasonKind::SimilarProduct:
        return ReasonText::tr("Similar to %1").arg(first);
    case ReasonKind::AlsoLiked:
        return ReasonText::tr("Customers who liked %1 also liked this").arg(first);
    case ReasonKind::Featured:
        return ReasonText::tr("Featured by the store");
    }
    return {};
}

void Recommendation::setReason(ReasonKind kind, QStringList args)
{
    reasonKind = kind;
    reasonArgs = std::move(args);
    reason = reasonText(reasonKind, reasonArgs);
}

QString Recommendation::localisedReason() const
{
    return reason.isEmpty() ? QString() : reasonText(reasonKind, reasonArgs);
}

} // namespace storefront::recsys
