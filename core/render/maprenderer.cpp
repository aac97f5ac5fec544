#include "maprenderer.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

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

double areaOf(const Ring &r)
{
    double a = 0;
    for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++)
        a += (r[j].x + r[i].x) * (r[j].y - r[i].y);
    return std::abs(a) / 2;
}

/// Sequential colours for population density (people per hectare).
QColor densityColour(double perHa)
{
    static const std::pair<double, QColor> ramp[] = {
        {5, QColor(255, 255, 204)}, {15, QColor(255, 237, 160)}, {30, QColor(254, 217, 118)},
        {60, QColor(254, 178, 76)}, {100, QColor(253, 141, 60)}, {150, QColor(240, 59, 32)},
        {1e300, QColor(189, 0, 38)}};
    for (const auto &[upper, c] : ramp)
        if (perHa <= upper)
            return c;
    return ramp[6].second;
}

} // namespace

QTransform MapView::toDevice() const
{
    const double s = 1.0 / metresPerPixel;
    QTransform t;
    t.translate(size.width() / 2.0, size.height() / 2.0);
    t.scale(s, -s);
    t.translate(-center.x, -center.y);
    return t;
}

QPointF MapView::toMap(const QPointF &device) const
{
    return {center.x + (device.x() - size.width() / 2.0) * metresPerPixel,
            center.y - (device.y() - size.height() / 2.0) * metresPerPixel};
}

MapView MapView::fitting(const Rect &extent, const QSize &size)
{
    MapView v;
    v.size = size;
    if (extent.isEmpty() || size.isEmpty())
        return v;
    v.center = {(extent.minX + extent.maxX) / 2, (extent.minY + extent.maxY) / 2};
    v.metresPerPixel = std::max(extent.width() / size.width(), extent.height() / size.height()) * 1.05;
    if (v.metresPerPixel <= 0)
        v.metresPerPixel = 1.0;
    return v;
}

const std::vector<std::pair<double, QColor>> &MapScene::minuteClasses()
{
    static const std::vector<std::pair<double, QColor>> classes = {
        {5, QColor(0, 104, 55)},    {10, QColor(49, 163, 84)},  {15, QColor(161, 217, 155)},
        {20, QColor(254, 196, 79)}, {30, QColor(227, 74, 51)},
    };
    return classes;
}

QColor MapScene::facilityColour(int typeIndex)
{
    static const QColor colours[] = {QColor(33, 102, 172), QColor(118, 42, 131), QColor(0, 136, 55),
                                     QColor(191, 129, 45)};
    return typeIndex < 0 ? QColor(120, 120, 120) : colours[typeIndex % 4];
}

MapScene::MapScene(const RegionData &region, const AnalysisResult *analysis)
    : mExtent(region.extent)
{
    for (std::size_t c = 0; c < region.cells.size(); ++c) {
        const PopulationCell &pc = region.cells[c];
        Cell cell;
        cell.path = pathOf(pc.shape);
        double area = 0;
        for (const Polygon &poly : pc.shape)
            for (std::size_t r = 0; r < poly.size(); ++r)
                area += (r == 0 ? 1 : -1) * areaOf(poly[r]);
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
            double a = areaOf(poly[0]);
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
    for (const Polyline &l : region.network) {
        mNetwork.moveTo(l[0].x, l[0].y);
        for (std::size_t i = 1; i < l.size(); ++i)
            mNetwork.lineTo(l[i].x, l[i].y);
    }
    if (analysis)
        setAnalysis(*analysis, region.facilities, nullptr);
}

void MapScene::setAnalysis(const AnalysisResult &analysis, const std::vector<Facility> &facilities,
                           const Evaluation *evaluation)
{
    for (std::size_t c = 0; c < mCells.size() && c < analysis.cells.size(); ++c)
        mCells[c].minutes = analysis.cells[c].minutes;
    mFacilities.clear();
    for (std::size_t i = 0; i < facilities.size(); ++i)
        mFacilities.push_back({QPointF(facilities[i].pos.x, facilities[i].pos.y),
                               i < analysis.facilities.size() ? analysis.facilities[i].typeIndex : -1,
                               facilities[i].proposed, facilities[i].id});
    mTypeLabels.clear();
    for (const FacilityType &t : analysis.profile.types)
        mTypeLabels.push_back(localLabel(t.label, t.labelZh));
    if (!analysis.groups.empty())
        mGroupLabel = localLabel(analysis.groups[0].label, analysis.groups[0].labelZh);
    mUnitClassColours.clear();
    mIndicatorLabels.clear();
    mClassLegend.clear();
    if (evaluation) {
        const auto &classes = evaluation->classes;
        for (std::size_t i = 0; i < classes.size(); ++i) {
            const double lo = classes[i].minRatio * 100.0;
            const QString range = i + 1 < classes.size()
                                      ? QStringLiteral("%1–%2 %").arg(lo).arg(classes[i + 1].minRatio * 100.0)
                                      : QStringLiteral("≥ %1 %").arg(lo);
            const QString name = className(classes[i].key);
            mClassLegend.push_back({QCoreApplication::translate("qh::MapScene", "%1 (%2 of target)").arg(name, range),
                                    QColor(QString::fromStdString(classes[i].colour))});
        }
        for (const IndicatorResult &ir : evaluation->indicators) {
            std::vector<QColor> colours;
            for (const Score &sc : ir.units)
                colours.push_back(ir.available ? QColor(QString::fromStdString(evaluation->classes[sc.warningClass].colour))
                                               : QColor(200, 200, 200));
            mUnitClassColours.push_back(std::move(colours));
            const bool zh = QLocale().language() == QLocale::Chinese && !ir.indicator.labelZh.empty();
            mIndicatorLabels.push_back(QString::fromStdString(zh ? ir.indicator.labelZh : ir.indicator.label));
        }
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
    for (QPainterPath &p : mCatchments)
        p.setFillRule(Qt::WindingFill);
}

QString MapScene::className(const std::string &key)
{
    if (key == "red")
        return QCoreApplication::translate("qh::MapScene", "severe shortfall");
    if (key == "orange")
        return QCoreApplication::translate("qh::MapScene", "shortfall");
    if (key == "yellow")
        return QCoreApplication::translate("qh::MapScene", "near target");
    if (key == "blue")
        return QCoreApplication::translate("qh::MapScene", "meets target");
    if (key == "green")
        return QCoreApplication::translate("qh::MapScene", "well above target");
    return QString::fromStdString(key);
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
    const QTransform base = p.transform();
    p.setRenderHint(QPainter::Antialiasing, true);
    if (style.drawBackground)
        p.fillRect(QRect(QPoint(0, 0), view.size), QColor(250, 250, 248));
    const QTransform toDev = view.toDevice();
    const QRectF visible = toDev.inverted().mapRect(QRectF(QPointF(0, 0), QSizeF(view.size)));

    p.setTransform(toDev * base);
    const bool byClass = style.unitColouring == MapStyle::UnitColouring::WarningClass && style.indicator >= 0
                         && style.indicator < int(mUnitClassColours.size());
    auto drawUnitFill = [&] {
        if (style.showUnits) {
            p.setOpacity(style.unitOpacity);
            p.setPen(Qt::NoPen);
            for (std::size_t u = 0; u < mUnits.size(); ++u) {
                if (!mUnits[u].path.boundingRect().intersects(visible))
                    continue;
                QColor fill = byClass ? mUnitClassColours[style.indicator][u] : QColor(235, 235, 228);
                if (!style.drawBackground)
                    fill.setAlpha(byClass ? 150 : 0); // let the basemap show through
                p.setBrush(fill);
                p.drawPath(mUnits[u].path);
            }
            p.setOpacity(1.0);
        }
    };
    auto drawCells = [&] {
        if (style.showCells) {
            p.setOpacity(style.cellOpacity);
            p.setPen(Qt::NoPen);
            const bool byMinutes = style.cellColouring == MapStyle::CellColouring::Minutes;
            for (const Cell &c : mCells) {
                if (!c.path.boundingRect().intersects(visible))
                    continue;
                QColor col = densityColour(c.density);
                if (byMinutes) {
                    double m = style.minutesType < int(c.minutes.size()) ? c.minutes[style.minutesType]
                                                                          : INFINITY;
                    col = QColor(120, 0, 30);
                    for (const auto &[upper, cc] : minuteClasses())
                        if (m <= upper) {
                            col = cc;
                            break;
                        }
                }
                p.setBrush(col);
                p.drawPath(c.path);
            }
            p.setOpacity(1.0);
        }
    };
    auto drawCatchments = [&] {
        if (style.showCatchments) {
            p.setOpacity(style.catchmentOpacity);
            for (std::size_t t = 0; t < mCatchments.size(); ++t) {
                QColor fill = facilityColour(int(t));
                fill.setAlpha(70);
                QPen pen(facilityColour(int(t)), 1.2);
                pen.setCosmetic(true);
                p.setPen(pen);
                p.setBrush(fill);
                p.drawPath(mCatchments[t]);
            }
            p.setOpacity(1.0);
        }
    };
    auto drawNetwork = [&] {
        if (style.showNetwork) {
            // Only for plain image devices at 1:1 (screen and PNG); PDF/SVG get vectors.
            const bool cacheable = p.device() && p.device()->devType() == QInternal::Image && base.isIdentity();
            QImage network;
            if (cacheable) {
                std::lock_guard lock(mNetworkCache->mutex);
                if (mNetworkCache->transform == toDev && mNetworkCache->size == view.size
                    && mNetworkCache->colour == style.networkColour && !mNetworkCache->image.isNull())
                    network = mNetworkCache->image;
            }
            if (network.isNull()) {
                network = QImage(view.size, QImage::Format_ARGB32_Premultiplied);
                network.fill(Qt::transparent);
                QPainter np(&network);
                np.setRenderHint(QPainter::Antialiasing, true);
                np.setTransform(toDev);
                QPen pen(style.networkColour, 0.8);
                pen.setCosmetic(true);
                np.setPen(pen);
                np.drawPath(mNetwork);
                np.end();
                if (cacheable) {
                    std::lock_guard lock(mNetworkCache->mutex);
                    mNetworkCache->image = network;
                    mNetworkCache->transform = toDev;
                    mNetworkCache->size = view.size;
                    mNetworkCache->colour = style.networkColour;
                }
            }
            p.save();
            p.setTransform(base);
            p.setOpacity(style.networkOpacity);
            p.drawImage(QPointF(0, 0), network);
            p.restore();
        }
    };
    for (MapStyle::Layer layer : style.order) {
        switch (layer) {
        case MapStyle::Layer::UnitFill:
            drawUnitFill();
            break;
        case MapStyle::Layer::Cells:
            drawCells();
            break;
        case MapStyle::Layer::Catchments:
            drawCatchments();
            break;
        case MapStyle::Layer::Network:
            drawNetwork();
            break;
        }
    }
    if (style.showUnits) {
        QPen pen(style.unitOutlineColour, 1.6);
        pen.setCosmetic(true);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        for (const UnitShape &u : mUnits)
            p.drawPath(u.path);
        if (style.selectedUnit && *style.selectedUnit < mUnits.size()) {
            QPen sel(QColor(0, 120, 255), 4);
            sel.setCosmetic(true);
            p.setPen(sel);
            p.drawPath(mUnits[*style.selectedUnit].path);
        }
    }
    p.setTransform(base);
    if (style.showFacilities) {
        for (const FacilityMark &f : mFacilities) {
            QPointF d = toDev.map(f.pos);
            // Existing: filled with a white rim. Proposed: larger, white with a thick
            // coloured rim and a plus, so plans stand out from what exists.
            if (f.proposed) {
                p.setPen(QPen(facilityColour(f.type), 3));
                p.setBrush(Qt::white);
            } else {
                p.setPen(QPen(Qt::white, 1.5));
                p.setBrush(facilityColour(f.type));
            }
            const double r = f.proposed ? style.facilitySize + 2 : style.facilitySize;
            if (f.type == 1)
                p.drawRect(QRectF(d.x() - r, d.y() - r, 2 * r, 2 * r));
            else
                p.drawEllipse(d, r, r);
            if (f.proposed) {
                p.drawLine(QPointF(d.x() - 4, d.y()), QPointF(d.x() + 4, d.y()));
                p.drawLine(QPointF(d.x(), d.y() - 4), QPointF(d.x(), d.y() + 4));
            }
        }
    }
    if (style.showLabels && style.showUnits) {
        QFont font = p.font();
        font.setPointSizeF(9);
        font.setBold(true);
        p.setFont(font);
        for (const UnitShape &u : mUnits) {
            QPointF d = toDev.map(u.labelPos);
            QRectF r(d.x() - 60, d.y() - 10, 120, 20);
            p.setPen(QColor(255, 255, 255, 220));
            for (int dx = -1; dx <= 1; ++dx)
                for (int dy = -1; dy <= 1; ++dy)
                    p.drawText(r.translated(dx, dy), Qt::AlignCenter, u.name);
            p.setPen(QColor(30, 30, 30));
            p.drawText(r, Qt::AlignCenter, u.name);
        }
    }
    if (style.showLegend)
        drawLegend(p, view, style);
    drawScaleBar(p, view);
    drawNorthArrow(p, view);
    p.restore();
}

void MapScene::drawLegend(QPainter &p, const MapView &view, const MapStyle &style) const
{
    QStringList rows;
    std::vector<QColor> colours;
    QString title;
    if (style.unitColouring == MapStyle::UnitColouring::WarningClass && style.indicator >= 0
        && style.indicator < int(mIndicatorLabels.size())) {
        title = mIndicatorLabels[style.indicator];
        for (auto it = mClassLegend.rbegin(); it != mClassLegend.rend(); ++it) {
            rows << it->first;
            colours.push_back(it->second);
        }
    } else if (style.cellColouring == MapStyle::CellColouring::Minutes) {
        QString type = style.minutesType < int(mTypeLabels.size()) ? mTypeLabels[style.minutesType]
                                                                   : QString();
        title = QCoreApplication::translate("qh::MapScene", "Walking minutes to %1").arg(type);
        double lower = 0;
        for (const auto &[upper, c] : minuteClasses()) {
            rows << QStringLiteral("%1–%2 min").arg(lower).arg(upper);
            colours.push_back(c);
            lower = upper;
        }
        rows << QCoreApplication::translate("qh::MapScene", "over %1 min / not reached").arg(lower);
        colours.push_back(QColor(120, 0, 30));
    } else {
        title = QCoreApplication::translate("qh::MapScene", "%1 per hectare").arg(mGroupLabel.isEmpty() ? QCoreApplication::translate("qh::MapScene", "Residents")
                                                                        : mGroupLabel);
        double lower = 0;
        for (double upper : {5.0, 15.0, 30.0, 60.0, 100.0, 150.0}) {
            rows << QStringLiteral("%1–%2").arg(lower).arg(upper);
            colours.push_back(densityColour(upper));
            lower = upper;
        }
        rows << QStringLiteral("> %1").arg(lower);
        colours.push_back(densityColour(1e9));
    }
    for (std::size_t t = 0; t < mTypeLabels.size(); ++t) {
        rows << mTypeLabels[t];
        colours.push_back(facilityColour(int(t)));
    }
    QFont font = p.font();
    font.setPointSizeF(8.5);
    font.setBold(false);
    p.setFont(font);
    QFontMetricsF fm(font);
    QFont boldFont = font;
    boldFont.setBold(true);
    double w = QFontMetricsF(boldFont).horizontalAdvance(title) + 20;
    for (const QString &r : rows)
        w = std::max(w, fm.horizontalAdvance(r) + 40);
    const double lh = fm.height() + 3;
    // Bottom right, above the scale bar: a narrow region leaves that corner free more
    // often than the others.
    const double bh = lh * (rows.size() + 1) + 6;
    QRectF box(view.size.width() - w - 12, view.size.height() - bh - 48, w, bh);
    p.setPen(QColor(160, 160, 160));
    p.setBrush(QColor(255, 255, 255, 230));
    p.drawRect(box);
    p.setPen(Qt::black);
    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QPointF(box.left() + 8, box.top() + lh - 2), title);
    p.setFont(font);
    const int facilityStart = int(rows.size() - mTypeLabels.size());
    for (int i = 0; i < rows.size(); ++i) {
        double y = box.top() + lh * (i + 1) + 2;
        p.setPen(i >= facilityStart ? QPen(Qt::white, 1) : QPen(Qt::NoPen));
        p.setBrush(colours[i]);
        if (i == facilityStart + 1)
            p.drawRect(QRectF(box.left() + 12, y + 2, 11, 11));
        else if (i >= facilityStart)
            p.drawEllipse(QRectF(box.left() + 12, y + 2, 11, 11));
        else
            p.drawRect(QRectF(box.left() + 8, y + 2, 20, lh - 5));
        p.setPen(Qt::black);
        p.drawText(QPointF(box.left() + 34, y + lh - 5), rows[i]);
    }
}

void MapScene::drawNorthArrow(QPainter &p, const MapView &view) const
{
    // Grid north (the projected CRS's y axis), top right.
    const QPointF tip(view.size.width() - 30, 16);
    QPainterPath arrow;
    arrow.moveTo(tip);
    arrow.lineTo(tip + QPointF(9, 26));
    arrow.lineTo(tip + QPointF(0, 20));
    arrow.lineTo(tip + QPointF(-9, 26));
    arrow.closeSubpath();
    p.setPen(QPen(Qt::black, 1));
    p.setBrush(Qt::black);
    p.drawPath(arrow);
    p.drawText(QRectF(tip.x() - 10, tip.y() + 26, 20, 16), Qt::AlignCenter, QStringLiteral("N"));
}

void MapScene::drawScaleBar(QPainter &p, const MapView &view) const
{
    // Round length close to 120 px.
    const double target = 120 * view.metresPerPixel;
    const double mag = std::pow(10.0, std::floor(std::log10(target)));
    double len = mag;
    for (double f : {1.0, 2.0, 5.0, 10.0})
        if (f * mag <= target)
            len = f * mag;
    const double px = len / view.metresPerPixel;
    const double x0 = view.size.width() - px - 20, y0 = view.size.height() - 20;
    p.setPen(QPen(Qt::black, 2));
    p.drawLine(QPointF(x0, y0), QPointF(x0 + px, y0));
    p.drawLine(QPointF(x0, y0 - 5), QPointF(x0, y0));
    p.drawLine(QPointF(x0 + px, y0 - 5), QPointF(x0 + px, y0));
    const QString label = len >= 1000 ? QStringLiteral("%1 km").arg(len / 1000)
                                      : QStringLiteral("%1 m").arg(len);
    p.drawText(QRectF(x0, y0 - 22, px, 16), Qt::AlignCenter, label);
}

QString localLabel(const std::string &label, const std::string &labelZh)
{
    const bool zh = QLocale().language() == QLocale::Chinese && !labelZh.empty();
    return QString::fromStdString(zh ? labelZh : label);
}

QImage renderMapImage(const MapScene &scene, const MapStyle &style, const QSize &size,
                      const QString &title, const QString &sources)
{
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    const int top = 44, bottom = 26;
    MapView view = MapView::fitting(scene.extent(), QSize(size.width(), size.height() - top - bottom));
    p.translate(0, top);
    scene.render(p, view, style);
    p.resetTransform();
    p.fillRect(QRect(0, 0, size.width(), top), Qt::white);
    p.fillRect(QRect(0, size.height() - bottom, size.width(), bottom), Qt::white);
    QFont f = p.font();
    f.setPointSizeF(13);
    f.setBold(true);
    p.setFont(f);
    p.setPen(Qt::black);
    p.drawText(QRect(12, 0, size.width() - 24, top), Qt::AlignVCenter | Qt::AlignLeft, title);
    f.setPointSizeF(8);
    f.setBold(false);
    p.setFont(f);
    p.setPen(QColor(70, 70, 70));
    p.drawText(QRect(12, size.height() - bottom, size.width() - 24, bottom),
               Qt::AlignVCenter | Qt::AlignLeft, sources);
    return img;
}

} // namespace qh
