#include "tilelayer.h"

#include <cmath>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPainter>
#include <QPolygonF>

namespace qh {

namespace {

constexpr double kOrigin = 20037508.342789244; // half the Web Mercator world, metres

} // namespace

TileLayer::TileLayer(QString urlTemplate, const Crs &projectCrs, QObject *parent)
    : QObject(parent)
    , mTemplate(std::move(urlTemplate))
    , mToMercator(projectCrs, Crs::fromUserInput("EPSG:3857"))
    , mFromMercator(Crs::fromUserInput("EPSG:3857"), projectCrs)
    , mNet(new QNetworkAccessManager(this))
{
}

TileLayer::~TileLayer() = default;

QString TileLayer::keyString(int z, int x, int y) const
{
    return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y);
}

int TileLayer::zoomFor(const MapView &view) const
{
    // Mercator stretches distances by 1/cos(latitude): compare at the view's centre.
    double x = view.center.x, y = view.center.y;
    double x2 = x + view.metresPerPixel * 100, y2 = y;
    if (!mToMercator.apply(x, y) || !mToMercator.apply(x2, y2))
        return 0;
    const double mercPerPixel = std::hypot(x2 - x, y2 - y) / 100.0;
    const double z = std::log2(2 * kOrigin / 256.0 / mercPerPixel);
    return std::clamp(int(std::round(z)), 0, 19);
}

void TileLayer::paint(QPainter &p, const MapView &view)
{
    const int z = zoomFor(view);
    const double tileSize = 2 * kOrigin / std::pow(2.0, z);
    // The view's corners in Mercator give the range of tiles to draw.
    double minX = INFINITY, minY = INFINITY, maxX = -INFINITY, maxY = -INFINITY;
    for (const QPointF &c : {QPointF(0, 0), QPointF(view.size.width(), 0), QPointF(0, view.size.height()),
                             QPointF(view.size.width(), view.size.height())}) {
        const QPointF m = view.toMap(c);
        double x = m.x(), y = m.y();
        if (!mToMercator.apply(x, y))
            return;
        minX = std::min(minX, x), maxX = std::max(maxX, x), minY = std::min(minY, y), maxY = std::max(maxY, y);
    }
    const int n = 1 << z;
    const int x0 = std::clamp(int(std::floor((minX + kOrigin) / tileSize)), 0, n - 1);
    const int x1 = std::clamp(int(std::floor((maxX + kOrigin) / tileSize)), 0, n - 1);
    const int y0 = std::clamp(int(std::floor((kOrigin - maxY) / tileSize)), 0, n - 1);
    const int y1 = std::clamp(int(std::floor((kOrigin - minY) / tileSize)), 0, n - 1);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > 64)
        return; // far too many tiles: the zoom level is off; draw nothing rather than flood
    const QTransform toDev = view.toDevice();
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    for (int ty = y0; ty <= y1; ++ty)
        for (int tx = x0; tx <= x1; ++tx) {
            const QString key = keyString(z, tx, ty);
            QImage *img = mTiles.object(key);
            if (!img) {
                request(z, tx, ty);
                continue;
            }
            // Tile corners: Mercator → project CRS → device.
            QPolygonF quad;
            bool ok = true;
            for (const auto &[cx, cy] : {std::pair{0, 0}, std::pair{1, 0}, std::pair{1, 1}, std::pair{0, 1}}) {
                double x = -kOrigin + (tx + cx) * tileSize, y = kOrigin - (ty + cy) * tileSize;
                ok = ok && mFromMercator.apply(x, y);
                quad << toDev.map(QPointF(x, y));
            }
            QTransform t;
            if (!ok || !QTransform::quadToQuad(QPolygonF(QRectF(0, 0, img->width(), img->height())).mid(0, 4), quad, t))
                continue;
            p.setTransform(t);
            p.drawImage(QPointF(0, 0), *img);
        }
    p.restore();
}

void TileLayer::request(int z, int x, int y)
{
    const QString key = keyString(z, x, y);
    if (mPending.contains(key) || mBroken.contains(key) || mPending.size() > 32)
        return;
    QString url = mTemplate;
    url.replace("{z}", QString::number(z)).replace("{x}", QString::number(x)).replace("{y}", QString::number(y));
    url.replace("{s}", QString(QChar('a' + (x + y) % 3)));
    QNetworkRequest req{QUrl(url)};
    req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("QuarterHour/" QH_VERSION));
    req.setTransferTimeout(15000);
    mPending.insert(key);
    QNetworkReply *reply = mNet->get(req);
    connect(reply, &QNetworkReply::finished, this, [this, reply, key] {
        reply->deleteLater();
        mPending.remove(key);
        QImage img;
        if (reply->error() == QNetworkReply::NoError)
            img.loadFromData(reply->readAll());
        if (img.isNull()) {
            mBroken.insert(key); // not asked again this session
            ++mFailed;
            return;
        }
        mTiles.insert(key, new QImage(img.convertToFormat(QImage::Format_ARGB32_Premultiplied)));
        ++mLoaded;
        emit tileArrived();
    });
}

} // namespace qh
