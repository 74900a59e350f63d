#include "recsys/contentbased.h"

#include "recsys/itemfeatures.h"

#include <algorithm>
#include <cmath>

namespace storefront::recsys {

ContentBased::ContentBased()
    : Recommender(Parameters(
          QStringLiteral("content"),
          {ParameterSpec::real(QStringLiteral("min_weight"), 0.0, -100.0, 100.0,
                               QStringLiteral("interactions with a weight at or below this are "
                                              "left out of the profile unless negative")),
           ParameterSpec::choice(QStringLiteral("profile"), QStringLiteral("deviation"),
                                 {QStringLiteral("deviation"), QStringLiteral("weights")},
                                 QStringLiteral("profile weight of a rated item: stars minus "
                                                "the user's mean plus deviation_offset, or the "
                                                "interaction weight")),
           ParameterSpec::real(QStringLiteral("deviation_offset"), 0.5, -5.0, 5.0,
                               QStringLiteral("added to a rating's deviation from the user's "
                                              "mean (choosing to rate is itself interest)")),
           ParameterSpec::real(QStringLiteral("popularity_prior"), 3.0, 0.0, 10.0,
                               QStringLiteral("score = cosine x ((n_j + 1) / (max n + 1))^prior, "
                                              "n_j = users with a positive interaction; 0 = "
                                              "pure similarity"))}))
{}

Status ContentBased::fitModel(const InteractionData &, const FitContext &)
{
    if (!m_features)
        return fail(
            storefront::recsys::Recommender::tr("needs item features: build the dataset with "
                                                "the catalog's products or ItemTexts"),
            name());
    computePrior();
    return {};
}

Status ContentBased::loadPayload(SnapshotReader &in)
{
    if (!m_features)
        in.setError(QStringLiteral("content snapshot without item features"));
    else
        computePrior();
    return in.status();
}

void ContentBased::computePrior()
{
    // Derived from the training weights (part of every snapshot), so nothing extra is saved.
    std::vector<int> counts(static_cast<size_t>(itemCount()), 0);
    for (Eigen::Index k = 0; k < m_weights.nonZeros(); ++k)
        if (m_weights.valuePtr()[k] > 0.0f)
            ++counts[static_cast<size_t>(m_weights.innerIndexPtr()[k])];
    const double top = counts.empty() ? 0.0 : *std::max_element(counts.begin(), counts.end());
    const double beta = m_parameters.real(QStringLiteral("popularity_prior"));
    m_prior.resize(counts.size());
    for (size_t j = 0; j < counts.size(); ++j)
        m_prior[j] = static_cast<float>(std::pow((counts[j] + 1.0) / (top + 1.0), beta));
}

std::vector<Contribution> ContentBased::profileWeights(const UserInteractions &user) const
{
    const float minWeight = static_cast<float>(m_parameters.real(QStringLiteral("min_weight")));
    const bool deviation =
        m_parameters.value(QStringLiteral("profile")) == QLatin1String("deviation") &&
        !user.ratings.empty();
    const float offset = static_cast<float>(m_parameters.real(QStringLiteral("deviation_offset")));
    double mean = 0.0;
    for (float v : user.ratings.values)
        mean += v;
    mean /= std::max<size_t>(1, user.ratings.values.size());
    std::vector<Contribution> out;
    const SparseRow &row = user.weights;
    size_t r = 0; // both rows are sorted by item
    for (size_t k = 0; k < row.items.size(); ++k) {
        float w = row.values[k];
        if (w >= 0.0f && w <= minWeight)
            continue;
        while (deviation && r < user.ratings.items.size() && user.ratings.items[r] < row.items[k])
            ++r;
        if (deviation && r < user.ratings.items.size() && user.ratings.items[r] == row.items[k])
            w = static_cast<float>(user.ratings.values[r] - mean) + offset;
        if (w != 0.0f)
            out.push_back({row.items[k], w});
    }
    return out;
}

float ContentBased::buildProfile(const std::vector<Contribution> &weights,
                                 std::vector<float> &profile) const
{
    const SparseRowMatrix &x = m_features->matrix();
    profile.assign(static_cast<size_t>(x.cols()), 0.0f);
    for (const Contribution &c : weights)
        for (SparseRowMatrix::InnerIterator it(x, c.item); it; ++it)
            profile[static_cast<size_t>(it.col())] += c.weight * it.value();
    double norm = 0.0;
    for (float v : profile)
        norm += static_cast<double>(v) * v;
    if (norm <= 0.0)
        return 0.0f;
    // p = raw / sum|w|, |p| = sqrt(norm) / sum|w|, so p.x / |p| = raw.x / sqrt(norm).
    return static_cast<float>(1.0 / std::sqrt(norm));
}

void ContentBased::scoreAllItems(const UserState &user, float *out) const
{
    thread_local std::vector<float> profile;
    const float scale = buildProfile(profileWeights(user.interactions), profile);
    const SparseRowMatrix &x = m_features->matrix();
    for (int j = 0; j < itemCount(); ++j) {
        float dot = 0.0f;
        for (SparseRowMatrix::InnerIterator it(x, j); it; ++it)
            dot += profile[static_cast<size_t>(it.col())] * it.value();
        out[j] = dot * scale * m_prior[static_cast<size_t>(j)];
    }
}

std::vector<ScoredItem> ContentBased::similarItems(int item, int k) const
{
    if (!m_fitted || item < 0 || item >= itemCount())
        return {};
    const SparseRowMatrix &x = m_features->matrix();
    std::vector<float> dense(static_cast<size_t>(x.cols()), 0.0f);
    for (SparseRowMatrix::InnerIterator it(x, item); it; ++it)
        dense[static_cast<size_t>(it.col())] = it.value();
    std::vector<ScoredItem> candidates;
    for (int j = 0; j < itemCount(); ++j) {
        if (j == item)
            continue;
        float dot = 0.0f;
        for (SparseRowMatrix::InnerIterator it(x, j); it; ++it)
            dot += dense[static_cast<size_t>(it.col())] * it.value();
        if (dot > 0.0f)
            candidates.push_back({j, dot});
    }
    return selectTopK(candidates, k);
}

std::vector<Contribution> ContentBased::explain(const UserState &user, int item, int n) const
{
    if (!m_fitted || item < 0 || item >= itemCount())
        return {};
    std::vector<float> profile;
    const std::vector<Contribution> weights = profileWeights(user.interactions);
    const float scale = buildProfile(weights, profile) * m_prior[static_cast<size_t>(item)];
    const SparseRowMatrix &x = m_features->matrix();
    std::vector<float> target(static_cast<size_t>(x.cols()), 0.0f);
    for (SparseRowMatrix::InnerIterator it(x, item); it; ++it)
        target[static_cast<size_t>(it.col())] = it.value();
    std::vector<Contribution> out;
    for (const Contribution &c : weights) {
        float dot = 0.0f;
        for (SparseRowMatrix::InnerIterator it(x, c.item); it; ++it)
            dot += target[static_cast<size_t>(it.col())] * it.value();
        if (dot != 0.0f)
            out.push_back({c.item, c.weight * dot * scale});
    }
    keepLargest(out, n);
    return out;
}

} // namespace storefront::recsys
