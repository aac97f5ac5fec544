#pragma once

// Two analyses compared bit for bit: every unit, cell and facility figure (the
// incremental model against a fresh analysis; the app's soak test against the CLI).
#include <vector>

#include <QtTest>

#include "coverage/analysis.h"
#include "targets/evaluate.h"

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
        QCOMPARE(a.units[u].access2sfca, b.units[u].access2sfca);
        QCOMPARE(a.units[u].accessE2sfca, b.units[u].accessE2sfca);
        QCOMPARE(a.units[u].gini, b.units[u].gini);
    }
    QCOMPARE(a.cells.size(), b.cells.size());
    for (std::size_t c = 0; c < a.cells.size(); ++c) {
        QCOMPARE(a.cells[c].minutes, b.cells[c].minutes);
        QCOMPARE(a.cells[c].access2sfca, b.cells[c].access2sfca);
        QCOMPARE(a.cells[c].accessE2sfca, b.cells[c].accessE2sfca);
        QCOMPARE(a.cells[c].coveredShare, b.cells[c].coveredShare);
        QCOMPARE(a.cells[c].snapDistance, b.cells[c].snapDistance);
        QCOMPARE(a.cells[c].unit, b.cells[c].unit);
    }
    QCOMPARE(a.gini, b.gini);
    QCOMPARE(a.lorenz.size(), b.lorenz.size());
    for (std::size_t t = 0; t < a.lorenz.size(); ++t) {
        QCOMPARE(a.lorenz[t].size(), b.lorenz[t].size());
        for (std::size_t k = 0; k < a.lorenz[t].size(); ++k) {
            QCOMPARE(a.lorenz[t][k].population, b.lorenz[t][k].population);
            QCOMPARE(a.lorenz[t][k].supply, b.lorenz[t][k].supply);
        }
    }
    QCOMPARE(a.facilities.size(), b.facilities.size());
    for (std::size_t i = 0; i < a.facilities.size(); ++i) {
        const std::size_t j = order.empty() ? i : order[i];
        QCOMPARE(a.facilities[i].coveredPop, b.facilities[j].coveredPop);
        QCOMPARE(a.facilities[i].reachableLengthM, b.facilities[j].reachableLengthM);
        QCOMPARE(a.facilities[i].snapDistance, b.facilities[j].snapDistance);
        QCOMPARE(a.facilities[i].typeIndex, b.facilities[j].typeIndex);
        QCOMPARE(a.facilities[i].unit, b.facilities[j].unit);
    }
    if (order.empty()) { // the facilities' own warnings come in their order
        QCOMPARE(a.warnings.size(), b.warnings.size());
        for (std::size_t w = 0; w < a.warnings.size(); ++w)
            QCOMPARE(a.warnings[w].text(), b.warnings[w].text());
    }
}

/// Two evaluations compared bit for bit: every indicator's score in every unit and
/// the region.
inline void compareScore(const Score &a, const Score &b)
{
    QCOMPARE(a.value, b.value);
    QCOMPARE(a.target, b.target);
    QCOMPARE(a.applicable, b.applicable);
    QCOMPARE(a.pass, b.pass);
    QCOMPARE(a.gap, b.gap);
    QCOMPARE(a.gapText.text(), b.gapText.text());
    QCOMPARE(a.notApplicableReason.text(), b.notApplicableReason.text());
    QCOMPARE(a.warningClass, b.warningClass);
}

inline void compareEvaluations(const Evaluation &a, const Evaluation &b)
{
    QCOMPARE(a.indicators.size(), b.indicators.size());
    for (std::size_t k = 0; k < a.indicators.size(); ++k) {
        const IndicatorResult &x = a.indicators[k], &y = b.indicators[k];
        QCOMPARE(x.available, y.available);
        QCOMPARE(x.unavailableReason.text(), y.unavailableReason.text());
        QCOMPARE(x.units.size(), y.units.size());
        for (std::size_t u = 0; u < x.units.size(); ++u)
            compareScore(x.units[u], y.units[u]);
        compareScore(x.region, y.region);
        QCOMPARE(x.unitsPassing, y.unitsPassing);
        QCOMPARE(x.unitsApplicable, y.unitsApplicable);
    }
}

} // namespace qh::test
