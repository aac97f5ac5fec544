#pragma once

#include <string>
#include <vector>

#include "coverage/model.h"
#include "siting/suggest.h"

namespace qh::siting {

/// A suggestion turned into numbers: the instance, and what of the profile it aims at.
struct TargetRows
{
    Instance instance;
    std::vector<std::string> aimedAt;   ///< indicator ids the rows stand for
    std::vector<std::string> alsoCarry; ///< capacity keys a new site carries at its full size (inclusive places)
    Warnings notAddressed;              ///< targets of the type a new site cannot move, and why
    Warnings unreachable;               ///< per unit, what no placement of the candidates can give
};

/// Builds the rows of a suggestion for profile type `type` from the scenario's
/// analysis and evaluation: the demand points are the people of the region not yet
/// within the type's circle whom some candidate reaches; `reach` is per candidate
/// (CoverageModel::reachFrom) and `used` the candidates kept. Needs no placement
/// can meet are cut to what opening every candidate gives, and said.
/// Capacitated: the demand points are everyone of the type's demand group some
/// candidate or existing facility of the type reaches; the existing facilities take
/// part with their places, and the type's coverage targets become serve rows (people
/// served within the circle, each place serving one).
TargetRows buildRows(const CoverageModel &model, const RegionData &region, const AnalysisResult &analysis,
                     const Evaluation &evaluation, int type, const std::vector<PlaceReach> &reach,
                     const std::vector<std::size_t> &used, const std::vector<SiteSize> &sizes, Goal goal,
                     bool capacitated = false);

} // namespace qh::siting
