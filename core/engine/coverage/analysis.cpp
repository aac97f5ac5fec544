#include "coverage/analysis.h"

#include "coverage/model.h"

#include <algorithm>
#include <cmath>

namespace qh {

std::optional<std::size_t> AnalysisResult::groupIndex(const std::string &key) const
{
    for (std::size_t i = 0; i < groups.size(); ++i)
        if (groups[i].key == key)
            return i;
    return std::nullopt;
}

NetworkStats describeNetwork(const WalkGraph &graph)
{
    NetworkStats s;
    s.nodes = graph.nodeCount();
    s.edges = graph.edgeCount();
    s.lengthKm = graph.totalLength() / 1000.0;
    auto sizes = graph.componentSizes();
    s.components = sizes.size();
    if (!sizes.empty() && s.nodes > 0)
        s.largestComponentShare = double(*std::max_element(sizes.begin(), sizes.end())) / s.nodes;
    s.bytesPerEdge = s.edges ? double(graph.memoryBytes()) / s.edges : 0.0;
    return s;
}

AnalysisResult analyze(const Project &project, const RegionData &region)
{
    return CoverageModel(project, region).result();
}

FacilityProblems facilityProblems(const AnalysisResult &a, std::size_t i)
{
    FacilityProblems p;
    if (i >= a.facilities.size())
        return p;
    const FacilityResult &fr = a.facilities[i];
    if (fr.typeIndex < 0) {
        p.unknownType = true;
        return p;
    }
    p.offNetwork = !fr.snapDistance;
    p.outsideUnits = !fr.unit;
    const auto g = a.groupIndex(a.profile.types[std::size_t(fr.typeIndex)].demandGroup);
    p.nobodyInCircle = fr.snapDistance && g && *g < fr.coveredPop.size() && std::round(fr.coveredPop[*g]) <= 0;
    return p;
}

} // namespace qh
