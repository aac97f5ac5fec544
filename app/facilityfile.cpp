#include "facilityfile.h"

#include <algorithm>

#include "io/readers.h"

namespace qh {

std::vector<Facility> readProposals(const std::string &path, const Project &project, int defaultType,
                                    Warnings &warnings)
{
    FacilityLayerSpec spec;
    spec.ref = {path, ""};
    const std::vector<std::string> fields = layerFields(spec.ref);
    auto has = [&](const char *f) { return std::find(fields.begin(), fields.end(), f) != fields.end(); };
    if (has("name"))
        spec.nameField = "name";
    if (has("type"))
        spec.typeField = "type";
    for (const std::string &f : knownCapacityKeys())
        if (has(f.c_str()))
            spec.capacityFields[f] = f;
    const auto &types = project.profile.types;
    spec.defaultType = types.empty() ? std::string() : types[std::size_t(std::clamp(defaultType, 0, int(types.size()) - 1))].key;
    std::vector<Facility> read = readFacilities(spec, project.crs, warnings);
    for (Facility &f : read) {
        f.proposed = true;
        for (const FacilityType &t : types)
            if (t.key == f.type && !t.capacityKey.empty() && !f.capacity.count(t.capacityKey))
                for (const char *generic : {"places", "capacity"})
                    if (f.capacity.count(generic))
                        f.capacity[t.capacityKey] = f.capacity[generic];
    }
    return read;
}

} // namespace qh
