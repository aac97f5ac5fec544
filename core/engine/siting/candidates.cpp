#include "siting/candidates.h"

#include <cmath>

#include "geo/geos.h"
#include "io/readers.h"

namespace qh::siting {

namespace {

std::string whole(double v)
{
    return std::isfinite(v) && std::abs(v) < 9e15 ? std::to_string(std::llround(v)) : std::string("?");
}

std::vector<MultiPolygon> readPolygons(const LayerRef &ref, const Crs &crs, Warnings &warnings)
{
    UnitLayerSpec spec;
    spec.ref = ref;
    std::vector<MultiPolygon> out;
    for (Unit &u : readUnits(spec, crs, warnings))
        out.push_back(std::move(u.shape));
    return out;
}

/// The name column of a layer of places, if it has one.
std::string nameFieldOf(const LayerRef &ref)
{
    for (const std::string &f : layerFields(ref))
        for (const char *name : {"name", "Name", "NAME", "名称", "地块名称", "mc", "MC"})
            if (f == name)
                return f;
    return {};
}

} // namespace

std::vector<Candidate> gatherCandidates(const CandidateOptions &options, const Project &project,
                                        const WalkGraph &graph, const SnapIndex &snaps, Warnings &warnings)
{
    std::vector<Candidate> out;
    if (options.points) {
        FacilityLayerSpec spec;
        spec.ref = *options.points;
        spec.nameField = nameFieldOf(*options.points);
        for (const Facility &f : readFacilities(spec, project.crs, warnings)) {
            Message where = Message::coded("feature", {options.points->path, options.points->layer, f.id});
            out.push_back({f.pos, f.name.empty() ? where : Message::coded("candidate_named", {where, f.name})});
        }
    }
    if (options.nodesIn) {
        const PolygonLocator areas(readPolygons(*options.nodesIn, project.crs, warnings));
        for (std::uint32_t n = 0; n < graph.nodeCount(); ++n)
            if (areas.locate(graph.node(n)))
                out.push_back({graph.node(n), Message::coded("candidate_node", {std::to_string(n)})});
    }
    if (options.gridSpacing > 0) {
        const double s = options.gridSpacing;
        const Rect box = graph.extent();
        const double nx = std::floor(box.width() / s) + 1, ny = std::floor(box.height() / s) + 1;
        if (!(nx * ny <= 1e6))
            throw DataError(Message::coded("grid_too_fine", {whole(s), whole(nx * ny)}));
        const double reach = std::min(s / 2.0, project.profile.maxSnapDistance);
        std::size_t n = 0;
        for (double j = 0; j < ny; ++j)
            for (double i = 0; i < nx; ++i) {
                const Point p{box.minX + (i + 0.5) * s, box.minY + (j + 0.5) * s};
                if (snaps.snap(p, reach))
                    out.push_back({p, Message::coded("candidate_grid", {std::to_string(++n)})});
            }
    }
    for (std::size_t i = 0; i < options.places.size(); ++i)
        out.push_back({options.places[i], Message::coded("candidate_place", {std::to_string(i + 1)})});
    if (options.exclude) {
        const PolygonLocator excluded(readPolygons(*options.exclude, project.crs, warnings));
        std::vector<Candidate> kept;
        for (Candidate &c : out)
            if (!excluded.locate(c.pos))
                kept.push_back(std::move(c));
        if (kept.size() < out.size())
            warnings.push_back(Message::coded("candidates_excluded", {std::to_string(out.size() - kept.size()),
                                                                      options.exclude->path}));
        out = std::move(kept);
    }
    return out;
}

} // namespace qh::siting
