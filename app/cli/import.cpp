// quarterhour-cli import: what an import would take from a file, and how.
#include <cstdio>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "args.h"
#include "console.h"
#include "command.h"
#include "error.h"
#include "io/detect.h"
#include "scenario/newproject.h"

namespace qh::cli {

namespace {

/// The console report's sentences, in the language of the installed translators.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(qh::cli::ImportReport)
public:
    static void print(const ImportDetection &d);

private:
    static QString role(LayerRole r);
    static QString crsLine(const std::string &declared, const CrsGuess &g);
    static void printLayer(const LayerDetection &l);
};

QString ImportReport::role(LayerRole r)
{
    switch (r) {
    case LayerRole::Network: return tr("walking network (lines)");
    case LayerRole::Facilities: return tr("facilities");
    case LayerRole::Population: return tr("population");
    case LayerRole::Units: return tr("planning units (polygons)");
    case LayerRole::CensusTable: return tr("census table per unit (to join to unit polygons)");
    case LayerRole::Table: return tr("a table (no role found)");
    }
    return {};
}

QString ImportReport::crsLine(const std::string &declared, const CrsGuess &g)
{
    QString line = g.why.localText();
    if (!declared.empty() && g.kind != CrsGuess::Kind::Declared)
        line = tr("%1 declared; but %2").arg(q(declared), line);
    return line;
}

void ImportReport::printLayer(const LayerDetection &l)
{
    out(tr("Layer '%1': %2, %n feature(s)", nullptr, int(l.featureCount)).arg(q(l.name), q(l.geometryType)));
    out(tr("  Proposed role: %1").arg(role(l.role)));
    if (l.coordinateColumns)
        out(tr("  Coordinate columns: x = %1, y = %2").arg(q(l.coordinateColumns->first), q(l.coordinateColumns->second)));
    if (l.geometryType != "None" || l.coordinateColumns)
        out(tr("  CRS: %1").arg(crsLine(l.declaredCrs, l.crs)));
    if (!l.extent.isEmpty())
        out(tr("  Extent: %1, %2 – %3, %4")
                .arg(l.extent.minX, 0, 'f', 6).arg(l.extent.minY, 0, 'f', 6).arg(l.extent.maxX, 0, 'f', 6).arg(l.extent.maxY, 0, 'f', 6));
    QStringList fields;
    for (const std::string &f : l.fields)
        fields << q(f);
    out(tr("  Fields: %1").arg(fields.isEmpty() ? tr("none") : fields.join(", ")));
    for (std::size_t r = 0; r < l.sample.size(); ++r) {
        QStringList values;
        for (std::size_t i = 0; i < l.sample[r].size() && i < l.fields.size(); ++i)
            values << q(l.fields[i]) + "=" + q(l.sample[r][i]);
        out(tr("  Row %1: %2").arg(r + 1).arg(values.join("; ")));
    }
    if (l.role == LayerRole::Facilities || l.role == LayerRole::Table) {
        const FacilityFieldMapping &m = l.facilityFields;
        const std::pair<QString, std::string> named[] = {
            {tr("id"), m.idField}, {tr("name"), m.nameField}, {tr("type"), m.typeField}};
        for (const auto &[what, field] : named)
            if (!field.empty())
                out(tr("  Mapping: %1 ← column %2").arg(what, q(field)));
        for (const auto &[key, field] : m.capacityFields)
            out(tr("  Mapping: %1 ← column %2").arg(capacityWords(key).localText(), q(field)));
    }
    if (l.role == LayerRole::Units || l.role == LayerRole::CensusTable) {
        if (!l.unitFields.nameField.empty())
            out(tr("  Mapping: unit name ← column %1").arg(q(l.unitFields.nameField)));
        if (!l.unitFields.idField.empty())
            out(tr("  Mapping: unit code ← column %1").arg(q(l.unitFields.idField)));
    }
    for (const auto &[group, field] : l.populationFields)
        out(tr("  Mapping: population '%1' ← column %2").arg(q(group), q(field)));
    if (!l.typeValues.counts.empty()) {
        out(tr("  Type values (%1):").arg(q(l.facilityFields.typeField)));
        // The most frequent first; an OSM layer has hundreds of values, a list 20.
        std::vector<std::pair<int, std::string>> byCount;
        for (const auto &[value, count] : l.typeValues.counts)
            byCount.emplace_back(-count, value);
        std::sort(byCount.begin(), byCount.end());
        std::size_t shown = 0;
        for (const auto &[negCount, value] : byCount) {
            const auto it = l.typeValues.mapped.find(value);
            if (it == l.typeValues.mapped.end() && shown >= 20)
                continue;
            ++shown;
            out(it != l.typeValues.mapped.end()
                    ? tr("    %1 (%n row(s)) → %2", nullptr, -negCount).arg(q(value), typeWords(it->second).localText())
                    : tr("    %1 (%n row(s)) → not mapped", nullptr, -negCount).arg(q(value)));
        }
        if (byCount.size() > shown)
            out(tr("    … and %n more value(s), not mapped", nullptr, int(byCount.size() - shown)));
    }
    for (const Message &n : l.notes)
        out(tr("  Note: %1").arg(n.localText()));
}

void ImportReport::print(const ImportDetection &d)
{
    out(tr("File: %1").arg(q(d.path)));
    out(tr("Driver: %1 (%2)").arg(q(d.driver), q(d.driverLongName)));
    switch (d.encoding.source) {
    case EncodingInfo::Source::Cpg:
        out(tr("Encoding: %1 (from the .cpg file)").arg(q(d.encoding.encoding)));
        break;
    case EncodingInfo::Source::Detected:
        out(d.encoding.encoding == "CP936"
                ? tr("Encoding: GBK (CP936), detected: there is no .cpg file and the text is not UTF-8; if names look wrong, choose another (--encoding here, \"encoding\" in the mapping file)")
                : tr("Encoding: %1, detected (there is no .cpg file)").arg(q(d.encoding.encoding)));
        break;
    case EncodingInfo::Source::Ascii:
        out(tr("Encoding: plain ASCII text (no .cpg file needed)"));
        break;
    case EncodingInfo::Source::Chosen:
        out(tr("Encoding: %1, as chosen").arg(q(d.encoding.encoding)));
        break;
    case EncodingInfo::Source::None:
        break;
    }
    if (d.textNotUtf8)
        out(tr("Encoding: the text is not UTF-8 (likely GBK); save the file as UTF-8 (in Excel: CSV UTF-8) and import it again"));
    if (d.raster) {
        const RasterDetection &r = *d.raster;
        out(tr("Raster: %1 × %2 pixels, %n band(s), pixel %3 × %4", nullptr, r.bands)
                .arg(r.width).arg(r.height).arg(r.pixelWidth, 0, 'g', 6).arg(r.pixelHeight, 0, 'g', 6));
        out(tr("  Proposed role: population (people per pixel)"));
        out(tr("  CRS: %1").arg(crsLine(r.declaredCrs, r.crs)));
        out(r.noData ? tr("  No-data value: %1").arg(*r.noData, 0, 'g', 10) : tr("  No-data value: none set"));
    }
    for (const LayerDetection &l : d.layers)
        printLayer(l);
}

class ImportCommand : public Command
{
public:
    std::string name() const override { return "import"; }
    std::string summary() const override { return "show what an import would take from a file"; }
    std::string usage() const override
    {
        return R"USAGE(usage: quarterhour-cli import <file> [--targets ID|FILE] [--encoding ENCODING]

Looks at a file as a new project would take it in, and writes nothing: driver,
layers, text encoding (the .cpg, or GBK/UTF-8 detected), the CRS (the file's, or,
when it has none, what the coordinates suggest: longitudes and latitudes, a
CGCS2000 Gauss-Krüger zone from a zone number in front of the eastings, swapped
columns), coordinate columns of tables (经度/纬度, lng/lat, X/Y, 横坐标/纵坐标 …),
the role the layer would play (network, facilities, population, units, a census
table), the proposed field mapping (名称, 类型, 床位数, 托位数 …), how the values of
the type column map onto facility types (托育机构 → childcare …), and numbers
written as text ("约40", "40张"), row by row.

  --targets ID|FILE    map type values onto this target profile's facility types only
  --encoding ENCODING  read a Shapefile's text as this (CP936 for GBK, UTF-8 …)

exit codes: 0 ok, 1 the file cannot be read, 2 bad arguments
)USAGE";
    }
    int run(const std::vector<std::string> &args) override
    {
        std::vector<std::string> files;
        std::string targets, encoding;
        ArgParser().option("--targets", &targets).option("--encoding", &encoding).positional(&files, 1, "import takes exactly one file").parse(args);
        if (files.size() != 1)
            throw BadArguments("import takes exactly one file");
        ImportReport::print(detectImport(files[0], profileTypeKeys(targets), 200000, encoding));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace qh::cli
