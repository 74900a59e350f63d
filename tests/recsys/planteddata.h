#pragma once
// Shared planted test data for the recommender tests: a block ("checkerboard") structure of
// kGroups groups of users who like kGroups groups of items, generated with a fixed seed.

#include "recsys/ensemble.h"
#include "recsys/interactiondata.h"
#include "recsys/itemfeatures.h"
#include "recsys/random.h"
#include "recsys/recommender.h"

#include <algorithm>
#include <array>
#include <memory>
#include <set>
#include <vector>

namespace storefront::recsys::testing {

struct Planted
{
    static constexpr int kGroups = 4;
    static constexpr int kUsersPerGroup = 60;
    static constexpr int kItemsPerGroup = 30;
    static constexpr int kLikedPerUser = 12;
    static constexpr int kHeldOutPerUser = 3;
    static constexpr int kDislikedPerUser = 4;

    InteractionData train;
    /// Held-out liked items per user (indices).
    std::vector<std::vector<int>> heldOut;
    /// Held-out (user, item, stars) for rating prediction.
    std::vector<InteractionData::Triplet> heldOutRatings;

    [[nodiscard]] static int groupOfItem(int item) { return item / kItemsPerGroup; }
    [[nodiscard]] static int groupOfUser(int user) { return user / kUsersPerGroup; }
    [[nodiscard]] int users() const { return kGroups * kUsersPerGroup; }
    [[nodiscard]] int items() const { return kGroups * kItemsPerGroup; }
};

/// Users like kLikedPerUser items of their group (4-5 stars, skewed towards each group's first
/// items), dislike kDislikedPerUser items of other groups (1-2 stars) and viewed one more at
/// random. Three liked items per user are held out. Items carry group-specific title words and a
/// category.
inline Planted makePlanted(std::uint64_t seed = 2024)
{
    Planted p;
    Rng rng(seed);
    std::vector<InteractionData::Triplet> triplets;
    p.heldOut.resize(static_cast<size_t>(p.users()));
    for (int u = 0; u < p.users(); ++u) {
        const int g = Planted::groupOfUser(u);
        std::set<int> liked;
        while (static_cast<int>(liked.size()) < Planted::kLikedPerUser) {
            // Within-group popularity skew: item rank r drawn with weight ~ 1/(1 + r/6).
            int r = static_cast<int>(rng.below(Planted::kItemsPerGroup));
            if (rng.uniform() > 1.0f / (1.0f + static_cast<float>(r) / 6.0f))
                continue;
            liked.insert(g * Planted::kItemsPerGroup + r);
        }
        std::vector<int> likedList(liked.begin(), liked.end());
        // Hold out 3 of them, chosen at random.
        for (int h = 0; h < Planted::kHeldOutPerUser; ++h) {
            const auto k = rng.below(static_cast<std::uint32_t>(likedList.size()));
            const int item = likedList[k];
            p.heldOut[size_t(u)].push_back(item);
            p.heldOutRatings.push_back({u, item, 0.0f, 4.0f + float(rng.below(2)), 0});
            likedList.erase(likedList.begin() + k);
        }
        for (int item : likedList) {
            const float stars = 4.0f + static_cast<float>(rng.below(2));
            triplets.push_back({u, item, stars == 5.0f ? 2.0f : 1.5f, stars,
                                1'700'000'000 + qint64(rng.below(1'000'000))});
        }
        // Dislikes: kDislikedPerUser items of other groups, 1-2 stars.
        std::set<int> disliked;
        while (static_cast<int>(disliked.size()) < Planted::kDislikedPerUser) {
            const int other = (g + 1 + int(rng.below(Planted::kGroups - 1))) % Planted::kGroups;
            disliked.insert(other * Planted::kItemsPerGroup +
                            int(rng.below(Planted::kItemsPerGroup)));
        }
        for (int item : disliked) {
            const float stars = 1.0f + static_cast<float>(rng.below(2));
            triplets.push_back({u, item, stars == 1.0f ? -2.0f : -1.0f, stars, 1'700'000'000});
        }
        int viewed = int(rng.below(static_cast<std::uint32_t>(p.items())));
        if (!liked.count(viewed) && !disliked.count(viewed))
            triplets.push_back({u, viewed, 0.5f, 0.0f, 1'700'000'000});
    }
    p.train = InteractionData::fromTriplets(p.users(), p.items(), triplets);

    static const char *words[Planted::kGroups][4] = {{"garden", "hose", "rake", "soil"},
                                                     {"guitar", "string", "amp", "chord"},
                                                     {"coffee", "espresso", "bean", "grinder"},
                                                     {"tent", "sleeping", "hiking", "trail"}};
    std::vector<ItemText> texts;
    for (int i = 0; i < p.items(); ++i) {
        const int g = Planted::groupOfItem(i);
        ItemText t;
        t.id = i;
        t.title =
            QString::fromLatin1(words[g][i % 4]) + QStringLiteral(" model ") + QString::number(i);
        t.description = QStringLiteral("A fine ") + QString::fromLatin1(words[g][(i + 1) % 4]) +
                        QStringLiteral(" for the ") + QString::fromLatin1(words[g][(i + 2) % 4]);
        t.categories = {QStringLiteral("Group %1").arg(g)};
        t.brand = QStringLiteral("Brand%1").arg(i % 7);
        t.price = 5.0 + i;
        texts.push_back(t);
    }
    p.train.itemFeatures =
        std::make_shared<const ItemFeatures>(ItemFeatures::build(p.train.items, texts));
    return p;
}

/// Small, fast settings for each model (Debug + sanitizers): model, parameter, value.
inline const std::vector<std::array<const char *, 3>> &testSettings()
{
    static const std::vector<std::array<const char *, 3>> settings{
        {"als", "factors", "16"}, {"als", "iterations", "10"},   {"als", "regularization", "0.1"},
        {"als", "alpha", "2"},    {"bpr", "factors", "16"},      {"bpr", "epochs", "40"},
        {"mf", "factors", "8"},   {"mf", "regularization", "2"}, {"mf", "iterations", "20"},
        {"ease", "lambda", "20"}, {"item-knn", "k", "30"},       {"user-knn", "k", "30"}};
    return settings;
}

/// Every model by name: the eight base models, and `hybrid` and `ensemble` (Ensemble) whose
/// components get the same small settings.
inline std::unique_ptr<Recommender> makeTestModel(const QString &name)
{
    const bool blend = name == QLatin1String("hybrid") || name == QLatin1String("ensemble");
    std::unique_ptr<Recommender> model =
        !blend
            ? createRecommender(name)
            : std::make_unique<Ensemble>(name == QLatin1String("hybrid") ? Ensemble::Mode::Fixed
                                                                         : Ensemble::Mode::Learned);
    for (const auto &[of, key, value] : testSettings()) {
        const QString k = QString::fromLatin1(key);
        const QString v = QString::fromLatin1(value);
        Status s;
        if (blend)
            s = model->setComponentParameter(QString::fromLatin1(of) + QLatin1Char('.') + k, v);
        else if (name == QLatin1String(of))
            s = model->setParameter(k, v);
        if (!s)
            qFatal("test setting %s.%s refused", of, key);
    }
    return model;
}

/// Mean recall@k of the held-out items over all users (training items excluded).
inline double recallAtK(const Recommender &model, const Planted &p, int k)
{
    double sum = 0.0;
    for (int u = 0; u < p.users(); ++u) {
        auto state = model.userState(u);
        if (!state.ok())
            return -1.0;
        const auto top = model.recommend(*state, k);
        int hits = 0;
        for (const auto &s : top)
            hits += static_cast<int>(
                std::count(p.heldOut[size_t(u)].begin(), p.heldOut[size_t(u)].end(), s.item));
        sum += double(hits) / double(p.heldOut[size_t(u)].size());
    }
    return sum / p.users();
}

} // namespace storefront::recsys::testing
