#pragma once

namespace storefront::recsys::kernels {

// Hot loops of the factor models on raw float rows, compiled twice (x86-64-v3 = AVX2 and the
// baseline) and dispatched at load time (GCC target_clones), so a portable build still uses
// the wide registers of the machine it runs on. Rows of length f; f in {16, 32, 64, 128}
// (ALS) or {32, 64} (BPR) take unrolled vector paths, any other f a scalar loop. Results are
// identical run to run on one machine (one dispatch target); they may differ in the last
// bits between machines.

/// Implicit-ALS conjugate-gradient pass over one row's nonzeros (items, values):
///   out += sum_k coef_k y_k,  conf_k = 1 + alpha |value_k|,
///   coef_k = conf_k p_k - (conf_k - 1)(y_k . v)  when residual (p_k = value_k > 0), else
///   coef_k = (conf_k - 1)(y_k . v).
void alsPass(const float *y, int f, const int *items, const float *values, int count, float alpha,
             bool residual, const float *v, float *out);

/// One BPR SGD step on the triple (p_u, q_i, q_j) with item biases; returns g = sigmoid(-x).
/// When updateItems is false only p_u changes.
float bprStep(float *pu, float *qi, float *qj, float *bi, float *bj, int f, float lr, float lambda,
              bool updateItems);

} // namespace storefront::recsys::kernels
