#pragma once

#include <cstdint>

namespace storefront::recsys {

/// SplitMix64 (Steele, Lea, Flood 2014): expands one 64-bit seed into well-mixed words.
/// Used to seed Rng and to derive per-block seeds (seed + block index -> independent streams).
[[nodiscard]] inline std::uint64_t splitMix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/// xoshiro256++ (Blackman, Vigna 2019): a small, fast, seedable generator. Every random number
/// the models use comes from one of these, seeded from FitContext::seed (+ block index).
class Rng
{
public:
    explicit Rng(std::uint64_t seed, std::uint64_t stream = 0)
    {
        std::uint64_t sm = seed ^ (stream * 0xD1B54A32D192ED03ULL);
        for (auto &word : m_s)
            word = splitMix64(sm);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[0] + m_s[3], 23) + m_s[0];
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// Uniform integer in [0, bound) by Lemire's multiply-shift (bias < bound / 2^32).
    std::uint32_t below(std::uint32_t bound)
    {
        return static_cast<std::uint32_t>(((next() >> 32) * static_cast<std::uint64_t>(bound)) >>
                                          32);
    }

    /// Uniform float in [0, 1).
    float uniform() { return static_cast<float>(next() >> 40) * (1.0f / 16777216.0f); }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

} // namespace storefront::recsys
