#include "io/detect.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QByteArray>
#include <QString>

#include "error.h"
#include "io/openlayer.h"
#include "io/readers.h"

namespace qh {

const char *roleName(LayerRole role)
{
    switch (role) {
    case LayerRole::Network: return "network";
    case LayerRole::Facilities: return "facilities";
    case LayerRole::Population: return "population";
    case LayerRole::Units: return "units";
    case LayerRole::CensusTable: return "census_table";
    case LayerRole::Table: return "table";
    }
    return "table";
}

namespace {

constexpr int kSampleRows = 3;
constexpr int kNotesPerLayer = 10;

bool isCsv(const std::string &path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext == ".csv" || ext == ".tsv" || ext == ".txt";
}

/// Whether the first 64 KiB of a text file are UTF-8 (a GBK CSV is not).
bool textIsUtf8(const std::string &path)
{
    std::FILE *f = std::fopen(path.c_str(), "rb");
    if (!f)
        return true;
    std::string bytes(65536, '\0');
    bytes.resize(std::fread(bytes.data(), 1, bytes.size(), f));
    std::fclose(f);
    // A multi-byte character cut at the end of the buffer is not an error.
    std::size_t end = bytes.size();
    while (end > 0 && end > bytes.size() - 4 && (static_cast<unsigned char>(bytes[end - 1]) & 0xC0) == 0x80)
        --end;
    if (end > 0 && (static_cast<unsigned char>(bytes[end - 1]) & 0xC0) == 0xC0)
        --end;
    bytes.resize(end);
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size())).toUtf8() == QByteArray::fromStdString(bytes);
}

std::string shorten(std::string s)
{
    const QString q = QString::fromStdString(s);
    return q.size() > 40 ? (q.left(39) + QStringLiteral("…")).toStdString() : s;
}

/// The role a layer most likely plays, from its geometry and the columns found.
LayerRole judgeRole(const LayerDetection &l, bool osm)
{
    const std::string g = l.geometryType;
    const bool lines = g.find("Line") != std::string::npos;
    const bool polygons = g.find("Polygon") != std::string::npos;
    const bool points = g.find("Point") != std::string::npos || l.coordinateColumns.has_value();
    const bool facilityLike = !l.facilityFields.typeField.empty() || !l.facilityFields.capacityFields.empty();
    const bool peopleLike = !l.populationFields.empty();
    if (lines)
        return LayerRole::Network;
    if (osm)
        return points && !l.typeValues.mapped.empty() ? LayerRole::Facilities : LayerRole::Table;
    if (points)
        return facilityLike || !peopleLike ? LayerRole::Facilities : LayerRole::Population;
    if (polygons)
        return peopleLike ? LayerRole::Population : LayerRole::Units;
    if (peopleLike && (!l.unitFields.nameField.empty() || !l.unitFields.idField.empty()))
        return LayerRole::CensusTable;
    return LayerRole::Table;
}

void detectLayer(OGRLayer *layer, bool osm, const std::vector<std::string> &typeKeys, std::int64_t maxRows,
                 LayerDetection &l)
{
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    l.name = layer->GetName();
    l.geometryType = layer->GetGeomType() == wkbNone ? "None" : OGRGeometryTypeToName(layer->GetGeomType());
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        l.fields.push_back(defn->GetFieldDefn(i)->GetNameRef());
    const Crs declared = Crs::fromOgr(layer->GetSpatialRef());
    l.declaredCrs = declared.isValid() ? declared.authId() : std::string();
    if (layer->GetGeomType() == wkbNone)
        l.coordinateColumns = proposeCoordinateColumns(l.fields);
    l.facilityFields = proposeFacilityFields(l.fields);
    l.unitFields = proposeUnitFields(l.fields);
    l.populationFields = proposePopulationFields(l.fields);
    const int tagsIdx = defn->GetFieldIndex("other_tags");
    if (osm && l.facilityFields.typeField.empty() && tagsIdx >= 0)
        l.facilityFields.typeField = "amenity"; // read from other_tags, as the facility reader does
    const int typeIdx = defn->GetFieldIndex(l.facilityFields.typeField.c_str());
    const int xIdx = l.coordinateColumns ? defn->GetFieldIndex(l.coordinateColumns->first.c_str()) : -1;
    const int yIdx = l.coordinateColumns ? defn->GetFieldIndex(l.coordinateColumns->second.c_str()) : -1;
    std::vector<std::pair<std::string, int>> textCapacities;
    for (const auto &[key, field] : l.facilityFields.capacityFields)
        if (const int i = defn->GetFieldIndex(field.c_str()); i >= 0 && defn->GetFieldDefn(i)->GetType() == OFTString)
            textCapacities.emplace_back(field, i);

    std::map<std::string, int> typeCounts;
    int notes = 0, moreNotes = 0, noCoordinates = 0;
    auto note = [&](Message m) {
        if (notes < kNotesPerLayer) {
            l.notes.push_back(std::move(m));
            ++notes;
        } else {
            ++moreNotes;
        }
    };
    layer->ResetReading();
    for (auto &f : *layer) {
        if (l.featureCount >= maxRows)
            break;
        const std::string row = std::to_string(l.featureCount + 1);
        ++l.featureCount;
        if (int(l.sample.size()) < kSampleRows) {
            std::vector<std::string> values;
            for (int i = 0; i < defn->GetFieldCount(); ++i)
                values.push_back(shorten(ioimpl::fieldText(*f, i)));
            l.sample.push_back(std::move(values));
        }
        if (typeIdx >= 0 || (osm && tagsIdx >= 0 && !l.facilityFields.typeField.empty())) {
            const std::string v = typeIdx >= 0 ? ioimpl::fieldText(*f, typeIdx)
                                               : osmTag(ioimpl::fieldText(*f, tagsIdx), l.facilityFields.typeField);
            if (!v.empty())
                ++typeCounts[v];
        }
        for (const auto &[field, i] : textCapacities) {
            const std::string text = ioimpl::fieldText(*f, i);
            if (text.empty())
                continue;
            const auto n = readNumber(text);
            if (!n)
                note(Message::coded("import_not_number", {row, field, text}));
            else if (!n->exact)
                note(Message::coded("import_number_read", {row, field, text, QString::number(n->value).toStdString()}));
        }
        if (xIdx >= 0 && yIdx >= 0) {
            const auto x = readNumber(ioimpl::fieldText(*f, xIdx)), y = readNumber(ioimpl::fieldText(*f, yIdx));
            if (x && y && x->exact && y->exact)
                l.extent.extend(Point{x->value, y->value});
            else
                ++noCoordinates;
        } else if (const OGRGeometry *g = f->GetGeometryRef(); g && !g->IsEmpty()) {
            OGREnvelope e;
            g->getEnvelope(&e);
            l.extent.extend(Point{e.MinX, e.MinY});
            l.extent.extend(Point{e.MaxX, e.MaxY});
        }
    }
    layer->ResetReading();
    if (moreNotes > 0)
        l.notes.push_back(Message::coded("import_more_notes", {std::to_string(moreNotes)}));
    if (noCoordinates > 0)
        l.notes.push_back(Message::coded("import_rows_without_coordinates", {std::to_string(noCoordinates)}));
    if (l.featureCount == 0)
        l.notes.push_back(Message::coded("import_layer_empty"));
    if (l.featureCount >= maxRows) {
        l.notes.push_back(Message::coded("import_rows_limit", {std::to_string(maxRows)}));
        // The whole count where the format knows it without a read (databases, GeoPackages).
        l.featureCount = std::max<std::int64_t>(l.featureCount, layer->GetFeatureCount(FALSE));
    }
    l.typeValues = proposeTypeValues(typeCounts, typeKeys);
    l.crs = guessCrs(l.extent, declared);
    l.role = judgeRole(l, osm);
}

RasterDetection detectRaster(GDALDataset &ds)
{
    RasterDetection r;
    r.width = ds.GetRasterXSize();
    r.height = ds.GetRasterYSize();
    r.bands = ds.GetRasterCount();
    double gt[6];
    const Crs declared = Crs::fromOgr(ds.GetSpatialRef());
    r.declaredCrs = declared.isValid() ? declared.authId() : std::string();
    if (ds.GetGeoTransform(gt) == CE_None) {
        r.pixelWidth = gt[1];
        r.pixelHeight = -gt[5];
        r.extent.extend(Point{gt[0], gt[3]});
        r.extent.extend(Point{gt[0] + gt[1] * r.width + gt[2] * r.height, gt[3] + gt[4] * r.width + gt[5] * r.height});
    }
    if (r.bands > 0) {
        int has = 0;
        const double nd = ds.GetRasterBand(1)->GetNoDataValue(&has);
        if (has)
            r.noData = nd;
    }
    r.crs = guessCrs(r.extent, declared);
    return r;
}

} // namespace

std::map<std::string, int> distinctValues(const std::string &path, const std::string &layerName, const std::string &field,
                                          std::int64_t maxRows)
{
    DatasetPtr ds = openDataset(path, true, nullptr, OpenOptions{{}, isCsv(path)});
    OGRLayer *layer = layerName.empty() && ds->GetLayerCount() > 0 ? ds->GetLayer(0) : requireLayer(*ds, path, layerName);
    const int idx = layer->GetLayerDefn()->GetFieldIndex(field.c_str());
    const int tags = layer->GetLayerDefn()->GetFieldIndex("other_tags");
    std::map<std::string, int> counts;
    if (idx < 0 && tags < 0)
        return counts;
    std::int64_t rows = 0;
    for (auto &f : *layer) {
        if (++rows > maxRows)
            break;
        const std::string v = idx >= 0 ? ioimpl::fieldText(*f, idx) : osmTag(ioimpl::fieldText(*f, tags), field);
        if (!v.empty())
            ++counts[v];
    }
    return counts;
}

ImportDetection detectImport(const std::string &path, const std::vector<std::string> &typeKeys, std::int64_t maxRows,
                             const std::string &encoding)
{
    ImportDetection d;
    d.path = path;
    d.encoding = encoding.empty() ? shapefileEncodingInfo(path) : EncodingInfo{encoding, EncodingInfo::Source::Chosen};
    // CSVs are looked at as tables, their coordinate columns kept, so they can be shown.
    DatasetPtr ds = openDataset(path, false, nullptr, OpenOptions{encoding, isCsv(path)});
    d.driver = ds->GetDriver()->GetDescription();
    d.driverLongName = ds->GetDriver()->GetMetadataItem(GDAL_DMD_LONGNAME);
    if (isCsv(path))
        d.textNotUtf8 = !textIsUtf8(path);
    const bool osm = d.driver == "OSM";
    for (int i = 0; i < ds->GetLayerCount(); ++i) {
        LayerDetection l;
        detectLayer(ds->GetLayer(i), osm, typeKeys, maxRows, l);
        d.layers.push_back(std::move(l));
    }
    if (ds->GetRasterCount() > 0)
        d.raster = detectRaster(*ds);
    return d;
}

} // namespace qh
