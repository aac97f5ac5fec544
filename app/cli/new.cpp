// quarterhour-cli new: a project from the planner's own files.
#include <cstdio>
#include <filesystem>
#include <map>

#include <QCoreApplication>
#include <QString>

#include "args.h"
#include "console.h"
#include "command.h"
#include "error.h"
#include "io/outputs.h"
#include "io/gdal.h"
#include "io/readers.h"
#include "io/reference.h"
#include "scenario/newproject.h"
#include "scenario/project.h"

namespace qh::cli {

namespace {

/// The console report's sentences, in the language of the installed translators.
class NewReport
{
    Q_DECLARE_TR_FUNCTIONS(qh::cli::NewReport)
public:
    static void print(const Project &p, const Warnings &notes, const Warnings &warnings, const std::string &saved)
    {
        for (const Message &n : notes)
            out(tr("Note: %1").arg(n.localText()));
        out(tr("Project: %1").arg(q(p.name)));
        out(tr("Analysis CRS: %1 (%2)").arg(q(p.crs.authId()), q(p.crs.name())));
        out(tr("Network: %1").arg(q(p.network.ref.path)));
        out(tr("Facilities: %1").arg(q(p.facilities.ref.path)));
        for (const auto &[value, key] : p.facilities.typeValues)
            out(tr("  type value %1 → %2").arg(q(value), typeWords(key).localText()));
        for (const auto &[key, field] : p.facilities.capacityFields)
            out(tr("  %1 ← column %2").arg(capacityWords(key).localText(), q(field)));
        for (const FacilityType &t : p.profile.types)
            out(tr("  facility type %1: %2 minutes at %3 m/s").arg(localLabel(t.label, t.labelZh)).arg(t.minutes).arg(t.speedMps));
        out(tr("Population: %1").arg(q(p.population.ref.path)));
        for (const DemandGroup &g : p.population.groups)
            out(tr("  %1 ← column %2").arg(localLabel(g.label, g.labelZh), q(g.field)));
        if (const auto &c = p.population.census) {
            // Where the counts go, as the mapping left it (it may have changed the note's).
            if (c->buildings)
                out(tr("  spread over the buildings of %1").arg(q(c->buildings->path)));
            if (c->residential)
                out((c->buildings ? tr("  where a unit has none, over the residential land of %1")
                                  : tr("  spread over the residential land of %1"))
                        .arg(q(c->residential->path)));
            out(tr("  evenly where a unit has nothing to go by"));
        }
        out(p.units.ref.path.empty() ? tr("Units: none (the whole area is one unit)")
                                     : tr("Units: %1 (names from column %2)").arg(q(p.units.ref.path), q(p.units.nameField)));
        for (const ReferenceLayerSpec &r : p.references)
            out(tr("Reference layer (drawn for context): %1").arg(q(r.ref.path)));
        if (!p.targets.empty())
            out(tr("Target profile: %1").arg(q(p.targets)));
        if (!warnings.empty())
            out(tr("%n warning(s) while reading the layers:", nullptr, int(warnings.size())));
        for (std::size_t i = 0; i < warnings.size() && i < 20; ++i)
            out("  " + warnings[i].localText());
        if (warnings.size() > 20)
            out(tr("  … and %n more", nullptr, int(warnings.size() - 20)));
        out(tr("Saved: %1").arg(q(saved)));
    }
};

class NewCommand : public Command
{
public:
    std::string name() const override { return "new"; }
    std::string summary() const override { return "make a project from the planner's own files"; }
    std::string usage() const override
    {
        return R"USAGE(usage: quarterhour-cli new --network FILE --facilities FILE --population FILE
                        [--units FILE] [--targets ID|FILE] [--mapping MAPPING.json]
                        [--crs EPSG:CODE] [--type KEY] [--name NAME]
                        [--reference FILE[:LAYER]]... --out PROJECT.qhproj

Makes a project from the files as they are, without writing to them. What each
file holds is detected as `import` shows it: the layer, coordinate columns of a
table, the field mapping, type values mapped onto facility types. A mapping file
corrects any of it; the project file keeps the result.

  --network FILE      walking network: OSM .pbf/.osm, or any line layer
  --facilities FILE   facilities: points or polygons, or a table (XLSX, CSV) with
                      coordinate columns
  --population FILE   population: a grid or points with count columns, a raster,
                      or a table of counts per unit (社区/街道, CSV or XLSX) joined
                      to the units by name or code and spread onto a 100 m grid
                      over the buildings of an OSM network (else evenly)
  --units FILE        planning units (polygons); none: the whole area is one unit
  --targets ID|FILE   target profile: its facility types and walking circles
  --mapping FILE      JSON with any of the project's layer keys, e.g.
                      {"facilities": {"type_field": "类型", "type_values":
                      {"托育机构": "childcare"}, "capacity_fields": {"beds": "床位数"},
                      "crs": "EPSG:4490"}, "population": {"groups": {"total":
                      "常住人口"}, "census": {"join_field": "街道", "buildings":
                      {"path": "buildings.shp"}, "residential": {"path":
                      "landuse.shp", "where": "用地性质 = '居住用地'"}}},
                      "units": {"name_field": "名称",
                      "where": "乡 = '望京街道'"}}; rasters add up into a group:
                      {"population": {"groups": {"elderly": ["pop_60_f.tif",
                      "pop_60_m.tif", …]}}} (paths relative to the mapping file);
                      a census goes on buildings, else residential land, else
                      evenly
  --crs EPSG:CODE     analysis CRS (metres); default: the CGCS2000 3° Gauss-Krüger
                      zone of the study area in China, else its UTM zone
  --type KEY          the facility type of facilities without one (no type column)
  --name NAME         the project's name (default: the file name of the units)
  --reference FILE    a layer drawn on the maps for context only (a land-use plan,
                      planned residential plots, a scanned plan as GeoTIFF); any
                      vector layer (FILE:LAYER) or raster; repeat for more
  --out FILE          the project file to write; an existing file is not replaced

exit codes: 0 ok, 1 a file cannot be read or mapped, 2 bad arguments
)USAGE";
    }
    int run(const std::vector<std::string> &args) override
    {
        std::string network, facilities, population, units, targets, mapping, crs, type, name, outPath;
        std::vector<LayerRef> references;
        ArgParser()
            .option("--reference", [&](const std::string &v) { references.push_back(layerArg(v)); })
            .option("--network", &network)
            .option("--facilities", &facilities)
            .option("--population", &population)
            .option("--units", &units)
            .option("--targets", &targets)
            .option("--mapping", &mapping)
            .option("--crs", &crs)
            .option("--type", &type)
            .option("--name", &name)
            .option("--out", &outPath)
            .parse(args);
        for (const auto &[option, value] : std::map<std::string, std::string>{
                 {"--network", network}, {"--facilities", facilities}, {"--population", population}, {"--out", outPath}})
            if (value.empty())
                throw BadArguments("new needs " + option);
        std::vector<std::string> inputs{network, facilities, population};
        if (!units.empty())
            inputs.push_back(units);
        if (!mapping.empty())
            inputs.push_back(mapping);
        for (const LayerRef &r : references)
            inputs.push_back(r.path);
        refuseToOverwriteInputs({outPath}, inputs);
        if (std::filesystem::exists(outPath))
            throw FileError(Message::coded("project_exists", {outPath}));

        Warnings notes, warnings;
        NewProjectRequest request = proposeNewProject(network, facilities, population, units, targets, notes);
        if (!mapping.empty()) {
            applyMappingFile(request, mapping);
            if (!request.census || !request.census->buildings) // the mapping took the buildings away
                std::erase_if(notes, [](const Message &n) { return n.code == "import_census_buildings"; });
        }
        if (!crs.empty())
            request.crs = crs;
        if (!type.empty())
            request.facilities.defaultType = type;
        if (!name.empty())
            request.name = name;
        Project p = buildNewProject(request, warnings);
        for (LayerRef r : references) {
            r.path = absoluteSource(r.path);
            ReferenceLayerSpec spec{r, sourceStem(r.path), ""};
            readReference(spec, p.crs, {}, warnings, 64); // a file that cannot be drawn stops here, named
            p.references.push_back(spec);
        }
        saveProject(p, outPath);
        NewReport::print(p, notes, warnings, outPath);
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeNewCommand()
{
    return std::make_unique<NewCommand>();
}

} // namespace qh::cli
