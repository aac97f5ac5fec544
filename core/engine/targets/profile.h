#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "scenario/model.h"

namespace qh {

/// What an indicator measures. All are "higher is better".
enum class IndicatorKind
{
    CoverageShare,      ///< share of a demand group within the circle of a facility type
    CapacityPer,        ///< capacity of a type per `per` (1,000 …) of a demand group
    CapacityShare,      ///< one capacity as a share of another (inclusive places / places)
    UnitsWithFacility,  ///< share of units with at least one facility of a type
    FloorSpacePer100Households, ///< facility floor area (m²) per 100 households
    LandPerCapita,      ///< facility land (m²) per resident
};

/// One class of the five-colour warning map (五色图): ratio of value to target at
/// or above `minRatio` (and below the next class's).
struct WarningClass
{
    std::string key;     ///< colour name: red, orange, yellow, blue, green
    std::string label;   ///< English, with its bounds
    double minRatio = 0.0;
    std::string colour;  ///< #rrggbb
    std::string meaning; ///< severe_shortfall, shortfall, near_target, slight_shortfall, nearly_met, meets_target, well_above_target
};

/// One target of a plan, with the document it comes from.
struct Indicator
{
    std::string id;
    std::string label;
    std::string labelZh;
    IndicatorKind kind = IndicatorKind::CoverageShare;
    std::string facilityType;
    std::string capacity;      ///< capacity key (CapacityPer, CapacityShare numerator, floor/land area)
    std::string capacityOf;    ///< CapacityShare denominator
    std::string group;         ///< demand group (CoverageShare, CapacityPer, LandPerCapita; households for floor space)
    double per = 1000.0;       ///< CapacityPer denominator
    double target = 0.0;       ///< default target
    std::map<std::string, double> targetsByClass; ///< unit class → target (new vs built-up …)
    /// UnitsWithFacility: only facilities with this capacity count (e.g. an inclusive
    /// institution: "inclusive_places"), and at least countsOnlyAtLeast of it (more
    /// than 0 when that is 0). Empty: every facility of the type counts.
    std::string countsOnlyCapacity;
    double countsOnlyAtLeast = 0.0;
    std::string source;        ///< id of an entry in TargetProfile::sources
    std::string note;
    /// Its five-colour classes, ascending minRatio: the profile's `warning_classes`
    /// when it names them, else the default for its kind (ratio or share classes).
    std::vector<WarningClass> warningClasses;

    double targetFor(const std::string &unitClass) const;
    /// A share between 0 and 1 (coverage, capacity share, units with a facility).
    bool isShare() const;
    /// The class for an attainment ratio value / target.
    const WarningClass &classify(double ratio) const;
};

/// A walking circle a plan sets for a facility type.
struct Circle
{
    double minutes = 15.0;
    double speedMps = 1.0;
    std::string source;
};

/// A municipal or national target profile (resources/profiles/*.json).
struct TargetProfile
{
    std::string id;
    std::string name;
    std::string nameZh;
    std::map<std::string, std::string> sources; ///< id → full citation
    std::map<std::string, Circle> circles;      ///< facility type → circle
    std::vector<Indicator> indicators;
};

/// The five classes of a ratio indicator (places per 1,000 …) when a profile names
/// none: below 50 % of target red, 50–80 % orange, 80–100 % yellow, 100–120 % blue,
/// 120 % and more green.
std::vector<WarningClass> defaultWarningClasses();

/// The five classes of a share indicator, whose value cannot pass 100 % (so "120 %
/// of a 100 % target" never occurs): below 50 % of target red, 50–80 % orange,
/// 80–95 % yellow, 95–100 % blue (nearly met), the target met green. All five occur
/// for any target up to 100 %.
std::vector<WarningClass> shareWarningClasses();

/// The default classes of an indicator's kind: share or ratio classes.
std::vector<WarningClass> defaultWarningClassesFor(const Indicator &indicator);

/// Ids of the profiles built into the program (":/profiles/<id>.json").
std::vector<std::string> bundledTargetProfiles();

/// Reads a profile from a file or, for a bare id, the bundled one. Throws DataError
/// naming the file and the item (e.g. an unknown indicator kind).
TargetProfile loadTargetProfile(const std::string &idOrPath);

/// Replaces the default targets of the indicators named in `overrides`.
void applyTargetOverrides(TargetProfile &profile, const std::map<std::string, double> &overrides);

/// Sets the minutes and speed of the project's facility types that the profile has
/// circles for, except those the planner set by hand (FacilityType::circleSetByUser).
void applyCircles(Project &project, const TargetProfile &profile);

} // namespace qh
