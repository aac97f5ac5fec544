#include "mapcanvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

namespace qh {

MapCanvas::MapCanvas(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(300, 200);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void MapCanvas::setScene(std::shared_ptr<const MapScene> scene)
{
    mScene = std::move(scene);
    zoomToExtent();
}

void MapCanvas::setMapStyle(const MapStyle &style)
{
    mStyle = style;
    update();
}

void MapCanvas::zoomToExtent()
{
    if (mScene)
        mView = MapView::fitting(mScene->extent(), size());
    emit viewChanged();
    update();
}

void MapCanvas::zoomAt(const QPointF &devicePos, double factor)
{
    const QPointF before = mView.toMap(devicePos);
    mView.metresPerPixel = std::clamp(mView.metresPerPixel / factor, 0.05, 5000.0);
    const QPointF after = mView.toMap(devicePos);
    mView.center.x += before.x() - after.x();
    mView.center.y += before.y() - after.y();
    emit viewChanged();
    update();
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (!mScene) {
        p.fillRect(rect(), palette().window());
        p.drawText(rect(), Qt::AlignCenter, tr("No project open"));
        return;
    }
    mView.size = size();
    mScene->render(p, mView, mStyle);
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    const bool first = mView.size.isEmpty() || mView.size == QSize(800, 600);
    mView.size = size();
    if (first && mScene)
        zoomToExtent();
}

void MapCanvas::wheelEvent(QWheelEvent *e)
{
    const double steps = e->angleDelta().y() / 120.0;
    zoomAt(e->position(), std::pow(1.25, steps));
    e->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton) {
        mDragging = true;
        mDragStart = e->position().toPoint();
        mDragCenter = mView.center;
        setCursor(Qt::ClosedHandCursor);
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent *e)
{
    const QPointF m = mView.toMap(e->position());
    emit cursorMoved(m.x(), m.y());
    if (mDragging) {
        const QPoint d = e->position().toPoint() - mDragStart;
        mView.center.x = mDragCenter.x - d.x() * mView.metresPerPixel;
        mView.center.y = mDragCenter.y + d.y() * mView.metresPerPixel;
        emit viewChanged();
        update();
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton && mDragging) {
        mDragging = false;
        unsetCursor();
    }
}

} // namespace qh
