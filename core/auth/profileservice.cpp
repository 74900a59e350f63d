#include "profileservice.h"

#include "auth/authservice.h"
#include "auth/normalisation.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QSet>

namespace storefront::auth {

ProfileService::ProfileService(const storage::Database &db, AuthService &auth)
    : m_db(db)
    , m_auth(auth)
{}

Result<Profile> ProfileService::profile(const Session &session)
{
    auto user = m_auth.currentUser(session);
    if (!user)
        return user.error();
    auto favourites = storage::UserRepository(m_db).favouriteCategories(user->id);
    if (!favourites)
        return favourites.error();
    Profile p;
    p.email = user->email;
    p.displayName = user->displayName;
    auto info = m_auth.check(session);
    p.role = info ? info->role : Role::Shopper;
    p.favouriteCategoryIds = *favourites;
    p.priceMinCents = user->priceMinCents;
    p.priceMaxCents = user->priceMaxCents;
    p.onboarded = user->onboarded;
    return p;
}

Status ProfileService::setDisplayName(const Session &session, const QString &name)
{
    auto user = m_auth.currentUser(session);
    if (!user)
        return user.error();
    const QString normalised = normaliseDisplayName(name);
    if (Status s = validateDisplayName(normalised); !s)
        return s;
    return m_db.transaction([&](QSqlDatabase &c) {
        return storage::UserRepository::setDisplayName(c, user->id, normalised);
    });
}

Status ProfileService::setFavouriteCategories(const Session &session,
                                              const QList<qint64> &categoryIds)
{
    auto user = m_auth.currentUser(session);
    if (!user)
        return user.error();
    const QSet<qint64> unique(categoryIds.cbegin(), categoryIds.cend());
    if (unique.size() > kMaxFavourites)
        return fail(tr("choose at most %1 favourite categories").arg(kMaxFavourites),
                    QStringLiteral("favourite categories"));
    auto categories = storage::CategoryRepository(m_db).list();
    if (!categories)
        return categories.error();
    QSet<qint64> known;
    for (const auto &c : *categories)
        known.insert(c.id);
    for (qint64 id : unique) {
        if (!known.contains(id))
            return fail(tr("no category has id %1").arg(id),
                        QStringLiteral("favourite categories"));
    }
    const QList<qint64> ids(unique.cbegin(), unique.cend());
    return m_db.transaction([&](QSqlDatabase &c) -> Status {
        if (Status s = storage::UserRepository::setFavouriteCategories(c, user->id, ids); !s)
            return s;
        return storage::UserRepository::setOnboarded(c, user->id, true);
    });
}

Status ProfileService::skipOnboarding(const Session &session)
{
    auto user = m_auth.currentUser(session);
    if (!user)
        return user.error();
    return m_db.transaction(
        [&](QSqlDatabase &c) { return storage::UserRepository::setOnboarded(c, user->id, true); });
}

Result<bool> ProfileService::needsOnboarding(const Session &session)
{
    if (session.isGuest())
        return false;
    auto user = m_auth.currentUser(session);
    if (!user)
        return user.error();
    return user->role == Role::Shopper && !user->onboarded;
}

Status ProfileService::setPriceRange(const Session &session, std::optional<qint64> minCents,
                                     std::optional<qint64> maxCents)
{
    auto user = m_auth.currentUser(session);
    if (!user)
        return user.error();
    const QString where = QStringLiteral("price range");
    for (const auto &v : {minCents, maxCents}) {
        if (v && (*v < 0 || *v > kMaxPriceCents))
            return fail(tr("prices must be between 0 and %1").arg(kMaxPriceCents / 100), where);
    }
    if (minCents && maxCents && *minCents > *maxCents)
        return fail(tr("the lowest price is above the highest"), where);
    return m_db.transaction([&](QSqlDatabase &c) {
        return storage::UserRepository::setPriceRange(c, user->id, minCents, maxCents);
    });
}

Result<std::vector<catalog::Category>> ProfileService::topLevelCategories() const
{
    auto categories = storage::CategoryRepository(m_db).list();
    if (!categories)
        return categories.error();
    std::vector<catalog::Category> top;
    for (const auto &c : *categories) {
        if (c.parentId == 0)
            top.push_back(c);
    }
    return top;
}

} // namespace storefront::auth
