#pragma once

// The city-scale scene the benchmarks share: Porto Alegre's walking network from
// the OSM PBF (about 2,000 km), its population hexes (WorldPop-derived, with
// schools and health units), facilities where the hexes have schools (childcare,
// 40 places each) or health units (elderly care, 60 beds each), and sixteen
// districts on a 4 x 4 grid over the network. Files from ../shared/data (see
// PROVENANCE.txt there).
#include <string>

#include "io/readers.h"
#include "scenario/model.h"

namespace qh::bench {

/// Fills `poa` (starting from a copy of the sample project, for its profile) and
/// `city` from the shared data folder. With `hexAreas`, each hex's people are
/// spread over a square of the hex's area (H3 resolution 9, 0.105 km²) around its
/// point, so that the analysis counts them on its 100 m sub-grid (about 11,000
/// points, the scale of 100 m cells) instead of at 1,227 points.
inline void portoAlegreScene(const std::string &shared, Project &poa, RegionData &city, bool hexAreas = false)
{
    poa.crs = Crs::fromUserInput("EPSG:32722");
    poa.network.ref = {shared + "/data/porto_alegre_poa_osm.pbf", ""};
    poa.population.ref = {shared + "/data/porto_alegre_poa_hexgrid.csv", ""};
    poa.population.groups = {{"total", "Residents", "population"}};
    for (FacilityType &t : poa.profile.types)
        t.demandGroup = t.ratioGroup = "total";
    city.network = readLines(poa.network.ref, poa.crs, poa.network.filter, city.warnings);
    city.cells = readPopulation(poa.population, poa.crs, city.warnings);
    if (hexAreas) {
        const double half = 324.0 / 2; // √0.105 km²
        for (PopulationCell &c : city.cells) {
            const Point &p = c.rep;
            c.shape = {{{{p.x - half, p.y - half}, {p.x + half, p.y - half}, {p.x + half, p.y + half},
                         {p.x - half, p.y + half}, {p.x - half, p.y - half}}}};
        }
    }
    {
        FacilityLayerSpec spec;
        spec.ref = poa.population.ref;
        spec.idField = "id";
        spec.capacityFields = {{"schools", "schools"}, {"healthcare", "healthcare"}};
        for (Facility f : readFacilities(spec, poa.crs, city.warnings)) {
            const double schools = f.capacity["schools"], health = f.capacity["healthcare"];
            if (schools > 0)
                city.facilities.push_back({f.id + "-c", "", "childcare", {{"childcare_places", 40 * schools}}, f.pos});
            if (health > 0)
                city.facilities.push_back({f.id + "-e", "", "elderly_care", {{"beds", 60 * health}}, f.pos});
        }
    }
    Rect ext;
    for (const Polyline &l : city.network)
        for (const Point &p : l)
            ext.extend(p);
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j) {
            const double x0 = ext.minX + ext.width() * i / 4, x1 = ext.minX + ext.width() * (i + 1) / 4;
            const double y0 = ext.minY + ext.height() * j / 4, y1 = ext.minY + ext.height() * (j + 1) / 4;
            city.units.push_back({std::to_string(i * 4 + j), "D" + std::to_string(i * 4 + j), "",
                                  {{{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}}}});
        }
}

} // namespace qh::bench
