// quarterhour-cli report: the multi-page report of a project as one PDF.
#include <filesystem>
#include <iostream>

#include <QCoreApplication>

#include "analysisrun.h"
#include "args.h"
#include "command.h"
#include "error.h"
#include "io/outputs.h"
#include "pagewriter.h"
#include "report.h"
#include "scenario/project.h"

namespace qh::cli {

namespace {

class ReportCommand : public Command
{
public:
    std::string name() const override { return "report"; }
    std::string summary() const override { return "the multi-page report as a PDF"; }
    bool needsGui() const override { return true; }
    std::string usage() const override
    {
        return R"USAGE(usage: quarterhour-cli report [--project] <project.qhproj> --out FILE.pdf
                            [--layout a4-portrait|a4-landscape|a3-portrait|a3-landscape]
                            [--targets ID|FILE] [--baseline] [--lang zh_CN|en]

Analyses the project as `analyze` does and writes its report: a cover with the key
figures and the target profile's policy sources, an overview map, a five-colour
map per evaluated indicator, a walking-minutes map per facility type, unit tables
per indicator, the balance index with a Lorenz chart per type, the plan against
the baseline (when the project has a plan), and the methods with every warning
from loading. Page numbers; the words in the interface language (--lang).

  --out FILE.pdf    the file to write (never over an input; the old file of that
                    name is replaced only once the new one is complete)
  --layout LAYOUT   the paper (default a4-portrait)
  --targets ID|FILE a target profile instead of the project's
  --baseline        report the layers as loaded, without the project's plan

exit codes: 0 ok, 1 a problem with a file or its data, 2 bad arguments
)USAGE";
    }

    int run(const std::vector<std::string> &args) override
    {
        std::string projectPath, out, layoutName = "a4-portrait";
        std::vector<std::string> positional;
        RunOptions options;
        ArgParser()
            .option("--project", &projectPath)
            .option("--out", &out)
            .option("--layout", &layoutName)
            .option("--targets", &options.targets)
            .flag("--baseline", &options.baseline)
            .positional(&positional, 1, "report takes one project file")
            .parse(args);
        projectPath = projectArgument(projectPath, positional, out, "report");
        if (pageFormatOfPath(out) != PageFormat::Pdf)
            throw BadArguments("--out: the report is a PDF; the file must end in .pdf");
        const std::optional<PageLayout> layout = PageLayout::parse(layoutName);
        if (!layout)
            throw BadArguments("--layout: unknown layout '" + layoutName + "' (a4-portrait, a4-landscape, a3-portrait, a3-landscape)");
        Project project = loadProject(projectPath);
        refuseToOverwriteInputs({out}, projectInputs(project));
        const bool comparePlan = !options.baseline && !project.plan.isEmpty();
        std::optional<AnalysisRun> baseline;
        if (comparePlan) {
            RunOptions baseOptions = options;
            baseOptions.baseline = true;
            baseline = runAnalysis(project, baseOptions);
        }
        const AnalysisRun run = runAnalysis(std::move(project), options);
        ReportInput input{{run.project, run.region, run.result, run.eval(),
                           run.targetProfile ? &*run.targetProfile : nullptr, &run.baselineFacilities}};
        if (baseline) {
            input.baseline = &baseline->result;
            input.baselineEvaluation = baseline->eval();
        }
        const Report report(input, *layout);
        writePages(out, PageFormat::Pdf, *layout, report.pageCount(),
                   [&report](QPainter &p, int page) { report.paintPage(p, page); }, report.title());
        std::cout << QCoreApplication::translate("qh::cli::Report", "Wrote %1 (%2 pages)")
                         .arg(QString::fromStdString(out))
                         .arg(report.pageCount())
                         .toStdString()
                  << "\n";
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeReportCommand()
{
    return std::make_unique<ReportCommand>();
}

} // namespace qh::cli
