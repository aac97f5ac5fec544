#include "io/gdal.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <sstream>
#include <utility>
#include <vector>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QString>

#include "error.h"
#include "io/fieldmap.h"
#include "io/integrity.h"

namespace qh {

std::mutex &datasetOpenMutex()
{
    static std::mutex m;
    return m;
}

GDALDataset *openLocked(const std::string &path, unsigned flags, const char *const *openOptions)
{
    std::lock_guard lock(datasetOpenMutex());
    return GDALDataset::Open(path.c_str(), flags, nullptr, openOptions);
}

void DatasetCloser::operator()(GDALDataset *ds) const
{
    std::lock_guard lock(datasetOpenMutex());
    GDALClose(GDALDataset::ToHandle(ds));
}

void ensureGdal()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // GDAL prints to stderr by default; we report errors ourselves.
        CPLSetErrorHandler(CPLQuietErrorHandler);
        // Planners' sheets have a header row; GDAL's guess (AUTO) takes it for data
        // when every cell is text. A config option: GDAL 3.6 has no open option for it.
        CPLSetConfigOption("OGR_XLSX_HEADERS", "FORCE");
        CPLSetConfigOption("OGR_ODS_HEADERS", "FORCE");
    });
}

namespace {

bool isValidUtf8(const char *s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s);
    while (*p) {
        int n = *p < 0x80 ? 0 : (*p >> 5) == 0x6 ? 1 : (*p >> 4) == 0xE ? 2 : (*p >> 3) == 0x1E ? 3 : -1;
        if (n < 0)
            return false;
        ++p;
        for (int i = 0; i < n; ++i, ++p)
            if ((*p >> 6) != 0x2)
                return false;
    }
    return true;
}

} // namespace

EncodingInfo shapefileEncodingInfo(const std::string &path)
{
    namespace fs = std::filesystem;
    fs::path p(path);
    std::string ext = p.extension().string();
    for (char &c : ext)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    if (ext != ".shp" && ext != ".dbf")
        return {};
    for (const char *cpg : {".cpg", ".CPG"})
        if (const fs::path c = fs::path(p).replace_extension(cpg); fs::exists(c)) {
            std::FILE *f = std::fopen(c.string().c_str(), "rb");
            std::string text;
            for (int ch; f && (ch = std::fgetc(f)) != EOF && text.size() < 64;)
                if (!std::isspace(ch))
                    text += char(ch);
            if (f)
                std::fclose(f);
            return {text, EncodingInfo::Source::Cpg};
        }
    const char *raw[] = {"ENCODING=", nullptr};
    ensureGdal();
    DatasetPtr ds(openLocked(path, GDAL_OF_VECTOR | GDAL_OF_READONLY, raw));
    if (!ds)
        return {};
    bool nonAscii = false, invalid = false;
    int seen = 0;
    for (int l = 0; l < ds->GetLayerCount() && !invalid; ++l)
        for (auto &f : *ds->GetLayer(l)) {
            for (int i = 0; i < f->GetFieldCount(); ++i)
                if (f->GetFieldDefnRef(i)->GetType() == OFTString && f->IsFieldSetAndNotNull(i)) {
                    const char *v = f->GetFieldAsString(i);
                    for (const char *c = v; *c; ++c)
                        nonAscii = nonAscii || (static_cast<unsigned char>(*c) & 0x80);
                    invalid = invalid || !isValidUtf8(v);
                }
            if (invalid || ++seen > 500)
                break;
        }
    ds.reset();
    if (invalid)
        return {"CP936", EncodingInfo::Source::Detected};
    return {nonAscii ? "UTF-8" : "", nonAscii ? EncodingInfo::Source::Detected : EncodingInfo::Source::Ascii};
}

namespace {

/// The coordinate columns of a CSV, found by name in its header: one longitude
/// (or x) column and one latitude (or y) column, the first of each in the order of
/// preference below. GDAL is given exactly these two (given several candidates its
/// CSV driver can crash, GDAL 3.6). Empty when the header has no such pair.
std::pair<std::string, std::string> csvCoordinateColumns(const std::string &path)
{
    std::FILE *f = std::fopen(path.c_str(), "rb");
    if (!f)
        return {};
    std::string header;
    for (int c; (c = std::fgetc(f)) != EOF && c != '\n' && header.size() < 65536;)
        header += char(c);
    std::fclose(f);
    if (header.rfind("\xEF\xBB\xBF", 0) == 0)
        header.erase(0, 3); // a UTF-8 byte-order mark (Excel)
    std::vector<std::string> columns;
    std::string cell;
    bool quoted = false;
    for (char c : header + ",") {
        if (c == '"')
            quoted = !quoted;
        else if ((c == ',' || c == ';' || c == '\t') && !quoted) {
            while (!cell.empty() && std::isspace(static_cast<unsigned char>(cell.back())))
                cell.pop_back();
            columns.push_back(cell);
            cell.clear();
        } else if (c != '\r' && !(cell.empty() && c == ' ')) {
            cell += c;
        }
    }
    const auto pair = proposeCoordinateColumns(columns);
    if (!pair)
        return {};
    return *pair;
}

} // namespace

bool isDatabaseSource(const std::string &source)
{
    return source.size() > 3 && (source.compare(0, 3, "PG:") == 0 || source.compare(0, 3, "pg:") == 0);
}

bool sourceExists(const std::string &source)
{
    std::error_code ec;
    return isDatabaseSource(source) || std::filesystem::exists(source, ec);
}

std::string absoluteSource(const std::string &source)
{
    if (source.empty() || isDatabaseSource(source))
        return source;
    return std::filesystem::absolute(source).lexically_normal().string();
}

namespace {

/// The value of `key` in a libpq connection string ("" when absent): `key=value`,
/// spaces allowed around '=', a value in single quotes may hold spaces, \' and \\.
std::string connectionValue(const std::string &source, const std::string &key)
{
    const std::string s = source.substr(3);
    std::size_t i = 0;
    const auto skipSpaces = [&] {
        while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i])))
            ++i;
    };
    while (true) {
        skipSpaces();
        if (i >= s.size())
            return {};
        std::string k;
        while (i < s.size() && s[i] != '=' && !std::isspace(static_cast<unsigned char>(s[i])))
            k += s[i++];
        skipSpaces();
        if (i >= s.size() || s[i] != '=')
            return {}; // not a connection string libpq would take
        ++i;
        skipSpaces();
        std::string v;
        if (i < s.size() && s[i] == '\'') {
            for (++i; i < s.size() && s[i] != '\''; ++i) {
                if (s[i] == '\\' && i + 1 < s.size())
                    ++i;
                v += s[i];
            }
            ++i; // the closing quote
        } else {
            for (; i < s.size() && !std::isspace(static_cast<unsigned char>(s[i])); ++i) {
                if (s[i] == '\\' && i + 1 < s.size())
                    ++i;
                v += s[i];
            }
        }
        if (QString::fromStdString(k).compare(QString::fromStdString(key), Qt::CaseInsensitive) == 0)
            return v;
    }
}

/// The first column of the first row a query gives ("" when none).
std::string firstValue(GDALDataset &db, const std::string &sql)
{
    std::string value;
    if (OGRLayer *result = db.ExecuteSQL(sql.c_str(), nullptr, nullptr)) {
        if (OGRFeature *f = result->GetNextFeature()) {
            value = f->GetFieldAsString(0);
            OGRFeature::DestroyFeature(f);
        }
        db.ReleaseResultSet(result);
    }
    return value;
}

DatasetPtr openDatabase(const std::string &source)
{
    if (QString::fromStdString(source).contains(QStringLiteral("password"), Qt::CaseInsensitive))
        throw FileError(Message::coded("db_password", {source.substr(0, source.find(' '))}));
    CPLErrorReset();
    // Tables without geometry (census counts per unit) are listed too.
    const char *options[] = {"LIST_ALL_TABLES=YES", nullptr};
    GDALDataset *ds = openLocked(source, GDAL_OF_VECTOR | GDAL_OF_READONLY, options);
    if (!ds) {
        std::string why = CPLGetLastErrorMsg();
        while (!why.empty() && std::isspace(static_cast<unsigned char>(why.back())))
            why.pop_back();
        throw FileError(Message::coded("db_cannot_open", {source, why.empty() ? "" : " (" + why + ")"}));
    }
    DatasetPtr db(ds);
    // GDAL takes tables= on trust and fails only when reading: a missing table is
    // named now, with the tables there are.
    const QString tables = QString::fromStdString(connectionValue(source, "tables"));
    for (const QString &t : tables.split(',', Qt::SkipEmptyParts)) {
        const std::string table = t.section('(', 0, 0).trimmed().toStdString(); // "t(geom)": a geometry column
        std::string quoted = "'";
        for (char c : table)
            quoted += c == '\'' ? std::string("''") : std::string(1, c);
        if (firstValue(*db, "SELECT (to_regclass(" + quoted + "') IS NOT NULL)::int") != "1") {
            const std::string names = firstValue(
                *db, "SELECT string_agg(CASE WHEN schemaname = 'public' THEN tablename ELSE schemaname || '.' || tablename END, "
                     "', ' ORDER BY 1) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema', 'topology', "
                     "'tiger') AND tablename NOT IN ('spatial_ref_sys', 'layer_styles')");
            throw DataError(Message::coded("db_no_table", {source, table, names.empty() ? Message::coded("none") : Message(names)}));
        }
    }
    return db;
}

} // namespace

std::string sourceStem(const std::string &source)
{
    if (!isDatabaseSource(source))
        return std::filesystem::path(source).stem().string();
    const std::string tables = connectionValue(source, "tables");
    return !tables.empty() ? tables.substr(0, tables.find(',')) : connectionValue(source, "dbname");
}

bool asksForPassword(const Error &e)
{
    // The server's reason only: the sentence around it speaks of passwords too.
    const Message &m = e.message();
    return m.code == "db_cannot_open" && m.args.size() > 1 && m.args[1].text().find("password") != std::string::npos;
}

DatasetPtr openDataset(const std::string &path, bool vectorOnly, Message *note, const OpenOptions &options)
{
    ensureGdal();
    if (isDatabaseSource(path))
        return openDatabase(path);
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw FileError(Message::coded("no_such_file", {path}));
    // An ArcGIS FileGDB is a folder (name.gdb); any other folder is not a layer.
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    const bool fileGdb = ext == ".gdb" && fs::is_directory(path, ec);
    if (fs::is_directory(path, ec) && !fileGdb)
        throw FileError(Message::coded("is_folder", {path}));
    if (!fileGdb) {
        if (!fs::is_regular_file(path, ec)) // a FIFO or a device would block or never end
            throw FileError(Message::coded("not_regular_file", {path}));
        if (std::FILE *f = std::fopen(path.c_str(), "rb"))
            std::fclose(f);
        else
            throw FileError(Message::coded("unreadable", {path}));
        if (fs::file_size(path, ec) == 0)
            throw FileError(Message::coded("empty_file", {path}));
    }
    if (ext == ".shp") // GDAL reads a cut one on in silence
        checkShapefileWhole(path);
    else if (fileGdb)
        checkFileGdbWhole(path);

    CPLErrorReset();
    unsigned flags = GDAL_OF_READONLY | (vectorOnly ? GDAL_OF_VECTOR : GDAL_OF_VECTOR | GDAL_OF_RASTER);
    // Tables of points (CSV) usually carry coordinates in columns with these names;
    // exactly one pair is named to GDAL.
    const bool isCsv = fs::path(path).extension() == ".csv" || fs::path(path).extension() == ".CSV";
    const auto [xColumn, yColumn] =
        isCsv && !options.csvAsTable ? csvCoordinateColumns(path) : std::pair<std::string, std::string>();
    const std::string xOption = "X_POSSIBLE_NAMES=" + xColumn, yOption = "Y_POSSIBLE_NAMES=" + yColumn;
    const char *csvPointOptions[] = {xOption.c_str(), yOption.c_str(), "KEEP_GEOM_COLUMNS=NO", nullptr};
    const char *const *csvOptions = xColumn.empty() ? nullptr : csvPointOptions;
    const EncodingInfo detected = options.encoding.empty() ? shapefileEncodingInfo(path) : EncodingInfo{};
    // The .cpg is GDAL's to read; a detected or chosen encoding is passed on.
    const std::string encoding = !options.encoding.empty() ? options.encoding
                                 : detected.source == EncodingInfo::Source::Cpg ? std::string()
                                                                                : detected.encoding;
    const std::string encodingOption = "ENCODING=" + encoding;
    const char *shpOptions[] = {encodingOption.c_str(), nullptr};
    if (encoding == "CP936" && options.encoding.empty() && note)
        *note = Message::coded("encoding_guessed", {path});
    GDALDataset *ds = openLocked(path, flags, isCsv ? csvOptions : !encoding.empty() ? shpOptions : nullptr);
    if (!ds) {
        const std::string why = CPLGetLastErrorMsg();
        throw FileError(Message::coded(vectorOnly ? "not_vector" : "not_gis", {path, why.empty() ? "" : " (" + why + ")"}));
    }
    return DatasetPtr(ds);
}

OGRLayer *requireLayer(GDALDataset &ds, const std::string &path, const std::string &layer)
{
    if (OGRLayer *l = layer.empty() && ds.GetLayerCount() == 1 ? ds.GetLayer(0)
                                                               : ds.GetLayerByName(layer.c_str()))
        return l;
    std::string names;
    for (int i = 0; i < ds.GetLayerCount(); ++i)
        names += (i ? ", " : "") + std::string(ds.GetLayer(i)->GetName());
    throw DataError(Message::coded("no_such_layer", {path, layer, names.empty() ? Message::coded("none") : Message(names)}));
}

static std::string crsText(const OGRSpatialReference *srs)
{
    if (!srs)
        return "(none)";
    Crs crs = Crs::fromOgr(srs);
    return crs.authId() == crs.name() ? crs.name() : crs.authId() + " (" + crs.name() + ")";
}

DatasetInfo describeDataset(const std::string &path)
{
    DatasetPtr ds = openDataset(path, false);
    DatasetInfo info;
    info.path = path;
    info.driver = ds->GetDriver()->GetDescription();
    if (const char *ln = ds->GetDriver()->GetMetadataItem(GDAL_DMD_LONGNAME))
        info.driverLongName = ln;
    for (int i = 0; i < ds->GetLayerCount(); ++i) {
        OGRLayer *layer = ds->GetLayer(i);
        LayerInfo li;
        li.name = layer->GetName();
        li.geometryType = OGRGeometryTypeToName(layer->GetGeomType());
        li.crs = crsText(layer->GetSpatialRef());
        li.featureCount = layer->GetFeatureCount(TRUE);
        OGRFeatureDefn *defn = layer->GetLayerDefn();
        for (int f = 0; f < defn->GetFieldCount(); ++f) {
            OGRFieldDefn *fd = defn->GetFieldDefn(f);
            li.fields.push_back({fd->GetNameRef(), OGRFieldDefn::GetFieldTypeName(fd->GetType())});
        }
        OGREnvelope env;
        if (li.featureCount > 0 && layer->GetGeomType() != wkbNone
            && layer->GetExtent(&env, TRUE) == OGRERR_NONE)
            li.extent = std::vector<double>{env.MinX, env.MinY, env.MaxX, env.MaxY};
        info.layers.push_back(std::move(li));
    }
    if (ds->GetRasterCount() > 0) {
        RasterInfo r;
        r.width = ds->GetRasterXSize();
        r.height = ds->GetRasterYSize();
        r.bands = ds->GetRasterCount();
        r.crs = crsText(ds->GetSpatialRef());
        double gt[6];
        if (ds->GetGeoTransform(gt) == CE_None)
            r.geoTransform.assign(gt, gt + 6);
        for (int b = 1; b <= r.bands; ++b)
            r.bandTypes.push_back(GDALGetDataTypeName(ds->GetRasterBand(b)->GetRasterDataType()));
        info.raster = r;
    }
    return info;
}

std::string formatDatasetInfo(const DatasetInfo &info)
{
    std::ostringstream out;
    out.precision(3);
    out << std::fixed;
    out << "File: " << info.path << "\n";
    out << "Driver: " << info.driver;
    if (!info.driverLongName.empty())
        out << " (" << info.driverLongName << ")";
    out << "\n";
    if (info.raster) {
        const RasterInfo &r = *info.raster;
        out << "Raster: " << r.width << " x " << r.height << " pixels, " << r.bands << " band(s)";
        if (!r.bandTypes.empty()) {
            out << " [";
            for (std::size_t i = 0; i < r.bandTypes.size(); ++i)
                out << (i ? ", " : "") << r.bandTypes[i];
            out << "]";
        }
        out << "\n  CRS: " << r.crs << "\n";
        if (r.geoTransform.size() == 6)
            out << "  Origin: " << r.geoTransform[0] << ", " << r.geoTransform[3]
                << "  Pixel size: " << r.geoTransform[1] << ", " << r.geoTransform[5] << "\n";
    }
    out << "Layers: " << info.layers.size() << "\n";
    for (const LayerInfo &l : info.layers) {
        out << "Layer " << l.name << "\n";
        out << "  Geometry: " << l.geometryType << "\n";
        out << "  CRS: " << l.crs << "\n";
        if (l.featureCount >= 0)
            out << "  Features: " << l.featureCount << "\n";
        else // OSM files, some services: counted only by reading them through
            out << "  Features: not counted without reading the whole layer\n";
        if (l.extent)
            out << "  Extent: " << (*l.extent)[0] << ", " << (*l.extent)[1] << " - "
                << (*l.extent)[2] << ", " << (*l.extent)[3] << "\n";
        out << "  Fields: " << l.fields.size() << "\n";
        for (const FieldInfo &f : l.fields)
            out << "    " << f.name << ": " << f.type << "\n";
    }
    return out.str();
}

} // namespace qh
