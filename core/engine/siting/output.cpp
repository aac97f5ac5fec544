#include "siting/output.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <unistd.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include "error.h"
#include "io/gdal.h"

namespace qh::siting {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

/// A staged name beside `path`: same folder (so the rename is atomic), hidden.
std::string stagedBeside(const std::string &path)
{
    const std::filesystem::path p(path);
    return (p.parent_path() / ("." + p.filename().string() + ".part-" + std::to_string(getpid()))).string();
}

void moveIntoPlace(const std::string &staged, const std::string &path)
{
    std::error_code ec;
    std::filesystem::rename(staged, path, ec);
    if (ec) {
        std::filesystem::remove(staged);
        throw FileError(path + ": cannot be written (" + ec.message() + ")");
    }
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue();
}

QJsonObject scoreJson(const Score &s, const IndicatorResult &ir)
{
    QJsonObject o;
    o["value"] = optionalNumber(s.value);
    o["target"] = s.target;
    o["applicable"] = s.applicable;
    o["pass"] = s.pass;
    o["class"] = q(warningClassKey(s, ir));
    if (!s.gapText.empty())
        o["gap"] = q(s.gapText.text());
    return o;
}

} // namespace

void writeTextFile(const std::string &path, const std::string &text)
{
    const std::string staged = stagedBeside(path);
    {
        std::ofstream out(staged, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            out.close();
            std::filesystem::remove(staged);
            throw FileError(path + ": cannot be written (is the folder writable, the disk full?)");
        }
    }
    moveIntoPlace(staged, path);
}

void writeSitesGeoPackage(const std::string &path, const Project &project, const RegionData &region,
                          const SuggestResult &result)
{
    ensureGdal();
    GDALDriver *drv = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!drv)
        throw FileError("GDAL has no GeoPackage driver");
    const std::string staged = stagedBeside(path);
    std::filesystem::remove(staged);
    try {
        {
            DatasetPtr ds([&] {
                std::lock_guard lock(datasetOpenMutex()); // SpatiaLite's setlocale(), see gdal.h
                return drv->Create(staged.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
            }());
            if (!ds)
                throw FileError(path + ": cannot create GeoPackage (" + CPLGetLastErrorMsg() + ")");
            OGRSpatialReference srs(*project.crs.ogr());
            OGRLayer *layer = ds->CreateLayer("suggested_sites", &srs, wkbPoint, nullptr);
            if (!layer)
                throw FileError(path + ": cannot create the layer suggested_sites");
            std::set<std::string> capacityKeys;
            for (const SuggestedSite &s : result.sites)
                for (const auto &[key, v] : s.facility.capacity)
                    capacityKeys.insert(key);
            std::vector<std::pair<std::string, OGRFieldType>> fields{
                {"fac_id", OFTString}, {"name", OFTString}, {"type", OFTString}};
            for (const std::string &k : capacityKeys)
                fields.emplace_back(k, OFTReal);
            for (auto f : std::vector<std::pair<std::string, OGRFieldType>>{
                     {"cost", OFTReal}, {"newly_reached", OFTReal}, {"unit_id", OFTString}, {"candidate", OFTString}})
                fields.push_back(f);
            for (const auto &[name, type] : fields) {
                OGRFieldDefn fd(name.c_str(), type);
                if (layer->CreateField(&fd) != OGRERR_NONE)
                    throw FileError(path + ": cannot create field " + name);
            }
            ds->StartTransaction();
            for (const SuggestedSite &s : result.sites) {
                OGRFeature f(layer->GetLayerDefn());
                f.SetField("fac_id", s.facility.id.c_str());
                f.SetField("name", s.facility.name.c_str());
                f.SetField("type", s.facility.type.c_str());
                for (const auto &[key, v] : s.facility.capacity)
                    f.SetField(key.c_str(), v);
                f.SetField("cost", s.cost);
                f.SetField("newly_reached", s.newlyReached);
                if (const auto u = s.unit)
                    f.SetField("unit_id", region.units[*u].id.c_str());
                f.SetField("candidate", s.candidate.c_str());
                OGRPoint pt(s.facility.pos.x, s.facility.pos.y);
                f.SetGeometry(&pt);
                if (layer->CreateFeature(&f) != OGRERR_NONE)
                    throw FileError(path + ": cannot write site " + s.facility.id);
            }
            if (ds->CommitTransaction() != OGRERR_NONE)
                throw FileError(path + ": cannot be written (is the disk full?)");
        } // closed before it is moved
        moveIntoPlace(staged, path);
    } catch (...) {
        std::filesystem::remove(staged);
        throw;
    }
}

std::string suggestionJson(const Project &project, const RegionData &region, const SuggestResult &r)
{
    QJsonObject root;
    root["format"] = "quarterhour-suggestion";
    root["project"] = q(project.name);
    root["crs"] = q(project.crs.name());
    root["type"] = q(r.type);
    root["goal"] = r.goal == Goal::MeetTargets ? "meet-targets" : "max-coverage";
    QJsonArray sizes;
    for (const SiteSize &s : r.sizes)
        sizes.append(QJsonObject{{"capacity", s.capacity}, {"cost", s.cost}});
    root["sizes"] = sizes;
    root["candidates"] = QJsonObject{{"given", qint64(r.candidatesGiven)}, {"used", qint64(r.candidatesUsed)}};
    auto solverJson = [](const Solution &s) {
        QJsonObject o;
        o["method"] = q(s.method);
        o["objective"] = s.objective;
        o["bound"] = optionalNumber(s.bound);
        o["gap"] = optionalNumber(s.gap());
        o["optimal"] = s.optimal;
        o["time_limit_reached"] = s.timeLimitReached;
        o["all_rows_met"] = s.feasible;
        o["seconds"] = s.seconds;
        o["sites"] = qint64(s.open.size());
        return o;
    };
    root["solver"] = solverJson(r.solution);
    if (r.heuristic)
        root["heuristic"] = solverJson(*r.heuristic);
    QJsonObject people{{"demand", r.demand}, {"covered_before", r.coveredBefore}, {"covered_after", r.coveredAfter}};
    if (r.servedBefore && r.servedAfter) {
        people["served_before"] = *r.servedBefore;
        people["served_after"] = *r.servedAfter;
    }
    root["people"] = people;
    root["capacitated"] = bool(r.servedAfter);
    QJsonArray sites;
    for (const SuggestedSite &s : r.sites) {
        QJsonObject o{{"id", q(s.facility.id)}, {"name", q(s.facility.name)}, {"x", s.facility.pos.x},
                      {"y", s.facility.pos.y}, {"cost", s.cost}, {"newly_reached", s.newlyReached},
                      {"candidate", q(s.candidate)}};
        QJsonObject caps;
        for (const auto &[key, v] : s.facility.capacity)
            caps[q(key)] = v;
        o["capacity"] = caps;
        if (s.unit)
            o["unit"] = q(region.units[*s.unit].name);
        sites.append(o);
    }
    root["sites"] = sites;
    QJsonArray units;
    for (std::size_t u = 0; u < region.units.size(); ++u) {
        QJsonObject uo{{"id", q(region.units[u].id)}, {"name", q(region.units[u].name)}};
        QJsonObject inds;
        for (std::size_t i = 0; i < r.after.indicators.size(); ++i) {
            const IndicatorResult &after = r.after.indicators[i];
            const IndicatorResult &before = r.before.indicators[i];
            if (std::find(r.indicators.begin(), r.indicators.end(), after.indicator.id) == r.indicators.end())
                continue;
            inds[q(after.indicator.id)] = QJsonObject{{"before", scoreJson(before.units[u], before)},
                                                      {"after", scoreJson(after.units[u], after)}};
        }
        uo["indicators"] = inds;
        units.append(uo);
    }
    root["units"] = units;
    root["all_units_pass"] = r.allUnitsPass;
    QJsonArray shortfalls, warnings;
    for (const std::string &t : texts(r.shortfalls))
        shortfalls.append(q(t));
    for (const std::string &t : texts(r.warnings))
        warnings.append(q(t));
    root["shortfalls"] = shortfalls;
    root["warnings"] = warnings;
    return QJsonDocument(root).toJson().toStdString();
}

} // namespace qh::siting
