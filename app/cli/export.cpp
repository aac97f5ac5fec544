// quarterhour-cli export: one map of a project on paper (PDF, SVG, PNG, TIFF).
#include <cmath>
#include <filesystem>
#include <iostream>

#include <QCoreApplication>

#include "analysisrun.h"
#include "args.h"
#include "command.h"
#include "error.h"
#include "exportcontext.h"
#include "io/outputs.h"
#include "mappage.h"
#include "maptheme.h"
#include "pagewriter.h"
#include "scenario/project.h"

namespace qh::cli {

namespace {

/// The indicator or facility type a theme shows, by id or key; the first by default.
int themeIndex(MapTheme theme, const AnalysisRun &run, const std::string &indicator, const std::string &type)
{
    if (theme == MapTheme::Plan && run.result.scenario != "plan")
        throw BadArguments("--view plan needs a plan: the project has none (or --baseline was given)");
    if (theme == MapTheme::Warning || theme == MapTheme::Plan) {
        if (!run.evaluation)
            throw BadArguments("--view " + mapThemeName(theme) + " needs a target profile: the project has none (give --targets ID)");
        const auto &inds = run.evaluation->indicators;
        for (std::size_t i = 0; i < inds.size(); ++i)
            if (indicator.empty() ? inds[i].available : inds[i].indicator.id == indicator) {
                if (!inds[i].available)
                    throw DataError("indicator '" + indicator + "' cannot be evaluated: "
                                    + inds[i].unavailableReason.text());
                return int(i);
            }
        std::string ids;
        for (const IndicatorResult &ir : inds)
            ids += (ids.empty() ? "" : ", ") + ir.indicator.id;
        throw BadArguments(indicator.empty() ? "the target profile evaluates no indicator on this project"
                                             : "--indicator: no indicator '" + indicator + "' (the profile has " + ids + ")");
    }
    if (theme == MapTheme::Minutes) {
        const auto &types = run.result.profile.types;
        if (type.empty())
            return 0;
        std::string keys;
        for (std::size_t t = 0; t < types.size(); ++t) {
            if (types[t].key == type)
                return int(t);
            keys += (keys.empty() ? "" : ", ") + types[t].key;
        }
        throw BadArguments("--type: no facility type '" + type + "' (the project has " + keys + ")");
    }
    return 0;
}

/// "X0,Y0,X1,Y1": four numbers, a box of some size.
Rect extentArg(const std::string &text)
{
    const QStringList parts = QString::fromStdString(text).split(',');
    std::vector<double> v;
    for (const QString &part : parts) {
        bool ok = false;
        const double d = part.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(d) || std::abs(d) > 1e9)
            throw BadArguments("--extent: '" + part.toStdString() + "' is not a coordinate (give X0,Y0,X1,Y1 in metres)");
        v.push_back(d);
    }
    if (v.size() != 4)
        throw BadArguments("--extent needs four numbers: X0,Y0,X1,Y1");
    Rect r;
    r.extend(Point{v[0], v[1]});
    r.extend(Point{v[2], v[3]});
    if (!(r.maxX - r.minX > 1) || !(r.maxY - r.minY > 1))
        throw BadArguments("--extent: the box is empty (X0,Y0,X1,Y1 with X1 > X0 and Y1 > Y0)");
    return r;
}

class ExportCommand : public Command
{
public:
    std::string name() const override { return "export"; }
    std::string summary() const override { return "a print-ready map (PDF, SVG, PNG or TIFF)"; }
    bool needsGui() const override { return true; }
    std::string usage() const override
    {
        return R"USAGE(usage: quarterhour-cli export [--project] <project.qhproj> --out FILE
                            [--view warning|minutes|catchments|population|facilities|plan]
                            [--indicator ID] [--type KEY] [--layout LAYOUT]
                            [--format pdf|svg|png|tif] [--dpi N] [--title TEXT]
                            [--extent MINX,MINY,MAXX,MAXY] [--no-overview]
                            [--targets ID|FILE] [--baseline] [--lang zh_CN|en]

Analyses the project as `analyze` does and draws one map sheet: title, the map at a
round scale, legend with class bounds, scale bar and ratio, north arrow, coordinate
system, walking circles, target profile, date and data sources.

  --out FILE        the file to write (never over an input; the old file of that
                    name is replaced only once the new one is complete)
  --view VIEW       warning (default): five-colour map of one indicator per unit;
                    minutes: walking minutes to the nearest facility of a type;
                    catchments: the service circles; population: residents per
                    hectare; facilities: every facility with its name; plan:
                    the warning map of the plan with its changes marked (new,
                    moved from, removed)
  --indicator ID    the indicator of the warning or plan map (default: the
                    profile's first)
  --type KEY        the facility type of the minutes map (default: the first)
  --layout LAYOUT   a4-portrait (default), a4-landscape, a3-portrait, a3-landscape
  --format F        pdf and svg (vectors), png and tif (at --dpi); default: the
                    extension of --out
  --dpi N           resolution of png and tif, 72 to 1200 (default 300)
  --title TEXT      the map's title (default: what the view shows)
  --extent X0,Y0,X1,Y1
                    the part of the map to show, in the project's coordinate
                    system (metres); default: the whole region. A part comes
                    with a small map of the whole region in the corner
  --no-overview     leave that small map out
  --targets ID|FILE a target profile instead of the project's
  --baseline        the layers as loaded, without the project's plan

exit codes: 0 ok, 1 a problem with a file or its data, 2 bad arguments
)USAGE";
    }

    int run(const std::vector<std::string> &args) override
    {
        std::string projectPath, out, view = "warning", indicator, type, layoutName = "a4-portrait", format, title, extent;
        bool noOverview = false;
        std::vector<std::string> positional;
        RunOptions options;
        int dpi = 300;
        ArgParser()
            .option("--project", &projectPath)
            .option("--out", &out)
            .option("--view", &view)
            .option("--indicator", &indicator)
            .option("--type", &type)
            .option("--layout", &layoutName)
            .option("--format", &format)
            .option("--title", &title)
            .option("--extent", &extent)
            .flag("--no-overview", &noOverview)
            .option("--targets", &options.targets)
            .option("--dpi", [&](const std::string &v) { dpi = int(numberIn(v, "--dpi", Range{72, 1200, "DPI"})); })
            .flag("--baseline", &options.baseline)
            .positional(&positional, 1, "export takes one project file")
            .parse(args);
        projectPath = projectArgument(projectPath, positional, out, "export");
        const std::optional<MapTheme> theme = mapThemeOf(view);
        if (!theme)
            throw BadArguments("--view: unknown view '" + view + "' (warning, minutes, catchments, population, facilities, plan)");
        std::optional<PageLayout> layout = PageLayout::parse(layoutName);
        if (!layout)
            throw BadArguments("--layout: unknown layout '" + layoutName + "' (a4-portrait, a4-landscape, a3-portrait, a3-landscape)");
        layout->dpi = dpi;
        const std::optional<PageFormat> pageFormat = format.empty() ? pageFormatOfPath(out) : pageFormatOf(format);
        if (!pageFormat)
            throw BadArguments(format.empty() ? "--out: say the format by the extension (.pdf, .svg, .png, .tif) or --format"
                                              : "--format: unknown format '" + format + "' (pdf, svg, png, tif)");

        MapPageOptions pageOptions;
        pageOptions.overview = !noOverview;
        if (!extent.empty())
            pageOptions.extent = extentArg(extent);
        Project project = loadProject(projectPath);
        refuseToOverwriteInputs({out}, projectInputs(project));
        options.catchments = *theme == MapTheme::Catchments;
        const AnalysisRun run = runAnalysis(std::move(project), options);
        const int index = themeIndex(*theme, run, indicator, type);
        const ExportContext context{run.project, run.region, run.result, run.eval(),
                                    run.targetProfile ? &*run.targetProfile : nullptr, &run.baselineFacilities};
        const MapScene scene = exportScene(context, options.catchments);
        const MapStyle style = styleForTheme(*theme, index);
        const QString mapTitle = title.empty() ? themeTitle(*theme, scene, index) : QString::fromStdString(title);
        const MapPageText text = mapPageText(context, mapTitle);
        writePages(out, *pageFormat, *layout, 1,
                   [&](QPainter &p, int) { paintMapPage(p, layout->printableRect(), scene, style, text, pageOptions); },
                   mapTitle);
        std::cout << QCoreApplication::translate("qh::cli::Export", "Wrote %1 (%2, %3)")
                         .arg(QString::fromStdString(out), QString::fromStdString(layout->name()),
                              QString::fromStdString(view))
                         .toStdString()
                  << "\n";
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace qh::cli
