#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "coverage/analysis.h"
#include "geo/geos.h"
#include "network/graph.h"

namespace qh {

/// What a facility placed somewhere would reach (CoverageModel::reachFrom).
struct PlaceReach
{
    std::optional<double> snapDistance; ///< metres to the network; empty when off it
    std::optional<std::size_t> unit;    ///< planning unit it would stand in
    /// Sample points within the type's circle, with their walking metres.
    std::vector<std::pair<std::uint32_t, double>> points;
};

/// Catchment polygons (CoverageModel::catchments).
struct CatchmentSet
{
    std::vector<MultiPolygon> facilities; ///< parallel to the live facilities
    std::vector<MultiPolygon> types;      ///< parallel to the profile's types
};

/// The coverage of a region, kept up to date under facility edits. Built once
/// (network, snapping, one bounded search per facility); an edit re-runs only the
/// edited facility's search, re-takes the minimum for the cells it reached before
/// or reaches now, and recomputes the figures of those cells, their units and the
/// facility (coverage/aggregate.cpp). result() always equals a fresh analysis of
/// the same facilities, bit for bit (tested), since every figure is recomputed from
/// its sources in one fixed order.
class CoverageModel
{
public:
    /// Throws DataError when the network has no edges, Cancelled when `feedback`
    /// (optional; progress from 60 to 100 %) is cancelled.
    CoverageModel(const Project &project, const RegionData &region, class Feedback *feedback = nullptr);
    ~CoverageModel();
    CoverageModel(const CoverageModel &) = delete;
    CoverageModel &operator=(const CoverageModel &) = delete;

    /// The facilities as they are now (removed ones left out), in insertion order.
    std::vector<Facility> facilities() const;
    /// Adds a facility (e.g. a proposed one); its id must be new. Returns false,
    /// with a reason in `error`, when it is not.
    bool addFacility(const Facility &facility, std::string *error = nullptr);
    /// Moves the facility with this id; false when there is none.
    bool moveFacility(const std::string &id, const Point &pos);
    /// Removes the facility with this id; false when there is none.
    bool removeFacility(const std::string &id);
    /// Sets one capacity of a facility (no search needed); false when there is none.
    bool setCapacity(const std::string &id, const std::string &key, double value);

    /// Coverage, per unit and per facility, for the facilities as they are now;
    /// AnalysisResult::facilities is parallel to facilities().
    AnalysisResult result() const;
    /// The same, kept up to date edit by edit, without a copy: an edit costs what
    /// the edited facility reaches, not the size of the region. Only the region-wide
    /// balance (gini, lorenz: every point's access sorted) is left empty; result()
    /// has it.
    const AnalysisResult &current() const;
    /// result() without the copy, for a run that ends with it (the CLI's analyze): the
    /// figures are moved out, and the model keeps only what catchments() needs. At
    /// province scale the per-cell figures are the largest thing held; a copy would
    /// hold them twice. Edits, current() and result() afterwards throw std::logic_error.
    AnalysisResult releaseResult();
    /// The units whose figures or facilities the last edit changed (ascending):
    /// those reevaluate() needs to score again.
    const std::vector<std::size_t> &lastTouchedUnits() const;

    /// Catchment polygons for display and export: each live facility's reached
    /// network pieces within its budget, widened by `bufferM` metres (parallel to
    /// facilities(); empty for a facility off the network or of an unknown type),
    /// and their union per facility type. Without `perFacility`, only the unions.
    /// Runs on every core; the same result whatever the number of cores.
    CatchmentSet catchments(double bufferM, bool perFacility = true) const;

    /// People as the model counts them: at sample points (a cell's representative
    /// point, or a sub-grid inside a large cell), [point][group], with their unit.
    const std::vector<std::vector<double>> &samplePopulation() const;
    const std::vector<std::optional<std::size_t>> &sampleUnits() const;
    /// [point] walking metres to the nearest live facility of a profile type;
    /// infinity when none is within twice the type's budget.
    const std::vector<double> &nearestMetres(int type) const;
    /// What facilities of profile type `type` would reach at each of `positions`
    /// (none is added): the searches run on every core. Progress (0–100 %) and
    /// cancel through the optional `feedback`; throws Cancelled.
    std::vector<PlaceReach> reachFrom(const std::vector<Point> &positions, int type,
                                      class Feedback *feedback = nullptr) const;
    /// Index of the planning unit containing `p`, if any.
    std::optional<std::size_t> unitAt(const Point &p) const;

    const WalkGraph &graph() const;
    const SnapIndex &snapIndex() const;
    const Project &project() const { return mProject; }

private:
    struct Impl;
    Project mProject;
    std::unique_ptr<Impl> d;
};

/// The network pieces a facility at `pos` reaches within the budget, cut where the
/// budget runs out (none when `pos` is farther than maxSnap from the network).
std::vector<Segment> reachedPiecesAt(const WalkGraph &graph, const SnapIndex &index, const Point &pos,
                                     double budgetMetres, double maxSnap);

/// The catchment polygon of one facility at `pos` (empty when it is farther than
/// maxSnap from the network). A pure function of immutable data: safe to run on
/// another thread while the model is being edited.
MultiPolygon catchmentAt(const WalkGraph &graph, const SnapIndex &index, const Point &pos,
                         double budgetMetres, double bufferM, double maxSnap);

/// Applies a saved plan to the model through the same edits the planner makes:
/// removals, moves, then proposals. Returns a warning for each entry that names no
/// facility (the plan was made on other layers).
Warnings applyPlan(CoverageModel &model, const Plan &plan);

} // namespace qh
