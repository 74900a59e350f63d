#include "recsys/hybrid.h"

#include <cmath>
#include <limits>

namespace storefront::recsys {

std::vector<float> Hybrid::zScores(std::span<const float> scores, std::span<const char> mask,
                                   float *spread)
{
    const size_t n = scores.size();
    auto inMask = [&](size_t i) { return mask.empty() || (i < mask.size() && mask[i] != 0); };
    double sum = 0.0;
    size_t count = 0;
    for (size_t i = 0; i < n; ++i)
        if (inMask(i) && std::isfinite(scores[i])) {
            sum += scores[i];
            ++count;
        }
    const double mean = count ? sum / double(count) : 0.0;
    double squares = 0.0;
    for (size_t i = 0; i < n; ++i)
        if (inMask(i) && std::isfinite(scores[i]))
            squares += (scores[i] - mean) * (scores[i] - mean);
    const double sd = count ? std::sqrt(squares / double(count)) : 0.0;
    // Relative threshold: a model whose scores differ only by rounding is flat.
    const bool flat = sd <= 1e-9 * (1.0 + std::abs(mean));
    if (spread)
        *spread = flat ? 0.0f : static_cast<float>(sd);
    std::vector<float> z(n, std::numeric_limits<float>::quiet_NaN());
    for (size_t i = 0; i < n; ++i) {
        if (!inMask(i) || !std::isfinite(scores[i]))
            continue;
        z[i] = flat ? 0.0f : static_cast<float>((scores[i] - mean) / sd);
    }
    return z;
}

BlendResult Hybrid::blend(const std::vector<ComponentScores> &components,
                          std::span<const char> warm)
{
    size_t n = 0;
    for (const auto &c : components)
        n = std::max(n, c.scores.size());
    BlendResult out;
    out.scores.assign(n, 0.0f);
    out.z.resize(components.size());
    out.spread.assign(components.size(), 0.0f);
    std::vector<double> numerator(n, 0.0);
    std::vector<double> denominator(n, 0.0);
    for (size_t m = 0; m < components.size(); ++m) {
        const ComponentScores &c = components[m];
        if (c.weight <= 0.0f || c.scores.size() != n) {
            out.z[m].assign(n, std::numeric_limits<float>::quiet_NaN());
            continue;
        }
        out.z[m] = c.coversColdItems ? zScores(c.scores, {}, &out.spread[m])
                                     : zScores(c.scores, warm, &out.spread[m]);
        if (c.coldItemsOnly)
            for (size_t i = 0; i < n && i < warm.size(); ++i)
                if (warm[i])
                    out.z[m][i] = std::numeric_limits<float>::quiet_NaN();
        for (size_t i = 0; i < n; ++i) {
            const float z = out.z[m][i];
            if (std::isnan(z))
                continue;
            numerator[i] += double(c.weight) * z;
            denominator[i] += c.weight;
        }
    }
    for (size_t i = 0; i < n; ++i)
        out.scores[i] = denominator[i] > 0.0 ? float(numerator[i] / denominator[i]) : 0.0f;
    return out;
}

} // namespace storefront::recsys
