#include "titleblock.h"

#include <algorithm>

#include <QPainter>

#include "legend.h"
#include "mapscene.h"

namespace qh {

void paintTitle(QPainter &p, const QRect &band, const QString &title)
{
    QFont f = p.font();
    f.setPointSizeF(13);
    f.setBold(true);
    p.setFont(f);
    p.setPen(Qt::black);
    p.drawText(band.adjusted(12, 0, -12, 0), Qt::AlignVCenter | Qt::AlignLeft, title);
}

void paintSources(QPainter &p, const QRect &band, const QString &sources)
{
    QFont f = p.font();
    f.setPointSizeF(8);
    f.setBold(false);
    p.setFont(f);
    p.setPen(QColor(70, 70, 70));
    p.drawText(band.adjusted(12, 0, -12, 0), Qt::AlignVCenter | Qt::AlignLeft, sources);
}

namespace {

/// The view of the scene's extent in `size`, clear of the legend that
/// MapScene::render draws in the bottom-right corner: the extent fitted beside the
/// legend or above it, whichever shows it larger, when the whole fit would put
/// data under it.
MapView viewClearOfLegend(QPainter &p, const MapScene &scene, const MapStyle &style, const QSize &size)
{
    const Rect e = scene.extent();
    const MapView whole = MapView::fitting(e, size);
    if (!style.showLegend || e.isEmpty())
        return whole;
    const QSizeF l = legendSize(p, legendFor(scene, style));
    const QRectF legend(size.width() - 12 - l.width(), size.height() - 48 - l.height(), l.width(), l.height());
    const QRectF extent(QPointF(e.minX, e.minY), QPointF(e.maxX, e.maxY));
    if (!whole.toDevice().mapRect(extent).intersects(legend))
        return whole;
    const QSize beside(std::max(1, int(legend.left()) - 8), size.height());
    const QSize above(size.width(), std::max(1, int(legend.top()) - 8));
    const MapView a = MapView::fitting(e, beside), b = MapView::fitting(e, above);
    MapView v = a.metresPerPixel <= b.metresPerPixel ? a : b;
    // The extent's centre at the middle of the free part, the view as large as the map.
    const QSize free = v.size;
    v.size = size;
    v.center.x += (size.width() - free.width()) / 2.0 * v.metresPerPixel;
    v.center.y -= (size.height() - free.height()) / 2.0 * v.metresPerPixel;
    return v;
}

} // namespace

QImage renderMapImage(const MapScene &scene, const MapStyle &style, const QSize &size, const QString &title,
                      const QString &sources)
{
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    const int top = 44, bottom = 26;
    const MapView view = viewClearOfLegend(p, scene, style, QSize(size.width(), size.height() - top - bottom));
    p.translate(0, top);
    scene.render(p, view, style);
    p.resetTransform();
    p.fillRect(QRect(0, 0, size.width(), top), Qt::white);
    p.fillRect(QRect(0, size.height() - bottom, size.width(), bottom), Qt::white);
    paintTitle(p, QRect(0, 0, size.width(), top), title);
    paintSources(p, QRect(0, size.height() - bottom, size.width(), bottom), sources);
    return img;
}

} // namespace qh
