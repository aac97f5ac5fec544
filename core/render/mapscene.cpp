#include "mapscene.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>

#include "layerpainters.h"
#include "legend.h"
#include "northarrow.h"
#include "scalebar.h"
#include "symbology.h"

namespace qh {

namespace {

QPainterPath pathOf(const MultiPolygon &mp)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const Polygon &poly : mp)
        for (const Ring &ring : poly) {
            if (ring.empty())
                continue;
            path.moveTo(ring[0].x, ring[0].y);
            for (std::size_t i = 1; i < ring.size(); ++i)
                path.lineTo(ring[i].x, ring[i].y);
            path.closeSubpath();
        }
    return path;
}

void addLines(QPainterPath &path, const std::vector<Polyline> &lines)
{
    for (const Polyline &l : lines) {
        if (l.empty())
            continue;
        path.moveTo(l[0].x, l[0].y);
        for (std::size_t i = 1; i < l.size(); ++i)
            path.lineTo(l[i].x, l[i].y);
    }
}

double ringArea(const Ring &r)
{
    double a = 0;
    for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++)
        a += (r[j].x + r[i].x) * (r[j].y - r[i].y);
    return std::abs(a) / 2;
}

/// Qt makes a path's vector form and bounds the first time the path is drawn, and
/// without a lock. A scene is drawn by several threads at once (the map, an export,
/// the export's preview): each would make its own, all but one leaking (seen in
/// test_export under the address sanitizer). Drawing every path once here, before
/// the scene is shared, makes them while one thread holds it.
class PathPreparer
{
public:
    PathPreparer() : mImage(1, 1, QImage::Format_ARGB32_Premultiplied), mPainter(&mImage)
    {
        mPainter.setPen(Qt::NoPen);
        mPainter.setBrush(Qt::NoBrush);
    }
    void operator()(const QPainterPath &path)
    {
        (void)path.boundingRect();
        (void)path.controlPointRect();
        if (!path.isEmpty())
            mPainter.drawPath(path);
    }

private:
    QImage mImage;
    QPainter mPainter;
};

} // namespace

MapScene::MapScene(const RegionData &region, const AnalysisResult *analysis)
    : mExtent(region.extent)
{
    for (std::size_t c = 0; c < region.cells.size(); ++c) {
        const PopulationCell &pc = region.cells[c];
        Cell cell;
        if (pc.shape.size() == 1 && pc.shape[0].size() == 1 && pc.shape[0][0].size() >= 3) {
            const Ring &ring = pc.shape[0][0];
            const std::size_t n = ring.size() - (ring.front() == ring.back() ? 1 : 0);
            cell.outline.reserve(qsizetype(n));
            for (std::size_t i = 0; i < n; ++i)
                cell.outline.append(QPointF(ring[i].x, ring[i].y));
            cell.bounds = cell.outline.boundingRect();
        } else {
            cell.path = pathOf(pc.shape);
            cell.bounds = cell.path.boundingRect();
        }
        if (pc.shape.empty()) {
            cell.isPoint = true;
            cell.pos = QPointF(pc.rep.x, pc.rep.y);
            cell.people = pc.pop.empty() ? 0.0 : pc.pop[0];
            mMaxPointPeople = std::max(mMaxPointPeople, cell.people);
        } else {
            ++mPolygonCells;
        }
        double area = 0;
        for (const Polygon &poly : pc.shape)
            for (std::size_t r = 0; r < poly.size(); ++r)
                area += (r == 0 ? 1 : -1) * ringArea(poly[r]);
        cell.density = area > 0 && !pc.pop.empty() ? pc.pop[0] / (area / 10000.0) : 0.0;
        if (analysis)
            cell.minutes = analysis->cells[c].minutes;
        mCells.push_back(std::move(cell));
    }
    for (const Unit &u : region.units) {
        UnitShape s;
        s.path = pathOf(u.shape);
        s.name = QString::fromStdString(u.name);
        // Label at the centre of the largest part.
        double best = -1;
        for (const Polygon &poly : u.shape) {
            if (poly.empty())
                continue;
            double a = ringArea(poly[0]);
            if (a > best) {
                best = a;
                double sx = 0, sy = 0;
                for (const Point &p : poly[0])
                    sx += p.x, sy += p.y;
                s.labelPos = QPointF(sx / poly[0].size(), sy / poly[0].size());
            }
        }
        mUnits.push_back(std::move(s));
    }
    addLines(mNetwork, region.network);
    setReferences(region.references);
    PathPreparer prepare;
    for (const Cell &cell : mCells)
        if (!cell.path.isEmpty())
            prepare(cell.path);
    for (const UnitShape &u : mUnits)
        prepare(u.path);
    prepare(mNetwork);
    if (analysis)
        setAnalysis(*analysis, region.facilities, nullptr);
}

void MapScene::setAnalysis(const AnalysisResult &analysis, const std::vector<Facility> &facilities,
                           const Evaluation *evaluation)
{
    for (std::size_t c = 0; c < mCells.size() && c < analysis.cells.size(); ++c)
        mCells[c].minutes = analysis.cells[c].minutes;
    mFacilities.clear();
    for (std::size_t i = 0; i < facilities.size(); ++i) {
        FacilityMark m;
        m.pos = QPointF(facilities[i].pos.x, facilities[i].pos.y);
        m.proposed = facilities[i].proposed;
        m.id = facilities[i].id;
        m.name = QString::fromStdString(facilities[i].name);
        if (i < analysis.facilities.size()) {
            m.type = analysis.facilities[i].typeIndex;
            m.servesNobody = facilityProblems(analysis, i).any();
        }
        mFacilities.push_back(m);
    }
    mTypeLabels.clear();
    for (const FacilityType &t : analysis.profile.types)
        mTypeLabels.push_back(localLabel(t.label, t.labelZh));
    if (!analysis.groups.empty())
        mGroupLabel = localLabel(analysis.groups[0].label, analysis.groups[0].labelZh);
    mUnitClassColours.clear();
    mIndicatorHasNotApplicable.clear();
    mIndicatorLabels.clear();
    mClassLegend.clear();
    if (evaluation) {
        for (const IndicatorResult &ir : evaluation->indicators) {
            const auto &classes = ir.indicator.warningClasses;
            std::vector<std::pair<QString, QColor>> legend;
            for (std::size_t i = 0; i < classes.size(); ++i) {
                const double lo = classes[i].minRatio * 100.0;
                const QString range = i + 1 < classes.size()
                                          ? QStringLiteral("%1–%2 %").arg(lo).arg(classes[i + 1].minRatio * 100.0)
                                          : QStringLiteral("≥ %1 %").arg(lo);
                legend.push_back({QCoreApplication::translate("qh::MapScene", "%1 (%2 of target)")
                                      .arg(symbology::className(&classes[i]), range),
                                  symbology::classColour(&classes[i])});
            }
            mClassLegend.push_back(std::move(legend));
            std::vector<QColor> colours;
            bool notApplicable = false;
            for (const Score &sc : ir.units) {
                notApplicable = notApplicable || (ir.available && !sc.applicable);
                colours.push_back(!ir.available ? QColor(200, 200, 200) : symbology::classColour(warningClassOf(sc, ir)));
            }
            // An indicator that cannot be computed scores no unit: every unit is grey.
            colours.resize(mUnits.size(), QColor(200, 200, 200));
            mUnitClassColours.push_back(std::move(colours));
            mIndicatorHasNotApplicable.push_back(notApplicable);
            mIndicatorLabels.push_back(localLabel(ir.indicator.label, ir.indicator.labelZh));
        }
    }
}

void MapScene::setReferences(const std::vector<ReferenceData> &references)
{
    mReferences.clear();
    for (const ReferenceData &rd : references) {
        Reference ref;
        ref.name = QString::fromStdString(rd.name);
        ref.colour = QColor(QString::fromStdString(rd.colour));
        if (!ref.colour.isValid())
            ref.colour = symbology::referenceColour();
        ref.areas.setFillRule(Qt::WindingFill);
        for (const MultiPolygon &mp : rd.polygons)
            ref.areas.addPath(pathOf(mp));
        addLines(ref.lines, rd.lines);
        for (const Point &pt : rd.points)
            ref.points.emplace_back(pt.x, pt.y);
        if (rd.width > 0 && rd.height > 0) {
            ref.image = QImage(rd.width, rd.height, QImage::Format_ARGB32);
            for (int y = 0; y < rd.height; ++y)
                std::copy_n(rd.argb.data() + std::size_t(y) * std::size_t(rd.width), rd.width,
                            reinterpret_cast<std::uint32_t *>(ref.image.scanLine(y)));
            ref.image = ref.image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
            ref.imageRect = QRectF(rd.extent.minX, rd.extent.minY, rd.extent.maxX - rd.extent.minX,
                                   rd.extent.maxY - rd.extent.minY);
        }
        ref.visible = rd.visible;
        mReferences.push_back(std::move(ref));
    }
    PathPreparer prepare;
    for (const Reference &ref : mReferences) {
        prepare(ref.areas);
        prepare(ref.lines);
    }
}

void MapScene::setCatchments(const std::vector<std::pair<int, MultiPolygon>> &catchments)
{
    mCatchments.clear();
    for (const auto &[type, mp] : catchments) {
        if (type < 0)
            continue;
        if (std::size_t(type) >= mCatchments.size())
            mCatchments.resize(std::size_t(type) + 1);
        mCatchments[type].addPath(pathOf(mp));
    }
    // Winding fill: overlapping catchments of one type read as one area, no darker overlaps.
    PathPreparer prepare;
    for (QPainterPath &p : mCatchments) {
        p.setFillRule(Qt::WindingFill);
        prepare(p);
    }
}

QPainterPath MapScene::simplifiedNetwork(double tolerance) const
{
    NetworkCache &cache = *mNetworkCache;
    std::lock_guard lock(cache.mutex);
    if (cache.simplifiedTolerance == tolerance)
        return cache.simplified;
    QPainterPath out;
    const double t2 = tolerance * tolerance;
    QPointF last, pending;
    bool hasPending = false;
    for (int i = 0; i < mNetwork.elementCount(); ++i) {
        const QPainterPath::Element e = mNetwork.elementAt(i);
        const QPointF p(e.x, e.y);
        if (e.isMoveTo()) {
            if (hasPending)
                out.lineTo(pending); // the end of the line before
            out.moveTo(p);
            last = p;
            hasPending = false;
            continue;
        }
        const QPointF d = p - last;
        if (d.x() * d.x() + d.y() * d.y() >= t2) {
            out.lineTo(p);
            last = p;
            hasPending = false;
        } else {
            pending = p;
            hasPending = true;
        }
    }
    if (hasPending)
        out.lineTo(pending);
    PathPreparer()(out); // each caller draws a copy sharing this one's data
    cache.simplifiedTolerance = tolerance;
    cache.simplified = out;
    return out;
}

std::vector<bool> MapScene::referencesShown() const
{
    std::vector<bool> shown;
    for (const Reference &r : mReferences)
        shown.push_back(r.visible);
    return shown;
}

bool MapScene::anyServesNobody() const
{
    for (const FacilityMark &f : mFacilities)
        if (f.servesNobody)
            return true;
    return false;
}

std::optional<std::string> MapScene::facilityAt(const QPointF &device, const MapView &view, double radius) const
{
    const QTransform t = view.toDevice();
    std::optional<std::string> best;
    double bestD = radius;
    for (const FacilityMark &f : mFacilities) {
        const QPointF d = t.map(f.pos) - device;
        const double dist = std::hypot(d.x(), d.y());
        if (dist <= bestD) {
            bestD = dist;
            best = f.id;
        }
    }
    return best;
}

std::optional<std::size_t> MapScene::unitAt(const QPointF &mapPoint) const
{
    for (std::size_t u = 0; u < mUnits.size(); ++u)
        if (mUnits[u].path.contains(mapPoint))
            return u;
    return std::nullopt;
}

void MapScene::render(QPainter &p, const MapView &view, const MapStyle &style) const
{
    p.save();
    // Whatever the caller set (a margin for a title) stays under the map transform.
    const PaintContext ctx(p, view, style, *this);
    p.setRenderHint(QPainter::Antialiasing, true);
    if (style.drawBackground)
        p.fillRect(QRect(QPoint(0, 0), view.size), QColor(250, 250, 248));
    const std::vector<MapLayer> layers = style.layersWithReferences(referencesShown());
    for (const MapLayer &layer : layers)
        if (layer.visible)
            paintLayerFill(ctx, layer);
    for (const MapLayer &layer : layers)
        if (layer.visible)
            paintLayerOverlay(ctx, layer);
    p.setTransform(ctx.base);
    if (style.showLegend)
        paintLegend(p, legendFor(*this, style), QPointF(view.size.width() - 12, view.size.height() - 48));
    if (style.showScaleBar)
        paintScaleBar(p, view, QPointF(view.size.width() - 20, view.size.height() - 20));
    if (style.showNorthArrow)
        paintNorthArrow(p, QPointF(view.size.width() - 30, 16));
    p.restore();
}

const std::vector<std::pair<QString, QColor>> &MapScene::classLegend(int indicator) const
{
    static const std::vector<std::pair<QString, QColor>> none;
    return indicator >= 0 && indicator < int(mClassLegend.size()) ? mClassLegend[std::size_t(indicator)] : none;
}

} // namespace qh
