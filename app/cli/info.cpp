// quarterhour-cli info: what GDAL sees in a file.
#include <iostream>

#include "command.h"
#include "args.h"
#include "error.h"
#include "io/gdal.h"

namespace qh::cli {

namespace {

class InfoCommand : public Command
{
public:
    std::string name() const override { return "info"; }
    std::string summary() const override { return "describe any GDAL-readable file"; }
    std::string usage() const override
    {
        return R"USAGE(usage: quarterhour-cli info <file>

Describes any file GDAL reads (GeoPackage, Shapefile, FileGDB, GeoJSON, KML, CSV
with lon/lat or x/y columns, OSM PBF, GeoTIFF …): driver, layers, geometry types,
CRS, feature counts, extent and fields. A Shapefile without a .cpg whose text is
not UTF-8 is read as GBK (CP936), with a warning.

exit codes: 0 ok, 1 the file cannot be read or has no features, 2 bad arguments
)USAGE";
    }
    int run(const std::vector<std::string> &args) override
    {
        std::vector<std::string> files;
        ArgParser().positional(&files, 1, "info takes exactly one file").parse(args);
        if (files.size() != 1)
            throw BadArguments("info takes exactly one file");
        const DatasetInfo info = describeDataset(files[0]);
        std::int64_t features = 0;
        for (const auto &l : info.layers)
            features += l.featureCount;
        if (!info.raster && features == 0)
            throw DataError(files[0] + ": no features in "
                            + (info.layers.empty() ? std::string("the file (it has no layers)")
                                                   : "any of its " + std::to_string(info.layers.size())
                                                         + " layer(s)"));
        std::cout << formatDatasetInfo(info);
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeInfoCommand()
{
    return std::make_unique<InfoCommand>();
}

} // namespace qh::cli
