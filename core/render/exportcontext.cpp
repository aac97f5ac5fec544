#include "exportcontext.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>

#include "message.h"
#include "targets/profile.h"

namespace qh {

namespace {
// lupdate files the words of free functions in namespace qh under "qh".
QString tr(const char *text)
{
    return QCoreApplication::translate("qh", text);
}
} // namespace

MapScene exportScene(const ExportContext &c, bool withCatchments)
{
    MapScene scene(c.region, nullptr);
    scene.setAnalysis(c.result, c.region.facilities, c.evaluation);
    if (c.baselineFacilities) {
        std::vector<MapScene::PlanMark> marks;
        const Plan &plan = c.project.plan;
        for (const Facility &f : *c.baselineFacilities) {
            const bool removed = std::find(plan.removed.begin(), plan.removed.end(), f.id) != plan.removed.end();
            const auto moved = plan.moved.find(f.id);
            if (!removed && moved == plan.moved.end())
                continue;
            int type = -1;
            for (std::size_t t = 0; t < c.result.profile.types.size(); ++t)
                if (c.result.profile.types[t].key == f.type)
                    type = int(t);
            const QPointF from(f.pos.x, f.pos.y);
            marks.push_back({from, removed ? from : QPointF(moved->second.x, moved->second.y), type, removed});
        }
        scene.setPlanMarks(std::move(marks));
    }
    if (withCatchments) {
        std::vector<std::pair<int, MultiPolygon>> byType;
        for (std::size_t t = 0; t < c.result.typeCatchments.size(); ++t)
            byType.emplace_back(int(t), c.result.typeCatchments[t]);
        scene.setCatchments(byType);
    }
    return scene;
}

QString scenarioText(const AnalysisResult &r)
{
    if (r.scenario != "plan")
        return tr("Baseline: the facilities as the layers have them");
    return tr("Plan: %1 proposed, %2 moved, %3 removed, %4 changed")
        .arg(r.planAdded)
        .arg(r.planMoved)
        .arg(r.planRemoved)
        .arg(r.planChanged);
}

QString crsNote(const Project &project)
{
    if (!project.crs.isValid())
        return tr("Coordinate system: not set");
    return tr("Coordinate system: %1 (%2)")
        .arg(QString::fromStdString(project.crs.authId()), QString::fromStdString(project.crs.name()));
}

QString profileNote(const ExportContext &c)
{
    if (!c.targetProfile)
        return tr("Target profile: none set; no indicator is evaluated");
    const TargetProfile &p = *c.targetProfile;
    QStringList sources;
    for (const auto &[id, citation] : p.sources)
        sources << QString::fromStdString(citation);
    QString text = tr("Target profile: %1").arg(localLabel(p.name, p.nameZh));
    if (!sources.isEmpty())
        text += tr(" — sources: %1").arg(sources.join(QStringLiteral("; ")));
    return text;
}

QString madeOnNote()
{
    QDate day = QDate::currentDate();
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok)
        day = QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).date();
    return tr("Made on %1 with %2")
        .arg(day.toString(Qt::ISODate), QStringLiteral("QuarterHour " QH_VERSION));
}

MapPageText mapPageText(const ExportContext &c, const QString &title)
{
    MapPageText t;
    t.title = title;
    t.subtitle = QString::fromStdString(c.project.name) + QStringLiteral(" · ") + scenarioText(c.result);
    QStringList circles;
    for (const FacilityType &type : c.result.profile.types)
        circles << tr("%1: %2 min at %3 m/s")
                       .arg(localLabel(type.label, type.labelZh))
                       .arg(type.minutes)
                       .arg(type.speedMps, 0, 'f', 2);
    t.notes << tr("Walking circles: %1").arg(circles.join(tr("; "))) << crsNote(c.project) << profileNote(c)
            << madeOnNote();
    t.sources = tr("Data: %1").arg(QString::fromStdString(c.project.attribution));
    return t;
}

} // namespace qh
