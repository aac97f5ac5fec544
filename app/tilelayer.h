#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>

#include "geo/crs.h"
#include "maprenderer.h"

class QNetworkAccessManager;
class QNetworkReply;
class QPainter;

namespace qh {

/// An XYZ tile basemap (Web Mercator tiles, e.g. OpenStreetMap or Tianditu with the
/// user's key) drawn under the map in the project's CRS: each tile's corners are
/// reprojected and the image mapped onto that quadrilateral. Tiles are fetched
/// asynchronously and kept in memory.
class TileLayer : public QObject
{
    Q_OBJECT
public:
    /// `urlTemplate` holds {z}, {x} and {y} (and optionally {s} for a, b, c).
    TileLayer(QString urlTemplate, const Crs &projectCrs, QObject *parent = nullptr);
    ~TileLayer() override;

    QString urlTemplate() const { return mTemplate; }
    /// Draws the tiles it has for the view and requests the missing ones.
    void paint(QPainter &p, const MapView &view);
    int tilesLoaded() const { return mLoaded; }
    int tilesFailed() const { return mFailed; }
    /// The zoom level used for a view (tile resolution closest to the map's).
    int zoomFor(const MapView &view) const;

signals:
    void tileArrived();

private:
    struct Key
    {
        int z, x, y;
    };
    QString keyString(int z, int x, int y) const;
    void request(int z, int x, int y);

    QString mTemplate;
    CrsTransform mToMercator;
    CrsTransform mFromMercator;
    QNetworkAccessManager *mNet;
    QCache<QString, QImage> mTiles{400};
    QSet<QString> mPending;
    QSet<QString> mBroken;
    int mLoaded = 0;
    int mFailed = 0;
};

} // namespace qh
