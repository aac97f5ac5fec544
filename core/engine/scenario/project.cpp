#include "scenario/project.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <optional>
#include <filesystem>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "io/gdal.h"
#include "io/readers.h"
#include "scenario/limits.h"

namespace qh {

namespace {

/// What a JSON value is, for messages: "the text \"1\"", "the number 5" …
Message jsonKind(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return Message::coded("json_text", {v.toString().toStdString()});
    case QJsonValue::Double:
        return Message::coded("json_number", {QString::number(v.toDouble()).toStdString()});
    case QJsonValue::Bool:
        return v.toBool() ? "true" : "false"; // JSON's own words
    case QJsonValue::Array:
        return Message::coded("json_list");
    case QJsonValue::Object:
        return Message::coded("json_object");
    default:
        return Message::coded("json_nothing");
    }
}

class Reader
{
public:
    explicit Reader(std::string path) : mPath(std::move(path)) {}

    /// What is wrong with the project file, said in the user's language.
    [[noreturn]] void fail(const Message &what) const
    {
        throw DataError(Message::coded("in_project", {mPath, what}));
    }

    QJsonObject object(const QJsonObject &parent, const char *key, const std::string &where) const
    {
        QJsonValue v = parent.value(key);
        if (v.isUndefined() || v.isNull())
            fail(Message::coded("project_missing_object", {where + key}));
        if (!v.isObject())
            fail(Message::coded("project_not_object", {where + key, jsonKind(v)}));
        return v.toObject();
    }

    std::string string(const QJsonObject &o, const char *key, const std::string &where,
                       bool required = true, const std::string &fallback = {}) const
    {
        QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(Message::coded("project_missing_text", {where + key}));
            return fallback;
        }
        if (!v.isString())
            fail(Message::coded("project_not_text", {where + key}));
        return v.toString().toStdString();
    }

    /// An optional object: empty when missing, an error when something else.
    QJsonObject optionalObject(const QJsonObject &parent, const char *key, const std::string &where) const
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(Message::coded("project_not_object", {where + key, jsonKind(v)}));
        return v.toObject();
    }

    /// An optional list: empty when missing, an error when something else.
    QJsonArray array(const QJsonObject &parent, const char *key, const std::string &where) const
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(Message::coded("project_not_list", {where + key, jsonKind(v)}));
        return v.toArray();
    }

    /// An element of a list that must be an object.
    QJsonObject element(const QJsonValue &v, const std::string &where) const
    {
        if (!v.isObject())
            fail(Message::coded("project_each_not_object", {where, jsonKind(v)}));
        return v.toObject();
    }

    /// A number within its valid range (0 also allowed when `zeroTurnsOff`).
    double number(const QJsonObject &o, const char *key, const std::string &where, double fallback, const Range &range,
                  bool zeroTurnsOff = false) const
    {
        QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble())
            fail(Message::coded("project_not_number", {where + key}));
        const double d = v.toDouble();
        if (!(zeroTurnsOff && d == 0) && !range.contains(d))
            fail(Message::coded(zeroTurnsOff ? "project_out_of_range_or_zero" : "project_out_of_range",
                                {where + key, range.message(), QString::number(d).toStdString()}));
        return d;
    }

    /// A key becomes part of column names in the results: letters, digits, '_' and
    /// any non-ASCII letters (托育 …), nothing else, so distinct keys stay distinct.
    void key(const std::string &k, const std::string &where) const
    {
        for (unsigned char c : k)
            if (c < 0x80 && !std::isalnum(c) && c != '_')
                fail(Message::coded("project_bad_key", {where, k}));
    }

    LayerRef layer(const QJsonObject &o, const std::string &where) const
    {
        namespace fs = std::filesystem;
        LayerRef ref;
        fs::path p = fs::path(string(o, "path", where));
        if (isDatabaseSource(p.string())) // a PostGIS connection, kept as written
            ref.path = p.string();
        else if (p.is_relative())
            ref.path = (fs::absolute(fs::path(mPath)).parent_path() / p).lexically_normal().string();
        else
            ref.path = p.lexically_normal().string();
        ref.layer = string(o, "layer", where, false);
        ref.crs = string(o, "crs", where, false);
        ref.encoding = string(o, "encoding", where, false);
        ref.xField = string(o, "x_field", where, false);
        ref.yField = string(o, "y_field", where, false);
        ref.where = string(o, "where", where, false);
        if (ref.xField.empty() != ref.yField.empty())
            fail(Message::coded("project_xy_together", {where}));
        if (!ref.crs.empty()) {
            try {
                Crs::fromUserInput(ref.crs);
            } catch (const DataError &e) {
                fail(Message::coded("project_value_error", {where + "crs", e.message()}));
            }
        }
        return ref;
    }

private:
    std::string mPath;
};

} // namespace

Project loadProject(const std::string &path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw FileError(Message::coded("no_project_file", {path}));
    if (!fs::is_regular_file(path, ec))
        throw FileError(Message::coded("not_regular_file", {path}));
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        throw FileError(Message::coded("project_unreadable", {path, file.errorString().toStdString()}));
    QJsonParseError perr;
    QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        throw DataError(Message::coded("project_json_error", {path, std::to_string(perr.offset),
                                                             perr.errorString().toStdString()}));
    Reader r(path);
    QJsonObject root = doc.object();
    if (root.value("format").toString() != "quarterhour-project")
        r.fail(Message::coded("project_not_format"));
    const QJsonValue version = root.value("version");
    if (!version.isDouble())
        r.fail(Message::coded("project_version_kind", {jsonKind(version)}));
    if (version.toDouble() != 1)
        r.fail(Message::coded("project_version_unsupported", {QString::number(version.toDouble()).toStdString()}));

    Project p;
    p.path = path;
    p.name = r.string(root, "name", "", false, fs::path(path).stem().string());
    p.attribution = r.string(root, "attribution", "", false);
    try {
        p.crs = Crs::fromUserInput(r.string(root, "crs", ""));
    } catch (const DataError &e) {
        r.fail(Message::coded("project_value_error", {"crs", e.message()}));
    }
    if (!p.crs.isProjectedMetric())
        r.fail(Message::coded("project_crs_not_metric", {p.crs.authId()}));

    QJsonObject layers = r.object(root, "layers", "");
    QJsonObject net = r.object(layers, "network", "layers.");
    p.network.ref = r.layer(net, "layers.network.");
    if (net.contains("walkable")) {
        QJsonObject w = net.value("walkable").toObject();
        auto list = [](const QJsonValue &v) {
            std::vector<std::string> out;
            for (const QJsonValue &x : v.toArray())
                out.push_back(x.toString().toStdString());
            return out;
        };
        if (w.contains("include"))
            p.network.filter.includeClasses = list(w.value("include"));
        if (w.contains("exclude"))
            p.network.filter.excludeClasses = list(w.value("exclude"));
        if (w.contains("respect_access_tags"))
            p.network.filter.respectAccessTags = w.value("respect_access_tags").toBool();
    }

    QJsonObject fac = r.object(layers, "facilities", "layers.");
    p.facilities.ref = r.layer(fac, "layers.facilities.");
    p.facilities.idField = r.string(fac, "id_field", "layers.facilities.", false);
    p.facilities.nameField = r.string(fac, "name_field", "layers.facilities.", false);
    p.facilities.typeField = r.string(fac, "type_field", "layers.facilities.", false);
    const QJsonValue capsValue = fac.value("capacity_fields");
    if (!capsValue.isUndefined() && !capsValue.isObject())
        r.fail(Message::coded("project_capacity_fields"));
    const QJsonObject caps = capsValue.toObject();
    for (auto it = caps.begin(); it != caps.end(); ++it) {
        const std::string key = "layers.facilities.capacity_fields." + it.key().toStdString();
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            r.fail(Message::coded("project_not_column", {key}));
        p.facilities.capacityFields[it.key().toStdString()] = it.value().toString().toStdString();
    }
    const QJsonValue typeValues = fac.value("type_values");
    if (!typeValues.isUndefined() && !typeValues.isObject())
        r.fail(Message::coded("project_type_values"));
    const QJsonObject tv = typeValues.toObject();
    for (auto it = tv.begin(); it != tv.end(); ++it) {
        if (!it.value().isString())
            r.fail(Message::coded("project_type_value_key", {"layers.facilities.type_values." + it.key().toStdString()}));
        p.facilities.typeValues[it.key().toStdString()] = it.value().toString().toStdString();
    }

    QJsonObject pop = r.object(layers, "population", "layers.");
    p.population.ref = r.layer(pop, "layers.population.");
    if (pop.contains("census")) {
        const QJsonObject c = pop.value("census").toObject();
        CensusSpec census;
        census.joinField = r.string(c, "join_field", "layers.population.census.");
        const std::string on = r.string(c, "join_on", "layers.population.census.", false, "name");
        if (on != "name" && on != "code")
            r.fail(Message::coded("project_join_on", {on}));
        census.joinOnCode = on == "code";
        if (c.contains("buildings"))
            census.buildings = r.layer(c.value("buildings").toObject(), "layers.population.census.buildings.");
        if (c.contains("residential"))
            census.residential = r.layer(c.value("residential").toObject(), "layers.population.census.residential.");
        census.levelsField = r.string(c, "levels_field", "layers.population.census.", false);
        census.cellSize = r.number(c, "cell_m", "layers.population.census.", 100.0, limits::censusCell);
        p.population.census = census;
    }
    QJsonArray groups = pop.value("groups").toArray();
    if (groups.isEmpty())
        r.fail(Message::coded("project_no_groups"));
    for (const QJsonValue &g : groups) {
        QJsonObject go = g.toObject();
        DemandGroup dg{r.string(go, "key", "layers.population.groups[]."),
                       r.string(go, "label", "layers.population.groups[].", false),
                       r.string(go, "field", "layers.population.groups[].")};
        if (dg.label.empty())
            dg.label = dg.key;
        dg.labelZh = r.string(go, "label_zh", "layers.population.groups[].", false);
        for (const QJsonValue &raster : go.value("files").toArray()) {
            fs::path fp(raster.toString().toStdString());
            if (fp.is_relative())
                fp = fs::absolute(fs::path(path)).parent_path() / fp;
            dg.files.push_back(fp.lexically_normal().string());
        }
        r.key(dg.key, "layers.population.groups[].key");
        for (const DemandGroup &other : p.population.groups)
            if (other.key == dg.key)
                r.fail(Message::coded("project_group_twice", {dg.key}));
        p.population.groups.push_back(dg);
    }

    // No units layer: the whole area is one unit (as saveProject writes it).
    if (layers.contains("units")) {
        QJsonObject units = r.object(layers, "units", "layers.");
        p.units.ref = r.layer(units, "layers.units.");
        p.units.idField = r.string(units, "id_field", "layers.units.", false);
        p.units.nameField = r.string(units, "name_field", "layers.units.", false);
        p.units.classField = r.string(units, "class_field", "layers.units.", false);
    }
    for (const QJsonValue &v : r.array(layers, "references", "layers.")) {
        const QJsonObject o = r.element(v, "layers.references[]");
        ReferenceLayerSpec ref;
        ref.ref = r.layer(o, "layers.references[].");
        ref.name = r.string(o, "name", "layers.references[].", false);
        ref.colour = r.string(o, "colour", "layers.references[].", false);
        if (o.contains("visible")) {
            if (!o.value("visible").isBool())
                r.fail(Message::coded("project_not_bool", {"layers.references[].visible"}));
            ref.visible = o.value("visible").toBool();
        }
        p.references.push_back(ref);
    }
    p.targets = r.string(root, "targets", "", false);
    const bool targetsIsFile = p.targets.find('/') != std::string::npos
                               || (p.targets.size() > 5 && p.targets.substr(p.targets.size() - 5) == ".json");
    if (targetsIsFile) {
        fs::path t(p.targets);
        if (t.is_relative())
            t = fs::absolute(fs::path(path)).parent_path() / t;
        p.targets = t.lexically_normal().string();
    }

    QJsonObject prof = r.object(root, "profile", "");
    p.profile.name = r.string(prof, "name", "profile.");
    p.profile.source = r.string(prof, "source", "profile.", false);
    p.profile.maxSnapDistance = r.number(prof, "max_snap_distance_m", "profile.", 500.0, limits::maxSnapDistance);
    p.profile.catchmentBuffer = r.number(prof, "catchment_buffer_m", "profile.", 50.0, limits::catchmentBuffer);
    p.profile.sampleSpacing = r.number(prof, "sample_spacing_m", "profile.", 100.0, limits::sampleSpacing, true);
    QJsonArray types = prof.value("facility_types").toArray();
    if (types.isEmpty())
        r.fail(Message::coded("project_no_types"));
    auto hasGroup = [&](const std::string &k) {
        for (const DemandGroup &g : p.population.groups)
            if (g.key == k)
                return true;
        return false;
    };
    for (const QJsonValue &t : types) {
        QJsonObject to = t.toObject();
        const std::string w = "profile.facility_types[].";
        FacilityType ft;
        ft.key = r.string(to, "key", w);
        ft.label = r.string(to, "label", w, false, ft.key);
        ft.demandGroup = r.string(to, "demand_group", w);
        ft.minutes = r.number(to, "minutes", w, 15.0, limits::minutes);
        ft.speedMps = r.number(to, "speed_mps", w, 1.0, limits::speedMps);
        ft.speedSource = r.string(to, "speed_source", w, false);
        ft.labelZh = r.string(to, "label_zh", w, false);
        ft.circleSetByUser = to.value("circle_set_by_user").toBool(false);
        ft.capacityKey = r.string(to, "capacity", w, false);
        ft.ratioGroup = r.string(to, "ratio_per", w, false, ft.demandGroup);
        for (const std::string &g : {ft.demandGroup, ft.ratioGroup})
            if (!hasGroup(g))
                r.fail(Message::coded("project_type_group_missing", {ft.key, g}));
        r.key(ft.key, "profile.facility_types[].key");
        if (p.profile.typeIndex(ft.key) >= 0)
            r.fail(Message::coded("project_type_twice", {ft.key}));
        p.profile.types.push_back(ft);
    }
    p.basemapUrl = root.value("basemap").toObject().value("url").toString().toStdString();
    const QJsonObject overrides = root.value("target_overrides").toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (!it.value().isDouble() || it.value().toDouble() < 0)
            r.fail(Message::coded("project_override", {"target_overrides." + it.key().toStdString()}));
        p.targetOverrides[it.key().toStdString()] = it.value().toDouble();
    }
    const QJsonObject plan = r.optionalObject(root, "plan", "");
    std::optional<Rect> area; // only when the plan places something (PROJ's area of use costs a few ms)
    const double kMissing = std::numeric_limits<double>::quiet_NaN();
    // A place in the plan: two numbers in the project's CRS, inside its valid area.
    auto place = [&](const QJsonObject &o, const std::string &where) {
        const Point at{r.number(o, "x", where + ".", kMissing, limits::coordinate),
                      r.number(o, "y", where + ".", kMissing, limits::coordinate)};
        if (!std::isfinite(at.x) || !std::isfinite(at.y))
            r.fail(Message::coded("project_needs_xy", {where}));
        if (!area)
            area = p.crs.validArea();
        if (at.x < area->minX || at.x > area->maxX || at.y < area->minY || at.y > area->maxY)
            r.fail(Message::coded("project_outside_crs", {where, QString::number(at.x, 'g', 10).toStdString(),
                                                          QString::number(at.y, 'g', 10).toStdString(), p.crs.authId()}));
        return at;
    };
    auto capacities = [&](const QJsonObject &o, const std::string &where) {
        std::map<std::string, double> read;
        const QJsonObject c = r.optionalObject(o, "capacity", where);
        for (auto it = c.begin(); it != c.end(); ++it)
            read[it.key().toStdString()] = r.number(c, it.key().toUtf8().constData(), where + "capacity.", 0.0, limits::capacity);
        return read;
    };
    for (const QJsonValue &v : r.array(plan, "added", "plan.")) {
        const QJsonObject o = r.element(v, "plan.added[]");
        Facility f;
        f.id = r.string(o, "id", "plan.added[].");
        f.name = r.string(o, "name", "plan.added[].", false);
        f.type = r.string(o, "type", "plan.added[].");
        f.pos = place(o, "plan.added[" + f.id + "]");
        f.proposed = true;
        f.capacity = capacities(o, "plan.added[" + f.id + "].");
        p.plan.added.push_back(std::move(f));
    }
    for (const QJsonValue &v : r.array(plan, "removed", "plan.")) {
        if (!v.isString())
            r.fail(Message::coded("project_removed_ids", {jsonKind(v)}));
        p.plan.removed.push_back(v.toString().toStdString());
    }
    for (const QJsonValue &v : r.array(plan, "moved", "plan.")) {
        const QJsonObject o = r.element(v, "plan.moved[]");
        const std::string id = r.string(o, "id", "plan.moved[].");
        p.plan.moved[id] = place(o, "plan.moved[" + id + "]");
    }
    for (const QJsonValue &v : r.array(plan, "changed", "plan.")) {
        const QJsonObject o = r.element(v, "plan.changed[]");
        const std::string id = r.string(o, "id", "plan.changed[].");
        p.plan.changed[id] = capacities(o, "plan.changed[" + id + "].");
    }
    return p;
}

void saveProject(const Project &p, const std::string &path)
{
    namespace fs = std::filesystem;
    const fs::path dir = fs::absolute(fs::path(path)).parent_path();
    std::error_code ec;
    for (const std::string &input : {p.network.ref.path, p.facilities.ref.path, p.population.ref.path,
                                     p.units.ref.path})
        if (!input.empty() && fs::exists(path) && fs::equivalent(input, path, ec))
            throw FileError(Message::coded("save_over_input", {path}));
    auto rel = [&](const std::string &file) {
        if (file.empty() || isDatabaseSource(file))
            return QString::fromStdString(file);
        const fs::path r = fs::path(file).lexically_relative(dir);
        return QString::fromStdString(r.empty() ? file : r.generic_string());
    };
    auto layer = [&](const LayerRef &ref) {
        QJsonObject o{{"path", rel(ref.path)}};
        const std::pair<const char *, const std::string *> optional[] = {
            {"layer", &ref.layer}, {"crs", &ref.crs}, {"encoding", &ref.encoding},
            {"x_field", &ref.xField}, {"y_field", &ref.yField}, {"where", &ref.where}};
        for (const auto &[key, value] : optional)
            if (!value->empty())
                o[key] = QString::fromStdString(*value);
        return o;
    };
    auto list = [](const std::vector<std::string> &v) {
        QJsonArray a;
        for (const std::string &s : v)
            a.append(QString::fromStdString(s));
        return a;
    };
    auto qs = [](const std::string &s) { return QString::fromStdString(s); };

    QJsonObject net = layer(p.network.ref);
    net["walkable"] = QJsonObject{{"include", list(p.network.filter.includeClasses)},
                                  {"exclude", list(p.network.filter.excludeClasses)},
                                  {"respect_access_tags", p.network.filter.respectAccessTags}};
    QJsonObject fac = layer(p.facilities.ref);
    fac["id_field"] = qs(p.facilities.idField);
    fac["name_field"] = qs(p.facilities.nameField);
    fac["type_field"] = qs(p.facilities.typeField);
    QJsonObject caps;
    for (const auto &[k, v] : p.facilities.capacityFields)
        caps[qs(k)] = qs(v);
    fac["capacity_fields"] = caps;
    if (!p.facilities.typeValues.empty()) {
        QJsonObject tv;
        for (const auto &[k, v] : p.facilities.typeValues)
            tv[qs(k)] = qs(v);
        fac["type_values"] = tv;
    }
    QJsonObject pop = layer(p.population.ref);
    QJsonArray groups;
    for (const DemandGroup &g : p.population.groups) {
        QJsonObject go{{"key", qs(g.key)}, {"label", qs(g.label)}, {"label_zh", qs(g.labelZh)}, {"field", qs(g.field)}};
        if (!g.files.empty()) {
            QJsonArray files;
            for (const std::string &f : g.files)
                files.append(rel(f));
            go["files"] = files;
        }
        groups.append(go);
    }
    pop["groups"] = groups;
    if (const auto &c = p.population.census) {
        QJsonObject census{{"join_field", qs(c->joinField)}, {"join_on", c->joinOnCode ? "code" : "name"},
                           {"cell_m", c->cellSize}};
        if (c->buildings)
            census["buildings"] = layer(*c->buildings);
        if (c->residential)
            census["residential"] = layer(*c->residential);
        if (!c->levelsField.empty())
            census["levels_field"] = qs(c->levelsField);
        pop["census"] = census;
    }
    QJsonObject layers{{"network", net}, {"facilities", fac}, {"population", pop}};
    if (!p.units.ref.path.empty()) {
        QJsonObject units = layer(p.units.ref);
        units["id_field"] = qs(p.units.idField);
        units["name_field"] = qs(p.units.nameField);
        units["class_field"] = qs(p.units.classField);
        layers["units"] = units;
    }
    if (!p.references.empty()) {
        QJsonArray refs;
        for (const ReferenceLayerSpec &ref : p.references) {
            QJsonObject o = layer(ref.ref);
            if (!ref.name.empty())
                o["name"] = qs(ref.name);
            if (!ref.colour.empty())
                o["colour"] = qs(ref.colour);
            if (!ref.visible)
                o["visible"] = false;
            refs.append(o);
        }
        layers["references"] = refs;
    }
    QJsonArray types;
    for (const FacilityType &t : p.profile.types) {
        QJsonObject o{{"key", qs(t.key)}, {"label", qs(t.label)}, {"label_zh", qs(t.labelZh)},
                      {"demand_group", qs(t.demandGroup)},
                      {"minutes", t.minutes}, {"speed_mps", t.speedMps},
                      {"speed_source", qs(t.speedSource)}, {"capacity", qs(t.capacityKey)},
                      {"ratio_per", qs(t.ratioGroup)}};
        if (t.circleSetByUser)
            o["circle_set_by_user"] = true;
        types.append(o);
    }
    QJsonObject profile{{"name", qs(p.profile.name)},
                        {"source", qs(p.profile.source)},
                        {"max_snap_distance_m", p.profile.maxSnapDistance},
                        {"catchment_buffer_m", p.profile.catchmentBuffer},
                        {"sample_spacing_m", p.profile.sampleSpacing},
                        {"facility_types", types}};
    QJsonArray added, moved;
    for (const Facility &f : p.plan.added) {
        QJsonObject c;
        for (const auto &[k, v] : f.capacity)
            c[qs(k)] = v;
        added.append(QJsonObject{{"id", qs(f.id)}, {"name", qs(f.name)}, {"type", qs(f.type)},
                                 {"x", f.pos.x}, {"y", f.pos.y}, {"capacity", c}});
    }
    for (const auto &[id, pos] : p.plan.moved)
        moved.append(QJsonObject{{"id", qs(id)}, {"x", pos.x}, {"y", pos.y}});
    QJsonArray changed;
    for (const auto &[id, changedCaps] : p.plan.changed) {
        QJsonObject c;
        for (const auto &[k, v] : changedCaps)
            c[qs(k)] = v;
        changed.append(QJsonObject{{"id", qs(id)}, {"capacity", c}});
    }
    QJsonObject root{{"format", "quarterhour-project"},
                     {"version", 1},
                     {"name", qs(p.name)},
                     {"attribution", qs(p.attribution)},
                     {"crs", qs(p.crs.toUserInput())},
                     {"layers", layers},
                     {"profile", profile},
                     {"plan", QJsonObject{{"added", added}, {"removed", list(p.plan.removed)}, {"moved", moved}, {"changed", changed}}}};
    if (!p.basemapUrl.empty())
        root["basemap"] = QJsonObject{{"url", qs(p.basemapUrl)}};
    if (!p.targetOverrides.empty()) {
        QJsonObject o;
        for (const auto &[k, v] : p.targetOverrides)
            o[qs(k)] = v;
        root["target_overrides"] = o;
    }
    if (!p.targets.empty())
        root["targets"] = fs::path(p.targets).is_absolute() ? rel(p.targets) : qs(p.targets);
    QSaveFile f(QString::fromStdString(path));
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        throw FileError(Message::coded("cannot_save_project", {path, f.errorString().toStdString()}));
}

Project projectFromLayers(const LayerOptions &o, Warnings &warnings)
{
    Project p;
    p.path = o.network.path;
    p.name = sourceStem(o.facilities.path);
    const LayerGeoInfo geo = layerGeoInfo(o.network);
    p.crs = geo.crs;
    if (!p.crs.isProjectedMetric()) {
        if (geo.lonLatExtent.isEmpty())
            throw DataError(o.network.path + ": the network has no extent to choose a metric CRS from");
        p.crs = utmCrsFor((geo.lonLatExtent.minX + geo.lonLatExtent.maxX) / 2,
                          (geo.lonLatExtent.minY + geo.lonLatExtent.maxY) / 2);
        warnings.push_back(Message::coded("network_crs_not_metric", {geo.crs.authId(), p.crs.authId(), p.crs.name()}));
    }
    p.network.ref = o.network;

    const std::vector<std::string> facFields = layerFields(o.facilities);
    auto has = [](const std::vector<std::string> &fields, const std::string &f) {
        return std::find(fields.begin(), fields.end(), f) != fields.end();
    };
    p.facilities.ref = o.facilities;
    for (const char *f : {"id", "fac_id", "osm_id"})
        if (p.facilities.idField.empty() && has(facFields, f))
            p.facilities.idField = f;
    if (has(facFields, "name"))
        p.facilities.nameField = "name";
    for (const std::string &f : knownCapacityKeys())
        if (has(facFields, f))
            p.facilities.capacityFields[f] = f;

    const std::vector<std::string> popFields = layerFields(o.population);
    std::string popField = o.populationField;
    for (const char *f : {"pop_total", "population", "pop", "total"})
        if (popField.empty() && has(popFields, f))
            popField = f;
    if (popField.empty())
        throw DataError(o.population.path + ": no population column found (looked for pop_total, "
                                            "population, pop, total); name one with --pop-field");
    if (!has(popFields, popField))
        throw DataError(o.population.path + ": has no field '" + popField + "'");
    p.population.ref = o.population;
    p.population.groups = {{"total", "Residents", popField}};

    if (o.units) {
        p.units.ref = *o.units;
        const std::vector<std::string> unitFields = layerFields(*o.units);
        if (has(unitFields, "name"))
            p.units.nameField = "name";
    }

    // Facility types: the values of the type column, or one generic type.
    std::vector<std::string> typeKeys;
    if (has(facFields, "type")) {
        p.facilities.typeField = "type";
        Warnings ignored;
        for (const Facility &f : readFacilities(p.facilities, p.crs, ignored))
            if (!f.type.empty() && std::find(typeKeys.begin(), typeKeys.end(), f.type) == typeKeys.end())
                typeKeys.push_back(f.type);
    }
    if (typeKeys.empty()) {
        typeKeys = {"facility"};
        p.facilities.defaultType = "facility";
        warnings.push_back(Message::coded("no_type_column", {o.facilities.path}));
    }
    std::string capacityKey;
    for (const char *k : {"places", "capacity", "childcare_places", "beds"})
        if (capacityKey.empty() && p.facilities.capacityFields.count(k))
            capacityKey = k;
    if (capacityKey.empty())
        warnings.push_back(Message::coded("no_capacity_column", {o.facilities.path}));
    p.profile.name = "layers given on the command line";
    for (const std::string &k : typeKeys) {
        FacilityType t;
        t.key = t.label = k;
        t.demandGroup = t.ratioGroup = "total";
        t.minutes = o.minutes.value_or(15.0);
        t.speedMps = o.speedMps.value_or(1.0);
        t.speedSource = o.speedMps ? "given on the command line" : "default 1.0 m/s (GB 50180-2018: 15 minutes = 800-1,000 m)";
        t.capacityKey = capacityKey;
        if (k == "childcare" && p.facilities.capacityFields.count("childcare_places"))
            t.capacityKey = "childcare_places";
        if (k == "kindergarten" && p.facilities.capacityFields.count("kindergarten_places"))
            t.capacityKey = "kindergarten_places";
        if (k == "elderly_care" && p.facilities.capacityFields.count("beds"))
            t.capacityKey = "beds";
        p.profile.types.push_back(t);
    }
    if (o.maxSnapDistance)
        p.profile.maxSnapDistance = *o.maxSnapDistance;
    return p;
}

} // namespace qh
