#pragma once

#include <string>
#include <vector>

#include "scenario/model.h"

namespace qh {

/// Whether a census row's key names a unit: names compared trimmed (望京街道 =
/// " 望京街道 "); codes (统计用区划代码) compared as digits, a 9-digit street code
/// matching the 12-digit codes that start with it.
bool sameUnitKey(const std::string &rowKey, const std::string &unitKey, bool codes);

/// How the rows of a census table met the units.
struct CensusJoin
{
    std::size_t rows = 0;
    std::size_t matched = 0;
    std::vector<std::string> unmatchedRows;  ///< keys of rows no unit has
    std::vector<std::string> unitsWithoutRow; ///< names of units no row has
};

/// The population cells spread from a census table over the units.
struct CensusSpread
{
    std::vector<PopulationCell> cells;
    CensusJoin join;
    std::size_t unitsByBuildings = 0;
    std::size_t unitsByResidentialLand = 0;
    std::size_t unitsEvenly = 0;
};

/// Reads the census table of `spec` (its `ref`, groups' fields are its columns),
/// joins it to `units` and spreads each unit's counts onto cells of
/// `spec.census->cellSize` metres inside the unit: by building footprint area ×
/// levels; where the unit has no buildings, by the area of its residential land;
/// where it has neither, evenly by area. The cells of a unit
/// add up to its row exactly (to rounding). Unmatched rows and units, units spread
/// evenly, numbers read from text: in `warnings`. Throws DataError naming the file
/// and column when the table cannot be read or joined at all.
CensusSpread spreadCensus(const PopulationLayerSpec &spec, const std::vector<Unit> &units, const Crs &target,
                          Warnings &warnings);

} // namespace qh
