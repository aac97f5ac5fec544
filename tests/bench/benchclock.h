#pragma once

// What every benchmark times with: a steady clock, milliseconds between two of its
// points, and the median of a set of timings (the machines are noisy).
#include <algorithm>
#include <chrono>
#include <vector>

namespace qh::bench {

using Clock = std::chrono::steady_clock;

inline double ms(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

/// The middle value (the upper one of an even count); 0 for none.
inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace qh::bench
