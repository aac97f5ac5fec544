#pragma once

#include <optional>
#include <string>
#include <vector>

#include "coverage/analysis.h"
#include "targets/profile.h"

namespace qh {

/// One indicator in one unit (or the whole region).
struct Score
{
    std::optional<double> value; ///< empty when the unit has no demand to divide by
    double target = 0.0;
    bool pass = false;
    double gap = 0.0;    ///< what is missing, in planner units (people, places, m², units)
    std::string gapText; ///< "37 more childcare places"; empty when the target is met
    std::size_t warningClass = 0; ///< index into TargetProfile::warningClasses
};

/// One indicator evaluated for every unit and for the region.
struct IndicatorResult
{
    Indicator indicator;
    bool available = true;
    std::string unavailableReason; ///< why it could not be evaluated (missing data)
    std::vector<Score> units;      ///< parallel to RegionData::units
    Score region;
    int unitsPassing = 0;
};

/// A target profile applied to an analysis.
struct Evaluation
{
    std::string profileId;
    std::string profileName;
    std::vector<WarningClass> classes;
    std::vector<IndicatorResult> indicators;
};

/// Evaluates every indicator of the profile per unit and for the region. An
/// indicator whose data the project lacks is marked unavailable, with the reason.
Evaluation evaluate(const TargetProfile &profile, const AnalysisResult &analysis,
                    const RegionData &region);

} // namespace qh
