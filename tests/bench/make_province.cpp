// Writes the synthetic province of the scale benchmarks as files a planner could
// bring: the Porto Alegre city project (tests/bench/poa_project.sh makes it) tiled
// N x N times (tiling.h), so that the whole `quarterhour-cli new` + `analyze` path
// (reading, analysis, catchments, GeoPackage, maps) can be run and measured on it
// (tests/bench/province.sh).
//   build/tests/make_province PROJECT.qhproj TILES_PER_SIDE OUT_DIR
// writes in OUT_DIR (which must not hold them yet), all in the project's CRS:
//   network.gpkg      the walkable segments as lines
//   facilities.gpkg   points: id, name, type, one column per capacity key
//   cells.gpkg        population cells (polygons) with a column per population group
//   districts.gpkg    the planning units: code, name
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <stdexcept>
#include <string>

#include <QCoreApplication>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "io/gdal.h"
#include "io/ogrgeometry.h"
#include "io/readers.h"
#include "scenario/project.h"
#include "tiling.h"

using namespace qh;

namespace {

/// A new GeoPackage with one layer, filled in transactions of 100,000 features.
class Writer
{
public:
    Writer(const std::string &path, const char *layer, OGRwkbGeometryType type, const Crs &crs)
    {
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        ds_.reset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds_)
            throw std::runtime_error("cannot create " + path);
        OGRSpatialReference srs;
        srs.SetFromUserInput(crs.toUserInput().c_str());
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        layer_ = ds_->CreateLayer(layer, &srs, type, nullptr);
        if (!layer_)
            throw std::runtime_error("cannot create layer " + std::string(layer) + " in " + path);
    }
    void field(const std::string &name, OGRFieldType type)
    {
        OGRFieldDefn defn(name.c_str(), type);
        layer_->CreateField(&defn);
    }
    OGRFeature &feature()
    {
        if (!feature_)
            feature_ = std::make_unique<OGRFeature>(layer_->GetLayerDefn());
        return *feature_;
    }
    void add(OGRGeometry *geometry)
    {
        if (count_ % 100000 == 0) {
            if (count_ > 0)
                ds_->CommitTransaction();
            ds_->StartTransaction();
        }
        feature_->SetGeometryDirectly(geometry);
        feature_->SetFID(OGRNullFID);
        if (layer_->CreateFeature(feature_.get()) != OGRERR_NONE)
            throw std::runtime_error("cannot write a feature");
        ++count_;
    }
    ~Writer()
    {
        if (count_ > 0)
            ds_->CommitTransaction();
    }

private:
    DatasetPtr ds_;
    OGRLayer *layer_ = nullptr;
    std::unique_ptr<OGRFeature> feature_;
    long count_ = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: make_province PROJECT.qhproj TILES_PER_SIDE OUT_DIR\n");
        return 2;
    }
    const int side = std::max(1, std::atoi(argv[2]));
    const std::filesystem::path out = argv[3];
    std::filesystem::create_directories(out);
    for (const char *name : {"network.gpkg", "facilities.gpkg", "cells.gpkg", "districts.gpkg"})
        if (std::filesystem::exists(out / name)) {
            std::fprintf(stderr, "make_province: %s exists already\n", (out / name).c_str());
            return 1;
        }
    try {
        const Project project = loadProject(argv[1]);
        const RegionData region = bench::tiled(loadRegion(project), side);
        ensureGdal();
        {
            Writer w((out / "network.gpkg").string(), "network", wkbLineString, project.crs);
            w.field("highway", OFTString);
            w.feature().SetField("highway", "footway");
            for (const Polyline &l : region.network) {
                auto *line = new OGRLineString;
                line->setNumPoints(int(l.size()));
                for (std::size_t i = 0; i < l.size(); ++i)
                    line->setPoint(int(i), l[i].x, l[i].y);
                w.add(line);
            }
        }
        {
            std::set<std::string> keys;
            for (const Facility &f : region.facilities)
                for (const auto &[key, value] : f.capacity)
                    keys.insert(key);
            Writer w((out / "facilities.gpkg").string(), "facilities", wkbPoint, project.crs);
            w.field("id", OFTString);
            w.field("name", OFTString);
            w.field("type", OFTString);
            for (const std::string &key : keys)
                w.field(key, OFTReal);
            for (const Facility &f : region.facilities) {
                OGRFeature &feature = w.feature();
                feature.SetField("id", f.id.c_str());
                feature.SetField("name", (f.name.empty() ? f.id : f.name).c_str());
                feature.SetField("type", f.type.c_str());
                for (const std::string &key : keys) {
                    const auto it = f.capacity.find(key);
                    if (it == f.capacity.end())
                        feature.SetFieldNull(feature.GetFieldIndex(key.c_str()));
                    else
                        feature.SetField(key.c_str(), it->second);
                }
                w.add(new OGRPoint(f.pos.x, f.pos.y));
            }
        }
        {
            Writer w((out / "cells.gpkg").string(), "cells", wkbMultiPolygon, project.crs);
            for (const DemandGroup &g : project.population.groups)
                w.field(g.field.empty() ? g.key : g.field, OFTReal);
            for (const PopulationCell &c : region.cells) {
                OGRFeature &feature = w.feature();
                for (std::size_t i = 0; i < project.population.groups.size() && i < c.pop.size(); ++i)
                    feature.SetField(int(i), c.pop[i]);
                w.add(new OGRMultiPolygon(toOgr(c.shape)));
            }
        }
        {
            Writer w((out / "districts.gpkg").string(), "districts", wkbMultiPolygon, project.crs);
            w.field("code", OFTString);
            w.field("name", OFTString);
            for (const Unit &u : region.units) {
                OGRFeature &feature = w.feature();
                feature.SetField("code", u.id.c_str());
                feature.SetField("name", u.name.c_str());
                w.add(new OGRMultiPolygon(toOgr(u.shape)));
            }
        }
        std::printf("%d tiles: %zu lines, %zu facilities, %zu cells, %zu units in %s\n", side * side,
                    region.network.size(), region.facilities.size(), region.cells.size(), region.units.size(),
                    out.c_str());
    } catch (const std::exception &e) {
        std::fprintf(stderr, "make_province: %s\n", e.what());
        return 1;
    }
    return 0;
}
