#include "population/census.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <stdexcept>

#include <ogrsf_frmts.h>

#include <QString>

#include "geo/geos.h"
#include "io/fieldmap.h"
#include "io/gdal.h"
#include "io/openlayer.h"
#include "io/readers.h"
#include "scenario/limits.h"

namespace qh {

using namespace ioimpl;

namespace {

/// A grid of a few million cells per unit is enough for any city at 100 m; more
/// means a wrong cell size or unit and would only exhaust memory.
constexpr std::size_t kMaxCellsPerUnit = 4'000'000;

std::string trimmed(const std::string &s)
{
    return QString::fromStdString(s).trimmed().toStdString();
}

std::string digits(const std::string &s)
{
    std::string d;
    for (char c : s)
        if (std::isdigit(static_cast<unsigned char>(c)))
            d += c;
        else if (!std::isspace(static_cast<unsigned char>(c)))
            return {}; // not a code
    return d;
}

/// One building: its footprint in the target CRS and its levels.
struct Building
{
    MultiPolygon shape;
    Rect bounds;
    double levels = 1.0;
};

/// Buildings (`residential` false) or residential land (true, one level): OSM files
/// give their multipolygons with a building tag, or with landuse=residential.
std::vector<Building> readBuildings(const LayerRef &given, const std::string &levelsField, const Crs &target,
                                    Warnings &warnings, bool residential = false)
{
    LayerRef ref = given;
    const std::string ext = std::filesystem::path(ref.path).extension().string();
    if (ref.layer.empty() && (ext == ".osm" || ext == ".pbf"))
        ref.layer = "multipolygons"; // OSM buildings are closed ways and relations
    OpenLayer ol(ref, target, residential ? "residential" : "buildings", &warnings);
    OGRFeatureDefn *defn = ol.layer->GetLayerDefn();
    const char *osmFilter = residential ? "landuse = 'residential'" : "building IS NOT NULL";
    if (defn->GetFieldIndex(residential ? "landuse" : "building") >= 0 && (!residential || ref.where.empty()))
        ol.layer->SetAttributeFilter(
            (ref.where.empty() ? std::string(osmFilter) : "(" + ref.where + ") AND " + osmFilter).c_str());
    const int levelsIdx = levelsField.empty() || residential ? -1 : ol.field(levelsField, Message::coded("for_building_levels"));
    const int tagsIdx = defn->GetFieldIndex("other_tags");
    std::vector<Building> out;
    ol.layer->ResetReading();
    for (auto &f : *ol.layer) {
        auto mp = ol.toMultiPolygon(ol.geometryOf(*f));
        if (!mp)
            continue;
        Building b;
        b.shape = std::move(*mp);
        b.bounds = boundsOf(b.shape);
        const std::string text = residential ? std::string()
                                 : levelsIdx >= 0 ? fieldText(*f, levelsIdx)
                                 : tagsIdx >= 0 ? osmTag(fieldText(*f, tagsIdx), "building:levels")
                                                : std::string();
        if (const auto n = readNumber(text); n && n->value >= 1 && n->value <= 200)
            b.levels = n->value;
        out.push_back(std::move(b));
    }
    return out;
}

bool overlaps(const Rect &a, const Rect &b)
{
    return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

std::string listed(const std::vector<std::string> &items)
{
    std::string s;
    for (std::size_t i = 0; i < items.size() && i < 10; ++i)
        s += (i ? ", " : "") + items[i];
    if (items.size() > 10)
        s += ", …";
    return s;
}

} // namespace

bool sameUnitKey(const std::string &rowKey, const std::string &unitKey, bool codes)
{
    if (!codes)
        return !trimmed(rowKey).empty() && trimmed(rowKey) == trimmed(unitKey);
    const std::string a = digits(rowKey), b = digits(unitKey);
    if (a.empty() || b.empty())
        return false;
    if (a == b)
        return true;
    // A 9-digit street (乡级) code names the 12-digit codes of its communities'
    // street, and a 12-digit code whose last three digits are 000 names the street.
    const std::string &shorter = a.size() < b.size() ? a : b, &longer = a.size() < b.size() ? b : a;
    return shorter.size() == 9 && longer.size() == 12 && longer.compare(0, 9, shorter) == 0 && longer.substr(9) == "000";
}

CensusSpread spreadCensus(const PopulationLayerSpec &spec, const std::vector<Unit> &units, const Crs &target,
                          Warnings &warnings)
{
    const CensusSpec &census = *spec.census;
    CensusSpread out;
    if (units.empty())
        throw DataError(Message::coded("census_needs_units", {spec.ref.path}));

    // The table: one row per unit, counts per group.
    std::vector<std::vector<double>> perUnit(units.size(), std::vector<double>(spec.groups.size(), 0.0));
    std::vector<bool> unitHasRow(units.size(), false);
    {
        DatasetPtr ds = openDataset(spec.ref.path, true, nullptr, OpenOptions{spec.ref.encoding, true});
        OGRLayer *layer = requireLayer(*ds, spec.ref.path, spec.ref.layer);
        const Message where = Message::coded("layer", {spec.ref.path, layer->GetName()});
        const int keyIdx = layer->GetLayerDefn()->GetFieldIndex(census.joinField.c_str());
        if (keyIdx < 0)
            throw DataError(Message::coded("no_field", {where, census.joinField, Message::coded("for_census_join")}));
        std::vector<int> groupIdx;
        for (const DemandGroup &g : spec.groups) {
            const int i = layer->GetLayerDefn()->GetFieldIndex(g.field.c_str());
            if (i < 0)
                throw DataError(Message::coded("no_field", {where, g.field, Message::coded("for_population_group", {g.key})}));
            groupIdx.push_back(i);
        }
        WarningCollector bad(warnings, "more_population_problems");
        std::int64_t row = 0;
        for (auto &f : *layer) {
            ++row;
            const std::string key = fieldText(*f, keyIdx);
            if (trimmed(key).empty())
                continue;
            ++out.join.rows;
            std::size_t u = 0;
            while (u < units.size() && !sameUnitKey(key, census.joinOnCode ? units[u].id : units[u].name, census.joinOnCode))
                ++u;
            if (u == units.size()) {
                out.join.unmatchedRows.push_back(trimmed(key));
                continue;
            }
            ++out.join.matched;
            unitHasRow[u] = true;
            for (std::size_t g = 0; g < groupIdx.size(); ++g) {
                const std::string text = fieldText(*f, groupIdx[g]);
                const auto n = readNumber(text);
                if (!n || !limits::peoplePerFeature.contains(n->value)) {
                    bad.add(Message::coded("census_not_count", {where, std::to_string(row), spec.groups[g].field, text}));
                    continue;
                }
                if (!n->exact)
                    bad.add(Message::coded("census_number_read", {where, std::to_string(row), spec.groups[g].field, text,
                                                                  QString::number(n->value).toStdString()}));
                perUnit[u][g] += n->value; // a unit listed twice (two rows of a split street) adds up
            }
        }
        if (out.join.matched == 0)
            throw DataError(Message::coded("census_nothing_joined", {where, census.joinField,
                                                                     census.joinOnCode ? Message::coded("census_by_code")
                                                                                       : Message::coded("census_by_name")}));
    }
    for (std::size_t u = 0; u < units.size(); ++u)
        if (!unitHasRow[u])
            out.join.unitsWithoutRow.push_back(units[u].name);
    if (!out.join.unmatchedRows.empty())
        warnings.push_back(Message::coded("census_rows_unmatched", {spec.ref.path, std::to_string(out.join.unmatchedRows.size()),
                                                                    listed(out.join.unmatchedRows)}));
    if (!out.join.unitsWithoutRow.empty())
        warnings.push_back(Message::coded("census_units_without_row", {std::to_string(out.join.unitsWithoutRow.size()),
                                                                       listed(out.join.unitsWithoutRow)}));

    std::vector<Building> buildings, residentialLand;
    if (census.buildings)
        buildings = readBuildings(*census.buildings, census.levelsField, target, warnings);
    if (census.residential)
        residentialLand = readBuildings(*census.residential, {}, target, warnings, true);

    for (std::size_t u = 0; u < units.size(); ++u) {
        if (!unitHasRow[u])
            continue;
        std::vector<GridPiece> pieces;
        try {
            pieces = cutByGrid(units[u].shape, census.cellSize, kMaxCellsPerUnit);
        } catch (const std::length_error &) {
            throw DataError(Message::coded("census_unit_too_large", {units[u].name, QString::number(census.cellSize).toStdString()}));
        }
        // Floor area per cell: footprint within the unit × levels; else residential
        // land within the unit.
        const Rect ub = boundsOf(units[u].shape);
        const auto weighOver = [&](const std::vector<Building> &areas) {
            std::map<std::pair<long long, long long>, double> weight;
            for (const Building &b : areas) {
                if (!overlaps(b.bounds, ub))
                    continue;
                const MultiPolygon inside = intersectionOf(b.shape, units[u].shape);
                if (inside.empty())
                    continue;
                for (const GridPiece &p : cutByGrid(inside, census.cellSize, kMaxCellsPerUnit))
                    weight[{p.col, p.row}] += p.area * b.levels;
            }
            return weight;
        };
        const auto totalOf = [&](const std::map<std::pair<long long, long long>, double> &weight) {
            double t = 0.0;
            for (const GridPiece &p : pieces)
                if (auto it = weight.find({p.col, p.row}); it != weight.end())
                    t += it->second;
            return t;
        };
        std::map<std::pair<long long, long long>, double> floor = weighOver(buildings);
        double total = totalOf(floor);
        if (total > 0.0) {
            ++out.unitsByBuildings;
        } else if (floor = weighOver(residentialLand), total = totalOf(floor); total > 0.0) {
            ++out.unitsByResidentialLand;
            if (census.buildings)
                warnings.push_back(Message::coded("census_spread_residential", {units[u].name}));
        }
        const bool byBuildings = total > 0.0; // or by residential land
        if (!byBuildings) {
            for (const GridPiece &p : pieces)
                total += p.area;
            ++out.unitsEvenly;
            if (census.buildings || census.residential)
                warnings.push_back(Message::coded(census.residential ? "census_spread_evenly_no_land" : "census_spread_evenly",
                                                  {units[u].name}));
        }
        if (!(total > 0.0))
            continue;
        for (GridPiece &p : pieces) {
            double weight = p.area;
            if (byBuildings) {
                auto it = floor.find({p.col, p.row});
                weight = it == floor.end() ? 0.0 : it->second;
            }
            if (weight <= 0.0)
                continue;
            PopulationCell c;
            c.rep = p.rep;
            c.shape = std::move(p.shape);
            for (std::size_t g = 0; g < spec.groups.size(); ++g)
                c.pop.push_back(perUnit[u][g] * weight / total);
            out.cells.push_back(std::move(c));
        }
    }
    return out;
}

} // namespace qh
