#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <QString>

#include "coverage/analysis.h"
#include "targets/profile.h"

namespace qh {

/// One indicator in one unit (or the whole region).
struct Score
{
    std::optional<double> value; ///< empty when the unit has nothing to divide by
    double target = 0.0;
    /// False when there is nothing to divide by (no residents of the group, no places
    /// to take a share of): the unit is neither passing nor failing.
    bool applicable = true;
    Message notApplicableReason; ///< "no places here to take a share of" …
    bool pass = false;               ///< false when not applicable
    double gap = 0.0;    ///< what is missing, in planner units (people, places, m², units)
    Message gapText; ///< "37 more childcare places (Childcare)"; empty when the target is met
    std::size_t warningClass = 0; ///< index into its Indicator::warningClasses; only when applicable
};

/// One indicator evaluated for every unit and for the region.
struct IndicatorResult
{
    Indicator indicator;
    bool available = true;
    Message unavailableReason; ///< why it could not be evaluated (missing data)
    std::vector<Score> units;      ///< parallel to RegionData::units
    Score region;
    int unitsPassing = 0;
    int unitsApplicable = 0; ///< units with something to divide by
    /// What the units' scores were made from: the facilities of the type in each
    /// unit, their capacity and capacity-of as the indicator names them, and how
    /// many count (reevaluate() updates them).
    std::vector<double> unitCapacity, unitCapacityOf;
    std::vector<int> unitFacilities;
};

/// A target profile applied to an analysis.
struct Evaluation
{
    std::string profileId;
    std::string profileName;
    std::string profileNameZh;
    std::vector<IndicatorResult> indicators;
    /// Whether some facility had each capacity field the indicators read, when last
    /// evaluated: reevaluate() looks again only where an edit could change it.
    std::map<std::string, bool> capacityFields;
};

/// The class of a score of this indicator; null when it is not applicable.
const WarningClass *warningClassOf(const Score &score, const IndicatorResult &indicator);
/// The warning-class key of a score: the class's colour name, or "not_applicable".
std::string warningClassKey(const Score &score, const IndicatorResult &indicator);

/// The five-colour class in words ("severe shortfall" …), in the interface
/// language; null is "not applicable".
QString warningClassName(const WarningClass *c);

/// Evaluates every indicator of the profile per unit and for the region. An
/// indicator whose data the project lacks is marked unavailable, with the reason.
Evaluation evaluate(const TargetProfile &profile, const AnalysisResult &analysis,
                    const RegionData &region);

/// Brings `evaluation` (of this profile, on the same region) up to date after an
/// edit that changed the figures or facilities of `units` only (the model's
/// lastTouchedUnits()): those units are scored again, then the region. Equal to
/// evaluate() on the new analysis, bit for bit (tested); `region.facilities` must be
/// parallel to the analysis's facilities, as for evaluate().
void reevaluate(Evaluation &evaluation, const TargetProfile &profile, const AnalysisResult &analysis,
                const RegionData &region, const std::vector<std::size_t> &units);

} // namespace qh
