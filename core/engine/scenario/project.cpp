#include "scenario/project.h"

#include <filesystem>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qh {

namespace {

class Reader
{
public:
    explicit Reader(std::string path) : mPath(std::move(path)) {}

    [[noreturn]] void fail(const std::string &what) const
    {
        throw DataError(mPath + ": " + what);
    }

    QJsonObject object(const QJsonObject &parent, const char *key, const std::string &where) const
    {
        QJsonValue v = parent.value(key);
        if (!v.isObject())
            fail("missing object '" + where + key + "'");
        return v.toObject();
    }

    std::string string(const QJsonObject &o, const char *key, const std::string &where,
                       bool required = true, const std::string &fallback = {}) const
    {
        QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail("missing text '" + where + key + "'");
            return fallback;
        }
        if (!v.isString())
            fail("'" + where + key + "' must be text");
        return v.toString().toStdString();
    }

    double number(const QJsonObject &o, const char *key, const std::string &where, double fallback,
                  bool positive = true) const
    {
        QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble())
            fail("'" + where + key + "' must be a number");
        double d = v.toDouble();
        if (positive && !(d > 0))
            fail("'" + where + key + "' must be greater than zero");
        return d;
    }

    LayerRef layer(const QJsonObject &o, const std::string &where) const
    {
        namespace fs = std::filesystem;
        LayerRef ref;
        fs::path p = fs::path(string(o, "path", where));
        if (p.is_relative())
            p = fs::absolute(fs::path(mPath)).parent_path() / p;
        ref.path = p.lexically_normal().string();
        ref.layer = string(o, "layer", where, false);
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
        throw FileError(path + ": no such project file");
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        throw FileError(path + ": cannot be read (" + file.errorString().toStdString() + ")");
    QJsonParseError perr;
    QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        throw DataError(path + ": not a QuarterHour project (JSON error at byte "
                        + std::to_string(perr.offset) + ": " + perr.errorString().toStdString()
                        + ")");
    Reader r(path);
    QJsonObject root = doc.object();
    if (root.value("format").toString() != "quarterhour-project")
        r.fail("not a QuarterHour project (\"format\" must be \"quarterhour-project\")");
    if (root.value("version").toInt() != 1)
        r.fail("project version " + std::to_string(root.value("version").toInt())
               + " is not supported (this build reads version 1)");

    Project p;
    p.path = path;
    p.name = r.string(root, "name", "", false, fs::path(path).stem().string());
    p.attribution = r.string(root, "attribution", "", false);
    try {
        p.crs = Crs::fromUserInput(r.string(root, "crs", ""));
    } catch (const DataError &e) {
        r.fail(std::string("'crs': ") + e.what());
    }
    if (!p.crs.isProjectedMetric())
        r.fail("'crs' " + p.crs.authId()
               + " is not a projected CRS in metres; choose e.g. the local UTM zone or a CGCS2000 "
                 "Gauss-Krüger zone");

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
    QJsonObject caps = fac.value("capacity_fields").toObject();
    for (auto it = caps.begin(); it != caps.end(); ++it)
        p.facilities.capacityFields[it.key().toStdString()] = it.value().toString().toStdString();

    QJsonObject pop = r.object(layers, "population", "layers.");
    p.population.ref = r.layer(pop, "layers.population.");
    QJsonArray groups = pop.value("groups").toArray();
    if (groups.isEmpty())
        r.fail("'layers.population.groups' must list at least one population column");
    for (const QJsonValue &g : groups) {
        QJsonObject go = g.toObject();
        DemandGroup dg{r.string(go, "key", "layers.population.groups[]."),
                       r.string(go, "label", "layers.population.groups[].", false),
                       r.string(go, "field", "layers.population.groups[].")};
        if (dg.label.empty())
            dg.label = dg.key;
        p.population.groups.push_back(dg);
    }

    QJsonObject units = r.object(layers, "units", "layers.");
    p.units.ref = r.layer(units, "layers.units.");
    p.units.idField = r.string(units, "id_field", "layers.units.", false);
    p.units.nameField = r.string(units, "name_field", "layers.units.", false);
    p.units.classField = r.string(units, "class_field", "layers.units.", false);
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
    p.profile.maxSnapDistance = r.number(prof, "max_snap_distance_m", "profile.", 500.0);
    p.profile.catchmentBuffer = r.number(prof, "catchment_buffer_m", "profile.", 50.0);
    QJsonArray types = prof.value("facility_types").toArray();
    if (types.isEmpty())
        r.fail("'profile.facility_types' must list at least one facility type");
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
        ft.minutes = r.number(to, "minutes", w, 15.0);
        ft.speedMps = r.number(to, "speed_mps", w, 1.0);
        ft.speedSource = r.string(to, "speed_source", w, false);
        ft.capacityKey = r.string(to, "capacity", w, false);
        ft.ratioGroup = r.string(to, "ratio_per", w, false, ft.demandGroup);
        for (const std::string &g : {ft.demandGroup, ft.ratioGroup})
            if (!hasGroup(g))
                r.fail("facility type '" + ft.key + "' names population group '" + g
                       + "', which 'layers.population.groups' does not define");
        p.profile.types.push_back(ft);
    }
    return p;
}

} // namespace qh
