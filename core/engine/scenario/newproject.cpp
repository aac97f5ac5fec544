#include "scenario/newproject.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "error.h"
#include "geo/crsguess.h"
#include "io/detect.h"
#include "io/readers.h"
#include "scenario/limits.h"
#include "targets/profile.h"

namespace qh {

namespace {

/// What a facility type of the bundled profiles measures, by default: whose walk,
/// which capacity, per how many of whom.
struct TypeDefaults
{
    const char *key;
    const char *label;
    const char *labelZh;
    const char *group;      // demand group, when the population has it (else total)
    const char *capacity;   // capacity key counted for supply ratios
    const char *ratioGroup; // ratio per 1,000 of this group, when present (else total)
};
constexpr TypeDefaults kTypes[] = {
    {"childcare", "Childcare", "托育", "infants", "childcare_places", "total"},
    {"kindergarten", "Kindergarten", "幼儿园", "children_3_6", "kindergarten_places", "total"},
    {"elderly_care", "Elderly care", "养老机构", "elderly", "beds", "elderly"},
    {"elderly_day_care", "Community day care", "日间照料", "elderly", "beds", "elderly"},
    {"street_elderly_centre", "Street elderly-care centre", "街道综合养老服务中心", "elderly", "beds", "elderly"},
    {"meal_assist", "Meal-assist point", "助餐点", "elderly", "", "elderly"},
    {"elderly_activity_centre", "Elderly activity centre", "老年活动中心", "elderly", "", "elderly"},
};

struct GroupLabel
{
    const char *key;
    const char *label;
    const char *labelZh;
};
constexpr GroupLabel kGroups[] = {
    {"total", "Residents", "常住人口"},
    {"elderly", "Residents 60+", "60岁以上老人"},
    {"infants", "Children 0-3", "0–3岁婴幼儿"},
    {"children_3_6", "Children 3-6", "3–6岁幼儿"},
};

} // namespace

std::vector<std::string> profileTypeKeys(const std::string &targets)
{
    if (targets.empty())
        return {};
    const TargetProfile profile = loadTargetProfile(targets);
    std::set<std::string> keys;
    for (const auto &[key, circle] : profile.circles)
        keys.insert(key);
    for (const Indicator &i : profile.indicators)
        if (!i.facilityType.empty())
            keys.insert(i.facilityType);
    return {keys.begin(), keys.end()};
}

namespace {

/// The layer of a file that fits `role` (the first such; for population the one
/// with the most features: a file holding both has more grid cells than units),
/// else the file's only layer.
const LayerDetection &layerFor(const ImportDetection &d, LayerRole role, const char *roleCode)
{
    const LayerDetection *best = nullptr;
    for (const LayerDetection &l : d.layers)
        if (l.role == role || (role == LayerRole::Population && l.role == LayerRole::CensusTable))
            if (!best || (role == LayerRole::Population && l.featureCount > best->featureCount))
                best = &l;
    if (best)
        return *best;
    if (d.layers.size() == 1)
        return d.layers.front();
    throw DataError(Message::coded("import_no_layer_for_role", {d.path, Message::coded(roleCode)}));
}

/// The reference to a detected layer: its name, coordinate columns, and for tables
/// in longitudes and latitudes without CRS, the CRS they suggest (with a note).
LayerRef refFor(const ImportDetection &d, const LayerDetection &l, Warnings &notes)
{
    LayerRef ref{absoluteSource(d.path), d.layers.size() > 1 ? l.name : std::string()};
    if (l.coordinateColumns) {
        ref.xField = l.coordinateColumns->first;
        ref.yField = l.coordinateColumns->second;
    }
    if (l.declaredCrs.empty() && l.crs.kind == CrsGuess::Kind::LonLat) {
        ref.crs = l.crs.suggested;
        notes.push_back(Message::coded("import_crs_assumed", {Message::coded("layer", {d.path, l.name}), ref.crs}));
    }
    return ref;
}

Rect lonLatExtentOf(const LayerRef &ref)
{
    LayerGeoInfo info = layerGeoInfo(ref);
    return info.lonLatExtent;
}

/// The first projected metric CRS of the units, population, network or facilities.
std::optional<Crs> firstMetricCrs(const NewProjectRequest &r)
{
    std::vector<LayerRef> refs;
    if (r.units)
        refs.push_back(r.units->ref);
    for (const LayerRef &ref : {r.population, r.network.ref, r.facilities.ref})
        refs.push_back(ref);
    for (const LayerRef &ref : refs) {
        try {
            if (!ref.xField.empty())
                continue; // tables: their CRS is given, not the file's
            const Crs crs = ref.crs.empty() ? layerGeoInfo(ref).crs : Crs::fromUserInput(ref.crs);
            if (crs.isProjectedMetric())
                return crs;
        } catch (const Error &) {
            // a raster or a layer without CRS: the next one may tell
        }
    }
    return std::nullopt;
}

} // namespace

NewProjectRequest proposeNewProject(const std::string &network, const std::string &facilities,
                                    const std::string &population, const std::string &units,
                                    const std::string &targets, Warnings &notes)
{
    NewProjectRequest r;
    r.name = sourceStem(units.empty() ? facilities : units);
    r.targets = targets;
    const std::vector<std::string> keys = profileTypeKeys(targets);

    const ImportDetection net = detectImport(network, keys, 1000);
    r.network.ref = refFor(net, layerFor(net, LayerRole::Network, "role_network"), notes);

    const ImportDetection fac = detectImport(facilities, keys);
    const LayerDetection &fl = layerFor(fac, LayerRole::Facilities, "role_facilities");
    r.facilities.ref = refFor(fac, fl, notes);
    r.facilities.idField = fl.facilityFields.idField;
    r.facilities.nameField = fl.facilityFields.nameField;
    r.facilities.typeField = fl.facilityFields.typeField;
    r.facilities.capacityFields = fl.facilityFields.capacityFields;
    r.facilities.typeValues = fl.typeValues.mapped;
    if (!fl.typeValues.unmapped.empty()) {
        std::string values;
        for (std::size_t i = 0; i < fl.typeValues.unmapped.size() && i < 10; ++i)
            values += (i ? ", " : "") + fl.typeValues.unmapped[i];
        notes.push_back(Message::coded("import_values_unmapped",
                                       {std::to_string(fl.typeValues.unmapped.size()), values, fl.facilityFields.typeField}));
    }

    const ImportDetection pop = detectImport(population, keys);
    if (pop.raster && pop.layers.empty()) {
        r.population = LayerRef{absoluteSource(population), ""};
        r.populationFields = {{"total", "1"}};
    } else {
        const LayerDetection &pl = layerFor(pop, LayerRole::Population, "role_population");
        r.population = refFor(pop, pl, notes);
        r.populationFields = pl.populationFields;
        if (r.populationFields.empty())
            throw DataError(Message::coded("import_no_population_column", {Message::coded("layer", {population, pl.name})}));
        if (pl.role == LayerRole::CensusTable) {
            CensusSpec census;
            census.joinOnCode = pl.unitFields.nameField.empty();
            census.joinField = census.joinOnCode ? pl.unitFields.idField : pl.unitFields.nameField;
            // An OSM network brings its buildings: the people go where they stand.
            const std::string ext = std::filesystem::path(network).extension().string();
            if (ext == ".osm" || ext == ".pbf") {
                census.buildings = LayerRef{r.network.ref.path, ""};
                notes.push_back(Message::coded("import_census_buildings", {population, census.joinField, network}));
            } else {
                notes.push_back(Message::coded("import_census_even", {population, census.joinField}));
            }
            r.census = census;
        }
    }

    if (!units.empty()) {
        const ImportDetection u = detectImport(units, keys);
        const LayerDetection *ul = nullptr;
        for (const LayerDetection &l : u.layers)
            if (!ul && l.geometryType.find("Polygon") != std::string::npos)
                ul = &l;
        if (!ul)
            throw DataError(Message::coded("import_no_layer_for_role", {units, Message::coded("role_units")}));
        UnitLayerSpec spec;
        spec.ref = refFor(u, *ul, notes);
        spec.idField = ul->unitFields.idField;
        spec.nameField = ul->unitFields.nameField;
        r.units = spec;
    }
    return r;
}

void applyMappingFile(NewProjectRequest &r, const std::string &path)
{
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly))
        throw FileError(Message::coded("no_such_file", {path}));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw DataError(Message::coded("mapping_not_json", {path, err.errorString().toStdString()}));
    const QJsonObject root = doc.object();
    // Every value is checked for its kind: a number where a column name belongs, or
    // text where a number does, is named, not read as nothing.
    auto text = [&](const QJsonObject &o, const char *key, const std::string &fallback) {
        if (!o.contains(key))
            return fallback;
        if (!o.value(key).isString())
            throw DataError(Message::coded("mapping_not_text", {path, key}));
        return o.value(key).toString().toStdString();
    };
    auto layerPart = [&](const char *key, LayerRef &ref) {
        const QJsonObject o = root.value(key).toObject();
        ref.layer = text(o, "layer", ref.layer);
        ref.crs = text(o, "crs", ref.crs);
        ref.encoding = text(o, "encoding", ref.encoding);
        ref.xField = text(o, "x_field", ref.xField);
        ref.yField = text(o, "y_field", ref.yField);
        ref.where = text(o, "where", ref.where);
        return o;
    };
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != "network" && it.key() != "facilities" && it.key() != "population" && it.key() != "units"
            && it.key() != "crs" && it.key() != "targets" && it.key() != "name")
            throw DataError(Message::coded("mapping_unknown_key", {path, it.key().toStdString()}));
    layerPart("network", r.network.ref);
    const QJsonObject fac = layerPart("facilities", r.facilities.ref);
    r.facilities.idField = text(fac, "id_field", r.facilities.idField);
    r.facilities.nameField = text(fac, "name_field", r.facilities.nameField);
    r.facilities.typeField = text(fac, "type_field", r.facilities.typeField);
    r.facilities.defaultType = text(fac, "default_type", r.facilities.defaultType);
    const QJsonObject caps = fac.value("capacity_fields").toObject();
    for (auto it = caps.begin(); it != caps.end(); ++it) {
        if (it.value().toString().isEmpty())
            r.facilities.capacityFields.erase(it.key().toStdString());
        else
            r.facilities.capacityFields[it.key().toStdString()] = it.value().toString().toStdString();
    }
    const QJsonObject values = fac.value("type_values").toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.value().toString().isEmpty())
            r.facilities.typeValues.erase(it.key().toStdString());
        else
            r.facilities.typeValues[it.key().toStdString()] = it.value().toString().toStdString();
    }
    const QJsonObject pop = layerPart("population", r.population);
    if (pop.contains("census")) {
        const QJsonObject c = pop.value("census").toObject();
        CensusSpec census = r.census.value_or(CensusSpec{});
        census.joinField = text(c, "join_field", census.joinField);
        if (c.contains("join_on")) {
            const std::string on = text(c, "join_on", "");
            if (on != "code" && on != "name")
                throw DataError(Message::coded("mapping_bad_join", {path, on}));
            census.joinOnCode = on == "code";
        }
        // Buildings and residential land: {"path", "layer", "where"}; {} for none.
        for (const auto &[key, target] : {std::pair{"buildings", &census.buildings}, std::pair{"residential", &census.residential}}) {
            if (!c.contains(key))
                continue;
            const QJsonObject b = c.value(key).toObject();
            if (b.isEmpty()) {
                target->reset();
                continue;
            }
            std::filesystem::path bp = text(b, "path", ""); // relative to the mapping file
            if (bp.is_relative() && !isDatabaseSource(bp.string()))
                bp = std::filesystem::absolute(path).parent_path() / bp;
            LayerRef ref{bp.lexically_normal().string(), text(b, "layer", "")};
            ref.where = text(b, "where", "");
            *target = ref;
        }
        census.levelsField = text(c, "levels_field", census.levelsField);
        if (c.contains("cell_m")) {
            const QJsonValue v = c.value("cell_m");
            if (!v.isDouble() || !limits::censusCell.contains(v.toDouble()))
                throw DataError(Message::coded("mapping_bad_number", {path, "population.census.cell_m",
                                                                      limits::censusCell.message()}));
            census.cellSize = v.toDouble();
        }
        r.census = census;
    }
    const QJsonObject groups = pop.value("groups").toObject();
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        if (it.value().isArray()) { // rasters added up: relative to the mapping file
            std::vector<std::string> files;
            for (const QJsonValue &v : it.value().toArray()) {
                std::filesystem::path fp = v.toString().toStdString();
                if (fp.is_relative())
                    fp = std::filesystem::absolute(path).parent_path() / fp;
                files.push_back(fp.lexically_normal().string());
            }
            r.populationFiles[it.key().toStdString()] = files;
            r.populationFields[it.key().toStdString()] = "1";
        } else if (it.value().toString().isEmpty())
            r.populationFields.erase(it.key().toStdString());
        else
            r.populationFields[it.key().toStdString()] = it.value().toString().toStdString();
    }
    // The population raster is one of a group's rasters (an age band, as WorldPop's
    // pop_60_f): its band 1, which the detection proposed as all residents, is not;
    // unless the mapping names the residents itself, there are none.
    if (!groups.contains("total") && r.populationFields.count("total")) {
        std::error_code ec;
        const std::filesystem::path own = std::filesystem::weakly_canonical(r.population.path, ec);
        for (const auto &[key, files] : r.populationFiles)
            if (key != "total" && std::any_of(files.begin(), files.end(), [&](const std::string &file) {
                    std::error_code e;
                    return !ec && std::filesystem::weakly_canonical(file, e) == own && !e;
                })) {
                r.populationFields.erase("total");
                break;
            }
    }
    if (r.units) {
        const QJsonObject u = layerPart("units", r.units->ref);
        r.units->idField = text(u, "id_field", r.units->idField);
        r.units->nameField = text(u, "name_field", r.units->nameField);
    }
    r.crs = text(root, "crs", r.crs);
    r.targets = text(root, "targets", r.targets);
    r.name = text(root, "name", r.name);
}

std::string projectNameFor(const std::string &source, const std::string &where)
{
    static const QRegularExpression one(QStringLiteral(R"(^\s*"?[^=<>!"]+"?\s*=\s*'([^']+)'\s*$)"));
    const QRegularExpressionMatch m = one.match(QString::fromStdString(where));
    return m.hasMatch() ? m.captured(1).trimmed().toStdString() : sourceStem(source);
}

Project buildNewProject(const NewProjectRequest &r, Warnings &warnings)
{
    Project p;
    p.name = r.name;
    // Named after the units' file, but its units filtered to one (乡 = '望京街道'):
    // after that one.
    if (r.units && p.name == sourceStem(r.units->ref.path))
        p.name = projectNameFor(r.units->ref.path, r.units->ref.where);
    p.attribution = r.attribution;
    p.network = r.network;
    p.facilities = r.facilities;
    p.targets = r.targets;
    if (!r.crs.empty()) {
        p.crs = Crs::fromUserInput(r.crs);
        if (!p.crs.isProjectedMetric())
            throw DataError(Message::coded("import_crs_not_metric", {r.crs}));
    } else if (const std::optional<Crs> own = firstMetricCrs(r)) {
        p.crs = *own; // the planner's own CRS (a Gauss-Krüger zone, as Helsinki's EPSG:3879)
    } else {
        const Rect e = lonLatExtentOf(r.units ? r.units->ref : r.network.ref);
        if (e.isEmpty())
            throw DataError(Message::coded("import_no_extent", {r.network.ref.path}));
        p.crs = analysisCrsFor((e.minX + e.maxX) / 2, (e.minY + e.maxY) / 2);
    }

    p.population.ref = r.population;
    p.population.census = r.census;
    for (const GroupLabel &g : kGroups)
        if (auto it = r.populationFields.find(g.key); it != r.populationFields.end())
            p.population.groups.push_back({g.key, g.label, it->second, g.labelZh});
    for (DemandGroup &g : p.population.groups)
        if (auto it = r.populationFiles.find(g.key); it != r.populationFiles.end())
            g.files = it->second;
    for (const auto &[groupKey, field] : r.populationFields) {
        const std::string &key = groupKey; // clang 14 lambdas cannot capture a structured binding
        if (std::none_of(std::begin(kGroups), std::end(kGroups), [&](const GroupLabel &g) { return key == g.key; }))
            p.population.groups.push_back({key, key, field});
    }
    if (p.population.groups.empty())
        throw DataError(Message::coded("import_no_population_column", {Message::coded("layer", {r.population.path, r.population.layer})}));
    auto hasGroup = [&](const std::string &k) {
        return std::any_of(p.population.groups.begin(), p.population.groups.end(),
                           [&](const DemandGroup &g) { return g.key == k; });
    };
    const std::string totalGroup = hasGroup("total") ? "total" : p.population.groups.front().key;
    if (r.units)
        p.units = *r.units;

    // Facility types: those the data holds once mapped, known to the bundled profiles
    // or to the target profile; other values are left out, and the analysis says so.
    const std::vector<std::string> profileKeys = profileTypeKeys(r.targets);
    std::set<std::string> present;
    {
        Warnings ignored;
        for (const Facility &f : readFacilities(p.facilities, p.crs, ignored))
            present.insert(f.type);
    }
    for (const std::string &key : present) {
        const TypeDefaults *d = nullptr;
        for (const TypeDefaults &t : kTypes)
            if (key == t.key)
                d = &t;
        const bool inProfile = std::find(profileKeys.begin(), profileKeys.end(), key) != profileKeys.end();
        if (!d && !inProfile)
            continue;
        FacilityType t;
        t.key = key;
        t.label = d ? d->label : key;
        t.labelZh = d ? d->labelZh : "";
        t.demandGroup = d && hasGroup(d->group) ? d->group : totalGroup;
        t.ratioGroup = d && hasGroup(d->ratioGroup) ? d->ratioGroup : totalGroup;
        t.capacityKey = d ? d->capacity : "";
        if (!t.capacityKey.empty() && !p.facilities.capacityFields.count(t.capacityKey)) {
            // The one capacity column there is, when the type's own is missing.
            t.capacityKey = p.facilities.capacityFields.size() == 1 ? p.facilities.capacityFields.begin()->first : "";
        }
        t.speedSource = "default 1.0 m/s (GB 50180-2018: 15 minutes = 800-1,000 m)";
        p.profile.types.push_back(t);
    }
    if (p.profile.types.empty())
        throw DataError(Message::coded("import_no_types", {Message::coded("layer", {r.facilities.ref.path, r.facilities.ref.layer}),
                                                           p.facilities.typeField}));
    p.profile.name = "new project";
    if (!r.targets.empty())
        applyCircles(p, loadTargetProfile(r.targets));
    // Read everything once: what cannot be read fails here, not at the first analysis.
    RegionData region = loadRegion(p);
    warnings.insert(warnings.end(), region.warnings.begin(), region.warnings.end());
    return p;
}

} // namespace qh
