#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include <QColor>
#include <QImage>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QTransform>

#include "coverage/analysis.h"
#include "scenario/model.h"
#include "targets/evaluate.h"

class QPainter;

namespace qh {

/// What part of the map is shown: an immutable value the canvas and exporters share.
struct MapView
{
    Point center;
    double metresPerPixel = 10.0;
    QSize size{800, 600};

    /// Map (project CRS) → device pixels (y up on the map, down on screen).
    QTransform toDevice() const;
    QPointF toMap(const QPointF &device) const;
    /// A view that shows `extent` whole in `size`, with a small margin.
    static MapView fitting(const Rect &extent, const QSize &size);
    /// Scale denominator at the given screen DPI.
    double scaleDenominator(double dpi) const { return metresPerPixel * dpi / 0.0254; }
};

/// What to draw and how.
struct MapStyle
{
    enum class CellColouring { Population, Minutes };
    enum class UnitColouring { Plain, WarningClass };
    bool showUnits = true;
    bool showCells = true;
    bool showNetwork = true;
    bool showFacilities = true;
    bool showLabels = true;
    bool showLegend = true;
    bool showCatchments = false;
    bool drawBackground = true; ///< false when a basemap shows through
    /// The area layers, drawn in this order (first is bottom). Unit outlines,
    /// facilities, labels, legend and scale bar always come on top.
    enum class Layer { UnitFill, Cells, Catchments, Network };
    std::vector<Layer> order{Layer::UnitFill, Layer::Cells, Layer::Catchments, Layer::Network};
    CellColouring cellColouring = CellColouring::Population;
    int minutesType = 0;     ///< facility type for CellColouring::Minutes
    UnitColouring unitColouring = UnitColouring::Plain;
    int indicator = 0;       ///< index into the evaluation for UnitColouring::WarningClass
    double cellOpacity = 1.0;
    double unitOpacity = 1.0;
    double networkOpacity = 1.0;
    double catchmentOpacity = 1.0;
    QColor networkColour{90, 90, 90, 150};
    QColor unitOutlineColour{60, 60, 60};
    double facilitySize = 6.0; ///< radius in pixels of an existing facility
    std::optional<std::size_t> selectedUnit;
};

/// A region prepared for painting: geometry paths built once in map coordinates;
/// the analysis values (minutes, facilities, warning classes) can be replaced after
/// every edit without rebuilding the geometry.
class MapScene
{
public:
    MapScene() = default;
    MapScene(const RegionData &region, const AnalysisResult *analysis);

    /// Replaces the analysis values. `facilities` is parallel to analysis.facilities.
    void setAnalysis(const AnalysisResult &analysis, const std::vector<Facility> &facilities,
                     const Evaluation *evaluation);

    /// Catchment polygons with their facility type, drawn as one merged area per type.
    void setCatchments(const std::vector<std::pair<int, MultiPolygon>> &catchments);

    Rect extent() const { return mExtent; }
    bool isEmpty() const { return mExtent.isEmpty(); }

    /// Paints the scene into the painter's device for the given view.
    void render(QPainter &painter, const MapView &view, const MapStyle &style) const;

    /// The facility drawn nearest `device` within `radius` pixels, by id.
    std::optional<std::string> facilityAt(const QPointF &device, const MapView &view, double radius = 8) const;
    /// The unit containing the map point, if any.
    std::optional<std::size_t> unitAt(const QPointF &mapPoint) const;

    /// Colour classes of walking minutes (upper bounds) and their colours.
    static const std::vector<std::pair<double, QColor>> &minuteClasses();
    static QColor facilityColour(int typeIndex);
    /// The five-colour class in words ("severe shortfall" …), translated.
    static QString className(const std::string &key);

private:
    void drawLegend(QPainter &p, const MapView &view, const MapStyle &style) const;
    void drawScaleBar(QPainter &p, const MapView &view) const;
    void drawNorthArrow(QPainter &p, const MapView &view) const;

    struct Cell
    {
        QPainterPath path;
        double density = 0; // first group per hectare
        std::vector<double> minutes;
    };
    struct UnitShape
    {
        QPainterPath path;
        QPointF labelPos;
        QString name;
    };
    struct FacilityMark
    {
        QPointF pos;
        int type = -1;
        bool proposed = false;
        std::string id;
    };
    std::vector<Cell> mCells;
    std::vector<UnitShape> mUnits;
    std::vector<FacilityMark> mFacilities;
    QPainterPath mNetwork;
    /// The network drawn for one view, reused while the view stays (the network
    /// is the costliest layer and does not change with edits). Shared by copies of
    /// the scene; guarded for render jobs on several threads.
    struct NetworkCache
    {
        std::mutex mutex;
        QImage image;
        QTransform transform;
        QSize size;
        QColor colour;
    };
    std::shared_ptr<NetworkCache> mNetworkCache = std::make_shared<NetworkCache>();
    std::vector<QPainterPath> mCatchments; // per type
    Rect mExtent;
    std::vector<QString> mTypeLabels;
    QString mGroupLabel;
    /// [indicator][unit] warning colour; indicator labels; class legend
    std::vector<std::vector<QColor>> mUnitClassColours;
    std::vector<QString> mIndicatorLabels;
    std::vector<std::pair<QString, QColor>> mClassLegend;
};

/// A label in the interface's language: the Chinese one when the default locale is
/// Chinese and there is one, else the other.
QString localLabel(const std::string &label, const std::string &labelZh);

/// Paints a whole-extent map with a title and a source line into an image
/// (for reports and the CLI; the same painter as the canvas).
QImage renderMapImage(const MapScene &scene, const MapStyle &style, const QSize &size,
                      const QString &title, const QString &sources);

} // namespace qh
