// The multi-model ensemble (learned per-segment blend weights) and the fixed hybrid as
// Recommenders: what the weights favour, the fallback to the best single model, determinism
// across thread counts, and snapshots.

#include "planteddata.h"

#include "recsys/blendlearner.h"
#include "recsys/ensemble.h"
#include "recsys/recommender.h"

#include <QBuffer>
#include <QTest>

#include <cmath>

using namespace storefront;
using namespace storefront::recsys;
using namespace storefront::recsys::testing;

namespace {

/// An ensemble over the given components only (the others switched off).
std::unique_ptr<Ensemble> ensembleOf(const QStringList &components)
{
    auto e = std::make_unique<Ensemble>(Ensemble::Mode::Learned);
    // Not Q_ASSERT: release builds would skip the call and keep every component.
    for (const QString &m : Ensemble::componentNames()) {
        const Status s =
            e->setParameter(m, components.contains(m) ? QStringLiteral("1") : QStringLiteral("0"));
        if (!s)
            qFatal("ensemble parameter %s refused", qPrintable(m));
    }
    return e;
}

FitContext withThreads(int threads)
{
    FitContext c;
    c.threads = threads;
    return c;
}

float weightOf(const Ensemble &e, int segment, const QString &model)
{
    return e.segmentWeights(segment)[size_t(Ensemble::componentNames().indexOf(model))];
}

} // namespace

class TestEnsemble : public QObject
{
    Q_OBJECT

private:
    Planted m_data = makePlanted();

    /// Every user of the planted data has 10 positive interactions: the warm segment.
    static constexpr int kWarm = 1;

private Q_SLOTS:
    // Content knows every item's group, global popularity does not: the learned blend leans on
    // content, and beats popularity alone on the held-out items.
    void learnsToFavourTheBetterModel()
    {
        auto e = ensembleOf({QStringLiteral("popularity"), QStringLiteral("content")});
        QVERIFY(e->fit(m_data.train).ok());
        QCOMPARE(e->segmentOf(10), kWarm);
        const float content = weightOf(*e, kWarm, QStringLiteral("content"));
        const float popularity = weightOf(*e, kWarm, QStringLiteral("popularity"));
        QVERIFY2(
            content > popularity,
            qPrintable(QStringLiteral("content %1, popularity %2").arg(content).arg(popularity)));
        QVERIFY(e->validationNdcg(kWarm) >= e->validationSingleNdcg(kWarm));

        int hits = 0;
        for (int u = 0; u < m_data.users(); ++u)
            for (const ScoredItem &s : e->recommend(*e->userState(u), 3))
                hits += Planted::groupOfItem(s.item) == Planted::groupOfUser(u);
        QVERIFY2(hits >= m_data.users() * 3 * 9 / 10, qPrintable(QString::number(hits)));
    }

    // Where no blend beats the best single model on validation, that model is used alone: its
    // weight is the only non-zero one and the ensemble ranks exactly like it.
    void fallsBackToTheBestSingleModel()
    {
        auto e = ensembleOf({QStringLiteral("content")});
        QVERIFY(e->fit(m_data.train).ok());
        QCOMPARE(weightOf(*e, kWarm, QStringLiteral("content")), 1.0f);
        QCOMPARE(e->validationNdcg(kWarm), e->validationSingleNdcg(kWarm));
        const Recommender *content = e->component(QStringLiteral("content"));
        QVERIFY(content);
        for (int u : {0, 77, 150, 239}) {
            const auto mine = e->recommend(*e->userState(u), 10);
            const auto theirs = content->recommend(*content->userState(u), 10);
            QCOMPARE(mine.size(), theirs.size());
            for (size_t i = 0; i < mine.size(); ++i)
                QCOMPARE(mine[i].item, theirs[i].item);
        }

        // With several components the rule holds segment by segment: a blend (more than one
        // non-zero weight) is kept only when it is strictly better than the best single model.
        auto several = ensembleOf(
            {QStringLiteral("popularity"), QStringLiteral("content"), QStringLiteral("item-knn")});
        QVERIFY(several->fit(m_data.train).ok());
        const auto &w = several->segmentWeights(kWarm);
        const auto used = std::count_if(w.begin(), w.end(), [](float x) { return x > 0.0f; });
        if (used > 1)
            QVERIFY(several->validationNdcg(kWarm) > several->validationSingleNdcg(kWarm));
        else
            QCOMPARE(several->validationNdcg(kWarm), several->validationSingleNdcg(kWarm));
    }

    void deterministicAcrossThreadCounts()
    {
        const QStringList components = {QStringLiteral("popularity"), QStringLiteral("content"),
                                        QStringLiteral("item-knn"), QStringLiteral("ease")};
        auto one = ensembleOf(components);
        auto two = ensembleOf(components);
        QVERIFY(one->fit(m_data.train, withThreads(1)).ok());
        QVERIFY(two->fit(m_data.train, withThreads(2)).ok());
        for (int s = 0; s < Ensemble::kSegments; ++s)
            QCOMPARE(one->segmentWeights(s), two->segmentWeights(s));
        std::vector<float> a(size_t(one->itemCount())), b(a.size());
        for (int u : {3, 100, 200}) {
            one->scoreAll(*one->userState(u), a);
            two->scoreAll(*two->userState(u), b);
            QCOMPARE(a, b);
        }
    }

    // Pooling folds: the same fold twice counts every user twice, so every mean and hence
    // every weight is unchanged; a second, different split changes what is learned from, and
    // the ensemble with two repeats stays deterministic whatever the thread count.
    void repeatsPoolValidationSplits()
    {
        BlendLearningOptions options;
        options.minZ = 0.0; // the paired test would see twice the users
        const ValidationSplit split =
            ValidationSplit::carve(m_data.train, options.validation, options.minStars, 42);
        std::vector<std::unique_ptr<Recommender>> models;
        std::vector<BlendComponent> components;
        for (const QString &name : {QStringLiteral("popularity"), QStringLiteral("content"),
                                    QStringLiteral("item-knn")}) {
            models.push_back(createRecommender(name));
            QVERIFY(models.back()->fit(split.train).ok());
            components.push_back({models.back().get(), name == QLatin1String("content")});
        }
        auto once = BlendLearner::learn(split, components, options, {});
        auto twice = BlendLearner::learn({{&split, components}, {&split, components}}, options, {});
        QVERIFY(once.ok() && twice.ok());
        QCOMPARE(twice->validationUsers, 2 * once->validationUsers);
        for (int s = 0; s < UserSegments::kCount; ++s)
            QCOMPARE(twice->weights[size_t(s)], once->weights[size_t(s)]);
        QCOMPARE(twice->allNdcg, once->allNdcg);
        QVERIFY(ValidationSplit::repeatSeed(42, 0) == 42);
        QVERIFY(ValidationSplit::repeatSeed(42, 1) != 42);

        const QStringList names = {QStringLiteral("popularity"), QStringLiteral("content"),
                                   QStringLiteral("item-knn")};
        auto one = ensembleOf(names);
        auto two = ensembleOf(names);
        QVERIFY(one->setParameter(QStringLiteral("repeats"), QStringLiteral("2")).ok());
        QVERIFY(two->setParameter(QStringLiteral("repeats"), QStringLiteral("2")).ok());
        QVERIFY(!one->setParameter(QStringLiteral("repeats"), QStringLiteral("0")).ok());
        QVERIFY(one->fit(m_data.train, withThreads(1)).ok());
        QVERIFY(two->fit(m_data.train, withThreads(2)).ok());
        for (int s = 0; s < Ensemble::kSegments; ++s)
            QCOMPARE(one->segmentWeights(s), two->segmentWeights(s));
        QVERIFY(one->validationNdcg(kWarm) >= one->validationSingleNdcg(kWarm));
    }

    // The paired test gates every weight change: the blend that plain "any rise" keeps is
    // refused when the gain must reach an absurd ten standard errors, and each segment then
    // uses its best single model alone.
    void pairedTestKeepsOnlyClearGains()
    {
        BlendLearningOptions options;
        const ValidationSplit split =
            ValidationSplit::carve(m_data.train, options.validation, options.minStars, 42);
        std::vector<std::unique_ptr<Recommender>> models;
        std::vector<BlendComponent> components;
        for (const QString &name : {QStringLiteral("popularity"), QStringLiteral("content"),
                                    QStringLiteral("item-knn"), QStringLiteral("user-knn")}) {
            models.push_back(createRecommender(name));
            QVERIFY(models.back()->fit(split.train).ok());
            components.push_back({models.back().get(), name == QLatin1String("content")});
        }
        const auto blended = [](const std::vector<float> &w) {
            return std::count_if(w.begin(), w.end(), [](float x) { return x > 0.0f; }) > 1;
        };
        options.minZ = 0.0;
        auto loose = BlendLearner::learn(split, components, options, {});
        QVERIFY(loose.ok());
        QVERIFY2(blended(loose->weights[kWarm]), "precondition: some blend beats the best single");
        QVERIFY(loose->ndcg[kWarm] > loose->singleNdcg[kWarm]);

        options.minZ = 10.0;
        auto strict = BlendLearner::learn(split, components, options, {});
        QVERIFY(strict.ok());
        for (int s = 0; s < UserSegments::kCount; ++s)
            QVERIFY(!blended(strict->weights[size_t(s)]));
        QCOMPARE(strict->ndcg[kWarm], strict->singleNdcg[kWarm]);
        QCOMPARE(strict->allNdcg, strict->allSingleNdcg);

        auto e = ensembleOf({QStringLiteral("content")});
        QVERIFY(e->setParameter(QStringLiteral("min_z"), QStringLiteral("1.5")).ok());
        QVERIFY(!e->setParameter(QStringLiteral("min_z"), QStringLiteral("-1")).ok());
        QVERIFY(!e->setParameter(QStringLiteral("min_z"), QStringLiteral("11")).ok());
    }

    // mf needs stars: without any, the blend goes on without it.
    void leavesOutAModelTheDataCannotSupport()
    {
        InteractionData data = m_data.train;
        data.ratings.setZero();
        data.ratings.makeCompressed();
        Ensemble hybrid(Ensemble::Mode::Fixed);
        for (const char *off : {"user-knn", "als", "bpr", "ease", "item-knn"})
            QVERIFY(hybrid.setParameter(QString::fromLatin1(off), QStringLiteral("0")).ok());
        const Status s = hybrid.fit(data);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        QVERIFY(!hybrid.component(QStringLiteral("mf")));
        QVERIFY(hybrid.component(QStringLiteral("content")));
        QCOMPARE(hybrid.recommend(*hybrid.userState(0), 5).size(), size_t{5});

        Ensemble onlyMf(Ensemble::Mode::Fixed);
        for (const QString &m : Ensemble::componentNames())
            if (m != QLatin1String("mf"))
                QVERIFY(onlyMf.setParameter(m, QStringLiteral("0")).ok());
        QVERIFY(!onlyMf.fit(data).ok());
    }

    void snapshotRoundTrip()
    {
        auto e = ensembleOf({QStringLiteral("popularity"), QStringLiteral("content")});
        QVERIFY(e->fit(m_data.train).ok());
        QByteArray bytes;
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        QVERIFY(e->save(out).ok());
        Ensemble loaded(Ensemble::Mode::Learned);
        QBuffer in(&bytes);
        in.open(QIODevice::ReadOnly);
        const Status s = loaded.load(in);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        QCOMPARE(loaded.segmentWeights(kWarm), e->segmentWeights(kWarm));
        std::vector<float> a(size_t(e->itemCount())), b(a.size());
        e->scoreAll(*e->userState(5), a);
        loaded.scoreAll(*loaded.userState(5), b);
        QCOMPARE(a, b);
    }

    // A parameter of a component ("ease.lambda") reaches the component; a bad one is refused.
    void forwardsComponentParameters()
    {
        Ensemble e(Ensemble::Mode::Fixed);
        QVERIFY(e.setComponentParameter(QStringLiteral("ease.lambda"), QStringLiteral("50")).ok());
        QVERIFY(!e.setComponentParameter(QStringLiteral("ease.lambda"), QStringLiteral("-1")).ok());
        for (const QString &m : Ensemble::componentNames())
            if (m != QLatin1String("ease") && m != QLatin1String("popularity"))
                QVERIFY(e.setParameter(m, QStringLiteral("0")).ok());
        QVERIFY(e.fit(m_data.train).ok());
        QCOMPARE(e.component(QStringLiteral("ease"))->parameters().real(QStringLiteral("lambda")),
                 50.0);
        // A folded-in copy of a training user scores like the user.
        std::vector<float> a(size_t(e.itemCount())), b(a.size());
        e.scoreAll(*e.userState(9), a);
        UserInteractions row = m_data.train.user(9);
        row.user = -1;
        e.scoreAll(*e.foldIn(row), b);
        for (size_t i = 0; i < a.size(); ++i)
            QVERIFY(std::abs(a[i] - b[i]) <= 1e-4f * (1.0f + std::abs(a[i])));
    }
};

QTEST_GUILESS_MAIN(TestEnsemble)
#include "tst_ensemble.moc"
