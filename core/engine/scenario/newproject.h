#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "scenario/model.h"

namespace qh {

/// Everything a new project needs to know about the planner's files: which file
/// plays which role and how its columns and values map onto the model. Proposed
/// from what the import detects (proposeNewProject), corrected by the user (the
/// wizard, a mapping file), then made into a project (buildNewProject).
struct NewProjectRequest
{
    std::string name;
    NetworkLayerSpec network;
    FacilityLayerSpec facilities;
    LayerRef population;
    std::map<std::string, std::string> populationFields; ///< group key (total, elderly …) → column
    /// Rasters added up into a group (WorldPop's age-sex bands): group key → files.
    std::map<std::string, std::vector<std::string>> populationFiles;
    /// The population is a table of counts per unit, spread over the units' buildings.
    std::optional<CensusSpec> census;
    std::optional<UnitLayerSpec> units;
    std::string targets; ///< bundled target profile id or a file; empty: none
    std::string crs;     ///< analysis CRS; empty: the Gauss-Krüger or UTM zone of the study area
    std::string attribution;
};

/// The facility types a target profile (bundled id or file) names, in its circles
/// and indicators; empty for no profile.
std::vector<std::string> profileTypeKeys(const std::string &targets);

/// A request for these files with everything the import detects filled in: the
/// layer of each file that fits its role, coordinate columns, CRS of tables in
/// longitudes and latitudes, field mapping, type values mapped onto the target
/// profile's types. Throws FileError/DataError naming the file when a file cannot
/// play its role (no line layer for the network …). Notes what it assumed.
NewProjectRequest proposeNewProject(const std::string &network, const std::string &facilities,
                                    const std::string &population, const std::string &units,
                                    const std::string &targets, Warnings &notes);

/// A new project's name from its units' layer: the one value its filter picks
/// (乡 = '望京街道' → 望京街道), else the file's (or table's) name.
std::string projectNameFor(const std::string &source, const std::string &where);

/// Applies a mapping file (JSON: the keys of a project's "layers" section, any
/// subset) to a request; throws DataError naming the file and key.
void applyMappingFile(NewProjectRequest &request, const std::string &mappingPath);

/// The project: layers as mapped, the analysis CRS, facility types for the mapped
/// type values with the target profile's circles, population groups with labels.
/// Reads every layer once to check it (throws like loadRegion) and returns what
/// reading said in `warnings`.
Project buildNewProject(const NewProjectRequest &request, Warnings &warnings);

} // namespace qh
