#pragma once

// Two analyses compared bit for bit: every unit, cell and facility figure (the
// incremental model against a fresh analysis; the app's soak test against the CLI).
#include <vector>

#include <QtTest>

#include "coverage/analysis.h"

namespace qh::test {

/// `order[i]`: where a's facility i is among b's (the app keeps its facilities in
/// the order of the edits, a fresh analysis in the order of the saved plan); the
/// same order when empty.
inline void compareResults(const AnalysisResult &a, const AnalysisResult &b, const std::vector<std::size_t> &order = {})
{
    QCOMPARE(a.totalPop, b.totalPop);
    QCOMPARE(a.totalCovered, b.totalCovered);
    QCOMPARE(a.units.size(), b.units.size());
    for (std::size_t u = 0; u < a.units.size(); ++u) {
        QCOMPARE(a.units[u].pop, b.units[u].pop);
        QCOMPARE(a.units[u].covered, b.units[u].covered);
        QCOMPARE(a.units[u].capacity, b.units[u].capacity);
        QCOMPARE(a.units[u].facilityCount, b.units[u].facilityCount);
        QCOMPARE(a.units[u].ratioPer1000, b.units[u].ratioPer1000);
    }
    QCOMPARE(a.cells.size(), b.cells.size());
    for (std::size_t c = 0; c < a.cells.size(); ++c) {
        QCOMPARE(a.cells[c].minutes, b.cells[c].minutes);
        QCOMPARE(a.cells[c].access2sfca, b.cells[c].access2sfca);
        QCOMPARE(a.cells[c].accessE2sfca, b.cells[c].accessE2sfca);
    }
    QCOMPARE(a.gini, b.gini);
    QCOMPARE(a.facilities.size(), b.facilities.size());
    for (std::size_t i = 0; i < a.facilities.size(); ++i) {
        const std::size_t j = order.empty() ? i : order[i];
        QCOMPARE(a.facilities[i].coveredPop, b.facilities[j].coveredPop);
        QCOMPARE(a.facilities[i].reachableLengthM, b.facilities[j].reachableLengthM);
        QCOMPARE(a.facilities[i].snapDistance, b.facilities[j].snapDistance);
    }
}

} // namespace qh::test
