#include "io/geopackage.h"

#include <cctype>
#include <cmath>
#include <filesystem>
#include <set>

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogrsf_frmts.h>

#include <QString>

#include "error.h"
#include "geo/geos.h"
#include "io/gdal.h"
#include "io/ogrgeometry.h"

namespace qh {

namespace {

struct LayerWriter
{
    OGRLayer *layer;

    void field(const std::string &name, OGRFieldType type)
    {
        OGRFieldDefn fd(name.c_str(), type);
        if (layer->CreateField(&fd) != OGRERR_NONE)
            throw FileError(std::string("cannot create field ") + name + ": " + CPLGetLastErrorMsg());
    }
};

} // namespace

std::string columnKey(const std::string &s)
{
    std::string out;
    // UTF-8 stays (GeoPackage and CSV columns may be 托育), other ASCII becomes '_';
    // project keys hold no such ASCII, so distinct keys give distinct columns.
    for (char c : s)
        out += (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c))) ? c : '_';
    return out;
}

void writeGeoPackage(const std::string &path, const Project &project, const RegionData &region,
                     const AnalysisResult &res, const Evaluation *ev, const std::vector<LayerStyle> &styles)
{
    ensureGdal();
    GDALDriver *drv = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!drv)
        throw FileError("GDAL has no GeoPackage driver");
    std::filesystem::remove(path);
    DatasetPtr ds([&] {
        std::lock_guard lock(datasetOpenMutex()); // SpatiaLite's setlocale(), see gdal.h
        return drv->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    }());
    if (!ds)
        throw FileError(path + ": cannot create GeoPackage (" + CPLGetLastErrorMsg() + ")");
    OGRSpatialReference srs(*project.crs.ogr());
    const auto &types = res.profile.types;

    // Cells: polygons in "cells", a population given as points in "population_points"
    // (kept as points, with the id they have in the population layer).
    auto writeCells = [&](const char *name, bool points) {
        std::vector<std::size_t> which;
        for (std::size_t c = 0; c < region.cells.size(); ++c)
            if (region.cells[c].shape.empty() == points)
                which.push_back(c);
        if (which.empty())
            return;
        OGRLayer *cells = ds->CreateLayer(name, &srs, points ? wkbPoint : wkbMultiPolygon, nullptr);
        LayerWriter cw{cells};
        cw.field("cell_index", OFTInteger);
        cw.field("source_id", OFTInteger64);
        cw.field("unit_id", OFTString);
        for (const DemandGroup &g : res.groups)
            cw.field("pop_" + columnKey(g.key), OFTReal);
        cw.field("snap_m", OFTReal);
        for (const FacilityType &t : types) {
            cw.field("min_" + columnKey(t.key), OFTReal);
            cw.field("cov_" + columnKey(t.key), OFTReal);
            cw.field("acc2sfca_" + columnKey(t.key), OFTReal);
            cw.field("acce2sfca_" + columnKey(t.key), OFTReal);
        }
        ds->StartTransaction();
        for (std::size_t c : which) {
            const CellResult &cr = res.cells[c];
            OGRFeature f(cells->GetLayerDefn());
            int k = 0;
            f.SetField(k++, static_cast<int>(c));
            if (region.cells[c].sourceId >= 0)
                f.SetField(k, static_cast<GIntBig>(region.cells[c].sourceId));
            ++k;
            if (cr.unit)
                f.SetField(k, region.units[*cr.unit].id.c_str());
            ++k;
            for (double p : region.cells[c].pop)
                f.SetField(k++, p);
            if (cr.snapDistance)
                f.SetField(k, *cr.snapDistance);
            ++k;
            for (std::size_t t = 0; t < types.size(); ++t) {
                if (std::isfinite(cr.minutes[t]))
                    f.SetField(k, cr.minutes[t]);
                ++k;
                f.SetField(k++, cr.coveredShare[t]);
                f.SetField(k++, cr.access2sfca[t]);
                f.SetField(k++, cr.accessE2sfca[t]);
            }
            if (points) {
                OGRPoint pt(region.cells[c].rep.x, region.cells[c].rep.y);
                f.SetGeometry(&pt);
            } else {
                OGRMultiPolygon g = toOgr(region.cells[c].shape);
                f.SetGeometry(&g);
            }
            if (cells->CreateFeature(&f) != OGRERR_NONE)
                throw FileError(path + ": cannot write cell " + std::to_string(c));
        }
        ds->CommitTransaction();
    };
    writeCells("cells", false);
    writeCells("population_points", true);

    // units
    OGRLayer *units = ds->CreateLayer("units", &srs, wkbMultiPolygon, nullptr);
    LayerWriter uw{units};
    uw.field("unit_id", OFTString);
    uw.field("name", OFTString);
    for (const DemandGroup &g : res.groups)
        uw.field("pop_" + columnKey(g.key), OFTReal);
    for (const FacilityType &t : types) {
        const std::string k = columnKey(t.key);
        uw.field("n_" + k, OFTInteger);
        uw.field("cap_" + k, OFTReal);
        uw.field("per1000_" + k, OFTReal);
        uw.field("share_" + k, OFTReal);
        uw.field("acc2sfca_" + k, OFTReal);
        uw.field("acce2sfca_" + k, OFTReal);
        uw.field("gini_" + k, OFTReal);
    }
    std::vector<const IndicatorResult *> evaluated;
    if (ev)
        for (const IndicatorResult &ir : ev->indicators)
            if (ir.available) {
                evaluated.push_back(&ir);
                const std::string k = columnKey(ir.indicator.id);
                uw.field(k, OFTReal);
                uw.field(k + "_target", OFTReal);
                uw.field(k + "_pass", OFTInteger);
                uw.field(k + "_class", OFTString);
                uw.field(k + "_gap", OFTString);
            }
    ds->StartTransaction();
    for (std::size_t u = 0; u < region.units.size(); ++u) {
        const UnitResult &ur = res.units[u];
        OGRFeature f(units->GetLayerDefn());
        int k = 0;
        f.SetField(k++, region.units[u].id.c_str());
        f.SetField(k++, region.units[u].name.c_str());
        for (double p : ur.pop)
            f.SetField(k++, p);
        for (std::size_t t = 0; t < types.size(); ++t) {
            auto g = res.groupIndex(types[t].demandGroup);
            f.SetField(k++, ur.facilityCount[t]);
            f.SetField(k++, ur.capacity[t]);
            if (ur.ratioPer1000[t])
                f.SetField(k, *ur.ratioPer1000[t]);
            ++k;
            f.SetField(k++, g ? ur.share(t, *g) : 0.0);
            f.SetField(k++, ur.access2sfca[t]);
            f.SetField(k++, ur.accessE2sfca[t]);
            f.SetField(k++, ur.gini[t]);
        }
        for (const IndicatorResult *ir : evaluated) {
            const Score &sc = ir->units[u];
            if (sc.value)
                f.SetField(k, *sc.value);
            ++k;
            f.SetField(k++, sc.target);
            if (sc.applicable)
                f.SetField(k, sc.pass ? 1 : 0);
            ++k;
            f.SetField(k++, warningClassKey(sc, *ir).c_str());
            f.SetField(k++, (sc.applicable ? sc.gapText : sc.notApplicableReason).text().c_str());
        }
        OGRMultiPolygon g = toOgr(region.units[u].shape);
        f.SetGeometry(&g);
        if (units->CreateFeature(&f) != OGRERR_NONE)
            throw FileError(path + ": cannot write unit " + region.units[u].id);
    }
    ds->CommitTransaction();

    // facilities
    OGRLayer *facs = ds->CreateLayer("facilities", &srs, wkbPoint, nullptr);
    LayerWriter fw{facs};
    for (const char *n : {"fac_id", "name", "type"})
        fw.field(n, OFTString);
    fw.field("proposed", OFTInteger); // 1: in the plan, 0: existing
    fw.field("snap_m", OFTReal);
    fw.field("reach_m", OFTReal);
    for (const DemandGroup &g : res.groups)
        fw.field("cov_" + columnKey(g.key), OFTReal);
    std::set<std::string> capacityKeys;
    for (const Facility &fac : region.facilities)
        for (const auto &[key, value] : fac.capacity)
            capacityKeys.insert(key);
    for (const std::string &key : capacityKeys)
        fw.field("cap_" + columnKey(key), OFTReal);
    ds->StartTransaction();
    for (std::size_t i = 0; i < region.facilities.size(); ++i) {
        const Facility &fac = region.facilities[i];
        const FacilityResult &fr = res.facilities[i];
        OGRFeature f(facs->GetLayerDefn());
        int k = 0;
        f.SetField(k++, fac.id.c_str());
        f.SetField(k++, fac.name.c_str());
        f.SetField(k++, fac.type.c_str());
        f.SetField(k++, fac.proposed ? 1 : 0);
        if (fr.snapDistance)
            f.SetField(k, *fr.snapDistance);
        ++k;
        f.SetField(k++, fr.reachableLengthM);
        for (double p : fr.coveredPop)
            f.SetField(k++, p);
        for (const std::string &key : capacityKeys) {
            const auto it = fac.capacity.find(key);
            if (it != fac.capacity.end())
                f.SetField(k, it->second);
            ++k;
        }
        OGRPoint pt(fac.pos.x, fac.pos.y);
        f.SetGeometry(&pt);
        if (facs->CreateFeature(&f) != OGRERR_NONE)
            throw FileError(path + ": cannot write facility " + fac.id);
    }
    ds->CommitTransaction();

    if (!res.facilityCatchments.empty()) {
        OGRLayer *cl = ds->CreateLayer("catchments", &srs, wkbMultiPolygon, nullptr);
        LayerWriter cwr{cl};
        cwr.field("fac_id", OFTString);
        cwr.field("type", OFTString);
        cwr.field("minutes", OFTReal);
        cwr.field("area_ha", OFTReal);
        ds->StartTransaction();
        for (std::size_t i = 0; i < region.facilities.size() && i < res.facilityCatchments.size(); ++i) {
            const FacilityResult &fr = res.facilities[i];
            if (res.facilityCatchments[i].empty() || fr.typeIndex < 0)
                continue;
            OGRFeature f(cl->GetLayerDefn());
            f.SetField(0, region.facilities[i].id.c_str());
            f.SetField(1, region.facilities[i].type.c_str());
            f.SetField(2, types[fr.typeIndex].minutes);
            f.SetField(3, areaOf(res.facilityCatchments[i]) / 10000.0);
            OGRMultiPolygon g = toOgr(res.facilityCatchments[i]);
            f.SetGeometry(&g);
            if (cl->CreateFeature(&f) != OGRERR_NONE)
                throw FileError(path + ": cannot write the catchment of facility " + region.facilities[i].id);
        }
        ds->CommitTransaction();
    }
    if (!res.typeCatchments.empty()) {
        OGRLayer *tl = ds->CreateLayer("catchments_by_type", &srs, wkbMultiPolygon, nullptr);
        LayerWriter twr{tl};
        twr.field("type", OFTString);
        twr.field("label", OFTString);
        twr.field("minutes", OFTReal);
        twr.field("speed_mps", OFTReal);
        twr.field("area_ha", OFTReal);
        ds->StartTransaction();
        for (std::size_t t = 0; t < types.size() && t < res.typeCatchments.size(); ++t) {
            if (res.typeCatchments[t].empty())
                continue;
            OGRFeature f(tl->GetLayerDefn());
            f.SetField(0, types[t].key.c_str());
            f.SetField(1, types[t].label.c_str());
            f.SetField(2, types[t].minutes);
            f.SetField(3, types[t].speedMps);
            f.SetField(4, areaOf(res.typeCatchments[t]) / 10000.0);
            OGRMultiPolygon g = toOgr(res.typeCatchments[t]);
            f.SetGeometry(&g);
            if (tl->CreateFeature(&f) != OGRERR_NONE)
                throw FileError(path + ": cannot write the catchment of type " + types[t].key);
        }
        ds->CommitTransaction();
    }
    // Which run produced these layers, readable in QGIS as a plain table.
    OGRLayer *info = ds->CreateLayer("run_info", nullptr, wkbNone, nullptr);
    LayerWriter iw{info};
    iw.field("key", OFTString);
    iw.field("value", OFTString);
    std::vector<std::pair<std::string, std::string>> rows = {
        {"project", project.name},
        {"profile", res.profile.name},
        {"profile_source", res.profile.source},
        {"crs", project.crs.authId()},
        {"quarterhour_version", QH_VERSION}};
    for (const FacilityType &t : types)
        rows.push_back({"circle_" + t.key, QString("%1 min at %2 m/s = %3 m (%4)")
                                              .arg(t.minutes).arg(t.speedMps).arg(t.budgetMetres())
                                              .arg(QString::fromStdString(t.speedSource)).toStdString()});
    for (const auto &[k, v] : rows) {
        OGRFeature f(info->GetLayerDefn());
        f.SetField(0, k.c_str());
        f.SetField(1, v.c_str());
        if (info->CreateFeature(&f) != OGRERR_NONE)
            throw FileError(path + ": cannot write the run information");
    }
    // QGIS's own table of layer styles: each layer opens with the app's colours.
    if (!styles.empty()) {
        OGRLayer *ls = ds->CreateLayer("layer_styles", nullptr, wkbNone, nullptr);
        if (!ls)
            throw FileError(path + ": cannot create the layer_styles table");
        LayerWriter sw{ls};
        for (const char *n : {"f_table_catalog", "f_table_schema", "f_table_name", "f_geometry_column", "styleName",
                              "styleQML", "styleSLD"})
            sw.field(n, OFTString);
        sw.field("useAsDefault", OFTInteger);
        for (const char *n : {"description", "owner", "ui", "update_time"})
            sw.field(n, OFTString);
        for (const LayerStyle &st : styles) {
            OGRLayer *target = ds->GetLayerByName(st.table.c_str());
            if (!target)
                continue;
            OGRFeature f(ls->GetLayerDefn());
            f.SetField("f_table_catalog", "");
            f.SetField("f_table_schema", "");
            f.SetField("f_table_name", st.table.c_str());
            f.SetField("f_geometry_column", target->GetGeometryColumn());
            f.SetField("styleName", st.name.c_str());
            f.SetField("styleQML", st.qml.c_str());
            f.SetField("styleSLD", st.sld.c_str());
            f.SetField("useAsDefault", 1);
            f.SetField("description", "QuarterHour " QH_VERSION);
            f.SetField("owner", "");
            f.SetField("ui", "");
            if (ls->CreateFeature(&f) != OGRERR_NONE)
                throw FileError(path + ": cannot write the style of layer " + st.table);
        }
    }
    ds.reset(); // close, flushing everything, before the rename
}

std::vector<std::string> writeGeoJsonCopies(const std::string &geopackage, const std::vector<std::string> &layers,
                                            const std::string &outDir)
{
    ensureGdal();
    DatasetPtr src(openLocked(geopackage, GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!src)
        throw FileError(geopackage + ": cannot open (" + CPLGetLastErrorMsg() + ")");
    std::vector<std::string> written;
    for (const std::string &layer : layers) {
        if (!src->GetLayerByName(layer.c_str()))
            continue; // e.g. no catchments
        const std::string out = (std::filesystem::path(outDir) / (layer + ".geojson")).string();
        const char *args[] = {"-f", "GeoJSON", "-t_srs", "EPSG:4326", "-lco", "RFC7946=YES", "-lco", "COORDINATE_PRECISION=7",
                              layer.c_str(), nullptr};
        GDALVectorTranslateOptions *opts = GDALVectorTranslateOptionsNew(const_cast<char **>(args), nullptr);
        GDALDatasetH in = src.get();
        int usageError = 0;
        GDALDatasetH ds = GDALVectorTranslate(out.c_str(), nullptr, 1, &in, opts, &usageError);
        GDALVectorTranslateOptionsFree(opts);
        if (ds)
            GDALClose(ds); // GDAL 3.6 reports no error from closing; the file is checked below
        std::error_code ec;
        if (!ds || std::filesystem::file_size(out, ec) == 0 || ec) {
            std::filesystem::remove(out, ec);
            throw FileError(out + ": cannot write GeoJSON (" + CPLGetLastErrorMsg() + ")");
        }
        written.push_back(out);
    }
    return written;
}

} // namespace qh
