#include "recsys/factorkernels.h"

#include <cmath>
#include <cstring>

// The helpers below pass 32-byte vectors by value; they are internal and always inlined, so
// the psABI note about such arguments does not concern any interface.
#pragma GCC diagnostic ignored "-Wpsabi"

namespace storefront::recsys::kernels {

namespace {

using V8 = float __attribute__((vector_size(32)));
using V4 = float __attribute__((vector_size(16)));

[[gnu::always_inline]] inline V8 load(const float *p)
{
    V8 v;
    std::memcpy(&v, p, sizeof(v));
    return v;
}

[[gnu::always_inline]] inline void store(float *p, V8 v)
{
    std::memcpy(p, &v, sizeof(v));
}

[[gnu::always_inline]] inline float sum(V8 v)
{
    const V4 a = __builtin_shufflevector(v, v, 0, 1, 2, 3);
    const V4 b = __builtin_shufflevector(v, v, 4, 5, 6, 7);
    const V4 s4 = a + b;
    return (s4[0] + s4[2]) + (s4[1] + s4[3]);
}

[[gnu::always_inline]] inline float coefficient(float value, float alpha, bool residual, float dot)
{
    const float conf = 1.0f + alpha * std::abs(value);
    return residual ? conf * (value > 0.0f ? 1.0f : 0.0f) - (conf - 1.0f) * dot
                    : (conf - 1.0f) * dot;
}

/// f = 8 * C at compile time: v stays in registers, out is updated in L1.
template <int C>
[[gnu::always_inline]] inline void alsPassFixed(const float *y, const int *items,
                                                const float *values, int count, float alpha,
                                                bool residual, const float *v, float *out)
{
    constexpr int f = 8 * C;
    V8 vv[C];
    for (int c = 0; c < C; ++c)
        vv[c] = load(v + 8 * c);
    for (int k = 0; k < count; ++k) {
        const float *yk = y + static_cast<long>(items[k]) * f;
        V8 d0 = load(yk) * vv[0];
        V8 d1 = C > 1 ? load(yk + 8) * vv[C > 1 ? 1 : 0] : V8{};
        for (int c = 2; c < C; c += 2) {
            d0 += load(yk + 8 * c) * vv[c];
            if (c + 1 < C)
                d1 += load(yk + 8 * (c + 1)) * vv[c + 1];
        }
        const float coef = coefficient(values[k], alpha, residual, sum(d0 + d1));
        for (int c = 0; c < C; ++c)
            store(out + 8 * c, load(out + 8 * c) + coef * load(yk + 8 * c));
    }
}

void alsPassGeneric(const float *y, int f, const int *items, const float *values, int count,
                    float alpha, bool residual, const float *v, float *out)
{
    for (int k = 0; k < count; ++k) {
        const float *yk = y + static_cast<long>(items[k]) * f;
        float dot = 0.0f;
        for (int c = 0; c < f; ++c)
            dot += yk[c] * v[c];
        const float coef = coefficient(values[k], alpha, residual, dot);
        for (int c = 0; c < f; ++c)
            out[c] += coef * yk[c];
    }
}

template <int C>
[[gnu::always_inline]] inline float bprDot(const float *pu, const float *qi, const float *qj)
{
    V8 d = (load(qi) - load(qj)) * load(pu);
    for (int c = 1; c < C; ++c)
        d += (load(qi + 8 * c) - load(qj + 8 * c)) * load(pu + 8 * c);
    return sum(d);
}

template <int C>
[[gnu::always_inline]] inline void bprUpdate(float *pu, float *qi, float *qj, float g, float lr,
                                             float lambda)
{
    for (int c = 0; c < 8 * C; c += 8) {
        const V8 p = load(pu + c);
        const V8 a = load(qi + c);
        const V8 b = load(qj + c);
        store(pu + c, p + lr * (g * (a - b) - lambda * p));
        store(qi + c, a + lr * (g * p - lambda * a));
        store(qj + c, b + lr * (-g * p - lambda * b));
    }
}

} // namespace

// Not under ThreadSanitizer: the ifunc resolver runs during relocation, before the TSan
// runtime is initialised, and its instrumented prologue crashes the program.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_THREAD__)
#define STOREFRONT_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define STOREFRONT_CLONES
#endif

STOREFRONT_CLONES
void alsPass(const float *y, int f, const int *items, const float *values, int count, float alpha,
             bool residual, const float *v, float *out)
{
    switch (f) {
    case 16:
        return alsPassFixed<2>(y, items, values, count, alpha, residual, v, out);
    case 32:
        return alsPassFixed<4>(y, items, values, count, alpha, residual, v, out);
    case 64:
        return alsPassFixed<8>(y, items, values, count, alpha, residual, v, out);
    case 128:
        return alsPassFixed<16>(y, items, values, count, alpha, residual, v, out);
    default:
        return alsPassGeneric(y, f, items, values, count, alpha, residual, v, out);
    }
}

STOREFRONT_CLONES
float bprStep(float *pu, float *qi, float *qj, float *bi, float *bj, int f, float lr, float lambda,
              bool updateItems)
{
    float x = *bi - *bj;
    switch (f) {
    case 32:
        x += bprDot<4>(pu, qi, qj);
        break;
    case 64:
        x += bprDot<8>(pu, qi, qj);
        break;
    default:
        for (int c = 0; c < f; ++c)
            x += pu[c] * (qi[c] - qj[c]);
    }
    const float g = 1.0f / (1.0f + std::exp(x)); // sigmoid(-x)
    if (!updateItems) {
        for (int c = 0; c < f; ++c)
            pu[c] += lr * (g * (qi[c] - qj[c]) - lambda * pu[c]);
        return g;
    }
    switch (f) {
    case 32:
        bprUpdate<4>(pu, qi, qj, g, lr, lambda);
        break;
    case 64:
        bprUpdate<8>(pu, qi, qj, g, lr, lambda);
        break;
    default:
        for (int c = 0; c < f; ++c) {
            const float p = pu[c];
            pu[c] += lr * (g * (qi[c] - qj[c]) - lambda * p);
            qi[c] += lr * (g * p - lambda * qi[c]);
            qj[c] += lr * (-g * p - lambda * qj[c]);
        }
    }
    *bi += lr * (g - lambda * *bi);
    *bj += lr * (-g - lambda * *bj);
    return g;
}

} // namespace storefront::recsys::kernels
