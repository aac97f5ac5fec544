#include "exporter.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPainter>
#include <QProgressDialog>
#include <QtConcurrent>

#include "coverage/model.h"
#include "error.h"
#include "io/geopackage.h"
#include "io/outputs.h"
#include "io/tablewriters.h"
#include "pagewriter.h"
#include "planner.h"
#include "qgisstyle.h"
#include "report.h"
#include "targets/profile.h"

namespace qh {

/// The plan as it stood when the export began: edits made meanwhile do not mix in.
struct Exporter::Snapshot
{
    Project project;
    RegionData region;
    AnalysisResult result;
    AnalysisResult baseline;
    std::optional<Evaluation> evaluation, baselineEvaluation;
    std::optional<TargetProfile> targets;
    std::vector<Facility> baselineFacilities;
};

namespace {

void throwIfCancelled(const std::atomic<bool> *cancel)
{
    if (cancel && cancel->load())
        throw Error("cancelled");
}

} // namespace

Exporter::Exporter(QWidget *dialogParent) : QObject(dialogParent), mParent(dialogParent) {}

Exporter::~Exporter() = default;

std::shared_ptr<const Exporter::Snapshot> Exporter::snapshot(const Planner &planner)
{
    auto s = std::make_shared<Snapshot>();
    s->project = planner.project();
    s->region = planner.region();
    s->result = planner.result();
    s->baseline = planner.baseline();
    s->baselineFacilities = planner.baselineFacilities();
    const Plan &plan = s->project.plan;
    if (!plan.isEmpty()) {
        s->result.scenario = "plan";
        s->result.planAdded = plan.added.size();
        s->result.planMoved = plan.moved.size();
        s->result.planRemoved = plan.removed.size();
        s->result.planChanged = plan.changed.size();
    }
    if (planner.evaluation())
        s->evaluation = *planner.evaluation();
    if (planner.baselineEvaluation())
        s->baselineEvaluation = *planner.baselineEvaluation();
    if (planner.targets())
        s->targets = *planner.targets();
    return s;
}

void Exporter::writeReport(const Snapshot &s, const QString &path, const PageLayout &layout, const std::atomic<bool> *cancel)
{
    refuseToOverwriteInputs({path.toStdString()}, projectInputs(s.project));
    ReportInput input{{s.project, s.region, s.result, s.evaluation ? &*s.evaluation : nullptr,
                       s.targets ? &*s.targets : nullptr, &s.baselineFacilities}};
    if (s.result.scenario == "plan") {
        input.baseline = &s.baseline;
        input.baselineEvaluation = s.baselineEvaluation ? &*s.baselineEvaluation : nullptr;
    }
    const Report report(input, layout);
    writePages(path.toStdString(), PageFormat::Pdf, layout, report.pageCount(),
               [&](QPainter &p, int page) {
                   throwIfCancelled(cancel);
                   report.paintPage(p, page);
               },
               report.title());
}

void Exporter::writeTables(const Snapshot &s, const QString &path)
{
    refuseToOverwriteInputs({path.toStdString()}, projectInputs(s.project));
    const Table units = unitTable(s.region, s.result, s.evaluation ? &*s.evaluation : nullptr);
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        writeCsv(path.toStdString(), units);
    else
        writeXlsx(path.toStdString(), {units, facilityTable(s.region, s.result)});
}

void Exporter::writeGeoPackage(const Snapshot &s, const QString &path, const std::atomic<bool> *cancel)
{
    const std::string target = path.toStdString();
    refuseToOverwriteInputs({target}, projectInputs(s.project));
    // The catchments of the facilities as planned: the model of this very plan.
    const CoverageModel model(s.project, s.region);
    throwIfCancelled(cancel);
    AnalysisResult result = s.result;
    CatchmentSet catchments = model.catchments(s.project.profile.catchmentBuffer);
    result.facilityCatchments = std::move(catchments.facilities);
    result.typeCatchments = std::move(catchments.types);
    throwIfCancelled(cancel);
    const Evaluation *ev = s.evaluation ? &*s.evaluation : nullptr;
    writeFileAtomically(target, [&](const std::string &part) {
        qh::writeGeoPackage(part, s.project, s.region, result, ev, resultLayerStyles(result, ev));
        throwIfCancelled(cancel);
    });
}

QString Exporter::askForFile(const QString &title, const QString &filter, const QString &suffix) const
{
    QString path = QFileDialog::getSaveFileName(mParent, title,
                                                QString::fromStdString(mPlanner->project().name) + suffix, filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += suffix;
    return path;
}

void Exporter::runInBackground(const QString &title, std::function<void(const std::atomic<bool> &)> work, const QString &path)
{
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto *progress = new QProgressDialog(tr("Writing %1 …").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, mParent);
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, progress, cancel, title, path] {
        const QString error = watcher->result();
        progress->deleteLater();
        watcher->deleteLater();
        if (cancel->load()) {
            emit finished(false, tr("Export cancelled; %1 was not changed.").arg(path));
            return;
        }
        if (!error.isEmpty()) {
            if (mParent && !qEnvironmentVariableIsSet("QH_NO_DIALOGS"))
                QMessageBox::warning(mParent, title, error);
            emit finished(false, error);
            return;
        }
        emit finished(true, tr("Wrote %1").arg(path));
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work), cancel]() -> QString {
        try {
            work(*cancel);
            return {};
        } catch (const Error &e) {
            return e.message().localText();
        } catch (const std::exception &e) {
            return QString::fromStdString(e.what());
        }
    }));
}

void Exporter::exportWith(const QString &title, const QString &filter, const QString &suffix, const Write &write)
{
    if (!mPlanner)
        return;
    const QString path = askForFile(title, filter, suffix);
    if (path.isEmpty())
        return;
    auto snap = snapshot(*mPlanner);
    runInBackground(title, [snap, path, write](const std::atomic<bool> &cancel) { write(*snap, path, cancel); }, path);
}

void Exporter::exportReport()
{
    exportWith(tr("Export report"), tr("PDF (*.pdf)"), QStringLiteral(".pdf"),
               [](const Snapshot &s, const QString &path, const std::atomic<bool> &cancel) {
                   writeReport(s, path, PageLayout{}, &cancel);
               });
}

void Exporter::exportTables()
{
    exportWith(tr("Export tables"), tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"), QStringLiteral(".xlsx"),
               [](const Snapshot &s, const QString &path, const std::atomic<bool> &) { writeTables(s, path); });
}

void Exporter::exportGeoPackage()
{
    exportWith(tr("Export GeoPackage"), tr("GeoPackage (*.gpkg)"), QStringLiteral(".gpkg"),
               [](const Snapshot &s, const QString &path, const std::atomic<bool> &cancel) {
                   writeGeoPackage(s, path, &cancel);
               });
}

} // namespace qh
