#pragma once

#include <QtGlobal>

#include <cstdint>
#include <span>

namespace rullering {

// A small deterministic generator (SplitMix64). The standard distributions are implementation-defined, so the
// same seed would give other fleets with another standard library; everything here is defined by this file.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound). The tiny modulo bias is irrelevant for demo data and keeps it reproducible.
    int below(int bound) { return bound <= 0 ? 0 : static_cast<int>(next() % static_cast<quint64>(bound)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(double probability) { return (next() >> 11) * (1.0 / 9007199254740992.0) < probability; }

    template <typename T>
    const T& pick(std::span<const T> items)
    {
        return items[static_cast<size_t>(below(static_cast<int>(items.size())))];
    }

    // Index chosen with the given relative weights.
    int weighted(std::span<const int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = below(total);
        for (size_t i = 0; i < weights.size(); ++i) {
            if (roll < weights[i])
                return static_cast<int>(i);
            roll -= weights[i];
        }
        return static_cast<int>(weights.size()) - 1;
    }

private:
    quint64 m_state;
};

} // namespace rullering
