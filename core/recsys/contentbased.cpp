#include "recsys/contentbased.h"

#include "recsys/itemfeatures.h"

#include <algorithm>
#include <cmath>

namespace storefront::recsys {

ContentBased::ContentBased()
    : Recommender(Parameters(QStringLiteral("content"),
                             {ParameterSpec::real(QStringLiteral("min_weight"), 0.0, -100.0, 100.0,
                                                  QStringLiteral("interactions with a weight "
                                                                 "at or below this are left "
                                                                 "out of the profile unless "
                                                                 "negative"))}))
{}

Status ContentBased::fitModel(const InteractionData &, const FitContext &)
{
    if (!m_features)
        return fail(QStringLiteral("needs item features: build the dataset with the catalog's "
                                   "products or ItemTexts"),
                    name());
    return {};
}

Status ContentBased::loadPayload(SnapshotReader &in)
{
    if (!m_features)
        in.setError(QStringLiteral("content snapshot without item features"));
    return in.status();
}

float ContentBased::buildProfile(const SparseRow &row, std::vector<float> &profile) const
{
    const SparseRowMatrix &x = m_features->matrix();
    profile.assign(static_cast<size_t>(x.cols()), 0.0f);
    const float minWeight = static_cast<float>(m_parameters.real(QStringLiteral("min_weight")));
    double total = 0.0;
    for (size_t k = 0; k < row.items.size(); ++k) {
        const float w = row.values[k];
        if (w >= 0.0f && w <= minWeight)
            continue;
        total += std::abs(w);
        for (SparseRowMatrix::InnerIterator it(x, row.items[k]); it; ++it)
            profile[static_cast<size_t>(it.col())] += w * it.value();
    }
    double norm = 0.0;
    for (float v : profile)
        norm += static_cast<double>(v) * v;
    if (total <= 0.0 || norm <= 0.0)
        return 0.0f;
    // p = raw / total, |p| = sqrt(norm) / total, so p.x / |p| = raw.x / sqrt(norm).
    return static_cast<float>(1.0 / std::sqrt(norm));
}

void ContentBased::scoreAllItems(const UserState &user, float *out) const
{
    thread_local std::vector<float> profile;
    const float scale = buildProfile(user.interactions.weights, profile);
    const SparseRowMatrix &x = m_features->matrix();
    for (int j = 0; j < itemCount(); ++j) {
        float dot = 0.0f;
        for (SparseRowMatrix::InnerIterator it(x, j); it; ++it)
            dot += profile[static_cast<size_t>(it.col())] * it.value();
        out[j] = dot * scale;
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
    const SparseRow &row = user.interactions.weights;
    const float scale = buildProfile(row, profile);
    const SparseRowMatrix &x = m_features->matrix();
    std::vector<float> target(static_cast<size_t>(x.cols()), 0.0f);
    for (SparseRowMatrix::InnerIterator it(x, item); it; ++it)
        target[static_cast<size_t>(it.col())] = it.value();
    const float minWeight = static_cast<float>(m_parameters.real(QStringLiteral("min_weight")));
    std::vector<Contribution> out;
    for (size_t k = 0; k < row.items.size(); ++k) {
        const float w = row.values[k];
        if (w >= 0.0f && w <= minWeight)
            continue;
        float dot = 0.0f;
        for (SparseRowMatrix::InnerIterator it(x, row.items[k]); it; ++it)
            dot += target[static_cast<size_t>(it.col())] * it.value();
        if (dot != 0.0f)
            out.push_back({row.items[k], w * dot * scale});
    }
    keepLargest(out, n);
    return out;
}

} // namespace storefront::recsys
