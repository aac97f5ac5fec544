#pragma once

// Helpers the app tests share: finding the sample's units and where a planner
// would put a facility first.
#include <string>

#include <QtGlobal>

#include "planner.h"

namespace qh::test {

inline std::size_t unitIndex(const Planner &p, const std::string &name)
{
    for (std::size_t u = 0; u < p.region().units.size(); ++u)
        if (p.region().units[u].name == name)
            return u;
    qFatal("no unit %s", name.c_str());
}

/// The most populous cell of a unit: where a planner puts a childcare centre first.
inline Point busiestCell(const Planner &p, std::size_t unit)
{
    std::size_t best = 0;
    double bestPop = -1;
    for (std::size_t c = 0; c < p.region().cells.size(); ++c)
        if (p.result().cells[c].unit == unit && p.region().cells[c].pop[0] > bestPop) {
            bestPop = p.region().cells[c].pop[0];
            best = c;
        }
    return p.region().cells[best].rep;
}

} // namespace qh::test
