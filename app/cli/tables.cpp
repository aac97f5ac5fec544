// quarterhour-cli tables: the unit (and facility) tables as XLSX or CSV.
#include <filesystem>
#include <iostream>

#include <QCoreApplication>

#include "analysisrun.h"
#include "args.h"
#include "command.h"
#include "error.h"
#include "io/outputs.h"
#include "io/tablewriters.h"
#include "scenario/project.h"

namespace qh::cli {

namespace {

class TablesCommand : public Command
{
public:
    std::string name() const override { return "tables"; }
    std::string summary() const override { return "unit and facility tables as XLSX or CSV (UTF-8 with BOM)"; }
    std::string usage() const override
    {
        return R"USAGE(usage: quarterhour-cli tables [--project] <project.qhproj> --out FILE.xlsx|FILE.csv
                            [--targets ID|FILE] [--baseline] [--lang zh_CN|en]

Analyses the project as `analyze` does and writes its tables, headers in the
interface language: per unit (and the whole region) residents, facilities,
capacity, places per 1,000, the share within the walking circle, and for every
indicator its value, target, pass, warning class and gap.

  --out FILE.xlsx   a workbook: a "Units" and a "Facilities" sheet, header row
                    frozen with a filter, number formats, column widths and the
                    five-colour warning fills
  --out FILE.csv    the units table, UTF-8 with a byte-order mark (Excel shows
                    Chinese), per cent as per cent
  --targets ID|FILE a target profile instead of the project's
  --baseline        the layers as loaded, without the project's plan

exit codes: 0 ok, 1 a problem with a file or its data, 2 bad arguments
)USAGE";
    }

    int run(const std::vector<std::string> &args) override
    {
        std::string projectPath, out;
        std::vector<std::string> positional;
        RunOptions options;
        ArgParser()
            .option("--project", &projectPath)
            .option("--out", &out)
            .option("--targets", &options.targets)
            .flag("--baseline", &options.baseline)
            .positional(&positional, 1, "tables takes one project file")
            .parse(args);
        projectPath = projectArgument(projectPath, positional, out, "tables");
        std::string ext = std::filesystem::path(out).extension().string();
        for (char &c : ext)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        if (ext != ".xlsx" && ext != ".csv")
            throw BadArguments("--out: the file must end in .xlsx or .csv");
        Project project = loadProject(projectPath);
        refuseToOverwriteInputs({out}, projectInputs(project));
        namespace fs = std::filesystem;
        std::error_code ec;
        const fs::path dir = fs::path(out).has_parent_path() ? fs::path(out).parent_path() : fs::path(".");
        if (fs::is_directory(out, ec))
            throw FileError(out + ": is a folder; give a file name");
        if (!fs::is_directory(dir, ec))
            throw FileError(out + ": the folder " + dir.string() + " does not exist");
        const AnalysisRun run = runAnalysis(std::move(project), options);
        const Table units = unitTable(run.region, run.result, run.eval());
        if (ext == ".csv")
            writeCsv(out, units);
        else
            writeXlsx(out, {units, facilityTable(run.region, run.result)});
        std::cout << QCoreApplication::translate("qh::cli::Tables", "Wrote %1 (%2 units)")
                         .arg(QString::fromStdString(out))
                         .arg(run.region.units.size())
                         .toStdString()
                  << "\n";
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeTablesCommand()
{
    return std::make_unique<TablesCommand>();
}

} // namespace qh::cli
