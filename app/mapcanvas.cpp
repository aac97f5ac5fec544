#include "mapcanvas.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QMouseEvent>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>
#include <QPainter>
#include <QWheelEvent>

#include "tilelayer.h"

namespace qh {

MapCanvas::MapCanvas(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(300, 200);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(&mRender, &QFutureWatcher<QImage>::finished, this, [this] {
        mImage = mRender.result();
        mImageView = mPendingView;
        mImageGeneration = mJobGeneration;
        QWidget::update();
        if (mImageGeneration != mGeneration)
            startRender();
    });
}

void MapCanvas::changed()
{
    ++mGeneration;
    if (!mRender.isRunning())
        startRender();
    QWidget::update();
}

void MapCanvas::startRender()
{
    if (!mScene || size().isEmpty())
        return;
    mView.size = size();
    mJobGeneration = mGeneration;
    // The job owns copies of what it draws: the scene is shared read-only (edits make
    // a new scene), the view and style are values.
    std::shared_ptr<const MapScene> scene = mScene;
    const MapView view = mView;
    const MapStyle style = mStyle;
    const qreal dpr = devicePixelRatioF();
    mRender.setFuture(QtConcurrent::run([scene, view, style, dpr] {
        QImage img(view.size * dpr, QImage::Format_ARGB32_Premultiplied);
        img.setDevicePixelRatio(dpr);
        img.fill(Qt::transparent);
        QPainter p(&img);
        scene->render(p, view, style);
        return img;
    }));
    mPendingView = view;
}

void MapCanvas::setBasemap(TileLayer *basemap)
{
    mBasemap = basemap;
    if (mBasemap)
        connect(mBasemap, &TileLayer::tileArrived, this, qOverload<>(&QWidget::update));
    mStyle.drawBackground = !mBasemap;
    changed();
}

void MapCanvas::waitForRender()
{
    mView.size = size();
    while (mImageGeneration != mGeneration || mRender.isRunning()) {
        if (!mRender.isRunning())
            startRender();
        mRender.waitForFinished();
        QCoreApplication::processEvents();
    }
}

void MapCanvas::setScene(std::shared_ptr<const MapScene> scene, bool keepView)
{
    mScene = std::move(scene);
    if (keepView)
        changed();
    else
        zoomToExtent();
}

void MapCanvas::setMapStyle(const MapStyle &style)
{
    mStyle = style;
    changed();
}

void MapCanvas::setTool(Tool tool)
{
    mTool = tool;
    setCursor(tool == Tool::Pan ? Qt::OpenHandCursor : tool == Tool::Add ? Qt::CrossCursor
              : tool == Tool::Move                                     ? Qt::SizeAllCursor
                                                                       : Qt::ForbiddenCursor);
}

void MapCanvas::zoomToExtent()
{
    if (mScene)
        zoomTo(mScene->extent());
}

void MapCanvas::zoomTo(const Rect &extent)
{
    mView = MapView::fitting(extent, size());
    emit viewChanged();
    changed();
}

QPoint MapCanvas::toDevice(const Point &map) const
{
    return mView.toDevice().map(QPointF(map.x, map.y)).toPoint();
}

void MapCanvas::zoomAt(const QPointF &devicePos, double factor)
{
    const QPointF before = mView.toMap(devicePos);
    mView.metresPerPixel = std::clamp(mView.metresPerPixel / factor, 0.05, 5000.0);
    const QPointF after = mView.toMap(devicePos);
    mView.center.x += before.x() - after.x();
    mView.center.y += before.y() - after.y();
    emit viewChanged();
    changed();
}

void MapCanvas::setSuggestions(const std::vector<Point> &places, const QStringList &labels)
{
    mSuggested = places;
    mSuggestedLabels = labels;
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
    p.fillRect(rect(), QColor(250, 250, 248));
    if (mBasemap)
        mBasemap->paint(p, mView);
    if (!mImage.isNull()) {
        // The last picture, moved and scaled to where its map now is, until the
        // worker delivers the new one: panning and zooming never wait for drawing.
        p.save();
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setTransform(mImageView.toDevice().inverted() * mView.toDevice());
        p.drawImage(QRectF(QPointF(0, 0), QSizeF(mImageView.size)), mImage);
        p.restore();
    }
    if (mBasemap) {
        // Tiles come with their provider's terms: name the source on the map.
        const QString host = QUrl(QString(mBasemap->urlTemplate()).replace('{', 'x').replace('}', 'x')).host();
        const QString text = tr("Basemap tiles: %1").arg(host);
        QFont f = p.font();
        f.setPointSizeF(8);
        p.setFont(f);
        const QRectF box(4, height() - 18, QFontMetricsF(f).horizontalAdvance(text) + 8, 16);
        p.fillRect(box, QColor(255, 255, 255, 200));
        p.setPen(QColor(60, 60, 60));
        p.drawText(box, Qt::AlignCenter, text);
    }
    if (mImageGeneration != mGeneration && !mRender.isRunning())
        startRender();
    if (!mSuggested.empty()) {
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        QFont f = p.font();
        f.setPointSizeF(8);
        f.setBold(true);
        p.setFont(f);
        for (std::size_t i = 0; i < mSuggested.size(); ++i) {
            const QPointF c = toDevice(mSuggested[i]);
            const double r = 9;
            const QPolygonF diamond{{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
            p.setPen(QPen(QColor(120, 40, 160), 2, Qt::DashLine));
            p.setBrush(QColor(200, 150, 240, 170));
            p.drawPolygon(diamond);
            p.setPen(QColor(40, 0, 70));
            if (int(i) < mSuggestedLabels.size())
                p.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, mSuggestedLabels[int(i)]);
        }
        p.restore();
    }
    if (mMovingId && mMoved) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0, 120, 255), 2, Qt::DashLine));
        p.setBrush(QColor(0, 120, 255, 60));
        p.drawEllipse(mGhost, 9, 9);
    }
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    const bool first = mView.size.isEmpty() || mView.size == QSize(800, 600);
    mView.size = size();
    if (first && mScene)
        zoomToExtent();
    else
        changed();
}

void MapCanvas::wheelEvent(QWheelEvent *e)
{
    const double steps = e->angleDelta().y() / 120.0;
    zoomAt(e->position(), std::pow(1.25, steps));
    e->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    mDragging = true;
    mMoved = false;
    mDragStart = e->position().toPoint();
    mDragCenter = mView.center;
    mMovingId.reset();
    if (mTool == Tool::Move && mScene)
        mMovingId = mScene->facilityAt(e->position(), mView);
}

void MapCanvas::mouseMoveEvent(QMouseEvent *e)
{
    const QPointF m = mView.toMap(e->position());
    emit cursorMoved(m.x(), m.y());
    if (!mDragging) {
        emit hovered({m.x(), m.y()}, e->globalPosition().toPoint());
        return;
    }
    const QPoint d = e->position().toPoint() - mDragStart;
    if (d.manhattanLength() > 3)
        mMoved = true;
    if (mMovingId) {
        mGhost = e->position();
        update();
    } else if (mTool == Tool::Pan || mTool == Tool::Move) {
        mView.center.x = mDragCenter.x - d.x() * mView.metresPerPixel;
        mView.center.y = mDragCenter.y + d.y() * mView.metresPerPixel;
        emit viewChanged();
        changed();
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton || !mDragging)
        return;
    mDragging = false;
    const QPointF mp = mView.toMap(e->position());
    const Point at{mp.x(), mp.y()};
    if (mMovingId) {
        if (mMoved)
            emit moveRequested(*mMovingId, at);
        mMovingId.reset();
        update();
        return;
    }
    if (mMoved)
        return; // a pan
    switch (mTool) {
    case Tool::Pan:
        emit identifyRequested(at);
        break;
    case Tool::Add:
        emit addRequested(at);
        break;
    case Tool::Delete:
        if (mScene)
            if (auto id = mScene->facilityAt(e->position(), mView))
                emit deleteRequested(*id);
        break;
    case Tool::Move:
        break;
    }
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton && mScene)
        if (auto id = mScene->facilityAt(e->position(), mView))
            emit facilityDoubleClicked(*id);
}

} // namespace qh
