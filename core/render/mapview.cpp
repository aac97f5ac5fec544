#include "mapview.h"

#include <algorithm>

namespace qh {

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

} // namespace qh
