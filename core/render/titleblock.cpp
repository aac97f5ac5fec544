#include "titleblock.h"

#include <QPainter>

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

QImage renderMapImage(const MapScene &scene, const MapStyle &style, const QSize &size, const QString &title,
                      const QString &sources)
{
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    const int top = 44, bottom = 26;
    const MapView view = MapView::fitting(scene.extent(), QSize(size.width(), size.height() - top - bottom));
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
