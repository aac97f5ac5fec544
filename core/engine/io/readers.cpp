#include "io/readers.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <future>
#include <tuple>

#include <gdal_priv.h>
#include <ogr_api.h>
#include <ogrsf_frmts.h>

#include <QString>

#include "feedback.h"
#include "geo/geos.h"
#include "io/fieldmap.h"
#include "io/gdal.h"
#include "io/openlayer.h"
#include "io/reference.h"
#include "population/census.h"
#include "population/raster.h"
#include "scenario/limits.h"

namespace qh {

bool WalkFilter::accepts(const std::string &highway, const std::string &foot,
                         const std::string &access) const
{
    if (highway.empty())
        return false;
    if (!includeClasses.empty()
        && std::find(includeClasses.begin(), includeClasses.end(), highway) == includeClasses.end())
        return false;
    if (std::find(excludeClasses.begin(), excludeClasses.end(), highway) != excludeClasses.end())
        return false;
    if (respectAccessTags) {
        if (foot == "no")
            return false;
        const bool footAllowed = foot == "yes" || foot == "designated" || foot == "permissive";
        if ((access == "private" || access == "no") && !footAllowed)
            return false;
    }
    return true;
}

using namespace ioimpl;

namespace {

/// GEOS's reason for an invalid polygon ("Self-intersection[x y]") in the user's words.
Message invalidWords(const std::string &why)
{
    const std::string at = why.find('[') != std::string::npos ? why.substr(why.find('[')) : std::string();
    const std::pair<const char *, const char *> known[] = {
        {"Ring Self-intersection", "geom_ring_self_intersection"}, {"Self-intersection", "geom_self_intersection"},
        {"Too few points", "geom_too_few_points"},                 {"Hole lies outside shell", "geom_hole_outside"},
        {"Nested shells", "geom_nested_shells"},                   {"Interior is disconnected", "geom_interior_disconnected"}};
    for (const auto &[prefix, code] : known)
        if (why.rfind(prefix, 0) == 0)
            return Message::coded(code, {at});
    return why;
}

} // namespace

std::string osmTag(const std::string &otherTags, const std::string &key)
{
    // GDAL's OSM driver keeps tags without a column of their own as an hstore string:
    // "key"=>"value","key2"=>"value2"
    const std::string needle = "\"" + key + "\"=>\"";
    const auto i = otherTags.find(needle);
    if (i == std::string::npos)
        return {};
    const auto start = i + needle.size();
    const auto end = otherTags.find('"', start);
    return otherTags.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::vector<Polyline> readLines(const LayerRef &ref, const Crs &target, const WalkFilter &filter,
                                Warnings &warnings)
{
    OpenLayer ol(ref, target, "network", &warnings);
    OGRFeatureDefn *defn = ol.layer->GetLayerDefn();
    const int hwIdx = defn->GetFieldIndex("highway");
    const int footIdx = defn->GetFieldIndex("foot");
    const int accessIdx = defn->GetFieldIndex("access");
    const int tagsIdx = defn->GetFieldIndex("other_tags");
    const bool filtering = hwIdx >= 0;
    if (filtering)
        ol.layer->SetAttributeFilter(
            (ref.where.empty() ? std::string("highway IS NOT NULL") : "(" + ref.where + ") AND highway IS NOT NULL").c_str());
    std::vector<Polyline> lines;
    std::size_t dropped = 0;
    WarningCollector skipped(warnings, "more_network_skipped");
    ol.layer->ResetReading();
    CPLErrorReset();
    for (auto &f : *ol.layer) {
        if (filtering) {
            const std::string tags = fieldText(*f, tagsIdx);
            const std::string foot = footIdx >= 0 ? fieldText(*f, footIdx) : osmTag(tags, "foot");
            const std::string access = accessIdx >= 0 ? fieldText(*f, accessIdx) : osmTag(tags, "access");
            if (!filter.accepts(fieldText(*f, hwIdx), foot, access)) {
                ++dropped;
                continue;
            }
        }
        const OGRGeometry *g = ol.geometryOf(*f);
        if (!g || g->IsEmpty())
            continue;
        auto flat = OGR_GT_Flatten(g->getGeometryType());
        if (flat != wkbLineString && flat != wkbMultiLineString) {
            skipped.add(Message::coded("network_not_line", {ol.featureName(*f), g->getGeometryName()}));
            continue;
        }
        std::unique_ptr<OGRGeometry> ml(OGRGeometryFactory::forceToMultiLineString(g->clone()));
        for (const OGRLineString *ls : *ml->toMultiLineString()) {
            Polyline pl;
            pl.reserve(static_cast<std::size_t>(ls->getNumPoints()));
            bool ok = true;
            for (int i = 0; i < ls->getNumPoints() && ok; ++i) {
                double x = ls->getX(i), y = ls->getY(i);
                ok = ol.toPoint(x, y);
                pl.push_back({x, y});
            }
            if (!ok) {
                skipped.add(Message::coded("network_not_transformed", {ol.featureName(*f)}));
                continue;
            }
            if (pl.size() >= 2)
                lines.push_back(std::move(pl));
        }
    }
    // A file cut short (a download that stopped, a full disk) reads as far as it
    // goes and then fails: say so instead of analysing part of the network.
    if (CPLGetLastErrorType() == CE_Failure)
        throw DataError(Message::coded("layer_damaged", {ol.where, CPLGetLastErrorMsg()}));
    if (lines.empty())
        throw DataError(dropped ? Message::coded("no_walkable_lines_filtered", {ol.where, std::to_string(dropped)})
                                : Message::coded("no_walkable_lines", {ol.where}));
    return lines;
}

std::vector<Facility> readFacilities(const FacilityLayerSpec &spec, const Crs &target,
                                     Warnings &warnings, const std::map<std::string, std::string> *capacityOfType)
{
    OpenLayer ol(spec.ref, target, "facilities", &warnings);
    int idIdx = ol.field(spec.idField, Message::coded("for_facility_ids"));
    int nameIdx = ol.field(spec.nameField, Message::coded("for_facility_names"));
    // OSM layers keep most tags (amenity, social_facility …) in other_tags.
    const int tagsIdx = ol.layer->GetLayerDefn()->GetFieldIndex("other_tags");
    const bool typeInTags = !spec.typeField.empty() && tagsIdx >= 0
                            && ol.layer->GetLayerDefn()->GetFieldIndex(spec.typeField.c_str()) < 0;
    int typeIdx = typeInTags ? -1 : ol.field(spec.typeField, Message::coded("for_facility_types"));
    std::map<std::string, int> capIdx;
    for (const auto &[key, field] : spec.capacityFields)
        if (const int i = ol.field(field, Message::coded("for_capacities")); i >= 0)
            capIdx[key] = i;

    std::vector<Facility> out;
    WarningCollector badCap(warnings, "more_capacity_problems");
    ol.layer->ResetReading();
    for (auto &f : *ol.layer) {
        Facility fac;
        fac.id = idIdx >= 0 ? fieldText(*f, idIdx) : std::to_string(f->GetFID());
        fac.name = fieldText(*f, nameIdx);
        fac.type = typeInTags ? osmTag(fieldText(*f, tagsIdx), spec.typeField) : fieldText(*f, typeIdx);
        if (auto it = spec.typeValues.find(fac.type); it != spec.typeValues.end())
            fac.type = it->second;
        if (fac.type.empty())
            fac.type = spec.defaultType;
        auto pos = ol.representativePoint(ol.geometryOf(*f));
        if (!pos) {
            warnings.push_back(Message::coded("facility_no_geometry", {ol.featureName(*f), fac.id}));
            continue;
        }
        fac.pos = *pos;
        for (const auto &[key, idx] : capIdx) {
            double v = 0.0;
            // A blank cell of a sheet is a missing value, as an unset field is.
            if (!f->IsFieldSetAndNotNull(idx) || QString::fromStdString(fieldText(*f, idx)).trimmed().isEmpty()) {
                bool used = true; // by the facility's type (unknown: say it)
                if (capacityOfType)
                    if (const auto t = capacityOfType->find(fac.type); t != capacityOfType->end())
                        used = t->second == key;
                if (used)
                    badCap.add(Message::coded("capacity_missing", {ol.featureName(*f), fac.id, key}).about(fac.id));
            } else {
                const std::string text = fieldText(*f, idx);
                const OGRFieldType ft = f->GetFieldDefnRef(idx)->GetType();
                if (ft == OFTString) {
                    // Text columns (CSV, spreadsheets): "40", also "约40" or "40张", said.
                    const std::optional<NumberReading> n = readNumber(text);
                    if (!n) {
                        badCap.add(Message::coded("capacity_not_number", {ol.featureName(*f), fac.id, key, text})
                                       .about(fac.id));
                    } else {
                        v = n->value;
                        if (!n->exact)
                            badCap.add(Message::coded("capacity_text_read", {ol.featureName(*f), fac.id, key, text,
                                                                             QString::number(v).toStdString()})
                                           .about(fac.id));
                    }
                } else {
                    v = f->GetFieldAsDouble(idx);
                }
                if (v < 0) {
                    badCap.add(Message::coded("capacity_negative", {ol.featureName(*f), fac.id, key, fieldText(*f, idx)})
                                   .about(fac.id));
                    v = 0.0;
                } else if (!limits::capacity.contains(v)) { // nan, inf, 1e308 …
                    badCap.add(Message::coded("capacity_implausible", {ol.featureName(*f), fac.id, key, fieldText(*f, idx),
                                                                       limits::capacity.message()})
                                   .about(fac.id));
                    v = 0.0;
                }
            }
            fac.capacity[key] = v;
        }
        out.push_back(std::move(fac));
    }
    // The same facility listed twice (two bureaus' lists merged) would count twice.
    std::vector<std::size_t> order(out.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    auto key = [&](std::size_t i) { return std::tuple(std::lround(out[i].pos.x), std::lround(out[i].pos.y), out[i].name); };
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    WarningCollector dup(warnings, "more_duplicate_facilities");
    for (std::size_t k = 1; k < order.size(); ++k)
        if (key(order[k]) == key(order[k - 1]) && !out[order[k]].name.empty())
            dup.add(Message::coded("facility_duplicate", {out[order[k - 1]].id, out[order[k]].id, out[order[k]].name})
                        .about(out[order[k]].id));
    if (out.empty())
        throw DataError(Message::coded("no_facility_placed", {ol.where, std::to_string(ol.layer->GetFeatureCount())}));
    return out;
}


bool isRasterFile(const std::string &path)
{
    // First as a raster only: drivers of vector formats decline at once (opening
    // a GeoJSON file in full would parse all of it, for nothing).
    ensureGdal();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    DatasetPtr probe(openLocked(path, GDAL_OF_RASTER | GDAL_OF_READONLY));
    CPLPopErrorHandler();
    CPLErrorReset();
    if (!probe)
        return false; // a vector file, or none: its reader says which
    probe.reset();
    DatasetPtr any = openDataset(path, false);
    return any->GetLayerCount() == 0 && any->GetRasterCount() > 0;
}

std::vector<PopulationCell> readPopulation(const PopulationLayerSpec &spec, const Crs &target,
                                           Warnings &warnings, const Rect &studyArea)
{
    if (isRasterFile(spec.ref.path))
        return readPopulationRasters(spec, target, studyArea, warnings);
    OpenLayer ol(spec.ref, target, "population", &warnings);
    std::vector<int> idx;
    for (const DemandGroup &g : spec.groups)
        idx.push_back(ol.field(g.field, Message::coded("for_population_group", {g.key})));
    std::vector<PopulationCell> cells;
    WarningCollector bad(warnings, "more_population_problems");
    ol.layer->ResetReading();
    for (auto &f : *ol.layer) {
        PopulationCell c;
        auto rep = ol.representativePoint(ol.geometryOf(*f));
        if (!rep) {
            bad.add(Message::coded("population_no_geometry", {ol.featureName(*f)}));
            continue;
        }
        c.rep = *rep;
        c.sourceId = f->GetFID();
        if (auto mp = ol.toMultiPolygon(ol.geometryOf(*f)))
            c.shape = std::move(*mp);
        for (std::size_t g = 0; g < idx.size(); ++g) {
            if (!f->IsFieldSetAndNotNull(idx[g])) {
                bad.add(Message::coded("population_empty", {ol.featureName(*f), spec.groups[g].field}));
                c.pop.push_back(0.0);
                continue;
            }
            double v = f->GetFieldAsDouble(idx[g]);
            if (!limits::peoplePerFeature.contains(v)) { // negative, nan, inf, 1e308 …
                bad.add(Message::coded("population_not_count", {ol.featureName(*f), spec.groups[g].field, fieldText(*f, idx[g])}));
                v = 0.0;
            }
            c.pop.push_back(v);
        }
        cells.push_back(std::move(c));
    }
    return cells;
}

std::vector<Unit> readUnits(const UnitLayerSpec &spec, const Crs &target, Warnings &warnings)
{
    OpenLayer ol(spec.ref, target, "units", &warnings);
    int idIdx = ol.field(spec.idField, Message::coded("for_unit_ids"));
    int nameIdx = ol.field(spec.nameField, Message::coded("for_unit_names"));
    int classIdx = ol.field(spec.classField, Message::coded("for_unit_classes"));
    std::vector<Unit> units;
    ol.layer->ResetReading();
    for (auto &f : *ol.layer) {
        Unit u;
        u.id = idIdx >= 0 ? fieldText(*f, idIdx) : std::to_string(f->GetFID());
        u.name = nameIdx >= 0 ? fieldText(*f, nameIdx) : u.id;
        u.unitClass = fieldText(*f, classIdx);
        auto mp = ol.toMultiPolygon(ol.geometryOf(*f));
        if (!mp) {
            warnings.push_back(Message::coded("unit_not_polygon", {ol.featureName(*f), u.name}));
            continue;
        }
        u.shape = std::move(*mp);
        // A self-intersecting unit would put its cells "outside every unit" without
        // a word: repaired, and said.
        if (const auto why = invalidReason(u.shape)) {
            const double before = areaOf(u.shape);
            u.shape = makeValid(u.shape);
            warnings.push_back(Message::coded("unit_repaired", {ol.featureName(*f), u.name, invalidWords(*why),
                                                                std::to_string(std::lround(before)),
                                                                std::to_string(std::lround(areaOf(u.shape)))}));
            if (u.shape.empty())
                continue;
        }
        units.push_back(std::move(u));
    }
    if (units.empty())
        throw DataError(Message::coded("no_unit_polygons", {ol.where}));
    return units;
}

LayerGeoInfo layerGeoInfo(const LayerRef &ref)
{
    DatasetPtr ds = openDataset(ref.path, true);
    OGRLayer *layer = requireLayer(*ds, ref.path, OpenLayer::defaultLayer(*ds, ref.layer));
    LayerGeoInfo info;
    info.crs = ref.crs.empty() ? Crs::fromOgr(layer->GetSpatialRef()) : Crs::fromUserInput(ref.crs);
    if (!info.crs.isValid())
        throw DataError(ref.path + ", layer '" + layer->GetName()
                        + "': has no coordinate reference system; assign one and try again");
    OGREnvelope env;
    bool haveExtent = layer->GetExtent(&env, TRUE) == OGRERR_NONE;
    if (!haveExtent) {
        // Some drivers (OSM) cannot tell their extent: the first features will do
        // for choosing a UTM zone.
        int n = 0;
        layer->ResetReading();
        for (auto &f : *layer) {
            if (const OGRGeometry *g = f->GetGeometryRef()) {
                OGREnvelope e;
                g->getEnvelope(&e);
                env.Merge(e);
                haveExtent = true;
            }
            if (++n >= 2000)
                break;
        }
        layer->ResetReading();
    }
    if (haveExtent) {
        CrsTransform toWgs(info.crs, Crs::fromUserInput("EPSG:4326"));
        for (double x : {env.MinX, env.MaxX})
            for (double y : {env.MinY, env.MaxY}) {
                double px = x, py = y;
                if (toWgs.apply(px, py))
                    info.lonLatExtent.extend(Point{px, py});
            }
    }
    return info;
}

std::vector<std::string> layerFields(const LayerRef &ref)
{
    DatasetPtr ds = openDataset(ref.path, true);
    OGRLayer *layer = requireLayer(*ds, ref.path, OpenLayer::defaultLayer(*ds, ref.layer));
    std::vector<std::string> out;
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        out.push_back(defn->GetFieldDefn(i)->GetNameRef());
    return out;
}

Crs utmCrsFor(double lon, double lat)
{
    const int zone = std::clamp(int(std::floor((lon + 180.0) / 6.0)) + 1, 1, 60);
    return Crs::fromUserInput("EPSG:" + std::to_string((lat >= 0 ? 32600 : 32700) + zone));
}

RegionData loadRegion(const Project &project, Feedback *feedback)
{
    auto step = [feedback](double pct, const char *what) {
        if (feedback)
            feedback->step(pct, what);
    };
    RegionData r;
    // The network is read on a thread of its own while the other layers are read
    // here (GDAL datasets are opened per thread); warnings keep the layers' order.
    step(0, QT_TRANSLATE_NOOP("qh::Feedback", "reading the walking network"));
    Warnings networkWarnings, unitWarnings, populationWarnings;
    auto network = std::async(std::launch::async, [&] {
        return readLines(project.network.ref, project.crs, project.network.filter, networkWarnings);
    });
    step(35, QT_TRANSLATE_NOOP("qh::Feedback", "reading facilities"));
    Warnings facilityWarnings;
    std::map<std::string, std::string> capacityOfType;
    for (const FacilityType &t : project.profile.types)
        capacityOfType[t.key] = t.capacityKey;
    r.facilities = readFacilities(project.facilities, project.crs, facilityWarnings, &capacityOfType);
    // Units first: a census table is spread over them, and a raster is read only
    // over the study area (the units, and the network with the reach of a snap).
    const bool haveUnits = !project.units.ref.path.empty();
    step(38, QT_TRANSLATE_NOOP("qh::Feedback", "reading units"));
    if (haveUnits)
        r.units = readUnits(project.units, project.crs, unitWarnings);
    step(40, QT_TRANSLATE_NOOP("qh::Feedback", "reading population"));
    auto studyArea = [&] {
        Rect area = r.extent;
        if (!area.isEmpty()) {
            const double margin = project.profile.maxSnapDistance;
            area = Rect{area.minX - margin, area.minY - margin, area.maxX + margin, area.maxY + margin};
        }
        for (const Unit &u : r.units)
            area.extend(boundsOf(u.shape));
        return area;
    };
    auto takeNetwork = [&] {
        r.network = network.get();
        for (const Polyline &l : r.network)
            for (const Point &p : l)
                r.extent.extend(p);
    };
    if (project.population.census) {
        if (!haveUnits)
            throw DataError(Message::coded("census_needs_units", {project.population.ref.path}));
        r.cells = spreadCensus(project.population, r.units, project.crs, populationWarnings).cells;
        takeNetwork();
    } else if (isRasterFile(project.population.ref.path)) {
        takeNetwork();
        r.cells = readPopulation(project.population, project.crs, populationWarnings, studyArea());
    } else {
        r.cells = readPopulation(project.population, project.crs, populationWarnings, Rect{});
        takeNetwork();
    }
    double people = 0;
    for (const PopulationCell &c : r.cells)
        people += c.pop.empty() ? 0.0 : c.pop[0];
    r.layers.push_back({"network", project.network.ref, r.network.size(), -1, networkWarnings});
    r.layers.push_back({"facilities", project.facilities.ref, r.facilities.size(), -1, facilityWarnings});
    if (haveUnits)
        r.layers.push_back({"units", project.units.ref, r.units.size(), -1, unitWarnings});
    r.layers.push_back({"population", project.population.ref, r.cells.size(), people, populationWarnings});
    for (const LayerReport &l : r.layers)
        r.warnings.insert(r.warnings.end(), l.warnings.begin(), l.warnings.end());
    if (!haveUnits) {
        const Rect e = r.extent;
        // Named in the language of the interface that read it: it is shown, saved in
        // outputs and signed like any unit's name.
        r.units.push_back({"all", Message::coded("unit_whole_area").localText().toStdString(), "",
                           {{{{e.minX, e.minY}, {e.maxX, e.minY}, {e.maxX, e.maxY}, {e.minX, e.maxY}, {e.minX, e.minY}}}}});
    }
    for (const Unit &u : r.units)
        r.extent.extend(boundsOf(u.shape));
    // Context only: one that cannot be read is left out with a warning, never stops
    // the analysis.
    for (const ReferenceLayerSpec &spec : project.references) {
        LayerReport report{"reference", spec.ref, 0, -1, {}};
        try {
            ReferenceData d = readReference(spec, project.crs, r.extent, report.warnings);
            report.features = d.drawnFeatures();
            r.references.push_back(std::move(d));
        } catch (const Error &e) {
            report.warnings.push_back(Message::coded(
                "reference_left_out", {referenceName(spec), e.message()}));
        }
        r.warnings.insert(r.warnings.end(), report.warnings.begin(), report.warnings.end());
        r.layers.push_back(std::move(report));
    }
    return r;
}

Message describeLayer(const LayerReport &l)
{
    const Message where = l.ref.layer.empty() ? Message(l.ref.path) : Message::coded("layer", {l.ref.path, l.ref.layer});
    const std::string n = std::to_string(l.features);
    Message line = l.people >= 0 ? Message::coded("import_layer_people",
                                                  {roleWords(l.role.c_str()), n, std::to_string(std::llround(l.people)), where})
                                 : Message::coded("import_layer", {roleWords(l.role.c_str()), n, where});
    if (l.warnings.empty())
        return line;
    return Message::coded("import_layer_warnings", {line, std::to_string(l.warnings.size())});
}

} // namespace qh
