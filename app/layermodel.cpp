#include "layermodel.h"

#include <algorithm>

#include <QColor>
#include <QPixmap>

namespace qh {

LayerModel::LayerModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(this, &QAbstractItemModel::dataChanged, this, &LayerModel::layersChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, &LayerModel::layersChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &LayerModel::layersChanged);
    connect(this, &QAbstractItemModel::rowsMoved, this, &LayerModel::layersChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &LayerModel::layersChanged);
    resetToDefaults();
}

void LayerModel::resetToDefaults()
{
    beginResetModel();
    mLayers.clear();
    const std::vector<MapLayer> defaults = MapStyle::defaultLayers();
    for (auto it = defaults.rbegin(); it != defaults.rend(); ++it) {
        QString name;
        switch (it->kind) {
        case LayerKind::Units: name = tr("Units"); break;
        case LayerKind::Cells: name = tr("Population cells"); break;
        case LayerKind::Catchments: name = tr("Catchments (walking circles)"); break;
        case LayerKind::Network: name = tr("Walking network"); break;
        case LayerKind::Facilities: name = tr("Facilities"); break;
        case LayerKind::UnitLabels: name = tr("Unit names"); break;
        case LayerKind::Reference: break; // named by setReferenceLayers
        }
        mLayers.push_back({*it, name});
    }
    endResetModel();
}

void LayerModel::setReferenceLayers(const std::vector<ReferenceRow> &layers)
{
    beginResetModel();
    std::erase_if(mLayers, [](const Entry &e) { return e.layer.kind == LayerKind::Reference; });
    auto at = std::find_if(mLayers.begin(), mLayers.end(), [](const Entry &e) { return e.layer.kind == LayerKind::Units; });
    // Top first: the last reference layer is drawn last, highest of them.
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const bool unread = layers[i].unread >= 0;
        MapLayer l = MapStyle::referenceLayer(unread ? -1 : int(i), !unread && layers[i].visible);
        l.colour = unread ? QColor() : layers[i].colour;
        if (unread)
            l.id = "unread-reference:" + std::to_string(layers[i].unread);
        at = mLayers.insert(at, Entry{l, unread ? tr("%1 (cannot be read)").arg(layers[i].name) : layers[i].name,
                                      layers[i].unread});
    }
    endResetModel();
}

void LayerModel::setName(LayerKind kind, const QString &name)
{
    for (std::size_t i = 0; i < mLayers.size(); ++i)
        if (mLayers[i].layer.kind == kind && mLayers[i].name != name) {
            mLayers[i].name = name;
            emit dataChanged(index(int(i)), index(int(i)), {Qt::DisplayRole});
        }
}

int LayerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mLayers.size());
}

QVariant LayerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entry &e = mLayers[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return e.name;
    case Qt::CheckStateRole:
        if (e.unread >= 0)
            return {}; // nothing to show or hide
        return e.layer.visible ? Qt::Checked : Qt::Unchecked;
    case Qt::ForegroundRole:
        return e.unread >= 0 ? QVariant(QColor(128, 128, 128)) : QVariant();
    case Qt::ToolTipRole:
        return e.unread >= 0 ? tr("This reference layer could not be read (see the import report); it stays in the "
                                  "project until you remove it")
                             : QVariant();
    case Qt::DecorationRole: {
        if (!e.layer.colour.isValid())
            return {};
        QPixmap swatch(12, 12);
        swatch.fill(e.layer.colour);
        return swatch;
    }
    case KindRole:
        return int(e.layer.kind);
    case IdRole:
        return QString::fromStdString(e.layer.id);
    case OpacityRole:
        return e.layer.opacity;
    case ColourRole:
        return e.layer.colour;
    case SymbolSizeRole:
        return e.layer.symbolSize;
    default:
        return {};
    }
}

bool LayerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= rowCount())
        return false;
    MapLayer &l = mLayers[std::size_t(index.row())].layer;
    if (mLayers[std::size_t(index.row())].unread >= 0 && role != Qt::EditRole)
        return false; // not drawn: nothing to show, hide or restyle
    switch (role) {
    case Qt::CheckStateRole:
        l.visible = value.toInt() == Qt::Checked;
        break;
    case OpacityRole:
        l.opacity = std::clamp(value.toDouble(), 0.0, 1.0);
        break;
    case ColourRole:
        l.colour = value.value<QColor>();
        break;
    case SymbolSizeRole:
        l.symbolSize = value.toDouble();
        break;
    case Qt::EditRole:
        mLayers[std::size_t(index.row())].name = value.toString();
        break;
    default:
        return false;
    }
    emit dataChanged(index, index, {role});
    return true;
}

Qt::ItemFlags LayerModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (mLayers[std::size_t(index.row())].unread >= 0)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

int LayerModel::addLayer(const MapLayer &layer, const QString &name, int row)
{
    if (row < 0 || row > rowCount())
        row = rowCount();
    beginInsertRows({}, row, row);
    mLayers.insert(mLayers.begin() + row, {layer, name});
    endInsertRows();
    return row;
}

void LayerModel::removeLayer(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    mLayers.erase(mLayers.begin() + row);
    endRemoveRows();
}

bool LayerModel::moveLayer(int from, int to)
{
    if (from < 0 || to < 0 || from >= rowCount() || to >= rowCount() || from == to)
        return false;
    // Qt's destination is the row before which the moved row lands (in the old numbering).
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    Entry e = mLayers[std::size_t(from)];
    mLayers.erase(mLayers.begin() + from);
    mLayers.insert(mLayers.begin() + to, e);
    endMoveRows();
    return true;
}

int LayerModel::rowOf(LayerKind kind) const
{
    for (std::size_t i = 0; i < mLayers.size(); ++i)
        if (mLayers[i].layer.kind == kind)
            return int(i);
    return -1;
}

int LayerModel::rowOf(const std::string &id) const
{
    for (std::size_t i = 0; i < mLayers.size(); ++i)
        if (mLayers[i].layer.id == id)
            return int(i);
    return -1;
}

std::vector<MapLayer> LayerModel::drawOrder() const
{
    std::vector<MapLayer> out;
    for (auto it = mLayers.rbegin(); it != mLayers.rend(); ++it)
        if (it->unread < 0)
            out.push_back(it->layer);
    return out;
}

Rect layerExtent(const RegionData &r, LayerKind kind)
{
    Rect e;
    switch (kind) {
    case LayerKind::Units:
    case LayerKind::UnitLabels:
        for (const Unit &u : r.units)
            e.extend(boundsOf(u.shape));
        break;
    case LayerKind::Cells:
        for (const PopulationCell &c : r.cells)
            e.extend(c.rep);
        break;
    case LayerKind::Facilities:
    case LayerKind::Catchments:
        for (const Facility &f : r.facilities)
            e.extend(f.pos);
        break;
    case LayerKind::Network:
        e = r.extent;
        break;
    case LayerKind::Reference:
        for (const ReferenceData &ref : r.references)
            e.extend(ref.extent);
        break;
    }
    return e;
}

} // namespace qh
