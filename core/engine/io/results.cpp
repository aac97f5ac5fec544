#include "io/results.h"
#include "io/outputs.h"

#include <cmath>
#include <filesystem>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QString>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "geo/geos.h"
#include "io/gdal.h"

namespace qh {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QJsonValue num(double v, int decimals = 3)
{
    if (!std::isfinite(v))
        return QJsonValue(QJsonValue::Null);
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

QJsonValue optNum(const std::optional<double> &v, int decimals = 3)
{
    return v ? num(*v, decimals) : QJsonValue(QJsonValue::Null);
}

QJsonObject perGroup(const AnalysisResult &r, const std::vector<double> &values)
{
    QJsonObject o;
    for (std::size_t g = 0; g < r.groups.size(); ++g)
        o[qs(r.groups[g].key)] = num(values[g], 1);
    return o;
}

void saveText(const std::string &path, const QByteArray &data)
{
    QSaveFile f(qs(path));
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        throw FileError(path + ": cannot write (" + f.errorString().toStdString() + ")");
}

std::string csvField(const std::string &s)
{
    if (s.find_first_of(",\"\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string csvNum(double v, int decimals)
{
    if (!std::isfinite(v))
        return "";
    return QString::number(v, 'f', decimals).toStdString();
}

OGRMultiPolygon toOgr(const MultiPolygon &mp)
{
    OGRMultiPolygon out;
    for (const Polygon &poly : mp) {
        OGRPolygon p;
        for (const Ring &ring : poly) {
            OGRLinearRing r;
            for (const Point &pt : ring)
                r.addPoint(pt.x, pt.y);
            p.addRing(&r);
        }
        out.addGeometry(&p);
    }
    return out;
}

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
                     const AnalysisResult &res, const Evaluation *ev)
{
    ensureGdal();
    GDALDriver *drv = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!drv)
        throw FileError("GDAL has no GeoPackage driver");
    std::filesystem::remove(path);
    DatasetPtr ds(drv->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        throw FileError(path + ": cannot create GeoPackage (" + CPLGetLastErrorMsg() + ")");
    OGRSpatialReference srs(*project.crs.ogr());
    const auto &types = res.profile.types;

    // cells
    OGRLayer *cells = ds->CreateLayer("cells", &srs, wkbMultiPolygon, nullptr);
    LayerWriter cw{cells};
    cw.field("cell_index", OFTInteger);
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
    for (std::size_t c = 0; c < region.cells.size(); ++c) {
        const CellResult &cr = res.cells[c];
        OGRFeature f(cells->GetLayerDefn());
        int k = 0;
        f.SetField(k++, static_cast<int>(c));
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
        OGRMultiPolygon g = toOgr(region.cells[c].shape);
        f.SetGeometry(&g);
        if (cells->CreateFeature(&f) != OGRERR_NONE)
            throw FileError(path + ": cannot write cell " + std::to_string(c));
    }
    ds->CommitTransaction();

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
    fw.field("snap_m", OFTReal);
    fw.field("reach_m", OFTReal);
    for (const DemandGroup &g : res.groups)
        fw.field("cov_" + columnKey(g.key), OFTReal);
    ds->StartTransaction();
    for (std::size_t i = 0; i < region.facilities.size(); ++i) {
        const Facility &fac = region.facilities[i];
        const FacilityResult &fr = res.facilities[i];
        OGRFeature f(facs->GetLayerDefn());
        int k = 0;
        f.SetField(k++, fac.id.c_str());
        f.SetField(k++, fac.name.c_str());
        f.SetField(k++, fac.type.c_str());
        if (fr.snapDistance)
            f.SetField(k, *fr.snapDistance);
        ++k;
        f.SetField(k++, fr.reachableLengthM);
        for (double p : fr.coveredPop)
            f.SetField(k++, p);
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
    ds.reset(); // close, flushing everything, before the rename
}

} // namespace

static QJsonObject scoreJson(const Score &sc, const IndicatorResult &ir)
{
    QJsonObject o;
    o["value"] = sc.value ? num(*sc.value, 4) : QJsonValue();
    o["target"] = sc.target;
    o["applicable"] = sc.applicable;
    o["pass"] = sc.applicable ? QJsonValue(sc.pass) : QJsonValue();
    o["gap"] = sc.gap;
    o["gap_text"] = qs(sc.gapText.text());
    o["warning_class"] = qs(warningClassKey(sc, ir));
    if (!sc.applicable)
        o["not_applicable_reason"] = qs(sc.notApplicableReason.text());
    return o;
}

std::string summaryJson(const Project &project, const RegionData &region, const AnalysisResult &res,
                        const Evaluation *ev)
{
    QJsonObject root;
    root["schema"] = "quarterhour-summary";
    root["schema_version"] = 1;
    QJsonObject run;
    run["project"] = qs(project.name);
    run["project_file"] = qs(project.path);
    run["crs"] = qs(project.crs.authId());
    QJsonObject prof;
    prof["name"] = qs(res.profile.name);
    prof["source"] = qs(res.profile.source);
    prof["max_snap_distance_m"] = res.profile.maxSnapDistance;
    QJsonArray types;
    for (const FacilityType &t : res.profile.types) {
        QJsonObject o;
        o["key"] = qs(t.key);
        o["label"] = qs(t.label);
        o["demand_group"] = qs(t.demandGroup);
        o["minutes"] = t.minutes;
        o["speed_mps"] = t.speedMps;
        o["speed_source"] = qs(t.speedSource);
        o["budget_m"] = num(t.budgetMetres(), 1);
        o["capacity"] = qs(t.capacityKey);
        o["ratio_per"] = qs(t.ratioGroup);
        types.append(o);
    }
    prof["facility_types"] = types;
    run["profile"] = prof;
    QJsonObject net;
    net["nodes"] = static_cast<qint64>(res.network.nodes);
    net["edges"] = static_cast<qint64>(res.network.edges);
    net["length_km"] = num(res.network.lengthKm, 3);
    net["components"] = static_cast<qint64>(res.network.components);
    net["largest_component_share"] = num(res.network.largestComponentShare, 4);
    net["bytes_per_edge"] = num(res.network.bytesPerEdge, 1);
    run["network"] = net;
    QJsonObject timings;
    for (const auto &[k, v] : res.timingsMs)
        timings[qs(k)] = num(v, 2);
    run["timings_ms"] = timings;
    QJsonArray warnings;
    for (const Message &w : res.warnings)
        warnings.append(qs(w.text()));
    run["warnings"] = warnings;
    run["scenario"] = QJsonObject{{"name", qs(res.scenario)},
                                  {"proposed", static_cast<qint64>(res.planAdded)},
                                  {"moved", static_cast<qint64>(res.planMoved)},
                                  {"removed", static_cast<qint64>(res.planRemoved)},
                                  {"changed", static_cast<qint64>(res.planChanged)}};
    root["run"] = run;

    QJsonArray groups;
    for (const DemandGroup &g : res.groups)
        groups.append(QJsonObject{{"key", qs(g.key)}, {"label", qs(g.label)}, {"field", qs(g.field)}});
    root["demand_groups"] = groups;

    QJsonObject totals;
    totals["population"] = perGroup(res, res.totalPop);
    QJsonObject cov;
    for (std::size_t t = 0; t < res.profile.types.size(); ++t) {
        QJsonObject o;
        o["covered"] = perGroup(res, res.totalCovered[t]);
        QJsonObject share;
        for (std::size_t g = 0; g < res.groups.size(); ++g)
            share[qs(res.groups[g].key)] =
                num(res.totalPop[g] > 0 ? res.totalCovered[t][g] / res.totalPop[g] : 0.0, 4);
        o["share"] = share;
        o["gini_e2sfca"] = num(res.gini[t], 4);
        // The Lorenz curve at every 5% of people, for charts.
        QJsonArray lorenz;
        std::size_t k = 0;
        const auto &curve = res.lorenz[t];
        for (int step = 0; step <= 20 && !curve.empty(); ++step) {
            const double x = step / 20.0;
            while (k + 1 < curve.size() && curve[k + 1].population < x)
                ++k;
            double y = curve[k].supply;
            if (k + 1 < curve.size() && curve[k + 1].population > curve[k].population)
                y += (curve[k + 1].supply - curve[k].supply) * (x - curve[k].population)
                     / (curve[k + 1].population - curve[k].population);
            lorenz.append(QJsonArray{x, num(std::min(y, x), 4)});
        }
        o["lorenz"] = lorenz;
        cov[qs(res.profile.types[t].key)] = o;
    }
    totals["coverage"] = cov;
    root["totals"] = totals;

    QJsonArray facs;
    for (std::size_t i = 0; i < region.facilities.size(); ++i) {
        const Facility &f = region.facilities[i];
        const FacilityResult &fr = res.facilities[i];
        QJsonObject o;
        o["id"] = qs(f.id);
        o["name"] = qs(f.name);
        o["type"] = qs(f.type);
        QJsonObject cap;
        for (const auto &[k, v] : f.capacity)
            cap[qs(k)] = num(v, 1);
        o["capacity"] = cap;
        o["unit_id"] = fr.unit ? QJsonValue(qs(region.units[*fr.unit].id)) : QJsonValue();
        o["snap_distance_m"] = optNum(fr.snapDistance, 2);
        o["reachable"] = fr.snapDistance.has_value() && fr.typeIndex >= 0;
        o["reachable_network_m"] = num(fr.reachableLengthM, 1);
        o["covered"] = perGroup(res, fr.coveredPop);
        facs.append(o);
    }
    root["facilities"] = facs;

    QJsonArray units;
    for (std::size_t u = 0; u < region.units.size(); ++u) {
        const UnitResult &ur = res.units[u];
        QJsonObject o;
        o["id"] = qs(region.units[u].id);
        o["name"] = qs(region.units[u].name);
        o["population"] = perGroup(res, ur.pop);
        QJsonObject byType;
        for (std::size_t t = 0; t < res.profile.types.size(); ++t) {
            QJsonObject to;
            to["facilities"] = ur.facilityCount[t];
            to["capacity"] = num(ur.capacity[t], 1);
            to["capacity_per_1000"] = optNum(ur.ratioPer1000[t], 2);
            to["covered"] = perGroup(res, ur.covered[t]);
            QJsonObject share;
            for (std::size_t g = 0; g < res.groups.size(); ++g)
                share[qs(res.groups[g].key)] = num(ur.share(t, g), 4);
            to["share"] = share;
            to["access_2sfca_per_1000"] = num(ur.access2sfca[t], 3);
            to["access_e2sfca_per_1000"] = num(ur.accessE2sfca[t], 3);
            to["gini_e2sfca"] = num(ur.gini[t], 4);
            byType[qs(res.profile.types[t].key)] = to;
        }
        o["by_type"] = byType;
        units.append(o);
    }
    root["units"] = units;
    if (ev) {
        QJsonObject e;
        e["profile_id"] = qs(ev->profileId);
        e["profile_name"] = qs(ev->profileName);
        QJsonArray inds;
        for (const IndicatorResult &ir : ev->indicators) {
            QJsonObject o;
            const Indicator &ind = ir.indicator;
            o["id"] = qs(ind.id);
            o["label"] = qs(ind.label);
            o["label_zh"] = qs(ind.labelZh);
            o["facility_type"] = qs(ind.facilityType);
            o["target"] = ind.target;
            QJsonObject byClass;
            for (const auto &[k, v] : ind.targetsByClass)
                byClass[qs(k)] = v;
            o["targets_by_unit_class"] = byClass;
            o["source"] = qs(ind.source);
            QJsonArray classes;
            for (const WarningClass &c : ind.warningClasses)
                classes.append(QJsonObject{{"key", qs(c.key)}, {"label", qs(c.label)}, {"min_ratio", c.minRatio},
                                           {"colour", qs(c.colour)}, {"meaning", qs(c.meaning)}});
            o["warning_classes"] = classes;
            o["available"] = ir.available;
            if (!ir.available) {
                o["unavailable_reason"] = qs(ir.unavailableReason.text());
            } else {
                o["region"] = scoreJson(ir.region, ir);
                o["units_passing"] = ir.unitsPassing;
                o["units_applicable"] = ir.unitsApplicable;
                QJsonArray us;
                for (std::size_t u = 0; u < ir.units.size(); ++u) {
                    QJsonObject uo = scoreJson(ir.units[u], ir);
                    uo["unit_id"] = qs(region.units[u].id);
                    us.append(uo);
                }
                o["units"] = us;
            }
            inds.append(o);
        }
        e["indicators"] = inds;
        root["evaluation"] = e;
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString();
}

WrittenFiles writeResults(const Project &project, const RegionData &region,
                          const AnalysisResult &res, const std::string &outDir, const Evaluation *ev)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::create_directories(outDir, ec);
    if (ec || !fs::is_directory(outDir))
        throw FileError(outDir + ": cannot create the output folder (" + ec.message() + ")");
    WrittenFiles out;
    out.summaryJson = (fs::path(outDir) / "summary.json").string();
    out.unitsCsv = (fs::path(outDir) / "units.csv").string();
    out.geopackage = (fs::path(outDir) / "results.gpkg").string();
    refuseToOverwriteInputs({out.summaryJson, out.unitsCsv, out.geopackage}, projectInputs(project));

    // CSV: one row per unit.
    std::string csv = "scenario,unit_id,name";
    for (const DemandGroup &g : res.groups)
        csv += ",pop_" + columnKey(g.key);
    for (const FacilityType &t : res.profile.types) {
        const std::string k = columnKey(t.key);
        csv += ",facilities_" + k + ",capacity_" + k + ",per1000_" + k + ",access2sfca_" + k
               + ",accesse2sfca_" + k + ",gini_" + k;
        for (const DemandGroup &g : res.groups)
            csv += ",share_" + k + "_" + columnKey(g.key);
    }
    if (ev)
        for (const IndicatorResult &ir : ev->indicators)
            if (ir.available) {
                const std::string k = columnKey(ir.indicator.id);
                csv += "," + k + "," + k + "_target," + k + "_pass," + k + "_class," + k + "_gap";
            }
    csv += "\n";
    for (std::size_t u = 0; u < region.units.size(); ++u) {
        const UnitResult &ur = res.units[u];
        csv += res.scenario + "," + csvField(region.units[u].id) + "," + csvField(region.units[u].name);
        for (double p : ur.pop)
            csv += "," + csvNum(p, 1);
        for (std::size_t t = 0; t < res.profile.types.size(); ++t) {
            csv += "," + std::to_string(ur.facilityCount[t]) + "," + csvNum(ur.capacity[t], 1) + ","
                   + (ur.ratioPer1000[t] ? csvNum(*ur.ratioPer1000[t], 2) : std::string()) + ","
                   + csvNum(ur.access2sfca[t], 3) + "," + csvNum(ur.accessE2sfca[t], 3) + ","
                   + csvNum(ur.gini[t], 4);
            for (std::size_t g = 0; g < res.groups.size(); ++g)
                csv += "," + csvNum(ur.share(t, g), 4);
        }
        if (ev)
            for (const IndicatorResult &ir : ev->indicators)
                if (ir.available) {
                    const Score &sc = ir.units[u];
                    csv += "," + (sc.value ? csvNum(*sc.value, 4) : std::string()) + "," + csvNum(sc.target, 4)
                           + "," + (!sc.applicable ? "n/a" : sc.pass ? "yes" : "no") + "," + warningClassKey(sc, ir)
                           + "," + csvField((sc.applicable ? sc.gapText : sc.notApplicableReason).text());
                }
        csv += "\n";
    }

    // GeoPackage first (the slowest and likeliest to fail), beside its final name.
    const std::string tmpGpkg = (fs::path(outDir) / ".results.tmp.gpkg").string();
    try {
        writeGeoPackage(tmpGpkg, project, region, res, ev);
    } catch (const Error &e) {
        fs::remove(tmpGpkg, ec);
        // Name the file the user asked for, not the temporary one; say so when the disk is full.
        const fs::space_info space = fs::space(outDir, ec);
        if (!ec && space.available < (1u << 20))
            throw FileError(Message::coded("disk_full", {out.geopackage}));
        std::string what = e.what();
        for (std::size_t at; (at = what.find(tmpGpkg)) != std::string::npos;)
            what.replace(at, tmpGpkg.size(), out.geopackage);
        throw FileError(what);
    } catch (...) {
        fs::remove(tmpGpkg, ec);
        throw;
    }
    fs::rename(tmpGpkg, out.geopackage, ec);
    if (ec)
        throw FileError(out.geopackage + ": cannot move into place (" + ec.message() + ")");
    saveText(out.unitsCsv, QByteArray::fromStdString(csv));
    saveText(out.summaryJson, QByteArray::fromStdString(summaryJson(project, region, res, ev)));
    return out;
}

} // namespace qh
