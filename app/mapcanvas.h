#pragma once

#include <memory>
#include <optional>

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include "maprenderer.h"

namespace qh {

/// Shows a MapScene with wheel zoom (around the cursor) and drag pan, and the
/// planning tools: click to add, drag to move, click to delete or identify.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    enum class Tool { Pan, Add, Move, Delete };

    explicit MapCanvas(QWidget *parent = nullptr);

    void setScene(std::shared_ptr<const MapScene> scene, bool keepView = false);
    const MapScene *scene() const { return mScene.get(); }
    void setMapStyle(const MapStyle &style);
    const MapStyle &mapStyle() const { return mStyle; }
    const MapView &view() const { return mView; }
    void setTool(Tool tool);
    Tool tool() const { return mTool; }
    void zoomToExtent();
    /// Zooms by factor (>1 zooms in) keeping the map point under `devicePos` fixed.
    void zoomAt(const QPointF &devicePos, double factor);
    /// Centres the view on a map rectangle with a margin.
    void zoomTo(const Rect &extent);
    QPoint toDevice(const Point &map) const;
    /// Blocks until the picture matches the current view, style and scene (tests,
    /// screenshots). The canvas otherwise renders on a worker thread and shows the
    /// last picture, moved and scaled, until the new one is in.
    void waitForRender();
    /// Suggested sites waiting for the planner's decision, drawn as their own layer
    /// on top (numbered diamonds), apart from the plan's facilities.
    void setSuggestions(const std::vector<Point> &places, const QStringList &labels);
    /// A tile basemap under the map (owned by the caller); null for none.
    void setBasemap(class TileLayer *basemap);

signals:
    void cursorMoved(double x, double y);
    /// The mouse rests over the map (no button pressed): for hover cards.
    void hovered(const Point &map, const QPoint &globalPos);
    void viewChanged();
    /// A click (no drag) with the Pan tool: identify what is there.
    void identifyRequested(const Point &map);
    void addRequested(const Point &map);
    void moveRequested(const std::string &id, const Point &to);
    void deleteRequested(const std::string &id);
    void facilityDoubleClicked(const std::string &id);

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void wheelEvent(QWheelEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void mouseDoubleClickEvent(QMouseEvent *) override;

private:
    void changed();
    void startRender();

    std::shared_ptr<const MapScene> mScene;
    QImage mImage;          // the last finished picture
    MapView mImageView;     // the view it was drawn for
    MapView mPendingView;   // the view the running job draws
    quint64 mGeneration = 0;      // bumped on every change of view, style or scene
    quint64 mImageGeneration = 0; // what mImage shows
    quint64 mJobGeneration = 0;   // what the running job draws
    QFutureWatcher<QImage> mRender;
    class TileLayer *mBasemap = nullptr;
    MapStyle mStyle;
    MapView mView;
    Tool mTool = Tool::Pan;
    QPoint mDragStart;
    Point mDragCenter;
    bool mDragging = false;
    bool mMoved = false;
    std::optional<std::string> mMovingId;
    QPointF mGhost;
    std::vector<Point> mSuggested;
    QStringList mSuggestedLabels;
};

} // namespace qh
