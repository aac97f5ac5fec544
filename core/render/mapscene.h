#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <QColor>
#include <QImage>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QTransform>

#include "coverage/analysis.h"
#include "mapstyle.h"
#include "mapview.h"
#include "scenario/model.h"
#include "targets/evaluate.h"

class QPainter;

namespace qh {

/// A region prepared for painting: geometry paths built once in map coordinates;
/// the analysis values (minutes, facilities, warning classes) can be replaced after
/// every edit without rebuilding the geometry. The layer painters
/// (layerpainters.h) and the legend read it; render() puts them together.
class MapScene
{
public:
    MapScene() = default;
    MapScene(const RegionData &region, const AnalysisResult *analysis);

    /// Replaces the analysis values. `facilities` is parallel to analysis.facilities.
    void setAnalysis(const AnalysisResult &analysis, const std::vector<Facility> &facilities,
                     const Evaluation *evaluation);

    /// A facility the plan moves (from its place in the layers to `to`) or removes.
    struct PlanMark
    {
        QPointF from, to;
        int type = -1;
        bool removed = false;
    };
    void setPlanMarks(std::vector<PlanMark> marks) { mPlanMarks = std::move(marks); }
    const std::vector<PlanMark> &planMarks() const { return mPlanMarks; }

    /// Catchment polygons with their facility type, drawn as one merged area per type.
    void setCatchments(const std::vector<std::pair<int, MultiPolygon>> &catchments);
    /// The reference layers drawn for context (RegionData::references).
    void setReferences(const std::vector<ReferenceData> &references);

    Rect extent() const { return mExtent; }
    bool isEmpty() const { return mExtent.isEmpty(); }

    /// Paints the scene into the painter's device for the given view: the layers of
    /// the style in order, then legend, scale bar and north arrow.
    void render(QPainter &painter, const MapView &view, const MapStyle &style) const;

    /// The facility drawn nearest `device` within `radius` pixels, by id.
    std::optional<std::string> facilityAt(const QPointF &device, const MapView &view, double radius = 8) const;
    /// The unit containing the map point, if any.
    std::optional<std::size_t> unitAt(const QPointF &mapPoint) const;

    struct Cell
    {
        /// A cell of one ring without holes (a grid cell, nearly all of them): drawn as
        /// a polygon, of which Qt keeps no copy. A path drawn once keeps its vector
        /// form (about 3 KB whatever its size): 10 GB for a province's 3.3 million cells.
        QPolygonF outline;
        /// Any other shape (several parts, holes); empty when `outline` is not.
        QPainterPath path;
        QRectF bounds; ///< map coordinates
        double density = 0; ///< first group per hectare
        std::vector<double> minutes;
        /// A population given as points (a CSV of addresses, census points): drawn
        /// as a dot whose area grows with its people (first group).
        bool isPoint = false;
        QPointF pos;
        double people = 0;
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
        /// Off the network, outside every unit, or no one of its demand group in its circle.
        bool servesNobody = false;
        std::string id;
        QString name;
    };
    /// A reference layer, for context: its areas, lines and points, or a raster's
    /// image over `imageRect` (map coordinates).
    struct Reference
    {
        QString name;
        QColor colour;
        QPainterPath areas;
        QPainterPath lines;
        std::vector<QPointF> points;
        QImage image;
        QRectF imageRect;
        bool visible = true;
    };
    /// The network drawn for one view, reused while the view stays (the network is
    /// the costliest layer and does not change with edits). Shared by copies of the
    /// scene; guarded for render jobs on several threads.
    struct NetworkCache
    {
        std::mutex mutex;
        QImage image;
        QTransform transform;
        QSize size;
        QColor colour;
        /// The network for print: points closer than `tolerance` (map units) to the
        /// last one kept are left out.
        double simplifiedTolerance = -1;
        QPainterPath simplified;
    };

    const std::vector<Cell> &cells() const { return mCells; }
    const std::vector<Reference> &references() const { return mReferences; }
    /// Which reference layers are shown (as the project keeps them).
    std::vector<bool> referencesShown() const;
    /// The most people at one population point (0 when the population is not points):
    /// the dot of this many is the largest.
    double maxPointPeople() const { return mMaxPointPeople; }
    /// Whether every populated place is a point (the legend speaks of dots, not cells).
    bool populationIsPoints() const { return mMaxPointPeople > 0 && mPolygonCells == 0; }
    const std::vector<UnitShape> &units() const { return mUnits; }
    const std::vector<FacilityMark> &facilities() const { return mFacilities; }
    bool anyServesNobody() const;
    const QPainterPath &network() const { return mNetwork; }
    /// The network with points closer than `tolerance` (map units, e.g. a tenth of a
    /// millimetre at the printed scale) to the last one kept left out, each line's
    /// ends kept: what a page shows, at a fraction of the vectors. Cached.
    QPainterPath simplifiedNetwork(double tolerance) const;
    NetworkCache &networkCache() const { return *mNetworkCache; }
    /// Merged catchments per facility type.
    const std::vector<QPainterPath> &catchments() const { return mCatchments; }
    const std::vector<QString> &typeLabels() const { return mTypeLabels; }
    const QString &groupLabel() const { return mGroupLabel; }
    /// [indicator][unit] warning colour (grey where the indicator is not evaluated).
    const std::vector<std::vector<QColor>> &unitClassColours() const { return mUnitClassColours; }
    const std::vector<QString> &indicatorLabels() const { return mIndicatorLabels; }
    /// Whether some unit has no value for the indicator (shown as "not applicable").
    bool hasNotApplicable(int indicator) const
    {
        return indicator >= 0 && indicator < int(mIndicatorHasNotApplicable.size()) && mIndicatorHasNotApplicable[indicator];
    }
    /// An indicator's five-colour classes with their bounds in words, lowest first.
    const std::vector<std::pair<QString, QColor>> &classLegend(int indicator) const;

private:
    std::vector<Cell> mCells;
    std::vector<Reference> mReferences;
    double mMaxPointPeople = 0;
    std::size_t mPolygonCells = 0;
    std::vector<UnitShape> mUnits;
    std::vector<FacilityMark> mFacilities;
    std::vector<PlanMark> mPlanMarks;
    QPainterPath mNetwork;
    std::shared_ptr<NetworkCache> mNetworkCache = std::make_shared<NetworkCache>();
    std::vector<QPainterPath> mCatchments;
    Rect mExtent;
    std::vector<QString> mTypeLabels;
    QString mGroupLabel;
    std::vector<std::vector<QColor>> mUnitClassColours;
    std::vector<QString> mIndicatorLabels;
    std::vector<bool> mIndicatorHasNotApplicable;
    std::vector<std::vector<std::pair<QString, QColor>>> mClassLegend; ///< per indicator
};

} // namespace qh
