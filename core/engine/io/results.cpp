#include "io/results.h"

#include <cmath>
#include <filesystem>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include "io/geopackage.h"
#include "io/outputs.h"
#include "io/textfile.h"

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

std::string csvNum(double v, int decimals)
{
    if (!std::isfinite(v))
        return "";
    return QString::number(v, 'f', decimals).toStdString();
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
    // The import report: each layer read, what came in, what reading it said.
    QJsonArray layers;
    for (const LayerReport &l : region.layers) {
        QJsonObject o{{"role", qs(l.role)}, {"path", qs(l.ref.path)}, {"layer", qs(l.ref.layer)},
                      {"features", static_cast<qint64>(l.features)}};
        if (!l.ref.where.empty())
            o["where"] = qs(l.ref.where);
        if (l.people >= 0)
            o["people"] = num(l.people, 1);
        QJsonArray said;
        for (const Message &w : l.warnings)
            said.append(qs(w.text()));
        o["warnings"] = said;
        layers.append(o);
    }
    root["import"] = QJsonObject{{"layers", layers}};

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
                          const AnalysisResult &res, const std::string &outDir, const Evaluation *ev,
                          const std::vector<LayerStyle> &styles)
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
        writeGeoPackage(tmpGpkg, project, region, res, ev, styles);
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
