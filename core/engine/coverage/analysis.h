#pragma once

#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "coverage/accessibility.h"
#include "network/graph.h"
#include "scenario/model.h"

namespace qh {

/// Figures describing the walking network a run used.
struct NetworkStats
{
    std::uint32_t nodes = 0;
    std::uint32_t edges = 0;
    double lengthKm = 0.0;
    std::size_t components = 0;
    double largestComponentShare = 0.0; ///< share of nodes in the largest component
    double bytesPerEdge = 0.0;
};

/// Per facility: where it meets the network and whom its circle reaches.
struct FacilityResult
{
    std::optional<double> snapDistance; ///< metres; empty when no edge within the limit
    std::optional<std::size_t> unit;    ///< index into RegionData::units
    int typeIndex = -1;                 ///< index into Profile::types; -1 when unknown
    double reachableLengthM = 0.0;      ///< network within its circle
    std::vector<double> coveredPop;     ///< per demand group, within its own circle
};

/// Per population cell.
struct CellResult
{
    std::optional<double> snapDistance;
    std::optional<std::size_t> unit;
    /// Walking minutes to the nearest facility of each type (per Profile::types);
    /// infinity when none within twice the type's budget. For a large cell counted
    /// at several points, the mean over the points that reach one.
    std::vector<double> minutes;
    /// [type] share of the cell's people within the circle (0 or 1 for a small cell).
    std::vector<double> coveredShare;
    /// [type] 2SFCA accessibility: capacity reachable per 1,000 of the type's demand group.
    std::vector<double> access2sfca;
    /// [type] E2SFCA accessibility (distance-decayed, see coverage/accessibility.h).
    std::vector<double> accessE2sfca;
};

/// Per planning unit.
struct UnitResult
{
    std::vector<double> pop;                  ///< per demand group
    std::vector<std::vector<double>> covered; ///< [type][group] population within the circle
    std::vector<double> capacity;             ///< [type] capacity of facilities in the unit
    std::vector<int> facilityCount;           ///< [type]
    /// [type] capacity per 1,000 of the type's ratio group; empty when that group is 0.
    std::vector<std::optional<double>> ratioPer1000;
    /// [type] population-weighted mean 2SFCA / E2SFCA accessibility of the unit's cells.
    std::vector<double> access2sfca;
    std::vector<double> accessE2sfca;
    /// [type] Gini of E2SFCA accessibility over the unit's people (资源均衡指数).
    std::vector<double> gini;

    double share(std::size_t type, std::size_t group) const
    {
        return pop[group] > 0 ? covered[type][group] / pop[group] : 0.0;
    }
};

/// Everything one analysis run produced.
struct AnalysisResult
{
    Profile profile;
    std::vector<DemandGroup> groups;
    NetworkStats network;
    std::vector<FacilityResult> facilities; ///< parallel to RegionData::facilities
    std::vector<CellResult> cells;          ///< parallel to RegionData::cells
    std::vector<UnitResult> units;          ///< parallel to RegionData::units
    std::vector<double> totalPop;           ///< per group
    std::size_t samplePoints = 0;           ///< points people were counted at
    std::size_t largeCells = 0;             ///< cells counted at several points
    std::vector<std::vector<double>> totalCovered; ///< [type][group]
    /// [type] Gini of E2SFCA accessibility over the region's people, and its Lorenz curve.
    std::vector<double> gini;
    std::vector<std::vector<LorenzPoint>> lorenz;
    Warnings warnings;
    std::vector<std::pair<std::string, double>> timingsMs;
    /// Which facilities these are: "baseline" (the layers as loaded) or "plan" (with
    /// the project's proposed, moved and removed facilities), and the plan's size.
    std::string scenario = "baseline";
    std::size_t planAdded = 0, planMoved = 0, planRemoved = 0, planChanged = 0;
    /// Filled on request (CoverageModel::facilityCatchments) for export; parallel to facilities.
    std::vector<MultiPolygon> facilityCatchments;
    /// Union per facility type; parallel to profile.types when filled.
    std::vector<MultiPolygon> typeCatchments;

    std::optional<std::size_t> groupIndex(const std::string &key) const;
};

/// 15-minute coverage of a region: builds the walking network, snaps facilities
/// and cells to it, searches from every facility and aggregates per unit.
AnalysisResult analyze(const Project &project, const RegionData &region);

/// Network figures for a graph.
NetworkStats describeNetwork(const WalkGraph &graph);

/// Why a facility serves nobody; all false when it serves someone. One rule for the
/// map's ring, the facility table and the card.
struct FacilityProblems
{
    bool unknownType = false;    ///< its type is not one of the profile's
    bool offNetwork = false;     ///< no walkable edge within the snap distance
    bool outsideUnits = false;   ///< in no planning unit
    bool nobodyInCircle = false; ///< on the network, but no one of its demand group within its circle
    bool any() const { return unknownType || offNetwork || outsideUnits || nobodyInCircle; }
};
FacilityProblems facilityProblems(const AnalysisResult &analysis, std::size_t facility);

} // namespace qh
