#pragma once

#include <vector>

#include <QAbstractListModel>

#include "mapstyle.h"
#include "scenario/model.h"

namespace qh {

/// The map's layers as a list model: the top row is drawn last (on top), as in QGIS.
/// Each layer has a kind, a name, visibility, opacity and style (MapLayer). The layer
/// panel edits it; the canvas and the exports draw what drawOrder() returns. New
/// kinds of layer (reference files, suggested sites) are added with addLayer().
class LayerModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< LayerKind as int
        IdRole,
        OpacityRole,    ///< 0…1
        ColourRole,     ///< QColor (invalid: the kind has no line colour)
        SymbolSizeRole, ///< pixels
    };

    explicit LayerModel(QObject *parent = nullptr);

    /// The layers of a new map, top to bottom: facilities, unit names, network,
    /// catchments (off), population cells, units.
    void resetToDefaults();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Makes the reference layers these (name and colour), one row each, shown, just
    /// above the units (the bottom row); rows of earlier reference layers go.
    struct ReferenceRow
    {
        QString name;
        QColor colour;
        bool visible = true;
        /// A layer of the project that could not be read (its index among those): listed,
        /// greyed and not drawn, so that the planner can see it and take it out.
        int unread = -1;
    };
    void setReferenceLayers(const std::vector<ReferenceRow> &layers);

    /// Names the layers of a kind ("Population points" for a population given as points).
    void setName(LayerKind kind, const QString &name);

    /// Inserts a layer at `row` (0 = top; -1 = bottom). Returns its row.
    int addLayer(const MapLayer &layer, const QString &name, int row = 0);
    void removeLayer(int row);
    /// Moves a layer from one row to another (0 = top).
    bool moveLayer(int from, int to);

    const MapLayer &layer(int row) const { return mLayers[std::size_t(row)].layer; }
    /// For the row of a reference layer that could not be read, its index among those; else -1.
    int unreadReference(int row) const { return mLayers[std::size_t(row)].unread; }
    QString name(int row) const { return mLayers[std::size_t(row)].name; }
    /// The row of the first layer of a kind (or with an id); -1 when there is none.
    int rowOf(LayerKind kind) const;
    int rowOf(const std::string &id) const;

    /// The layers bottom to top, as MapStyle draws them.
    std::vector<MapLayer> drawOrder() const;

signals:
    /// Any change: a layer added, removed, moved, shown, hidden or restyled.
    void layersChanged();

private:
    struct Entry
    {
        MapLayer layer;
        QString name;
        int unread = -1; ///< ReferenceRow::unread
    };
    std::vector<Entry> mLayers; // top first
};

/// Where a layer's features are: units (and their names), cells, facilities (and
/// their catchments), or the whole region for the network.
Rect layerExtent(const RegionData &region, LayerKind kind);

} // namespace qh
