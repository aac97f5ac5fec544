#pragma once

#include <memory>

#include <QWidget>

#include "maprenderer.h"

namespace qh {

/// Shows a MapScene with wheel zoom (around the cursor) and drag pan. Reports the
/// cursor position in project coordinates and the scale.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);

    void setScene(std::shared_ptr<const MapScene> scene);
    const MapScene *scene() const { return mScene.get(); }
    void setMapStyle(const MapStyle &style);
    const MapStyle &mapStyle() const { return mStyle; }
    const MapView &view() const { return mView; }
    void zoomToExtent();
    /// Zooms by factor (>1 zooms in) keeping the map point under `devicePos` fixed.
    void zoomAt(const QPointF &devicePos, double factor);

signals:
    void cursorMoved(double x, double y);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void wheelEvent(QWheelEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;

private:
    std::shared_ptr<const MapScene> mScene;
    MapStyle mStyle;
    MapView mView;
    QPoint mDragStart;
    Point mDragCenter;
    bool mDragging = false;
};

} // namespace qh
