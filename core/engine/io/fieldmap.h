#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace qh {

/// The columns of a facility table proposed for the model, found by name
/// (名称, 类型, 床位数, 托位数 … and their English forms). Empty strings: not found.
struct FacilityFieldMapping
{
    std::string idField;
    std::string nameField;
    std::string typeField;
    /// capacity key ("beds", "childcare_places" …) → column
    std::map<std::string, std::string> capacityFields;
};
FacilityFieldMapping proposeFacilityFields(const std::vector<std::string> &fields);

/// The longitude/easting and latitude/northing columns of a table (经度/纬度,
/// lng/lat, lon/lat, X/Y, 横坐标/纵坐标 …): the first match of each in order of
/// preference. nullopt when there is no such pair.
std::optional<std::pair<std::string, std::string>> proposeCoordinateColumns(const std::vector<std::string> &fields);

/// The name and code columns of a unit layer (名称, 街道, 社区, name …; 代码, 区划代码, code …).
struct UnitFieldMapping
{
    std::string idField;
    std::string nameField;
};
UnitFieldMapping proposeUnitFields(const std::vector<std::string> &fields);

/// Population count columns (人口, 常住人口, 户籍人口, population, pop_total,
/// inhabitants …) and age bands (60岁以上, pop_60plus …): key → column.
std::map<std::string, std::string> proposePopulationFields(const std::vector<std::string> &fields);

/// Facility type values mapped onto facility-type keys (托育机构 → childcare,
/// 养老院 → elderly_care, 日间照料中心 → elderly_day_care …): an exact key or a
/// known word contained in the value (the longest such word wins). `keys` limits
/// the answer to those types when not empty. nullopt for a value it cannot place.
std::optional<std::string> proposeTypeKey(const std::string &value, const std::vector<std::string> &keys = {});

/// A proposed mapping of the distinct values of a type column.
struct TypeValueMapping
{
    std::map<std::string, std::string> mapped;   ///< value → type key
    std::vector<std::string> unmapped;           ///< values it could not place
    std::map<std::string, int> counts;           ///< value → number of rows
};
TypeValueMapping proposeTypeValues(const std::map<std::string, int> &valueCounts,
                                   const std::vector<std::string> &keys = {});

/// A number read from text as planners type it in spreadsheets: "40", " 40 ",
/// "1,200", "约40", "40张", "40 places", "４０" (full-width digits). `exact` is false
/// when anything but the number and blanks had to be skipped, so the caller reports
/// what it read. nullopt when the text holds no number, or more than one ("30-40").
struct NumberReading
{
    double value = 0.0;
    bool exact = true;
};
std::optional<NumberReading> readNumber(const std::string &text);

} // namespace qh
